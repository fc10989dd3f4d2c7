/* Tests of reading many meetings at once (store_each_meetings): for every
 * kind of export and every format, the records read in bulk export exactly
 * as the same meetings read one by one, and the selection by team, dates
 * and kind of record picks the meetings it names. */
#include "convene/demo.h"
#include "convene/export.h"
#include "fixture.h"
#include "selected.h"
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

	/* Small batches, so a selection spans several. */
	const size_t batch = 5;
	for (size_t w = 0; w < ARRAY_LEN(whats); w++) {
		size_t holding = 0;
		for (size_t i = 0; i < n_all; i++)
			holding += whats[w] == EXPORT_ALL || export_holds(&all[i], whats[w]);
		for (enum export_format f = EXPORT_CSV; f <= EXPORT_MD; f++) {
			struct meeting_selection sel = { 0 };
			struct selected x;
			bool found;
			ok(selected_export(fx.store, &sel, whats[w], f, batch, &found, &x) && found,
			   "what %#x, format %d: read in batches", whats[w], (int)f);
			ok(x.holding == holding && x.read <= n_all,
			   "what %#x: the %zu meetings holding it are among the %zu read", whats[w],
			   holding, x.read);
			char *one_by_one = exported(all, n_all, whats[w], f);
			ok(strcmp(x.out.data, one_by_one) == 0, "what %#x, format %d: the same export",
			   whats[w], (int)f);
			free(one_by_one);
			strbuf_finish(&x.out);
		}
	}

	size_t agreed = 0;
	for (size_t i = 0; i < n_all; i++)
		agreed += export_holds(&all[i], EXPORT_POINTS);
	ok(agreed > 0 && agreed < n_all, "some meetings agreed talking points, some none (%zu)",
	   agreed);
	struct meeting_selection sel = { .team = "Quiet team" };
	struct selected x;
	bool found;
	ok(selected_export(fx.store, &sel, EXPORT_ALL, EXPORT_CSV, batch, &found, &x) && found &&
	   x.read == 0, "a team without meetings: found, no meetings");
	strbuf_finish(&x.out);
	sel = (struct meeting_selection){ .team = "Nobody" };
	ok(selected_export(fx.store, &sel, EXPORT_ALL, EXPORT_CSV, batch, &found, &x) && !found &&
	   x.read == 0, "an unknown team is not found");
	strbuf_finish(&x.out);
	sel = (struct meeting_selection){ .team = "1" };
	ok(selected_export(fx.store, &sel, EXPORT_ALL, EXPORT_CSV, batch, &found, &x) && found &&
	   x.read == 0, "a team named by its number");
	strbuf_finish(&x.out);
	char team[24];
	snprintf(team, sizeof team, "%lld", (long long)demo);
	sel = (struct meeting_selection){ .team = team, .since = "2999-01-01" };
	ok(selected_export(fx.store, &sel, EXPORT_ALL, EXPORT_CSV, batch, &found, &x) && found &&
	   x.read == 0, "nothing after a date in the future");
	strbuf_finish(&x.out);
	char until[11];
	snprintf(until, sizeof until, "%s", all[n_all / 2].info.started_at);
	sel = (struct meeting_selection){ .team = team, .until = until };
	ok(selected_export(fx.store, &sel, EXPORT_ALL, EXPORT_CSV, batch, &found, &x) && found &&
	   x.read > batch && x.read < n_all && strcmp(x.last, all[n_all - 1].info.started_at) < 0,
	   "until a date: the meetings up to it, over several batches (%zu)", x.read);
	ok(x.ordered && strcmp(x.first, all[0].info.started_at) == 0,
	   "oldest first, in the order they started");
	strbuf_finish(&x.out);

	meeting_records_free(all, n_all);
	fixture_close(&fx);
	return tap_done();
}
