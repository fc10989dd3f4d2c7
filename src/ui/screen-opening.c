/*
 * screen-opening: the team's norms, shown before the first step of every
 * meeting when the team's ground rules name a norms protocol. The meeting
 * has begun (its clock runs); Enter goes on to the first step. A norms
 * step with `team_norms: show` (our-norms) shows the team's own adopted
 * norms here once it has some.
 */
#include "app.h"
#include "convene/i18n.h"
#include "draw.h"
#include "norms-own.h"
#include "convene/util.h"

#include <stdlib.h>
#include "convene/catalog.h"

const struct protocol *opening_norms_for(const struct app *a, const struct team *t,
					 const struct protocol *meeting)
{
	const struct protocol *norms = t->norms_protocol ?
		catalog_find(a->catalog, t->norms_protocol) : NULL;
	if (!norms || norms->is_agenda || !norms_review_step(norms))
		return NULL;
	/* A meeting that opens with a norms review shows them already. */
	return norms_review_step(meeting) == &meeting->steps[0] ? NULL : norms;
}

static void draw(struct app *a)
{
	meeting_header(a);
	const struct step *st = norms_review_step(a->opening_norms);
	int y = frame_top(), bottom = frame_bottom(), w = draw_cols() - 4;
	draw_text(y++, 2, w, STYLE_TITLE, _("Our norms, before we begin"));
	y++;
	const struct team_norms *own = norms_own(&a->session, st);
	if (own) {
		draw_textf(y++, 2, w, STYLE_DIM, _("Adopted by every group on %s."), own->date);
		for (size_t i = 0; i < own->n && y <= bottom; i++) {
			char *num = xasprintf("%zu. ", i + 1);
			y += draw_item(y, 2, w, bottom - y + 1, STYLE_BOLD, num, own->texts[i]);
			free(num);
		}
		return;
	}
	for (size_t i = 0; st && i < st->n_norms && y <= bottom; i++) {
		const struct norm *n = &st->norms[i];
		draw_textf(y++, 2, w, STYLE_BOLD, "%zu. %s", i + 1, n->name);
		if (n->description && y <= bottom)
			y += draw_wrapped(y, 5, w - 3, bottom - y + 1 < 2 ? bottom - y + 1 : 2,
					  STYLE_NORMAL, n->description);
	}
}

static void act(struct app *a, enum action act, int key)
{
	(void)key;
	if (act == ACT_ENTER) {
		a->opening_norms = NULL;
		if (!session_show_opening(&a->session, NULL))
			app_error(a, "%s", session_error(&a->session));
		followup_or_meeting(a);
	}
}

const struct screen screen_opening = {
	.title = N_("Our norms"),
	.scope = SCOPE_OPENING,
	.draw = draw,
	.act = act,
};
