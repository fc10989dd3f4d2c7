/* Tests of the two-way placement (step kind quadrants): the loader makes
 * its axes its two dimensions; the cells and the placements' counts; a
 * named meeting keeps each person's pair through a kill and a resume, and
 * through export and import; a blind one keeps no pairs and says so. */
#include "convene/export.h"
#include "convene/import.h"
#include "convene/quadrants.h"
#include "convene/record-view.h"
#include "convene/session.h"
#include "convene/store-import.h"
#include "fixture.h"
#include "selected.h"
#include "tap.h"

#define STEP_HEAD "id: q\ntitle: Q\nversion: \"1\"\nsource: S\nsummary: S\nsteps:\n"
#define AXES "    x: {title: Trust, low: Low trust, high: High trust}\n" \
	     "    y: {title: Structure, low: Loose, high: Precise}\n"
#define CELLS "    quadrants: {low_low: None, high_low: Informal, low_high: Contrived," \
	      " high_high: Professional}\n"

static struct protocol *load(const char *yaml, struct diagnostics *d)
{
	struct protocol *p = NULL;
	*d = (struct diagnostics){ 0 };
	protocol_load_buffer("t.yaml", yaml, strlen(yaml), &p, d);
	return p;
}

static void loader(void)
{
	struct diagnostics d;
	struct protocol *p = load(STEP_HEAD "  - kind: quadrants\n    title: Where?\n"
				  "    scale: {min: 1, max: 6}\n" AXES CELLS, &d);
	ok(p && d.n == 0, "a two-way placement loads");
	if (p) {
		const struct step *st = &p->steps[0];
		ok(step_rates(st) && st->n_dimensions == 2, "its axes are its two dimensions");
		is_str(st->dimensions[0].id, "x", "x first");
		is_str(st->dimensions[1].title, "Structure", "then y, with its title");
		is_str(st->dimensions[0].low, "Low trust", "and the ends' words");
		is_str(st->quadrants.high_low, "Informal", "the cells' names");
		protocol_destroy(p);
	}
	diagnostics_clear(&d);

	p = load(STEP_HEAD "  - kind: quadrants\n    title: Where?\n    scale: {min: 1, max: 6}\n" AXES,
		 &d);
	ok(!p && d.n == 1 && strstr(d.items[0].message, "quadrants"),
	   "a placement without its cells' names is refused: %s", d.n ? d.items[0].message : "");
	diagnostics_clear(&d);
	p = load(STEP_HEAD "  - kind: quadrants\n    title: Where?\n    scale: {min: 1, max: 6}\n"
			   AXES CELLS "    dimensions: [{id: a, title: A, low: L, high: H}]\n", &d);
	ok(!p && d.n >= 1, "and one with dimensions of its own");
	diagnostics_clear(&d);
	p = load(STEP_HEAD "  - kind: rating\n    title: R\n    scale: {min: 1, max: 6}\n"
			   "    dimensions: [{id: a, title: A, low: L, high: H}]\n" AXES, &d);
	ok(!p && d.n >= 1, "axes belong to a placement, not a rating");
	diagnostics_clear(&d);
}

static void cells(void)
{
	char ll[] = "LL", hl[] = "HL", lh[] = "LH", hh[] = "HH";
	struct step even = { .scale = { 1, 6 }, .quadrants = { ll, hl, lh, hh } };
	is_int(quadrant_of(&even, 3, 3), QUADRANT_LOW_LOW, "1-6: 3 is low");
	is_int(quadrant_of(&even, 4, 3), QUADRANT_HIGH_LOW, "4 is high (x across)");
	is_int(quadrant_of(&even, 1, 6), QUADRANT_LOW_HIGH, "y up");
	is_int(quadrant_of(&even, 6, 4), QUADRANT_HIGH_HIGH, "both high");
	is_str(quadrant_name(&even, QUADRANT_HIGH_LOW), "HL", "named as the file says");
	struct step odd = { .scale = { 1, 5 } };
	is_int(quadrant_of(&odd, 3, 5), QUADRANT_ON_LINE, "1-5: 3 is on the middle line");
	is_int(quadrant_of(&odd, 2, 4), QUADRANT_LOW_HIGH, "2 and 4 are not");

	int xs[] = { 5, 2, 5, -1, 5, 2 }, ys[] = { 6, 1, 6, 3, 4, -1 };
	struct placement *p;
	size_t n = quadrants_collect(xs, ys, 6, &p);
	is_int(n, 3, "a pair missing either value is no placement; equal pairs count together");
	ok(n == 3 && p[0].x == 2 && p[0].y == 1 && p[0].count == 1 && p[1].x == 5 && p[1].y == 4 &&
		   p[2].y == 6 && p[2].count == 2,
	   "ordered by (x, y), with their counts");
	size_t c[QUADRANT_COUNT];
	quadrants_cells(&even, p, n, c);
	ok(c[QUADRANT_LOW_LOW] == 1 && c[QUADRANT_HIGH_HIGH] == 3 && c[QUADRANT_HIGH_LOW] == 0,
	   "the cells count every placement");
	free(p);
}

static char *export_all(struct store *s, enum export_format fmt)
{
	struct meeting_selection sel = { 0 };
	struct selected x;
	bool found;
	selected_export(s, &sel, EXPORT_ALL, fmt, 4, &found, &x);
	return strbuf_take(&x.out);
}

