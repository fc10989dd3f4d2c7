/*
 * store-seats: seats' writes and the secret ballot (see store-seats.h).
 */
#include <sqlite3.h>

#include "convene/i18n.h"
#include "convene/store-seats.h"
#include "convene/util.h"
#include "store-internal.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

bool store_meeting_int(struct store *s, const char *sql, int64_t meeting_id, size_t step,
			int64_t *out)
{
	sqlite3_stmt *st = store_prepare(s, sql);
	if (st) {
		bind_int(st, ":meeting", meeting_id);
		if (sqlite3_bind_parameter_index(st, ":step"))
			bind_int(st, ":step", (int64_t)step);
	}
	return store_query_int(s, st, out);
}

/* Inside a write: the step is the meeting's current one, shown for input. */
static bool step_open(struct store *s, int64_t meeting_id, size_t step, int64_t *open)
{
	return store_meeting_int(s, "SELECT 1 FROM meeting WHERE id = :meeting AND status = 'running'"
			      " AND cur_step = :step AND cur_view = 'step'", meeting_id, step, open);
}

enum seat_write store_seat_finish(struct store *s, enum seat_write r)
{
	if (r == SEAT_SAVED && store_commit(s))
		return SEAT_SAVED;
	store_rollback(s);
	return r == SEAT_SAVED ? SEAT_FAILED : r;
}

/* Begins a seat's write: SEAT_SAVED when the step is open and the
 * transaction holds the write lock. */
enum seat_write store_seat_begin(struct store *s, int64_t meeting_id, size_t step, bool check)
{
	if (!store_begin(s))
		return SEAT_FAILED;
	int64_t open = 1;
	if (check && !step_open(s, meeting_id, step, &open)) {
		store_rollback(s);
		return SEAT_FAILED;
	}
	if (!open) {
		store_rollback(s);
		return SEAT_CLOSED;
	}
	return SEAT_SAVED;
}

bool store_join_code(struct store *s, int64_t meeting_id, bool create, char code[8])
{
	code[0] = '\0';
	sqlite3_stmt *st = store_prepare(s, "SELECT join_code FROM meeting WHERE id = :meeting");
	if (!st)
		return false;
	bind_int(st, ":meeting", meeting_id);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW && sqlite3_column_text(st, 0))
		snprintf(code, 8, "%s", (const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		store_set_error(s, _("cannot read the join code"));
		return false;
	}
	if (code[0] || !create)
		return true;
	if (!store_begin(s))
		return false;
	/* Six random digits no other running meeting has. */
	for (int tries = 0; tries < 50; tries++) {
		char uid[33];
		store_new_uid(uid);
		snprintf(code, 8, "%06lu", strtoul(uid + 20, NULL, 16) % 1000000UL);
		int64_t taken = 1;
		st = store_prepare(s, "SELECT 1 FROM meeting WHERE join_code = :code AND status ="
				      " 'running'");
		if (st)
			bind_text(st, ":code", code);
		if (!store_query_int(s, st, &taken))
			break;
		if (taken)
			continue;
		st = store_prepare(s, "UPDATE meeting SET join_code = :code WHERE id = :meeting");
		if (st) {
			bind_text(st, ":code", code);
			bind_int(st, ":meeting", meeting_id);
		}
		if (store_exec_stmt(s, st) && store_commit(s))
			return true;
		break;
	}
	store_rollback(s);
	code[0] = '\0';
	return false;
}

bool store_meeting_by_code(struct store *s, const char *code, int64_t *meeting_id)
{
	char digits[8];
	size_t n = 0;
	for (const char *p = code; *p; p++) {
		if (isspace((unsigned char)*p) || *p == '-')
			continue;
		if (!isdigit((unsigned char)*p) || n == 6) {
			*meeting_id = 0;
			return true;
		}
		digits[n++] = *p;
	}
	digits[n] = '\0';
	*meeting_id = 0;
	if (n != 6)
		return true;
	sqlite3_stmt *st = store_prepare(s, "SELECT id FROM meeting WHERE join_code = :code AND"
					    " status = 'running'");
	if (st)
		bind_text(st, ":code", digits);
	return store_query_int(s, st, meeting_id);
}


