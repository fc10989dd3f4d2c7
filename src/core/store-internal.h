/*
 * store-internal: what store.c and store-meeting.c share — the connection,
 * the statement helpers and the migrations. Not for use outside the store.
 */
#ifndef CONVENE_STORE_INTERNAL_H
#define CONVENE_STORE_INTERNAL_H

#include "convene/store-seats.h"
#include "convene/store.h"

#include <stdbool.h>
#include <stdint.h>

extern const char *const store_migrations[];
extern const int store_migration_count;

#ifdef SQLITE_VERSION /* only the store's own files include sqlite3.h */
struct store {
	sqlite3 *db;
	char *error;
	int version;
	int patience_ms; /* how long a write waits for another writer */
	int error_code;  /* SQLite's code behind error; 0 when the data was refused */
	bool read_only;  /* opened by store_open_read: nothing is written */
	long busy_waits; /* times a write waited for another writer */
};

#define STORE_APPLICATION_ID 0x436f6e76 /* "Conv" */

void store_set_error(struct store *s, const char *what);
void store_bad_version(struct store *s, int version, enum store_open_error *why);
sqlite3_stmt *store_prepare(struct store *s, const char *sql);
void bind_text(sqlite3_stmt *st, const char *name, const char *value);
void bind_int(sqlite3_stmt *st, const char *name, int64_t value);
void bind_null(sqlite3_stmt *st, const char *name);
char *column_text(sqlite3_stmt *st, int col);
/* Puts the text column_text reads into a (NULL: back to a malloc each). */
void store_text_arena(struct arena *a);
bool store_begin(struct store *s);
bool store_begin_read(struct store *s);
void store_end_read(struct store *s);
bool store_commit(struct store *s);
void store_rollback(struct store *s);
/* Steps a statement that returns no rows, then finalizes it. */
bool store_exec_stmt(struct store *s, sqlite3_stmt *st);
/* Runs a query of one integer (0 when it has no row) and finalizes it;
 * false on failure, with the error set. */
bool store_query_int(struct store *s, sqlite3_stmt *st, int64_t *out);
/* A step's time and whether its clock runs, inside the caller's
 * transaction (store-clock.c). */
bool store_exec_clock(struct store *s, int64_t meeting_id, size_t step, int64_t actual_ms,
		      bool running);
void store_new_uid(char out[33]);
/* Runs one write statement in its own transaction, then finalizes it. */
bool store_write_one(struct store *s, sqlite3_stmt *st);
/* The statements of a rating, an item and a person's dots, for writes
 * that wrap them in transactions of their own (store-seats.c). */
sqlite3_stmt *store_rating_stmt(struct store *s, const struct rating_entry *r);
sqlite3_stmt *store_item_stmt(struct store *s, int64_t meeting_id, size_t step, const char *group,
			      const char *text);
bool store_vote_rows(struct store *s, size_t step, int64_t item_id, int64_t member_id, int dots);
/* After a checked edit of entry id in table (store-edit.c): written says
 * whether its UPDATE changed the row. STORE_SAVED, the version now one
 * more; else what the row holds now (words: its words column), which
 * someone changed since version, as STORE_CHANGED; STORE_FAILED when the
 * row is gone or cannot be read. now may be NULL. */
enum store_edit store_edit_outcome(struct store *s, bool written, const char *table,
				   const char *words, int64_t id, int64_t version,
				   struct store_now *now);
/* Runs an entry's INSERT (id 0) or its checked UPDATE (of id at version)
 * in its own transaction, then finalizes it: *new_id (may be NULL)
 * receives the entry's id, and the outcome is store_edit_outcome's. */
enum store_edit store_write_entry(struct store *s, sqlite3_stmt *st, const char *table,
				  const char *words, int64_t id, int64_t version, int64_t *new_id,
				  struct store_now *now);
/* Deletes entry id of table at version, the same way; a row already gone
 * is STORE_SAVED: what was asked is done. */
enum store_edit store_delete_entry(struct store *s, const char *table, const char *words,
				   int64_t id, int64_t version, struct store_now *now);
int64_t store_last_id(struct store *s);
/*
 * One kind of row of a meeting's record (its attendance, its talking
 * points...), read either for one meeting or for a whole selection of
 * meetings in one statement, so exporting years of history reads each
 * table once instead of once per meeting. `select` names the meeting id
 * first and ends where the condition on the meeting id goes; `order` keeps
 * each meeting's rows in the order the record shows them.
 */
