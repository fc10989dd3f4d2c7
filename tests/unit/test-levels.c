/* Tests of the levels kind: the loader's check of levels_from, the check of
 * a record (scale, date after today), the met/missed/open rule of a target
 * with dates as input, and a meeting's levels saved, read back, cleared and
 * resumed after the program is gone. */
#include "convene/export.h"
#include "convene/import.h"
#include "convene/meeting.h"
#include "convene/record-view.h"
#include "convene/store-import.h"
#include "convene/protocol.h"
#include "convene/rules.h"
#include "convene/session.h"
#include "convene/store.h"
#include "convene/store-history.h"
#include "convene/util.h"
#include "fixture.h"
#include "selected.h"
#include "tap.h"

#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

#define HEAD "id: lv\ntitle: Levels\nversion: '1'\nsource: S\nsummary: Y\n"
#define RATE "  - kind: rating\n    id: rate\n    title: Rate\n    scale: {min: 1, max: 5}\n" \
	"    dimensions:\n      - {id: goals, title: Goals, low: none, high: clear}\n" \
	"      - {id: trust, title: Trust, low: low, high: high}\n"
#define LEVELS "  - {kind: levels, id: agree, title: Agree, levels_from: rate, minutes: 10}\n"

static struct fixture f;

static struct protocol *load(const char *yaml, struct diagnostics *d)
{
	struct protocol *p = NULL;
	protocol_load_buffer("t.yaml", yaml, strlen(yaml), &p, d);
	return p;
}

static void expect_error(const char *name, const char *yaml, const char *message)
{
	struct diagnostics d = { 0 };
	struct protocol *p = load(yaml, &d);
	ok(!p && d.n > 0, "%s: refused", name);
	bool found = false;
	for (size_t i = 0; i < d.n; i++)
		found = found || strstr(d.items[i].message, message);
	ok(found, "%s: says '%s'", name, message);
	if (!found && d.n)
		fprintf(stderr, "# got: %s\n", d.items[0].message);
	diagnostics_clear(&d);
	protocol_destroy(p);
}

static void test_loader(void)
{
	struct diagnostics d = { 0 };
	struct protocol *p = load(HEAD "steps:\n" RATE LEVELS, &d);
	ok(p && d.n == 0, "a levels step after a rating step loads");
	if (p) {
		is_int(p->steps[1].kind, STEP_LEVELS, "its kind is levels");
		is_int(p->steps[1].levels_step, 0, "levels_from resolves to the rating step");
		is_int(p->steps[0].levels_step, -1, "other steps name none");
	}
	protocol_destroy(p);
	diagnostics_clear(&d);
	expect_error("without levels_from", HEAD "steps:\n" RATE "  - {kind: levels, title: A}\n",
		     "step is missing 'levels_from'");
	expect_error("naming nothing", HEAD "steps:\n" RATE
		     "  - {kind: levels, title: A, levels_from: nope}\n",
		     "'levels_from' must name an earlier step that rates");
	expect_error("naming a later step", HEAD "steps:\n"
		     "  - {kind: levels, title: A, levels_from: rate}\n" RATE,
		     "'levels_from' must name an earlier step that rates (a rating step or a norms "
		     "check), not 'rate'");
	expect_error("naming a prompt", HEAD "steps:\n"
		     "  - {kind: prompt, id: q, title: Q, questions: [{id: a, text: A?}]}\n"
		     "  - {kind: levels, title: A, levels_from: q}\n",
		     "must name an earlier step that rates");
	expect_error("on another kind", HEAD "steps:\n" RATE
		     "  - {kind: text, title: T, text: t, levels_from: rate}\n",
		     "'levels_from' is not used by a 'text' step");
	p = load(HEAD "steps:\n  - {kind: norms, id: n, title: N, norms: [{id: a, name: A, description: d}]}\n"
		 "  - {kind: norms, id: c, title: C, norms_from: n, check: {min: 1, max: 4, low: R, high: C}}\n"
		 "  - {kind: levels, title: L, levels_from: c}\n", &d);
	ok(p && p->steps[2].levels_step == 1, "a norms check can be named too");
	protocol_destroy(p);
	diagnostics_clear(&d);
}

