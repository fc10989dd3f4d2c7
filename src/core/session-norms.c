/* session-norms: an adopt-norms step starts from the norms the team has
 * now. The room revises them as drafts, and what every group confirms by
 * the end of the step is its new set; the earlier set stays in the record
 * of the meeting that adopted it (store-norms.c). */
#include "convene/i18n.h"
#include "convene/kinds.h"
#include "convene/store-history.h"
#include "convene/util.h"
#include "session-internal.h"

#include <stdlib.h>

bool session_seed_norms(struct session *s, char **adopted_on)
{
	*adopted_on = NULL;
	const struct step *st = meeting_current_step(&s->engine);
	/* Only an empty list is started: drafts already there are the room's. */
	if (st->kind != STEP_ADOPT_NORMS || s->engine.steps[s->engine.step].n_entries)
		return true;
	struct team_norms t;
	if (!store_team_norms(s->store, s->team_id, s->meeting_id, &t))
		return session_fail(s, _("the team's norms could not be read"));
	bool ok = true;
	for (size_t i = 0; ok && i < t.n; i++)
		ok = session_add_entry(s, 0, t.texts[i]);
	if (ok && t.n)
		*adopted_on = xstrdup(t.date);
	team_norms_free(&t);
	return ok;
}
