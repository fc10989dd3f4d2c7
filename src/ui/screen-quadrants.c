/*
 * screen-quadrants: the facilitator's results of a two-way placement: the
 * 2x2 grid of every person's pair, with the cells' names and counts. A
 * blind meeting keeps no pairs (each axis is its own ballot), so it shows
 * each axis's spread instead and says why there is no grid.
 */
#include "quadrants-ui.h"
#include "draw.h"
#include "convene/stats.h"
#include "convene/util.h"

#include <stdlib.h>

/* An axis's spread in one line, when the pairs are not kept. */
static int axis_line(const struct meeting *m, const struct step *st, size_t d, int y, int w)
{
	struct rating_stats s;
	meeting_dimension_stats(m, m->step, d, &s);
	struct strbuf sb;
	strbuf_init(&sb);
	strbuf_addf(&sb, "%s, how many at each point: ", st->dimensions[d].title);
	for (int v = st->scale.min; v <= st->scale.max && v - st->scale.min < STATS_MAX_POINTS; v++)
		strbuf_addf(&sb, "%s%d: %zu", v > st->scale.min ? "   " : "", v,
			    s.counts[v - st->scale.min]);
	int rows = draw_wrapped(y, 2, w, 2, STYLE_NORMAL, sb.data);
	strbuf_finish(&sb);
	return rows;
}

static void draw(struct app *a)
{
	meeting_header(a);
	const struct meeting *m = &a->session.engine;
	const struct step *st = meeting_current_step(m);
	int y = frame_top(), w = draw_cols() - 4, h = frame_bottom() - y + 1;
	if (!meeting_pairs_kept(m)) {
		y += draw_wrapped(y, 2, w, 3, STYLE_BOLD,
				  "Blind entry keeps each axis as a ballot of its own, so no one's "
				  "pair can be drawn on the grid. Each axis on its own:");
		for (size_t d = 0; d < st->n_dimensions && y < frame_bottom(); d++)
			y += axis_line(m, st, d, y + 1, w) + 1;
		return;
	}
	struct placement *p;
	size_t n = meeting_placements(m, m->step, &p), placed = 0;
	for (size_t i = 0; i < n; i++)
		placed += p[i].count;
	if (!quadrants_grid_draw(st, p, n, y, 2, h, w))
		draw_text(y, 2, w, STYLE_ALERT, "The terminal is too small for the grid.");
	draw_textf(y, draw_cols() - 14, 12, STYLE_DIM, "%12s", "");
	char *count = xasprintf("%zu placed", placed);
	draw_text(y, draw_cols() - 2 - text_width(count), text_width(count), STYLE_DIM, count);
	free(count);
	free(p);
}

static void act(struct app *a, enum action act, int key)
{
	(void)key;
	meeting_act(a, act);
}

const struct screen screen_quadrants_results = {
	.title = "Placement results",
	.scope = SCOPE_RESULTS,
	.draw = draw,
	.act = act,
};
