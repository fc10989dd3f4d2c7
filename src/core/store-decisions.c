/* store-decisions: decisions and how each was made, and action items. */
#include <sqlite3.h>

#include "convene/i18n.h"
#include "convene/store.h"
#include "convene/util.h"
#include "store-internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The fist-to-five counts as "0,1,2,3,4,5" (counts of each), or NULL. */
static char *fist_text(const struct decision *d)
{
	if (!d->fist_taken)
		return NULL;
	return xasprintf("%d,%d,%d,%d,%d,%d", d->fist[0], d->fist[1], d->fist[2], d->fist[3],
			 d->fist[4], d->fist[5]);
}

enum store_edit store_save_decision(struct store *s, int64_t meeting_id, size_t step,
				    const struct decision *d, const struct continuum_point *point,
				    int64_t *id, struct store_now *now)
{
	char uid[33];
	store_new_uid(uid);
	sqlite3_stmt *st = store_prepare(s, d->id ?
		"UPDATE decision SET topic = :topic, continuum_point = :point, continuum_title ="
		" :ptitle, decision = :text, reasons = :reasons, consensus = :fist, status = :status,"
		" version = version + 1, updated_at = " STORE_NOW " WHERE id = :id AND version ="
		" :version" :
		"INSERT INTO decision (uid, meeting_id, step_index, topic, continuum_point,"
		" continuum_title, decision, reasons, consensus, status, reopens_id, reopen_info,"
		" reopen_votes, reopen_present, created_at, updated_at) VALUES"
		" (:uid, :meeting, :step, :topic, :point, :ptitle, :text, :reasons, :fist, :status,"
		" :reopens, :rinfo, :rvotes, :rpresent, " STORE_NOW ", " STORE_NOW ")");
	char *fist = fist_text(d);
	if (st) {
		if (d->id) {
			bind_int(st, ":id", d->id);
			bind_int(st, ":version", d->version);
		} else {
			bind_text(st, ":uid", uid);
			bind_int(st, ":meeting", meeting_id);
			bind_int(st, ":step", (int64_t)step);
			if (d->reopens_id) {
				bind_int(st, ":reopens", d->reopens_id);
				bind_text(st, ":rinfo", d->reopen_info);
				bind_int(st, ":rvotes", d->reopen_votes);
				bind_int(st, ":rpresent", d->reopen_present);
			}
		}
		bind_text(st, ":topic", d->topic ? d->topic : "");
		bind_text(st, ":point", point ? point->id : NULL);
		bind_text(st, ":ptitle", point ? point->title : NULL);
		bind_text(st, ":text", d->text ? d->text : "");
		bind_text(st, ":reasons", d->reasons ? d->reasons : "");
		bind_text(st, ":fist", fist);
		bind_text(st, ":status", decision_status_name(d->status));
	}
	free(fist);
	return store_write_entry(s, st, "decision", "decision", d->id, d->version, id, now);
}

enum store_edit store_delete_decision(struct store *s, int64_t id, int64_t version,
				      struct store_now *now)
{
	return store_delete_entry(s, "decision", "decision", id, version, now);
}

static void read_decision(sqlite3_stmt *st, struct meeting_record *r)
{
	r->decisions = array_grow(r->decisions, r->n_decisions, sizeof *r->decisions);
	struct decision_record *d = &r->decisions[r->n_decisions++];
	*d = (struct decision_record){
		.id = sqlite3_column_int64(st, 1),
		.uid = column_text(st, 2),
		.step = (size_t)sqlite3_column_int64(st, 3),
		.topic = column_text(st, 4),
		.point_id = column_text(st, 5),
		.point_title = column_text(st, 6),
		.text = column_text(st, 7),
		.reasons = column_text(st, 8),
		.updated_at = column_text(st, 11),
		.reopens_uid = column_text(st, 12),
		.reopens_topic = column_text(st, 13),
		.reopen_info = column_text(st, 14),
		.reopen_votes = sqlite3_column_int(st, 15),
		.reopen_present = sqlite3_column_int(st, 16),
		.reopens_id = sqlite3_column_int64(st, 17),
		.version = sqlite3_column_int64(st, 18),
	};
	if (!decision_status_parse((const char *)sqlite3_column_text(st, 10), &d->status))
		d->status = DECISION_DRAFT;
	const char *fist = (const char *)sqlite3_column_text(st, 9);
	d->fist_taken = fist && sscanf(fist, "%d,%d,%d,%d,%d,%d", &d->fist[0], &d->fist[1],
					&d->fist[2], &d->fist[3], &d->fist[4], &d->fist[5]) == 6;
}

const struct record_part store_decisions_part = {
	"SELECT d.meeting_id, d.id, d.uid, d.step_index, d.topic, d.continuum_point,"
	" d.continuum_title, d.decision, d.reasons, d.consensus, d.status, d.updated_at, o.uid,"
	" o.topic, d.reopen_info, d.reopen_votes, d.reopen_present, d.reopens_id, d.version"
	" FROM decision d"
	" LEFT JOIN decision o ON o.id = d.reopens_id WHERE d.meeting_id",
	" ORDER BY d.meeting_id, d.id", N_("the decisions"), read_decision, RECORD_DECISIONS
};

void store_free_decisions(struct meeting_record *r)
{
	for (size_t i = 0; i < r->n_decisions; i++) {
		struct decision_record *d = &r->decisions[i];
		free(d->uid);
		free(d->topic);
		free(d->point_id);
		free(d->point_title);
		free(d->text);
		free(d->reasons);
		free(d->updated_at);
		free(d->reopens_uid);
		free(d->reopens_topic);
		free(d->reopen_info);
	}
	free(r->decisions);
}

