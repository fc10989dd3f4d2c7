/*
 * session-reopen: reopening a decision from an earlier meeting, under the
 * guidebook's ground rule — only with new information on record and a vote
 * of those present that reaches the team's threshold.
 */
#include "convene/i18n.h"
#include "convene/kinds.h"
#include "convene/rules.h"
#include "convene/session.h"
#include "convene/util.h"

#include <stdlib.h>

static bool refuse(struct session *s, char *why)
{
	free(s->error);
	s->error = why;
	return false;
}

int session_reopen_needed(const struct session *s)
{
	return rules_reopen_needed((int)session_voters(s), s->reopen_threshold);
}

bool session_reopen_decision(struct session *s, const struct earlier_decision *old,
			     const char *info, int in_favour, size_t *index)
{
	const struct step *st = meeting_current_step(&s->engine);
	if (!st || s->engine.view != VIEW_STEP || !step_holds(st, HOLDS_DECISIONS))
		return refuse(s, xstrdup(_("decisions are reopened in a decide step")));
	if (!info || !*info)
		return refuse(s, xstrdup(_("record the new information that reopens the decision")));
	int present = (int)session_voters(s);
	if (in_favour < 0 || in_favour > present)
		return refuse(s, xasprintf(_("%d present: the votes in favour must be 0 to %d"), present,
					   present));
	if (!rules_reopen_passes(in_favour, present, s->reopen_threshold)) {
		int needed = session_reopen_needed(s);
		return refuse(s, xasprintf(_("not reopened: %d of %d in favour, and reopening needs %d%% "
					   "(%d)"), in_favour, present, s->reopen_threshold, needed));
	}
	struct decision d = {
		.topic = old->topic,
		.point = -1,
		.status = DECISION_DRAFT,
		.reopens_id = old->id,
		.reopen_info = (char *)info,
		.reopen_votes = in_favour,
		.reopen_present = present,
	};
	size_t at = s->engine.steps[s->engine.step].n_decisions;
	if (!session_save_decision(s, at, &d))
		return false;
	*index = at;
	return true;
}
