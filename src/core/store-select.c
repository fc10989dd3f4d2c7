/* store-select: many meetings' records at once, for exports of a team's or
 * a district's history. The meetings selected go into a temporary table
 * once, then each table of the record is read in one statement for all of
 * them, so a long history costs a few scans instead of a dozen queries per
 * meeting. */
#include <sqlite3.h>

#include "convene/i18n.h"
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
		store_set_error(s, _("cannot read teams"));
		return false;
	}
	return true;
}

/* What makes a meeting hold a kind of record, asked of each meeting; and
 * for the kinds that only some meetings hold, a few rows each, the
 * meetings that do, read from the kind's own index: cheaper than asking
 * each of fifty thousand meetings when a few thousand hold one. */
static const struct {
	unsigned kind;
	const char *sql, *ids;
} holds[] = {
	{ RECORD_RATINGS, "EXISTS (SELECT 1 FROM rating x WHERE x.meeting_id = m.id)", NULL },
	{ RECORD_ITEMS, "EXISTS (SELECT 1 FROM item x WHERE x.meeting_id = m.id AND NOT x.off_record)",
	  NULL },
	{ RECORD_VOTES, "EXISTS (SELECT 1 FROM vote v JOIN item x ON x.id = v.item_id"
			" WHERE x.meeting_id = m.id)", NULL },
	{ RECORD_POINTS, "EXISTS (SELECT 1 FROM talking_point x WHERE x.meeting_id = m.id)",
	  "SELECT DISTINCT meeting_id FROM talking_point" },
	{ RECORD_DECISIONS, "EXISTS (SELECT 1 FROM decision x WHERE x.meeting_id = m.id)",
	  "SELECT DISTINCT meeting_id FROM decision" },
	{ RECORD_ACTIONS, "EXISTS (SELECT 1 FROM action_item x WHERE x.meeting_id = m.id)",
	  "SELECT DISTINCT meeting_id FROM action_item" },
	{ RECORD_FOCUS, "EXISTS (SELECT 1 FROM norm_focus x WHERE x.meeting_id = m.id)",
	  "SELECT DISTINCT meeting_id FROM norm_focus" },
	{ RECORD_LEVELS, "EXISTS (SELECT 1 FROM agreed_level x WHERE x.meeting_id = m.id)",
	  "SELECT DISTINCT meeting_id FROM agreed_level" },
};

/* The condition on the kinds of record: the meetings holding any of them. */
static void holds_condition(struct strbuf *sql, unsigned kinds, bool one_team)
{
	/* A team's meetings are few: each is asked, through the team's index. */
	bool by_ids = !one_team, any = false;
	for (size_t i = 0; i < ARRAY_LEN(holds); i++)
		if (kinds & holds[i].kind) {
			by_ids = by_ids && holds[i].ids;
			any = true;
		}
	if (!any) {
		strbuf_adds(sql, " AND 0");
		return;
	}
	strbuf_adds(sql, by_ids ? " AND m.id IN (" : " AND (0");
	for (size_t i = 0, k = 0; i < ARRAY_LEN(holds); i++)
		if (kinds & holds[i].kind) {
			if (by_ids)
				strbuf_addf(sql, "%s%s", k++ ? " UNION ALL " : "", holds[i].ids);
			else
				strbuf_addf(sql, " OR %s", holds[i].sql);
		}
	strbuf_addc(sql, ')');
}

/* Fills temp.selected with the ids of the meetings selected, numbered
 * (seq) in the order they are read: oldest first. Returns how many, or -1. */