enum store_edit store_save_action(struct store *s, int64_t meeting_id, size_t step,
				  const struct action_item *a, int64_t *id, struct store_now *now)
{
	char uid[33];
	store_new_uid(uid);
	sqlite3_stmt *st = store_prepare(s, a->id ?
		"UPDATE action_item SET text = :text, owner_member_id = :owner, due_date = :due,"
		" status = :status, version = version + 1, updated_at = " STORE_NOW
		" WHERE id = :id AND version = :version" :
		"INSERT INTO action_item (uid, meeting_id, step_index, text, owner_member_id, due_date,"
		" status, item_id, created_at, updated_at) VALUES (:uid, :meeting, :step, :text, :owner,"
		" :due, :status, :item, " STORE_NOW ", " STORE_NOW ")");
	if (st) {
		if (a->id) {
			bind_int(st, ":id", a->id);
			bind_int(st, ":version", a->version);
		} else {
			bind_text(st, ":uid", uid);
			bind_int(st, ":meeting", meeting_id);
			bind_int(st, ":step", (int64_t)step);
			if (a->item_id)
				bind_int(st, ":item", a->item_id);
			else
				bind_null(st, ":item");
		}
		bind_text(st, ":text", a->text);
		if (a->owner)
			bind_int(st, ":owner", a->owner);
		else
			bind_null(st, ":owner");
		bind_text(st, ":due", a->due[0] ? a->due : NULL);
		bind_text(st, ":status", action_status_name(a->status));
	}
	return store_write_entry(s, st, "action_item", "text", a->id, a->version, id, now);
}

enum store_edit store_delete_action(struct store *s, int64_t id, int64_t version,
				    struct store_now *now)
{
	return store_delete_entry(s, "action_item", "text", id, version, now);
}

static void read_action(sqlite3_stmt *st, struct meeting_record *r)
{
	r->actions = array_grow(r->actions, r->n_actions, sizeof *r->actions);
	struct action_record *a = &r->actions[r->n_actions++];
	*a = (struct action_record){
		.id = sqlite3_column_int64(st, 1),
		.uid = column_text(st, 2),
		.step = (size_t)sqlite3_column_int64(st, 3),
		.text = column_text(st, 4),
		.owner = sqlite3_column_int64(st, 5),
		.owner_name = column_text(st, 6),
		.due = column_text(st, 7),
		.updated_at = column_text(st, 9),
		.item_id = sqlite3_column_int64(st, 10),
		.item_uid = column_text(st, 11),
		.item_text = column_text(st, 12),
		.version = sqlite3_column_int64(st, 13),
	};
	if (!action_status_parse((const char *)sqlite3_column_text(st, 8), &a->status))
		a->status = ACTION_OPEN;
}

const struct record_part store_actions_part = {
	"SELECT a.meeting_id, a.id, a.uid, a.step_index, a.text, a.owner_member_id,"
	/* An item taken off the record lends no words, and no link, to the
	 * action carried from it: the action's own text stands alone. */
	" coalesce(at.name, mb.name), a.due_date, a.status, a.updated_at, a.item_id, CASE WHEN"
	" it.off_record THEN NULL ELSE it.uid END, CASE WHEN it.off_record THEN NULL ELSE it.text"
	" END, a.version FROM action_item a LEFT JOIN member mb ON mb.id = a.owner_member_id"
	" LEFT JOIN attendance at ON at.meeting_id = a.meeting_id AND at.member_id = a.owner_member_id"
	" LEFT JOIN item it ON it.id = a.item_id WHERE a.meeting_id", " ORDER BY a.meeting_id, a.id",
	N_("the action items"),
	read_action, RECORD_ACTIONS
};

void store_free_actions(struct meeting_record *r)
{
	for (size_t i = 0; i < r->n_actions; i++) {
		struct action_record *a = &r->actions[i];
		free(a->uid);
		free(a->text);
		free(a->owner_name);
		free(a->due);
		free(a->updated_at);
		free(a->item_uid);
		free(a->item_text);
	}
	free(r->actions);
}

bool store_earlier_decisions(struct store *s, int64_t team_id, int64_t meeting_id,
			     struct earlier_decision **out, size_t *n)
{
	*out = NULL;
	*n = 0;
	sqlite3_stmt *st = store_prepare(s,
		"SELECT d.id, m.id, d.topic, d.decision, date(m.started_at, 'localtime')"
		" FROM decision d JOIN meeting m ON m.id = d.meeting_id"
		" WHERE m.team_id = :team AND m.id <> :meeting AND d.status = 'decided'"
		" ORDER BY m.started_at DESC, d.id DESC LIMIT 200");
	if (!st)
		return false;
	bind_int(st, ":team", team_id);
	bind_int(st, ":meeting", meeting_id);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		*out = xreallocarray(*out, *n + 1, sizeof **out);
		(*out)[(*n)++] = (struct earlier_decision){
			sqlite3_column_int64(st, 0), sqlite3_column_int64(st, 1), column_text(st, 2),
			column_text(st, 3), column_text(st, 4)
		};
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		store_set_error(s, _("cannot read the earlier decisions"));
		return false;
	}
	return true;
}

void earlier_decisions_free(struct earlier_decision *d, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(d[i].topic);
		free(d[i].text);
		free(d[i].date);
	}
	free(d);
}
