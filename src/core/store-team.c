/*
 * store-team: a team over the years — renaming it, adding, renaming,
 * regrouping and retiring members, renaming a group; the guests of one
 * meeting; and attendance that changes while a meeting runs. Each change
 * is its own transaction, saved before the call returns. A member is never
 * deleted: the records that name them (ratings, roles, confirmations,
 * action items) keep pointing at their row.
 */
#include <sqlite3.h>

#include "convene/i18n.h"
#include "convene/store.h"
#include "convene/text.h"
#include "convene/util.h"
#include "store-internal.h"

#include <stdlib.h>
#include <string.h>

static bool refuse(struct store *s, const char *why)
{
	free(s->error);
	s->error = xstrdup(why);
	return false;
}

/* A trimmed copy of text, or NULL (the error set) when it is empty. */
static char *clean(struct store *s, const char *text, const char *what)
{
	char *t = text_trim(xstrdup(text ? text : ""));
	if (*t)
		return t;
	free(t);
	free(s->error);
	s->error = xasprintf(_("%s cannot be empty"), what);
	return NULL;
}

/* Whether another member on the team's list (not `except`) has the name. */
static int name_taken(struct store *s, int64_t team_id, const char *name, int64_t except)
{
	sqlite3_stmt *st = store_prepare(s, "SELECT count(*) FROM member WHERE team_id = :team"
					    " AND active = 1 AND name = :name AND id != :except");
	if (st) {
		bind_int(st, ":team", team_id);
		bind_text(st, ":name", name);
		bind_int(st, ":except", except);
	}
	int64_t n;
	if (!store_query_int(s, st, &n))
		return -1;
	return n > 0;
}

static int64_t team_of(struct store *s, int64_t member_id, bool *guest)
{
	sqlite3_stmt *st = store_prepare(s, "SELECT team_id, guest FROM member WHERE id = :id");
	if (!st)
		return -1;
	bind_int(st, ":id", member_id);
	int64_t team = 0;
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		team = sqlite3_column_int64(st, 0);
		if (guest)
			*guest = sqlite3_column_int(st, 1) != 0;
	} else if (rc != SQLITE_DONE) {
		store_set_error(s, _("cannot read the team"));
		team = -1;
	}
	sqlite3_finalize(st);
	return team;
}

bool store_rename_team(struct store *s, int64_t team_id, const char *name)
{
	char *n = clean(s, name, _("a team's name"));
	if (!n)
		return false;
	sqlite3_stmt *st = store_prepare(s, "UPDATE team SET name = :name WHERE id = :team");
	if (st) {
		bind_text(st, ":name", n);
		bind_int(st, ":team", team_id);
	}
	free(n);
	return store_write_one(s, st);
}

/* Inserts a member row (on the list, or a guest) in the caller's transaction. */
static bool insert_member(struct store *s, int64_t team_id, const char *name, const char *group,
			  bool guest, int64_t *member_id)
{
	char uid[33];
	store_new_uid(uid);
	sqlite3_stmt *st = store_prepare(s,
		"INSERT INTO member (uid, team_id, name, grp, position, active, guest, created_at)"
		" VALUES (:uid, :team, :name, :grp, (SELECT coalesce(max(position) + 1, 0) FROM member"
		" WHERE team_id = :team), :active, :guest, " STORE_NOW ")");
	if (st) {
		bind_text(st, ":uid", uid);
		bind_int(st, ":team", team_id);
		bind_text(st, ":name", name);
		bind_text(st, ":grp", group);
		bind_int(st, ":active", !guest);
		bind_int(st, ":guest", guest);
	}
	if (!store_exec_stmt(s, st))
		return false;
	if (member_id)
		*member_id = store_last_id(s);
	return true;
}

static bool add_person(struct store *s, int64_t team_id, const char *name, const char *group,
		       bool guest, int64_t *member_id)
{
	char *n = clean(s, name, _("a name")), *g = n ? clean(s, group, _("a group")) : NULL;
	bool ok = n && g && store_begin(s);
	int taken = ok && !guest ? name_taken(s, team_id, n, 0) : 0;
	if (ok && taken) {
		store_rollback(s);
		ok = taken < 0 ? false : refuse(s, _("the team already has a member of that name"));
	} else if (ok) {
		ok = insert_member(s, team_id, n, g, guest, member_id) && store_commit(s);
		if (!ok)
			store_rollback(s);
	}
	free(n);
	free(g);
	return ok;
}

bool store_add_member(struct store *s, int64_t team_id, const char *name, const char *group,
		      int64_t *member_id)
{
	return add_person(s, team_id, name, group, false, member_id);
}