static void test_check(void)
{
	struct scale sc = { 1, 5 };
	struct agreed_level l = { .level = 2, .target = 4 };
	strcpy(l.date, "2027-03-01");
	ok(!agreed_level_problem(&sc, &l, "2026-11-30"), "a level and a target with a later date");
	has_str(agreed_level_problem(&sc, &l, "2027-03-01"), "after today", "not today's date");
	has_str(agreed_level_problem(&sc, &l, "2027-04-01"), "after today", "nor a date past");
	strcpy(l.date, "2027-02-30");
	has_str(agreed_level_problem(&sc, &l, "2026-11-30"), "real date", "a date that does not exist");
	strcpy(l.date, "27-3-1");
	has_str(agreed_level_problem(&sc, &l, "2026-11-30"), "YYYY-MM-DD", "a date written otherwise");
	l.date[0] = '\0';
	has_str(agreed_level_problem(&sc, &l, "2026-11-30"), "needs the date", "a target needs a date");
	l = (struct agreed_level){ .level = 6, .target = -1 };
	has_str(agreed_level_problem(&sc, &l, "2026-11-30"), "scale", "a level off the scale");
	l = (struct agreed_level){ .level = 3, .target = -1 };
	ok(!agreed_level_problem(&sc, &l, "2026-11-30"), "a level alone");
	l = (struct agreed_level){ .level = -1, .target = -1 };
	ok(agreed_level_empty(&l) && !agreed_level_problem(&sc, &l, NULL), "all empty is a clearing");
}

static void test_rule(void)
{
	const struct level_seen seen[] = {
		{ "2026-01-10", 2 }, { "2026-03-10", 3 }, { "2026-06-10", 4 }, { "2026-09-10", -1 },
	};
	is_str(target_status_name(rules_target_status(3, "2026-01-10", "2026-04-01", seen, 4, "2026-12-01")),
	       "met", "reached at a meeting before the date: met");
	is_str(target_status_name(rules_target_status(3, "2026-01-10", "2026-03-10", seen, 4, "2026-12-01")),
	       "met", "reached on the date itself: met");
	is_str(target_status_name(rules_target_status(4, "2026-01-10", "2026-05-01", seen, 4, "2026-12-01")),
	       "missed", "reached only after the date: missed");
	is_str(target_status_name(rules_target_status(4, "2026-01-10", "2026-05-01", seen, 2, "2026-04-01")),
	       "open", "not reached, not yet due: open");
	is_str(target_status_name(rules_target_status(4, "2026-01-10", "2026-05-01", seen, 2, "2026-05-01")),
	       "open", "on its date it is still open");
	is_str(target_status_name(rules_target_status(4, "2026-01-10", "2026-05-01", seen, 2, "2026-05-02")),
	       "missed", "the day after: missed");
	is_str(target_status_name(rules_target_status(2, "2026-03-10", "2026-12-31", seen, 1, "2026-04-01")),
	       "open", "a level agreed before the target was set does not count");
	is_str(target_status_name(rules_target_status(5, "2026-01-10", "2026-12-31", seen, 4, "2026-12-01")),
	       "open", "no meeting reached it, still due");
}

static bool read_record(int64_t id, struct meeting_record *r)
{
	char key[24];
	bool found;
	snprintf(key, sizeof key, "%lld", (long long)id);
	return store_load_meeting(f.store, key, &found, r) && found;
}

