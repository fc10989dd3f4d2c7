/* dbquery: a test's look straight into a database file, read-only, apart
 * from the store under test. Header-only. */
#ifndef CONVENE_TEST_DBQUERY_H
#define CONVENE_TEST_DBQUERY_H

#include "convene/util.h"

#include <sqlite3.h>
#include <stdlib.h>

/* The first column of the first row of sql, as text (NULL when none);
 * the caller frees it. */
static inline char *db_text(const char *path, const char *sql)
{
	sqlite3 *db;
	sqlite3_stmt *st = NULL;
	char *v = NULL;
	sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL);
	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW &&
	    sqlite3_column_text(st, 0))
		v = xstrdup((const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	sqlite3_close(db);
	return v;
}

/* The same as a number; -1 when there is none. */
static inline int db_int(const char *path, const char *sql)
{
	char *t = db_text(path, sql);
	int v = t ? atoi(t) : -1;
	free(t);
	return v;
}

#endif
