/* Tests of the demo history: closed meetings two weeks apart up to today,
 * each holding what its protocol produces, the same every time. */
#include "source-root.h"
#include "convene/store-history.h"
#include "convene/demo.h"
#include "convene/util.h"
#include "dbquery.h"
#include "tap.h"

#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char dir[] = "/tmp/convene-test-demo-XXXXXX";

static char *digest(const char *path)
{
	sqlite3 *db;
	sqlite3_stmt *st;
	struct strbuf sb;
	strbuf_init(&sb);
	sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL);
	sqlite3_prepare_v2(db, "SELECT group_concat(value, ',') FROM (SELECT value FROM rating"
			       " ORDER BY id)", -1, &st, NULL);
	if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0))
		strbuf_adds(&sb, (const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	sqlite3_close(db);
	return strbuf_take(&sb);
}

/* A new database at path, with the demo team. */
static struct store *open_demo(const char *path, int64_t *team)
{
	enum store_open_error why;
	char *msg = NULL;
	struct store *s = store_open(path, &why, &msg);
	bool added;
	demo_add_team(s, &added, team);
	return s;
}

int main(void)
{
	if (!mkdtemp(dir))
		return 1;
	char *dirs[] = { (char *)CONVENE_SOURCE_PROTOCOLS, NULL };
	struct catalog c;
	catalog_load(&c, dirs);
	char *first = NULL;
	for (int run = 0; run < 2; run++) {
		char *path = xasprintf("%s/d%d.db", dir, run);
		int64_t team;
		struct store *s = open_demo(path, &team);
		ok(demo_add_history(s, &c, team, 14), "run %d: fourteen past meetings are added", run);
		if (run == 0) {
			struct trend_series *t;
			size_t n;
			ok(store_rating_trends(s, team, 12, &t, &n), "trends are read");
			is_int(n, 9, "one series per dimension of the assessment");
			if (n == 9) {
				is_str(t[0].protocol_id, "team-assessment", "of the assessment");
				is_int(t[0].n_points, 3, "one point per assessment meeting");
				ok(t[0].points[0].count >= 8 && t[0].points[0].count <= 9,
				   "counting the ratings of those present");
				ok(strcmp(t[0].points[0].date, t[0].points[2].date) < 0, "oldest first");
				ok(t[0].points[2].mean > t[0].points[0].mean, "means drift upward");
				ok(t[0].scale_min == 1 && t[0].scale_max == 7, "with the scale");
			}
			trend_series_free(t, n);
			ok(store_rating_trends(s, team, 2, &t, &n) && n == 9 && t[0].n_points == 2,
			   "the latest meetings only, when asked");
			trend_series_free(t, n);
		}
		store_close(s);
		is_int(db_int(path, "SELECT count(*) FROM meeting WHERE status = 'closed'"), 14,
		       "run %d: all closed", run);
		is_int(db_int(path, "SELECT CAST(julianday(max(started_at)) - julianday(min(started_at))"
				       " AS INTEGER) FROM meeting"), 13 * 14, "run %d: two weeks apart", run);
		ok(db_int(path, "SELECT julianday('now') - julianday(max(started_at)) BETWEEN 13 AND 15"
				   " FROM meeting") == 1, "run %d: the last one two weeks ago", run);
		is_int(db_int(path, "SELECT count(DISTINCT protocol_id) FROM meeting"), 6,
		       "run %d: six protocols", run);
		ok(db_int(path, "SELECT count(*) FROM rating") > 100, "run %d: ratings", run);
		is_int(db_int(path, "SELECT count(*) FROM rating r JOIN meeting m ON m.id ="
				       " r.meeting_id WHERE m.rating_mode = 'blind' AND r.member_id IS NOT NULL"),
		       0, "run %d: blind ratings name nobody", run);
		ok(db_int(path, "SELECT count(*) FROM item") > 20, "run %d: answers and items", run);
		is_int(db_int(path, "SELECT count(*) FROM decision WHERE status = 'decided'"), 2,
		       "run %d: a decision in each continuum meeting", run);
		ok(db_int(path, "SELECT count(*) FROM talking_point_agreement") > 0,
		   "run %d: agreed talking points", run);
		ok(db_int(path, "SELECT count(*) FROM action_item WHERE status = 'open'") == 1 &&
		   db_int(path, "SELECT count(*) FROM action_item WHERE status = 'done'") == 2,
		   "run %d: action items, the older ones done", run);
		char *d = digest(path);
		if (run == 0)
			first = d;
		else {
			ok(strcmp(first, d) == 0 && *d, "the same history every time");
			free(d);
		}
		free(path);
	}
	free(first);

	/* Meetings in English, then in Spanish (protocols/es/, the same ids):
	 * one series per dimension, carried on, named in the latest one's words. */
	struct catalog es;
	catalog_load_in(&es, dirs, "es");
	char *path = xasprintf("%s/langs.db", dir);
	int64_t team;
	struct store *s = open_demo(path, &team);
	ok(demo_add_history(s, &c, team, 6) && demo_add_history(s, &es, team, 6),
	   "an assessment in English, then one in Spanish");
	struct trend_series *t;
	size_t n;
	ok(store_rating_trends(s, team, 12, &t, &n), "trends are read");
	is_int(n, 9, "one series per dimension, not one per language");
	if (n == 9) {
		is_int(t[0].n_points, 2, "both meetings in the series");
		is_str(t[0].title, "Metas y objetivos", "named as the latest meeting named it");
	}
	trend_series_free(t, n);
	store_close(s);
	free(path);
	catalog_free(&es);
	char *cmd = xasprintf("rm -rf '%s'", dir);
	if (system(cmd) != 0)
		fprintf(stderr, "could not remove %s\n", dir);
	free(cmd);
	catalog_free(&c);
	return tap_done();
}