struct record_part {
	const char *select, *order, *what;
	void (*read)(sqlite3_stmt *st, struct meeting_record *r);
	unsigned kinds; /* the record kinds it is read for; 0: always */
};
/* A meeting's record found by its id (an index sorted by id). */
struct record_ref {
	int64_t id;
	struct meeting_record *r;
};
int store_record_ref_cmp(const void *a, const void *b);
/* Reads the parts wanted for kinds (enum record_kind) into the records of
 * index: of its one meeting, or (bulk) of every meeting in temp.batch. */
bool store_read_parts(struct store *s, unsigned kinds, bool bulk, const struct record_ref *index,
		      size_t n);
/* A meeting's summary columns, then the meeting and team they are read from. */
#define MEETING_COLUMNS                                                                  \
	"m.id, m.uid, m.team_id, t.name, m.title, m.protocol_id, m.protocol_version,"    \
	" m.rating_mode, m.status, m.started_at, m.closed_at, m.cur_step, m.cur_dim,"    \
	" m.cur_view, m.agenda_items,"                                                     \
	" coalesce(CAST((julianday('now') - julianday(m.clock_since)) * 86400000 AS INTEGER), -1)," \
	" b.id, CAST((julianday('now') - julianday(b.started_at)) * 86400000 AS INTEGER),"  \
	" b.planned_seconds, p.id, t.quorum, t.reopen_threshold_pct, t.uid, m.approved_at,"                      \
	" t.guests_count, m.opening_norms"                                                 \
	" FROM meeting m JOIN team t ON t.id = m.team_id"                                   \
	" LEFT JOIN pause b ON b.meeting_id = m.id AND b.kind = 'break' AND b.ended_at IS NULL" \
	" LEFT JOIN pause p ON p.meeting_id = m.id AND p.kind = 'pause' AND p.ended_at IS NULL"
void store_read_info(sqlite3_stmt *st, struct meeting_info *m);
extern const struct record_part store_points_part, store_agreements_part,
	store_decisions_part, store_actions_part, store_focus_part, store_roles_part,
	store_amendments_part, store_point_labels_part,
	store_levels_part;
struct step;
/* A placement's labels and descriptors, written as its meeting begins. */
bool store_write_point_labels(struct store *s, int64_t meeting_id, size_t step_index,
			      const struct step *ps);
void store_free_point_labels(struct meeting_record *r);
void store_free_levels(struct meeting_record *r);
void store_free_points(struct meeting_record *r);
void store_free_decisions(struct meeting_record *r);
void store_free_actions(struct meeting_record *r);
void store_free_focus(struct meeting_record *r);
void store_free_roles(struct meeting_record *r);
void store_free_amendments(struct meeting_record *r);
/* The stored names of the meeting views (step, results, closing). */
extern const char *const store_view_names[3];
enum meeting_view store_view_from_name(const char *s);

#define STORE_NOW "strftime('%Y-%m-%dT%H:%M:%SZ', 'now')"
#endif

/* The secret ballot's shared steps (store-seats.c), for the ballots of a
 * two-way placement (store-pairs.c). */
bool store_meeting_int(struct store *s, const char *sql, int64_t meeting_id, size_t step,
		       int64_t *out);
/* Begins a seat's write: SEAT_SAVED when the step is open (checked only
 * when check) and the transaction holds the write lock. */
enum seat_write store_seat_begin(struct store *s, int64_t meeting_id, size_t step, bool check);
/* Commits on SEAT_SAVED, else rolls back; SEAT_FAILED when the commit does. */
enum seat_write store_seat_finish(struct store *s, enum seat_write r);
bool store_poll_book_has(struct store *s, int64_t meeting_id, size_t step, const char *question,
			 int64_t member_id, int64_t *found);
bool store_poll_book_enter(struct store *s, int64_t meeting_id, size_t step,
			   const char *question, int64_t member_id);
/* One ballot row of a step as a rewrite writes it. */
struct ballot_row {
	int64_t dim_index;
	char *dim_id, *title;
	int value, min, max;
};
/* Deletes the step's ballots (its rows with no member), before a rewrite. */
bool store_clear_ballots(struct store *s, int64_t meeting_id, size_t step);
/* Writes one ballot row at slot, on row id (NULL: a new one), its uid made
 * from the meeting's and its step, dimension and slot, its time the
 * meeting's start: nothing in it tells when it was cast, or by whom. */
bool store_insert_ballot(struct store *s, int64_t meeting_id, size_t step, const int64_t *id,
			 const struct ballot_row *r, size_t slot);

#endif
