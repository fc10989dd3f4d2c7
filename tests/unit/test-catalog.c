/* test-catalog: the protocol folders as the app and `convene protocols` see
 * them: which of two files with one id is used, and why the other is not;
 * how many files an author would miss from the list; an agenda's errors at
 * the line and column of what it names; a folder's translations (es/)
 * replacing its protocols when the interface is in that language, unless
 * one does not keep the record of the protocol it translates. */
#include "tap.h"
#include "source-root.h"
#include "convene/agenda.h"
#include "convene/catalog.h"
#include "convene/i18n.h"
#include "convene/translation.h"
#include "convene/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static char root[64];

static char *put(const char *dir, const char *name, const char *text)
{
	char *d = xasprintf("%s/%s", root, dir);
	mkdir(d, 0700);
	char *path = xasprintf("%s/%s", d, name);
	FILE *f = fopen(path, "w");
	if (f) {
		fputs(text, f);
		fclose(f);
	}
	free(d);
	return path;
}

static char *protocol(const char *id, const char *title)
{
	return xasprintf("id: %s\ntitle: %s\nversion: '1'\nsource: S\nsummary: Y\n"
			 "steps:\n  - {kind: text, title: T, text: t}\n", id, title);
}

static void test_same_id(void)
{
	char *mine = protocol("check-in", "Ours A"), *also = protocol("check-in", "Ours B");
	char *shipped = protocol("check-in", "Shipped"), *other = protocol("other", "Other");
	char *a = put("user", "a.yaml", mine), *b = put("user", "b.yaml", also);
	char *s = put("shipped", "check-in.yaml", shipped), *o = put("shipped", "other.yaml", other);
	char *broken = put("user", "broken.yaml", "id: [\n");
	char *dirs[] = { xasprintf("%s/user", root), xasprintf("%s/shipped", root), NULL };
	struct catalog c;
	catalog_load(&c, dirs);
	const struct protocol *p = catalog_find(&c, "check-in");
	ok(p && strcmp(p->title, "Ours A") == 0, "the first file by name of the first folder is used");
	is_int(c.n, 2, "one protocol an id");
	is_int(c.n_hidden, 2, "the two others of that id are kept as hidden");
	if (c.n_hidden == 2) {
		is_str(c.hidden[0].path, b, "the later file of the same folder");
		is_str(c.hidden[0].winner, a, "hidden by the earlier one");
		ok(c.hidden[0].same_dir, "in the same folder: a mistake");
		char *why = catalog_hidden_why(&c.hidden[0]);
		has_str(why, "has the same id 'check-in' and is read first", "says which wins");
		has_str(why, "name order", "and why");
		has_str(why, "give one of them another id", "and what to do");
		free(why);
		is_str(c.hidden[1].path, s, "the shipped file");
		ok(!c.hidden[1].same_dir, "replaced from a folder searched first");
		why = catalog_hidden_why(&c.hidden[1]);
		has_str(why, "replaces it (its folder is searched first)", "says it is replaced, and why");
		free(why);
	}
	is_int(c.n_broken, 1, "the broken file");
	is_int(catalog_unused(&c), 2, "missed from the list: the broken file and the hidden one, "
	       "not the shipped one replaced on purpose");
	catalog_free(&c);
	free(dirs[0]);
	free(dirs[1]);
	free(mine);
	free(also);
	free(shipped);
	free(other);
	free(a);
	free(b);
	free(s);
	free(o);
	free(broken);
}

static char *put_protocol(const char *dir, const char *name, const char *id, const char *title)
{
	char *text = protocol(id, title);
	char *path = put(dir, name, text);
	free(text);
	return path;
}

/* Which file the catalog uses for id: "tr/es/a.yaml" and so on. */
static const char *used(const struct catalog *c, const char *id)
{
	const struct protocol *p = catalog_find(c, id);
	return p ? p->path + strlen(root) + 1 : "(none)";
}

