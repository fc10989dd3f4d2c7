/*
 * meeting-seats: bringing into the engine what seats entered in the
 * store, and a blind dimension's ballots as the store keeps them (in value
 * order: the engine does not know, and must not show, who entered which or
 * in what order).
 */
#include "convene/meeting.h"
#include "convene/util.h"

#include <stdlib.h>
#include <string.h>

#define SWAP(a, b)                                                                                 \
	do {                                                                                       \
		__typeof__(a) swap_tmp = (a);                                                      \
		(a) = (b);                                                                         \
		(b) = swap_tmp;                                                                    \
	} while (0)

bool meeting_take_inputs(struct meeting *dst, struct meeting *src, size_t step)
{
	if (dst->protocol != src->protocol || dst->n_people != src->n_people ||
	    step >= dst->protocol->n_steps)
		return false;
	struct step_state *a = &dst->steps[step], *b = &src->steps[step];
	SWAP(a->values, b->values);
	SWAP(a->order, b->order);
	SWAP(a->entered, b->entered);
	/* Entries: only those new since (a seat's); an entry changed in
	 * another terminal stays as this engine read it, so an edit of it
	 * here is still checked against the version it began from. */
	for (size_t i = 0; i < b->n_entries; i++) {
		bool known = false;
		for (size_t k = 0; k < a->n_entries && !known; k++)
			known = a->entries[k].id == b->entries[i].id;
		if (known)
			continue;
		a->entries = xreallocarray(a->entries, a->n_entries + 1, sizeof *a->entries);
		a->entries[a->n_entries++] = b->entries[i];
		b->entries[i].text = NULL; /* now a's */
	}
	SWAP(a->tallies, b->tallies);
	SWAP(a->n_tallies, b->n_tallies);
	/* Whose turn it is passes over anyone who has now rated. */
	meeting_people_changed(dst, dst->people, dst->n_people);
	return true;
}

void meeting_set_ballots(struct meeting *m, size_t step, size_t dim, const int *values, size_t n)
{
	struct step_state *ss = &m->steps[step];
	int *slots = &ss->values[dim * m->n_people];
	size_t *order = &ss->order[dim * m->n_people];
	if (n > m->n_people)
		n = m->n_people;
	for (size_t i = 0; i < m->n_people; i++) {
		slots[i] = i < n ? values[i] : -1;
		order[i] = i;
	}
	ss->entered[dim] = n;
}