static int row_cmp(const void *a, const void *b)
{
	const struct ballot_row *x = a, *y = b;
	if (x->dim_index != y->dim_index)
		return (x->dim_index > y->dim_index) - (x->dim_index < y->dim_index);
	return (x->value > y->value) - (x->value < y->value);
}

struct step_ballots {
	struct ballot_row *rows;
	size_t n;
	int64_t *ids; /* the rows' ids, ascending */
	size_t n_ids;
};

static void step_ballots_free(struct step_ballots *sb)
{
	for (size_t i = 0; i < sb->n; i++) {
		free(sb->rows[i].dim_id);
		free(sb->rows[i].title);
	}
	free(sb->rows);
	free(sb->ids);
}

static bool read_step_ballots(struct store *s, const struct ballot *b, struct step_ballots *sb)
{
	*sb = (struct step_ballots){ 0 };
	sqlite3_stmt *st = store_prepare(s, "SELECT id, dimension_index, dimension_id,"
					    " dimension_title, value, scale_min, scale_max FROM rating"
					    " WHERE meeting_id = :meeting AND step_index = :step AND"
					    " member_id IS NULL ORDER BY id");
	if (!st)
		return false;
	bind_int(st, ":meeting", b->meeting_id);
	bind_int(st, ":step", (int64_t)b->step);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		sb->ids = array_grow(sb->ids, sb->n_ids, sizeof *sb->ids);
		sb->ids[sb->n_ids++] = sqlite3_column_int64(st, 0);
		sb->rows = array_grow(sb->rows, sb->n, sizeof *sb->rows);
		sb->rows[sb->n++] = (struct ballot_row){
			sqlite3_column_int64(st, 1), column_text(st, 2), column_text(st, 3),
			sqlite3_column_int(st, 4), sqlite3_column_int(st, 5), sqlite3_column_int(st, 6),
		};
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		store_set_error(s, _("cannot read the ballots"));
	return rc == SQLITE_DONE;
}

/* Writes the step's ballots anew in one canonical order (dimension, then
 * value), numbered by rank in each dimension, on the ids they had, with
 * uids made from the meeting's and their rank, and the meeting's start
 * for their time: the rows are the same whatever order the ballots came
 * in, and tell nothing of it. */
bool store_clear_ballots(struct store *s, int64_t meeting_id, size_t step)
{
	sqlite3_stmt *st = store_prepare(s, "DELETE FROM rating WHERE meeting_id = :meeting AND"
					    " step_index = :step AND member_id IS NULL");
	if (st) {
		bind_int(st, ":meeting", meeting_id);
		bind_int(st, ":step", (int64_t)step);
	}
	return store_exec_stmt(s, st);
}

bool store_insert_ballot(struct store *s, int64_t meeting_id, size_t step, const int64_t *id,
			 const struct ballot_row *r, size_t slot)
{
	sqlite3_stmt *st = store_prepare(s,
		"INSERT INTO rating (id, uid, meeting_id, step_index, dimension_index,"
		" dimension_id, dimension_title, slot, member_id, value, scale_min, scale_max,"
		" entered_at) SELECT :id, substr(uid, 1, 16) || printf('%04x%04x%08x', :step,"
		" :dimidx, :slot), id, :step, :dimidx, :dim, :title, :slot, NULL, :value, :min,"
		" :max, started_at FROM meeting WHERE id = :meeting");
	if (st) {
		if (id)
			bind_int(st, ":id", *id);
		else
			bind_null(st, ":id");
		bind_int(st, ":meeting", meeting_id);
		bind_int(st, ":step", (int64_t)step);
		bind_int(st, ":dimidx", r->dim_index);
		bind_text(st, ":dim", r->dim_id);
		bind_text(st, ":title", r->title);
		bind_int(st, ":slot", (int64_t)slot);
		bind_int(st, ":value", r->value);
		bind_int(st, ":min", r->min);
		bind_int(st, ":max", r->max);
	}
	return store_exec_stmt(s, st);
}

