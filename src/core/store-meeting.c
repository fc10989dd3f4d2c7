/* store-meeting: meetings, attendance, step times, ratings and the meeting
 * record read back for export and resume. */
#include <sqlite3.h>

#include "convene/agenda.h"
#include "convene/store.h"
#include "convene/util.h"
#include "store-internal.h"

#include <stdlib.h>
#include <string.h>

static const char *const view_names[] = {
	[VIEW_STEP] = "step", [VIEW_RESULTS] = "results", [VIEW_CLOSING] = "closing",
};

static enum meeting_view view_from_name(const char *s)
{
	for (size_t i = 0; i < ARRAY_LEN(view_names); i++)
		if (s && strcmp(s, view_names[i]) == 0)
			return (enum meeting_view)i;
	return VIEW_STEP;
}

bool store_begin_meeting(struct store *s, const struct team *t, const bool *present,
			 const struct protocol *p, enum rating_mode mode,
			 const struct role_assignment *roles, size_t n_roles, int64_t *meeting_id)
{
	if (!store_begin(s))
		return false;
	char uid[33];
	store_new_uid(uid);
	sqlite3_stmt *st = store_prepare(s,
		"INSERT INTO meeting (uid, team_id, title, protocol_id, protocol_version, agenda_id,"
		" agenda_items, rating_mode, status, started_at, clock_since) VALUES (:uid, :team,"
		" :title, :pid, :pver, :agenda, :items, :mode, 'running', " STORE_NOW ","
		" strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))");
	char *spec = p->is_agenda ? agenda_spec(p) : NULL;
	if (st) {
		bind_text(st, ":uid", uid);
		bind_int(st, ":team", t->id);
		bind_text(st, ":title", p->title);
		bind_text(st, ":pid", p->id);
		bind_text(st, ":pver", p->version);
		bind_text(st, ":agenda", p->is_agenda ? p->id : NULL);
		bind_text(st, ":items", spec);
		bind_text(st, ":mode", mode == RATING_BLIND ? "blind" : "named");
	}
	bool ok = store_exec_stmt(s, st);
	free(spec);
	int64_t id = sqlite3_last_insert_rowid(s->db);
	for (size_t i = 0; ok && i < t->n_members; i++) {
		st = store_prepare(s, "INSERT INTO attendance (meeting_id, member_id, present) "
				      "VALUES (:meeting, :member, :present)");
		if (st) {
			bind_int(st, ":meeting", id);
			bind_int(st, ":member", t->members[i].id);
			bind_int(st, ":present", present[i]);
		}
		ok = store_exec_stmt(s, st);
	}
	for (size_t i = 0; ok && i < p->n_steps; i++) {
		st = store_prepare(s, "INSERT INTO meeting_step (meeting_id, step_index, protocol_id,"
				      " kind, title, planned_seconds, items_step, vote_top) VALUES (:meeting,"
				      " :idx, :pid, :kind, :title, :planned, :from, :top)");
		if (st) {
			if (p->steps[i].from >= 0)
				bind_int(st, ":from", p->steps[i].from);
			else
				bind_null(st, ":from");
			if (p->steps[i].kind == STEP_VOTE)
				bind_int(st, ":top", p->steps[i].top ? p->steps[i].top : 3);
			else
				bind_null(st, ":top");
			bind_int(st, ":meeting", id);
			bind_int(st, ":idx", (int64_t)i);
			bind_text(st, ":pid", p->steps[i].protocol_id ? p->steps[i].protocol_id : p->id);
			bind_text(st, ":kind", step_kind_name(p->steps[i].kind));
			bind_text(st, ":title", p->steps[i].title);
			bind_int(st, ":planned", (int64_t)p->steps[i].minutes * 60);
		}
		ok = store_exec_stmt(s, st);
	}
	for (size_t i = 0; ok && i < n_roles; i++) {
		if (!roles[i].member_id)
			continue;
		st = store_prepare(s, "INSERT INTO role_assignment (meeting_id, role, member_id)"
				      " VALUES (:meeting, :role, :member)");
		if (st) {
			bind_int(st, ":meeting", id);
			bind_text(st, ":role", roles[i].role);
			bind_int(st, ":member", roles[i].member_id);
		}
		ok = store_exec_stmt(s, st);
	}
	for (size_t i = 0; ok && i < p->n_steps; i++) {
		const struct step *ps = &p->steps[i];
		size_t n = ps->n_questions ? ps->n_questions : ps->n_boxes;
		for (size_t g = 0; ok && g < n; g++) {
			st = store_prepare(s, "INSERT INTO meeting_group (meeting_id, step_index, position,"
					      " group_key, title) VALUES (:meeting, :idx, :pos, :key, :title)");
			if (st) {
				bind_int(st, ":meeting", id);
				bind_int(st, ":idx", (int64_t)i);
				bind_int(st, ":pos", (int64_t)g);
				bind_text(st, ":key", ps->n_questions ? ps->questions[g].id : ps->boxes[g].id);
				bind_text(st, ":title", ps->n_questions ? ps->questions[g].text : ps->boxes[g].title);
			}
			ok = store_exec_stmt(s, st);
		}
	}
	if (!ok || !store_commit(s)) {
		store_rollback(s);
		return false;
	}
	*meeting_id = id;
	return true;
}

