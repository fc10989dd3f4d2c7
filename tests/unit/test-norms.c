/* Tests of norms made in the room (adopt-norms): the protocol keys, norms
 * drafted and confirmed group by group, saved, read back and resumed; the
 * team's current set across meetings, a revision keeping the earlier set
 * in its meeting's record; the exports keeping norms apart from talking
 * points, and the JSON round trip. */
#include "convene/export.h"
#include "convene/import.h"
#include "convene/kinds.h"
#include "convene/record-view.h"
#include "convene/rules.h"
#include "convene/session.h"
#include "convene/store-history.h"
#include "convene/store-import.h"
#include "fixture.h"
#include "tap.h"

#include <stdlib.h>
#include <string.h>

static struct fixture f;

#define HEAD "id: x\ntitle: X\nversion: \"1\"\nsource: s\nsummary: s\n"

static bool loads(const char *yaml, const char *want_error)
{
	struct protocol *p = NULL;
	struct diagnostics d = { 0 };
	enum load_status st = protocol_load_buffer("t.yaml", yaml, strlen(yaml), &p, &d);
	bool found = !want_error;
	for (size_t i = 0; want_error && i < d.n; i++)
		found = found || strstr(d.items[i].message, want_error);
	if (p)
		protocol_destroy(p);
	bool ok = want_error ? st == LOAD_INVALID && found : st == LOAD_OK;
	diagnostics_clear(&d);
	return ok;
}

static void test_protocol(void)
{
	const struct protocol *p = catalog_find(&f.catalog, "norm-making");
	ok(p && p->n_steps == 3 && p->steps[2].kind == STEP_ADOPT_NORMS,
	   "norm-making ends with an adopt-norms step");
	ok(p && p->steps[1].silent_minutes > 0, "after quiet writing, so everyone takes part");
	p = catalog_find(&f.catalog, "our-norms");
	ok(p && p->steps[0].team_norms, "our-norms shows the team's own norms");
	ok(loads(HEAD "steps:\n  - kind: adopt-norms\n    title: T\n", NULL), "adopt-norms needs no keys");
	const char *norm = "    norms:\n      - id: a\n        name: A\n        description: d\n";
	char *y = xasprintf(HEAD "steps:\n  - kind: norms\n    title: T\n    team_norms: yes\n%s", norm);
	ok(loads(y, "'team_norms' is 'show'"), "team_norms takes only 'show'");
	free(y);
	y = xasprintf(HEAD "steps:\n  - kind: norms\n    title: T\n    team_norms: show\n    focus: 1\n%s", norm);
	ok(loads(y, "without 'focus'"), "team_norms is refused with a focus");
	free(y);
	y = xasprintf(HEAD "steps:\n  - kind: norms\n    id: n\n    title: T\n    team_norms: show\n%s"
		      "  - kind: norms\n    title: C\n    norms_from: n\n"
		      "    check: {min: 1, max: 4, low: l, high: h}\n", norm);
	ok(loads(y, "which a check cannot rate"), "a check cannot rate the team's own norms");
	free(y);
	ok(loads(HEAD "steps:\n  - kind: adopt-norms\n    title: T\n    team_norms: show\n",
		 "not used by a 'adopt-norms' step") ||
	   loads(HEAD "steps:\n  - kind: adopt-norms\n    title: T\n    team_norms: show\n",
		 "team_norms"), "team_norms belongs to a norms step");
}

static bool to_adopt(struct session *s)
{
	enum meeting_result res;
	for (int i = 0; i < 6 && meeting_current_step(&s->engine)->kind != STEP_ADOPT_NORMS; i++)
		session_next(s, 0, false, &res);
	return meeting_current_step(&s->engine)->kind == STEP_ADOPT_NORMS;
}

static bool load(int64_t id, struct meeting_record *r)
{
	char key[24];
	bool found;
	snprintf(key, sizeof key, "%lld", (long long)id);
	return store_load_meeting(f.store, key, &found, r) && found;
}

static char *exported(int64_t meeting, unsigned what, enum export_format fmt)
{
	struct meeting_record r;
	if (!load(meeting, &r))
		return xstrdup("");
	struct strbuf sb;
	strbuf_init(&sb);
	export_meeting(&r, what, fmt, &sb);
	meeting_record_free(&r);
	return strbuf_take(&sb);
}

