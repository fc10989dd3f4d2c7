/*
 * store-internal: what store.c and store-meeting.c share — the connection,
 * the statement helpers and the migrations. Not for use outside the store.
 */
#ifndef CONVENE_STORE_INTERNAL_H
#define CONVENE_STORE_INTERNAL_H

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
};

void store_set_error(struct store *s, const char *what);
sqlite3_stmt *store_prepare(struct store *s, const char *sql);
void bind_text(sqlite3_stmt *st, const char *name, const char *value);
void bind_int(sqlite3_stmt *st, const char *name, int64_t value);
void bind_null(sqlite3_stmt *st, const char *name);
char *column_text(sqlite3_stmt *st, int col);
bool store_begin(struct store *s);
bool store_commit(struct store *s);
void store_rollback(struct store *s);
/* Steps a statement that returns no rows, then finalizes it. */
bool store_exec_stmt(struct store *s, sqlite3_stmt *st);
void store_new_uid(char out[33]);
/* Runs one write statement in its own transaction, then finalizes it. */
bool store_write_one(struct store *s, sqlite3_stmt *st);
int64_t store_last_id(struct store *s);
/* Parts of store_load_meeting kept in their own files. */
bool store_load_points(struct store *s, struct meeting_record *r);
void store_free_points(struct meeting_record *r);
bool store_load_decisions(struct store *s, struct meeting_record *r);
void store_free_decisions(struct meeting_record *r);
bool store_load_actions(struct store *s, struct meeting_record *r);
void store_free_actions(struct meeting_record *r);
bool store_load_focus(struct store *s, struct meeting_record *r);
void store_free_focus(struct meeting_record *r);
bool store_load_roles(struct store *s, struct meeting_record *r);
void store_free_roles(struct meeting_record *r);
/* The stored names of the meeting views (step, results, closing). */
extern const char *const store_view_names[3];
enum meeting_view store_view_from_name(const char *s);
bool store_load_amendments(struct store *s, struct meeting_record *r);
void store_free_amendments(struct meeting_record *r);

#define STORE_NOW "strftime('%Y-%m-%dT%H:%M:%SZ', 'now')"
#endif

#endif
