/* store-load: a meeting read back from the store, for resume, review and
 * export: the list of meetings, and one meeting's whole record, read in
 * one transaction so it is a consistent snapshot. */
#include <sqlite3.h>

#include "convene/i18n.h"
#include "convene/store.h"
#include "convene/util.h"
#include "store-internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void store_read_info(sqlite3_stmt *st, struct meeting_info *m)
{
	const char *mode = (const char *)sqlite3_column_text(st, 7);
	const char *status = (const char *)sqlite3_column_text(st, 8);
	const char *view = (const char *)sqlite3_column_text(st, 13);
	*m = (struct meeting_info){
		.id = sqlite3_column_int64(st, 0),
		.uid = column_text(st, 1),
		.team_id = sqlite3_column_int64(st, 2),
		.team_name = column_text(st, 3),
		.title = column_text(st, 4),
		.protocol_id = column_text(st, 5),
		.protocol_version = column_text(st, 6),
		.mode = RATING_NAMED,
		.status = MEETING_RUNNING,
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
		.team_uid = column_text(st, 22),
		.approved_at = column_text(st, 23),
		.guests_count = sqlite3_column_int(st, 24) != 0,
		.opening_norms = column_text(st, 25),
	};
	/* The schema's CHECK admits only names in the tables; a row that
	 * somehow holds another reads as the safe state. */
	if (!rating_mode_parse(mode, &m->mode))
		m->mode = RATING_NAMED;
	if (!meeting_status_parse(status, &m->status))
		m->status = MEETING_RUNNING;
}

static void info_free(struct meeting_info *m)
{
	free(m->uid);
	free(m->team_name);
	free(m->title);
	free(m->protocol_id);
	free(m->protocol_version);
	free(m->started_at);
	free(m->closed_at);
	free(m->agenda_items);
	free(m->team_quorum);
	free(m->team_uid);
	free(m->approved_at);
	free(m->opening_norms);
}

bool store_list_meetings(struct store *s, const enum meeting_status *status, size_t limit,
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
		bind_text(st, ":status", meeting_status_name(*status));
	bind_int(st, ":limit", limit ? (int64_t)limit : -1);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		*out = xreallocarray(*out, *n + 1, sizeof **out);
		store_read_info(st, &(*out)[(*n)++]);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		store_set_error(s, _("cannot read meetings"));
		return false;
	}
	return true;
}

void meeting_info_free(struct meeting_info *m)
{
	info_free(m);
}

void meeting_infos_free(struct meeting_info *m, size_t n)
{
	for (size_t i = 0; i < n; i++)
		info_free(&m[i]);
	free(m);
}

static bool attendee_before(const struct attendee *a, int position, int64_t member_id)
{
	return a->position != position ? a->position < position : a->member_id < member_id;
}

/* Kept in the team's order by insertion: the rows come in member id order,
 * which is nearly always that order already, and sorting them in SQL would
 * cost a sort of every attendance row of a history. */
static void read_attendee(sqlite3_stmt *st, struct meeting_record *r)
{
	r->attendees = array_grow(r->attendees, r->n_attendees, sizeof *r->attendees);
	struct attendee a = {
		.member_id = sqlite3_column_int64(st, 1),
		.name = column_text(st, 2),
		.group = column_text(st, 3),
		.present = sqlite3_column_int(st, 4) != 0,
		.position = sqlite3_column_int(st, 5),
		.member_uid = column_text(st, 6),
		.guest = sqlite3_column_int(st, 7) != 0,
		.retired = sqlite3_column_int(st, 8) == 0 && sqlite3_column_int(st, 7) == 0,
	};
	size_t at = r->n_attendees++;
	for (; at > 0 && !attendee_before(&r->attendees[at - 1], a.position, a.member_id); at--)
		r->attendees[at] = r->attendees[at - 1];
	r->attendees[at] = a;
}

static void read_step(sqlite3_stmt *st, struct meeting_record *r)
{
	r->steps = array_grow(r->steps, r->n_steps, sizeof *r->steps);
	r->steps[r->n_steps++] = (struct step_record){
		.kind = column_text(st, 1),
		.title = column_text(st, 2),
		.planned_seconds = sqlite3_column_int(st, 3),
		.actual_ms = sqlite3_column_int64(st, 4),
		.vote_dots = sqlite3_column_int(st, 5),
		.vote_counting = sqlite3_column_int(st, 6) != 0,
		.items_step = sqlite3_column_int(st, 7),
		.vote_top = sqlite3_column_int(st, 8),
		.protocol_id = column_text(st, 9),
		.silence_over = sqlite3_column_int(st, 10) != 0,
		.agreed_seconds = sqlite3_column_int(st, 11),
	};
}

