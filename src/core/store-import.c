/* store-import: meetings read from an export (import.c) written into this
 * database in batches of a few meetings, each its own transaction, so that
 * a meeting running meanwhile in the app waits no longer than one batch;
 * a failure takes back what the earlier batches added (the meetings, then
 * the members and teams made for them), so it leaves the database as it
 * was. A meeting
 * whose uid is already here is left as it is, which makes importing the
 * same file twice change nothing; teams and members are found by uid and
 * added when missing. A uid here that names something else (a member or a
 * meeting of another team, an entry of another meeting) refuses the file,
 * with a message naming both. */
#include <sqlite3.h>

#include "convene/rotation.h"
#include "convene/i18n.h"
#include "convene/store.h"
#include "convene/store-import.h"
#include "convene/text.h"
#include "convene/util.h"
#include "store-internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

struct prepared {
	const char *sql;
	sqlite3_stmt *st;
};

struct importer {
	struct store *s;
	struct prepared cache[40];
	size_t n_cache;
	sqlite3_stmt *last; /* the statement run last, its row readable */
	int64_t team, meeting;
	int64_t *members; /* this database's member ids, by attendance index */
	int64_t *items;   /* and item ids, by index in the record */
	struct import_result *result;
	bool open;        /* a batch's transaction is open */
	int64_t opened_ms; /* when it began */
	/* What this import added, to take back if it fails. */
	int64_t *added[3];
	size_t n_added[3];
};

enum added_kind { ADDED_MEETING, ADDED_MEMBER, ADDED_TEAM };

/* A batch commits after this long, then the import steps aside for a
 * moment: a writer waiting for the lock (the app waits 250 ms) polls it
 * now and then, and a lock taken again at once would starve it. The pause
 * costs about a sixth of an import's time. */
#define IMPORT_BATCH_MS 100
#define IMPORT_STEP_ASIDE_MS 20

static int64_t mono_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void remember(struct importer *im, enum added_kind k, int64_t id)
{
	im->added[k] = xreallocarray(im->added[k], im->n_added[k] + 1, sizeof *im->added[k]);
	im->added[k][im->n_added[k]++] = id;
}

/* Runs sql (kept prepared for the next meeting: sql is a literal, known by
 * its address) with its ? parameters bound in order from types: 'i' an
 * int64_t, 't' text (NULL binds null). Returns SQLITE_ROW, SQLITE_DONE, or
 * 0 after setting the store's error. */
static int run(struct importer *im, const char *sql, const char *types, ...)
{
	sqlite3_stmt *st = NULL;
	for (size_t i = 0; i < im->n_cache && !st; i++)
		if (im->cache[i].sql == sql)
			st = im->cache[i].st;
	if (!st) {
		if (im->n_cache == ARRAY_LEN(im->cache) || !(st = store_prepare(im->s, sql)))
			return 0;
		im->cache[im->n_cache++] = (struct prepared){ sql, st };
	}
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	va_list ap;
	va_start(ap, types);
	for (int i = 0; types[i]; i++) {
		if (types[i] == 'i')
			sqlite3_bind_int64(st, i + 1, va_arg(ap, int64_t));
		else
			sqlite3_bind_text(st, i + 1, va_arg(ap, const char *), -1, SQLITE_TRANSIENT);
	}
	va_end(ap);
	int rc = sqlite3_step(st);
	im->last = st;
	if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		store_set_error(im->s, _("cannot import"));
		return 0;
	}
	return rc;
}

/* Sets the store's message; false. */
PRINTF_LIKE(2, 3) static bool refuse(struct importer *im, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	free(im->s->error);
	im->s->error = xvasprintf(fmt, ap);
	im->s->error_code = 0;
	va_end(ap);
	return false;
}

/* Text of the last row's column i (or of s), fit to be printed in a message. */
static char *shown(const char *s)
{
	return text_sanitize(s ? s : "", TEXT_ONE_LINE);
}

static char *column(struct importer *im, int i)
{
	return shown((const char *)sqlite3_column_text(im->last, i));
}

static int64_t found_id(struct importer *im, int rc)
{
	return rc == SQLITE_ROW ? sqlite3_column_int64(im->last, 0) : 0;
}