bool store_write_one(struct store *s, sqlite3_stmt *st)
{
	if (!st)
		return false;
	if (!store_begin(s)) {
		sqlite3_finalize(st);
		return false;
	}
	if (!store_exec_stmt(s, st) || !store_commit(s)) {
		store_rollback(s);
		return false;
	}
	return true;
}

bool store_save_rating(struct store *s, const struct rating_entry *r)
{
	char uid[33];
	store_new_uid(uid);
	sqlite3_stmt *st = store_prepare(s,
		"INSERT INTO rating (uid, meeting_id, step_index, dimension_index, dimension_id,"
		" dimension_title, slot, member_id, value, scale_min, scale_max, entered_at)"
		" VALUES (:uid, :meeting, :step, :dimidx, :dimid, :dimtitle, :slot, :member, :value,"
		" :min, :max, " STORE_NOW ")"
		" ON CONFLICT (meeting_id, step_index, dimension_id, slot) DO UPDATE SET"
		" value = excluded.value, member_id = excluded.member_id,"
		" entered_at = excluded.entered_at");
	if (st) {
		bind_text(st, ":uid", uid);
		bind_int(st, ":meeting", r->meeting_id);
		bind_int(st, ":step", (int64_t)r->step);
		bind_int(st, ":dimidx", (int64_t)r->dim_index);
		bind_text(st, ":dimid", r->dimension->id);
		bind_text(st, ":dimtitle", r->dimension->title);
		bind_int(st, ":slot", (int64_t)r->slot);
		if (r->member_id)
			bind_int(st, ":member", r->member_id);
		else
			bind_null(st, ":member");
		bind_int(st, ":value", r->value);
		bind_int(st, ":min", r->scale->min);
		bind_int(st, ":max", r->scale->max);
	}
	return store_write_one(s, st);
}

bool store_delete_rating(struct store *s, int64_t meeting_id, size_t step,
			 const char *dimension_id, size_t slot)
{
	sqlite3_stmt *st = store_prepare(s, "DELETE FROM rating WHERE meeting_id = :meeting AND"
					    " step_index = :step AND dimension_id = :dim AND slot = :slot");
	if (st) {
		bind_int(st, ":meeting", meeting_id);
		bind_int(st, ":step", (int64_t)step);
		bind_text(st, ":dim", dimension_id);
		bind_int(st, ":slot", (int64_t)slot);
	}
	return store_write_one(s, st);
}

bool store_add_item(struct store *s, int64_t meeting_id, size_t step, const char *group,
		    const char *text, int64_t *id)
{
	char uid[33];
	store_new_uid(uid);
	sqlite3_stmt *st = store_prepare(s,
		"INSERT INTO item (uid, meeting_id, step_index, box, text, position, created_at,"
		" updated_at) VALUES (:uid, :meeting, :step, :box, :text, (SELECT coalesce(max(position),"
		" 0) + 1 FROM item WHERE meeting_id = :meeting AND step_index = :step), " STORE_NOW
		", " STORE_NOW ")");
	if (st) {
		bind_text(st, ":uid", uid);
		bind_int(st, ":meeting", meeting_id);
		bind_int(st, ":step", (int64_t)step);
		bind_text(st, ":box", group);
		bind_text(st, ":text", text);
	}
	if (!store_write_one(s, st))
		return false;
	*id = sqlite3_last_insert_rowid(s->db);
	return true;
}

