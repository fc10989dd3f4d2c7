/* The placement kind (labelled points): the loader's checks, the labels
 * every view asks for, and a placement entered like a rating (named and
 * blind), stored, resumed after a kill, exported and imported with its
 * labels. */
#include "convene/export.h"
#include "convene/import.h"
#include "convene/kinds.h"
#include "convene/record-view.h"
#include "convene/store-import.h"
#include "convene/session.h"
#include "dbquery.h"
#include "fixture.h"
#include "tap.h"

#define FIXTURE CONVENE_SOURCE_PROTOCOLS "/../tests/data/placement/placement-fixture.yaml"
#define HEAD "id: x\ntitle: X\nversion: '1'\nsource: S\nsummary: Y\nsteps:\n  - kind: placement\n    title: T\n"
#define THREE "    points: [{label: A}, {label: B}, {label: C}]\n"

/* Whether the YAML loads; when it does not, whether a diagnostic says what. */
static bool loads(const char *yaml, const char *message)
{
	struct protocol *p = NULL;
	struct diagnostics d = { 0 };
	enum load_status st = protocol_load_buffer("t.yaml", yaml, strlen(yaml), &p, &d);
	bool said = !message;
	for (size_t i = 0; i < d.n; i++)
		if (message && strstr(d.items[i].message, message))
			said = true;
	if (!said)
		diagnostics_print(&d, "t.yaml", stderr);
	diagnostics_clear(&d);
	protocol_destroy(p);
	return st == LOAD_OK && said;
}

static bool refused(const char *yaml, const char *message)
{
	struct protocol *p = NULL;
	struct diagnostics d = { 0 };
	enum load_status st = protocol_load_buffer("t.yaml", yaml, strlen(yaml), &p, &d);
	bool said = false;
	for (size_t i = 0; i < d.n; i++)
		said |= strstr(d.items[i].message, message) != NULL;
	if (!said)
		diagnostics_print(&d, "t.yaml", stderr);
	diagnostics_clear(&d);
	protocol_destroy(p);
	return st == LOAD_INVALID && said;
}

static void test_loader(void)
{
	ok(loads(HEAD THREE "    components: [{id: a, title: A}]\n", NULL), "three points, one component");
	ok(refused(HEAD "    points: [{label: A}]\n    components: [{id: a, title: A}]\n",
		   "'points' must have between 2 and 7 entries, not 1"), "one point is refused");
	ok(refused(HEAD "    points: [{label: A}, {label: B}, {label: C}, {label: D}, {label: E},"
		   " {label: F}, {label: G}, {label: H}]\n    components: [{id: a, title: A}]\n",
		   "'points' must have between 2 and 7 entries, not 8"), "eight points are refused");
	ok(loads(HEAD "    points: [{label: A}, {label: B}, {label: C}, {label: D}, {label: E},"
		 " {label: F}, {label: G}]\n    components: [{id: a, title: A}]\n", NULL),
	   "seven points load");
	struct strbuf many = { 0 };
	strbuf_adds(&many, HEAD THREE "    components:\n");
	for (int i = 0; i < 17; i++)
		strbuf_addf(&many, "      - {id: c%d, title: C%d}\n", i, i);
	ok(refused(many.data, "'components' must have between 1 and 16 entries, not 17"),
	   "seventeen components are refused");
	strbuf_finish(&many);
	ok(refused(HEAD THREE "    components: [{id: a, title: A, descriptors: ['', x]}]\n",
		   "component 'a' has 2 descriptors for 3 points"), "too few descriptors are refused");
	ok(refused(HEAD THREE "    components: [{id: a, title: A, descriptors: [x, y, z, w]}]\n",
		   "'descriptors' must have between 2 and 7 entries, not 4") ||
	   refused(HEAD THREE "    components: [{id: a, title: A, descriptors: [x, y, z, w]}]\n",
		   "component 'a' has 4 descriptors for 3 points"), "too many descriptors are refused");
	ok(loads(HEAD THREE "    components: [{id: a, title: A, descriptors: ['', '', z]}]\n", NULL),
	   "empty descriptors stand for empty cells");
	ok(refused(HEAD THREE "    components: [{id: a, title: A}, {id: a, title: B}]\n",
		   "two components share the id 'a'"), "two components with one id are refused");
	ok(refused(HEAD "    components: [{id: a, title: A}]\n", "step is missing 'points'"),
	   "points are required");
	ok(refused(HEAD THREE, "step is missing 'components'"), "components are required");
	ok(refused(HEAD THREE "    components: [{id: a, title: A}]\n    scale: {min: 1, max: 5}\n",
		   "'scale' is not used by a 'placement' step"), "a placement takes no scale");
	ok(refused(HEAD "    points: [{label: A}, {label: ''}]\n    components: [{id: a, title: A}]\n",
		   "'label' must not be empty"), "a point needs its label");
}

