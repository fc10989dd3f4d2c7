/* Tests of the protocol loader: the shipped files, and every way a file can
 * be wrong, each with the position an author would need. */
#include "source-root.h"
#include "convene/agenda.h"
#include "convene/catalog.h"
#include "convene/protocol.h"
#include "convene/util.h"
#include "tap.h"

#include <stdlib.h>
#include <string.h>

#define HEAD "id: x\ntitle: X\nversion: '1'\nsource: S\nsummary: Y\n"

struct bad_case {
	const char *name;
	const char *yaml;
	int line, col;
	const char *message;
};

static const struct bad_case bad_cases[] = {
	{ "not a mapping", "- a\n- b\n", 1, 1, "must be a mapping" },
	{ "empty file", "", 1, 1, "the file is empty" },
	{ "Latin-1 byte", HEAD "steps:\n  - {kind: text, title: \"caf\xe9\", text: t}\n", 7, 29,
	  "the file is not UTF-8: the byte 0xE9 here is not valid UTF-8; save the file as UTF-8" },
	{ "cut UTF-8 sequence", "id: x\n# d\xc3\xa9j\xc3\xa0\ntitle: \"\xe2\x82\"\n", 3, 9,
	  "the byte 0xE2 here is not valid UTF-8; save the file as UTF-8" },
	{ "UTF-16", "\xff\xfe" "i", 1, 1, "the file is UTF-16, not UTF-8: save the file as UTF-8" },
	{ "syntax error", HEAD "steps: [a, b\n", 7, 1, "YAML syntax error" },
	{ "tab indentation", HEAD "steps:\n\t- kind: text\n", 7, 1, "YAML syntax error" },
	{ "missing key", "id: x\ntitle: X\nversion: '1'\nsource: S\nsteps:\n  - kind: text\n    title: T\n    text: t\n",
	  1, 1, "protocol is missing 'summary'" },
	{ "unknown key", HEAD "colour: red\nsteps:\n  - {kind: text, title: T, text: t}\n", 6, 1,
	  "unknown key 'colour' in protocol" },
	{ "duplicate key", HEAD "title: Again\nsteps:\n  - {kind: text, title: T, text: t}\n", 6, 1,
	  "duplicate key 'title'" },
	{ "wrong type for steps", HEAD "steps: three\n", 6, 8, "'steps' must be a list, not text" },
	{ "empty steps", HEAD "steps: []\n", 6, 8, "'steps' must have between 1 and 100 entries" },
	{ "step not a mapping", HEAD "steps:\n  - just text\n", 7, 5, "each entry of 'steps' must be a mapping" },
	{ "unknown kind", HEAD "steps:\n  - kind: dance\n    title: T\n", 7, 11, "unknown step kind 'dance'" },
	{ "missing kind", HEAD "steps:\n  - title: T\n    text: t\n", 7, 5, "step is missing 'kind' (what the step does: text, rating, prompt, boxes, vote, talking-points, decide, actions, norms, placement, checklist, adopt-norms, levels or quadrants)" },
	{ "key of another kind", HEAD "steps:\n  - kind: text\n    title: T\n    text: t\n    dimensions: []\n",
	  10, 5, "'dimensions' is not used by a 'text' step" },
	{ "minutes not a number", HEAD "steps:\n  - kind: text\n    title: T\n    text: t\n    minutes: ten\n",
	  10, 14, "'minutes' must be a whole number, not 'ten'" },
	{ "minutes out of range", HEAD "steps:\n  - kind: text\n    title: T\n    text: t\n    minutes: 900\n",
	  10, 14, "'minutes' must be between 0 and 600" },
	{ "quoted number", HEAD "steps:\n  - kind: text\n    title: T\n    text: t\n    minutes: '5'\n",
	  10, 14, "'minutes' must be a whole number" },
	{ "bad id", "id: Team Assessment\ntitle: X\nversion: '1'\nsource: S\nsummary: Y\nsteps:\n  - {kind: text, title: T, text: t}\n",
	  1, 5, "'id' must use only lower-case letters" },
	{ "multi-line title", HEAD "steps:\n  - kind: text\n    title: \"a\\nb\"\n    text: t\n", 8, 12,
	  "'title' must be a single line" },
	{ "control character", HEAD "steps:\n  - kind: text\n    title: \"bad \\e[31m\"\n    text: t\n", 8, 12,
	  "'title' contains a control character" },
	{ "NUL byte", HEAD "steps:\n  - kind: text\n    title: \"a\\0b\"\n    text: t\n", 8, 12,
	  "'title' contains a control character" },
	{ "empty title", HEAD "steps:\n  - kind: text\n    title: ''\n    text: t\n", 8, 12,
	  "'title' must not be empty" },
	{ "alias", HEAD "steps:\n  - &s {kind: text, title: T, text: t}\n  - *s\n", 7, 5,
	  "anchors (&s) are not allowed" },
	{ "bare alias", HEAD "steps: *nothing\n", 6, 8, "aliases (*nothing) are not allowed" },
	{ "two documents", HEAD "steps:\n  - {kind: text, title: T, text: t}\n---\nid: y\n", 8, 1,
	  "one YAML document only" },
	{ "rating without scale", HEAD "steps:\n  - kind: rating\n    title: R\n    dimensions:\n      - {id: a, title: A, low: l, high: h}\n",
	  7, 5, "step is missing 'scale'" },
	{ "scale inverted", HEAD "steps:\n  - kind: rating\n    title: R\n    scale: {min: 7, max: 1}\n    dimensions:\n      - {id: a, title: A, low: l, high: h}\n",
	  9, 12, "scale 'min' (7) must be less than 'max' (1)" },
	{ "scale too wide", HEAD "steps:\n  - kind: rating\n    title: R\n    scale: {min: 1, max: 10}\n    dimensions:\n      - {id: a, title: A, low: l, high: h}\n",
	  9, 26, "'max' must be between 0 and 9, not 10" },
	{ "dimension missing anchor", HEAD "steps:\n  - kind: rating\n    title: R\n    scale: {min: 1, max: 7}\n    dimensions:\n      - {id: a, title: A, low: l}\n",
	  11, 9, "dimension is missing 'high'" },
	{ "duplicate dimension id", HEAD "steps:\n  - kind: rating\n    title: R\n    scale: {min: 1, max: 7}\n    dimensions:\n      - {id: a, title: A, low: l, high: h}\n      - {id: a, title: B, low: l, high: h}\n",
	  7, 5, "two dimensions share the id 'a'" },
	{ "prompt without questions", HEAD "steps:\n  - kind: prompt\n    title: Q\n", 7, 5,
	  "step is missing 'questions'" },
	{ "duplicate question id", HEAD "steps:\n  - kind: prompt\n    title: Q\n    questions:\n      - {id: a, text: One?}\n      - {id: a, text: Two?}\n",
	  7, 5, "two questions share the id 'a'" },
	{ "question without text", HEAD "steps:\n  - kind: prompt\n    title: Q\n    questions:\n      - {id: a}\n",
	  10, 9, "question is missing 'text'" },
	{ "too much silence", HEAD "steps:\n  - kind: prompt\n    title: Q\n    silent_minutes: 45\n    questions:\n      - {id: a, text: One?}\n",
	  9, 21, "'silent_minutes' must be between 0 and 30" },
	{ "questions on a text step", HEAD "steps:\n  - kind: text\n    title: T\n    text: t\n    questions: []\n",
	  10, 5, "'questions' is not used by a 'text' step" },
	{ "duplicate step id", HEAD "steps:\n  - {kind: text, id: a, title: T, text: t}\n  - {kind: text, id: a, title: U, text: u}\n",
	  8, 5, "two steps share the id 'a'" },
	{ "bad step id", HEAD "steps:\n  - {kind: text, id: Step One, title: T, text: t}\n", 7, 22,
	  "'id' must use only lower-case letters" },
	{ "boxes with neither", HEAD "steps:\n  - kind: boxes\n    title: B\n", 7, 5,
	  "a boxes step needs either 'boxes' (its own) or 'items_from'" },
	{ "one box", HEAD "steps:\n  - kind: boxes\n    title: B\n    boxes:\n      - {id: a, title: A}\n",
	  10, 7, "'boxes' must have between 2 and 6 entries, not 1" },
	{ "boxes with both", HEAD "steps:\n  - kind: boxes\n    id: one\n    title: B\n    boxes: [{id: a, title: A}, {id: b, title: B}]\n"
	  "  - kind: boxes\n    title: C\n    items_from: one\n    boxes: [{id: a, title: A}, {id: b, title: B}]\n",
	  11, 5, "not both" },
	{ "vote from nowhere", HEAD "steps:\n  - kind: vote\n    title: V\n    dots: 3\n    items_from: ideas\n",
	  7, 5, "'items_from' names no earlier step 'ideas'" },
	{ "vote from a later step", HEAD "steps:\n  - {kind: vote, title: V, dots: 3, items_from: ideas}\n"
	  "  - {kind: boxes, id: ideas, title: B, boxes: [{id: a, title: A}, {id: b, title: B}]}\n",
	  7, 5, "'items_from' names no earlier step 'ideas'" },
	{ "vote from a text step", HEAD "steps:\n  - {kind: text, id: intro, title: T, text: t}\n"
	  "  - {kind: vote, title: V, dots: 3, items_from: intro}\n",
	  8, 5, "'items_from' must name a prompt or boxes step, and 'intro' is a 'text' step" },
	{ "sorting a prompt", HEAD "steps:\n  - {kind: prompt, id: q, title: Q, questions: [{id: a, text: A?}]}\n"
	  "  - {kind: boxes, title: S, items_from: q}\n",
	  8, 5, "'items_from' must name a boxes step, and 'q' is a 'prompt' step" },
	{ "vote without source", HEAD "steps:\n  - {kind: vote, title: V, dots: 3}\n", 7, 5,
	  "step is missing 'items_from'" },
	{ "vote without dots", HEAD "steps:\n  - {kind: prompt, id: q, title: Q, questions: [{id: a, text: A?}]}\n"
	  "  - {kind: vote, title: V, items_from: q}\n", 8, 5, "step is missing 'dots'" },
	{ "too many dots", HEAD "steps:\n  - {kind: prompt, id: q, title: Q, questions: [{id: a, text: A?}]}\n"
	  "  - {kind: vote, title: V, items_from: q, dots: 50}\n", 8, 49, "'dots' must be between 1 and 20" },
	{ "duplicate box id", HEAD "steps:\n  - kind: boxes\n    title: B\n    boxes: [{id: a, title: A}, {id: a, title: B}]\n",
	  7, 5, "two boxes share the id 'a'" },
	{ "decide without continuum", HEAD "steps:\n  - {kind: decide, title: D}\n", 7, 5,
	  "step is missing 'continuum'" },
	{ "continuum of one", HEAD "steps:\n  - {kind: decide, title: D, continuum: [{id: a, title: A}]}\n",
	  7, 41, "'continuum' must have between 2 and 12 entries, not 1" },
	{ "duplicate continuum point", HEAD "steps:\n  - {kind: decide, title: D, continuum: [{id: a, title: A}, {id: a, title: B}]}\n",
	  7, 5, "two continuum points share the id 'a'" },
	{ "continuum on a prompt", HEAD "steps:\n  - {kind: prompt, title: Q, questions: [{id: a, text: A?}], continuum: []}\n",
	  7, 62, "'continuum' is not used by a 'prompt' step" },
	{ "norms with neither", HEAD "steps:\n  - {kind: norms, title: N}\n", 7, 5,
	  "a norms step either lists 'norms' (to review them) or checks an earlier one" },
	{ "check without its scale", HEAD "steps:\n  - {kind: norms, id: n, title: N, norms: [{id: a, name: A, description: d}]}\n"
	  "  - {kind: norms, title: C, norms_from: n}\n", 8, 5, "checks an earlier one ('norms_from' and 'check')" },
	{ "check of nothing", HEAD "steps:\n  - {kind: norms, title: C, norms_from: n, check: {min: 1, max: 4, low: R, high: C}}\n",
	  7, 5, "'norms_from' must name an earlier norms step that lists norms, not 'n'" },
	{ "check scale inverted", HEAD "steps:\n  - {kind: norms, id: n, title: N, norms: [{id: a, name: A, description: d}]}\n"
	  "  - {kind: norms, title: C, norms_from: n, check: {min: 4, max: 1, low: R, high: C}}\n",
	  8, 51, "check 'min' (4) must be less than 'max' (1)" },
	{ "starters not lines", HEAD "steps:\n  - kind: norms\n    title: N\n    norms:\n      - id: a\n        name: A\n"
	  "        description: d\n        starters: [[So...]]\n", 13, 20, "each entry of 'starters' must be a line of text, not a list" },
	{ "focus on a check", HEAD "steps:\n  - {kind: norms, id: n, title: N, norms: [{id: a, name: A, description: d}]}\n"
	  "  - {kind: norms, title: C, focus: 1, norms_from: n, check: {min: 1, max: 4, low: R, high: C}}\n",
	  8, 5, "'focus' belongs to the step that lists the norms" },
	{ "too much focus", HEAD "steps:\n  - {kind: norms, title: N, focus: 5, norms: [{id: a, name: A, description: d}]}\n",
	  7, 36, "'focus' must be between 0 and 3" },
	{ "agenda without items", "agenda: a\ntitle: A\nversion: '1'\nsource: s\nsummary: s\n", 1, 1,
	  "agenda is missing 'items'" },
	{ "agenda item without protocol", "agenda: a\ntitle: A\nversion: '1'\nsource: s\nsummary: s\nitems:\n  - minutes: 5\n",
	  7, 5, "agenda item is missing 'protocol'" },
	{ "agenda with steps", "agenda: a\ntitle: A\nversion: '1'\nsource: s\nsummary: s\nsteps: []\nitems:\n  - protocol: x\n",
	  6, 1, "unknown key 'steps' in agenda" },
	{ "mapping as key", HEAD "? {a: b}\n: c\nsteps: []\n", 6, 3, "mapping keys must be plain text" },
};

