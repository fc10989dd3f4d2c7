/*
 * room-opening: what the room sees while the facilitator's screen shows
 * the team's norms before the first step (the team's ground rules name
 * them): the same norms, the team's own adopted set with its date when
 * the protocol shows them (team_norms: show), else the file's.
 */
#include "room.h"
#include "norms-own.h"
#include "convene/i18n.h"

void room_body_opening(const struct room *r, struct room_box b, const struct protocol *norms)
{
	const struct step *st = norms_review_step(norms);
	struct room_text t = { 0 };
	const struct team_norms *own = norms_own(r->s, st);
	if (own) {
		room_text_add(&t, STYLE_DIM, 0, _("Adopted by every group on %s."), own->date);
		for (size_t i = 0; i < own->n; i++) {
			room_text_add(&t, STYLE_BOLD, 0, "%s", own->texts[i]);
			room_text_prefix(&t, "%zu. ", i + 1);
		}
	}
	for (size_t i = 0; !own && st && i < st->n_norms; i++) {
		room_text_add(&t, STYLE_BOLD, 0, "%s", st->norms[i].name);
		room_text_prefix(&t, "%zu. ", i + 1);
		if (st->norms[i].description)
			room_text_add(&t, STYLE_NORMAL, 4, "%s", st->norms[i].description);
	}
	room_text_para(&t, STYLE_DIM, 0, _("The meeting's first step follows."));
	room_text_draw(&t, b);
}
