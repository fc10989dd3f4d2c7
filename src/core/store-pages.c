/* store-pages: the meetings on record a page at a time, newest first, for
 * the review list. A page is found by the key of a meeting beside it (its
 * start, then its number: the order of the index meeting_by_start), never
 * by an offset, so reading the last page of fifty thousand meetings costs
 * what reading the first does; the count comes from the same index. */
#include <sqlite3.h>

#include "convene/i18n.h"
#include "convene/store.h"
#include "convene/store-review.h"
#include "convene/util.h"
#include "store-internal.h"

#include <stdlib.h>

/* Each form reads the index in the direction it needs and stops after
 * :limit rows; the ascending ones are turned round below. */
static const char *const page_sql[] = {
	[PAGE_NEWEST] = "SELECT " MEETING_COLUMNS
			" ORDER BY m.started_at DESC, m.id DESC LIMIT :limit",
	[PAGE_OLDEST] = "SELECT " MEETING_COLUMNS
			" ORDER BY m.started_at, m.id LIMIT :limit",
	[PAGE_FROM] = "SELECT " MEETING_COLUMNS " WHERE (m.started_at, m.id) <= (:started, :id)"
		      " ORDER BY m.started_at DESC, m.id DESC LIMIT :limit",
	[PAGE_OLDER] = "SELECT " MEETING_COLUMNS " WHERE (m.started_at, m.id) < (:started, :id)"
		       " ORDER BY m.started_at DESC, m.id DESC LIMIT :limit",
	[PAGE_NEWER] = "SELECT " MEETING_COLUMNS " WHERE (m.started_at, m.id) > (:started, :id)"
		       " ORDER BY m.started_at, m.id LIMIT :limit",
};

bool store_page_meetings(struct store *s, enum meeting_page from, const char *started_at,
			 int64_t id, size_t limit, struct meeting_info **out, size_t *n)
{
	*out = NULL;
	*n = 0;
	if (limit == 0)
		return true;
	sqlite3_stmt *st = store_prepare(s, page_sql[from]);
	if (!st)
		return false;
	if (from != PAGE_NEWEST && from != PAGE_OLDEST) {
		bind_text(st, ":started", started_at ? started_at : "");
		bind_int(st, ":id", id);
	}
	bind_int(st, ":limit", (int64_t)limit);
	*out = xcalloc(limit, sizeof **out);
	int rc;
	while (*n < limit && (rc = sqlite3_step(st)) == SQLITE_ROW)
		store_read_info(st, &(*out)[(*n)++]);
	rc = *n < limit ? rc : SQLITE_DONE;
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		meeting_infos_free(*out, *n);
		*out = NULL;
		*n = 0;
		store_set_error(s, _("cannot read meetings"));
		return false;
	}
	if (*n == 0) { /* an empty page holds nothing to free */
		free(*out);
		*out = NULL;
	}
	if (from == PAGE_OLDEST || from == PAGE_NEWER)
		for (size_t i = 0; i < *n / 2; i++) {
			struct meeting_info t = (*out)[i];
			(*out)[i] = (*out)[*n - 1 - i];
			(*out)[*n - 1 - i] = t;
		}
	return true;
}

bool store_count_meetings(struct store *s, const char *started_at, int64_t id, int64_t *n)
{
	*n = 0;
	sqlite3_stmt *st = store_prepare(s, started_at ?
		"SELECT count(*) FROM meeting m WHERE (m.started_at, m.id) > (:started, :id)" :
		"SELECT count(*) FROM meeting");
	if (!st)
		return false;
	if (started_at) {
		bind_text(st, ":started", started_at);
		bind_int(st, ":id", id);
	}
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*n = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW) {
		store_set_error(s, _("cannot count meetings"));
		return false;
	}
	return true;
}

bool store_meeting_info(struct store *s, int64_t id, bool *found, struct meeting_info *out)
{
	*found = false;
	sqlite3_stmt *st = store_prepare(s, "SELECT " MEETING_COLUMNS " WHERE m.id = :id");
	if (!st)
		return false;
	bind_int(st, ":id", id);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		store_read_info(st, out);
		*found = true;
	} else if (rc != SQLITE_DONE) {
		store_set_error(s, _("cannot read meetings"));
	}
	sqlite3_finalize(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE;
}