static bool has_diag(const struct diagnostics *d, int line, int col, const char *msg)
{
	for (size_t i = 0; i < d->n; i++)
		if (d->items[i].line == line && d->items[i].col == col &&
		    strstr(d->items[i].message, msg))
			return true;
	return false;
}

static void print_diags(const struct diagnostics *d)
{
	for (size_t i = 0; i < d->n; i++)
		printf("#   %d:%d: %s\n", d->items[i].line, d->items[i].col, d->items[i].message);
}

static void test_bad_cases(void)
{
	for (size_t i = 0; i < ARRAY_LEN(bad_cases); i++) {
		const struct bad_case *c = &bad_cases[i];
		struct protocol *p;
		struct diagnostics d = { 0 };
		enum load_status st = protocol_load_buffer("t.yaml", c->yaml, strlen(c->yaml), &p, &d);
		ok(st == LOAD_INVALID && !p, "%s: rejected", c->name);
		if (!ok(has_diag(&d, c->line, c->col, c->message), "%s: %d:%d: %s", c->name, c->line,
			c->col, c->message))
			print_diags(&d);
		diagnostics_clear(&d);
		protocol_destroy(p);
	}
}

static void test_all_errors_reported(void)
{
	const char *yaml = HEAD "bogus: 1\nsteps:\n  - kind: text\n    title: ''\n    text: t\n"
			   "    minutes: -1\n";
	struct protocol *p;
	struct diagnostics d = { 0 };
	protocol_load_buffer("t.yaml", yaml, strlen(yaml), &p, &d);
	is_int(d.n, 3, "every error in a file is reported, not just the first");
	diagnostics_clear(&d);
}