static void test_translations(void)
{
	/* One at a time: a folder is made before its subfolder. */
	char *files[6];
	files[0] = put_protocol("tr", "a.yaml", "a", "A in English");
	files[1] = put_protocol("tr/es", "a.yaml", "a", "A en español");
	files[2] = put_protocol("tr", "b.yaml", "b", "B");
	files[3] = put_protocol("tr", "c.yaml", "c", "C shipped");
	files[4] = put_protocol("tr/es", "c.yaml", "c", "C enviado");
	files[5] = put_protocol("tr-mine", "c.yaml", "c", "C ours, in English");
	char *dirs[] = { xasprintf("%s/tr-mine", root), xasprintf("%s/tr", root), NULL };
	struct catalog c;
	catalog_load_in(&c, dirs, "es");
	is_str(used(&c, "a"), "tr/es/a.yaml", "in Spanish, the Spanish file of an id is used");
	is_str(used(&c, "b"), "tr/b.yaml", "the English one where there is no translation");
	is_str(used(&c, "c"), "tr-mine/c.yaml", "the user's folder wins whatever its language");
	is_int(c.n, 3, "one protocol an id");
	is_int(catalog_unused(&c), 0, "a protocol replaced by its translation is not an author's "
	       "mistake (no file missed from the list)");
	bool seen = false;
	for (size_t i = 0; i < c.n_hidden; i++) {
		const char *h = c.hidden[i].path + strlen(root) + 1;
		if (strcmp(h, "tr/a.yaml") == 0) {
			seen = true;
			ok(c.hidden[i].translation && !c.hidden[i].same_dir,
			   "the English file is kept as replaced by its translation");
			char *why = catalog_hidden_why(&c.hidden[i]);
			has_str(why, "tr/es/a.yaml is its translation (the same id 'a')", "and says so");
			free(why);
		} else {
			ok(!c.hidden[i].translation, "%s: hidden by the user's file, not a translation", h);
		}
	}
	ok(seen, "the English file replaced is listed as hidden");
	catalog_free(&c);

	catalog_load_in(&c, dirs, "en");
	is_str(used(&c, "a"), "tr/a.yaml", "in English, the English file");
	is_str(used(&c, "c"), "tr-mine/c.yaml", "and the user's over it");
	is_int(c.n_hidden, 1, "a translation is not even read in English");
	catalog_free(&c);
	catalog_load_in(&c, dirs, "fr");
	is_str(used(&c, "a"), "tr/a.yaml", "a language with no folder: English");
	catalog_free(&c);

	/* catalog_load follows the interface's language. */
	i18n_init("es");
	catalog_load(&c, dirs);
	is_str(used(&c, "a"), "tr/es/a.yaml", "catalog_load with the interface in Spanish");
	catalog_free(&c);
	i18n_init("en");
	catalog_load(&c, dirs);
	is_str(used(&c, "a"), "tr/a.yaml", "and with it in English");
	catalog_free(&c);

	/* The shipped protocols: a translation for each, all loading. */
	char *shipped[] = { (char *)CONVENE_SOURCE_PROTOCOLS, NULL };
	struct catalog en, es;
	catalog_load_in(&en, shipped, "en");
	catalog_load_in(&es, shipped, "es");
	is_int(es.n, en.n, "the shipped protocols: as many in Spanish as in English");
	is_int(catalog_unused(&es), 0, "no Spanish file left out (two of one id, say)");
	is_int(es.n_broken, 0, "every shipped Spanish protocol and agenda loads and builds");
	for (size_t i = 0; i < es.n; i++) {
		const struct protocol *p = es.protocols[i], *q = catalog_find(&en, p->id);
		ok(q && p->n_steps == q->n_steps, "%s: as many steps as in English", p->id);
		for (size_t k = 0; q && k < p->n_steps && k < q->n_steps; k++)
			if (p->steps[k].kind != q->steps[k].kind)
				ok(false, "%s: step %zu is of the English step's kind", p->id, k + 1);
	}
	catalog_free(&en);
	catalog_free(&es);

	for (size_t i = 0; i < sizeof files / sizeof *files; i++)
		free(files[i]);
	free(dirs[0]);
	free(dirs[1]);
}

