/*
 * store-import: writing meetings that come from elsewhere (store-import.c):
 * an export imported from another computer, and a demo history written in
 * bulk with its meetings moved back in time.
 */
#ifndef CONVENE_STORE_IMPORT_H
#define CONVENE_STORE_IMPORT_H

#include "convene/store.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* What an import did. */
struct import_result {
	size_t added;   /* meetings written */
	size_t already; /* meetings already here, left as they are */
	size_t running; /* meetings still running where they came from, left out */
	size_t teams, members; /* added for them */
};
/* Writes meetings read by import_parse (see import.h): all of them, or on
 * failure none (*failed_at: the meeting that failed). */
bool store_import_meetings(struct store *s, const struct meeting_record *rs, size_t n,
			   struct import_result *result, size_t *failed_at);
/* The same a meeting at a time (import_next): begin, a call per meeting,
 * then end, which commits when asked to and every meeting was written, or
 * else leaves the database as it was. Meetings are committed in batches of
 * a tenth of a second, so other writers (the app) are not kept waiting; a
 * failure takes back the batches already committed. NULL when no
 * transaction starts. */
struct importer;
struct importer *store_import_begin(struct store *s, struct import_result *result);
bool store_import_meeting(struct importer *im, const struct meeting_record *r);
bool store_import_end(struct importer *im, bool commit);

/* Moves a meeting to another start (seconds since 1970), and its close to
 * minutes later when it is closed: for a demo history. */
bool store_backdate_meeting(struct store *s, int64_t meeting_id, int64_t started, int minutes);
/* Bulk writes (a demo history): on, commits are not synced to disk, so a
 * crash may lose them; off restores synchronous=FULL. */
bool store_set_bulk(struct store *s, bool on);

#endif
