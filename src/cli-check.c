/*
 * cli-check: `convene check` and `convene protocols`, what an author is told
 * about protocol and agenda files: every problem at its line and column,
 * which of two files with one id meetings use and why, and every file of
 * the protocol folders that is not used.
 */
#include "cli.h"
#include "convene/agenda.h"
#include "convene/catalog.h"
#include "convene/i18n.h"
#include "convene/paths.h"
#include "convene/text.h"
#include "convene/translation.h"
#include "convene/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sysexits.h>

/* Loads path; an agenda is also built against the protocols found, since
 * naming a protocol or step that does not exist is its likeliest mistake. */
static enum load_status check_one(const char *path, struct catalog *c, struct protocol **out,
				  struct diagnostics *d)
{
	enum load_status st = protocol_load_file(path, out, d);
	if (st != LOAD_OK || !(*out)->is_agenda)
		return st;
	if (agenda_build(*out, c, d))
		return LOAD_OK;
	protocol_destroy(*out);
	*out = NULL;
	return LOAD_INVALID;
}

static bool same_file(const char *a, const char *b)
{
	struct stat x, y;
	return stat(a, &x) == 0 && stat(b, &y) == 0 && x.st_dev == y.st_dev && x.st_ino == y.st_ino;
}

/* Whether path lies in a subfolder, named like a language code ("es"), of
 * the folder holding other: a translation of other, used when the
 * interface speaks that language (catalog.h). */
static bool translation_of(const char *path, const char *other)
{
	char *dir = xstrdup(path);
	char *slash = strrchr(dir, '/');
	bool yes = false;
	if (slash) {
		*slash = '\0';
		char *lang = strrchr(dir, '/');
		lang = lang ? lang + 1 : dir;
		size_t n = strlen(lang);
		yes = n >= 2 && n <= 3 && strspn(lang, "abcdefghijklmnopqrstuvwxyz") == n;
		*lang = '\0';
		const char *o = strrchr(other, '/');
		char *odir = o ? xstrndup(other, (size_t)(o - other) + 1) : xstrdup("./");
		yes = yes && same_file(*dir ? dir : ".", odir);
		free(odir);
	}
	free(dir);
	return yes;
}

/* What the protocol folders make of a file that checks out: whether another
 * file of its id hides it or it hides another. False when it is not used
 * because another file of its folder came first: an author's mistake. */
static bool check_catalog(const char *path, const struct protocol *p, const struct catalog *c)
{
	bool used = true, listed = false;
	for (size_t i = 0; i < c->n_hidden; i++) {
		const struct catalog_hidden *h = &c->hidden[i];
		bool hidden = same_file(path, h->path);
		if (!hidden && !same_file(path, h->winner))
			continue;
		listed = true;
		char *why = catalog_hidden_why(h);
		if (hidden && h->translation)
			text_fprintf(stderr, _("%s: note: %s\n"), path, why);
		else if (hidden)
			text_fprintf(stderr, _("%s: not used in meetings: %s\n"), path, why);
		else if (h->translation)
			text_fprintf(stderr, _("%s: note: it is the translation of %s (the same id '%s') "
					       "and is used instead, in the interface's language\n"),
				     path, h->path, h->id);
		else
			text_fprintf(stderr, _("%s: note: it is used instead of %s, which has the same "
					       "id '%s'\n"), path, h->path, h->id);
		free(why);
		used &= !(hidden && (h->same_dir || h->differs));
	}
	const struct protocol *in = catalog_find(c, p->id);
	bool other = !listed && in && !same_file(path, in->path);
	char why[300];
	if (other && translation_of(path, in->path)) {
		/* Read only in its language, so checked against the English
		 * here in any language. */
		if (!translation_keeps_record(p, in, why, sizeof why)) {
			text_fprintf(stderr, _("%s: it translates %s (the same id '%s') but does not "
					       "keep what meetings record of it: %s\n"), path, in->path,
				     p->id, why);
			return false;
		}
		text_fprintf(stderr, _("%s: note: a translation of %s (the same id '%s'), used instead "
				       "of it when the interface is in its folder's language\n"), path,
			     in->path, p->id);
	} else if (other) {
		text_fprintf(stderr, _("%s: note: %s has the same id '%s'; of two files with one id, "
				       "meetings use the one found first (convene protocols lists "
				       "it)\n"), path, in->path, p->id);
	}
	return used;
}

struct checked {
	struct protocol *p;
	enum load_status st;
	struct diagnostics d;
};

/* The protocols an agenda on the command line is built against: those on
 * the command line, which the author is checking together, before those
 * of the folders. The protocols are borrowed. */
