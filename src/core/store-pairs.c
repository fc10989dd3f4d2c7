/*
 * store-pairs: the secret ballot of a two-way placement (see
 * store-seats.h). A ballot is a pair (x, y) and must stay one: its two rows
 * (the step's dimensions 0 and 1, no member) share a slot. Every change
 * rewrites the step's pairs in (x, y) order, numbered by rank, on the row
 * ids they had, with uids made from the meeting's and the rank, and the
 * meeting's start as their time, as store-seats.c does for one value: the
 * rows keep each pair and tell nothing of who cast it or when.
 */
#include <sqlite3.h>

#include "convene/i18n.h"
#include "convene/store-seats.h"
#include "convene/util.h"
#include "store-internal.h"

#include <stdlib.h>

struct pair {
	int x, y;
};

struct step_pairs {
	struct pair *pairs;
	size_t n;
	int64_t *ids; /* the rows' ids, ascending */
	size_t n_ids;
};

static int by_xy(const void *a, const void *b)
{
	const struct pair *p = a, *q = b;
	return p->x != q->x ? (p->x > q->x) - (p->x < q->x) : (p->y > q->y) - (p->y < q->y);
}

/* The step's pairs: dimension 0's row and dimension 1's at the same slot. */
static bool read_pairs(struct store *s, const struct pair_ballot *b, struct step_pairs *sp)
{
	*sp = (struct step_pairs){ 0 };
	sqlite3_stmt *st = store_prepare(s, "SELECT id, dimension_index, slot, value FROM rating"
					    " WHERE meeting_id = :meeting AND step_index = :step AND"
					    " member_id IS NULL ORDER BY id");
	if (!st)
		return false;
	bind_int(st, ":meeting", b->meeting_id);
	bind_int(st, ":step", (int64_t)b->step);
	int64_t *slots = NULL;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		sp->ids = array_grow(sp->ids, sp->n_ids, sizeof *sp->ids);
		sp->ids[sp->n_ids++] = sqlite3_column_int64(st, 0);
		int64_t dim = sqlite3_column_int64(st, 1), slot = sqlite3_column_int64(st, 2);
		int value = sqlite3_column_int(st, 3);
		size_t i = 0;
		while (i < sp->n && slots[i] != slot)
			i++;
		if (i == sp->n) {
			slots = array_grow(slots, sp->n, sizeof *slots);
			sp->pairs = array_grow(sp->pairs, sp->n, sizeof *sp->pairs);
			slots[sp->n] = slot;
			sp->pairs[sp->n++] = (struct pair){ -1, -1 };
		}
		if (dim == 0)
			sp->pairs[i].x = value;
		else if (dim == 1)
			sp->pairs[i].y = value;
	}
	sqlite3_finalize(st);
	free(slots);
	if (rc != SQLITE_DONE)
		store_set_error(s, _("cannot read the ballots"));
	return rc == SQLITE_DONE;
}

static bool rewrite_pairs(struct store *s, const struct pair_ballot *b, struct step_pairs *sp)
{
	qsort(sp->pairs, sp->n, sizeof *sp->pairs, by_xy);
	bool ok = store_clear_ballots(s, b->meeting_id, b->step);
	size_t next = 0;
	for (size_t i = 0; ok && i < sp->n; i++)
		for (size_t dim = 0; ok && dim < 2; dim++) {
			const struct dimension *d = dim ? b->y : b->x;
			struct ballot_row r = { (int64_t)dim, d->id, d->title,
						dim ? sp->pairs[i].y : sp->pairs[i].x, b->scale->min,
						b->scale->max };
			if (r.value < 0)
				continue;
			ok = store_insert_ballot(s, b->meeting_id, b->step,
						 next < sp->n_ids ? &sp->ids[next] : NULL, &r, i);
			next++;
		}
	return ok;
}

enum seat_write store_cast_pair(struct store *s, const struct pair_ballot *b)
{
	enum seat_write r = store_seat_begin(s, b->meeting_id, b->step, b->from_seat);
	if (r != SEAT_SAVED)
		return r;
	int64_t voted = 0, here = 0;
	if (b->voter && !store_poll_book_has(s, b->meeting_id, b->step, b->x->id, b->voter, &voted))
		return store_seat_finish(s, SEAT_FAILED);
	if (b->voter && voted && b->previous.x < 0)
		return store_seat_finish(s, SEAT_VOTED);
	if (!store_meeting_int(s, "SELECT count(*) FROM attendance WHERE meeting_id = :meeting AND"
				  " present = 1", b->meeting_id, 0, &here))
		return store_seat_finish(s, SEAT_FAILED);
	struct step_pairs sp;
	bool ok = read_pairs(s, b, &sp);
	if (ok && b->previous.x >= 0)
		for (size_t i = 0; i < sp.n; i++)
			if (sp.pairs[i].x == b->previous.x && sp.pairs[i].y == b->previous.y) {
				sp.pairs[i] = sp.pairs[--sp.n];
				break;
			}
	if (ok && b->value.x >= 0 && b->previous.x < 0 && (int64_t)sp.n >= here) {
		free(sp.pairs);
		free(sp.ids);
		return store_seat_finish(s, SEAT_FULL);
	}
	if (ok && b->value.x >= 0) {
		sp.pairs = array_grow(sp.pairs, sp.n, sizeof *sp.pairs);
		sp.pairs[sp.n++] = (struct pair){ b->value.x, b->value.y };
	}
	ok = ok && rewrite_pairs(s, b, &sp);
	free(sp.pairs);
	free(sp.ids);
	if (ok && b->voter && b->value.x >= 0)
		ok = store_poll_book_enter(s, b->meeting_id, b->step, b->x->id, b->voter);
	return store_seat_finish(s, ok ? SEAT_SAVED : SEAT_FAILED);
}
