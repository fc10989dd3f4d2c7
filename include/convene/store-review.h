/*
 * store-review: the record as the note taker reads and corrects it
 * (store-review.c, store-search.c, store-pages.c): corrections and
 * approval, full-text search, and the meetings on record a page at a time.
 */
#ifndef CONVENE_STORE_REVIEW_H
#define CONVENE_STORE_REVIEW_H

#include "convene/store.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Review: corrects an entry's words (text NULL keeps them): an answer or
 * box item, a talking point, a decision, an action item; and puts an answer
 * or item off the record or back (off_record 1 or 0; -1 keeps it). The
 * entry must still be at the version read (enum store_edit). Once
 * the notes are approved, a change needs a reason and is kept as an
 * amendment. A reworded talking point keeps its confirmations: review
 * fixes how it was written down, not what the room agreed. So when a group
 * has confirmed the point, the wording confirmed stays in the record beside
 * the correction with who corrected it (by, required then) and when; a
 * correction back to that wording takes them away. */
enum store_edit store_review_entry(struct store *s, enum review_kind kind, int64_t id,
				   int64_t version, const char *text, int off_record,
				   const char *reason, const char *by, struct store_now *now);
/* Whether a group has confirmed talking point id (its rewording in review
 * needs the corrector's name). */
bool store_point_confirmed(struct store *s, int64_t id, bool *confirmed);
/* Marks a closed meeting's notes approved: the official notes. */
bool store_approve_notes(struct store *s, int64_t meeting_id);

/* A match of a full-text search: what was captured, and where. */
struct search_hit {
	const char *kind; /* item, note, decision, talking point, action item */
	int64_t meeting_id;
	int step;         /* 0-based, or -1 */
	char *step_title; /* or NULL */
	char *team;
	char *date;       /* the meeting's, YYYY-MM-DD local time */
	char *text;
	/* The entry itself, as review knows it (record_line's entry_id and
	 * entry_kind), so a result opens at that entry and no other; 0 for a
	 * note, which review does not list. */
	int64_t entry_id;
	enum review_kind entry_kind;
};
/* Finds what meetings captured (on the record) containing every word of
 * text (each also as a prefix), newest meetings first, at most limit. */
bool store_search(struct store *s, const char *text, size_t limit, struct search_hit **out,
		  size_t *n);
void search_hits_free(struct search_hit *h, size_t n);

/* The meetings on record a page at a time, newest first (store-pages.c):
 * keyed by a meeting's start and number, so any page of a long history
 * reads only its own rows. */
enum meeting_page {
	PAGE_NEWEST, /* the newest meetings */
	PAGE_OLDEST, /* the oldest meetings (still given newest first) */
	PAGE_FROM,   /* the meeting with the key, then older ones */
	PAGE_OLDER,  /* those older than the key */
	PAGE_NEWER,  /* the limit meetings just newer than the key */
};
bool store_page_meetings(struct store *s, enum meeting_page from, const char *started_at,
			 int64_t id, size_t limit, struct meeting_info **out, size_t *n);
/* How many meetings are on record (started_at NULL), or how many are newer
 * than the key: the place of that meeting in the list, from 0. */
bool store_count_meetings(struct store *s, const char *started_at, int64_t id, int64_t *n);

#endif