static int64_t first_meeting(void)
{
	bool present[] = { true, true };
	struct session s;
	ok(session_start(&s, f.store, f.team, present, catalog_find(&f.catalog, "norm-making"),
			 RATING_NAMED, NULL, 0, 0), "a norm-making meeting");
	ok(to_adopt(&s), "reaches the adopt-norms step");
	char *on = (char *)"x";
	ok(session_seed_norms(&s, &on) && !on && s.engine.steps[s.engine.step].n_entries == 0,
	   "a team with no norms starts from none");
	ok(session_add_entry(&s, 0, "One voice at a time") &&
	   session_add_entry(&s, 0, "Phones away") && session_add_entry(&s, 0, "Start on time"),
	   "three norms drafted");
	ok(session_confirm(&s, 0, 0, true) && session_confirm(&s, 0, 1, true) &&
	   session_confirm(&s, 2, 0, true) && session_confirm(&s, 2, 1, true) &&
	   session_confirm(&s, 1, 0, true), "both groups confirm two; one group a third");
	ok(meeting_agreed(&s.engine, s.engine.step, 0) && !meeting_agreed(&s.engine, s.engine.step, 1),
	   "a norm is adopted when every group present confirms");
	int64_t id = s.meeting_id;
	/* A kill: nothing but the store is left; the meeting is resumed. */
	session_finish(&s);
	struct session r;
	ok(session_resume(&r, f.store, &f.catalog, id, 0), "resumed after a kill");
	ok(meeting_current_step(&r.engine)->kind == STEP_ADOPT_NORMS &&
	   r.engine.steps[r.engine.step].n_entries == 3, "on the adopt step with its three drafts");
	ok(meeting_agreed(&r.engine, r.engine.step, 2) && !meeting_agreed(&r.engine, r.engine.step, 1),
	   "the confirmations are kept");
	on = NULL;
	ok(session_seed_norms(&r, &on) && !on && r.engine.steps[r.engine.step].n_entries == 3,
	   "drafts already there are not started again");
	ok(session_close(&r, 1000), "the meeting closes");
	session_finish(&r);
	return id;
}

