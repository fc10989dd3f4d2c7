/*
 * norms-own: the team's own adopted norms, as a norms step with
 * `team_norms: show` shows them (the facilitator's screen and the room).
 */
#ifndef CONVENE_UI_NORMS_OWN_H
#define CONVENE_UI_NORMS_OWN_H

#include "convene/session.h"
#include "convene/store-history.h"

/* The norms step st (the current step, or the norms the team's ground
 * rules open every meeting with) shows instead of its file's: the team's
 * current set when st says `team_norms: show` and the team has adopted
 * some; NULL otherwise (the file's norms are shown). */
const struct team_norms *norms_own(const struct session *s, const struct step *st);
/* The step of p that lists norms to review (not a check), or NULL. */
const struct step *norms_review_step(const struct protocol *p);

#endif
