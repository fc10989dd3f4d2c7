/* store-norms: the norms a team adopted in the room (adopt-norms steps).
 * Its current norms are the set its latest meeting that adopted any
 * adopted: the norms every group present confirmed there. An earlier set
 * is never changed, only followed by a later one, so each meeting's record
 * keeps the norms as they were adopted then. */
#include <sqlite3.h>

#include "convene/i18n.h"
#include "convene/rules.h"
#include "convene/store.h"
#include "convene/store-history.h"
#include "convene/util.h"
#include "store-internal.h"

#include <stdlib.h>

/* The norms a meeting adopted, in the order drafted; 0 when none. */
static size_t adopted(const struct meeting_record *r, struct team_norms *out)
{
	for (size_t i = 0; i < r->n_points; i++) {
		const struct point_record *p = &r->points[i];
		if (!rules_point_is_norm(r, p) || !rules_point_agreed(r, p))
			continue;
		out->texts = xreallocarray(out->texts, out->n + 1, sizeof *out->texts);
		out->texts[out->n++] = xstrdup(p->text);
	}
	return out->n;
}

bool store_team_norms(struct store *s, int64_t team_id, int64_t except_meeting,
		      struct team_norms *out)
{
	*out = (struct team_norms){ 0 };
	sqlite3_stmt *st = store_prepare(s,
		"SELECT m.uid, date(m.started_at, 'localtime') FROM meeting m"
		" WHERE m.team_id = :team AND m.id <> :except AND EXISTS (SELECT 1 FROM meeting_step"
		" x WHERE x.meeting_id = m.id AND x.kind = 'adopt-norms')"
		" ORDER BY m.started_at DESC, m.id DESC");
	if (!st)
		return false;
	bind_int(st, ":team", team_id);
	bind_int(st, ":except", except_meeting);
	char **uids = NULL, **dates = NULL;
	size_t n = 0;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		uids = xreallocarray(uids, n + 1, sizeof *uids);
		dates = xreallocarray(dates, n + 1, sizeof *dates);
		uids[n] = column_text(st, 0);
		dates[n++] = column_text(st, 1);
	}
	sqlite3_finalize(st);
	bool ok = rc == SQLITE_DONE;
	if (!ok)
		store_set_error(s, _("cannot read the team's norms"));
	/* Newest first: the first meeting that adopted any is the one. */
	for (size_t i = 0; ok && i < n && !out->n; i++) {
		struct meeting_record r;
		bool found = false;
		ok = store_load_meeting(s, uids[i], &found, &r);
		if (ok && found && adopted(&r, out)) {
			out->meeting_id = r.info.id;
			out->date = xstrdup(dates[i]);
		}
		if (ok && found)
			meeting_record_free(&r);
	}
	for (size_t i = 0; i < n; i++) {
		free(uids[i]);
		free(dates[i]);
	}
	free(uids);
	free(dates);
	if (!ok)
		team_norms_free(out);
	return ok;
}

void team_norms_free(struct team_norms *t)
{
	for (size_t i = 0; i < t->n; i++)
		free(t->texts[i]);
	free(t->texts);
	free(t->date);
	*t = (struct team_norms){ 0 };
}
