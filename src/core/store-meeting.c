/* store-meeting: writing a meeting: its start, attendance, ratings, items,
 * votes, its place and step times, and its close. Reading it back is
 * store-load.c. */
#include <sqlite3.h>

#include "convene/kinds.h"
#include "convene/agenda.h"
#include "convene/store.h"
#include "convene/util.h"
#include "store-internal.h"

#include <stdlib.h>
#include <string.h>

const char *const store_view_names[3] = {
	[VIEW_STEP] = "step", [VIEW_RESULTS] = "results", [VIEW_CLOSING] = "closing",
};

enum meeting_view store_view_from_name(const char *s)
{
	for (size_t i = 0; i < ARRAY_LEN(store_view_names); i++)
		if (s && strcmp(s, store_view_names[i]) == 0)
			return (enum meeting_view)i;
	return VIEW_STEP;
}

bool store_begin_meeting(struct store *s, const struct team *t, const bool *present,
			 const struct protocol *p, enum rating_mode mode,
			 const struct role_assignment *roles, size_t n_roles, const int *minutes,
			 int64_t *meeting_id)
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
		bind_text(st, ":mode", rating_mode_name(mode));
	}
	bool ok = store_exec_stmt(s, st);
	free(spec);
	int64_t id = sqlite3_last_insert_rowid(s->db);
	for (size_t i = 0; ok && i < t->n_members; i++) {
		/* The name and group as they are today: the record keeps them. */
		st = store_prepare(s, "INSERT INTO attendance (meeting_id, member_id, present, name, grp)"
				      " VALUES (:meeting, :member, :present, :name, :grp)");
		if (st) {
			bind_int(st, ":meeting", id);
			bind_int(st, ":member", t->members[i].id);
			bind_int(st, ":present", present[i]);
			bind_text(st, ":name", t->members[i].name);
			bind_text(st, ":grp", t->members[i].group);
		}
		ok = store_exec_stmt(s, st);
	}
	for (size_t i = 0; ok && i < p->n_steps; i++) {
		st = store_prepare(s, "INSERT INTO meeting_step (meeting_id, step_index, protocol_id,"
				      " kind, title, planned_seconds, agreed_seconds, items_step, vote_top,"
				      " vote_counting) VALUES (:meeting, :idx, :pid, :kind, :title, :planned,"
				      " :planned, :from, :top, :counting)");
		if (st) {
			/* The step whose items it uses, or whose levels it agrees. */
			if (p->steps[i].from >= 0)
				bind_int(st, ":from", p->steps[i].from);
			else if (p->steps[i].kind == STEP_LEVELS && p->steps[i].levels_step >= 0)
				bind_int(st, ":from", p->steps[i].levels_step);
			else
				bind_null(st, ":from");
			if (step_holds(&p->steps[i], HOLDS_VOTES))
				bind_int(st, ":top", p->steps[i].top ? p->steps[i].top : 3);
			else
				bind_null(st, ":top");
			/* A checklist ticked by the room is entered for the room, as
			 * a vote's totals counted on paper are: one list, nobody's. */
			bind_int(st, ":counting", p->steps[i].room_ticks);
			bind_int(st, ":meeting", id);
			bind_int(st, ":idx", (int64_t)i);
			bind_text(st, ":pid", p->steps[i].protocol_id ? p->steps[i].protocol_id : p->id);
			bind_text(st, ":kind", step_kind_name(p->steps[i].kind));
			bind_text(st, ":title", p->steps[i].title);
			bind_int(st, ":planned",
				 (int64_t)(minutes ? minutes[i] : p->steps[i].minutes) * 60);
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
		/* The groups entries are stored under, as they were when the
		 * meeting began: the record names them even if the file changes. */
		const struct step *ps = &p->steps[i];
		const struct kind_def *k = kind_of(ps->kind);
		size_t n = k->groups && k->group_key ? k->groups(ps) : 0;
		for (size_t g = 0; ok && g < n; g++) {
			st = store_prepare(s, "INSERT INTO meeting_group (meeting_id, step_index, position,"
					      " group_key, title) VALUES (:meeting, :idx, :pos, :key, :title)");
			if (st) {
				bind_int(st, ":meeting", id);
				bind_int(st, ":idx", (int64_t)i);
				bind_int(st, ":pos", (int64_t)g);
				bind_text(st, ":key", k->group_key(ps, g));
				bind_text(st, ":title", k->group_title(ps, g));
			}
			ok = store_exec_stmt(s, st);
		}
	}
	for (size_t i = 0; ok && i < p->n_steps; i++)
		ok = store_write_point_labels(s, id, i, &p->steps[i]);
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

sqlite3_stmt *store_rating_stmt(struct store *s, const struct rating_entry *r)
{
	char uid[33];
	store_new_uid(uid);
	sqlite3_stmt *st = store_prepare(s,
		"INSERT INTO rating (uid, meeting_id, step_index, dimension_index, dimension_id,"
		" dimension_title, slot, member_id, value, scale_min, scale_max, entered_at)"
		" VALUES (:uid, :meeting, :step, :dimidx, :dimid, :dimtitle, :slot, :member, :value,"
		/* A blind rating keeps no time of its own: the meeting's start. */
		" :min, :max, CASE WHEN :member IS NULL THEN (SELECT started_at FROM meeting WHERE"
		" id = :meeting) ELSE " STORE_NOW " END)"
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
	return st;
}

bool store_save_rating(struct store *s, const struct rating_entry *r)
{
	return store_write_one(s, store_rating_stmt(s, r));
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

bool store_save_list(struct store *s, const struct rating_entry *r, size_t n)
{
	if (!store_begin(s))
		return false;
	for (size_t i = 0; i < n; i++) {
		sqlite3_stmt *st = r[i].value >= 0 ? store_rating_stmt(s, &r[i]) :
			store_prepare(s, "DELETE FROM rating WHERE meeting_id = :meeting AND"
					 " step_index = :step AND dimension_id = :dim AND slot = :slot");
		if (st && r[i].value < 0) {
			bind_int(st, ":meeting", r[i].meeting_id);
			bind_int(st, ":step", (int64_t)r[i].step);
			bind_text(st, ":dim", r[i].dimension->id);
			bind_int(st, ":slot", (int64_t)r[i].slot);
		}
		if (!store_exec_stmt(s, st)) {
			store_rollback(s);
			return false;
		}
	}
	return store_commit(s);
}

sqlite3_stmt *store_item_stmt(struct store *s, int64_t meeting_id, size_t step, const char *group,
			      const char *text)
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
	return st;
}

bool store_add_item(struct store *s, int64_t meeting_id, size_t step, const char *group,
		    const char *text, int64_t *id)
{
	if (!store_write_one(s, store_item_stmt(s, meeting_id, step, group, text)))
		return false;
	*id = sqlite3_last_insert_rowid(s->db);
	return true;
}

enum store_edit store_update_item(struct store *s, int64_t id, int64_t version, const char *group,
				  const char *text, struct store_now *now)
{
	sqlite3_stmt *st = store_prepare(s,
		"UPDATE item SET box = :box, text = coalesce(:text, text), version = version + 1,"
		" updated_at = " STORE_NOW " WHERE id = :id AND version = :version");
	if (st) {
		bind_int(st, ":id", id);
		bind_int(st, ":version", version);
		bind_text(st, ":box", group);
		bind_text(st, ":text", text);
	}
	return store_write_entry(s, st, "item", "text", id, version, NULL, now);
}

enum store_edit store_delete_item(struct store *s, int64_t id, int64_t version,
				  struct store_now *now)
{
	return store_delete_entry(s, "item", "text", id, version, now);
}

bool store_vote_rows(struct store *s, size_t step, int64_t item_id, int64_t member_id, int dots)
{
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
	return ok;
}

bool store_set_vote(struct store *s, size_t step, int64_t item_id, int64_t member_id, int dots)
{
	if (!store_begin(s))
		return false;
	if (!store_vote_rows(s, step, item_id, member_id, dots) || !store_commit(s)) {
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

bool store_end_silence(struct store *s, int64_t meeting_id, size_t step)
{
	sqlite3_stmt *st = store_prepare(s, "UPDATE meeting_step SET silence_over = 1"
					    " WHERE meeting_id = :meeting AND step_index = :step");
	if (st) {
		bind_int(st, ":meeting", meeting_id);
		bind_int(st, ":step", (int64_t)step);
	}
	return store_write_one(s, st);
}

static sqlite3_stmt *position_stmt(struct store *s, int64_t meeting_id, size_t step, size_t dim,
				   enum meeting_view view)
{
	sqlite3_stmt *st = store_prepare(s, "UPDATE meeting SET cur_step = :step, cur_dim = :dim,"
					    " cur_view = :view WHERE id = :meeting");
	if (st) {
		bind_int(st, ":meeting", meeting_id);
		bind_int(st, ":step", (int64_t)step);
		bind_int(st, ":dim", (int64_t)dim);
		bind_text(st, ":view", store_view_names[view]);
	}
	return st;
}

bool store_save_position(struct store *s, int64_t meeting_id, size_t step, size_t dim,
			 enum meeting_view view)
{
	return store_write_one(s, position_stmt(s, meeting_id, step, dim, view));
}

bool store_save_move(struct store *s, int64_t meeting_id, const struct store_move *mv)
{
	if (!store_begin(s))
		return false;
	bool ok = true;
	if (mv->has_left) {
		sqlite3_stmt *st = store_prepare(s, "UPDATE meeting_step SET actual_ms = :ms"
						    " WHERE meeting_id = :meeting AND step_index = :step");
		if (st) {
			bind_int(st, ":meeting", meeting_id);
			bind_int(st, ":step", (int64_t)mv->left_step);
			bind_int(st, ":ms", mv->left_ms);
		}
		ok = store_exec_stmt(s, st);
	}
	ok = ok && store_exec_stmt(s, position_stmt(s, meeting_id, mv->step, mv->dim, mv->view));
	if (ok && mv->on_step)
		ok = store_exec_clock(s, meeting_id, mv->step, mv->step_ms, mv->running);
	if (!ok || !store_commit(s)) {
		store_rollback(s);
		return false;
	}
	return true;
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

bool store_set_opening(struct store *s, int64_t meeting_id, const char *norms_protocol)
{
	sqlite3_stmt *st = store_prepare(s, "UPDATE meeting SET opening_norms = :norms WHERE id = :id");
	if (st) {
		if (norms_protocol)
			bind_text(st, ":norms", norms_protocol);
		else
			bind_null(st, ":norms");
		bind_int(st, ":id", meeting_id);
	}
	return store_exec_stmt(s, st);
}
