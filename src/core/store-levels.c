/* store-levels: the agreed_level table: a levels step's record per
 * component, written as the facilitator sets or clears it, and read back
 * with the rest of a meeting's record. */
#include <sqlite3.h>

#include "convene/i18n.h"
#include "convene/store.h"
#include "convene/util.h"
#include "store-internal.h"

#include <stdlib.h>

bool store_save_level(struct store *s, int64_t meeting_id, size_t step, size_t comp,
		      const struct dimension *d, const struct scale *sc, const struct agreed_level *l)
{
	char uid[33];
	store_new_uid(uid);
	bool clear = agreed_level_empty(l);
	/* The uid and created_at stay with the component across changes: it
	 * is one record, corrected, as an export and an import see it. */
	sqlite3_stmt *st = store_prepare(s, clear ?
		"DELETE FROM agreed_level WHERE meeting_id = :meeting AND step_index = :step AND"
		" component_id = :id" :
		"INSERT INTO agreed_level (uid, meeting_id, step_index, component_index, component_id,"
		" component_title, level, target, target_date, scale_min, scale_max, created_at,"
		" updated_at) VALUES (:uid, :meeting, :step, :index, :id, :title, :level, :target,"
		" :date, :min, :max, " STORE_NOW ", " STORE_NOW ")"
		" ON CONFLICT (meeting_id, step_index, component_id) DO UPDATE SET"
		" level = excluded.level, target = excluded.target, target_date = excluded.target_date,"
		" component_title = excluded.component_title, updated_at = excluded.updated_at");
	if (st) {
		bind_int(st, ":meeting", meeting_id);
		bind_int(st, ":step", (int64_t)step);
		bind_text(st, ":id", d->id);
	}
	if (st && !clear) {
		bind_text(st, ":uid", uid);
		bind_int(st, ":index", (int64_t)comp);
		bind_text(st, ":title", d->title);
		if (l->level >= 0)
			bind_int(st, ":level", l->level);
		else
			bind_null(st, ":level");
		if (l->target >= 0) {
			bind_int(st, ":target", l->target);
			bind_text(st, ":date", l->date);
		} else {
			bind_null(st, ":target");
			bind_null(st, ":date");
		}
		bind_int(st, ":min", sc->min);
		bind_int(st, ":max", sc->max);
	}
	return store_write_one(s, st);
}

static int int_or_none(sqlite3_stmt *st, int col)
{
	return sqlite3_column_type(st, col) == SQLITE_NULL ? -1 : sqlite3_column_int(st, col);
}

static void read_level(sqlite3_stmt *st, struct meeting_record *r)
{
	r->levels = array_grow(r->levels, r->n_levels, sizeof *r->levels);
	r->levels[r->n_levels++] = (struct level_record){
		.uid = column_text(st, 1),
		.step = (size_t)sqlite3_column_int64(st, 2),
		.component_index = (size_t)sqlite3_column_int64(st, 3),
		.component_id = column_text(st, 4),
		.component_title = column_text(st, 5),
		.level = int_or_none(st, 6),
		.target = int_or_none(st, 7),
		.target_date = column_text(st, 8),
		.scale_min = sqlite3_column_int(st, 9),
		.scale_max = sqlite3_column_int(st, 10),
		.created_at = column_text(st, 11),
		.updated_at = column_text(st, 12),
	};
}

const struct record_part store_levels_part = {
	"SELECT meeting_id, uid, step_index, component_index, component_id, component_title, level,"
	" target, target_date, scale_min, scale_max, created_at, updated_at FROM agreed_level"
	" WHERE meeting_id",
	" ORDER BY meeting_id, step_index, component_index, id", N_("the agreed levels"), read_level,
	RECORD_LEVELS
};

void store_free_levels(struct meeting_record *r)
{
	for (size_t i = 0; i < r->n_levels; i++) {
		struct level_record *x = &r->levels[i];
		free(x->uid);
		free(x->component_id);
		free(x->component_title);
		free(x->target_date);
		free(x->created_at);
		free(x->updated_at);
	}
	free(r->levels);
}
