/* Tests of the two-way placement (step kind quadrants): the loader makes
 * its axes its two dimensions; the cells and the placements' counts; a
 * named meeting keeps each person's pair through a kill and a resume, and
 * through export and import; a blind one keeps each pair whole (its two
 * rows at one slot, ranked by (x, y)), never whose, whatever the order. */
#include "convene/export.h"
#include "convene/import.h"
#include "convene/quadrants.h"
#include "convene/record-view.h"
#include "convene/session.h"
#include "convene/store-import.h"
#include "dbquery.h"
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

/* The blind ballot rows of meeting id: "dim:slot:value uid-tail time" each,
 * in id order (the uid's first half is the meeting's, the time its
 * start), to compare two meetings' rows. */
static char *blind_rows(struct fixture *f, int64_t id)
{
	char *sql = xasprintf("SELECT group_concat(dimension_index || ':' || slot || ':' || value"
			      " || ' ' || substr(r.uid, 17) || ' ' || (entered_at = m.started_at),"
			      " '|') FROM (SELECT * FROM rating WHERE meeting_id = %lld AND"
			      " member_id IS NULL ORDER BY id) r JOIN meeting m ON m.id = r.meeting_id",
			      (long long)id);
	char *t = db_text(f->path, sql);
	free(sql);
	return t ? t : xstrdup("");
}

/* A blind meeting of three: two paper slips and a seat's pair, in the
 * order given. Returns its id. */
static int64_t blind_meeting_of(struct fixture *f, const struct protocol *p, int order)
{
	bool present[] = { true, true, true };
	struct session s;
	ok(session_start(&s, f->store, f->team, present, p, RATING_BLIND, NULL, 0, 0),
	   "a blind meeting starts");
	enum meeting_result res;
	session_next(&s, 1000, false, &res);
	ok(session_enters_pairs(&s), "blind entry of a two-way placement is by pairs");
	struct ballot_pair cast = { -1, -1 };
	if (order == 0) {
		session_slip_pair(&s, 5, 6, &res);
		session_slip_pair(&s, 2, 1, &res);
		is_int(session_seat_place(&s, 2, 5, 2, &cast), SEAT_SAVED, "a seat casts its pair");
	} else {
		is_int(session_seat_place(&s, 2, 1, 1, &cast), SEAT_SAVED, "a seat casts a pair");
		is_int(session_seat_place(&s, 2, 5, 2, &cast), SEAT_SAVED, "and changes it");
		session_slip_pair(&s, 2, 4, &res);
		ok(session_undo(&s, &res) && res == MEETING_OK, "u takes back the last slip");
		session_slip_pair(&s, 2, 1, &res);
		session_slip_pair(&s, 5, 6, &res);
	}
	ok(!session_slip_pair(&s, 1, 1, &res) || res == MEETING_ALL_RATED,
	   "a fourth pair among three is refused");
	struct placement *pl;
	size_t n = meeting_placements(&s.engine, 1, &pl);
	is_int(n, 3, "three pairs, each kept whole");
	if (n == 3) {
		ok(pl[0].x == 2 && pl[0].y == 1 && pl[1].x == 5 && pl[1].y == 2 && pl[2].x == 5 &&
			   pl[2].y == 6, "in (x, y) order: (2, 1), (5, 2), (5, 6)");
	}
	free(pl);
	int64_t id = s.meeting_id;
	session_finish(&s);
	/* Resumed after the program is gone: the same pairs. */
	memset(&s, 0, sizeof s);
	ok(session_resume_with(&s, f->store, p, id, 0), "the meeting resumes");
	n = meeting_placements(&s.engine, 1, &pl);
	ok(n == 3 && pl[1].x == 5 && pl[1].y == 2, "with its pairs");
	free(pl);
	session_finish(&s);
	return id;
}

static void blind_meeting(struct fixture *f)
{
	const struct protocol *p = catalog_find(&f->catalog, "quadrants-of-collaboration");
	if (!p)
		return;
	int64_t a = blind_meeting_of(f, p, 0), b = blind_meeting_of(f, p, 1);
	char *ra = blind_rows(f, a), *rb = blind_rows(f, b);
	has_str(ra, "0:1:5 ", "the pair (5, 2) is x 5 ...");
	has_str(ra, "1:1:2 ", "... and y 2 at one slot");
	ok(!strstr(ra, " 0|") && ra[strlen(ra) - 1] == '1', "every ballot's time is the meeting's start");
	is_str(ra, rb, "the same pairs cast in another order, by other hands, and one changed: "
	       "the same rows, slots and uids");
	free(ra);
	free(rb);
	struct meeting_record r;
	char key[24];
	bool found;
	snprintf(key, sizeof key, "%lld", (long long)b);
	if (store_load_meeting(f->store, key, &found, &r) && found) {
		char *line = record_placements_line(&r, 1);
		has_str(line, "(2, 1), (5, 2), (5, 6)", "review gives the pairs, never whose");
		free(line);
		size_t named = 0;
		for (size_t i = 0; i < r.n_ratings; i++)
			named += r.ratings[i].member_id != 0;
		is_int(named, 0, "no ballot row names anyone");
		meeting_record_free(&r);
	}
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
