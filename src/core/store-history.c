/* store-history: reading a team's history: the action items left open (or
 * carried over) with their status as the next meeting reviews them, the log
 * of every decision the team made, and the meetings an export selects. */
#include <sqlite3.h>

#include "convene/i18n.h"
#include "convene/store.h"
#include "convene/store-import.h"
#include "convene/store-history.h"
#include "convene/util.h"
#include "store-internal.h"

#include <stdlib.h>

bool store_followup_actions(struct store *s, int64_t team_id, int64_t meeting_id,
			    struct followup_action **out, size_t *n)
{
	*out = NULL;
	*n = 0;
	sqlite3_stmt *st = store_prepare(s,
		"SELECT a.id, a.meeting_id, date(m.started_at, 'localtime'), a.text, mb.name,"
		" a.due_date, a.status, a.version FROM action_item a"
		" JOIN meeting m ON m.id = a.meeting_id"
		" LEFT JOIN member mb ON mb.id = a.owner_member_id"
		" WHERE m.team_id = :team AND m.id <> :meeting AND a.status IN ('open', 'carried')"
		" ORDER BY a.due_date IS NULL, a.due_date, a.id LIMIT 500");
	if (!st)
		return false;
	bind_int(st, ":team", team_id);
	bind_int(st, ":meeting", meeting_id);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		*out = xreallocarray(*out, *n + 1, sizeof **out);
		struct followup_action *f = &(*out)[(*n)++];
		*f = (struct followup_action){
			.id = sqlite3_column_int64(st, 0),
			.meeting_id = sqlite3_column_int64(st, 1),
			.date = column_text(st, 2),
			.text = column_text(st, 3),
			.owner_name = column_text(st, 4),
			.due = column_text(st, 5),
			.version = sqlite3_column_int64(st, 7),
		};
		if (!action_status_parse((const char *)sqlite3_column_text(st, 6), &f->status))
			f->status = ACTION_OPEN;
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		store_set_error(s, _("cannot read the open action items"));
		return false;
	}
	return true;
}

void followup_actions_free(struct followup_action *f, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(f[i].date);
		free(f[i].text);
		free(f[i].owner_name);
		free(f[i].due);
	}
	free(f);
}

enum store_edit store_set_action_status(struct store *s, int64_t id, int64_t version,
					enum action_status status, struct store_now *now)
{
	sqlite3_stmt *st = store_prepare(s, "UPDATE action_item SET status = :status, version ="
					    " version + 1, updated_at = " STORE_NOW
					    " WHERE id = :id AND version = :version");
	if (st) {
		bind_text(st, ":status", action_status_name(status));
		bind_int(st, ":id", id);
		bind_int(st, ":version", version);
	}
	return store_write_entry(s, st, "action_item", "text", id, version, NULL, now);
}

bool store_team_decisions(struct store *s, int64_t team_id, struct logged_decision **out,
			  size_t *n)
{
	*out = NULL;
	*n = 0;
	sqlite3_stmt *st = store_prepare(s,
		"SELECT d.id, d.meeting_id, date(m.started_at, 'localtime'), d.topic,"
		" d.continuum_title, d.decision, d.reasons, d.status, d.reopens_id, o.meeting_id,"
		" o.decision, d.reopen_info, d.reopen_votes, d.reopen_present,"
		" (SELECT r.meeting_id FROM decision r WHERE r.reopens_id = d.id"
		"  AND r.status <> 'draft' ORDER BY r.id LIMIT 1)"
		" FROM decision d JOIN meeting m ON m.id = d.meeting_id"
		" LEFT JOIN decision o ON o.id = d.reopens_id"
		" WHERE m.team_id = :team AND d.status <> 'draft'"
		" ORDER BY m.started_at DESC, d.id DESC");
	if (!st)
		return false;
	bind_int(st, ":team", team_id);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		*out = xreallocarray(*out, *n + 1, sizeof **out);
		(*out)[(*n)++] = (struct logged_decision){
			.id = sqlite3_column_int64(st, 0),
			.meeting_id = sqlite3_column_int64(st, 1),
			.date = column_text(st, 2),
			.topic = column_text(st, 3),
			.how = column_text(st, 4),
			.text = column_text(st, 5),
			.reasons = column_text(st, 6),
			.reopens_id = sqlite3_column_int64(st, 8),
			.reopens_meeting = sqlite3_column_int64(st, 9),
			.reopens_text = column_text(st, 10),
			.reopen_info = column_text(st, 11),
			.reopen_votes = sqlite3_column_int(st, 12),
			.reopen_present = sqlite3_column_int(st, 13),
			.reopened_in = sqlite3_column_int64(st, 14),
		};
		if (!decision_status_parse((const char *)sqlite3_column_text(st, 7),
					   &(*out)[*n - 1].status))
			(*out)[*n - 1].status = DECISION_DECIDED;
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		store_set_error(s, _("cannot read the team's decisions"));
		return false;
	}
	return true;
}

void logged_decisions_free(struct logged_decision *d, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(d[i].date);
		free(d[i].topic);
		free(d[i].how);
		free(d[i].text);
		free(d[i].reasons);
		free(d[i].reopens_text);
		free(d[i].reopen_info);
	}
	free(d);
}

bool store_backdate_meeting(struct store *s, int64_t meeting_id, int64_t started, int minutes)
{
	sqlite3_stmt *st = store_prepare(s,
		"UPDATE meeting SET started_at = strftime('%Y-%m-%dT%H:%M:%SZ', :t, 'unixepoch'),"
		" closed_at = CASE WHEN closed_at IS NULL THEN NULL ELSE"
		" strftime('%Y-%m-%dT%H:%M:%SZ', :t + :len, 'unixepoch') END WHERE id = :meeting");
	if (st) {
		bind_int(st, ":t", started);
		bind_int(st, ":len", (int64_t)minutes * 60);
		bind_int(st, ":meeting", meeting_id);
	}
	if (!store_write_one(s, st))
		return false;
	/* Its ballots keep the meeting's start as their only time. */
	st = store_prepare(s, "UPDATE rating SET entered_at = (SELECT started_at FROM meeting WHERE"
			      " id = :meeting) WHERE meeting_id = :meeting AND member_id IS NULL");
	if (st)
		bind_int(st, ":meeting", meeting_id);
	return store_write_one(s, st);
}

bool store_set_bulk(struct store *s, bool on)
{
	char *err = NULL;
	if (sqlite3_exec(s->db, on ? "PRAGMA synchronous = OFF" : "PRAGMA synchronous = FULL", NULL,
			 NULL, &err) != SQLITE_OK) {
		store_set_error(s, err ? err : _("cannot change the sync mode"));
		sqlite3_free(err);
		return false;
	}
	return true;
}