/* Whether text, loaded, keeps the record of the English text en. */
static bool keeps(const char *en, const char *text, char *why, size_t size)
{
	struct protocol *a = NULL, *b = NULL;
	struct diagnostics d = { 0 };
	bool loaded = protocol_load_buffer("en.yaml", en, strlen(en), &a, &d) == LOAD_OK &&
		      protocol_load_buffer("es.yaml", text, strlen(text), &b, &d) == LOAD_OK;
	diagnostics_clear(&d);
	bool same = loaded && translation_keeps_record(b, a, why, size);
	if (!loaded)
		snprintf(why, size, "(does not load)");
	protocol_destroy(a);
	protocol_destroy(b);
	return same;
}

static void test_translation_record(void)
{
	static const char en[] = "id: r\ntitle: R\nversion: '1'\nsource: S\nsummary: Y\nsteps:\n"
		"  - {kind: text, id: intro, title: How, text: t, minutes: 3}\n"
		"  - kind: rating\n    title: Rate\n    scale: {min: 1, max: 5}\n    dimensions:\n"
		"      - {id: goals, title: Goals, low: l, high: h}\n"
		"      - {id: trust, title: Trust, low: l, high: h}\n"
		"  - {kind: prompt, title: Why, questions: [{id: why, text: Why?}]}\n";
	char why[300];
	static const char es[] = "id: r\ntitle: R es\nversion: '1'\nsource: S es\nsummary: Y es\n"
		"steps:\n  - {kind: text, id: intro, title: Cómo, text: t es, minutes: 3}\n"
		"  - kind: rating\n    title: Calificar\n    scale: {min: 1, max: 5}\n    dimensions:\n"
		"      - {id: goals, title: Metas, low: b, high: a}\n"
		"      - {id: trust, title: Confianza, low: b, high: a}\n"
		"  - {kind: prompt, title: Por qué, questions: [{id: why, text: ¿Por qué?}]}\n";
	ok(keeps(en, es, why, sizeof why), "only the words differ: the record is kept (%s)", why);
	static const struct {
		const char *from, *to, *says, *what;
	} changes[] = {
		{ "version: '1'", "version: '2'", "its version '2' is not the English file's '1'",
		  "another version" },
		{ "id: intro", "id: intro-es", "step 1 has the id 'intro-es' where the English has "
		  "'intro'", "a step's id" },
		{ "minutes: 3", "minutes: 4", "step 1: a number", "a step's minutes" },
		{ "max: 5", "max: 7", "step 2: a number", "the scale" },
		{ "id: trust, title: Confianza", "id: confianza, title: Confianza",
		  "step 2: dimension 2 has the id 'confianza' where the English has 'trust'",
		  "a dimension's id" },
		{ "[{id: why, text: ¿Por qué?}]", "[{id: why, text: ¿Por qué?}, {id: more, text: ¿Y?}]",
		  "step 3: 2 questions where the English has 1", "a question more" },
		{ "\n  - {kind: prompt, title: Por qué, questions: [{id: why, text: ¿Por qué?}]}", "",
		  "2 steps where the English has 3", "a step fewer" },
	};
	for (size_t i = 0; i < sizeof changes / sizeof *changes; i++) {
		const char *at = strstr(es, changes[i].from);
		char *text = xasprintf("%.*s%s%s", (int)(at ? at - es : 0), es, changes[i].to,
				       at ? at + strlen(changes[i].from) : "");
		bool same = keeps(en, text, why, sizeof why);
		ok(at && !same && (!changes[i].says || strstr(why, changes[i].says)),
		   "%s breaks the record, and says where: %s", changes[i].what, why);
		free(text);
	}
	static const char agenda_en[] = "agenda: a\ntitle: A\nversion: '1'\nsource: S\nsummary: Y\n"
		"items:\n  - {protocol: three-box, steps: [frame], minutes: 5}\n";
	static const char agenda_es[] = "agenda: a\ntitle: A es\nversion: '1'\nsource: S\n"
		"summary: Y\nitems:\n  - {protocol: three-box, steps: [frame], minutes: 5}\n";
	static const char agenda_moved[] = "agenda: a\ntitle: A es\nversion: '1'\nsource: S\n"
		"summary: Y\nitems:\n  - {protocol: three-box, steps: [frame], minutes: 6}\n";
	ok(keeps(agenda_en, agenda_es, why, sizeof why), "an agenda with only its words changed");
	ok(!keeps(agenda_en, agenda_moved, why, sizeof why) && strstr(why, "item 1"),
	   "an agenda item's minutes changed: %s", why);

	/* In the catalog: a translation that breaks the record is not used. */
	char *en_file = put_protocol("tr2", "r.yaml", "r", "R");
	char *bad = put("tr2/es", "r.yaml", "id: r\ntitle: R es\nversion: '1'\nsource: S\n"
			"summary: Y\nsteps:\n  - {kind: text, title: T, text: t, minutes: 2}\n");
	char *dirs[] = { xasprintf("%s/tr2", root), NULL };
	struct catalog c;
	catalog_load_in(&c, dirs, "es");
	const struct protocol *p = catalog_find(&c, "r");
	ok(p && strcmp(p->title, "R") == 0, "a translation that breaks the record: the English is used");
	is_int(catalog_unused(&c), 1, "and the translation counts as a file left out");
	if (c.n_hidden == 1) {
		is_str(c.hidden[0].path, bad, "it is kept as hidden");
		char *hidden_why = catalog_hidden_why(&c.hidden[0]);
		has_str(hidden_why, "does not keep what meetings record of it: step 1: a number",
			"with why");
		free(hidden_why);
	}
	catalog_free(&c);
	free(dirs[0]);
	free(en_file);
	free(bad);
}

