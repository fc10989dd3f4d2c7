/*
 * quadrants: a two-way placement's pairs, their counts and their cells
 * (see quadrants.h). The engine keeps the pairs as a rating of the step's
 * two dimensions, so this reads them place by place.
 */
#include "convene/i18n.h"
#include "convene/quadrants.h"
#include "convene/util.h"

#include <stdlib.h>
#include <string.h>

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
			   _("on the middle line");
	return name ? name : "";
}

bool protocol_places(const struct protocol *p)
{
	for (size_t i = 0; p && i < p->n_steps; i++)
		if (p->steps[i].kind == STEP_QUADRANTS)
			return true;
	return false;
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

size_t meeting_placements(const struct meeting *m, size_t step, struct placement **out)
{
	/* Named, a place is a person; blind, a place is a ballot, its two
	 * values one pair (the store keeps them at one slot). */
	size_t n = step < m->protocol->n_steps && m->protocol->steps[step].kind == STEP_QUADRANTS ?
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

bool record_places(const struct meeting_record *r, size_t step)
{
	return step < r->n_steps && r->steps[step].kind &&
	       strcmp(r->steps[step].kind, "quadrants") == 0;
}

size_t record_placements(const struct meeting_record *r, size_t step, struct placement **out)
{
	bool placing = record_places(r, step);
	size_t n = 0;
	int64_t *who = xcalloc(r->n_ratings ? r->n_ratings : 1, sizeof *who);
	int *xs = xcalloc(r->n_ratings ? r->n_ratings : 1, sizeof *xs);
	int *ys = xcalloc(r->n_ratings ? r->n_ratings : 1, sizeof *ys);
	for (size_t i = 0; placing && i < r->n_ratings; i++) {
		const struct rating_record *x = &r->ratings[i];
		if (x->step != step || x->dim_index > 1)
			continue;
		/* A person's two rows, or a ballot's: its two rows share a slot. */
		int64_t key = x->member_id ? x->member_id : -1 - (int64_t)x->slot;
		size_t k = 0;
		while (k < n && who[k] != key)
			k++;
		if (k == n) {
			who[n] = key;
			xs[n] = ys[n] = -1;
			n++;
		}
		(x->dim_index == 0 ? xs : ys)[k] = x->value;
	}
	size_t found = quadrants_collect(xs, ys, n, out);
	free(who);
	free(xs);
	free(ys);
	return found;
}

char *record_placements_line(const struct meeting_record *r, size_t step)
{
	struct placement *p;
	size_t n = record_placements(r, step, &p);
	const char *axis[2] = { "x", "y" };
	for (size_t i = 0; i < r->n_ratings; i++)
		if (r->ratings[i].step == step && r->ratings[i].dim_index < 2)
			axis[r->ratings[i].dim_index] = r->ratings[i].dimension_title;
	struct strbuf sb;
	strbuf_init(&sb);
	for (size_t i = 0; i < n; i++) {
		if (!i)
			strbuf_addf(&sb, _("Placements (%s, %s): "), axis[0], axis[1]);
		strbuf_addf(&sb, "%s(%d, %d)", i ? ", " : "", p[i].x, p[i].y);
		if (p[i].count > 1)
			strbuf_addf(&sb, _(" x%zu"), p[i].count);
	}
	free(p);
	if (!n) {
		strbuf_finish(&sb);
		return NULL;
	}
	return strbuf_take(&sb);
}