static bool add_team(struct importer *im, const struct meeting_record *r)
{
	const char *sql = "SELECT id FROM team WHERE uid = ?";
	int rc = run(im, sql, "t", r->info.team_uid);
	im->team = found_id(im, rc);
	if (!rc || im->team)
		return rc != 0;
	if (!run(im, "INSERT INTO team (uid, name, created_at) VALUES (?, ?, " STORE_NOW ")", "tt",
		 r->info.team_uid, r->info.team_name))
		return false;
	im->team = sqlite3_last_insert_rowid(im->s->db);
	im->result->teams++;
	remember(im, ADDED_TEAM, im->team);
	/* The roles in the order the meeting lists them: its team's order. */
	const char *const *defaults = rotation_default_roles;
	size_t n = r->n_roles ? r->n_roles : ROTATION_DEFAULT_ROLES;
	for (size_t i = 0; i < n; i++)
		if (!run(im, "INSERT INTO team_role (team_id, position, name) VALUES (?, ?, ?)", "iit",
			 im->team, (int64_t)i, r->n_roles ? r->roles[i].role : defaults[i]))
			return false;
	return true;
}

/* A member is in one team: one found here in another refuses the file. */
static bool other_team(struct importer *im, const struct meeting_record *r, size_t i)
{
	char *here = column(im, 2), *name = shown(r->attendees[i].name);
	char *there = shown(r->info.team_name);
	refuse(im, _("attendance[%zu]: \"member_uid\" %s (%s) is a member of team \"%s\" here, "
	       "not of team \"%s\": a member is in one team"), i, r->attendees[i].member_uid, name,
	       here, there);
	free(here);
	free(name);
	free(there);
	return false;
}

static bool add_members(struct importer *im, const struct meeting_record *r)
{
	for (size_t i = 0; i < r->n_attendees; i++) {
		const struct attendee *a = &r->attendees[i];
		int rc = run(im, "SELECT m.id, m.team_id, t.name FROM member m JOIN team t"
			     " ON t.id = m.team_id WHERE m.uid = ?", "t", a->member_uid);
		im->members[i] = found_id(im, rc);
		if (!rc)
			return false;
		if (im->members[i] && sqlite3_column_int64(im->last, 1) != im->team)
			return other_team(im, r, i);
		if (im->members[i])
			continue;
		/* A guest is not put on the team's list. */
		if (!run(im, "INSERT INTO member (uid, team_id, name, grp, position, active, guest,"
			     " created_at) VALUES (?, ?, ?, ?, (SELECT coalesce(max(position) + 1, 0) FROM"
			     " member WHERE team_id = ?), ?, ?, " STORE_NOW ")", "tittiii",
			 a->member_uid, im->team, a->name, a->group, im->team,
			 (int64_t)!a->guest, (int64_t)a->guest))
			return false;
		im->members[i] = sqlite3_last_insert_rowid(im->s->db);
		im->result->members++;
		remember(im, ADDED_MEMBER, im->members[i]);
	}
	return true;
}

/* A member id of the record (1 + attendance index, 0 none) in this database. */
static int64_t member(const struct importer *im, int64_t local)
{
	return local ? im->members[local - 1] : 0;
}

