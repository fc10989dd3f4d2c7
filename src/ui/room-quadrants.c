/*
 * room-quadrants: the room's results of a two-way placement: the 2x2 grid
 * as large as the room's screen allows, every placement a mark, never a
 * name. Blind entry keeps no pairs, so the room then reads each axis's
 * results as a rating's.
 */
#include "quadrants-ui.h"
#include "convene/i18n.h"
#include "convene/util.h"

#include <stdlib.h>

void room_body_quadrants_results(const struct room *r, struct room_box b)
{
	struct placement *p;
	size_t n = meeting_placements(r->m, r->m->step, &p), placed = 0;
	for (size_t i = 0; i < n; i++)
		placed += p[i].count;
	/* No wider than about square (a cell is twice as tall as wide), so
	 * a large screen's grid does not stretch flat. */
	int w = b.w < 3 * b.h ? b.w : 3 * b.h;
	if (w < 60)
		w = b.w;
	if (!quadrants_grid_draw(r->st, p, n, b.y, b.x, b.h - 1, w))
		draw_text(b.y, b.x, b.w, STYLE_BOLD, _("The grid needs a larger terminal."));
	char *count = xasprintf(ngettext("%zu placed", "%zu placed", placed), placed);
	draw_text(b.y + b.h - 1, b.x, b.w, STYLE_DIM, count);
	free(count);
	free(p);
}