bool store_add_guest(struct store *s, int64_t team_id, const char *name, const char *group,
		     int64_t *member_id)
{
	return add_person(s, team_id, name, group, true, member_id);
}

/* One change to one member (:id), in its own transaction. */
static bool write_member(struct store *s, const char *sql, int64_t member_id)
{
	sqlite3_stmt *st = store_prepare(s, sql);
	if (st)
		bind_int(st, ":id", member_id);
	return store_write_one(s, st);
}

bool store_remove_guest(struct store *s, int64_t member_id)
{
	return write_member(s, "DELETE FROM member WHERE id = :id AND guest = 1 AND NOT EXISTS"
			       " (SELECT 1 FROM attendance WHERE member_id = :id)", member_id);
}

bool store_update_member(struct store *s, int64_t member_id, const char *name, const char *group)
{
	char *n = clean(s, name, _("a name")), *g = n ? clean(s, group, _("a group")) : NULL;
	bool ok = n && g && store_begin(s);
	int64_t team = ok ? team_of(s, member_id, NULL) : -1;
	int taken = team > 0 ? name_taken(s, team, n, member_id) : -1;
	if (ok && team == 0)
		ok = refuse(s, _("there is no such member"));
	else if (ok && taken)
		ok = taken < 0 ? false : refuse(s, _("the team already has a member of that name"));
	if (ok) {
		sqlite3_stmt *st = store_prepare(s, "UPDATE member SET name = :name, grp = :grp"
						    " WHERE id = :id");
		if (st) {
			bind_text(st, ":name", n);
			bind_text(st, ":grp", g);
			bind_int(st, ":id", member_id);
		}
		ok = store_exec_stmt(s, st) && store_commit(s);
	}
	store_rollback(s);
	free(n);
	free(g);
	return ok;
}

bool store_retire_member(struct store *s, int64_t member_id)
{
	return write_member(s, "UPDATE member SET active = 0 WHERE id = :id AND guest = 0", member_id);
}

bool store_rename_group(struct store *s, int64_t team_id, const char *from, const char *to,
			size_t *changed)
{
	char *t = clean(s, to, _("a group"));
	if (!t || !store_begin(s)) {
		free(t);
		return false;
	}
	sqlite3_stmt *st = store_prepare(s, "UPDATE member SET grp = :to WHERE team_id = :team"
					    " AND grp = :from AND guest = 0");
	if (st) {
		bind_text(st, ":to", t);
		bind_text(st, ":from", from);
		bind_int(st, ":team", team_id);
	}
	free(t);
	bool ok = store_exec_stmt(s, st);
	if (ok && changed)
		*changed = (size_t)sqlite3_changes(s->db);
	if (ok)
		ok = store_commit(s);
	store_rollback(s);
	return ok;
}

bool store_set_present(struct store *s, int64_t meeting_id, int64_t member_id, bool present)
{
	if (!store_begin(s))
		return false;
	/* A guest added during the meeting joins its attendance here. */
	sqlite3_stmt *st = store_prepare(s,
		"INSERT INTO attendance (meeting_id, member_id, present, name, grp)"
		" SELECT :meeting, id, 0, name, grp FROM member WHERE id = :member"
		" ON CONFLICT DO NOTHING");
	if (st) {
		bind_int(st, ":meeting", meeting_id);
		bind_int(st, ":member", member_id);
	}
	bool ok = store_exec_stmt(s, st);
	st = ok ? store_prepare(s, "UPDATE attendance SET present = :present WHERE meeting_id ="
				   " :meeting AND member_id = :member AND present != :present") : NULL;
	if (st) {
		bind_int(st, ":present", present);
		bind_int(st, ":meeting", meeting_id);
		bind_int(st, ":member", member_id);
	}
	ok = ok && store_exec_stmt(s, st);
	/* Only a real change is kept: marking twice records one time. */
	if (ok && sqlite3_changes(s->db) > 0) {
		char uid[33];
		store_new_uid(uid);
		st = store_prepare(s, "INSERT INTO attendance_change (uid, meeting_id, member_id,"
				      " present, at) VALUES (:uid, :meeting, :member, :present, " STORE_NOW ")");
		if (st) {
			bind_text(st, ":uid", uid);
			bind_int(st, ":meeting", meeting_id);
			bind_int(st, ":member", member_id);
			bind_int(st, ":present", present);
		}
		ok = store_exec_stmt(s, st);
	}
	if (ok)
		ok = store_commit(s);
	store_rollback(s);
	return ok;
}
