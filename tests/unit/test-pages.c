/* Tests of the meetings on record a page at a time (store-pages.c), as the
 * review list reads them: the pages, newer or older, put together, are
 * every meeting once in the list's order, meetings begun at the same second
 * included; the count is the true one and a meeting's place in the list is
 * the count of those above it; and a page reads the index, never a sort of
 * every meeting. */
#include "convene/demo.h"
#include "convene/store-review.h"
#include "convene/store-import.h"
#include "dbquery.h"
#include "fixture.h"
#include "tap.h"

#define N_MEETINGS 41
#define PAGE 7

static bool same(const struct meeting_info *a, const struct meeting_info *b)
{
	return a->id == b->id;
}

/* The detail of every row of sql's query plan, one line each. */
static char *plan(const char *path, const char *sql)
{
	sqlite3 *db;
	sqlite3_stmt *st = NULL;
	struct strbuf sb;
	strbuf_init(&sb);
	sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL);
	char *q = xasprintf("EXPLAIN QUERY PLAN %s", sql);
	if (sqlite3_prepare_v2(db, q, -1, &st, NULL) == SQLITE_OK)
		while (sqlite3_step(st) == SQLITE_ROW)
			strbuf_addf(&sb, "%s\n", (const char *)sqlite3_column_text(st, 3));
	free(q);
	sqlite3_finalize(st);
	sqlite3_close(db);
	return strbuf_take(&sb);
}

int main(void)
{
	/* The demo's team holds the history; the fixture's own stays empty. */
	struct fixture fx;
	if (!fixture_open(&fx, "Paging team", &(struct new_member){ "Dee", "District" }, 1))
		return 1;
	struct store *s = fx.store;
	int64_t total = -1;
	ok(store_count_meetings(s, NULL, 0, &total) && total == 0, "no meeting on record");
	struct meeting_info *page;
	size_t n;
	ok(store_page_meetings(s, PAGE_NEWEST, NULL, 0, PAGE, &page, &n) && n == 0,
	   "an empty history has an empty first page");
	meeting_infos_free(page, n);

	bool added;
	int64_t demo;
	ok(demo_add_team(s, &added, &demo) && demo_add_history(s, &fx.catalog, demo, N_MEETINGS),
	   "a history of %d meetings", N_MEETINGS);
	/* Eleven of them begun at the same second, across pages' edges. */
	bool backdated = true;
	for (int64_t id = 12; id <= 22; id++)
		backdated = backdated && store_backdate_meeting(s, id, 1700000000, 60);
	ok(backdated, "some begun together");
	ok(store_count_meetings(s, NULL, 0, &total) && total == N_MEETINGS,
	   "the count is every meeting");

	struct meeting_info *all;
	size_t n_all;
	ok(store_list_meetings(s, NULL, 0, &all, &n_all) && n_all == N_MEETINGS,
	   "the whole list, newest first");

	/* Newest to oldest: each page the one older than the last row read. */
	size_t at = 0;
	bool in_order = true;
	ok(store_page_meetings(s, PAGE_NEWEST, NULL, 0, PAGE, &page, &n) && n == PAGE,
	   "the first page is full");
	while (n) {
		for (size_t i = 0; i < n; i++, at++)
			in_order = in_order && at < n_all && same(&page[i], &all[at]);
		struct meeting_info last = page[n - 1];
		char *started = xstrdup(last.started_at);
		meeting_infos_free(page, n);
		if (!store_page_meetings(s, PAGE_OLDER, started, last.id, PAGE, &page, &n))
			n = 0;
		free(started);
	}
	ok(in_order && at == n_all, "older pages, one after the other: every meeting once (%zu)", at);

	/* Oldest to newest: each page the one newer than the first row read. */
	size_t left = n_all;
	in_order = true;
	ok(store_page_meetings(s, PAGE_OLDEST, NULL, 0, PAGE, &page, &n) && n == PAGE &&
	   same(&page[n - 1], &all[n_all - 1]) && same(&page[0], &all[n_all - PAGE]),
	   "the last page: the oldest meetings, newest first");
	while (n) {
		for (size_t i = n; i-- > 0;)
			in_order = in_order && left > 0 && same(&page[i], &all[--left]);
		struct meeting_info first = page[0];
		char *started = xstrdup(first.started_at);
		meeting_infos_free(page, n);
		if (!store_page_meetings(s, PAGE_NEWER, started, first.id, PAGE, &page, &n))
			n = 0;
		free(started);
	}
	ok(in_order && left == 0, "newer pages back to the newest: every meeting once");

	bool from_ok = true, place_ok = true;
	for (size_t i = 0; i < n_all; i++) {
		from_ok = from_ok &&
			  store_page_meetings(s, PAGE_FROM, all[i].started_at, all[i].id, 3, &page, &n) &&
			  n == (n_all - i < 3 ? n_all - i : 3) && same(&page[0], &all[i]);
		meeting_infos_free(page, n);
		int64_t place;
		place_ok = place_ok && store_count_meetings(s, all[i].started_at, all[i].id, &place) &&
			   place == (int64_t)i;
	}
	ok(from_ok, "a page from a meeting starts with it");
	ok(place_ok, "a meeting's place is the count of the meetings above it");
	ok(store_page_meetings(s, PAGE_NEWER, all[0].started_at, all[0].id, PAGE, &page, &n) &&
	   n == 0, "nothing is newer than the newest");
	ok(store_page_meetings(s, PAGE_OLDER, all[n_all - 1].started_at, all[n_all - 1].id, PAGE,
			       &page, &n) && n == 0, "nothing is older than the oldest");
	ok(store_page_meetings(s, PAGE_NEWEST, NULL, 0, 0, &page, &n) && n == 0,
	   "a page of no rows");

	/* The same statements' plans: the index, in order, no sort. */
	const char *queries[] = {
		"SELECT m.id FROM meeting m JOIN team t ON t.id = m.team_id"
		" WHERE (m.started_at, m.id) < ('2020', 5) ORDER BY m.started_at DESC, m.id DESC LIMIT 7",
		"SELECT m.id FROM meeting m JOIN team t ON t.id = m.team_id"
		" ORDER BY m.started_at DESC, m.id DESC LIMIT 7",
		"SELECT count(*) FROM meeting m WHERE (m.started_at, m.id) > ('2020', 5)",
	};
	for (size_t i = 0; i < ARRAY_LEN(queries); i++) {
		char *p = plan(fx.path, queries[i]);
		ok(strstr(p, "meeting_by_start") && !strstr(p, "TEMP B-TREE"),
		   "query %zu reads the index meeting_by_start without sorting", i + 1);
		if (!strstr(p, "meeting_by_start") || strstr(p, "TEMP B-TREE"))
			tap_diag("plan", p);
		free(p);
	}

	meeting_infos_free(all, n_all);
	fixture_close(&fx);
	return tap_done();
}