static void test_limits(void)
{
	struct protocol *p;
	struct diagnostics d = { 0 };
	size_t big = PROTOCOL_MAX_BYTES + 1;
	char *huge = xmalloc(big + 1);
	memset(huge, '#', big);
	huge[big] = '\0';
	ok(protocol_load_buffer("big.yaml", huge, big, &p, &d) == LOAD_INVALID &&
		   has_diag(&d, 1, 1, "larger than"), "a file over 1 MiB is refused");
	free(huge);
	diagnostics_clear(&d);

	struct strbuf deep;
	strbuf_init(&deep);
	for (int i = 0; i < 10000; i++)
		strbuf_addc(&deep, '[');
	for (int i = 0; i < 10000; i++)
		strbuf_addc(&deep, ']');
	ok(protocol_load_buffer("deep.yaml", deep.data, deep.len, &p, &d) == LOAD_INVALID &&
		   has_diag(&d, 1, PROTOCOL_MAX_DEPTH + 1, "nesting is deeper than"),
	   "deep nesting stops at the limit, at the right column");
	strbuf_finish(&deep);
	diagnostics_clear(&d);

	/* A billion-laughs file is refused at its first anchor. */
	const char *laughs = "a: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]\n";
	ok(protocol_load_buffer("lol.yaml", laughs, strlen(laughs), &p, &d) == LOAD_INVALID &&
		   has_diag(&d, 1, 4, "anchors (&a) are not allowed"), "anchors are refused");
	diagnostics_clear(&d);

	const char *bad_utf8 = HEAD "steps:\n  - {kind: text, title: \"caf\xe9\", text: t}\n";
	ok(protocol_load_buffer("u.yaml", bad_utf8, strlen(bad_utf8), &p, &d) == LOAD_INVALID &&
		   d.n > 0, "invalid UTF-8 is refused");
	diagnostics_clear(&d);
}