static void test_session(void)
{
	struct diagnostics d = { 0 };
	struct protocol *p = load(HEAD "steps:\n" RATE LEVELS, &d);
	bool present[] = { true, true, true };
	struct session s;
	memset(&s, 0, sizeof s);
	ok(p && session_start(&s, f.store, f.team, present, p, RATING_NAMED, NULL, 0, 0),
	   "a meeting starts");
	struct agreed_level l = { .level = 2, .target = 4 };
	strcpy(l.date, "2027-03-01");
	ok(!session_set_level(&s, 0, &l, "2026-11-30"), "not on the rating step");
	enum meeting_result res;
	for (int i = 1; i < 6 && s.engine.step < 1; i++)
		session_next(&s, i * 1000, true, &res);
	is_int(s.engine.step, 1, "on the levels step");
	is_int(meeting_levels_count(&s.engine, 1), 2, "two components, the rating's dimensions");
	ok(session_set_level(&s, 0, &l, "2026-11-30"), "goals: level 2, target 4 by 2027-03-01");
	struct agreed_level bad = l;
	bad.target = 9;
	ok(!session_set_level(&s, 1, &bad, "2026-11-30"), "a target off the scale is refused");
	has_str(session_error(&s), "scale", "and says why");
	struct agreed_level t = { .level = 3, .target = -1 };
	ok(session_set_level(&s, 1, &t, "2026-11-30"), "trust: level 3 alone");
	ok(!session_set_level(&s, 2, &t, "2026-11-30"), "no third component");

	struct meeting_record r;
	ok(read_record(s.meeting_id, &r), "the record reads back");
	is_int(r.n_levels, 2, "two rows");
	if (r.n_levels == 2) {
		is_str(r.levels[0].component_id, "goals", "goals first");
		is_str(r.levels[0].component_title, "Goals", "with its title");
		is_int(r.levels[0].level, 2, "its level");
		is_int(r.levels[0].target, 4, "its target");
		is_str(r.levels[0].target_date, "2027-03-01", "its date");
		is_int(r.levels[0].scale_max, 5, "the scale kept with it");
		is_int(r.levels[1].target, -1, "trust has no target");
		ok(r.levels[1].target_date == NULL, "nor a date");
		ok(r.levels[0].uid && strlen(r.levels[0].uid) == 32, "a uid");
	}
	char *uid = r.n_levels ? xstrdup(r.levels[0].uid) : NULL;
	meeting_record_free(&r);

	l.level = 3;
	ok(session_set_level(&s, 0, &l, "2026-11-30"), "goals corrected to 3");
	int64_t id = s.meeting_id;
	session_finish(&s);
	memset(&s, 0, sizeof s);
	ok(session_resume_with(&s, f.store, p, id, 0), "the meeting resumes after the program is gone");
	struct agreed_level got = meeting_level(&s.engine, 1, 0);
	is_int(got.level, 3, "goals' corrected level is back");
	is_int(got.target, 4, "and its target");
	is_str(got.date, "2027-03-01", "and its date");
	is_int(meeting_level(&s.engine, 1, 1).level, 3, "trust's level is back");
	ok(read_record(id, &r) && r.n_levels == 2 && uid && strcmp(r.levels[0].uid, uid) == 0,
	   "a correction keeps the record's uid");
	meeting_record_free(&r);
	free(uid);

	struct agreed_level none = { .level = -1, .target = -1 };
	ok(session_set_level(&s, 0, &none, "2026-11-30"), "goals cleared");
	is_int(meeting_level(&s.engine, 1, 0).level, -1, "the engine forgets it");
	ok(read_record(id, &r) && r.n_levels == 1, "and its row is gone");
	meeting_record_free(&r);
	struct agreed_level target_only = { .level = -1, .target = 5 };
	strcpy(target_only.date, "2028-01-31");
	ok(session_set_level(&s, 0, &target_only, "2026-11-30"), "goals: a target alone");
	ok(session_close(&s, 9000), "the meeting closes");
	session_finish(&s);
	protocol_destroy(p);
	diagnostics_clear(&d);
}

static char *export_all(struct store *st, unsigned what, enum export_format fmt)
{
	struct meeting_selection sel = { 0 };
	struct selected x;
	bool found;
	selected_export(st, &sel, what, fmt, 4, &found, &x);
	return strbuf_take(&x.out);
}

static void test_round_trip(void)
{
	char *json = export_all(f.store, EXPORT_ALL, EXPORT_JSON);
	has_str(json, "\"component_id\": \"trust\", \"component\": \"Trust\", \"level\": 3, "
		"\"target\": null, \"target_date\": null, \"scale_min\": 1, \"scale_max\": 5",
		"json: a level alone");
	has_str(json, "\"level\": null, \"target\": 5, \"target_date\": \"2028-01-31\"",
		"json: a target alone");
	char *csv = export_all(f.store, EXPORT_ALL, EXPORT_CSV);
	has_str(csv, ",level,2,Agree,trust,Trust,,,3,1,5,,,agreed,", "csv: the level row");
	has_str(csv, ",target,2,Agree,goals,Goals,,,5,1,5,,2028-01-31,target,", "csv: the target row");
	free(csv);
	csv = export_all(f.store, EXPORT_LEVELS, EXPORT_CSV);
	has_str(csv, ",2,Agree,trust,Trust,3,,,,,1,5,", "csv levels: a level alone, in its own table");
	has_str(csv, ",2,Agree,goals,Goals,,,5,,2028-01-31,1,5,", "csv levels: a target alone");
	char *md = export_all(f.store, EXPORT_LEVELS, EXPORT_MD);
	has_str(md, "Agreed levels and targets (scale 1 to 5):\n\n- Goals: target 5 by 2028-01-31\n"
		"- Trust: now 3\n", "md: each component in words");
	char *path = xasprintf("%s/copy.db", f.dir);
	enum store_open_error why;
	char *msg;
	struct store *b = store_open(path, &why, &msg);
	struct import_file file;
	char err[512];
	struct import_result res;
	ok(b && import_parse(json, strlen(json), &file, err, sizeof err), "the export parses");
	ok(b && store_import_meetings(b, file.meetings, file.n, &res, NULL), "and imports");
	import_file_free(&file);
	char *again = b ? export_all(b, EXPORT_ALL, EXPORT_JSON) : NULL;
	is_str(again, json, "the import exports the same bytes");
	char *broken = xstrdup(json);
	char *at = strstr(broken, "\"target_date\": \"2028-01-31\"");
	if (at)
		memcpy(at, "\"target_date\":   null      ", 27);
	ok(!import_parse(broken, strlen(broken), &file, err, sizeof err), "a target without its date is refused");
	has_str(err, "a target needs its \"target_date\"", "and says why");
	free(broken);
	free(again);
	if (b)
		store_close(b);
	free(path);
	free(json);
	free(csv);
	free(md);
}

