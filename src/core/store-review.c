/*
 * store-review: the note taker's review of a meeting's record: correcting
 * an answer, item, talking point, decision or action item, taking an answer
 * or item off the record, approving the notes (the official
 * notes). Once approved, a change is an amendment: it needs a reason and is
 * kept with its time, in the same transaction as the change itself. A
 * talking point a group confirmed keeps the wording confirmed beside its
 * correction, with who corrected it and when, before approval as after.
 * A correction, like every edit, is of the entry as the note taker read it:
 * when the meeting (or another review) changed it since, nothing is written
 * and STORE_CHANGED says what it holds now.
 */
#include <sqlite3.h>

#include "convene/i18n.h"
#include "convene/store.h"
#include "convene/store-review.h"
#include "convene/util.h"
#include "store-internal.h"

#include <stdlib.h>
#include <string.h>

/* What the note taker can correct, where its words are kept, and what an
 * amendment calls it. Only answers and items go off the record: a talking
 * point, decision or action is the room's, not the note taker's, to drop. */
static const struct target {
	const char *table, *column, *noun;
	bool can_go_off;
} targets[] = {
	[REVIEW_ITEM] = { "item", "text", "entry", true },
	[REVIEW_POINT] = { "talking_point", "text", "talking point", false },
	[REVIEW_DECISION] = { "decision", "decision", "decision", false },
	[REVIEW_ACTION] = { "action_item", "text", "action item", false },
};

/* The status of the meeting an entry belongs to, and the entry's words,
 * flag and version; false when there is no such entry. */
static bool entry_state(struct store *s, const struct target *t, int64_t id,
			enum meeting_status *status, char **text, bool *off, int64_t *version)
{
	char *sql = xasprintf("SELECT m.status, x.%s, %s, x.version FROM %s x JOIN meeting m ON m.id ="
			      " x.meeting_id WHERE x.id = :id", t->column,
			      t->can_go_off ? "x.off_record" : "0", t->table);
	sqlite3_stmt *st = store_prepare(s, sql);
	free(sql);
	if (!st)
		return false;
	bind_int(st, ":id", id);
	bool found = sqlite3_step(st) == SQLITE_ROW;
	if (found) {
		if (!meeting_status_parse((const char *)sqlite3_column_text(st, 0), status))
			*status = MEETING_RUNNING;
		*text = column_text(st, 1);
		*off = sqlite3_column_int(st, 2) != 0;
		*version = sqlite3_column_int64(st, 3);
	} else {
		store_set_error(s, _("that entry is not in the record any more"));
	}
	sqlite3_finalize(st);
	return found;
}

static bool add_amendment(struct store *s, const struct target *t, int64_t id, const char *what,
			  const char *before, const char *after, const char *reason)
{
	char uid[33];
	store_new_uid(uid);
	char *sql = xasprintf("INSERT INTO amendment (uid, meeting_id, what, before, after, reason,"
			      " amended_at) SELECT :uid, meeting_id, :what, :before, :after, :reason, "
			      "%s FROM %s WHERE id = :id", STORE_NOW, t->table);
	sqlite3_stmt *st = store_prepare(s, sql);
	free(sql);
	if (st) {
		bind_text(st, ":uid", uid);
		bind_text(st, ":what", what);
		bind_text(st, ":before", before);
		bind_text(st, ":after", after);
		bind_text(st, ":reason", reason);
		bind_int(st, ":id", id);
	}
	return store_exec_stmt(s, st);
}

/* Checked against the version in the same statement, though the version
 * was read in this transaction: the rule holds for every write. */
static bool save_entry(struct store *s, const struct target *t, int64_t id, int64_t version,
		       const char *text, bool off)
{
	char *sql = xasprintf("UPDATE %s SET %s = :text,%s version = version + 1, updated_at = %s"
			      " WHERE id = :id AND version = :version", t->table, t->column,
			      t->can_go_off ? " off_record = :off," : "", STORE_NOW);
	sqlite3_stmt *st = store_prepare(s, sql);
	free(sql);
	if (st) {
		bind_text(st, ":text", text);
		if (t->can_go_off)
			bind_int(st, ":off", off);
		bind_int(st, ":id", id);
		bind_int(st, ":version", version);
	}
	if (!store_exec_stmt(s, st))
		return false;
	if (sqlite3_changes(s->db) == 0) {
		store_set_error(s, _("the entry changed while it was saved"));
		return false;
	}
	return true;
}

bool store_point_confirmed(struct store *s, int64_t id, bool *confirmed)
{
	sqlite3_stmt *st = store_prepare(s, "SELECT EXISTS (SELECT 1 FROM talking_point_agreement"
					    " WHERE talking_point_id = :id)");
	if (!st)
		return false;
	bind_int(st, ":id", id);
	bool ok = sqlite3_step(st) == SQLITE_ROW;
	*confirmed = ok && sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	if (!ok)
		store_set_error(s, _("cannot read the talking point"));
	return ok;
}

/* A point some group confirmed, reworded from before to text: keeps the
 * wording confirmed (the first one, however many corrections follow) with
 * who corrected it and when; a correction back to it leaves nothing to
 * keep. A point nobody confirmed is only a draft: nothing to keep. */