/* Places the team: x then y for each of the three present. */
static void place(struct session *s, const int *xs, const int *ys)
{
	enum meeting_result res;
	session_next(s, 1000, false, &res); /* the text step to the placement */
	for (size_t i = 0; i < 3; i++)
		session_rate(s, xs[i], &res);
	session_next(s, 2000, false, &res);
	for (size_t i = 0; i < 3; i++)
		session_rate(s, ys[i], &res);
}

static void named_meeting(struct fixture *f)
{
	const struct protocol *p = catalog_find(&f->catalog, "quadrants-of-collaboration");
	ok(p != NULL, "the Quadrants of Collaboration ship");
	if (!p)
		return;
	bool present[] = { true, true, true };
	struct session s;
	ok(session_start(&s, f->store, f->team, present, p, RATING_NAMED, NULL, 0, 0),
	   "a named meeting starts");
	int xs[] = { 5, 2, 5 }, ys[] = { 6, 1, 6 };
	place(&s, xs, ys);
	enum meeting_result res;
	ok(session_next(&s, 3000, false, &res) && s.engine.view == VIEW_RESULTS, "on to the grid");
	struct placement *pl;
	size_t n = meeting_placements(&s.engine, 1, &pl);
	ok(n == 2 && pl[0].x == 2 && pl[0].y == 1 && pl[1].x == 5 && pl[1].y == 6 && pl[1].count == 2,
	   "each person's pair is a placement");
	free(pl);
	int64_t id = s.meeting_id;
	session_finish(&s); /* killed here */

	ok(session_resume(&s, f->store, &f->catalog, id, 0), "the meeting resumes after a kill");
	ok(s.engine.step == 1 && s.engine.view == VIEW_RESULTS, "on the grid");
	n = meeting_placements(&s.engine, 1, &pl);
	ok(n == 2 && pl[0].x == 2 && pl[1].count == 2, "with the same pairs");
	is_int(meeting_value(&s.engine, 1, 1, 1), 1, "the second person's y is theirs again");
	free(pl);
	session_next(&s, 4000, false, &res);
	session_next(&s, 5000, true, &res);
	ok(session_close(&s, 6000), "and closes");
	session_finish(&s);

	char *json = export_all(f->store, EXPORT_JSON);
	has_str(json, "\"dimension_id\": \"x\"", "the JSON export keeps x");
	has_str(json, "\"dimension_id\": \"y\"", "and y");
	char *md = export_all(f->store, EXPORT_MD);
	has_str(md, "Placements (Trust, Structure and precision): (2, 1), (5, 6) x2.",
		"the notes export gives the pairs, never whose");
	free(md);
	char *idtext = xasprintf("%lld", (long long)id);
	struct meeting_record rec;
	bool found;
	bool read = store_load_meeting(f->store, idtext, &found, &rec);
	ok(read && found, "the record reads back");
	if (read && found) {
		struct record_view v;
		record_view_build(&v, &rec);
		bool shown = false;
		for (size_t i = 0; i < v.n; i++)
			shown |= strcmp(v.lines[i].text, "Placements (Trust, Structure and precision): "
							  "(2, 1), (5, 6) x2") == 0;
		ok(shown, "review shows the pairs");
		record_view_free(&v);
		meeting_record_free(&rec);
	}
	free(idtext);
	char *csv = export_all(f->store, EXPORT_CSV);
	has_str(csv, "rating,", "the CSV export has the placement's rows");
	free(csv);
	struct store *b = fixture_store(f, "b.db");
	struct import_file file;
	char err[512];
	struct import_result ir;
	ok(import_parse(json, strlen(json), &file, err, sizeof err) &&
		   store_import_meetings(b, file.meetings, file.n, &ir, NULL) && ir.added == 1,
	   "the export imports");
	import_file_free(&file);
	char *again = export_all(b, EXPORT_JSON);
	ok(strcmp(again, json) == 0, "export, import, export: the same pairs");
	free(again);
	free(json);
	store_close(b);
}

static void blind_meeting(struct fixture *f)
{
	const struct protocol *p = catalog_find(&f->catalog, "quadrants-of-collaboration");
	if (!p)
		return;
	bool present[] = { true, true, true };
	struct session s;
	ok(session_start(&s, f->store, f->team, present, p, RATING_BLIND, NULL, 0, 0),
	   "a blind meeting starts");
	int xs[] = { 5, 2, 5 }, ys[] = { 6, 1, 6 };
	place(&s, xs, ys);
	ok(!meeting_pairs_kept(&s.engine), "blind entry keeps no pairs");
	struct placement *pl;
	is_int(meeting_placements(&s.engine, 1, &pl), 0, "so there are none to draw");
	free(pl);
	is_int(meeting_rated_count(&s.engine, 1, 1), 3, "each axis has its ballots");
	session_finish(&s);
}

int main(void)
{
	loader();
	cells();
	struct fixture f;
	const struct new_member members[] = { { "Ana", "District" }, { "Ben", "Teachers union" },
					      { "Cy", "Classified union" } };
	if (!fixture_open(&f, "Placers", members, 3))
		return 1;
	named_meeting(&f);
	blind_meeting(&f);
	fixture_close(&f);
	return tap_done();
}