static int64_t select_meetings(struct store *s, const struct meeting_selection *sel, int64_t team)
{
	if (sqlite3_exec(s->db, "CREATE TEMP TABLE IF NOT EXISTS selected (seq INTEGER PRIMARY KEY,"
				" id INTEGER NOT NULL); CREATE TEMP TABLE IF NOT EXISTS batch"
				" (id INTEGER PRIMARY KEY); DELETE FROM temp.selected;",
			 NULL, NULL, NULL) != SQLITE_OK) {
		store_set_error(s, _("cannot select the meetings"));
		return -1;
	}
	struct strbuf sql;
	strbuf_init(&sql);
	/* Only the conditions asked for: a meeting's team is not in the index
	 * the meetings are read by, and asking for it would read every one. */
	strbuf_adds(&sql, "INSERT INTO temp.selected (id) SELECT m.id FROM meeting m WHERE 1");
	if (team)
		strbuf_adds(&sql, " AND m.team_id = :team");
	if (sel->since)
		strbuf_adds(&sql, " AND date(m.started_at, 'localtime') >= :since");
	if (sel->until)
		strbuf_adds(&sql, " AND date(m.started_at, 'localtime') <= :until");
	if (!sel->every_meeting)
		holds_condition(&sql, sel->kinds, team != 0);
	strbuf_adds(&sql, " ORDER BY m.started_at, m.id");
	sqlite3_stmt *st = store_prepare(s, sql.data);
	strbuf_finish(&sql);
	if (!st)
		return -1;
	if (team)
		bind_int(st, ":team", team);
	if (sel->since)
		bind_text(st, ":since", sel->since);
	if (sel->until)
		bind_text(st, ":until", sel->until);
	if (!store_exec_stmt(s, st))
		return -1;
	return sqlite3_changes(s->db);
}

/* Reads the meetings numbered from first to last into rs (room for them
 * all), through temp.batch; *n is how many were read. */
static bool read_batch(struct store *s, unsigned kinds, struct arena *text, int64_t first,
		       int64_t last, struct meeting_record *rs, size_t *n)
{
	*n = 0;
	sqlite3_stmt *st = store_prepare(s, "DELETE FROM temp.batch");
	if (!store_exec_stmt(s, st))
		return false;
	st = store_prepare(s, "INSERT INTO temp.batch SELECT id FROM temp.selected"
			      " WHERE seq BETWEEN :first AND :last");
	if (st) {
		bind_int(st, ":first", first);
		bind_int(st, ":last", last);
	}
	if (!store_exec_stmt(s, st))
		return false;
	st = store_prepare(s, "SELECT " MEETING_COLUMNS " JOIN temp.selected sel ON sel.id = m.id"
			      " WHERE sel.seq BETWEEN :first AND :last ORDER BY sel.seq");
	if (!st)
		return false;
	bind_int(st, ":first", first);
	bind_int(st, ":last", last);
	size_t room = (size_t)(last - first + 1);
	int rc;
	while (*n < room && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		memset(&rs[*n], 0, sizeof *rs);
		rs[*n].text = text;
		store_read_info(st, &rs[(*n)++].info);
	}
	rc = *n < room ? rc : SQLITE_DONE;
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		store_set_error(s, _("cannot read meetings"));
		return false;
	}
	struct record_ref *index = xmalloc((*n ? *n : 1) * sizeof *index);
	for (size_t i = 0; i < *n; i++)
		index[i] = (struct record_ref){ rs[i].info.id, &rs[i] };
	if (*n > 1)
		qsort(index, *n, sizeof *index, store_record_ref_cmp);
	bool ok = *n == 0 || store_read_parts(s, kinds, true, index, *n);
	free(index);
	return ok;
}

bool store_each_meetings(struct store *s, const struct meeting_selection *sel, size_t batch,
			 bool *team_found, store_each_fn *each, void *ctx)
{
	int64_t team = 0;
	if (!store_begin_read(s))
		return false;
	bool ok = !sel->team || find_team(s, sel->team, &team);
	*team_found = !sel->team || team != 0;
	int64_t count = ok && *team_found ? select_meetings(s, sel, team) : 0;
	ok = ok && count >= 0;
	if (batch == 0)
		batch = 1;
	size_t room = count <= 0 ? 1 : (uint64_t)count < batch ? (size_t)count : batch;
	struct meeting_record *rs = xcalloc(room + 1, sizeof *rs);
	/* A batch's text in a few large blocks, not a malloc per field; the
	 * blocks freed after one batch serve the next. */
	struct arena text = { 0 };
	for (int64_t first = 1; ok && first <= count; first += (int64_t)room) {
		int64_t last = first + (int64_t)room - 1;
		size_t n = 0;
		store_text_arena(&text);
		ok = read_batch(s, sel->kinds, &text, first, last < count ? last : count, rs, &n);
		store_text_arena(NULL);
		ok = ok && each(rs, n, ctx);
		for (size_t i = 0; i < n; i++)
			meeting_record_free(&rs[i]);
		arena_free(&text);
	}
	free(rs);
	store_end_read(s);
	return ok;
}
