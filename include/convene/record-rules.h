/*
 * record-rules: the figures a meeting's record yields that more than one
 * reader shows — a dot vote's ranking with its places and ties, and the
 * count of a fist-to-five check. The exports and the review's record view
 * both ask here, so the notes and the screen can never disagree.
 */
#ifndef CONVENE_RECORD_RULES_H
#define CONVENE_RECORD_RULES_H

#include "convene/store.h"
#include "convene/util.h"

#include <stdbool.h>
#include <stddef.h>

/* One item of a vote step's ranking. Items with as many dots share a place
 * (1, =2, =2, 4): the room gave them the same weight, and a number that
 * put one above the other would say what the room did not. */
struct ranked {
	const struct item_record *item;
	int dots;
	bool top;     /* among the step's vote_top, with dots */
	size_t place; /* 1-based; the same for items with as many dots */
	bool tied;    /* another item shares the place */
};

/* A vote step's ranking of the items it voted on (off-the-record items left
 * out), most dots first, ties in the order the items were added; places and
 * the top by the engine's rule (vote_places). The caller frees the array. */
struct ranked *record_ranking(const struct meeting_record *r, size_t step, size_t *n);

/* When a tie straddles the cut of the top, the sentence saying so (as the
 * engine's vote_cut_words: "Tie at the cut: 4 items for the top 3, ..."),
 * for rank (record_ranking's of step); NULL when not. Caller frees. */
char *record_cut_words(const struct meeting_record *r, size_t step, const struct ranked *rank,
		       size_t n);

/* The place as the review writes it: "1." or, when tied, "=2.". The
 * Markdown notes say the same place in words ("1st", "2nd, tied"): there a
 * line starting "1." or "=2." is Markdown syntax (export-md.c). */
void record_place(const struct ranked *x, struct strbuf *sb);

/* The hands under three in a fist-to-five check (0 when none was taken):
 * each is an objection the room must hear before it decides. */
int record_fist_below(const struct decision_record *d);

/* The check's counts in words, e.g. "Fist to five: 3 at 5, 3 at 4, 2 at 3,
 * 1 below three (objections stated)"; nothing when none was taken. */
void record_fist_summary(const struct decision_record *d, struct strbuf *sb);

/* Whether someone on the attendance was there at any time of the meeting
 * (present at its end, or arrived or left during it). */
bool record_attended(const struct meeting_record *r, const struct attendee *a);
/* Who attended, as the notes and the review list them: "Ana, Ben (left
 * 10:40), Gil (guest, arrived 10:05)", local times; *members and *of count
 * the team's members who attended and were on the attendance (guests
 * left out). Appends to sb; nothing when nobody attended. */
void record_attendance_line(const struct meeting_record *r, struct strbuf *sb, size_t *members,
			    size_t *of);
/* The norms picked at step to focus on, "Paraphrasing, Probing", appended
 * to sb; nothing when none was. */
void record_focus_names(const struct meeting_record *r, size_t step, struct strbuf *sb);

#endif
