/*
 * store: opening, checking and migrating the database; statement helpers;
 * teams and members. Meetings and ratings are in store-meeting.c.
 */
#include <sqlite3.h>

#include "convene/rotation.h"
#include "convene/i18n.h"
#include "convene/store.h"
#include "convene/util.h"
#include "store-internal.h"

#include <assert.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define APPLICATION_ID STORE_APPLICATION_ID

/* What a person can do about the errors that come from outside the
 * program: another writer, a damaged file, a full or failing disk. */
static const char *advice(const struct store *s, int code)
{
	switch (code & 0xff) {
	case SQLITE_BUSY:
	case SQLITE_LOCKED:
		if (s->patience_ms < 1000)
			return _("the database is busy with another program; try again");
		return _("another program kept the database busy for more than 5 seconds; that change "
		       "was not saved: try again");
	case SQLITE_CORRUPT:
	case SQLITE_NOTADB:
		return _("the database file is damaged: keep a copy of it and go back to your last good "
		       "copy");
	case SQLITE_FULL:
		return _("the disk is full: that change was not saved; free some space and try again");
	case SQLITE_READONLY:
		return _("the database cannot be written here (read-only file or folder)");
	case SQLITE_IOERR:
		return _("the disk reported an error: that change was not saved; check the disk and try "
		       "again");
	default:
		return NULL;
	}
}

#define BUSY_POLL_MS 5

/* Waits for another writer by looking every few milliseconds: SQLite's own
 * handler backs off to 100 ms between looks and can miss the short pause
 * an import leaves between its batches again and again. */
static int busy_wait(void *ctx, int count)
{
	struct store *s = ctx;
	if ((int64_t)count * BUSY_POLL_MS >= s->patience_ms)
		return 0;
	s->busy_waits++;
	struct timespec ts = { 0, BUSY_POLL_MS * 1000000L };
	nanosleep(&ts, NULL);
	return 1;
}

void store_set_patience(struct store *s, int ms)
{
	s->patience_ms = ms;
	sqlite3_busy_handler(s->db, busy_wait, s);
}

void store_set_error(struct store *s, const char *what)
{
	free(s->error);
	int code = sqlite3_extended_errcode(s->db);
	s->error_code = code;
	const char *why = advice(s, code);
	/* On the app's screen, one line a facilitator can act on. */
	bool busy = (code & 0xff) == SQLITE_BUSY || (code & 0xff) == SQLITE_LOCKED;
	if (why && busy && s->patience_ms < 1000) {
		s->error = xstrdup(why);
		return;
	}
	s->error = why ? xasprintf("%s: %s (%s)", what, why, sqlite3_errmsg(s->db)) :
			 xasprintf("%s: %s", what, sqlite3_errmsg(s->db));
}

const char *store_error(const struct store *s)
{
	return s->error ? s->error : _("no error");
}

bool store_error_is_io(const struct store *s)
{
	switch (s->error_code & 0xff) {
	case SQLITE_BUSY:
	case SQLITE_LOCKED:
	case SQLITE_FULL:
	case SQLITE_IOERR:
	case SQLITE_READONLY:
	case SQLITE_CANTOPEN:
	case SQLITE_CORRUPT:
	case SQLITE_NOTADB:
	case SQLITE_NOMEM:
		return true;
	default:
		return false;
	}
}

/* A user_version below 0 is never written by convene; without a message
 * of its own it would be reported as "no error". */
void store_bad_version(struct store *s, int version, enum store_open_error *why)
{
	*why = STORE_OPEN_NOT_CONVENE;
	free(s->error);
	s->error = xasprintf(_("this file is not a convene database (its schema version is %d, "
			     "which no convene writes)"), version);
}

static int pragma_int(struct store *s, const char *sql);

int64_t store_data_version(struct store *s)
{
	return pragma_int(s, "PRAGMA data_version");
}

int store_schema_version(const struct store *s)
{
	return s->version;
}

sqlite3_stmt *store_prepare(struct store *s, const char *sql)
{
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK) {
		store_set_error(s, _("cannot prepare a query"));
		return NULL;
	}
	return st;
}

/* A missing parameter name is a typo in our SQL: fail loudly in tests. */
static int param(sqlite3_stmt *st, const char *name)
{
	int i = sqlite3_bind_parameter_index(st, name);
	assert(i > 0 && "unknown SQL parameter");
	return i;
}

void bind_text(sqlite3_stmt *st, const char *name, const char *value)
{
	if (value)
		sqlite3_bind_text(st, param(st, name), value, -1, SQLITE_TRANSIENT);
	else
		sqlite3_bind_null(st, param(st, name));
}

