/* store-trends: each rated dimension of a team across its meetings: the
 * mean and the count of ratings per meeting; and each component of its
 * levels steps: the levels agreed, the targets and whether each was met.
 * For the trends screen. */
#include <sqlite3.h>

#include "convene/i18n.h"
#include "convene/store.h"
#include "convene/store-history.h"
#include "convene/util.h"
#include "store-internal.h"

#include <stdlib.h>
#include <string.h>

bool store_rating_trends(struct store *s, int64_t team_id, size_t per_series,
			 struct trend_series **out, size_t *n)
{
	*out = NULL;
	*n = 0;
	/* The latest per_series meetings of each dimension, oldest first;
	 * dimensions in the order the team first rated them. */
	sqlite3_stmt *st = store_prepare(s,
		"WITH per AS (SELECT m.protocol_id AS pid, r.dimension_id AS did,"
		"   max(r.dimension_title) AS dtitle, m.id AS mid, m.started_at AS at,"
		"   avg(r.value) AS mean, count(*) AS cnt, min(r.scale_min) AS lo,"
		"   max(r.scale_max) AS hi, min(r.dimension_index) AS dix,"
		"   max(ms.kind = 'checklist') AS ticks"
		"  FROM rating r JOIN meeting m ON m.id = r.meeting_id"
		"  JOIN meeting_step ms ON ms.meeting_id = r.meeting_id AND ms.step_index = r.step_index"
		"  WHERE m.team_id = :team"
		"  GROUP BY m.protocol_id, r.dimension_id, m.id),"
		" ranked AS (SELECT *, row_number() OVER (PARTITION BY pid, did ORDER BY at DESC, mid DESC)"
		"   AS age, min(at) OVER (PARTITION BY pid) AS first_at FROM per)"
		" SELECT pid, did, dtitle, mid, date(at, 'localtime'), mean, cnt, lo, hi, ticks FROM ranked"
		" WHERE age <= :keep ORDER BY first_at, pid, dix, did, at, mid");
	if (!st)
		return false;
	bind_int(st, ":team", team_id);
	bind_int(st, ":keep", (int64_t)per_series);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *pid = (const char *)sqlite3_column_text(st, 0);
		const char *did = (const char *)sqlite3_column_text(st, 1);
		struct trend_series *t = *n ? &(*out)[*n - 1] : NULL;
		if (!t || strcmp(t->protocol_id, pid) != 0 || strcmp(t->dimension_id, did) != 0) {
			*out = xreallocarray(*out, *n + 1, sizeof **out);
			t = &(*out)[(*n)++];
			*t = (struct trend_series){ .protocol_id = xstrdup(pid), .dimension_id = xstrdup(did),
						    .title = column_text(st, 2),
						    .scale_min = sqlite3_column_int(st, 7),
						    .scale_max = sqlite3_column_int(st, 8),
						    .ticks = sqlite3_column_int(st, 9) != 0 };
		} else {
			/* Named as its latest meeting names it: a title reworded,
			 * or a meeting in Spanish (the same ids, the words of
			 * protocols/es/), is a series carried on. */
			free(t->title);
			t->title = column_text(st, 2);
		}
		t->points = xreallocarray(t->points, t->n_points + 1, sizeof *t->points);
		t->points[t->n_points++] = (struct trend_point){
			.meeting_id = sqlite3_column_int64(st, 3),
			.date = column_text(st, 4),
			.mean = sqlite3_column_double(st, 5),
			.count = sqlite3_column_int(st, 6),
		};
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		store_set_error(s, _("cannot read the ratings over time"));
		return false;
	}
	return true;
}

void trend_series_free(struct trend_series *t, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(t[i].protocol_id);
		free(t[i].dimension_id);
		free(t[i].title);
		for (size_t k = 0; k < t[i].n_points; k++)
			free(t[i].points[k].date);
		free(t[i].points);
	}
	free(t);
}

