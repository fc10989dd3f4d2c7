/*
 * norms-own: reads the team's current norms once per meeting and step, not
 * on every frame: they change only at an adopt-norms step, and a step that
 * shows them comes after it. A read that fails shows the file's norms.
 */
#include "norms-own.h"

#include "convene/protocol.h"

static struct {
	bool read;
	int64_t meeting;
	const struct step *step;
	size_t at; /* the meeting's step when read */
	struct team_norms norms;
} own;

const struct team_norms *norms_own(const struct session *s, const struct step *st)
{
	if (!st || !st->team_norms)
		return NULL;
	if (!own.read || own.meeting != s->meeting_id || own.step != st ||
	    own.at != s->engine.step) {
		team_norms_free(&own.norms);
		if (!store_team_norms(s->store, s->team_id, 0, &own.norms))
			own.norms.n = 0;
		own.read = true;
		own.meeting = s->meeting_id;
		own.step = st;
		own.at = s->engine.step;
	}
	return own.norms.n ? &own.norms : NULL;
}

const struct step *norms_review_step(const struct protocol *p)
{
	for (size_t i = 0; p && i < p->n_steps; i++)
		if (p->steps[i].kind == STEP_NORMS && !p->steps[i].checks && p->steps[i].n_norms)
			return &p->steps[i];
	return NULL;
}