static bool rewrite_ballots(struct store *s, const struct ballot *b, struct step_ballots *sb)
{
	qsort(sb->rows, sb->n, sizeof *sb->rows, row_cmp);
	bool ok = store_clear_ballots(s, b->meeting_id, b->step);
	size_t rank = 0;
	for (size_t i = 0; ok && i < sb->n; i++) {
		const struct ballot_row *r = &sb->rows[i];
		rank = i && sb->rows[i - 1].dim_index == r->dim_index ? rank + 1 : 0;
		ok = store_insert_ballot(s, b->meeting_id, b->step, i < sb->n_ids ? &sb->ids[i] : NULL,
					 r, rank);
	}
	return ok;
}

bool store_ballots(struct store *s, int64_t meeting_id, size_t step, const char *dimension_id,
		   int *values, size_t max, size_t *n)
{
	*n = 0;
	sqlite3_stmt *st = store_prepare(s, "SELECT value FROM rating WHERE meeting_id = :meeting"
					    " AND step_index = :step AND dimension_id = :dim"
					    " AND member_id IS NULL ORDER BY slot");
	if (!st)
		return false;
	bind_int(st, ":meeting", meeting_id);
	bind_int(st, ":step", (int64_t)step);
	bind_text(st, ":dim", dimension_id);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		if (*n < max)
			values[(*n)++] = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		store_set_error(s, _("cannot read the ballots"));
	return rc == SQLITE_DONE;
}

bool store_poll_book_has(struct store *s, int64_t meeting_id, size_t step, const char *question,
			 int64_t member_id, int64_t *found)
{
	sqlite3_stmt *st = store_prepare(s, "SELECT 1 FROM poll_book WHERE meeting_id = :meeting AND"
					    " step_index = :step AND question = :q AND member_id = :member");
	if (st) {
		bind_int(st, ":meeting", meeting_id);
		bind_int(st, ":step", (int64_t)step);
		bind_text(st, ":q", question);
		bind_int(st, ":member", member_id);
	}
	return store_query_int(s, st, found);
}

bool store_poll_book_enter(struct store *s, int64_t meeting_id, size_t step,
			    const char *question, int64_t member_id)
{
	sqlite3_stmt *st = store_prepare(s, "INSERT OR IGNORE INTO poll_book (meeting_id, step_index,"
					    " question, member_id) VALUES (:meeting, :step, :q, :member)");
	if (st) {
		bind_int(st, ":meeting", meeting_id);
		bind_int(st, ":step", (int64_t)step);
		bind_text(st, ":q", question);
		bind_int(st, ":member", member_id);
	}
	return store_exec_stmt(s, st);
}

enum seat_write store_cast_ballot(struct store *s, const struct ballot *b)
{
	enum seat_write r = store_seat_begin(s, b->meeting_id, b->step, b->from_seat);
	if (r != SEAT_SAVED)
		return r;
	int64_t voted = 0, here = 0;
	if (b->voter && !store_poll_book_has(s, b->meeting_id, b->step, b->dimension->id, b->voter, &voted))
		return store_seat_finish(s, SEAT_FAILED);
	if (b->voter && voted && b->previous < 0)
		return store_seat_finish(s, SEAT_VOTED);
	if (!store_meeting_int(s, "SELECT count(*) FROM attendance WHERE meeting_id = :meeting AND"
			    " present = 1", b->meeting_id, 0, &here))
		return store_seat_finish(s, SEAT_FAILED);
	struct step_ballots sb;
	if (!read_step_ballots(s, b, &sb)) {
		step_ballots_free(&sb);
		return store_seat_finish(s, SEAT_FAILED);
	}
	/* How many ballots the dimension holds, and the one taken back. */
	size_t n = 0, old = sb.n;
	for (size_t i = 0; i < sb.n; i++) {
		if (sb.rows[i].dim_index != (int64_t)b->dim_index)
			continue;
		n++;
		if (old == sb.n && b->previous >= 0 && sb.rows[i].value == b->previous)
			old = i;
	}
	if (old < sb.n) {
		free(sb.rows[old].dim_id);
		free(sb.rows[old].title);
		sb.rows[old] = sb.rows[--sb.n];
		n--;
	}
	if (b->value >= 0 && b->previous < 0 && (int64_t)n >= here) {
		step_ballots_free(&sb);
		return store_seat_finish(s, SEAT_FULL);
	}
	if (b->value >= 0) {
		sb.rows = array_grow(sb.rows, sb.n, sizeof *sb.rows);
		sb.rows[sb.n++] = (struct ballot_row){
			(int64_t)b->dim_index, xstrdup(b->dimension->id), xstrdup(b->dimension->title),
			b->value, b->scale->min, b->scale->max,
		};
	}
	bool ok = rewrite_ballots(s, b, &sb);
	step_ballots_free(&sb);
	if (ok && b->voter && b->value >= 0)
		ok = store_poll_book_enter(s, b->meeting_id, b->step, b->dimension->id, b->voter);
	return store_seat_finish(s, ok ? SEAT_SAVED : SEAT_FAILED);
}

