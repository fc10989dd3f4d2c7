/* Tests of reading many meetings at once (store_load_meetings): for every
 * kind of export and every format, the records read in bulk export exactly
 * as the same meetings read one by one, and the selection by team, dates
 * and kind of record picks the meetings it names. */
#include "convene/demo.h"
#include "convene/export.h"
#include "fixture.h"
#include "tap.h"

static const unsigned whats[] = {
	EXPORT_POINTS, EXPORT_POINTS | EXPORT_DRAFTS, EXPORT_DECISIONS, EXPORT_ACTIONS,
	EXPORT_RATINGS, EXPORT_ITEMS, EXPORT_VOTES, EXPORT_FOCUS, EXPORT_ALL,
};

/* Every meeting of the store read one by one, oldest first. */
static struct meeting_record *each_meeting(struct store *s, size_t *n)
{
	struct meeting_info *infos;
	size_t k;
	*n = 0;
	if (!store_list_meetings(s, NULL, 0, &infos, &k))
		return NULL;
	struct meeting_record *rs = xcalloc(k + 1, sizeof *rs);
	for (size_t i = 0; i < k; i++) {
		/* The list is newest first. */
		char key[24];
		bool found;
		snprintf(key, sizeof key, "%lld", (long long)infos[k - 1 - i].id);
		if (store_load_meeting(s, key, &found, &rs[*n]) && found)
			(*n)++;
	}
	meeting_infos_free(infos, k);
	return rs;
}

static char *exported(const struct meeting_record *rs, size_t n, unsigned what,
		      enum export_format f)
{
	struct strbuf sb;
	strbuf_init(&sb);
	export_meetings(rs, n, what, f, &sb);
	return strbuf_take(&sb);
}

int main(void)
{
	struct fixture fx;
	const struct new_member members[] = { { "Ana", "District" }, { "Ben", "Teachers union" } };
	if (!fixture_open(&fx, "Quiet team", members, 2))
		return 1;
	bool added;
	int64_t demo;
	ok(demo_add_team(fx.store, &added, &demo) &&
	   demo_add_history(fx.store, &fx.catalog, demo, 24), "a history of 24 meetings");
	size_t n_all;
	struct meeting_record *all = each_meeting(fx.store, &n_all);
	ok(n_all == 24, "each of them reads back one by one");

	for (size_t w = 0; w < ARRAY_LEN(whats); w++) {
		struct meeting_selection sel = { 0 };
		export_selection(whats[w], &sel);
		struct meeting_record *rs;
		size_t n;
		bool found;
		ok(store_load_meetings(fx.store, &sel, &found, &rs, &n) && found,
		   "what %#x: read in bulk", whats[w]);
		size_t holding = 0;
		for (size_t i = 0; i < n_all; i++)
			holding += whats[w] == EXPORT_ALL || export_holds(&all[i], whats[w]);
		size_t shown = 0;
		for (size_t i = 0; i < n; i++)
			shown += whats[w] == EXPORT_ALL || export_holds(&rs[i], whats[w]);
		ok(shown == holding && n <= n_all,
		   "what %#x: the %zu meetings holding it are among the %zu read", whats[w], holding, n);
		for (enum export_format f = EXPORT_CSV; f <= EXPORT_MD; f++) {
			char *bulk = exported(rs, n, whats[w], f);
			char *one_by_one = exported(all, n_all, whats[w], f);
			ok(strcmp(bulk, one_by_one) == 0, "what %#x, format %d: the same export", whats[w],
			   (int)f);
			free(bulk);
			free(one_by_one);
		}
		meeting_records_free(rs, n);
	}

	struct meeting_selection sel = { .kinds = RECORD_ALL, .every_meeting = true };
	struct meeting_record *rs;
	size_t n;
	bool found;
	size_t agreed = 0;
	for (size_t i = 0; i < n_all; i++)
		agreed += export_holds(&all[i], EXPORT_POINTS);
	ok(agreed > 0 && agreed < n_all, "some meetings agreed talking points, some none (%zu)",
	   agreed);
	sel.team = "Quiet team";
	ok(store_load_meetings(fx.store, &sel, &found, &rs, &n) && found && n == 0,
	   "a team without meetings: found, no meetings");
	meeting_records_free(rs, n);
	sel.team = "Nobody";
	ok(store_load_meetings(fx.store, &sel, &found, &rs, &n) && !found && n == 0,
	   "an unknown team is not found");
	meeting_records_free(rs, n);
	sel.team = "1";
	ok(store_load_meetings(fx.store, &sel, &found, &rs, &n) && found && n == 0,
	   "a team named by its number");
	meeting_records_free(rs, n);
	char team[24];
	snprintf(team, sizeof team, "%lld", (long long)demo);
	sel.team = team;
	sel.since = "2999-01-01";
	ok(store_load_meetings(fx.store, &sel, &found, &rs, &n) && found && n == 0,
	   "nothing after a date in the future");
	meeting_records_free(rs, n);
	sel.since = NULL;
	char until[11];
	snprintf(until, sizeof until, "%s", all[n_all / 2].info.started_at);
	sel.until = until;
	ok(store_load_meetings(fx.store, &sel, &found, &rs, &n) && found && n > 0 && n < n_all &&
	   strcmp(rs[n - 1].info.started_at, all[n_all - 1].info.started_at) < 0,
	   "until a date: the meetings up to it, oldest first (%zu)", n);
	bool ordered = true;
	for (size_t i = 1; i < n; i++)
		ordered = ordered && strcmp(rs[i - 1].info.started_at, rs[i].info.started_at) <= 0;
	ok(ordered, "in the order they started");
	meeting_records_free(rs, n);

	meeting_records_free(all, n_all);
	fixture_close(&fx);
	return tap_done();
}
