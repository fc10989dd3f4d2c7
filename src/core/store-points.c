/* store-points: talking points and each group's confirmation of them, and
 * the norms a team picks to focus on. */
#include <sqlite3.h>

#include "convene/i18n.h"
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

enum store_edit store_reword_point(struct store *s, int64_t id, int64_t version, const char *text,
				   struct store_now *now)
{
	if (!store_begin(s))
		return STORE_FAILED;
	/* The room words it again: the confirmations go, and with them the
	 * wording they were given to, kept beside a correction in review. */
	sqlite3_stmt *st = store_prepare(s, "UPDATE talking_point SET text = :text, agreed_text = "
					    "NULL, corrected_by = NULL, corrected_at = NULL, version ="
					    " version + 1, updated_at = " STORE_NOW
					    " WHERE id = :id AND version = :version");
	if (st) {
		bind_int(st, ":id", id);
		bind_int(st, ":version", version);
		bind_text(st, ":text", text);
	}
	bool ok = store_exec_stmt(s, st);
	bool written = ok && sqlite3_changes(s->db) > 0;
	if (written) {
		st = store_prepare(s, "DELETE FROM talking_point_agreement WHERE talking_point_id = :id");
		if (st)
			bind_int(st, ":id", id);
		ok = store_exec_stmt(s, st);
	}
	if (!ok || (written && !store_commit(s))) {
		store_rollback(s);
		return STORE_FAILED;
	}
	if (!written)
		store_rollback(s); /* nothing was written: the confirmations stay */
	return store_edit_outcome(s, written, "talking_point", "text", id, version, now);
}

enum store_edit store_delete_point(struct store *s, int64_t id, int64_t version,
				   struct store_now *now)
{
	return store_delete_entry(s, "talking_point", "text", id, version, now);
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

static void read_point(sqlite3_stmt *st, struct meeting_record *r)
{
	r->points = array_grow(r->points, r->n_points, sizeof *r->points);
	r->points[r->n_points++] = (struct point_record){
		.id = sqlite3_column_int64(st, 1),
		.uid = column_text(st, 2),
		.step = (size_t)sqlite3_column_int64(st, 3),
		.text = column_text(st, 4),
		.updated_at = column_text(st, 5),
		.agreed_text = column_text(st, 6),
		.corrected_by = column_text(st, 7),
		.corrected_at = column_text(st, 8),
		.version = sqlite3_column_int64(st, 9),
	};
}

const struct record_part store_points_part = {
	"SELECT meeting_id, id, uid, step_index, text, updated_at, agreed_text, corrected_by,"
	" corrected_at, version FROM talking_point"
	" WHERE meeting_id", " ORDER BY meeting_id, position, id", N_("the talking points"), read_point, RECORD_POINTS
};

/* Read after the points, so each confirmation finds its point. */
static void read_agreement(sqlite3_stmt *st, struct meeting_record *r)
{
	int64_t id = sqlite3_column_int64(st, 1);
	for (size_t i = 0; i < r->n_points; i++) {
		struct point_record *p = &r->points[i];
		if (p->id != id)
			continue;
		p->agreed_by = array_grow(p->agreed_by, p->n_agreed, sizeof *p->agreed_by);
		p->agreed_at = array_grow(p->agreed_at, p->n_agreed, sizeof *p->agreed_at);
		p->agreed_by[p->n_agreed] = column_text(st, 2);
		p->agreed_at[p->n_agreed++] = column_text(st, 3);
		return;
	}
}

const struct record_part store_agreements_part = {
	"SELECT p.meeting_id, g.talking_point_id, g.grp, g.agreed_at FROM talking_point_agreement g"
	" JOIN talking_point p ON p.id = g.talking_point_id WHERE p.meeting_id",
	" ORDER BY p.meeting_id, g.talking_point_id, g.agreed_at, g.grp", N_("the talking points"),
	read_agreement, RECORD_POINTS
};

void store_free_points(struct meeting_record *r)
{
	for (size_t i = 0; i < r->n_points; i++) {
		struct point_record *p = &r->points[i];
		for (size_t j = 0; j < p->n_agreed; j++) {
			free(p->agreed_by[j]);
			free(p->agreed_at[j]);
		}
		free(p->agreed_by);
		free(p->agreed_at);
		free(p->uid);
		free(p->text);
		free(p->updated_at);
		free(p->agreed_text);
		free(p->corrected_by);
		free(p->corrected_at);
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

static void read_focus(sqlite3_stmt *st, struct meeting_record *r)
{
	r->focus = array_grow(r->focus, r->n_focus, sizeof *r->focus);
	r->focus[r->n_focus++] = (struct focus_record){
		.step = (size_t)sqlite3_column_int64(st, 1),
		.norm_id = column_text(st, 2),
		.norm_name = column_text(st, 3),
		.picked_at = column_text(st, 4),
	};
}

const struct record_part store_focus_part = {
	"SELECT meeting_id, step_index, norm_id, norm_name, picked_at FROM norm_focus"
	" WHERE meeting_id",
	" ORDER BY meeting_id, step_index, picked_at, norm_id", N_("the norms in focus"), read_focus, RECORD_FOCUS
};

void store_free_focus(struct meeting_record *r)
{
	for (size_t i = 0; i < r->n_focus; i++) {
		free(r->focus[i].norm_id);
		free(r->focus[i].norm_name);
		free(r->focus[i].picked_at);
	}
	free(r->focus);
}