bool store_poll_book(struct store *s, int64_t meeting_id, size_t step, struct poll_entry **out,
		     size_t *n)
{
	*out = NULL;
	*n = 0;
	sqlite3_stmt *st = store_prepare(s, "SELECT question, member_id FROM poll_book WHERE"
					    " meeting_id = :meeting AND step_index = :step"
					    " ORDER BY question, member_id");
	if (!st)
		return false;
	bind_int(st, ":meeting", meeting_id);
	bind_int(st, ":step", (int64_t)step);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		*out = array_grow(*out, *n, sizeof **out);
		(*out)[(*n)++] = (struct poll_entry){ column_text(st, 0), sqlite3_column_int64(st, 1) };
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		store_set_error(s, _("cannot read who has voted"));
		poll_entries_free(*out, *n);
		*out = NULL;
		*n = 0;
		return false;
	}
	return true;
}

void poll_entries_free(struct poll_entry *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(p[i].question);
	free(p);
}

enum seat_write store_seat_rating(struct store *s, const struct rating_entry *r)
{
	enum seat_write w = store_seat_begin(s, r->meeting_id, r->step, true);
	if (w != SEAT_SAVED)
		return w;
	return store_seat_finish(s, store_exec_stmt(s, store_rating_stmt(s, r)) ? SEAT_SAVED : SEAT_FAILED);
}

enum seat_write store_seat_item(struct store *s, int64_t meeting_id, size_t step,
				const char *group, const char *text, int64_t *id)
{
	enum seat_write w = store_seat_begin(s, meeting_id, step, true);
	if (w != SEAT_SAVED)
		return w;
	bool ok = store_exec_stmt(s, store_item_stmt(s, meeting_id, step, group, text));
	*id = ok ? sqlite3_last_insert_rowid(s->db) : 0;
	return store_seat_finish(s, ok ? SEAT_SAVED : SEAT_FAILED);
}

enum seat_write store_seat_vote(struct store *s, int64_t meeting_id, size_t step, int64_t item_id,
				int64_t member_id, int dots)
{
	enum seat_write w = store_seat_begin(s, meeting_id, step, true);
	if (w != SEAT_SAVED)
		return w;
	return store_seat_finish(s, store_vote_rows(s, step, item_id, member_id, dots) ? SEAT_SAVED :
									  SEAT_FAILED);
}

