/*
 * quadrants: the rules of a two-way placement (step kind `quadrants`),
 * answered once for every view. A placement is a person's pair (x, y):
 * the step's two dimensions ("x" then "y", from its axes) at the same
 * place. Placements that coincide are counted together, and each falls in
 * one of the four named cells, or on a middle line when the scale has an
 * odd number of points and the pair sits on its middle point.
 */
#ifndef CONVENE_QUADRANTS_H
#define CONVENE_QUADRANTS_H

#include "convene/meeting.h"
#include "convene/protocol.h"
#include "convene/store.h"

#include <stddef.h>

struct placement {
	int x, y;
	size_t count; /* how many placed the team here */
};

enum quadrant {
	QUADRANT_LOW_LOW,
	QUADRANT_HIGH_LOW,  /* x high, y low */
	QUADRANT_LOW_HIGH,  /* x low, y high */
	QUADRANT_HIGH_HIGH,
	QUADRANT_ON_LINE,   /* on a middle line: in no one cell */
	QUADRANT_COUNT
};

/* Where (x, y) falls on the step's scale. */
enum quadrant quadrant_of(const struct step *st, int x, int y);
/* The cell's name from the protocol file; "on the middle line" for
 * QUADRANT_ON_LINE. */
const char *quadrant_name(const struct step *st, enum quadrant q);

/* Whether the protocol (or agenda) has a two-way placement: the choice of
 * named or blind entry then says how a blind one keeps its pairs. */
bool protocol_places(const struct protocol *p);

/* The distinct placements of n pairs (xs[i], ys[i]; a pair with either
 * value below 0 is not a placement), ordered by (x, y), with counts;
 * returns how many; the caller frees *out. */
size_t quadrants_collect(const int *xs, const int *ys, size_t n, struct placement **out);
/* The placements in the engine's step: each place's pair, both axes
 * placed (named: a person's; blind: a ballot's, its two values at one
 * place). */
size_t meeting_placements(const struct meeting *m, size_t step, struct placement **out);
/* Whether a stored step is a two-way placement. */
bool record_places(const struct meeting_record *r, size_t step);
/* The placements of a stored placement step: each member's x and y rows
 * (named), or each ballot's, its two rows at one slot (blind); none for a
 * step of another kind. */
size_t record_placements(const struct meeting_record *r, size_t step, struct placement **out);
/* "Placements (Trust, Structure): (2, 1), (5, 6) x3": a stored step's
 * placements in a line, for review and the notes export, which show
 * pairs but never whose; NULL when it has none. The caller frees it. */
char *record_placements_line(const struct meeting_record *r, size_t step);

/* How many placements fall in each cell (QUADRANT_COUNT counts). */
void quadrants_cells(const struct step *st, const struct placement *p, size_t n,
		     size_t counts[QUADRANT_COUNT]);

#endif