/* One meeting of protocol p on date (YYYY-MM-DD), recording per component
 * the levels given (level, target, its date), then closed. */
static void meeting_on(const struct protocol *p, const char *date, const struct agreed_level *l,
		       size_t n)
{
	bool present[] = { true, true, true };
	struct session s;
	memset(&s, 0, sizeof s);
	enum meeting_result res;
	session_start(&s, f.store, f.team, present, p, RATING_NAMED, NULL, 0, 0);
	for (int i = 1; i < 6 && s.engine.step < 1; i++)
		session_next(&s, i * 1000, true, &res);
	for (size_t c = 0; c < n; c++)
		ok(session_set_level(&s, c, &l[c], date), "%s: component %zu recorded", date, c + 1);
	session_close(&s, 9000);
	char *sql = xasprintf("UPDATE meeting SET started_at = '%sT12:00:00Z' WHERE id = %lld", date,
			      (long long)s.meeting_id);
	sqlite3 *db;
	sqlite3_open(f.path, &db);
	sqlite3_exec(db, sql, NULL, NULL, NULL);
	sqlite3_close(db);
	free(sql);
	session_finish(&s);
}

static const char *status_at(const struct level_series *t, size_t point)
{
	return t && point < t->n_points ? target_status_name(t->points[point].status) : "(none)";
}

static void test_trends(void)
{
	struct diagnostics d = { 0 };
	struct protocol *p = load("id: lv2\ntitle: L\nversion: '1'\nsource: S\nsummary: Y\nsteps:\n"
				  RATE LEVELS, &d);
	const struct agreed_level m1[] = { { 2, 3, "2026-04-01" }, { 2, 4, "2026-05-01" } };
	const struct agreed_level m2[] = { { 3, -1, "" }, { 3, -1, "" } };
	const struct agreed_level m3[] = { { 3, 5, "2099-01-01" }, { 4, -1, "" } };
	meeting_on(p, "2026-01-10", m1, 2);
	meeting_on(p, "2026-03-10", m2, 2);
	meeting_on(p, "2026-06-10", m3, 2);
	struct level_series *t;
	size_t n;
	ok(store_level_trends(f.store, f.team->id, "2026-07-01", &t, &n), "the levels over time read");
	const struct level_series *goals = level_series_find(t, n, "lv2", "goals");
	const struct level_series *trust = level_series_find(t, n, "lv2", "trust");
	ok(goals && trust, "a series per component");
	is_int(goals ? goals->n_points : 0, 3, "goals over three meetings");
	if (goals && goals->n_points == 3) {
		is_str(goals->points[0].date, "2026-01-10", "oldest first");
		is_int(goals->points[0].level, 2, "the level agreed then");
		is_int(goals->points[1].level, 3, "and next time");
		is_int(goals->points[0].target, 3, "the target set at the first");
		is_str(goals->points[0].target_date, "2026-04-01", "with its date");
		is_int(goals->points[1].target, -1, "none set at the second");
	}
	is_str(status_at(goals, 0), "met", "goals reached 3 in March, before April: met");
	is_str(status_at(trust, 0), "missed", "trust reached 4 only in June, after May: missed");
	is_str(status_at(goals, 2), "open", "the target for 2099 is open");
	level_series_free(t, n);
	ok(store_level_trends(f.store, f.team->id, "2026-04-15", &t, &n), "read again, as of mid-April");
	trust = level_series_find(t, n, "lv2", "trust");
	is_str(status_at(trust, 0), "open", "before its date, trust's target is still open");
	level_series_free(t, n);
	protocol_destroy(p);
	diagnostics_clear(&d);
}

/* Levels agreed on a placement's points: every view of the record names
 * the point's label beside its number, and the labels survive the round
 * trip through a JSON export. */