bool store_fist_open(struct store *s, int64_t meeting_id, size_t step, bool open)
{
	if (!store_begin(s))
		return false;
	sqlite3_stmt *st = store_prepare(s, "UPDATE meeting SET fist_open = :open WHERE id = :meeting");
	if (st) {
		bind_int(st, ":open", open);
		bind_int(st, ":meeting", meeting_id);
	}
	bool ok = store_exec_stmt(s, st);
	/* A new count: no hand shown before counts, nor who showed it. */
	const char *clear[] = {
		"DELETE FROM fist_count WHERE meeting_id = :meeting AND step_index = :step",
		"DELETE FROM poll_book WHERE meeting_id = :meeting AND step_index = :step AND"
		" question = '" STORE_FIST_QUESTION "'",
		"WITH RECURSIVE p(v) AS (SELECT 0 UNION ALL SELECT v + 1 FROM p WHERE v < 5)"
		" INSERT INTO fist_count (meeting_id, step_index, point, hands) SELECT :meeting,"
		" :step, v, 0 FROM p",
	};
	for (size_t i = 0; ok && open && i < ARRAY_LEN(clear); i++) {
		st = store_prepare(s, clear[i]);
		if (st) {
			bind_int(st, ":meeting", meeting_id);
			bind_int(st, ":step", (int64_t)step);
		}
		ok = store_exec_stmt(s, st);
	}
	if (ok && store_commit(s))
		return true;
	store_rollback(s);
	return false;
}

static bool add_hand(struct store *s, int64_t meeting_id, size_t step, int point, int delta)
{
	sqlite3_stmt *st = store_prepare(s, "UPDATE fist_count SET hands = max(hands + :delta, 0)"
					    " WHERE meeting_id = :meeting AND step_index = :step AND"
					    " point = :point");
	if (st) {
		bind_int(st, ":delta", delta);
		bind_int(st, ":meeting", meeting_id);
		bind_int(st, ":step", (int64_t)step);
		bind_int(st, ":point", point);
	}
	return store_exec_stmt(s, st);
}

enum seat_write store_fist_show(struct store *s, int64_t meeting_id, size_t step,
				int64_t member_id, int point, int previous)
{
	if (point < 0 || point > 5)
		return SEAT_REFUSED;
	if (!store_begin(s))
		return SEAT_FAILED;
	int64_t open = 0, voted = 0;
	if (!store_meeting_int(s, "SELECT 1 FROM meeting WHERE id = :meeting AND status = 'running' AND"
			    " cur_step = :step AND fist_open = 1", meeting_id, step, &open) ||
	    !store_poll_book_has(s, meeting_id, step, STORE_FIST_QUESTION, member_id, &voted))
		return store_seat_finish(s, SEAT_FAILED);
	if (!open)
		return store_seat_finish(s, SEAT_CLOSED);
	if (voted && previous < 0)
		return store_seat_finish(s, SEAT_VOTED);
	bool ok = (previous < 0 || add_hand(s, meeting_id, step, previous, -1)) &&
		  add_hand(s, meeting_id, step, point, 1) &&
		  store_poll_book_enter(s, meeting_id, step, STORE_FIST_QUESTION, member_id);
	return store_seat_finish(s, ok ? SEAT_SAVED : SEAT_FAILED);
}

bool store_fist_counts(struct store *s, int64_t meeting_id, size_t step, int counts[6], bool *open)
{
	memset(counts, 0, 6 * sizeof *counts);
	int64_t o = 0;
	if (!store_meeting_int(s, "SELECT fist_open FROM meeting WHERE id = :meeting AND cur_step = :step",
			 meeting_id, step, &o))
		return false;
	*open = o;
	sqlite3_stmt *st = store_prepare(s, "SELECT point, hands FROM fist_count WHERE meeting_id ="
					    " :meeting AND step_index = :step");
	if (!st)
		return false;
	bind_int(st, ":meeting", meeting_id);
	bind_int(st, ":step", (int64_t)step);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		int p = sqlite3_column_int(st, 0);
		if (p >= 0 && p < 6)
			counts[p] = sqlite3_column_int(st, 1);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		store_set_error(s, _("cannot read the fist to five"));
	return rc == SQLITE_DONE;
}

void store_forget_history(struct store *s)
{
	sqlite3_exec(s->db, "PRAGMA wal_checkpoint(TRUNCATE)", NULL, NULL, NULL);
}

const char *store_file(struct store *s)
{
	const char *f = sqlite3_db_filename(s->db, "main");
	return f && *f ? f : NULL;
}
