/*
 * screen-quadrants: the facilitator's results of a two-way placement: the
 * 2x2 grid of every pair (a person's, or a blind ballot's), with the
 * cells' names and counts.
 */
#include "quadrants-ui.h"
#include "draw.h"
#include "convene/stats.h"
#include "convene/util.h"
#include "convene/i18n.h"

#include <stdlib.h>

static void draw(struct app *a)
{
	meeting_header(a);
	const struct meeting *m = &a->session.engine;
	const struct step *st = meeting_current_step(m);
	int y = frame_top(), w = draw_cols() - 4, h = frame_bottom() - y + 1;
	struct placement *p;
	size_t n = meeting_placements(m, m->step, &p), placed = 0;
	for (size_t i = 0; i < n; i++)
		placed += p[i].count;
	if (!quadrants_grid_draw(st, p, n, y, 2, h, w))
		draw_text(y, 2, w, STYLE_ALERT, _("The terminal is too small for the grid."));
	/* The count ends the grid's title row, with a gap cleared before it
	 * (a longer word than English's clears more). */
	char *count = xasprintf(ngettext("%zu placed", "%zu placed", placed), placed);
	int cw = text_width(count), clear = cw + 2 > 12 ? cw + 2 : 12;
	draw_textf(y, draw_cols() - 2 - clear, clear, STYLE_DIM, "%*s", clear, "");
	draw_text(y, draw_cols() - 2 - cw, cw, STYLE_DIM, count);
	free(count);
	free(p);
}

static void act(struct app *a, enum action act, int key)
{
	(void)key;
	meeting_act(a, act);
}

const struct screen screen_quadrants_results = {
	.title = N_("Placement results"),
	.scope = SCOPE_RESULTS,
	.draw = draw,
	.act = act,
};
