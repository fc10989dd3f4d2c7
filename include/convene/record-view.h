/*
 * record-view: a meeting's record as lines of text to read on screen, for
 * the note taker's review. Lines that show an entry the note taker may
 * correct (an answer, item, talking point, decision or action) carry it.
 */
#ifndef CONVENE_RECORD_VIEW_H
#define CONVENE_RECORD_VIEW_H

#include "convene/catalog.h"
#include "convene/store.h"

#include <stdbool.h>

enum record_style { RECORD_TITLE, RECORD_HEADING, RECORD_TEXT, RECORD_DIM, RECORD_ENTRY,
		    RECORD_BLANK };

struct record_line {
	char *text;
	enum record_style style;
	int indent;
	int step;        /* the step it belongs to, or -1 */
	int64_t entry_id; /* an entry the note taker may correct, or 0 */
	enum review_kind entry_kind;
	char *entry_text; /* its words as recorded, to correct them */
	bool off_record;  /* an entry kept off the record: shown, marked, never exported */
	int64_t entry_version; /* its version as read: a correction is checked against it */
};

struct record_view {
	struct record_line *lines;
	size_t n;
	int step; /* while building: the step being added */
	const struct catalog *now; /* while building: the protocols installed, or NULL */
};

void record_view_build(struct record_view *v, const struct meeting_record *r);
/* The same, naming with a chosen continuum point whose continuum it is
 * (its decide step's continuum_credit in the protocol installed now: the
 * record does not keep it), as the screen and the exports do. */
void record_view_build_now(struct record_view *v, const struct meeting_record *r,
			   const struct catalog *now);
/* What a meeting settled, for the room at its close (record-summary.c):
 * its decisions, the talking points every group agreed, the action items
 * with their owners. convene keeps no date for the next meeting, so there
 * is none to show. */
void record_view_summary(struct record_view *v, const struct meeting_record *r);
void record_view_free(struct record_view *v);

#endif