bool store_update_item(struct store *s, int64_t id, const char *group, const char *text)
{
	sqlite3_stmt *st = store_prepare(s, "UPDATE item SET box = :box, text = :text, updated_at = "
					    STORE_NOW " WHERE id = :id");
	if (st) {
		bind_int(st, ":id", id);
		bind_text(st, ":box", group);
		bind_text(st, ":text", text);
	}
	return store_write_one(s, st);
}

bool store_delete_item(struct store *s, int64_t id)
{
	sqlite3_stmt *st = store_prepare(s, "DELETE FROM item WHERE id = :id");
	if (st)
		bind_int(st, ":id", id);
	return store_write_one(s, st);
}

bool store_set_vote(struct store *s, size_t step, int64_t item_id, int64_t member_id, int dots)
{
	if (!store_begin(s))
		return false;
	sqlite3_stmt *st = store_prepare(s, "DELETE FROM vote WHERE item_id = :item AND step_index ="
					    " :step AND member_id IS :member");
	if (st) {
		bind_int(st, ":item", item_id);
		bind_int(st, ":step", (int64_t)step);
		if (member_id)
			bind_int(st, ":member", member_id);
		else
			bind_null(st, ":member");
	}
	bool ok = store_exec_stmt(s, st);
	if (ok && dots > 0) {
		char uid[33];
		store_new_uid(uid);
		st = store_prepare(s, "INSERT INTO vote (uid, item_id, step_index, member_id, dots,"
				      " created_at) VALUES (:uid, :item, :step, :member, :dots, " STORE_NOW ")");
		if (st) {
			bind_text(st, ":uid", uid);
			bind_int(st, ":item", item_id);
			bind_int(st, ":step", (int64_t)step);
			if (member_id)
				bind_int(st, ":member", member_id);
			else
				bind_null(st, ":member");
			bind_int(st, ":dots", dots);
		}
		ok = store_exec_stmt(s, st);
	}
	if (!ok || !store_commit(s)) {
		store_rollback(s);
		return false;
	}
	return true;
}

bool store_save_vote_settings(struct store *s, int64_t meeting_id, size_t step, int dots,
			      bool counting)
{
	sqlite3_stmt *st = store_prepare(s, "UPDATE meeting_step SET vote_dots = :dots, vote_counting ="
					    " :counting WHERE meeting_id = :meeting AND step_index = :step");
	if (st) {
		bind_int(st, ":meeting", meeting_id);
		bind_int(st, ":step", (int64_t)step);
		bind_int(st, ":dots", dots);
		bind_int(st, ":counting", counting);
	}
	return store_write_one(s, st);
}

bool store_save_position(struct store *s, int64_t meeting_id, size_t step, size_t dim,
			 enum meeting_view view)
{
	sqlite3_stmt *st = store_prepare(s, "UPDATE meeting SET cur_step = :step, cur_dim = :dim,"
					    " cur_view = :view WHERE id = :meeting");
	if (st) {
		bind_int(st, ":meeting", meeting_id);
		bind_int(st, ":step", (int64_t)step);
		bind_int(st, ":dim", (int64_t)dim);
		bind_text(st, ":view", view_names[view]);
	}
	return store_write_one(s, st);
}

bool store_save_step_time(struct store *s, int64_t meeting_id, size_t step, int64_t actual_ms)
{
	sqlite3_stmt *st = store_prepare(s, "UPDATE meeting_step SET actual_ms = :ms"
					    " WHERE meeting_id = :meeting AND step_index = :step");
	if (st) {
		bind_int(st, ":meeting", meeting_id);
		bind_int(st, ":step", (int64_t)step);
		bind_int(st, ":ms", actual_ms);
	}
	return store_write_one(s, st);
}

bool store_close_meeting(struct store *s, int64_t meeting_id)
{
	sqlite3_stmt *st = store_prepare(s, "UPDATE meeting SET status = 'closed', closed_at = "
					    STORE_NOW ", cur_view = 'closing'"
					    " WHERE id = :meeting AND status = 'running'");
	if (st)
		bind_int(st, ":meeting", meeting_id);
	return store_write_one(s, st);
}

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
		.view = view_from_name(view),
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
