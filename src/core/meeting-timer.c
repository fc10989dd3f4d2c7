/*
 * meeting-timer: the meeting's clock. Each step has a planned duration; the
 * time spent on it counts while the clock runs, and stops during pauses and
 * breaks. From those follow the countdown, the warning at 20% left, the
 * overtime, and where the meeting as a whole is heading.
 */
#include "convene/i18n.h"
#include "convene/meeting.h"

/* Shown after the clock ("7:12 left", "+2:14 OVER TIME") on the
 * facilitator's status line, the room view and the seats. */
static const char *const time_state_labels[TIME_STATE_COUNT] = {
	[TIME_DONE] = N_("all steps done"),
	[TIME_BREAK] = N_("BREAK"),
	[TIME_QUIET] = N_("QUIET WRITING"),
	[TIME_PAUSED] = N_("PAUSED"),
	[TIME_OVER] = N_("OVER TIME"),
	/* TRANSLATORS: drawn in big letters on the room view: keep it short. */
	[TIME_WARNING] = N_("TIME IS NEARLY UP"),
	/* TRANSLATORS: after the time still to go, "7:12 left"; keep it short. */
	[TIME_LEFT] = N_("left"),
	/* TRANSLATORS: after the time a step without a plan has run, "3:10 elapsed". */
	[TIME_UNPLANNED] = N_("elapsed"),
};

const char *time_state_label(enum time_state st)
{
	return st < TIME_STATE_COUNT ? _(time_state_labels[st]) : "";
}

bool time_state_alert(enum time_state st)
{
	return st == TIME_BREAK || st == TIME_PAUSED || st == TIME_OVER || st == TIME_WARNING;
}

/* Sets what the big clock shows: a countdown, or the time past its end. */
static void show(struct step_timer *t, enum time_state st, int64_t left_ms)
{
	t->state = st;
	t->shown_over = left_ms < 0;
	t->shown_ms = left_ms < 0 ? -left_ms : left_ms;
}

void meeting_timer(const struct meeting *m, int64_t now_ms, struct step_timer *t)
{
	*t = (struct step_timer){ .paused = m->paused, .state = TIME_DONE };
	if (m->step >= m->protocol->n_steps || m->view == VIEW_CLOSING) {
		if (m->on_break)
			show(t, TIME_BREAK, meeting_break_left_ms(m, now_ms));
		return;
	}
	t->planned_ms = m->steps[m->step].planned_ms;
	t->elapsed_ms = meeting_step_elapsed_ms(m, m->step, now_ms);
	t->left_ms = t->planned_ms - t->elapsed_ms;
	t->overtime = t->planned_ms > 0 && t->left_ms < 0;
	t->warning = t->planned_ms > 0 && t->left_ms >= 0 && t->left_ms * 5 <= t->planned_ms;
	if (m->on_break)
		show(t, TIME_BREAK, meeting_break_left_ms(m, now_ms));
	else if (meeting_in_silence(m))
		/* A paused quiet writing says PAUSED over its own countdown. */
		show(t, m->paused ? TIME_PAUSED : TIME_QUIET, meeting_silence_left_ms(m, now_ms));
	else if (m->paused)
		show(t, TIME_PAUSED, t->planned_ms ? t->left_ms : t->elapsed_ms);
	else if (t->overtime)
		show(t, TIME_OVER, t->left_ms);
	else if (t->warning)
		show(t, TIME_WARNING, t->left_ms);
	else if (t->planned_ms)
		show(t, TIME_LEFT, t->left_ms);
	else
		show(t, TIME_UNPLANNED, t->elapsed_ms);
}

void meeting_clock(const struct meeting *m, int64_t now_ms, struct meeting_clock *c)
{
	*c = (struct meeting_clock){ .breaks_ms = m->break_total_ms };
	if (m->on_break && now_ms > m->break_started_ms)
		c->breaks_ms += now_ms - m->break_started_ms;
	for (size_t s = 0; s < m->protocol->n_steps; s++) {
		/* The steps still need what the time keeper now plans; the
		 * meeting is measured against what the room agreed, so a
		 * minute more for a step shows the meeting slipping. */
		int64_t planned = m->steps[s].planned_ms;
		int64_t used = meeting_step_elapsed_ms(m, s, now_ms);
		c->planned_ms += m->steps[s].agreed_ms;
		c->used_ms += used;
		/* A step still to come needs its plan; the current one at least
		 * what is left of it; a step already done, nothing more. */
		if (m->view != VIEW_CLOSING && s > m->step)
			c->remaining_ms += planned;
		else if (m->view != VIEW_CLOSING && s == m->step && planned > used)
			c->remaining_ms += planned - used;
	}
	c->behind_ms = c->used_ms + c->remaining_ms - c->planned_ms;
}

bool meeting_pause(struct meeting *m, int64_t now_ms)
{
	if (m->paused)
		return false;
	if (m->step < m->protocol->n_steps && now_ms > m->entered_ms)
		m->steps[m->step].elapsed_ms += now_ms - m->entered_ms;
	m->entered_ms = now_ms;
	m->paused = true;
	return true;
}

bool meeting_resume(struct meeting *m, int64_t now_ms)
{
	if (!m->paused || m->on_break)
		return false;
	m->paused = false;
	m->entered_ms = now_ms;
	return true;
}

int64_t meeting_extended_plan(const struct meeting *m, int64_t delta_ms)
{
	if (m->step >= m->protocol->n_steps)
		return -1;
	int64_t now = m->steps[m->step].planned_ms, planned = now + delta_ms;
	if (delta_ms >= 0 || now == 0)
		return now == 0 && delta_ms < 0 ? 0 : planned;
	if (planned >= STEP_MIN_PLANNED_MS)
		return planned;
	return now > STEP_MIN_PLANNED_MS ? STEP_MIN_PLANNED_MS : -1;
}

void meeting_extend(struct meeting *m, int64_t delta_ms)
{
	int64_t planned = meeting_extended_plan(m, delta_ms);
	if (planned >= 0)
		m->steps[m->step].planned_ms = planned;
}

bool meeting_break_start(struct meeting *m, int64_t now_ms, int64_t planned_ms)
{
	if (m->on_break)
		return false;
	m->paused_before_break = m->paused;
	meeting_pause(m, now_ms);
	m->on_break = true;
	m->break_started_ms = now_ms;
	m->break_planned_ms = planned_ms;
	return true;
}

int64_t meeting_break_end(struct meeting *m, int64_t now_ms)
{
	if (!m->on_break)
		return 0;
	int64_t lasted = now_ms > m->break_started_ms ? now_ms - m->break_started_ms : 0;
	m->break_total_ms += lasted;
	m->on_break = false;
	if (!m->paused_before_break)
		meeting_resume(m, now_ms);
	return lasted;
}

int64_t meeting_break_left_ms(const struct meeting *m, int64_t now_ms)
{
	return m->on_break ? m->break_planned_ms - (now_ms - m->break_started_ms) : 0;
}
