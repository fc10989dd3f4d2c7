/*
 * meeting-timer: the meeting's clock. Each step has a planned duration; the
 * time spent on it counts while the clock runs, and stops during pauses and
 * breaks. From those follow the countdown, the warning at 20% left, the
 * overtime, and where the meeting as a whole is heading.
 */
#include "convene/meeting.h"

void meeting_timer(const struct meeting *m, int64_t now_ms, struct step_timer *t)
{
	*t = (struct step_timer){ .paused = m->paused };
	if (m->step >= m->protocol->n_steps || m->view == VIEW_CLOSING)
		return;
	t->planned_ms = m->steps[m->step].planned_ms;
	t->elapsed_ms = meeting_step_elapsed_ms(m, m->step, now_ms);
	t->left_ms = t->planned_ms - t->elapsed_ms;
	t->overtime = t->planned_ms > 0 && t->left_ms < 0;
	t->warning = t->planned_ms > 0 && t->left_ms >= 0 && t->left_ms * 5 <= t->planned_ms;
}

void meeting_clock(const struct meeting *m, int64_t now_ms, struct meeting_clock *c)
{
	*c = (struct meeting_clock){ .breaks_ms = m->break_total_ms };
	if (m->on_break && now_ms > m->break_started_ms)
		c->breaks_ms += now_ms - m->break_started_ms;
	for (size_t s = 0; s < m->protocol->n_steps; s++) {
		int64_t planned = m->steps[s].planned_ms;
		int64_t used = meeting_step_elapsed_ms(m, s, now_ms);
		c->planned_ms += planned;
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

void meeting_extend(struct meeting *m, int64_t delta_ms)
{
	if (m->step >= m->protocol->n_steps)
		return;
	int64_t *planned = &m->steps[m->step].planned_ms;
	*planned = *planned + delta_ms < 0 ? 0 : *planned + delta_ms;
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