static bool add_meeting(struct importer *im, const struct meeting_record *r)
{
	const struct meeting_info *m = &r->info;
	/* The meeting keeps its number when this database has no meeting with it. */
	if (!run(im, "INSERT INTO meeting (id, uid, team_id, title, protocol_id, protocol_version,"
		     " rating_mode, status, started_at, closed_at, approved_at, cur_view) VALUES"
		     " ((SELECT CASE WHEN EXISTS (SELECT 1 FROM meeting WHERE id = ?1) THEN NULL ELSE ?1"
		     " END), ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 'closing')", "ititttttttt", m->id,
		 m->uid, im->team, m->title, m->protocol_id, m->protocol_version,
		 rating_mode_name(m->mode), meeting_status_name(m->status), m->started_at, m->closed_at,
		 m->approved_at))
		return false;
	im->meeting = sqlite3_last_insert_rowid(im->s->db);
	bool ok = true;
	for (size_t i = 0; ok && i < r->n_attendees; i++)
		ok = run(im, "INSERT INTO attendance (meeting_id, member_id, present, name, grp)"
			     " VALUES (?, ?, ?, ?, ?)", "iiitt", im->meeting, im->members[i],
			 (int64_t)r->attendees[i].present, r->attendees[i].name, r->attendees[i].group);
	for (size_t i = 0; ok && i < r->n_changes; i++) {
		char uid[33];
		store_new_uid(uid);
		ok = run(im, "INSERT INTO attendance_change (uid, meeting_id, member_id, present, at)"
			     " VALUES (?, ?, ?, ?, ?)", "tiiit", uid, im->meeting,
			 member(im, r->changes[i].member_id), (int64_t)r->changes[i].present,
			 r->changes[i].at);
	}
	for (size_t i = 0; ok && i < r->n_roles; i++)
		ok = run(im, "INSERT INTO role_assignment (meeting_id, role, member_id) VALUES (?, ?, ?)",
			 "iti", im->meeting, r->roles[i].role, member(im, r->roles[i].member_id));
	for (size_t i = 0; ok && i < r->n_steps; i++) {
		const struct step_record *x = &r->steps[i];
		ok = run(im, "INSERT INTO meeting_step (meeting_id, step_index, protocol_id, kind, title,"
			     " planned_seconds, agreed_seconds, actual_ms, items_step, vote_top, vote_dots,"
			     " vote_counting) VALUES (?, ?, ?, ?, ?, ?, ?, ?, nullif(?, -1), nullif(?, 0),"
			     " nullif(?, 0), ?)",
			 "iitttiiiiiii", im->meeting, (int64_t)i, x->protocol_id, x->kind, x->title,
			 (int64_t)x->planned_seconds,
			 (int64_t)(x->agreed_seconds ? x->agreed_seconds : x->planned_seconds), x->actual_ms, (int64_t)x->items_step,
			 (int64_t)x->vote_top, (int64_t)x->vote_dots, (int64_t)x->vote_counting);
	}
	for (size_t i = 0; ok && i < r->n_groups; i++)
		ok = run(im, "INSERT INTO meeting_group (meeting_id, step_index, position, group_key, title)"
			     " VALUES (?, ?, ?, ?, ?)", "iiitt", im->meeting, (int64_t)r->groups[i].step,
			 (int64_t)i, r->groups[i].key, r->groups[i].title);
	for (size_t i = 0; ok && i < r->n_point_labels; i++) {
		const struct point_label_record *x = &r->point_labels[i];
		ok = run(im, "INSERT INTO point_label (meeting_id, step_index, dimension_id, value, label,"
			     " text) VALUES (?, ?, ?, ?, ?, ?)", "iititt", im->meeting, (int64_t)x->step,
			 x->dimension_id, (int64_t)x->value, x->label, x->text);
	}
	return ok;
}

/* The entries whose uid is checked here, each with the query that finds the
 * meeting holding one. */
enum holder { HOLD_ITEM, HOLD_POINT, HOLD_DECISION, HOLD_ACTION };
static const struct {
	const char *list, *what, *sql;
} holders[] = {
	[HOLD_ITEM] = { "items", N_("an item"), "SELECT m.id, m.title, t.name FROM item x JOIN meeting m"
		" ON m.id = x.meeting_id JOIN team t ON t.id = m.team_id WHERE x.uid = ?" },
	[HOLD_POINT] = { "talking_points", N_("a talking point"), "SELECT m.id, m.title, t.name FROM"
		" talking_point x JOIN meeting m ON m.id = x.meeting_id JOIN team t ON t.id = m.team_id"
		" WHERE x.uid = ?" },
	[HOLD_DECISION] = { "decisions", N_("a decision"), "SELECT m.id, m.title, t.name FROM decision x"
		" JOIN meeting m ON m.id = x.meeting_id JOIN team t ON t.id = m.team_id WHERE x.uid = ?" },
	[HOLD_ACTION] = { "actions", N_("an action item"), "SELECT m.id, m.title, t.name FROM action_item x"
		" JOIN meeting m ON m.id = x.meeting_id JOIN team t ON t.id = m.team_id WHERE x.uid = ?" },
};

/* After a failed insert of entry i of a list: when its uid is taken (here,
 * or by a meeting earlier in the file), says by which meeting. False. */
static bool taken(struct importer *im, enum holder h, size_t i, const char *uid)
{
	if (sqlite3_extended_errcode(im->s->db) != SQLITE_CONSTRAINT_UNIQUE ||
	    run(im, holders[h].sql, "t", uid) != SQLITE_ROW)
		return false; /* the message of the failure stands */
	char *title = column(im, 1), *team = column(im, 2);
	refuse(im, _("%s[%zu]: \"uid\" %s is already the uid of %s of meeting %lld (\"%s\", team "
	       "\"%s\"): an entry belongs to one meeting"), holders[h].list, i, uid, _(holders[h].what),
	       (long long)sqlite3_column_int64(im->last, 0), title, team);
	free(title);
	free(team);
	return false;
}

