/*
 * store-edit: what an edit of a stored entry found. Every answer or item,
 * talking point, decision and action item carries a version; an edit's
 * UPDATE writes only where the row still has the version its writer read,
 * and adds one (in the same statement, so two terminals cannot both pass
 * the check). When it changed no row, someone else changed the entry since:
 * this reads what the row holds now, for the writer to be asked.
 */
#include <sqlite3.h>

#include "convene/i18n.h"
#include "convene/store.h"
#include "convene/util.h"
#include "store-internal.h"

#include <stdlib.h>

/* What entry id holds now, after a checked write changed nothing:
 * STORE_CHANGED (now filled), or STORE_FAILED when it is gone (*gone) or
 * cannot be read. */
static enum store_edit read_now(struct store *s, const char *table, const char *words,
				int64_t id, struct store_now *now, bool *gone)
{
	*gone = false;
	char *sql = xasprintf("SELECT version, %s FROM %s WHERE id = :id", words, table);
	sqlite3_stmt *st = store_prepare(s, sql);
	free(sql);
	if (!st)
		return STORE_FAILED;
	bind_int(st, ":id", id);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW && now) {
		now->version = sqlite3_column_int64(st, 0);
		now->text = column_text(st, 1);
	}
	sqlite3_finalize(st);
	if (rc == SQLITE_ROW)
		return STORE_CHANGED;
	*gone = rc == SQLITE_DONE;
	store_set_error(s, *gone ? _("that entry is not in the record any more") :
				   _("cannot read the entry"));
	return STORE_FAILED;
}

enum store_edit store_edit_outcome(struct store *s, bool written, const char *table,
				   const char *words, int64_t id, int64_t version,
				   struct store_now *now)
{
	if (now)
		*now = (struct store_now){ .version = version + 1 };
	if (written)
		return STORE_SAVED;
	bool gone;
	return read_now(s, table, words, id, now, &gone);
}

enum store_edit store_write_entry(struct store *s, sqlite3_stmt *st, const char *table,
				  const char *words, int64_t id, int64_t version, int64_t *new_id,
				  struct store_now *now)
{
	if (now)
		*now = (struct store_now){ 0 };
	if (!store_write_one(s, st))
		return STORE_FAILED;
	if (new_id)
		*new_id = id ? id : store_last_id(s);
	if (!id)
		return STORE_SAVED; /* a new entry: version 0 */
	return store_edit_outcome(s, sqlite3_changes(s->db) > 0, table, words, id, version, now);
}

enum store_edit store_delete_entry(struct store *s, const char *table, const char *words,
				   int64_t id, int64_t version, struct store_now *now)
{
	if (now)
		*now = (struct store_now){ .version = version };
	char *sql = xasprintf("DELETE FROM %s WHERE id = :id AND version = :version", table);
	sqlite3_stmt *st = store_prepare(s, sql);
	free(sql);
	if (st) {
		bind_int(st, ":id", id);
		bind_int(st, ":version", version);
	}
	if (!store_write_one(s, st))
		return STORE_FAILED;
	if (sqlite3_changes(s->db) > 0)
		return STORE_SAVED;
	bool gone;
	enum store_edit r = read_now(s, table, words, id, now, &gone);
	/* Gone already, by someone else's delete: what was asked is done. */
	return gone ? STORE_SAVED : r;
}