void bind_int(sqlite3_stmt *st, const char *name, int64_t value)
{
	sqlite3_bind_int64(st, param(st, name), value);
}

void bind_null(sqlite3_stmt *st, const char *name)
{
	sqlite3_bind_null(st, param(st, name));
}

/* While set, the text read goes into it instead of a malloc each. */
static struct arena *text_arena;

void store_text_arena(struct arena *a)
{
	text_arena = a;
}

char *column_text(sqlite3_stmt *st, int col)
{
	const unsigned char *t = sqlite3_column_text(st, col);
	if (!t)
		return NULL;
	size_t n = (size_t)sqlite3_column_bytes(st, col);
	return text_arena ? arena_strndup(text_arena, (const char *)t, n) :
			    xstrndup((const char *)t, n);
}

static bool exec(struct store *s, const char *sql, const char *what)
{
	if (sqlite3_exec(s->db, sql, NULL, NULL, NULL) != SQLITE_OK) {
		store_set_error(s, what);
		return false;
	}
	return true;
}

/* IMMEDIATE takes the write lock up front, so the busy timeout applies
 * instead of a read-to-write upgrade failing at once. */
bool store_begin(struct store *s)
{
	return exec(s, "BEGIN IMMEDIATE", _("cannot start a transaction"));
}

/* A read snapshot: what is read inside sees one state of the file, even
 * while another process writes. */
bool store_begin_read(struct store *s)
{
	return exec(s, "BEGIN", _("cannot read the record"));
}

void store_end_read(struct store *s)
{
	store_rollback(s);
}

bool store_commit(struct store *s)
{
	if (exec(s, "COMMIT", _("cannot save")))
		return true;
	store_rollback(s);
	return false;
}

void store_rollback(struct store *s)
{
	if (!sqlite3_get_autocommit(s->db))
		sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
}

bool store_exec_stmt(struct store *s, sqlite3_stmt *st)
{
	if (!st)
		return false;
	int rc = sqlite3_step(st);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW)
		store_set_error(s, _("cannot save"));
	sqlite3_finalize(st);
	return rc == SQLITE_DONE || rc == SQLITE_ROW;
}