static int rating_order(const void *a, const void *b)
{
	const struct rating_record *x = *(const struct rating_record *const *)a,
				   *y = *(const struct rating_record *const *)b;
	if (x->step != y->step)
		return x->step < y->step ? -1 : 1;
	if (x->dim_index != y->dim_index)
		return x->dim_index < y->dim_index ? -1 : 1;
	return (x->value > y->value) - (x->value < y->value);
}

static bool add_entries(struct importer *im, const struct meeting_record *r)
{
	bool ok = true;
	char uid[33];
	/* Ballots (blind ratings) go in as the secret ballot keeps them: in
	 * value order, numbered by rank, with the meeting's start for their
	 * time, whatever order a file lists them in. */
	const struct rating_record **rs = xcalloc(r->n_ratings + 1, sizeof *rs);
	for (size_t i = 0; i < r->n_ratings; i++)
		rs[i] = &r->ratings[i];
	qsort(rs, r->n_ratings, sizeof *rs, rating_order);
	size_t rank = 0;
	for (size_t i = 0; ok && i < r->n_ratings; i++) {
		struct rating_record ballot = *rs[i];
		const struct rating_record *x = &ballot;
		if (!x->member_id) {
			const struct rating_record *before = i ? rs[i - 1] : NULL;
			rank = before && !before->member_id && before->step == x->step &&
					       before->dim_index == x->dim_index ? rank + 1 : 0;
			ballot.slot = rank;
			ballot.entered_at = r->info.started_at;
		}
		store_new_uid(uid);
		ok = run(im, "INSERT INTO rating (uid, meeting_id, step_index, dimension_index,"
			     " dimension_id, dimension_title, slot, member_id, value, scale_min, scale_max,"
			     " entered_at) VALUES (?, ?, ?, ?, ?, ?, ?, nullif(?, 0), ?, ?, ?, ?)",
			 "tiiittiiiiit", uid, im->meeting, (int64_t)x->step, (int64_t)x->dim_index,
			 x->dimension_id, x->dimension_title, (int64_t)x->slot, member(im, x->member_id),
			 (int64_t)x->value, (int64_t)x->scale_min, (int64_t)x->scale_max, x->entered_at);
	}
	free(rs);
	for (size_t i = 0; ok && i < r->n_items; i++) {
		const struct item_record *x = &r->items[i];
		ok = run(im, "INSERT INTO item (uid, meeting_id, step_index, box, text, position,"
			     " created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)", "tiittit",
			 x->uid, im->meeting, (int64_t)x->step, x->group, x->text, (int64_t)i,
			 x->created_at);
		if (!ok)
			return taken(im, HOLD_ITEM, i, x->uid);
		im->items[i] = sqlite3_last_insert_rowid(im->s->db);
	}
	for (size_t i = 0; ok && i < r->n_votes; i++) {
		const struct vote_record *x = &r->votes[i];
		store_new_uid(uid);
		ok = run(im, "INSERT INTO vote (uid, item_id, step_index, member_id, dots, created_at)"
			     " VALUES (?, ?, ?, nullif(?, 0), ?, " STORE_NOW ")", "tiiii", uid,
			 im->items[x->item_id - 1], (int64_t)x->step, member(im, x->member_id),
			 (int64_t)x->dots);
	}
	for (size_t i = 0; ok && i < r->n_points; i++) {
		const struct point_record *x = &r->points[i];
		ok = run(im, "INSERT INTO talking_point (uid, meeting_id, step_index, text, position,"
			     " created_at, updated_at, agreed_text, corrected_by, corrected_at)"
			     " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6, ?7, ?8, ?9)", "tiititttt",
			 x->uid, im->meeting, (int64_t)x->step, x->text, (int64_t)i, x->updated_at,
			 x->agreed_text, x->corrected_by, x->corrected_at);
		if (!ok)
			return taken(im, HOLD_POINT, i, x->uid);
		int64_t point = sqlite3_last_insert_rowid(im->s->db);
		for (size_t g = 0; ok && g < x->n_agreed; g++)
			ok = run(im, "INSERT INTO talking_point_agreement (talking_point_id, grp, agreed_at)"
				     " VALUES (?, ?, ?)", "itt", point, x->agreed_by[g], x->agreed_at[g]);
	}
	return ok;
}

