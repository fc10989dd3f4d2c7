/*
 * store-seats: what seats (convene join) write to a running meeting, and
 * the secret ballot. Every write is one IMMEDIATE transaction that first
 * checks the step is still open to input, so an entry sent as the
 * facilitator moves on is refused, never filed under the wrong step.
 *
 * The secret ballot: on a blind rating, the poll book says who has voted
 * from a seat (member, step, dimension) and the ballots are the step's
 * rating rows without a member. Each change rewrites the dimension's
 * ballots in value order, numbered by rank, with the meeting's start as
 * their time: nothing stored tells which ballot came first, nor links one
 * to a voter. A seat changes its ballot by naming the value it cast (kept
 * in its memory only); paper slips typed by the facilitator are ballots
 * with nobody in the poll book.
 */
#ifndef CONVENE_STORE_SEATS_H
#define CONVENE_STORE_SEATS_H

#include "convene/protocol.h"
#include "convene/store.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum seat_write {
	SEAT_SAVED,
	SEAT_CLOSED,  /* the step is no longer open to input (the facilitator moved on) */
	SEAT_VOTED,   /* this voter's ballot is in already and cannot be changed now */
	SEAT_FULL,    /* as many ballots as people present */
	SEAT_REFUSED, /* the engine's rules refuse it (a cap); the caller says which */
	SEAT_FAILED,  /* not saved: store_error says why */
};

/* The join code of a running meeting (six digits), made when first asked
 * for by the facilitator (create) and new for each meeting. */
bool store_join_code(struct store *s, int64_t meeting_id, bool create, char code[8]);
/* The running meeting whose code is code (spaces ignored); *meeting_id 0
 * when none. */
bool store_meeting_by_code(struct store *s, const char *code, int64_t *meeting_id);

struct ballot {
	int64_t meeting_id;
	size_t step, dim_index;
	const struct dimension *dimension;
	const struct scale *scale;
	int64_t voter;  /* the member voting from a seat (entered in the poll book); 0: a paper slip */
	int value;      /* the ballot, or -1 to take one back (a slip typed by mistake) */
	int previous;   /* the ballot this one replaces, as the seat remembers it; -1 for none */
	bool from_seat; /* refused unless the step is open to input */
};
/* Casts, changes or takes back a ballot. */
enum seat_write store_cast_ballot(struct store *s, const struct ballot *b);
/* A two-way placement's ballot: a pair (x, y) that stays one. Its rows
 * (dimensions 0 and 1) share a slot: the pair's rank in (x, y) order
 * (store-pairs.c). The poll book's question is the x dimension's id. */
struct ballot_pair {
	int x, y; /* -1, -1: none */
};
struct pair_ballot {
	int64_t meeting_id;
	size_t step;
	const struct dimension *x, *y;
	const struct scale *scale;
	int64_t voter;              /* 0: a paper slip */
	struct ballot_pair value;    /* x -1 takes one back */
	struct ballot_pair previous; /* the pair this one replaces; x -1 for none */
	bool from_seat;
};
enum seat_write store_cast_pair(struct store *s, const struct pair_ballot *b);

/* The ballots of a dimension, in slot order: value order, or for a two-way
 * placement the order of its pairs, so dimension 0's i-th ballot and
 * dimension 1's are one pair (at most max). */
bool store_ballots(struct store *s, int64_t meeting_id, size_t step, const char *dimension_id,
		   int *values, size_t max, size_t *n);

/* Who has voted from a seat on the step: one row per question (a
 * dimension's id, or STORE_FIST_QUESTION) and member. */
struct poll_entry {
	char *question;
	int64_t member_id;
};
#define STORE_FIST_QUESTION "fist-to-five"
bool store_poll_book(struct store *s, int64_t meeting_id, size_t step, struct poll_entry **out,
		     size_t *n);
void poll_entries_free(struct poll_entry *p, size_t n);

/* A named rating from the member's own seat, in their place (slot). */
enum seat_write store_seat_rating(struct store *s, const struct rating_entry *r);
/* An answer or item from a seat, without an author. */
enum seat_write store_seat_item(struct store *s, int64_t meeting_id, size_t step,
				const char *group, const char *text, int64_t *id);
/* A seat's dots on an item of a vote step (the caller checked the caps
 * against the votes as it last read them). */
enum seat_write store_seat_vote(struct store *s, int64_t meeting_id, size_t step, int64_t item_id,
				int64_t member_id, int dots);

/* A fist to five open to seats on the current step: opening starts a new
 * count (the hands shown before are forgotten), closing stops seats
 * showing. */
bool store_fist_open(struct store *s, int64_t meeting_id, size_t step, bool open);
/* A hand shown from a seat (previous: the count it showed before, kept by
 * the seat, or -1). */
enum seat_write store_fist_show(struct store *s, int64_t meeting_id, size_t step,
				int64_t member_id, int point, int previous);
/* The hands shown from seats on the step's fist, and whether one is open. */
bool store_fist_counts(struct store *s, int64_t meeting_id, size_t step, int counts[6], bool *open);

/* Writes the log of recent changes (the WAL) into the database and
 * empties it, so the successive states of a blind step's ballots are gone
 * from the files once the step closes. Best effort: a reader holding an
 * old state keeps part of the log until it lets go. */
void store_forget_history(struct store *s);

/* The database file's path, or NULL for a database in memory. */
const char *store_file(struct store *s);

#endif