static void test_labels(void)
{
	struct protocol *p = NULL;
	struct diagnostics d = { 0 };
	is_int(protocol_load_file(FIXTURE, &p, &d), LOAD_OK, "the fixture loads");
	diagnostics_print(&d, FIXTURE, stderr);
	diagnostics_clear(&d);
	if (!p)
		return;
	const struct step *st = &p->steps[0];
	ok(step_rates(st), "a placement rates");
	is_str(kind_of(st->kind)->dimension_noun, "Component", "its dimensions are components");
	is_int(st->scale.min, 1, "its scale starts at 1");
	is_int(st->scale.max, 3, "and ends at its number of points");
	is_int((long long)st->n_dimensions, 2, "each component is a dimension");
	is_str(st->dimensions[0].id, "relationship", "stored under the component's id");
	is_str(st->dimensions[0].low, "Adversarial", "the low end is the first label");
	is_str(st->dimensions[0].high, "Partnership", "the high end is the last label");
	is_str(step_point_label(st, 1), "Adversarial", "point 1's label");
	is_str(step_point_label(st, 3), "Partnership", "point 3's label");
	ok(!step_point_label(st, 0) && !step_point_label(st, 4), "no label off the points");
	ok(!step_point_descriptor(st, 0, 1), "an empty descriptor is none");
	is_str(step_point_descriptor(st, 0, 2), "We meet between bargaining rounds.",
	       "a component's descriptor for a point");
	ok(!step_point_descriptor(st, 1, 2), "a component without descriptors has none");
	ok(!step_point_label(&p->steps[0] + 0 /* a rating has no labels */ - 0, 9),
	   "a value past the points has no label");
	protocol_destroy(p);
}

static const struct new_member three[] = {
	{ "Ana", "District" }, { "Ben", "Teachers union" }, { "Cy", "District" },
};

/* The record of meeting id, as review and the exports read it. */
static void record_of(struct store *s, int64_t id, struct meeting_record *r)
{
	char key[24];
	bool found;
	snprintf(key, sizeof key, "%lld", (long long)id);
	store_load_meeting(s, key, &found, r);
}

static char *export_of(struct store *s, int64_t id, enum export_format f)
{
	struct meeting_record r;
	struct strbuf sb = { 0 };
	record_of(s, id, &r);
	export_meeting(&r, EXPORT_ALL, f, &sb);
	meeting_record_free(&r);
	return strbuf_take(&sb);
}

/* The review of a meeting as one text, a line each. */
static char *review_of(struct store *s, int64_t id)
{
	struct meeting_record r;
	struct record_view v;
	struct strbuf sb = { 0 };
	record_of(s, id, &r);
	record_view_build(&v, &r);
	for (size_t i = 0; i < v.n; i++)
		strbuf_addf(&sb, "%s\n", v.lines[i].text);
	record_view_free(&v);
	meeting_record_free(&r);
	return strbuf_take(&sb);
}

/* A named placement and a blind one, stored as ratings on 1..3, resumed
 * after the app is gone, and their labels with the record. */
