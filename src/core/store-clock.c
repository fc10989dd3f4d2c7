/* store-clock: the meeting clock's state, plans changed in the meeting,
 * pauses and breaks. */
#include <sqlite3.h>

#include "convene/i18n.h"
#include "convene/store.h"
#include "convene/util.h"
#include "store-internal.h"

#include <stdlib.h>

/* The clock's two statements, inside the caller's transaction. */
bool store_exec_clock(struct store *s, int64_t meeting_id, size_t step, int64_t actual_ms,
		      bool running)
{
	sqlite3_stmt *st = store_prepare(s, "UPDATE meeting_step SET actual_ms = :ms"
					    " WHERE meeting_id = :meeting AND step_index = :step");
	if (st) {
		bind_int(st, ":meeting", meeting_id);
		bind_int(st, ":step", (int64_t)step);
		bind_int(st, ":ms", actual_ms);
	}
	bool ok = store_exec_stmt(s, st);
	if (ok) {
		/* Millisecond precision: resuming adds the time since then. */
		st = store_prepare(s, "UPDATE meeting SET clock_since = CASE WHEN :running THEN"
				      " strftime('%Y-%m-%dT%H:%M:%fZ', 'now') END WHERE id = :meeting");
		if (st) {
			bind_int(st, ":meeting", meeting_id);
			bind_int(st, ":running", running);
		}
		ok = store_exec_stmt(s, st);
	}
	return ok;
}

bool store_save_clock(struct store *s, int64_t meeting_id, size_t step, int64_t actual_ms,
		      bool running)
{
	if (!store_begin(s))
		return false;
	if (!store_exec_clock(s, meeting_id, step, actual_ms, running) || !store_commit(s)) {
		store_rollback(s);
		return false;
	}
	return true;
}

bool store_save_step_plan(struct store *s, int64_t meeting_id, size_t step, int64_t planned_ms)
{
	sqlite3_stmt *st = store_prepare(s, "UPDATE meeting_step SET planned_seconds = :s"
					    " WHERE meeting_id = :meeting AND step_index = :step");
	if (st) {
		bind_int(st, ":meeting", meeting_id);
		bind_int(st, ":step", (int64_t)step);
		bind_int(st, ":s", planned_ms / 1000);
	}
	return store_write_one(s, st);
}

bool store_start_pause(struct store *s, int64_t meeting_id, bool is_break, int64_t planned_ms,
		       int64_t *id)
{
	char uid[33];
	store_new_uid(uid);
	sqlite3_stmt *st = store_prepare(s, "INSERT INTO pause (uid, meeting_id, kind, planned_seconds,"
					    " started_at) VALUES (:uid, :meeting, :kind, :planned,"
					    " strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))");
	if (st) {
		bind_text(st, ":uid", uid);
		bind_int(st, ":meeting", meeting_id);
		bind_text(st, ":kind", is_break ? "break" : "pause");
		bind_int(st, ":planned", planned_ms / 1000);
	}
	if (!store_write_one(s, st))
		return false;
	*id = store_last_id(s);
	return true;
}

bool store_end_pause(struct store *s, int64_t id)
{
	sqlite3_stmt *st = store_prepare(s, "UPDATE pause SET ended_at = strftime('%Y-%m-%dT%H:%M:%fZ',"
					    " 'now') WHERE id = :id AND ended_at IS NULL");
	if (st)
		bind_int(st, ":id", id);
	return store_write_one(s, st);
}

bool store_set_break_plan(struct store *s, int64_t id, int64_t planned_ms)
{
	sqlite3_stmt *st = store_prepare(s, "UPDATE pause SET planned_seconds = :planned WHERE id = :id"
					    " AND kind = 'break' AND ended_at IS NULL");
	if (st) {
		bind_int(st, ":id", id);
		bind_int(st, ":planned", planned_ms / 1000);
	}
	return store_write_one(s, st);
}

bool store_last_step_times(struct store *s, int64_t team_id, const char *protocol_id,
			   struct step_time **out, size_t *n)
{
	*out = NULL;
	*n = 0;
	sqlite3_stmt *st = store_prepare(s,
		"SELECT ms.title, ms.planned_seconds, ms.actual_ms FROM meeting_step ms"
		" WHERE ms.meeting_id = (SELECT id FROM meeting WHERE team_id = :team AND protocol_id"
		" = :pid ORDER BY started_at DESC, id DESC LIMIT 1) ORDER BY ms.step_index");
	if (!st)
		return false;
	bind_int(st, ":team", team_id);
	bind_text(st, ":pid", protocol_id);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		*out = xreallocarray(*out, *n + 1, sizeof **out);
		(*out)[(*n)++] = (struct step_time){ column_text(st, 0), sqlite3_column_int(st, 1),
						     sqlite3_column_int64(st, 2) };
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		store_set_error(s, _("cannot read the last meeting's times"));
		return false;
	}
	return true;
}

void step_times_free(struct step_time *t, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(t[i].title);
	free(t);
}
