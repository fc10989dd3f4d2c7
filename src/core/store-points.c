/* store-points: talking points and each group's confirmation of them, and
 * the norms a team picks to focus on. */
#include <sqlite3.h>

#include "convene/store.h"
#include "convene/util.h"
#include "store-internal.h"

#include <stdlib.h>
#include <string.h>

bool store_add_point(struct store *s, int64_t meeting_id, size_t step, const char *text,
		     int64_t *id)
{
	char uid[33];
	store_new_uid(uid);
	sqlite3_stmt *st = store_prepare(s,
		"INSERT INTO talking_point (uid, meeting_id, step_index, text, position, created_at,"
		" updated_at) VALUES (:uid, :meeting, :step, :text, (SELECT coalesce(max(position), 0)"
		" + 1 FROM talking_point WHERE meeting_id = :meeting), " STORE_NOW ", " STORE_NOW ")");
	if (st) {
		bind_text(st, ":uid", uid);
		bind_int(st, ":meeting", meeting_id);
		bind_int(st, ":step", (int64_t)step);
		bind_text(st, ":text", text);
	}
	if (!store_write_one(s, st))
		return false;
	*id = store_last_id(s);
	return true;
}

bool store_reword_point(struct store *s, int64_t id, const char *text)
{
	if (!store_begin(s))
		return false;
	sqlite3_stmt *st = store_prepare(s, "UPDATE talking_point SET text = :text, updated_at = "
					    STORE_NOW " WHERE id = :id");
	if (st) {
		bind_int(st, ":id", id);
		bind_text(st, ":text", text);
	}
	bool ok = store_exec_stmt(s, st);
	if (ok) {
		st = store_prepare(s, "DELETE FROM talking_point_agreement WHERE talking_point_id = :id");
		if (st)
			bind_int(st, ":id", id);
		ok = store_exec_stmt(s, st);
	}
	if (!ok || !store_commit(s)) {
		store_rollback(s);
		return false;
	}
	return true;
}

bool store_delete_point(struct store *s, int64_t id)
{
	sqlite3_stmt *st = store_prepare(s, "DELETE FROM talking_point WHERE id = :id");
	if (st)
		bind_int(st, ":id", id);
	return store_write_one(s, st);
}

bool store_set_confirmation(struct store *s, int64_t point_id, const char *group, bool confirmed)
{
	sqlite3_stmt *st = store_prepare(s, confirmed ?
		"INSERT OR IGNORE INTO talking_point_agreement (talking_point_id, grp, agreed_at)"
		" VALUES (:id, :grp, " STORE_NOW ")" :
		"DELETE FROM talking_point_agreement WHERE talking_point_id = :id AND grp = :grp");
	if (st) {
		bind_int(st, ":id", point_id);
		bind_text(st, ":grp", group);
	}
	return store_write_one(s, st);
}

bool store_load_points(struct store *s, struct meeting_record *r)
{
	sqlite3_stmt *st = store_prepare(s, "SELECT id, uid, step_index, text, updated_at FROM"
					    " talking_point WHERE meeting_id = :meeting ORDER BY position, id");
	if (!st)
		return false;
	bind_int(st, ":meeting", r->info.id);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		r->points = xreallocarray(r->points, r->n_points + 1, sizeof *r->points);
		r->points[r->n_points++] = (struct point_record){
			.id = sqlite3_column_int64(st, 0),
			.uid = column_text(st, 1),
			.step = (size_t)sqlite3_column_int64(st, 2),
			.text = column_text(st, 3),
			.updated_at = column_text(st, 4),
		};
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		store_set_error(s, "cannot read the talking points");
		return false;
	}
	for (size_t i = 0; i < r->n_points; i++) {
		struct point_record *p = &r->points[i];
		st = store_prepare(s, "SELECT grp FROM talking_point_agreement WHERE talking_point_id ="
				      " :id ORDER BY agreed_at, grp");
		if (!st)
			return false;
		bind_int(st, ":id", p->id);
		while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
			p->agreed_by = xreallocarray(p->agreed_by, p->n_agreed + 1, sizeof *p->agreed_by);
			p->agreed_by[p->n_agreed++] = column_text(st, 0);
		}
		sqlite3_finalize(st);
		if (rc != SQLITE_DONE) {
			store_set_error(s, "cannot read the talking points");
			return false;
		}
	}
	return true;
}

void store_free_points(struct meeting_record *r)
{
	for (size_t i = 0; i < r->n_points; i++) {
		struct point_record *p = &r->points[i];
		for (size_t j = 0; j < p->n_agreed; j++)
			free(p->agreed_by[j]);
		free(p->agreed_by);
		free(p->uid);
		free(p->text);
		free(p->updated_at);
	}
	free(r->points);
}

bool store_set_focus(struct store *s, int64_t meeting_id, size_t step, const struct norm *n,
		     bool on)
{
	sqlite3_stmt *st = store_prepare(s, on ?
		"INSERT OR IGNORE INTO norm_focus (meeting_id, step_index, norm_id, norm_name, picked_at)"
		" VALUES (:meeting, :step, :id, :name, " STORE_NOW ")" :
		"DELETE FROM norm_focus WHERE meeting_id = :meeting AND step_index = :step AND"
		" norm_id = :id AND :name IS NOT NULL");
	if (st) {
		bind_int(st, ":meeting", meeting_id);
		bind_int(st, ":step", (int64_t)step);
		bind_text(st, ":id", n->id);
		bind_text(st, ":name", n->name);
	}
	return store_write_one(s, st);
}

bool store_load_focus(struct store *s, struct meeting_record *r)
{
	sqlite3_stmt *st = store_prepare(s, "SELECT step_index, norm_id, norm_name FROM norm_focus"
					    " WHERE meeting_id = :meeting ORDER BY step_index, picked_at, norm_id");
	if (!st)
		return false;
	bind_int(st, ":meeting", r->info.id);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		r->focus = xreallocarray(r->focus, r->n_focus + 1, sizeof *r->focus);
		r->focus[r->n_focus++] = (struct focus_record){
			.step = (size_t)sqlite3_column_int64(st, 0),
			.norm_id = column_text(st, 1),
			.norm_name = column_text(st, 2),
		};
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		store_set_error(s, "cannot read the norms in focus");
		return false;
	}
	return true;
}

void store_free_focus(struct meeting_record *r)
{
	for (size_t i = 0; i < r->n_focus; i++) {
		free(r->focus[i].norm_id);
		free(r->focus[i].norm_name);
	}
	free(r->focus);
}
