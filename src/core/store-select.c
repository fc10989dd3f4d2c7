/* store-select: many meetings' records at once, for exports of a team's or
 * a district's history. The meetings selected go into a temporary table
 * once, then each table of the record is read in one statement for all of
 * them, so a long history costs a few scans instead of a dozen queries per
 * meeting. */
#include <sqlite3.h>

#include "convene/store.h"
#include "convene/util.h"
#include "store-internal.h"

#include <stdlib.h>
#include <string.h>

/* The team named by its name, uid or number: its id, 0 when none. */
static bool find_team(struct store *s, const char *key, int64_t *id)
{
	*id = 0;
	sqlite3_stmt *st = store_prepare(s, "SELECT id FROM team WHERE name = :key OR uid ="
					    " :key OR CAST(id AS TEXT) = :key ORDER BY id LIMIT 1");
	if (!st)
		return false;
	bind_text(st, ":key", key);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*id = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		store_set_error(s, "cannot read teams");
		return false;
	}
	return true;
}

/* What makes a meeting hold a kind of record. */
static const struct {
	unsigned kind;
	const char *sql;
} holds[] = {
	{ RECORD_RATINGS, "EXISTS (SELECT 1 FROM rating x WHERE x.meeting_id = m.id)" },
	{ RECORD_ITEMS, "EXISTS (SELECT 1 FROM item x WHERE x.meeting_id = m.id AND NOT x.off_record)" },
	{ RECORD_VOTES, "EXISTS (SELECT 1 FROM vote v JOIN item x ON x.id = v.item_id"
			" WHERE x.meeting_id = m.id)" },
	{ RECORD_POINTS, "EXISTS (SELECT 1 FROM talking_point x WHERE x.meeting_id = m.id)" },
	{ RECORD_DECISIONS, "EXISTS (SELECT 1 FROM decision x WHERE x.meeting_id = m.id)" },
	{ RECORD_ACTIONS, "EXISTS (SELECT 1 FROM action_item x WHERE x.meeting_id = m.id)" },
	{ RECORD_FOCUS, "EXISTS (SELECT 1 FROM norm_focus x WHERE x.meeting_id = m.id)" },
};

/* Fills temp.selected with the ids of the meetings selected. */
static bool select_meetings(struct store *s, const struct meeting_selection *sel, int64_t team)
{
	if (sqlite3_exec(s->db, "CREATE TEMP TABLE IF NOT EXISTS selected (id INTEGER PRIMARY KEY);"
				"DELETE FROM temp.selected", NULL, NULL, NULL) != SQLITE_OK) {
		store_set_error(s, "cannot select the meetings");
		return false;
	}
	struct strbuf sql;
	strbuf_init(&sql);
	strbuf_adds(&sql, "INSERT INTO temp.selected SELECT m.id FROM meeting m"
			  " WHERE (:team = 0 OR m.team_id = :team)"
			  " AND (:since IS NULL OR date(m.started_at, 'localtime') >= :since)"
			  " AND (:until IS NULL OR date(m.started_at, 'localtime') <= :until)");
	if (!sel->every_meeting) {
		strbuf_adds(&sql, " AND (0");
		for (size_t i = 0; i < ARRAY_LEN(holds); i++)
			if (sel->kinds & holds[i].kind)
				strbuf_addf(&sql, " OR %s", holds[i].sql);
		strbuf_addc(&sql, ')');
	}
	sqlite3_stmt *st = store_prepare(s, sql.data);
	strbuf_finish(&sql);
	if (!st)
		return false;
	bind_int(st, ":team", team);
	bind_text(st, ":since", sel->since);
	bind_text(st, ":until", sel->until);
	return store_exec_stmt(s, st);
}

static bool read_selected(struct store *s, unsigned kinds, struct meeting_record **out, size_t *n)
{
	sqlite3_stmt *st = store_prepare(s, "SELECT " MEETING_COLUMNS " WHERE m.id IN"
					    " (SELECT id FROM temp.selected) ORDER BY m.started_at, m.id");
	if (!st)
		return false;
	int rc;
	size_t cap = 0;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (*n == cap) {
			cap = cap ? cap * 2 : 16;
			*out = xreallocarray(*out, cap, sizeof **out);
		}
		memset(&(*out)[*n], 0, sizeof **out);
		store_read_info(st, &(*out)[(*n)++].info);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		store_set_error(s, "cannot read meetings");
		return false;
	}
	struct record_ref *index = xmalloc((*n ? *n : 1) * sizeof *index);
	for (size_t i = 0; i < *n; i++)
		index[i] = (struct record_ref){ (*out)[i].info.id, &(*out)[i] };
	qsort(index, *n, sizeof *index, store_record_ref_cmp);
	bool ok = *n == 0 || store_read_parts(s, kinds, true, index, *n);
	free(index);
	return ok;
}

bool store_load_meetings(struct store *s, const struct meeting_selection *sel, bool *team_found,
			 struct meeting_record **out, size_t *n)
{
	*out = NULL;
	*n = 0;
	int64_t team = 0;
	if (!store_begin_read(s))
		return false;
	bool ok = !sel->team || find_team(s, sel->team, &team);
	*team_found = !sel->team || team != 0;
	if (ok && *team_found)
		ok = select_meetings(s, sel, team) && read_selected(s, sel->kinds, out, n);
	store_end_read(s);
	if (!ok) {
		meeting_records_free(*out, *n);
		*out = NULL;
		*n = 0;
	}
	return ok;
}