static bool keep_agreed_wording(struct store *s, int64_t id, const char *before,
				const char *text, const char *by)
{
	bool confirmed;
	if (!store_point_confirmed(s, id, &confirmed))
		return false;
	if (!confirmed || strcmp(before, text) == 0)
		return true;
	if (!by || !*by) {
		store_set_error(s, _("groups confirmed this wording: say who corrects it"));
		return false;
	}
	sqlite3_stmt *st = store_prepare(s,
		"UPDATE talking_point SET"
		" corrected_by = CASE WHEN coalesce(agreed_text, :before) = :text THEN NULL"
		"  ELSE :by END,"
		" corrected_at = CASE WHEN coalesce(agreed_text, :before) = :text THEN NULL"
		"  ELSE " STORE_NOW " END,"
		" agreed_text = CASE WHEN coalesce(agreed_text, :before) = :text THEN NULL"
		"  ELSE coalesce(agreed_text, :before) END WHERE id = :id");
	if (st) {
		bind_text(st, ":before", before);
		bind_text(st, ":text", text);
		bind_text(st, ":by", by);
		bind_int(st, ":id", id);
	}
	return store_exec_stmt(s, st);
}

enum store_edit store_review_entry(struct store *s, enum review_kind kind, int64_t id,
				   int64_t version, const char *text, int off_record,
				   const char *reason, const char *by, struct store_now *now)
{
	const struct target *t = &targets[kind];
	if (now)
		*now = (struct store_now){ .version = version };
	if (off_record >= 0 && !t->can_go_off) {
		free(s->error);
		s->error = xasprintf(_("only answers and items can be taken off the record"));
		return STORE_FAILED;
	}
	if (!store_begin(s))
		return STORE_FAILED;
	enum meeting_status status = MEETING_RUNNING;
	char *before = NULL;
	bool was_off = false;
	int64_t current = 0;
	bool ok = entry_state(s, t, id, &status, &before, &was_off, &current);
	if (ok && current != version) {
		/* Changed since the note taker read it (the meeting, another
		 * review): nothing is written; they are asked, with its words. */
		store_rollback(s);
		if (now)
			*now = (struct store_now){ .version = current, .text = before };
		else
			free(before);
		return STORE_CHANGED;
	}
	bool approved = ok && status == MEETING_APPROVED;
	if (ok && approved && (!reason || !*reason)) {
		store_set_error(s, _("the notes are approved: a change is an amendment, with its reason"));
		ok = false;
	}
	bool off = off_record < 0 ? was_off : off_record != 0;
	const char *after = text ? text : before;
	/* The words of an entry off the record never go into an amendment,
	 * which the notes show. */
	bool private = off || was_off;
	char what[64];
	snprintf(what, sizeof what, "%s reworded", t->noun); /* stored: English */
	if (ok && approved && text && strcmp(text, before) != 0)
		ok = add_amendment(s, t, id, what, private ? NULL : before, private ? NULL : text,
				   reason);
	if (ok && approved && off != was_off)
		ok = add_amendment(s, t, id, off ? "entry taken off the record" :
						   "entry put back on the record",
				   NULL, NULL, reason);
	if (ok && kind == REVIEW_POINT && text)
		ok = keep_agreed_wording(s, id, before, text, by);
	ok = ok && save_entry(s, t, id, version, after, off);
	free(before);
	if (!ok || !store_commit(s)) {
		store_rollback(s);
		return STORE_FAILED;
	}
	if (now)
		now->version = version + 1;
	return STORE_SAVED;
}

bool store_approve_notes(struct store *s, int64_t meeting_id)
{
	sqlite3_stmt *st = store_prepare(s, "UPDATE meeting SET status = 'approved', approved_at = "
					    STORE_NOW " WHERE id = :id AND status = 'closed'");
	if (st)
		bind_int(st, ":id", meeting_id);
	if (!store_write_one(s, st))
		return false;
	if (sqlite3_changes(s->db) == 0) {
		store_set_error(s, _("only the notes of a closed meeting can be approved"));
		return false;
	}
	return true;
}

static void read_amendment(sqlite3_stmt *st, struct meeting_record *r)
{
	r->amendments = array_grow(r->amendments, r->n_amendments, sizeof *r->amendments);
	r->amendments[r->n_amendments++] = (struct amendment_record){
		column_text(st, 1), column_text(st, 2), column_text(st, 3), column_text(st, 4),
		column_text(st, 5)
	};
}

const struct record_part store_amendments_part = {
	"SELECT meeting_id, what, before, after, reason, amended_at FROM amendment WHERE meeting_id",
	" ORDER BY meeting_id, id", N_("the amendments"), read_amendment, 0
};

void store_free_amendments(struct meeting_record *r)
{
	for (size_t i = 0; i < r->n_amendments; i++) {
		struct amendment_record *x = &r->amendments[i];
		free(x->what);
		free(x->before);
		free(x->after);
		free(x->reason);
		free(x->amended_at);
	}
	free(r->amendments);
}
