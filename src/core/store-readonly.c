/*
 * store-readonly: opening the database only to read it (export, search,
 * present). A reading command must work on a file it may not write (mode
 * 0444, a read-only folder, a copy on a read-only disk) and must never
 * create, upgrade or change the file: it opens it read-only, and only
 * falls back to store_open to upgrade an older schema it may write.
 */
#include <sqlite3.h>

#include "convene/i18n.h"
#include "convene/util.h"
#include "store-internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* The "file:" URI of path, its reserved characters escaped, so a name
 * holding '?', '#' or '%' is still that file. */
static char *file_uri(const char *path, bool immutable)
{
	struct strbuf sb;
	strbuf_init(&sb);
	strbuf_addf(&sb, "file:");
	for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
		if (*p == '?' || *p == '#' || *p == '%' || *p < 0x20 || *p >= 0x7f)
			strbuf_addf(&sb, "%%%02X", *p);
		else
			strbuf_addf(&sb, "%c", *p);
	}
	strbuf_addf(&sb, "?mode=ro%s", immutable ? "&immutable=1" : "");
	return strbuf_take(&sb);
}

static bool read_int(struct store *s, const char *sql, int *out)
{
	sqlite3_stmt *st = NULL;
	bool ok = sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) == SQLITE_OK &&
		  sqlite3_step(st) == SQLITE_ROW;
	if (ok)
		*out = sqlite3_column_int(st, 0);
	else
		store_set_error(s, _("cannot read the database"));
	sqlite3_finalize(st);
	return ok;
}

/* Whether path's write-ahead log holds changes: read as immutable, the
 * file would miss them. */
static bool wal_has_changes(const char *path)
{
	char *wal = xasprintf("%s-wal", path);
	struct stat st;
	bool has = lstat(wal, &st) == 0 && st.st_size > 0;
	free(wal);
	return has;
}

/* SQLite could not set up the shared memory of a WAL database because the
 * folder or the -shm file cannot be written. */
static bool wal_blocked(int code)
{
	return code == SQLITE_CANTOPEN || code == SQLITE_READONLY_CANTINIT ||
	       code == SQLITE_READONLY_CANTLOCK || code == SQLITE_READONLY_RECOVERY ||
	       code == SQLITE_READONLY_DIRECTORY || (code & 0xff) == SQLITE_CANTOPEN;
}

static struct store *open_ro(const char *path, bool immutable, int *version, int *app,
			     int *tables)
{
	struct store *s = xcalloc(1, sizeof *s);
	s->read_only = true;
	char *uri = file_uri(path, immutable);
	int rc = sqlite3_open_v2(uri, &s->db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI |
				 SQLITE_OPEN_NOFOLLOW | SQLITE_OPEN_NOMUTEX, NULL);
	free(uri);
	if (!s->db)
		abort(); /* out of memory */
	sqlite3_extended_result_codes(s->db, 1);
	if (rc != SQLITE_OK) {
		store_set_error(s, _("cannot open it"));
		return s;
	}
	store_set_patience(s, 5000);
	if (sqlite3_exec(s->db, "PRAGMA trusted_schema = OFF", NULL, NULL, NULL) != SQLITE_OK ||
	    !read_int(s, "PRAGMA user_version", version) ||
	    !read_int(s, "PRAGMA application_id", app) ||
	    !read_int(s, "SELECT count(*) FROM sqlite_schema", tables))
		return s; /* with its error */
	return s;
}

struct store *store_open_read(const char *path, enum store_open_error *why, char **message)
{
	*why = STORE_OPEN_OK;
	*message = NULL;
	int version = 0, app = 0, tables = 0;
	struct store *s = open_ro(path, false, &version, &app, &tables);
	if (s->error && wal_blocked(s->error_code)) {
		if (wal_has_changes(path)) {
			free(s->error);
			s->error = xasprintf(_("its latest changes are in %s-wal, which SQLite cannot "
					     "read without writing next to it, and the folder or the "
					     "-shm file cannot be written: copy the database with its "
					     "-wal file to a folder you can write and read it there"),
					     path);
		} else {
			/* Nothing outside the file: read it as it is. */
			store_close(s);
			s = open_ro(path, true, &version, &app, &tables);
		}
	}
	if (s->error) {
		*why = (s->error_code & 0xff) == SQLITE_NOTADB ? STORE_OPEN_NOT_CONVENE :
								 STORE_OPEN_FAILED;
		if (*why == STORE_OPEN_NOT_CONVENE) {
			free(s->error);
			s->error = xstrdup(_("this file is not a convene database (it is not SQLite)"));
		}
	} else if (version < 0) {
		store_bad_version(s, version, why);
	} else if (app == 0 && tables == 0) {
		*why = STORE_OPEN_EMPTY;
		free(s->error);
		s->error = xstrdup(_("the file is empty: no meeting has been recorded in it"));
	} else if (app != STORE_APPLICATION_ID || version == 0) {
		*why = STORE_OPEN_NOT_CONVENE;
		free(s->error);
		s->error = xstrdup(_("this file is an SQLite database, but not a convene database"));
	} else if (version > store_migration_count) {
		*why = STORE_OPEN_TOO_NEW;
		free(s->error);
		s->error = xasprintf(_("this database was written by a newer convene (schema %d; this "
				     "version knows up to %d): please upgrade convene"),
				     version, store_migration_count);
	} else if (version < store_migration_count) {
		/* Written by an older convene: upgraded where it may be written. */
		store_close(s);
		if (access(path, W_OK) == 0)
			return store_open(path, why, message);
		*why = STORE_OPEN_FAILED;
		*message = xasprintf(_("%s: this database was written by an older convene and must be "
				     "upgraded before it is read, which this read-only file does not "
				     "allow: open it once where it can be written"), path);
		return NULL;
	} else {
		s->version = version;
		return s;
	}
	*message = xasprintf("%s: %s", path, store_error(s));
	store_close(s);
	return NULL;
}