static void read_rating(sqlite3_stmt *st, struct meeting_record *r)
{
	r->ratings = array_grow(r->ratings, r->n_ratings, sizeof *r->ratings);
	r->ratings[r->n_ratings++] = (struct rating_record){
		.step = (size_t)sqlite3_column_int64(st, 1),
		.dim_index = (size_t)sqlite3_column_int64(st, 2),
		.dimension_id = column_text(st, 3),
		.dimension_title = column_text(st, 4),
		.slot = (size_t)sqlite3_column_int64(st, 5),
		.member_id = sqlite3_column_int64(st, 6),
		.member_name = column_text(st, 7),
		.member_group = column_text(st, 8),
		.value = sqlite3_column_int(st, 9),
		.scale_min = sqlite3_column_int(st, 10),
		.scale_max = sqlite3_column_int(st, 11),
		.entered_at = column_text(st, 12),
	};
}

static void read_item(sqlite3_stmt *st, struct meeting_record *r)
{
	r->items = array_grow(r->items, r->n_items, sizeof *r->items);
	r->items[r->n_items++] = (struct item_record){
		.id = sqlite3_column_int64(st, 1),
		.step = (size_t)sqlite3_column_int64(st, 2),
		.group = column_text(st, 3),
		.text = column_text(st, 4),
		.created_at = column_text(st, 5),
		.off_record = sqlite3_column_int(st, 6) != 0,
		.uid = column_text(st, 7),
		.version = sqlite3_column_int64(st, 8),
	};
}

static void read_group(sqlite3_stmt *st, struct meeting_record *r)
{
	r->groups = array_grow(r->groups, r->n_groups, sizeof *r->groups);
	r->groups[r->n_groups++] = (struct group_record){
		.step = (size_t)sqlite3_column_int64(st, 1),
		.key = column_text(st, 2),
		.title = column_text(st, 3),
	};
}

static void read_vote(sqlite3_stmt *st, struct meeting_record *r)
{
	r->votes = array_grow(r->votes, r->n_votes, sizeof *r->votes);
	r->votes[r->n_votes++] = (struct vote_record){
		.step = (size_t)sqlite3_column_int64(st, 1),
		.item_id = sqlite3_column_int64(st, 2),
		.member_id = sqlite3_column_int64(st, 3),
		.member_name = column_text(st, 4),
		.dots = sqlite3_column_int(st, 5),
	};
}

static void read_change(sqlite3_stmt *st, struct meeting_record *r)
{
	r->changes = array_grow(r->changes, r->n_changes, sizeof *r->changes);
	r->changes[r->n_changes++] = (struct attendance_change){
		.member_id = sqlite3_column_int64(st, 1),
		.present = sqlite3_column_int(st, 2) != 0,
		.at = column_text(st, 3),
	};
}

static const struct record_part changes_part = {
	"SELECT meeting_id, member_id, present, at FROM attendance_change WHERE meeting_id",
	" ORDER BY meeting_id, id", N_("the arrivals and departures"), read_change, 0
}, attendance_part = {
	"SELECT a.meeting_id, a.member_id, coalesce(a.name, mb.name), coalesce(a.grp, mb.grp),"
	" a.present, mb.position, mb.uid, mb.guest, mb.active FROM attendance a JOIN member mb ON mb.id = a.member_id WHERE a.meeting_id",
	" ORDER BY a.meeting_id", N_("the attendance"), read_attendee, 0
}, steps_part = {
	"SELECT meeting_id, kind, title, planned_seconds, actual_ms, coalesce(vote_dots, 0),"
	" vote_counting, coalesce(items_step, -1), coalesce(vote_top, 0), protocol_id,"
	" silence_over, coalesce(agreed_seconds, planned_seconds) FROM meeting_step WHERE meeting_id", " ORDER BY meeting_id, step_index", N_("the steps"),
	read_step, 0
}, ratings_part = {
	"SELECT r.meeting_id, r.step_index, r.dimension_index, r.dimension_id, r.dimension_title,"
	" r.slot, r.member_id, coalesce(at.name, mb.name), coalesce(at.grp, mb.grp), r.value,"
	" r.scale_min, r.scale_max, r.entered_at FROM rating r LEFT JOIN member mb ON mb.id ="
	" r.member_id LEFT JOIN attendance at ON at.meeting_id = r.meeting_id AND at.member_id ="
	" r.member_id WHERE r.meeting_id",
	" ORDER BY r.meeting_id, r.step_index, r.dimension_index, r.slot", N_("the ratings"),
	read_rating, RECORD_RATINGS
}, items_part = {
	"SELECT meeting_id, id, step_index, box, text, created_at, off_record, uid, version"
	" FROM item"
	" WHERE meeting_id", " ORDER BY meeting_id, step_index, position, id", N_("the items"),
	read_item, RECORD_ITEMS | RECORD_VOTES
}, groups_part = {
	"SELECT meeting_id, step_index, group_key, title FROM meeting_group WHERE meeting_id",
	" ORDER BY meeting_id, step_index, position", N_("the steps"), read_group,
	RECORD_ITEMS | RECORD_VOTES
}, votes_part = {
	"SELECT i.meeting_id, v.step_index, v.item_id, v.member_id, coalesce(at.name, mb.name),"
	" v.dots FROM vote v JOIN item i ON i.id = v.item_id LEFT JOIN member mb ON mb.id ="
	" v.member_id LEFT JOIN attendance at ON at.meeting_id = i.meeting_id AND at.member_id ="
	" v.member_id WHERE i.meeting_id", " ORDER BY i.meeting_id, v.step_index, v.item_id, v.id", N_("the votes"),
	read_vote, RECORD_VOTES
};