static void level_statuses(struct level_series *t, const char *today)
{
	struct level_seen *seen = xcalloc(t->n_points ? t->n_points : 1, sizeof *seen);
	for (size_t i = 0; i < t->n_points; i++)
		seen[i] = (struct level_seen){ t->points[i].date, t->points[i].level };
	for (size_t i = 0; i < t->n_points; i++) {
		struct level_point *p = &t->points[i];
		p->status = rules_target_status(p->target, p->date, p->target_date, seen, t->n_points,
						today);
	}
	free(seen);
}

bool store_level_trends(struct store *s, int64_t team_id, const char *today,
			struct level_series **out, size_t *n)
{
	*out = NULL;
	*n = 0;
	/* Components in the order the team first recorded them. */
	sqlite3_stmt *st = store_prepare(s,
		"SELECT m.protocol_id, a.component_id, a.component_title, m.id,"
		"  date(m.started_at, 'localtime'), a.level, a.target, a.target_date, a.scale_min,"
		"  a.scale_max,"
		"  min(m.started_at) OVER (PARTITION BY m.protocol_id) AS first_at,"
		"  now.label, goal.label"
		" FROM agreed_level a JOIN meeting m ON m.id = a.meeting_id"
		/* A placement's labels: of the step the levels step agreed for. */
		" LEFT JOIN meeting_step ms ON ms.meeting_id = a.meeting_id"
		"  AND ms.step_index = a.step_index"
		" LEFT JOIN point_label now ON now.meeting_id = a.meeting_id"
		"  AND now.step_index = ms.items_step AND now.dimension_id = '' AND now.value = a.level"
		" LEFT JOIN point_label goal ON goal.meeting_id = a.meeting_id"
		"  AND goal.step_index = ms.items_step AND goal.dimension_id = '' AND goal.value = a.target"
		" WHERE m.team_id = :team"
		" ORDER BY first_at, m.protocol_id, a.component_index, a.component_id, m.started_at,"
		"  m.id, a.step_index");
	if (!st)
		return false;
	bind_int(st, ":team", team_id);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *pid = (const char *)sqlite3_column_text(st, 0);
		const char *cid = (const char *)sqlite3_column_text(st, 1);
		struct level_series *t = *n ? &(*out)[*n - 1] : NULL;
		if (!t || strcmp(t->protocol_id, pid) != 0 || strcmp(t->component_id, cid) != 0) {
			*out = xreallocarray(*out, *n + 1, sizeof **out);
			t = &(*out)[(*n)++];
			*t = (struct level_series){ .protocol_id = xstrdup(pid), .component_id = xstrdup(cid),
						    .title = column_text(st, 2),
						    .scale_min = sqlite3_column_int(st, 8),
						    .scale_max = sqlite3_column_int(st, 9) };
		}
		t->points = xreallocarray(t->points, t->n_points + 1, sizeof *t->points);
		t->points[t->n_points++] = (struct level_point){
			.meeting_id = sqlite3_column_int64(st, 3),
			.date = column_text(st, 4),
			.level = sqlite3_column_type(st, 5) == SQLITE_NULL ? -1 : sqlite3_column_int(st, 5),
			.target = sqlite3_column_type(st, 6) == SQLITE_NULL ? -1 : sqlite3_column_int(st, 6),
			.target_date = column_text(st, 7),
			.level_label = column_text(st, 11),
			.target_label = column_text(st, 12),
		};
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		store_set_error(s, _("cannot read the agreed levels over time"));
		return false;
	}
	for (size_t i = 0; i < *n; i++)
		level_statuses(&(*out)[i], today);
	return true;
}

void level_series_free(struct level_series *t, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(t[i].protocol_id);
		free(t[i].component_id);
		free(t[i].title);
		for (size_t k = 0; k < t[i].n_points; k++) {
			free(t[i].points[k].date);
			free(t[i].points[k].target_date);
			free(t[i].points[k].level_label);
			free(t[i].points[k].target_label);
		}
		free(t[i].points);
	}
	free(t);
}

const struct level_series *level_series_find(const struct level_series *t, size_t n,
					     const char *protocol_id, const char *component_id)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(t[i].protocol_id, protocol_id) == 0 &&
		    strcmp(t[i].component_id, component_id) == 0)
			return &t[i];
	return NULL;
}
