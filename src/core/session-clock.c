/* session-clock: the meeting's clock through the session: pauses, breaks and
 * plans, each saved so that a restart finds the clock where it was. */
#include "session-internal.h"
#include "convene/i18n.h"
#include "convene/util.h"

#include <stdlib.h>

/* Saves the current step's time spent and whether its clock runs. */
bool session_sync_clock(struct session *s, int64_t now_ms)
{
	const struct meeting *m = &s->engine;
	if (m->step >= m->protocol->n_steps)
		return true;
	if (!store_save_clock(s->store, s->meeting_id, m->step,
			      meeting_step_elapsed_ms(m, m->step, now_ms), !m->paused))
		return session_fail(s, _("the clock was not saved"));
	return true;
}

bool session_pause(struct session *s, int64_t now_ms)
{
	if (!meeting_pause(&s->engine, now_ms))
		return true;
	if (!store_start_pause(s->store, s->meeting_id, false, 0, &s->pause_id))
		s->pause_id = 0; /* the pause still counts; only its record is missing */
	if (session_sync_clock(s, now_ms))
		return true;
	/* The clock's state was not saved: it runs on, as the record says. */
	if (s->pause_id)
		store_end_pause(s->store, s->pause_id);
	s->pause_id = 0;
	meeting_resume(&s->engine, now_ms);
	return false;
}

bool session_resume_clock(struct session *s, int64_t now_ms)
{
	if (!meeting_resume(&s->engine, now_ms))
		return true;
	if (!session_sync_clock(s, now_ms)) {
		meeting_pause(&s->engine, now_ms); /* stopped, as the record says */
		return false;
	}
	if (s->pause_id)
		store_end_pause(s->store, s->pause_id);
	s->pause_id = 0;
	return true;
}

bool session_extend(struct session *s, int64_t delta_ms, int64_t now_ms)
{
	struct meeting *m = &s->engine;
	if (m->step >= m->protocol->n_steps)
		return true;
	/* The engine's rule for the new plan, saved before the engine changes,
	 * so a failed save leaves the plan as shown. */
	int64_t planned = meeting_extended_plan(m, delta_ms);
	if (planned < 0) {
		free(s->error);
		s->error = xstrdup(_("a step keeps at least one minute; its time limit can be removed "
				   "instead"));
		return false;
	}
	if (!store_save_step_plan(s->store, s->meeting_id, m->step, planned))
		return session_fail(s, _("the new plan was not saved"));
	meeting_extend(m, delta_ms);
	return session_sync_clock(s, now_ms);
}

bool session_break(struct session *s, int64_t now_ms, int64_t planned_ms)
{
	if (!meeting_break_start(&s->engine, now_ms, planned_ms))
		return true;
	if (!store_start_pause(s->store, s->meeting_id, true, planned_ms, &s->break_id)) {
		/* Nothing changed: the clock runs on as before the break. */
		meeting_break_end(&s->engine, now_ms);
		return session_fail(s, _("the break was not recorded"));
	}
	return session_sync_clock(s, now_ms);
}

bool session_end_break(struct session *s, int64_t now_ms)
{
	if (!s->engine.on_break)
		return true;
	/* Recorded first, so that a failed save leaves the break running on
	 * the screen as it does in the record. */
	if (s->break_id && !store_end_pause(s->store, s->break_id))
		return session_fail(s, _("the end of the break was not recorded"));
	meeting_break_end(&s->engine, now_ms);
	s->break_id = 0;
	return session_sync_clock(s, now_ms);
}

bool session_set_plan(struct session *s, size_t step, int64_t planned_ms)
{
	if (step >= s->engine.protocol->n_steps || planned_ms < 0) {
		free(s->error);
		s->error = xstrdup(_("there is no such step to plan"));
		return false;
	}
	if (!store_save_step_plan(s->store, s->meeting_id, step, planned_ms))
		return session_fail(s, _("the plan was not saved"));
	s->engine.steps[step].planned_ms = planned_ms;
	return true;
}

bool session_break_length(struct session *s, int64_t delta_ms)
{
	struct meeting *m = &s->engine;
	if (!m->on_break) {
		free(s->error);
		s->error = xstrdup(_("there is no break to change"));
		return false;
	}
	int64_t planned = m->break_planned_ms + delta_ms;
	if (planned < 0) {
		free(s->error);
		s->error = xstrdup(_("the break is as short as it can be"));
		return false;
	}
	/* A restart reads the break's plan back from the store. */
	if (!s->break_id || !store_set_break_plan(s->store, s->break_id, planned))
		return session_fail(s, _("the break's new length was not saved"));
	m->break_planned_ms = planned;
	return true;
}
