/* The placement kind (labelled points): the loader's checks, the labels
 * every view asks for, and a placement entered like a rating (named and
 * blind), stored, resumed after a kill, exported and imported with its
 * labels. */
#include "convene/export.h"
#include "convene/kinds.h"
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

int main(void)
{
	test_loader();
	test_labels();
	struct fixture f;
	if (fixture_open(&f, "Placement", NULL, 0))
		ok(1, "the fixture opens");
	fixture_close(&f);
	return tap_done();
}
