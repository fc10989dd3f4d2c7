/* meeting-norms: a norms step's engine events: the norms picked to focus on
 * today, and which of them a later check rates. */
#include "convene/meeting.h"

bool meeting_dimension_active(const struct meeting *m, size_t step, size_t dim)
{
	const struct step *st = &m->protocol->steps[step];
	if (st->kind != STEP_NORMS || st->norms_step < 0)
		return true;
	unsigned focus = m->steps[st->norms_step].focus;
	return focus == 0 || ((focus >> dim) & 1);
}

enum meeting_result meeting_norm_focus(struct meeting *m, size_t norm, bool on)
{
	const struct step *st = meeting_current_step(m);
	if (!st || st->kind != STEP_NORMS || !st->norms || norm >= st->n_norms || norm >= 32)
		return MEETING_NOT_RATING;
	unsigned *focus = &m->steps[m->step].focus;
	if (on && !((*focus >> norm) & 1)) {
		int picked = 0;
		for (size_t i = 0; i < st->n_norms; i++)
			picked += (*focus >> i) & 1;
		if (picked >= st->focus)
			return MEETING_FOCUS_FULL;
	}
	if (on)
		*focus |= 1u << norm;
	else
		*focus &= ~(1u << norm);
	return MEETING_OK;
}
