/*
 * checklist: the engine's side of a checklist step (meeting-checklist.c),
 * and the one rule every view of one follows (the order its items are
 * shown in). A checklist's items are the step's dimensions on a scale of
 * 0 (does not apply) to 1 (applies), so a list is one rating per item:
 * each person's own (named, or blind ballots that belong to no one), or,
 * ticked by the room, one list kept in place 0 with no member.
 */
#ifndef CONVENE_CHECKLIST_H
#define CONVENE_CHECKLIST_H

#include "convene/meeting.h"
#include "convene/store.h"

#include <stdbool.h>
#include <stddef.h>

/* The words for a tick, in every export and view: "applies" (1) or
 * "does not apply" (0). */
const char *checklist_word(int value);

/* The order a checklist's items are shown in: most ticked first, ties in
 * the list's own order. ticks[i] is how many ticked item i; order gets n
 * item indexes. */
void checklist_order(const int *ticks, size_t n, size_t *order);

/* Whether the step is ticked by the room (one list) rather than by each. */
bool meeting_checklist_room(const struct meeting *m, size_t step);
/* Whether the list of place slot is in (named entry): every item ticked
 * or left. For the room's list, slot 0. */
bool meeting_checklist_has_list(const struct meeting *m, size_t step, size_t slot);
/* Lists in: named, the people (here or gone) whose list is in; blind, the
 * fewest ballots on any item; the room's, 1 or 0. */
size_t meeting_checklist_lists(const struct meeting *m, size_t step);
/* Every list that is due is in: one from each person here, or the room's. */
bool meeting_checklist_done(const struct meeting *m, size_t step);
/* How many lists tick item (for the room's, 1 or 0). */
int meeting_checklist_ticks(const struct meeting *m, size_t step, size_t item);

/* The step's items in the order every view shows them (checklist_order
 * of their ticks); the caller frees it. */
size_t *meeting_checklist_order(const struct meeting *m, size_t step);

/* Puts a whole list on the current checklist step, for the person under
 * the cursor (named) or for the room: changes gets one rating_change per
 * item (n_dimensions), for the caller to save. The cursor then moves to
 * the next one here without a list. Blind lists are ballots, cast by the
 * session item by item (MEETING_NOT_RATING here). */
enum meeting_result meeting_checklist_put(struct meeting *m, const bool *ticks,
					  struct rating_change *changes);
/* Takes back the list put last (named or the room's): changes as above. */
enum meeting_result meeting_checklist_undo(struct meeting *m, struct rating_change *changes);
/* A checklist in a stored meeting (checklist-record.c), for the exports
 * and review: whether step is one, and whether the room ticked it (its
 * step is marked as entered for the room, vote_counting). */
bool record_is_checklist(const struct meeting_record *r, size_t step);
bool record_checklist_room(const struct meeting_record *r, size_t step);
/* Its items in the order shown (checklist_order), each with how many
 * lists tick it; *lists is how many lists are in (1 for the room's).
 * Returns the count; the caller frees *out (titles borrowed from r). */
struct checklist_count {
	const char *id, *title;
	int ticks;
};
size_t record_checklist_counts(const struct meeting_record *r, size_t step,
			       struct checklist_count **out, size_t *lists);
/* "5 of 8" or, for the room's list, "applies"; the caller frees it. */
char *record_checklist_words(const struct checklist_count *c, size_t lists, bool room);

/* Puts back what a put or an undo changed (a save that failed), and the
 * cursor as it was. */
void meeting_checklist_revert(struct meeting *m, const struct rating_change *changes,
			      size_t cursor);

#endif