static bool add_outcomes(struct importer *im, const struct meeting_record *r)
{
	bool ok = true;
	char uid[33], fist[64];
	for (size_t i = 0; ok && i < r->n_decisions; i++) {
		const struct decision_record *x = &r->decisions[i];
		snprintf(fist, sizeof fist, "%d,%d,%d,%d,%d,%d", x->fist[0], x->fist[1], x->fist[2],
			 x->fist[3], x->fist[4], x->fist[5]);
		/* The decision it reopens may be in this database or earlier in the file. */
		ok = run(im, "INSERT INTO decision (uid, meeting_id, step_index, topic, continuum_point,"
			     " continuum_title, decision, reasons, consensus, status, reopens_id,"
			     " reopen_info, reopen_votes, reopen_present, created_at, updated_at) VALUES"
			     " (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, (SELECT id FROM decision WHERE uid"
			     " = ?11), ?12, nullif(?13, 0), nullif(?14, 0), ?15, ?15)", "tiitttttttttiit",
			 x->uid, im->meeting, (int64_t)x->step, x->topic, x->point_id, x->point_title,
			 x->text, x->reasons, x->fist_taken ? fist : NULL, decision_status_name(x->status), x->reopens_uid,
			 x->reopen_info, (int64_t)x->reopen_votes, (int64_t)x->reopen_present,
			 x->updated_at);
		if (!ok)
			return taken(im, HOLD_DECISION, i, x->uid);
	}
	for (size_t i = 0; ok && i < r->n_actions; i++) {
		const struct action_record *x = &r->actions[i];
		ok = run(im, "INSERT INTO action_item (uid, meeting_id, step_index, text, owner_member_id,"
			     " due_date, status, item_id, created_at, updated_at) VALUES (?1, ?2, ?3, ?4,"
			     " nullif(?5, 0), ?6, ?7, (SELECT id FROM item WHERE uid = ?9 AND meeting_id"
			     " = ?2), ?8, ?8)", "tiitittt" "t", x->uid, im->meeting,
			 (int64_t)x->step, x->text, member(im, x->owner), x->due,
			 action_status_name(x->status), x->updated_at, x->item_uid);
		if (!ok)
			return taken(im, HOLD_ACTION, i, x->uid);
	}
	for (size_t i = 0; ok && i < r->n_focus; i++)
		ok = run(im, "INSERT INTO norm_focus (meeting_id, step_index, norm_id, norm_name,"
			     " picked_at) VALUES (?, ?, ?, ?, ?)", "iittt", im->meeting,
			 (int64_t)r->focus[i].step, r->focus[i].norm_id, r->focus[i].norm_name,
			 r->focus[i].picked_at);
	for (size_t i = 0; ok && i < r->n_levels; i++) {
		const struct level_record *x = &r->levels[i];
		ok = run(im, "INSERT INTO agreed_level (uid, meeting_id, step_index, component_index,"
			     " component_id, component_title, level, target, target_date, scale_min,"
			     " scale_max, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6,"
			     " nullif(?7, -1), nullif(?8, -1), ?9, ?10, ?11, ?12, ?13)", "tiiitti" "itiitt",
			 x->uid, im->meeting, (int64_t)x->step, (int64_t)x->component_index,
			 x->component_id, x->component_title, (int64_t)x->level, (int64_t)x->target,
			 x->target_date, (int64_t)x->scale_min, (int64_t)x->scale_max, x->created_at,
			 x->updated_at);
	}
	for (size_t i = 0; ok && i < r->n_amendments; i++) {
		const struct amendment_record *x = &r->amendments[i];
		store_new_uid(uid);
		ok = run(im, "INSERT INTO amendment (uid, meeting_id, what, before, after, reason,"
			     " amended_at) VALUES (?, ?, ?, ?, ?, ?, ?)", "tittttt", uid, im->meeting,
			 x->what, x->before, x->after, x->reason, x->amended_at);
	}
	return ok;
}

static bool import_one(struct importer *im, const struct meeting_record *r)
{
	int rc = run(im, "SELECT m.id, t.name, t.uid FROM meeting m JOIN team t ON t.id = m.team_id"
		     " WHERE m.uid = ?", "t", r->info.uid);
	if (!rc)
		return false;
	if (found_id(im, rc) &&
	    strcmp((const char *)sqlite3_column_text(im->last, 2), r->info.team_uid) != 0) {
		char *here = column(im, 1), *there = shown(r->info.team_name);
		refuse(im, _("\"uid\" %s is meeting %lld here, of team \"%s\", not of team \"%s\""),
		       r->info.uid, (long long)found_id(im, rc), here, there);
		free(here);
		free(there);
		return false;
	}
	if (found_id(im, rc)) {
		im->result->already++;
		return true;
	}
	/* A meeting still running belongs to the laptop running it. */
	if (r->info.status == MEETING_RUNNING) {
		im->result->running++;
		return true;
	}
	im->members = xreallocarray(im->members, r->n_attendees + 1, sizeof *im->members);
	im->items = xreallocarray(im->items, r->n_items + 1, sizeof *im->items);
	if (!add_team(im, r) || !add_members(im, r) || !add_meeting(im, r) ||
	    !add_entries(im, r) || !add_outcomes(im, r))
		return false;
	im->result->added++;
	remember(im, ADDED_MEETING, im->meeting);
	return true;
}

