/*
 * quadrants-grid: the 2x2 grid of a two-way placement (see
 * quadrants-ui.h). ASCII lines, so it reads the same on every terminal
 * and projector; a point of the scale is a column and a row of the plot,
 * spread evenly, and the middle lines fall between the two middle points
 * (on the middle point for an odd scale).
 */
#include "quadrants-ui.h"
#include "draw.h"
#include "convene/text.h"
#include "convene/util.h"
#include "convene/i18n.h"

#include <stdio.h>
#include <stdlib.h>

/* The plot's column (or row, counted up) of value v across n cells. */
static int at(const struct step *st, int v, int n)
{
	int span = st->scale.max - st->scale.min;
	return span > 0 ? (v - st->scale.min) * (n - 1) / span : 0;
}

static void cell_label(const struct step *st, enum quadrant q, size_t count, int y, int x, int w)
{
	char *s = xasprintf("%s: %zu", quadrant_name(st, q), count);
	draw_text(y, x, w, count ? STYLE_BOLD : STYLE_DIM, s);
	free(s);
}

int quadrants_grid_draw(const struct step *st, const struct placement *p, size_t n, int y, int x,
			int h, int w)
{
	const struct axis *ax = &st->x_axis, *ay = &st->y_axis;
	int label_w = 2;          /* the y scale's points: "6 " */
	int pw = w - label_w - 2; /* the plot inside its two borders */
	int ph = h - 5;           /* title row, two borders, x points, x axis */
	if (pw < 20 || ph < 7)
		return 0;
	/* The cells' names take the plot's first and last rows; the marks
	 * the rows between (mh of them, counted up from mark_0). */
	int top = y + 1, left = x + label_w, mh = ph - 2, mark_0 = top + ph - 1;
	int lo = (st->scale.min + st->scale.max) / 2, hi = lo + 1;
	bool odd = (st->scale.max - st->scale.min) % 2 == 0;
	/* On the middle point of an odd scale, between the two middle points
	 * of an even one. */
	int mid_c = left + 1 + (odd ? at(st, lo, pw) : (at(st, lo, pw) + at(st, hi, pw)) / 2);
	int mid_r = mark_0 - (odd ? at(st, lo, mh) : (at(st, lo, mh) + at(st, hi, mh) + 1) / 2);
	char *title = xasprintf(_("^ %s (up: %s to %s)"), ay->title, ay->low, ay->high);
	draw_text(y, x, w, STYLE_BOLD, title);
	free(title);
	/* The frame and the middle lines. */
	for (int r = top; r <= top + ph + 1; r++) {
		bool edge = r == top || r == top + ph + 1;
		for (int c = left; c <= left + pw + 1; c++) {
			bool side = c == left || c == left + pw + 1;
			const char *ch = edge && (side || c == mid_c) ? "+" : edge ? "-" :
					 side || c == mid_c ? (r == mid_r ? "+" : "|") :
					 r == mid_r ? "-" : NULL;
			if (ch)
				draw_text(r, c, 1, STYLE_DIM, ch);
		}
	}
	/* The cells' names and counts, in their outer rows. */
	size_t counts[QUADRANT_COUNT];
	quadrants_cells(st, p, n, counts);
	int lw = mid_c - left - 2, rw = left + pw - mid_c - 1;
	cell_label(st, QUADRANT_LOW_HIGH, counts[QUADRANT_LOW_HIGH], top + 1, left + 2, lw);
	cell_label(st, QUADRANT_HIGH_HIGH, counts[QUADRANT_HIGH_HIGH], top + 1, mid_c + 2, rw);
	cell_label(st, QUADRANT_LOW_LOW, counts[QUADRANT_LOW_LOW], top + ph, left + 2, lw);
	cell_label(st, QUADRANT_HIGH_LOW, counts[QUADRANT_HIGH_LOW], top + ph, mid_c + 2, rw);
	/* The points of the scale along both axes. */
	for (int v = st->scale.min; v <= st->scale.max; v++) {
		draw_textf(mark_0 - at(st, v, mh), x, label_w, STYLE_NORMAL, "%d", v);
		draw_textf(top + ph + 2, left + 1 + at(st, v, pw), 1, STYLE_NORMAL, "%d", v);
	}
	/* The marks: '*' for one placement, the count where several coincide;
	 * bracketed, so they read from the back of a room, where the points
	 * are far enough apart. */
	bool wide = pw / (st->scale.max - st->scale.min + 1) >= 6;
	for (size_t i = 0; i < n; i++) {
		int r = mark_0 - at(st, p[i].y, mh), c = left + 1 + at(st, p[i].x, pw);
		char mark[8];
		if (p[i].count == 1)
			snprintf(mark, sizeof mark, wide ? "(*)" : "*");
		else
			snprintf(mark, sizeof mark, wide ? "(%c)" : "%c",
				 p[i].count < 10 ? (char)('0' + p[i].count) : '+');
		int mw = wide ? 3 : 1, mc = wide ? c - 1 : c;
		if (mc + mw > left + pw + 1)
			mc = left + pw + 1 - mw; /* inside the frame */
		draw_text(r, mc, mw, STYLE_ALERT, mark);
	}
	char *foot = xasprintf(_("%s -> (across: %s to %s)"), ax->title, ax->low, ax->high);
	draw_text(top + ph + 3, left + 1, w - label_w - 1, STYLE_BOLD, foot);
	free(foot);
	return ph + 5;
}