static void test_meeting(struct fixture *f, const struct protocol *p)
{
	bool present[] = { true, true, true };
	struct session s;
	enum meeting_result res;
	ok(session_start(&s, f->store, f->team, present, p, RATING_NAMED, NULL, 0, 0),
	   "a placement meeting starts");
	ok(session_rate(&s, 3, &res) && res == MEETING_OK, "Ana places the team at Partnership");
	ok(session_rate(&s, 2, &res) && res == MEETING_OK, "Ben at Cooperative");
	ok(!session_rate(&s, 4, &res) || res == MEETING_OUT_OF_SCALE, "a fourth point is refused");
	is_int(meeting_value(&s.engine, 0, 0, 2), -1, "and nothing is stored for Cy");
	int64_t id = s.meeting_id;
	/* Killed: the session is dropped without closing the meeting. */
	session_finish(&s);
	struct session again;
	ok(session_resume_with(&again, f->store, p, id, 1000), "the meeting resumes after a kill");
	is_int(meeting_value(&again.engine, 0, 0, 0), 3, "Ana's placement is back");
	is_int(meeting_value(&again.engine, 0, 0, 1), 2, "and Ben's");
	ok(session_close(&again, 2000), "the meeting closes");
	session_finish(&again);
	is_int(db_int(f->path, "SELECT count(*) FROM rating WHERE scale_min = 1 AND scale_max = 3"), 2,
	       "placements are rating rows on the scale 1 to 3");
	is_int(db_int(f->path, "SELECT count(*) FROM point_label WHERE dimension_id = ''"), 3,
	       "the three points are kept with the meeting");
	is_int(db_int(f->path, "SELECT count(*) FROM point_label WHERE dimension_id = 'relationship'"
			       " AND text IS NULL"), 1, "an empty descriptor is kept as none");

	char *json = export_of(f->store, id, EXPORT_JSON);
	has_str(json, "\"value\": 3, \"point_label\": \"Partnership\"", "JSON gives the label beside the value");
	has_str(json, "\"point_labels\": [", "and the points themselves");
	has_str(json, "\"label\": \"Cooperative\", \"text\": \"We meet between bargaining rounds.\"",
		"with each component's descriptors");
	char *csv = export_of(f->store, id, EXPORT_CSV);
	has_str(csv, ",Ana,District,3,1,3,Partnership,,named,", "CSV gives the label in a rating's text cell");
	free(csv);
	char *md = export_of(f->store, id, EXPORT_MD);
	has_str(md, "| 1 Adversarial | 2 Cooperative | 3 Partnership |", "Markdown heads the counts with the labels");
	free(md);
	char *review = review_of(f->store, id);
	has_str(review, "How many gave 1 Adversarial, 2 Cooperative, 3 Partnership: 0, 1, 1",
		"review gives the spread over the labels");
	free(review);

	/* Another database: the export imports with its labels. */
	char *other = xasprintf("%s/other.db", f->dir);
	enum store_open_error why;
	char *msg = NULL;
	struct store *b = store_open(other, &why, &msg);
	struct import_file file;
	char err[512];
	ok(import_parse(json, strlen(json), &file, err, sizeof err), "the export parses: %s", err);
	struct import_result ir;
	ok(store_import_meetings(b, file.meetings, file.n, &ir, NULL) && ir.added == 1, "and imports");
	import_file_free(&file);
	char *back = export_of(b, 1, EXPORT_JSON);
	is_int(db_int(other, "SELECT count(*) FROM point_label"), 3 + 3,
	       "the labels and descriptors are imported");
	has_str(back, "\"value\": 2, \"point_label\": \"Cooperative\"", "the import's export names the labels");
	free(back);
	store_close(b);
	free(other);
	free(json);

	/* Blind: a secret ballot, the same labels. */
	ok(session_start(&s, f->store, f->team, present, p, RATING_BLIND, NULL, 0, 0),
	   "a blind placement starts");
	ok(session_rate(&s, 1, &res) && res == MEETING_OK, "a slip at Adversarial");
	ok(session_rate(&s, 3, &res) && res == MEETING_OK, "a slip at Partnership");
	id = s.meeting_id;
	session_finish(&s);
	is_int(db_int(f->path, "SELECT count(*) FROM rating WHERE member_id IS NULL"), 2,
	       "blind placements are stored without names");
	json = export_of(f->store, id, EXPORT_JSON);
	has_str(json, "\"value\": 1, \"point_label\": \"Adversarial\"", "a ballot's label is exported");
	free(json);
}

int main(void)
{
	test_loader();
	test_labels();
	struct fixture f;
	struct protocol *p = NULL;
	struct diagnostics d = { 0 };
	protocol_load_file(FIXTURE, &p, &d);
	diagnostics_clear(&d);
	if (p && fixture_open(&f, "Placement", three, 3))
		test_meeting(&f, p);
	else
		ok(0, "the fixture opens");
	fixture_close(&f);
	protocol_destroy(p);
	return tap_done();
}