static void with_given(struct catalog *with, const struct checked *f, int n,
		       const struct catalog *folders)
{
	memset(with, 0, sizeof *with);
	with->protocols = xcalloc((size_t)n + folders->n + 1, sizeof *with->protocols);
	for (int i = 0; i < n; i++)
		if (f[i].st == LOAD_OK && !f[i].p->is_agenda)
			with->protocols[with->n++] = f[i].p;
	for (size_t i = 0; i < folders->n; i++)
		with->protocols[with->n++] = folders->protocols[i];
}

int cli_check(const struct cli_args *a)
{
	int argc = a->n;
	char **argv = a->words;
	if (argc == 0)
		return cli_usage_error("check", "%s", _("name at least one protocol file"));
	struct checked *f = xcalloc((size_t)argc, sizeof *f);
	for (int i = 0; i < argc; i++)
		f[i].st = protocol_load_file(argv[i], &f[i].p, &f[i].d);
	struct catalog c, with;
	cli_load_catalog(&c);
	with_given(&with, f, argc, &c);
	for (int i = 0; i < argc; i++)
		if (f[i].st == LOAD_OK && f[i].p->is_agenda && !agenda_build(f[i].p, &with, &f[i].d)) {
			protocol_destroy(f[i].p);
			f[i].p = NULL;
			f[i].st = LOAD_INVALID;
		}
	bool missing = false, invalid = false;
	for (int i = 0; i < argc; i++) {
		struct protocol *p = f[i].p;
		diagnostics_print(&f[i].d, argv[i], stderr);
		diagnostics_clear(&f[i].d);
		if (f[i].st == LOAD_OK && !check_catalog(argv[i], p, &c))
			f[i].st = LOAD_INVALID;
		if (f[i].st == LOAD_OK) {
			char *title = text_sanitize(p->title, TEXT_ONE_LINE);
			if (p->is_agenda)
				text_fprintf(stdout, ngettext("%s: ok (agenda: %s, %zu step)\n",
							      "%s: ok (agenda: %s, %zu steps)\n",
							      p->n_steps),
					     argv[i], title, p->n_steps);
			else
				text_fprintf(stdout, ngettext("%s: ok (%s, %zu step)\n",
							      "%s: ok (%s, %zu steps)\n", p->n_steps),
					     argv[i], title, p->n_steps);
			free(title);
		}
		missing |= f[i].st == LOAD_UNREADABLE;
		invalid |= f[i].st == LOAD_INVALID;
	}
	/* Agendas borrow steps from the protocols: they go first. */
	for (int pass = 0; pass < 2; pass++)
		for (int i = 0; i < argc; i++)
			if (f[i].p && f[i].p->is_agenda == (pass == 0)) {
				protocol_destroy(f[i].p);
				f[i].p = NULL;
			}
	free(with.protocols);
	catalog_free(&c);
	free(f);
	return missing ? EX_NOINPUT : invalid ? EX_DATAERR : 0;
}

int cli_protocols(const struct cli_args *a)
{
	char **dirs = paths_protocol_dirs();
	struct catalog c;
	catalog_load(&c, dirs);
	for (size_t i = 0; i < c.n; i++) {
		char *title = text_sanitize(c.protocols[i]->title, TEXT_ONE_LINE);
		/* TRANSLATORS: in convene protocols' list, beside an agenda's id;
		 * at most 7 letters. */
		const char *kind = c.protocols[i]->is_agenda ? _("agenda") : "";
		text_fprintf(stdout, "%-24s %-7s %-36s %s\n", c.protocols[i]->id, kind, title,
			     c.protocols[i]->path);
		free(title);
	}
	if (c.n == 0) {
		text_fprintf(stdout, "%s", _("No protocols found. Searched:\n"));
		for (size_t i = 0; dirs[i]; i++)
			text_fprintf(stdout, "  %s\n", dirs[i]);
	}
	for (size_t i = 0; i < c.n_broken; i++) {
		struct protocol *p;
		struct diagnostics d = { 0 };
		text_fprintf(stderr, _("convene: %s is not used, because:\n"), c.broken[i]);
		if (check_one(c.broken[i], &c, &p, &d) == LOAD_OK)
			protocol_destroy(p);
		diagnostics_print(&d, c.broken[i], stderr);
		diagnostics_clear(&d);
	}
	for (size_t i = 0; i < c.n_hidden; i++) {
		/* A protocol replaced by its translation is the design, not news. */
		if (c.hidden[i].translation)
			continue;
		char *why = catalog_hidden_why(&c.hidden[i]);
		text_fprintf(stderr, _("convene: %s is not used: %s\n"), c.hidden[i].path, why);
		free(why);
	}
	catalog_free(&c);
	paths_free_list(dirs);
	return 0;
}