static void test_load_file(void)
{
	struct protocol *p;
	struct diagnostics d = { 0 };
	ok(protocol_load_file("/nonexistent/x.yaml", &p, &d) == LOAD_UNREADABLE && d.n == 1 &&
		   d.items[0].line == 0, "a missing file is unreadable, not invalid");
	diagnostics_clear(&d);
}

static bool build(const struct catalog *c, const char *items, struct protocol **out,
		  struct diagnostics *d)
{
	char *yaml = xasprintf("agenda: t\ntitle: T\nversion: '1'\nsource: s\nsummary: s\nitems:\n%s", items);
	bool ok = protocol_load_buffer("a.yaml", yaml, strlen(yaml), out, d) == LOAD_OK &&
		  agenda_build(*out, c, d);
	free(yaml);
	return ok;
}

static bool has_message(const struct diagnostics *d, const char *msg)
{
	for (size_t i = 0; i < d->n; i++)
		if (strstr(d->items[i].message, msg))
			return true;
	return false;
}

static void test_agendas(void)
{
	char *dirs[] = { (char *)CONVENE_SOURCE_PROTOCOLS, NULL };
	struct catalog c;
	catalog_load(&c, dirs);
	struct protocol *a;
	struct diagnostics d = { 0 };
	ok(!build(&c, "  - protocol: nosuch\n", &a, &d) && has_message(&d, "item 1: no protocol 'nosuch'"),
	   "an unknown protocol is an error");
	protocol_destroy(a);
	diagnostics_clear(&d);
	ok(!build(&c, "  - {protocol: three-box, steps: [frame, nosuch]}\n", &a, &d) &&
		   has_message(&d, "item 1: protocol 'three-box' has no step 'nosuch'"),
	   "an unknown step is an error");
	protocol_destroy(a);
	diagnostics_clear(&d);
	ok(!build(&c, "  - {protocol: three-box, steps: [frame, vote]}\n", &a, &d) &&
		   has_message(&d, "step 'vote' of 'three-box' uses step 'brainstorm', which the agenda leaves out"),
	   "leaving out a step another needs is an error");
	protocol_destroy(a);
	diagnostics_clear(&d);
	ok(!build(&c, "  - {protocol: seven-norms, steps: [check]}\n  - {protocol: seven-norms, steps: [norms]}\n",
		  &a, &d) && has_message(&d, "leaves out or puts after it"),
	   "a check before the norms it checks is an error");
	protocol_destroy(a);
	diagnostics_clear(&d);
	ok(build(&c, "  - {protocol: check-in, minutes: 20}\n"
		     "  - {protocol: three-box, steps: [brainstorm, vote], minutes: 10}\n", &a, &d),
	   "a good agenda builds");
	if (a && a->n_steps == 3) {
		is_int(a->steps[0].minutes, 20, "one step takes the item's minutes");
		is_int(a->steps[1].minutes + a->steps[2].minutes, 10, "two steps share them");
		is_int(a->steps[1].minutes, 6, "in proportion (15:10 of 10 minutes)");
		is_int(a->steps[2].from, 1, "the vote's reference is remapped to the combined steps");
		is_str(a->steps[2].protocol_id, "three-box", "each step knows its protocol");
	} else {
		ok(false, "three steps");
	}
	protocol_destroy(a);
	diagnostics_clear(&d);
	struct protocol *built = agenda_from_spec("mine", "Mine", "check-in:20;three-box/brainstorm,vote:10", &c, &d);
	ok(built && built->n_steps == 3 && built->steps[0].minutes == 20, "an agenda builds from a spec");
	char *spec = built ? agenda_spec(built) : NULL;
	is_str(spec, "check-in:20;three-box/brainstorm,vote:10", "and writes the same spec back");
	free(spec);
	protocol_destroy(built);
	ok(!agenda_from_spec("x", "X", "check-in", &c, &d) && has_message(&d, "is not readable"),
	   "a spec without minutes is refused");
	diagnostics_clear(&d);
	ok(!agenda_from_spec("x", "X", "", &c, &d), "an empty spec is refused");
	diagnostics_clear(&d);
	ok(!agenda_from_spec("x", "X", "gone:5", &c, &d) && has_message(&d, "no protocol 'gone'"),
	   "a spec naming a missing protocol is refused");
	diagnostics_clear(&d);
	const struct protocol *rm = catalog_find(&c, "regular-meeting");
	ok(rm && rm->is_agenda && rm->n_steps == 12, "the regular-meeting agenda is shipped and builds");
	if (rm) {
		int total = 0;
		for (size_t i = 0; i < rm->n_steps; i++)
			total += rm->steps[i].minutes;
		is_int(total, 115, "planned for 115 minutes");
		char *says = xasprintf("%d minutes", total);
		has_str(rm->summary, says, "and its summary says the same length");
		free(says);
		ok(rm->steps[0].kind == STEP_NORMS && rm->steps[11].kind == STEP_NORMS &&
			   rm->steps[11].norms_step == 0, "norms first, their check last");
	}
	catalog_free(&c);
}

