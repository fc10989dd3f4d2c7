/*
 * meeting-seats: bringing into the engine what seats entered in the
 * store, and a blind dimension's ballots as the store keeps them (in value
 * order: the engine does not know, and must not show, who entered which or
 * in what order).
 */
#include "convene/meeting.h"

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
	SWAP(a->entries, b->entries);
	SWAP(a->n_entries, b->n_entries);
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
