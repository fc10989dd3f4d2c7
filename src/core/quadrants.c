/*
 * quadrants: a two-way placement's pairs, their counts and their cells
 * (see quadrants.h). The engine keeps the pairs as a rating of the step's
 * two dimensions, so this reads them place by place.
 */
#include "convene/quadrants.h"
#include "convene/util.h"

#include <stdlib.h>

/* Below the middle of the scale, above it, or on it (odd scales only):
 * -1, 1 or 0. Compared doubled so the middle of 1-6 (3.5) is exact. */
static int half(const struct step *st, int v)
{
	int twice = 2 * v, middle = st->scale.min + st->scale.max;
	return twice < middle ? -1 : twice > middle ? 1 : 0;
}

enum quadrant quadrant_of(const struct step *st, int x, int y)
{
	int hx = half(st, x), hy = half(st, y);
	if (!hx || !hy)
		return QUADRANT_ON_LINE;
	return hy < 0 ? (hx < 0 ? QUADRANT_LOW_LOW : QUADRANT_HIGH_LOW) :
			(hx < 0 ? QUADRANT_LOW_HIGH : QUADRANT_HIGH_HIGH);
}

const char *quadrant_name(const struct step *st, enum quadrant q)
{
	const struct quadrant_names *n = &st->quadrants;
	const char *name = q == QUADRANT_LOW_LOW ? n->low_low : q == QUADRANT_HIGH_LOW ? n->high_low :
			   q == QUADRANT_LOW_HIGH ? n->low_high : q == QUADRANT_HIGH_HIGH ? n->high_high :
			   "on the middle line";
	return name ? name : "";
}

static int by_xy(const void *a, const void *b)
{
	const struct placement *p = a, *q = b;
	return p->x != q->x ? (p->x > q->x) - (p->x < q->x) : (p->y > q->y) - (p->y < q->y);
}

size_t quadrants_collect(const int *xs, const int *ys, size_t n, struct placement **out)
{
	struct placement *p = xcalloc(n ? n : 1, sizeof *p);
	size_t k = 0;
	for (size_t i = 0; i < n; i++)
		if (xs[i] >= 0 && ys[i] >= 0)
			p[k++] = (struct placement){ xs[i], ys[i], 1 };
	qsort(p, k, sizeof *p, by_xy);
	size_t d = 0;
	for (size_t i = 0; i < k; i++)
		if (d && p[d - 1].x == p[i].x && p[d - 1].y == p[i].y)
			p[d - 1].count++;
		else
			p[d++] = p[i];
	*out = p;
	return d;
}

bool meeting_pairs_kept(const struct meeting *m)
{
	return m->mode == RATING_NAMED;
}

size_t meeting_placements(const struct meeting *m, size_t step, struct placement **out)
{
	size_t n = meeting_pairs_kept(m) && step < m->protocol->n_steps &&
				   m->protocol->steps[step].kind == STEP_QUADRANTS ?
			   m->n_people :
			   0;
	int *xs = xcalloc(n ? n : 1, sizeof *xs), *ys = xcalloc(n ? n : 1, sizeof *ys);
	for (size_t i = 0; i < n; i++) {
		xs[i] = meeting_value(m, step, 0, i);
		ys[i] = meeting_value(m, step, 1, i);
	}
	size_t k = quadrants_collect(xs, ys, n, out);
	free(xs);
	free(ys);
	return k;
}

void quadrants_cells(const struct step *st, const struct placement *p, size_t n,
		     size_t counts[QUADRANT_COUNT])
{
	for (size_t q = 0; q < QUADRANT_COUNT; q++)
		counts[q] = 0;
	for (size_t i = 0; i < n; i++)
		counts[quadrant_of(st, p[i].x, p[i].y)] += p[i].count;
}
