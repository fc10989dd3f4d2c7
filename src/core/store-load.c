/* store-load: a meeting read back from the store, for resume, review and
 * export: the list of meetings, and one meeting's whole record, read in
 * one transaction so it is a consistent snapshot. */
#include <sqlite3.h>

#include "convene/store.h"
#include "convene/util.h"
#include "store-internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MEETING_COLUMNS                                                                  \
	"m.id, m.uid, m.team_id, t.name, m.title, m.protocol_id, m.protocol_version,"    \
	" m.rating_mode, m.status, m.started_at, m.closed_at, m.cur_step, m.cur_dim,"    \
	" m.cur_view, m.agenda_items,"                                                     \
	" coalesce(CAST((julianday('now') - julianday(m.clock_since)) * 86400000 AS INTEGER), -1)," \
	" b.id, CAST((julianday('now') - julianday(b.started_at)) * 86400000 AS INTEGER),"  \
	" b.planned_seconds, p.id, t.quorum, t.reopen_threshold_pct"                        \
	" FROM meeting m JOIN team t ON t.id = m.team_id"                                   \
	" LEFT JOIN pause b ON b.meeting_id = m.id AND b.kind = 'break' AND b.ended_at IS NULL" \
	" LEFT JOIN pause p ON p.meeting_id = m.id AND p.kind = 'pause' AND p.ended_at IS NULL"

static void read_info(sqlite3_stmt *st, struct meeting_info *m)
{
	char *mode = column_text(st, 7), *view = column_text(st, 13);
	*m = (struct meeting_info){
		.id = sqlite3_column_int64(st, 0),
		.uid = column_text(st, 1),
		.team_id = sqlite3_column_int64(st, 2),
		.team_name = column_text(st, 3),
		.title = column_text(st, 4),
		.protocol_id = column_text(st, 5),
		.protocol_version = column_text(st, 6),
		.mode = mode && strcmp(mode, "blind") == 0 ? RATING_BLIND : RATING_NAMED,
		.status = column_text(st, 8),
		.started_at = column_text(st, 9),
		.closed_at = column_text(st, 10),
		.step = (size_t)sqlite3_column_int64(st, 11),
		.dim = (size_t)sqlite3_column_int64(st, 12),
		.view = store_view_from_name(view),
		.agenda_items = column_text(st, 14),
		.clock_running_ms = sqlite3_column_int64(st, 15),
		.break_id = sqlite3_column_int64(st, 16),
		.break_running_ms = sqlite3_column_int64(st, 17),
		.break_planned_ms = sqlite3_column_int64(st, 18) * 1000,
		.pause_id = sqlite3_column_int64(st, 19),
		.team_quorum = column_text(st, 20),
		.reopen_threshold = sqlite3_column_int(st, 21),
	};
	free(mode);
	free(view);
}

static void info_free(struct meeting_info *m)
{
	free(m->uid);
	free(m->team_name);
	free(m->title);
	free(m->protocol_id);
	free(m->protocol_version);
	free(m->status);
	free(m->started_at);
	free(m->closed_at);
	free(m->agenda_items);
	free(m->team_quorum);
}

bool store_list_meetings(struct store *s, const char *status, size_t limit,
			 struct meeting_info **out, size_t *n)
{
	*out = NULL;
	*n = 0;
	/* Two forms, so that the one by status reads the newest rows of its
	 * index instead of sorting every meeting. */
	sqlite3_stmt *st = store_prepare(s, status ?
		"SELECT " MEETING_COLUMNS " WHERE m.status = :status"
		" ORDER BY m.started_at DESC, m.id DESC LIMIT :limit" :
		"SELECT " MEETING_COLUMNS " ORDER BY m.started_at DESC, m.id DESC LIMIT :limit");
	if (!st)
		return false;
	if (status)
		bind_text(st, ":status", status);
	bind_int(st, ":limit", limit ? (int64_t)limit : -1);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		*out = xreallocarray(*out, *n + 1, sizeof **out);
		read_info(st, &(*out)[(*n)++]);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		store_set_error(s, "cannot read meetings");
		return false;
	}
	return true;
}

void meeting_infos_free(struct meeting_info *m, size_t n)
{
	for (size_t i = 0; i < n; i++)
		info_free(&m[i]);
	free(m);
}