/* In reading order: the agreements after the points they belong to. */
static const struct record_part *const parts[] = {
	&attendance_part, &changes_part, &steps_part, &ratings_part, &items_part, &groups_part, &votes_part,
	&store_points_part, &store_agreements_part, &store_decisions_part, &store_actions_part,
	&store_focus_part, &store_roles_part, &store_amendments_part, &store_point_labels_part,
	&store_levels_part,
};

/* Reads one part for the meetings in index (sorted by id): of one meeting,
 * or of every meeting in temp.batch in one statement. */
static bool read_part(struct store *s, const struct record_part *p, bool bulk,
		      const struct record_ref *index, size_t n)
{
	struct strbuf sql;
	strbuf_init(&sql);
	strbuf_addf(&sql, "%s%s%s", p->select, bulk ? " IN (SELECT id FROM temp.batch)" :
						 " = :meeting", p->order);
	sqlite3_stmt *st = store_prepare(s, sql.data);
	strbuf_finish(&sql);
	if (!st)
		return false;
	if (!bulk)
		bind_int(st, ":meeting", index[0].id);
	int rc;
	const struct record_ref *last = NULL;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct record_ref key = { sqlite3_column_int64(st, 0), NULL };
		/* Rows come grouped by meeting, so the last one found is usually it. */
		if (!last || last->id != key.id)
			last = bsearch(&key, index, n, sizeof *index, store_record_ref_cmp);
		if (last)
			p->read(st, last->r);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		char what[80];
		snprintf(what, sizeof what, _("cannot read %s"), _(p->what));
		store_set_error(s, what);
		return false;
	}
	return true;
}

int store_record_ref_cmp(const void *a, const void *b)
{
	const struct record_ref *x = a, *y = b;
	return (x->id > y->id) - (x->id < y->id);
}

bool store_read_parts(struct store *s, unsigned kinds, bool bulk, const struct record_ref *index,
		      size_t n)
{
	bool ok = true;
	for (size_t i = 0; ok && i < ARRAY_LEN(parts); i++)
		if (!parts[i]->kinds || (parts[i]->kinds & kinds))
			ok = read_part(s, parts[i], bulk, index, n);
	return ok;
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
	if (!store_begin_read(s))
		return false;
	sqlite3_stmt *st = store_prepare(s, numeric ? "SELECT " MEETING_COLUMNS " WHERE m.id = :key" :
						      "SELECT " MEETING_COLUMNS " WHERE m.uid = :key");
	if (!st) {
		store_end_read(s);
		return false;
	}
	if (numeric)
		bind_int(st, ":key", strtoll(id_or_uid, NULL, 10));
	else
		bind_text(st, ":key", id_or_uid);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		store_read_info(st, &out->info);
		*found = true;
	}
	sqlite3_finalize(st);
	bool ok = rc == SQLITE_ROW || rc == SQLITE_DONE;
	if (!ok)
		store_set_error(s, _("cannot read meetings"));
	if (ok && *found)
		ok = store_read_parts(s, RECORD_ALL, false,
				      &(struct record_ref){ out->info.id, out }, 1);
	store_end_read(s);
	return ok;
}

void meeting_records_free(struct meeting_record *rs, size_t n)
{
	for (size_t i = 0; i < n; i++)
		meeting_record_free(&rs[i]);
	free(rs);
}

/* A record read in bulk: its text is in r->text, freed with the rest. */
static void free_arrays(struct meeting_record *r)
{
	for (size_t i = 0; i < r->n_points; i++) {
		free(r->points[i].agreed_by);
		free(r->points[i].agreed_at);
	}
	void *arrays[] = { r->attendees, r->steps, r->ratings, r->items, r->groups, r->votes,
			   r->points, r->decisions, r->actions, r->focus, r->levels, r->roles, r->amendments,
			   r->changes, r->point_labels };
	for (size_t i = 0; i < ARRAY_LEN(arrays); i++)
		free(arrays[i]);
	memset(r, 0, sizeof *r);
}

void meeting_record_free(struct meeting_record *r)
{
	if (r->text) {
		free_arrays(r);
		return;
	}
	info_free(&r->info);
	for (size_t i = 0; i < r->n_attendees; i++) {
		free(r->attendees[i].name);
		free(r->attendees[i].group);
		free(r->attendees[i].member_uid);
	}
	free(r->attendees);
	for (size_t i = 0; i < r->n_changes; i++)
		free(r->changes[i].at);
	free(r->changes);
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
	store_free_levels(r);
	store_free_roles(r);
	store_free_amendments(r);
	store_free_point_labels(r);
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
