/* store-roles: a team's rules, the roles it rotates and who held them. */
#include <sqlite3.h>

#include "convene/i18n.h"
#include "convene/store.h"
#include "convene/store-history.h"
#include "convene/util.h"
#include "store-internal.h"

#include <stdlib.h>

bool store_save_team_rules(struct store *s, int64_t team_id, const struct team_rules *r)
{
	if (r->n_roles == 0) {
		store_set_error(s, _("a team needs at least one role"));
		return false;
	}
	if (!store_begin(s))
		return false;
	sqlite3_stmt *st = store_prepare(s, "UPDATE team SET quorum = :quorum, reopen_threshold_pct"
					    " = :pct, norms_protocol = :norms, guests_count = :guests WHERE id = :team");
	if (st) {
		bind_text(st, ":quorum", r->quorum);
		bind_int(st, ":pct", r->reopen_threshold);
		bind_text(st, ":norms", r->norms_protocol);
		bind_int(st, ":guests", r->guests_count);
		bind_int(st, ":team", team_id);
	}
	bool ok = store_exec_stmt(s, st);
	st = ok ? store_prepare(s, "DELETE FROM team_role WHERE team_id = :team") : NULL;
	if (st)
		bind_int(st, ":team", team_id);
	ok = ok && store_exec_stmt(s, st);
	for (size_t i = 0; ok && i < r->n_roles; i++) {
		st = store_prepare(s, "INSERT INTO team_role (team_id, position, name)"
				      " VALUES (:team, :pos, :name)");
		if (st) {
			bind_int(st, ":team", team_id);
			bind_int(st, ":pos", (int64_t)i);
			bind_text(st, ":name", r->roles[i]);
		}
		ok = store_exec_stmt(s, st);
	}
	if (!ok || !store_commit(s)) {
		store_rollback(s);
		return false;
	}
	return true;
}

bool store_team_roles(struct store *s, int64_t team_id, char ***roles, size_t *n)
{
	*roles = NULL;
	*n = 0;
	sqlite3_stmt *st = store_prepare(s, "SELECT name FROM team_role WHERE team_id = :team"
					    " ORDER BY position");
	if (!st)
		return false;
	bind_int(st, ":team", team_id);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		*roles = xreallocarray(*roles, *n + 1, sizeof **roles);
		(*roles)[(*n)++] = column_text(st, 0);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		store_set_error(s, _("cannot read the team's roles"));
		return false;
	}
	return true;
}

void team_roles_free(char **roles, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(roles[i]);
	free(roles);
}

bool store_role_history(struct store *s, int64_t team_id, struct role_record **out, size_t *n)
{
	*out = NULL;
	*n = 0;
	/* The whole history: rotation must know who has never held a role.
	 * A team meeting every week for ten years has some 1,500 rows here. */
	sqlite3_stmt *st = store_prepare(s,
		"WITH ages AS (SELECT id, row_number() OVER (ORDER BY started_at DESC, id DESC) - 1"
		" AS age FROM meeting WHERE team_id = :team)"
		" SELECT ra.role, ra.member_id, mb.grp, ages.age FROM role_assignment ra"
		" JOIN ages ON ages.id = ra.meeting_id JOIN member mb ON mb.id = ra.member_id"
		" ORDER BY ages.age, ra.role");
	if (!st)
		return false;
	bind_int(st, ":team", team_id);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		*out = xreallocarray(*out, *n + 1, sizeof **out);
		(*out)[(*n)++] = (struct role_record){ column_text(st, 0), sqlite3_column_int64(st, 1),
						       column_text(st, 2),
						       (size_t)sqlite3_column_int64(st, 3) };
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		store_set_error(s, _("cannot read who held the roles"));
		return false;
	}
	return true;
}

void role_history_free(struct role_record *h, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(h[i].role);
		free(h[i].group);
	}
	free(h);
}

bool store_member_tenure(struct store *s, int64_t team_id, struct member_tenure **out, size_t *n)
{
	*out = NULL;
	*n = 0;
	/* Attendance is taken for every member at every meeting, so a
	 * member's first attendance row is the meeting they joined at. */
	sqlite3_stmt *st = store_prepare(s,
		"WITH ages AS (SELECT id, row_number() OVER (ORDER BY started_at DESC, id DESC)"
		" AS meetings FROM meeting WHERE team_id = :team)"
		" SELECT a.member_id, max(ages.meetings) FROM attendance a"
		" JOIN ages ON ages.id = a.meeting_id GROUP BY a.member_id ORDER BY a.member_id");
	if (!st)
		return false;
	bind_int(st, ":team", team_id);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		*out = xreallocarray(*out, *n + 1, sizeof **out);
		(*out)[(*n)++] = (struct member_tenure){ sqlite3_column_int64(st, 0),
							 (size_t)sqlite3_column_int64(st, 1) };
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		store_set_error(s, _("cannot read since when the members attend"));
		return false;
	}
	return true;
}

static void read_role(sqlite3_stmt *st, struct meeting_record *r)
{
	r->roles = array_grow(r->roles, r->n_roles, sizeof *r->roles);
	r->roles[r->n_roles++] = (struct meeting_role){ column_text(st, 1),
						       sqlite3_column_int64(st, 2),
						       column_text(st, 3) };
}

const struct record_part store_roles_part = {
	"SELECT ra.meeting_id, ra.role, ra.member_id, coalesce(at.name, mb.name) FROM"
	" role_assignment ra JOIN member mb ON mb.id = ra.member_id JOIN meeting m ON m.id ="
	" ra.meeting_id LEFT JOIN attendance at ON at.meeting_id = ra.meeting_id AND"
	" at.member_id = ra.member_id"
	" LEFT JOIN team_role tr ON tr.team_id = m.team_id AND tr.name = ra.role"
	" WHERE ra.meeting_id", " ORDER BY ra.meeting_id, coalesce(tr.position, 99), ra.role",
	N_("the meeting's roles"), read_role, 0
};

void store_free_roles(struct meeting_record *r)
{
	for (size_t i = 0; i < r->n_roles; i++) {
		free(r->roles[i].role);
		free(r->roles[i].member_name);
	}
	free(r->roles);
}