bool store_query_int(struct store *s, sqlite3_stmt *st, int64_t *out)
{
	*out = 0;
	if (!st)
		return false;
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*out = sqlite3_column_int64(st, 0);
	else if (rc != SQLITE_DONE)
		store_set_error(s, _("cannot read the database"));
	sqlite3_finalize(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE;
}

int64_t store_last_id(struct store *s)
{
	return sqlite3_last_insert_rowid(s->db);
}

void store_new_uid(char out[33])
{
	unsigned char raw[16];
	if (!random_bytes(raw, sizeof raw))
		abort(); /* no randomness at all means a broken system */
	for (size_t i = 0; i < sizeof raw; i++)
		snprintf(out + 2 * i, 3, "%02x", raw[i]);
}

static int pragma_int(struct store *s, const char *sql)
{
	sqlite3_stmt *st = store_prepare(s, sql);
	int v = -1;
	if (st && sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int(st, 0);
	else if (st)
		store_set_error(s, _("cannot read the database"));
	sqlite3_finalize(st);
	return v;
}

static bool migrate(struct store *s, enum store_open_error *why)
{
	if (!store_begin(s))
		return false;
	/* Read again inside the write lock: another process may have migrated. */
	int version = pragma_int(s, "PRAGMA user_version");
	int app = pragma_int(s, "PRAGMA application_id");
	int tables = pragma_int(s, "SELECT count(*) FROM sqlite_schema");
	if (version < 0 && !s->error)
		store_bad_version(s, version, why);
	if (version < 0 || app < 0 || tables < 0) {
		store_rollback(s);
		return false;
	}
	if ((app != APPLICATION_ID && (app != 0 || tables > 0)) ||
	    (app == APPLICATION_ID && version == 0 && tables > 0)) {
		store_rollback(s);
		*why = STORE_OPEN_NOT_CONVENE;
		free(s->error);
		s->error = xstrdup(_("this file is an SQLite database, but not a convene database"));
		return false;
	}
	if (version > store_migration_count) {
		store_rollback(s);
		*why = STORE_OPEN_TOO_NEW;
		free(s->error);
		s->error = xasprintf(_("this database was written by a newer convene (schema %d; this "
				     "version knows up to %d): please upgrade convene"),
				     version, store_migration_count);
		return false;
	}
	for (int v = version; v < store_migration_count; v++)
		if (!exec(s, store_migrations[v], _("cannot upgrade the database"))) {
			store_rollback(s);
			return false;
		}
	char *pragmas = xasprintf("PRAGMA application_id = %d; PRAGMA user_version = %d;",
				  APPLICATION_ID, store_migration_count);
	bool ok = exec(s, pragmas, _("cannot upgrade the database"));
	free(pragmas);
	if (!ok) {
		store_rollback(s);
		return false;
	}
	s->version = store_migration_count;
	return store_commit(s);
}

struct store *store_open(const char *path, enum store_open_error *why, char **message)
{
	*why = STORE_OPEN_OK;
	*message = NULL;
	struct store *s = xcalloc(1, sizeof *s);
	/* NOMUTEX: a connection is only ever used by the thread that opened
	 * it, and locking it on every column read cost a tenth of an export. */
	int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOFOLLOW |
		    SQLITE_OPEN_NOMUTEX;
	int rc = sqlite3_open_v2(path, &s->db, flags, NULL);
	if (rc != SQLITE_OK) {
		*why = rc == SQLITE_CANTOPEN ? STORE_OPEN_CANNOT_CREATE : STORE_OPEN_FAILED;
		*message = xasprintf(_("cannot open %s: %s"), path,
				     s->db ? sqlite3_errmsg(s->db) : _("out of memory"));
		store_close(s);
		return NULL;
	}
	sqlite3_extended_result_codes(s->db, 1);
	store_set_patience(s, 5000);
	/* A file that is not SQLite fails here, on its first read. */
	bool ok = exec(s, "PRAGMA foreign_keys = ON; PRAGMA trusted_schema = OFF;"
			  "PRAGMA secure_delete = ON;", _("cannot read the database"));
	if (ok && sqlite3_db_readonly(s->db, "main") == 1) {
		free(s->error);
		s->error = xstrdup(_("the database file is read-only"));
		ok = false;
	}
	if (ok) {
		int version = pragma_int(s, "PRAGMA user_version");
		if (version < 0 && !s->error)
			store_bad_version(s, version, why);
		if (version < 0)
			ok = false;
		else if (version < store_migration_count || version > store_migration_count ||
			 pragma_int(s, "PRAGMA application_id") != APPLICATION_ID)
			ok = migrate(s, why);
		else
			s->version = version;
	}
	/* WAL lets a second terminal read while the facilitator writes; FULL
	 * makes each commit durable across power loss, not only crashes. */
	if (ok)
		ok = exec(s, "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;",
			  _("cannot set up the database"));
	if (!ok) {
		if (*why == STORE_OPEN_OK && sqlite3_errcode(s->db) == SQLITE_NOTADB) {
			*why = STORE_OPEN_NOT_CONVENE;
			free(s->error);
			s->error = xstrdup(_("this file is not a convene database (it is not SQLite)"));
		} else if (*why == STORE_OPEN_OK) {
			*why = STORE_OPEN_FAILED;
		}
		*message = xasprintf("%s: %s", path, store_error(s));
		store_close(s);
		return NULL;
	}
	return s;
}

void store_close(struct store *s)
{
	if (!s)
		return;
	/* For bench/seats.sh: how often this connection waited for a writer. */
	const char *log = getenv("CONVENE_BUSY_LOG");
	FILE *f = log && *log ? fopen(log, "a") : NULL;
	if (f) {
		fprintf(f, "%ld\n", s->busy_waits);
		fclose(f);
	}
	sqlite3_close(s->db);
	free(s->error);
	free(s);
}

bool store_create_team(struct store *s, const char *uid, const char *name,
		       const struct new_member *members, size_t n, int64_t *team_id)
{
	if (!store_begin(s))
		return false;
	char fresh[33];
	store_new_uid(fresh);
	sqlite3_stmt *st = store_prepare(s, "INSERT INTO team (uid, name, created_at) "
					    "VALUES (:uid, :name, " STORE_NOW ")");
	if (st) {
		bind_text(st, ":uid", uid ? uid : fresh);
		bind_text(st, ":name", name);
	}
	bool ok = store_exec_stmt(s, st);
	int64_t id = sqlite3_last_insert_rowid(s->db);
	const char *const *roles = rotation_default_roles;
	for (size_t i = 0; ok && i < ROTATION_DEFAULT_ROLES; i++) {
		st = store_prepare(s, "INSERT INTO team_role (team_id, position, name) "
				      "VALUES (:team, :pos, :name)");
		if (st) {
			bind_int(st, ":team", id);
			bind_int(st, ":pos", (int64_t)i);
			bind_text(st, ":name", roles[i]);
		}
		ok = store_exec_stmt(s, st);
	}
	for (size_t i = 0; ok && i < n; i++) {
		store_new_uid(fresh);
		st = store_prepare(s, "INSERT INTO member (uid, team_id, name, grp, position, created_at) "
				      "VALUES (:uid, :team, :name, :grp, :pos, " STORE_NOW ")");
		if (st) {
			bind_text(st, ":uid", fresh);
			bind_int(st, ":team", id);
			bind_text(st, ":name", members[i].name);
			bind_text(st, ":grp", members[i].group);
			bind_int(st, ":pos", (int64_t)i);
		}
		ok = store_exec_stmt(s, st);
	}
	if (!ok || !store_commit(s)) {
		store_rollback(s);
		return false;
	}
	if (team_id)
		*team_id = id;
	return true;
}

bool store_find_team(struct store *s, const char *uid, bool *found, int64_t *team_id)
{
	sqlite3_stmt *st = store_prepare(s, "SELECT id FROM team WHERE uid = :uid");
	if (!st)
		return false;
	bind_text(st, ":uid", uid);
	int rc = sqlite3_step(st);
	*found = rc == SQLITE_ROW;
	if (*found)
		*team_id = sqlite3_column_int64(st, 0);
	else if (rc != SQLITE_DONE)
		store_set_error(s, _("cannot read teams"));
	sqlite3_finalize(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE;
}

static struct team *team_by_id(struct team **by_id, size_t n, int64_t id)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (by_id[mid]->id < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < n && by_id[lo]->id == id ? by_id[lo] : NULL;
}

static int by_team_id(const void *a, const void *b)
{
	const struct team *x = *(struct team *const *)a, *y = *(struct team *const *)b;
	return (x->id > y->id) - (x->id < y->id);
}

/* The teams (all, or only the one asked for) with their members, in two
 * queries whatever the number of teams: the home screen of a district with
 * hundreds of teams draws as fast as with one. */
static bool read_teams(struct store *s, int64_t only, struct team_list *out)
{
	memset(out, 0, sizeof *out);
	sqlite3_stmt *st = store_prepare(s, "SELECT id, uid, name, quorum, reopen_threshold_pct,"
					    " norms_protocol, guests_count FROM team WHERE :only = 0"
					    " OR id = :only ORDER BY name, id");
	if (!st)
		return false;
	bind_int(st, ":only", only);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		out->teams = xreallocarray(out->teams, out->n + 1, sizeof *out->teams);
		struct team *t = &out->teams[out->n++];
		memset(t, 0, sizeof *t);
		t->id = sqlite3_column_int64(st, 0);
		t->uid = column_text(st, 1);
		t->name = column_text(st, 2);
		t->quorum = column_text(st, 3);
		t->reopen_threshold = sqlite3_column_int(st, 4);
		t->norms_protocol = column_text(st, 5);
		t->guests_count = sqlite3_column_int(st, 6) != 0;
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		store_set_error(s, _("cannot read teams"));
		return false;
	}
	struct team **by_id = xcalloc(out->n ? out->n : 1, sizeof *by_id);
	for (size_t i = 0; i < out->n; i++)
		by_id[i] = &out->teams[i];
	qsort(by_id, out->n, sizeof *by_id, by_team_id);
	st = store_prepare(s, "SELECT team_id, id, uid, name, grp FROM member WHERE active = 1"
			      " AND (:only = 0 OR team_id = :only) ORDER BY team_id, position, id");
	if (!st) {
		free(by_id);
		return false;
	}
	bind_int(st, ":only", only);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct team *t = team_by_id(by_id, out->n, sqlite3_column_int64(st, 0));
		if (!t)
			continue;
		t->members = xreallocarray(t->members, t->n_members + 1, sizeof *t->members);
		t->members[t->n_members++] = (struct member){
			.id = sqlite3_column_int64(st, 1),
			.uid = column_text(st, 2),
			.name = column_text(st, 3),
			.group = column_text(st, 4),
		};
	}
	sqlite3_finalize(st);
	free(by_id);
	if (rc != SQLITE_DONE) {
		store_set_error(s, _("cannot read members"));
		return false;
	}
	return true;
}

bool store_list_teams(struct store *s, struct team_list *out)
{
	return read_teams(s, 0, out);
}

bool store_load_team(struct store *s, int64_t team_id, struct team_list *out)
{
	return read_teams(s, team_id > 0 ? team_id : -1, out);
}

void team_list_free(struct team_list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		struct team *t = &l->teams[i];
		for (size_t j = 0; j < t->n_members; j++) {
			free(t->members[j].uid);
			free(t->members[j].name);
			free(t->members[j].group);
		}
		free(t->members);
		free(t->uid);
		free(t->name);
		free(t->quorum);
		free(t->norms_protocol);
	}
	free(l->teams);
	memset(l, 0, sizeof *l);
}