/* Resets every kept statement: a commit needs none of them reading. */
static void reset_all(struct importer *im)
{
	for (size_t i = 0; i < im->n_cache; i++)
		sqlite3_reset(im->cache[i].st);
}

static bool commit_batch(struct importer *im)
{
	reset_all(im);
	im->open = false;
	if (store_commit(im->s))
		return true;
	store_rollback(im->s);
	return false;
}

/* Deletes the rows with the ids of kind k, in one statement. */
static bool delete_added(struct importer *im, const char *table, enum added_kind k)
{
	for (size_t i = 0; i < im->n_added[k]; i++) {
		char *sql = xasprintf("DELETE FROM %s WHERE id = ?", table);
		sqlite3_stmt *st = store_prepare(im->s, sql);
		free(sql);
		if (!st)
			return false;
		sqlite3_bind_int64(st, 1, im->added[k][i]);
		if (!store_exec_stmt(im->s, st))
			return false;
	}
	return true;
}

/* Takes back the batches already committed: their meetings (with all they
 * hold), then the members and teams made for them. */
static bool take_back(struct importer *im)
{
	if (im->open) {
		reset_all(im);
		store_rollback(im->s);
		im->open = false;
	}
	if (!im->n_added[ADDED_MEETING] && !im->n_added[ADDED_MEMBER] && !im->n_added[ADDED_TEAM])
		return true;
	char *why = im->s->error ? xstrdup(im->s->error) : NULL;
	bool ok = store_begin(im->s) && delete_added(im, "meeting", ADDED_MEETING) &&
		  delete_added(im, "member", ADDED_MEMBER) && delete_added(im, "team", ADDED_TEAM) &&
		  store_commit(im->s);
	if (!ok)
		store_rollback(im->s);
	/* The reason the import stopped is what the person needs to read. */
	if (why) {
		free(im->s->error);
		im->s->error = why;
	}
	return ok;
}

struct importer *store_import_begin(struct store *s, struct import_result *result)
{
	memset(result, 0, sizeof *result);
	if (!store_begin(s))
		return NULL;
	struct importer *im = xcalloc(1, sizeof *im);
	im->s = s;
	im->result = result;
	im->open = true;
	im->opened_ms = mono_ms();
	return im;
}

bool store_import_meeting(struct importer *im, const struct meeting_record *r)
{
	if (!im->open) {
		struct timespec aside = { 0, IMPORT_STEP_ASIDE_MS * 1000000L };
		nanosleep(&aside, NULL);
		if (!store_begin(im->s))
			return false;
		im->open = true;
		im->opened_ms = mono_ms();
	}
	if (!import_one(im, r))
		return false;
	return mono_ms() - im->opened_ms < IMPORT_BATCH_MS || commit_batch(im);
}

bool store_import_end(struct importer *im, bool commit)
{
	bool ok = commit && (!im->open || commit_batch(im));
	if (!ok)
		take_back(im);
	/* Finalized at the end, so no statement is left reading. */
	for (size_t i = 0; i < im->n_cache; i++)
		sqlite3_finalize(im->cache[i].st);
	struct import_result *result = im->result;
	free(im->members);
	free(im->items);
	for (int k = 0; k < 3; k++)
		free(im->added[k]);
	free(im);
	if (!ok)
		memset(result, 0, sizeof *result);
	return ok;
}

bool store_import_meetings(struct store *s, const struct meeting_record *rs, size_t n,
			   struct import_result *result, size_t *failed_at)
{
	struct importer *im = store_import_begin(s, result);
	bool ok = im != NULL;
	for (size_t i = 0; ok && i < n; i++) {
		ok = store_import_meeting(im, &rs[i]);
		if (!ok && failed_at)
			*failed_at = i;
	}
	return im && store_import_end(im, ok) && ok;
}