static void test_placement_labels(void)
{
	struct diagnostics d = { 0 };
	struct protocol *p = load("id: pl\ntitle: Placed\nversion: '1'\nsource: S\nsummary: Y\n"
				  "steps:\n  - kind: placement\n    id: place\n    title: Where?\n"
				  "    points: [{label: Adversarial}, {label: Traditional}, {label: Partner}]\n"
				  "    components: [{id: us, title: Our partnership}]\n"
				  "  - {kind: levels, title: Agree, levels_from: place}\n", &d);
	bool present[] = { true, true, true };
	struct session s;
	memset(&s, 0, sizeof s);
	ok(p && session_start(&s, f.store, f.team, present, p, RATING_NAMED, NULL, 0, 0),
	   "a placement meeting starts");
	enum meeting_result res;
	for (int i = 1; i < 6 && s.engine.step < 1; i++)
		session_next(&s, i * 1000, true, &res);
	struct agreed_level l = { .level = 2, .target = 3 };
	strcpy(l.date, "2027-09-01");
	ok(session_set_level(&s, 0, &l, "2026-11-30"), "level 2, target 3");
	int64_t id = s.meeting_id;
	ok(session_close(&s, 9000), "the meeting closes");
	session_finish(&s);
	struct meeting_record r;
	ok(read_record(id, &r) && r.n_levels == 1, "the record has the level");
	if (r.n_levels == 1) {
		is_str(record_level_label(&r, &r.levels[0], 2), "Traditional", "the level's label");
		is_str(record_level_label(&r, &r.levels[0], 3), "Partner", "the target's label");
		/* The closing page says what the meeting settled, levels too. */
		struct record_view v;
		record_view_summary(&v, &r);
		struct strbuf all;
		strbuf_init(&all);
		for (size_t i = 0; i < v.n; i++)
			strbuf_addf(&all, "%s\n", v.lines[i].text);
		has_str(all.data, "Levels agreed and targets set: 1\n"
			"Our partnership: now 2 Traditional; target 3 Partner by 2027-09-01\n",
			"the closing summary gives the level and the target");
		strbuf_finish(&all);
		record_view_free(&v);
	}
	meeting_record_free(&r);
	struct level_series *t;
	size_t nt;
	ok(store_level_trends(f.store, f.team->id, "2026-11-30", &t, &nt), "trends read");
	const struct level_series *us = level_series_find(t, nt, "pl", "us");
	ok(us && us->n_points == 1 && us->points[0].level_label && us->points[0].target_label &&
		   strcmp(us->points[0].level_label, "Traditional") == 0 &&
		   strcmp(us->points[0].target_label, "Partner") == 0,
	   "trends name the placement's level and target by their labels");
	level_series_free(t, nt);
	char *md = export_all(f.store, EXPORT_LEVELS, EXPORT_MD);
	has_str(md, "- Our partnership: now 2 Traditional; target 3 Partner by 2027-09-01\n",
		"md: the labels beside the numbers");
	char *csv = export_all(f.store, EXPORT_ALL, EXPORT_CSV);
	has_str(csv, ",level,2,Agree,us,Our partnership,,,2,1,3,Traditional,,agreed,",
		"csv: the level's label in its text column");
	char *json = export_all(f.store, EXPORT_ALL, EXPORT_JSON);
	has_str(json, "\"level\": 2, \"level_label\": \"Traditional\", \"target\": 3, "
		"\"target_label\": \"Partner\"", "json: the labels beside the numbers");
	char *path = xasprintf("%s/labels.db", f.dir);
	enum store_open_error why;
	char *msg;
	struct store *b = store_open(path, &why, &msg);
	struct import_file file;
	char err[512];
	struct import_result ir;
	ok(b && import_parse(json, strlen(json), &file, err, sizeof err) &&
	   store_import_meetings(b, file.meetings, file.n, &ir, NULL), "the export imports");
	if (b)
		import_file_free(&file);
	char *again = b ? export_all(b, EXPORT_ALL, EXPORT_JSON) : NULL;
	is_str(again, json, "and exports the same bytes, labels and all");
	if (b)
		store_close(b);
	free(again);
	free(path);
	free(json);
	free(csv);
	free(md);
	protocol_destroy(p);
	diagnostics_clear(&d);
}

int main(void)
{
	const struct new_member members[] = {
		{ "Ana", "District" }, { "Ben", "Teachers" }, { "Cy", "Classified" },
	};
	if (!fixture_open(&f, "Levels team", members, 3)) {
		ok(false, "the fixture opens");
		return tap_done();
	}
	test_loader();
	test_check();
	test_rule();
	test_session();
	test_round_trip();
	test_trends();
	test_placement_labels();
	fixture_close(&f);
	return tap_done();
}