static void test_meetings(void)
{
	struct team_norms t;
	ok(store_team_norms(f.store, f.team->id, 0, &t) && t.n == 0, "no norms before any meeting");
	team_norms_free(&t);
	int64_t one = first_meeting();
	ok(store_team_norms(f.store, f.team->id, 0, &t) && t.n == 2, "the team has two norms");
	ok(t.n == 2 && strcmp(t.texts[0], "One voice at a time") == 0 &&
	   strcmp(t.texts[1], "Start on time") == 0, "the adopted ones, in the order drafted");
	ok(t.meeting_id == one && t.date && strlen(t.date) == 10, "from the first meeting, with its date");
	team_norms_free(&t);

	/* The record: review and the summary say norm, never talking point. */
	struct meeting_record rec;
	ok(load(one, &rec), "the record is read back");
	ok(rec.n_points == 3 && rules_point_is_norm(&rec, &rec.points[0]), "its points are norms");
	struct record_view v;
	record_view_summary(&v, &rec);
	bool norms_heading = false, points_zero = false;
	for (size_t i = 0; i < v.n; i++) {
		norms_heading = norms_heading || strstr(v.lines[i].text, "Norms adopted by every group: 2");
		points_zero = points_zero || strstr(v.lines[i].text, "Talking points agreed by every group: 0");
	}
	ok(norms_heading && points_zero, "the summary counts norms apart from talking points");
	record_view_free(&v);
	meeting_record_free(&rec);

	/* The exports: constituents' talking points never carry norms. */
	char *pts = exported(one, EXPORT_POINTS, EXPORT_MD);
	ok(!strstr(pts, "One voice"), "the talking points export has no norms");
	free(pts);
	char *md = exported(one, EXPORT_NORMS, EXPORT_MD);
	has_str(md, "Norms (the team's own", "the norms export says they are norms");
	has_str(md, "1. One voice at a time", "and lists them");
	ok(!strstr(md, "Phones away"), "agreed ones only, by default");
	free(md);
	char *csv = exported(one, EXPORT_ALL, EXPORT_CSV);
	has_str(csv, "norm,", "CSV labels each as a norm");
	ok(!strstr(csv, "talking-point,"), "and none as a talking point");
	free(csv);
	char *json = exported(one, EXPORT_ALL, EXPORT_JSON);
	has_str(json, "\"talking_points\": [],", "JSON: no talking points");
	has_str(json, "\"adopted_norms\": [", "the norms in their own list");

	/* The next meeting revises them; the first keeps its set. */
	bool present[] = { true, true };
	struct session s;
	ok(session_start(&s, f.store, f.team, present, catalog_find(&f.catalog, "norm-making"),
			 RATING_NAMED, NULL, 0, 0) && to_adopt(&s), "a second meeting at its adopt step");
	char *on = NULL;
	ok(session_seed_norms(&s, &on) && on, "starts from the current norms");
	ok(s.engine.steps[s.engine.step].n_entries == 2 &&
	   strcmp(s.engine.steps[s.engine.step].entries[1].text, "Start on time") == 0,
	   "as two drafts");
	free(on);
	ok(session_edit_entry(&s, 1, "Start and end on time") &&
	   session_add_entry(&s, 0, "Assume good intent"), "one reworded, one added");
	for (size_t i = 0; i < 3; i++)
		session_confirm(&s, i, 0, true), session_confirm(&s, i, 1, true);
	int64_t two = s.meeting_id;
	ok(store_team_norms(f.store, f.team->id, 0, &t) && t.n == 3 && t.meeting_id == two,
	   "the team's norms are now the second meeting's three");
	ok(t.n == 3 && strcmp(t.texts[1], "Start and end on time") == 0, "with the new wording");
	team_norms_free(&t);
	ok(store_team_norms(f.store, f.team->id, two, &t) && t.n == 2 && t.meeting_id == one,
	   "without the second, the first meeting's set");
	team_norms_free(&t);
	ok(load(one, &rec) && strcmp(rec.points[2].text, "Start on time") == 0,
	   "the first meeting's record keeps its wording");
	meeting_record_free(&rec);
	session_finish(&s);

	/* The round trip: the JSON export imported into another store. */
	struct import_file in;
	char err[512];
	ok(import_parse(json, strlen(json), &in, err, sizeof err), "the export is read back");
	ok(in.n == 1 && in.meetings[0].n_points == 3 &&
	   rules_point_is_norm(&in.meetings[0], &in.meetings[0].points[0]) &&
	   rules_point_agreed(&in.meetings[0], &in.meetings[0].points[0]), "its norms, agreed");
	char *path = xasprintf("%s/other.db", f.dir);
	enum store_open_error why;
	char *msg = NULL;
	struct store *other = store_open(path, &why, &msg);
	struct import_result res;
	ok(other && store_import_meetings(other, in.meetings, in.n, &res, NULL), "imported");
	struct meeting_record back;
	bool found = false;
	ok(other && store_load_meeting(other, in.meetings[0].info.uid, &found, &back) && found,
	   "read from the other store");
	if (found) {
		struct strbuf sb;
		strbuf_init(&sb);
		export_meeting(&back, EXPORT_ALL, EXPORT_JSON, &sb);
		char *a = strstr(json, "\"adopted_norms\""), *b = strstr(sb.data, "\"adopted_norms\"");
		char *ae = a ? strstr(a, "]\n") : NULL, *be = b ? strstr(b, "]\n") : NULL;
		ok(a && b && ae && be && ae - a == be - b && memcmp(a, b, (size_t)(ae - a)) == 0,
		   "the same norms come out again");
		strbuf_finish(&sb);
		meeting_record_free(&back);
	}
	const char *bad = "\"adopted_norms\": [";
	char *at = strstr(json, bad);
	if (at) {
		/* A talking point moved into the norms list: refused, with why. */
		char *swapped = xstrdup(json);
		char *tp = strstr(swapped, "\"talking_points\": [],");
		char *an = strstr(swapped, "\"adopted_norms\": [");
		memcpy(tp, "\"adopted_norms\": [],  ", strlen("\"adopted_norms\": [],  "));
		memcpy(an, "\"talking_points\":[", strlen("\"talking_points\":["));
		struct import_file x;
		ok(!import_parse(swapped, strlen(swapped), &x, err, sizeof err) &&
		   strstr(err, "adopt-norms"), "norms given as talking points are refused: %s", err);
		free(swapped);
	}
	if (other)
		store_close(other);
	free(msg);
	free(path);
	import_file_free(&in);
	free(json);
}

int main(void)
{
	struct new_member members[] = { { "Ana", "District" }, { "Ben", "Teachers union" } };
	if (!fixture_open(&f, "Harbor", members, 2)) {
		printf("1..0 # SKIP cannot set up a store\n");
		return 0;
	}
	test_protocol();
	test_meetings();
	fixture_close(&f);
	return tap_done();
}