static bool has_at(const struct diagnostics *d, int line, int col, const char *text)
{
	for (size_t i = 0; i < d->n; i++)
		if (d->items[i].line == line && d->items[i].col == col &&
		    strstr(d->items[i].message, text))
			return true;
	return false;
}

static void test_agenda_positions(void)
{
	char *dirs[] = { (char *)CONVENE_SOURCE_PROTOCOLS, NULL };
	struct catalog c;
	catalog_load(&c, dirs);
	static const char text[] = "agenda: a\ntitle: A\nversion: '1'\nsource: S\nsummary: Y\n"
				   "items:\n"
				   "  - protocol: gone\n"
				   "  - protocol: three-box\n"
				   "    steps: [frame, nope, vote]\n";
	struct protocol *p;
	struct diagnostics d = { 0 };
	ok(protocol_load_buffer("a.yaml", text, sizeof text - 1, &p, &d) == LOAD_OK,
	   "the agenda file loads");
	ok(p && !agenda_build(p, &c, &d), "and does not build");
	ok(has_at(&d, 7, 15, "item 1: no protocol 'gone' was found"),
	   "a missing protocol at its id's line and column");
	ok(has_at(&d, 9, 20, "item 2: protocol 'three-box' has no step 'nope'"),
	   "a missing step at its id's");
	ok(has_at(&d, 9, 26, "uses step 'brainstorm', which the agenda leaves out"),
	   "a step left out, at the step that needs it");
	diagnostics_clear(&d);
	protocol_destroy(p);
	struct protocol *built = agenda_from_spec("x", "X", "gone:5", &c, &d);
	ok(!built && d.n == 1 && d.items[0].line == 0, "an agenda from the record has no position");
	diagnostics_clear(&d);
	catalog_free(&c);
}

int main(void)
{
	strcpy(root, "/tmp/convene-test-XXXXXX");
	if (!mkdtemp(root)) {
		printf("1..0 # SKIP no temporary folder\n");
		return 0;
	}
	test_same_id();
	test_agenda_positions();
	test_translations();
	test_translation_record();
	char *cmd = xasprintf("rm -rf '%s'", root);
	if (system(cmd) != 0)
		fprintf(stderr, "could not remove %s\n", root);
	free(cmd);
	return tap_done();
}
