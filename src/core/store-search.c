/* store-search: full-text search over what meetings captured, and keeping
 * its index up to date with the changes the schema's triggers queue. */
#include <sqlite3.h>

#include "convene/i18n.h"
#include "convene/store.h"
#include "convene/store-review.h"
#include "convene/util.h"
#include "store-internal.h"

#include <stdlib.h>
#include <string.h>

static const char *const kind_names[] = { "", N_("item"), N_("note"), N_("decision"),
					  N_("talking point"), N_("action item") };
/* The index's kinds as review's: a note (2) is no entry review shows. */
static const struct {
	bool reviewed;
	enum review_kind kind;
} review_kinds[] = { [1] = { true, REVIEW_ITEM }, [3] = { true, REVIEW_DECISION },
		     [4] = { true, REVIEW_POINT }, [5] = { true, REVIEW_ACTION } };

/* The rows of the queued source rows, as the index holds them: those
 * still there and on the record. */
#define SEARCH_FRESH_ROWS                                                                      \
	" SELECT x.id * 8 + 1, x.text, x.meeting_id, x.step_index FROM search_pending p"         \
	" JOIN item x ON x.id = p.id WHERE p.kind = 1 AND x.off_record = 0"                     \
	" UNION ALL SELECT x.id * 8 + 2, x.text, x.meeting_id, x.step_index FROM search_pending p" \
	" JOIN note x ON x.id = p.id WHERE p.kind = 2 AND x.off_record = 0"                     \
	" UNION ALL SELECT x.id * 8 + 3, x.topic || ': ' || x.decision || ' ' || x.reasons"      \
	" || coalesce(' ' || x.reopen_info, ''),"                                               \
	" x.meeting_id, x.step_index FROM search_pending p"                                     \
	" JOIN decision x ON x.id = p.id WHERE p.kind = 3"                                      \
	" UNION ALL SELECT x.id * 8 + 4, x.text, x.meeting_id, x.step_index FROM search_pending p" \
	" JOIN talking_point x ON x.id = p.id WHERE p.kind = 4"                                 \
	" UNION ALL SELECT x.id * 8 + 5, x.text, x.meeting_id, x.step_index FROM search_pending p" \
	" JOIN action_item x ON x.id = p.id WHERE p.kind = 5"

/* A database opened read-only cannot bring its index up to date: the
 * queued rows are indexed in a temporary table of this connection instead,
 * and searched with the index's rows they replace left out. */
static bool index_fresh_in_temp(struct store *s)
{
	static const char sql[] =
		"CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_fresh USING fts5(text,"
		" meeting_id UNINDEXED, step_index UNINDEXED,"
		" tokenize = 'unicode61 remove_diacritics 2');"
		"DELETE FROM temp.search_fresh;"
		"INSERT INTO temp.search_fresh (rowid, text, meeting_id, step_index)" SEARCH_FRESH_ROWS ";";
	char *err = NULL;
	if (sqlite3_exec(s->db, sql, NULL, NULL, &err) != SQLITE_OK) {
		store_set_error(s, err ? err : _("cannot search"));
		sqlite3_free(err);
		return false;
	}
	return true;
}

/* Re-indexes every queued source row: drops its entry, and puts it back
 * when the row still exists and is on the record. */
static bool sync_index(struct store *s)
{
	static const char sync_sql[] =
		"DELETE FROM search_index WHERE rowid IN (SELECT id * 8 + kind FROM search_pending);"
		"INSERT INTO search_index (rowid, text, meeting_id, step_index)" SEARCH_FRESH_ROWS ";"
		"DELETE FROM search_pending;";
	sqlite3_stmt *st = store_prepare(s, "SELECT EXISTS (SELECT 1 FROM search_pending)");
	if (!st)
		return false;
	bool pending = sqlite3_step(st) == SQLITE_ROW && sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	if (!pending)
		return true;
	if (s->read_only)
		return index_fresh_in_temp(s);
	if (!store_begin(s))
		return false;
	char *err = NULL;
	if (sqlite3_exec(s->db, sync_sql, NULL, NULL, &err) != SQLITE_OK) {
		store_set_error(s, err ? err : _("cannot update the search index"));
		sqlite3_free(err);
		store_rollback(s);
		return false;
	}
	if (!store_commit(s)) {
		store_rollback(s);
		return false;
	}
	return true;
}