static bool load_rows(struct store *s, struct meeting_record *r)
{
	sqlite3_stmt *st = store_prepare(s,
		"SELECT a.member_id, mb.name, mb.grp, a.present FROM attendance a"
		" JOIN member mb ON mb.id = a.member_id WHERE a.meeting_id = :meeting"
		" ORDER BY mb.position, mb.id");
	if (!st)
		return false;
	bind_int(st, ":meeting", r->info.id);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		r->attendees = xreallocarray(r->attendees, r->n_attendees + 1, sizeof *r->attendees);
		r->attendees[r->n_attendees++] = (struct attendee){
			.member_id = sqlite3_column_int64(st, 0),
			.name = column_text(st, 1),
			.group = column_text(st, 2),
			.present = sqlite3_column_int(st, 3) != 0,
		};
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		goto fail;
	st = store_prepare(s, "SELECT kind, title, planned_seconds, actual_ms, coalesce(vote_dots, 0),"
			      " vote_counting, coalesce(items_step, -1), coalesce(vote_top, 0), protocol_id"
			      " FROM meeting_step WHERE meeting_id = :meeting ORDER BY step_index");
	if (!st)
		return false;
	bind_int(st, ":meeting", r->info.id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		r->steps = xreallocarray(r->steps, r->n_steps + 1, sizeof *r->steps);
		r->steps[r->n_steps++] = (struct step_record){
			.kind = column_text(st, 0),
			.title = column_text(st, 1),
			.planned_seconds = sqlite3_column_int(st, 2),
			.actual_ms = sqlite3_column_int64(st, 3),
			.vote_dots = sqlite3_column_int(st, 4),
			.vote_counting = sqlite3_column_int(st, 5) != 0,
			.items_step = sqlite3_column_int(st, 6),
			.vote_top = sqlite3_column_int(st, 7),
			.protocol_id = column_text(st, 8),
		};
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		goto fail;
	st = store_prepare(s,
		"SELECT r.step_index, r.dimension_index, r.dimension_id, r.dimension_title, r.slot,"
		" r.member_id, mb.name, mb.grp, r.value, r.scale_min, r.scale_max, r.entered_at"
		" FROM rating r LEFT JOIN member mb ON mb.id = r.member_id"
		" WHERE r.meeting_id = :meeting"
		" ORDER BY r.step_index, r.dimension_index, r.slot");
	if (!st)
		return false;
	bind_int(st, ":meeting", r->info.id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		r->ratings = xreallocarray(r->ratings, r->n_ratings + 1, sizeof *r->ratings);
		r->ratings[r->n_ratings++] = (struct rating_record){
			.step = (size_t)sqlite3_column_int64(st, 0),
			.dim_index = (size_t)sqlite3_column_int64(st, 1),
			.dimension_id = column_text(st, 2),
			.dimension_title = column_text(st, 3),
			.slot = (size_t)sqlite3_column_int64(st, 4),
			.member_id = sqlite3_column_int64(st, 5),
			.member_name = column_text(st, 6),
			.member_group = column_text(st, 7),
			.value = sqlite3_column_int(st, 8),
			.scale_min = sqlite3_column_int(st, 9),
			.scale_max = sqlite3_column_int(st, 10),
			.entered_at = column_text(st, 11),
		};
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		goto fail;
	st = store_prepare(s, "SELECT id, step_index, box, text, created_at, off_record, uid FROM item"
			      " WHERE meeting_id = :meeting ORDER BY step_index, position, id");
	if (!st)
		return false;
	bind_int(st, ":meeting", r->info.id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		r->items = xreallocarray(r->items, r->n_items + 1, sizeof *r->items);
		r->items[r->n_items++] = (struct item_record){
			.id = sqlite3_column_int64(st, 0),
			.step = (size_t)sqlite3_column_int64(st, 1),
			.group = column_text(st, 2),
			.text = column_text(st, 3),
			.created_at = column_text(st, 4),
			.off_record = sqlite3_column_int(st, 5) != 0,
			.uid = column_text(st, 6),
		};
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		goto fail;
	st = store_prepare(s, "SELECT step_index, group_key, title FROM meeting_group"
			      " WHERE meeting_id = :meeting ORDER BY step_index, position");
	if (!st)
		return false;
	bind_int(st, ":meeting", r->info.id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		r->groups = xreallocarray(r->groups, r->n_groups + 1, sizeof *r->groups);
		r->groups[r->n_groups++] = (struct group_record){
			.step = (size_t)sqlite3_column_int64(st, 0),
			.key = column_text(st, 1),
			.title = column_text(st, 2),
		};
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		goto fail;
	st = store_prepare(s, "SELECT v.step_index, v.item_id, v.member_id, mb.name, v.dots FROM vote v"
			      " JOIN item i ON i.id = v.item_id LEFT JOIN member mb ON mb.id = v.member_id"
			      " WHERE i.meeting_id = :meeting ORDER BY v.step_index, v.item_id, v.id");
	if (!st)
		return false;
	bind_int(st, ":meeting", r->info.id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		r->votes = xreallocarray(r->votes, r->n_votes + 1, sizeof *r->votes);
		r->votes[r->n_votes++] = (struct vote_record){
			.step = (size_t)sqlite3_column_int64(st, 0),
			.item_id = sqlite3_column_int64(st, 1),
			.member_id = sqlite3_column_int64(st, 2),
			.member_name = column_text(st, 3),
			.dots = sqlite3_column_int(st, 4),
		};
	}
	sqlite3_finalize(st);
	if (rc == SQLITE_DONE)
		return store_load_points(s, r) && store_load_decisions(s, r) &&
		       store_load_actions(s, r) && store_load_focus(s, r) && store_load_roles(s, r) &&
		       store_load_amendments(s, r);
fail:
	store_set_error(s, "cannot read the meeting");
	return false;
}

bool store_load_meeting(struct store *s, const char *id_or_uid, bool *found,
			struct meeting_record *out)
{
	memset(out, 0, sizeof *out);
	*found = false;
	/* A number is the meeting's id, anything else its uid: each lookup
	 * then uses its own index instead of scanning every meeting. */
	bool numeric = id_or_uid[0] != '\0' && strspn(id_or_uid, "0123456789") == strlen(id_or_uid) &&
		       strlen(id_or_uid) < 19;
	sqlite3_stmt *st = store_prepare(s, numeric ? "SELECT " MEETING_COLUMNS " WHERE m.id = :key" :
						      "SELECT " MEETING_COLUMNS " WHERE m.uid = :key");
	if (!st)
		return false;
	if (numeric)
		bind_int(st, ":key", strtoll(id_or_uid, NULL, 10));
	else
		bind_text(st, ":key", id_or_uid);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		read_info(st, &out->info);
		*found = true;
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		store_set_error(s, "cannot read meetings");
		return false;
	}
	if (!*found)
		return true;
	/* One read transaction, so the record is a consistent snapshot even
	 * while the facilitator's terminal keeps writing. */
	if (sqlite3_exec(s->db, "BEGIN", NULL, NULL, NULL) != SQLITE_OK) {
		store_set_error(s, "cannot read the meeting");
		return false;
	}
	bool ok = load_rows(s, out);
	sqlite3_exec(s->db, ok ? "COMMIT" : "ROLLBACK", NULL, NULL, NULL);
	return ok;
}

void meeting_record_free(struct meeting_record *r)
{
	info_free(&r->info);
	for (size_t i = 0; i < r->n_attendees; i++) {
		free(r->attendees[i].name);
		free(r->attendees[i].group);
	}
	free(r->attendees);
	for (size_t i = 0; i < r->n_steps; i++) {
		free(r->steps[i].kind);
		free(r->steps[i].title);
		free(r->steps[i].protocol_id);
	}
	free(r->steps);
	for (size_t i = 0; i < r->n_ratings; i++) {
		struct rating_record *x = &r->ratings[i];
		free(x->dimension_id);
		free(x->dimension_title);
		free(x->member_name);
		free(x->member_group);
		free(x->entered_at);
	}
	free(r->ratings);
	store_free_points(r);
	store_free_decisions(r);
	store_free_actions(r);
	store_free_focus(r);
	store_free_roles(r);
	store_free_amendments(r);
	for (size_t i = 0; i < r->n_votes; i++)
		free(r->votes[i].member_name);
	free(r->votes);
	for (size_t i = 0; i < r->n_items; i++) {
		free(r->items[i].uid);
		free(r->items[i].group);
		free(r->items[i].text);
		free(r->items[i].created_at);
	}
	free(r->items);
	for (size_t i = 0; i < r->n_groups; i++) {
		free(r->groups[i].key);
		free(r->groups[i].title);
	}
	free(r->groups);
	memset(r, 0, sizeof *r);
}