static void test_shipped(void)
{
	char *dirs[] = { (char *)CONVENE_SOURCE_PROTOCOLS, NULL };
	struct catalog c;
	catalog_load(&c, dirs);
	is_int(c.n_broken, 0, "every shipped protocol loads");
	ok(c.n >= 1, "the shipped protocols are found");
	const struct protocol *p = catalog_find(&c, "team-assessment");
	ok(p != NULL, "team-assessment is shipped");
	if (!p) {
		catalog_free(&c);
		return;
	}
	const struct step *rating = NULL;
	for (size_t i = 0; i < p->n_steps; i++)
		if (p->steps[i].kind == STEP_RATING)
			rating = &p->steps[i];
	ok(rating != NULL, "team-assessment has a rating step");
	if (rating) {
		is_int(rating->n_dimensions, 9, "nine dimensions");
		is_int(rating->scale.min, 1, "scale starts at 1");
		is_int(rating->scale.max, 7, "scale ends at 7");
		is_str(rating->dimensions[2].title, "Trust and conflict resolution", "third dimension");
		bool anchors = true;
		for (size_t i = 0; i < rating->n_dimensions; i++)
			anchors &= rating->dimensions[i].low && rating->dimensions[i].high;
		ok(anchors, "every dimension has both anchors");
	}
	has_str(p->source, "Consortium for Educational Change", "the source is credited");
	const struct protocol *tb = catalog_find(&c, "three-box");
	ok(tb && tb->n_steps == 5, "three-box is shipped");
	if (tb) {
		is_int(tb->steps[1].n_boxes, 3, "with three boxes");
		is_str(tb->steps[1].boxes[1].title, "Abandon what is in the way", "the guidebook's box names");
		is_int(tb->steps[2].from, 1, "the sort step works on the brainstorm's items");
		is_int(tb->steps[3].from, 1, "and so does the vote");
	}
	const struct protocol *kss = catalog_find(&c, "keep-start-stop");
	ok(kss && kss->steps[1].kind == STEP_VOTE && kss->steps[1].dots == 5 && kss->steps[1].top == 5,
	   "keep-start-stop votes with five dots for the top five");
	if (kss) {
		int total = 0;
		for (size_t i = 0; i < kss->n_steps; i++)
			total += kss->steps[i].minutes;
		is_int(total, 60, "keep-start-stop takes the source's 60 minutes");
		has_str(kss->steps[0].text, "schools, the local district, the district as a whole", "and names its three levels");
	}
	const struct protocol *dc = catalog_find(&c, "decision-continuum");
	ok(dc && dc->steps[1].kind == STEP_DECIDE && dc->steps[1].n_continuum == 7,
	   "decision-continuum has its seven points");
	if (dc) {
		has_str(dc->steps[1].continuum[0].title, "leader decides alone", "from the leader alone");
		has_str(dc->steps[1].continuum[6].title, "delegates", "to the group delegating");
		has_str(dc->source, "guidebook's figure was lost", "the file says the wording is its own");
		has_str(dc->steps[1].continuum_credit, "convene's rendering", "the decide step credits the rendering to convene");
		has_str(dc->steps[0].text, "The group will determine the best decision-making option",
			"the guidebook's sixth condition is there");
	}
	const struct protocol *sn = catalog_find(&c, "seven-norms");
	ok(sn && sn->steps[0].kind == STEP_NORMS && sn->steps[0].n_norms == 7, "seven-norms lists seven norms");
	if (sn) {
		static const char *const names[] = { "Pausing", "Paraphrasing", "Probing",
			"Putting ideas on the table", "Paying attention to self and others",
			"Presuming positive presuppositions", "Pursuing a balance between advocacy and inquiry" };
		bool same = true;
		for (size_t i = 0; i < 7 && sn->steps[0].n_norms == 7; i++)
			same &= strcmp(sn->steps[0].norms[i].name, names[i]) == 0;
		ok(same, "named as the guidebook lists them");
		is_int(sn->steps[0].focus, 2, "the team may pick two to focus on");
		ok(sn->steps[0].norms[1].n_starters == 3 && strcmp(sn->steps[0].norms[1].starters[0], "So...") == 0,
		   "with sentence starters");
		is_int(sn->steps[0].norms[0].n_starters, 0, "none for Pausing: the guidebook gives none");
		has_str(sn->source, "closing check's scale is convene's own", "the check's scale is credited to convene");
		const struct step *check = &sn->steps[2];
		ok(step_rates(check) && check->n_dimensions == 7 && check->norms_step == 0,
		   "the closing check rates the seven norms");
		ok(check->scale.min == 1 && check->scale.max == 4 && strcmp(check->dimensions[3].low, "Rarely") == 0,
		   "from rarely to consistently");
	}
	const struct protocol *aar = catalog_find(&c, "after-action-review");
	ok(aar != NULL, "after-action-review is shipped");
	if (aar) {
		size_t questions = 0, minutes = 0, improve = 0;
		for (size_t i = 0; i < aar->n_steps; i++) {
			questions += aar->steps[i].n_questions;
			minutes += (size_t)aar->steps[i].minutes;
			if (aar->steps[i].id && strcmp(aar->steps[i].id, "improve") == 0)
				improve = (size_t)aar->steps[i].minutes;
		}
		is_int(questions, 7, "the activity, the guidebook's two prompts and Vodicka's four");
		bool intend = false, sustain = false;
		for (size_t i = 0; i < aar->n_steps; i++)
			for (size_t q = 0; q < aar->steps[i].n_questions; q++) {
				intend |= strcmp(aar->steps[i].questions[q].text, "What did we intend to happen?") == 0;
				sustain |= strcmp(aar->steps[i].questions[q].text,
						  "What should we sustain about what happened?") == 0;
			}
		ok(intend && sustain, "the guidebook's surviving prompts, word for word");
		has_str(aar->source, "time split after NWCG alone", "the time split is credited to NWCG only");
		ok(improve * 2 >= minutes - 7 - 1, "half of the review time goes to what to improve");
	}
	catalog_free(&c);
}

int main(void)
{
	test_bad_cases();
	test_all_errors_reported();
	test_limits();
	test_load_file();
	test_shipped();
	test_agendas();
	return tap_done();
}