/* The words typed as an FTS5 query: each word quoted (so punctuation and
 * operators are just text) and matching as a prefix; all must appear. */
static char *fts_query(const char *text)
{
	struct strbuf sb;
	strbuf_init(&sb);
	const char *p = text;
	while (*p) {
		while (*p == ' ' || *p == '\t' || *p == '\n')
			p++;
		if (!*p)
			break;
		strbuf_adds(&sb, sb.len ? " \"" : "\"");
		for (; *p && *p != ' ' && *p != '\t' && *p != '\n'; p++) {
			if (*p == '"')
				strbuf_addc(&sb, '"');
			strbuf_addc(&sb, *p);
		}
		strbuf_adds(&sb, "\"*");
	}
	return strbuf_take(&sb);
}

bool store_search(struct store *s, const char *text, size_t limit, struct search_hit **out,
		  size_t *n)
{
	*out = NULL;
	*n = 0;
	char *q = fts_query(text);
	if (!q || !*q) {
		free(q);
		return true;
	}
	if (!sync_index(s)) {
		free(q);
		return false;
	}
	/* Read-only, with rows queued: the temporary index stands in for
	 * the rows of the file's index it replaces. */
	bool fresh = s->read_only && sqlite3_table_column_metadata(s->db, "temp", "search_fresh",
								     NULL, NULL, NULL, NULL, NULL,
								     NULL) == SQLITE_OK;
	sqlite3_stmt *st = store_prepare(s, fresh ?
		"SELECT si.rid % 8, si.meeting_id, si.step_index, si.text, t.name,"
		" date(m.started_at, 'localtime'), ms.title, si.rid / 8 FROM"
		" (SELECT rowid AS rid, text, meeting_id, step_index FROM search_index"
		" WHERE search_index MATCH :q AND rowid NOT IN (SELECT id * 8 + kind FROM search_pending)"
		" UNION ALL SELECT rowid, text, meeting_id, step_index FROM temp.search_fresh"
		" WHERE search_fresh MATCH :q) si"
		" JOIN meeting m ON m.id = si.meeting_id JOIN team t ON t.id = m.team_id"
		" LEFT JOIN meeting_step ms ON ms.meeting_id = si.meeting_id"
		" AND ms.step_index = si.step_index"
		" ORDER BY m.started_at DESC, m.id DESC, si.rid LIMIT :limit" :
		"SELECT si.rowid % 8, si.meeting_id, si.step_index, si.text, t.name,"
		" date(m.started_at, 'localtime'), ms.title, si.rowid / 8 FROM search_index si"
		" JOIN meeting m ON m.id = si.meeting_id JOIN team t ON t.id = m.team_id"
		" LEFT JOIN meeting_step ms ON ms.meeting_id = si.meeting_id"
		" AND ms.step_index = si.step_index"
		" WHERE search_index MATCH :q ORDER BY m.started_at DESC, m.id DESC, si.rowid"
		" LIMIT :limit");
	if (!st) {
		free(q);
		return false;
	}
	bind_text(st, ":q", q);
	bind_int(st, ":limit", (int64_t)limit);
	free(q);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		int kind = sqlite3_column_int(st, 0);
		bool known = kind > 0 && kind < (int)ARRAY_LEN(review_kinds);
		*out = xreallocarray(*out, *n + 1, sizeof **out);
		(*out)[(*n)++] = (struct search_hit){
			.kind = kind > 0 && kind < (int)ARRAY_LEN(kind_names) ? _(kind_names[kind]) : _("entry"),
			.meeting_id = sqlite3_column_int64(st, 1),
			.step = sqlite3_column_type(st, 2) == SQLITE_NULL ? -1 :
									   sqlite3_column_int(st, 2),
			.text = column_text(st, 3),
			.team = column_text(st, 4),
			.date = column_text(st, 5),
			.step_title = column_text(st, 6),
			.entry_id = known && review_kinds[kind].reviewed ?
					    sqlite3_column_int64(st, 7) : 0,
			.entry_kind = known ? review_kinds[kind].kind : REVIEW_ITEM,
		};
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		store_set_error(s, _("cannot search"));
		return false;
	}
	return true;
}

void search_hits_free(struct search_hit *h, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(h[i].text);
		free(h[i].team);
		free(h[i].date);
		free(h[i].step_title);
	}
	free(h);
}
