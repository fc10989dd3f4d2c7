/* catalog: loading every protocol file of the protocol directories, and
 * keeping each file not used with why. */
#include "convene/agenda.h"
#include "convene/catalog.h"
#include "convene/i18n.h"
#include "convene/translation.h"
#include "convene/util.h"

#include <dirent.h>
#include <stdlib.h>
#include <string.h>

static bool is_yaml(const char *name)
{
	size_t n = strlen(name);
	return name[0] != '.' && ((n > 5 && strcmp(name + n - 5, ".yaml") == 0) ||
				  (n > 4 && strcmp(name + n - 4, ".yml") == 0));
}

static int cmp_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int cmp_title(const void *a, const void *b)
{
	const struct protocol *x = *(struct protocol *const *)a, *y = *(struct protocol *const *)b;
	return strcmp(x->title, y->title);
}

/* Whether path is dir's, followed by a slash and no more: the directories
 * are distinct strings. */
static bool in_dir(const char *path, const char *dir)
{
	size_t n = strlen(dir);
	return strncmp(path, dir, n) == 0 && path[n] == '/' && !strchr(path + n + 1, '/');
}

/* Whether path was read from dir's subfolder of lang. */
static bool is_translation(const char *path, const char *dir, const char *lang)
{
	char *sub = xasprintf("%s/%s", dir, lang);
	bool yes = in_dir(path, sub);
	free(sub);
	return yes;
}

/* Takes path. lang: the language whose subfolder of dir was read before
 * dir, or NULL; a winner from there is path's translation. */
static void hide(struct catalog *c, char *path, const char *id, const char *winner,
		 const char *dir, const char *lang)
{
	bool translation = lang && is_translation(winner, dir, lang);
	c->hidden = xreallocarray(c->hidden, c->n_hidden + 1, sizeof *c->hidden);
	c->hidden[c->n_hidden++] = (struct catalog_hidden){ path, xstrdup(id), xstrdup(winner),
							    in_dir(winner, dir), translation, NULL };
}

/* p, from dir, has the id of first, read from dir's translations: p is used
 * instead when first does not keep its record. Takes path (p's) and p. */
static void translated(struct catalog *c, char *path, struct protocol *p,
		       const struct protocol *first, const char *dir, const char *lang)
{
	char why[300];
	if (translation_keeps_record(first, p, why, sizeof why)) {
		hide(c, path, p->id, first->path, dir, lang);
		protocol_destroy(p);
		return;
	}
	size_t i = 0;
	while (c->protocols[i] != first)
		i++;
	c->hidden = xreallocarray(c->hidden, c->n_hidden + 1, sizeof *c->hidden);
	c->hidden[c->n_hidden++] = (struct catalog_hidden){ xstrdup(first->path), xstrdup(p->id),
							    path, false, false, xstrdup(why) };
	protocol_destroy(c->protocols[i]);
	c->protocols[i] = p;
}

static void load_dir(struct catalog *c, const char *dir, const char *lang)
{
	DIR *d = opendir(dir);
	if (!d)
		return;
	char **names = NULL;
	size_t n = 0;
	struct dirent *e;
	while ((e = readdir(d)))
		if (is_yaml(e->d_name)) {
			names = xreallocarray(names, n + 1, sizeof *names);
			names[n++] = xstrdup(e->d_name);
		}
	closedir(d);
	if (n > 1)
		qsort(names, n, sizeof *names, cmp_name);
	for (size_t i = 0; i < n; i++) {
		char *path = xasprintf("%s/%s", dir, names[i]);
		free(names[i]);
		struct protocol *p;
		struct diagnostics diags = { 0 };
		if (protocol_load_file(path, &p, &diags) != LOAD_OK) {
			c->broken = xreallocarray(c->broken, c->n_broken + 1, sizeof *c->broken);
			c->broken[c->n_broken++] = path;
			diagnostics_clear(&diags);
			continue;
		}
		const struct protocol *first = catalog_find(c, p->id);
		if (first && lang && is_translation(first->path, dir, lang)) {
			translated(c, path, p, first, dir, lang);
			continue;
		}
		if (first) {
			hide(c, path, p->id, first->path, dir, lang);
			protocol_destroy(p);
			continue;
		}
		free(path);
		c->protocols = xreallocarray(c->protocols, c->n + 1, sizeof *c->protocols);
		c->protocols[c->n++] = p;
	}
	free(names);
}

/* Builds every agenda, then drops those that could not be built: all are
 * built before any is freed, since building reads the whole catalog. */
static void build_agendas(struct catalog *c)
{
	bool *failed = xcalloc(c->n ? c->n : 1, sizeof *failed);
	for (size_t i = 0; i < c->n; i++) {
		struct diagnostics d = { 0 };
		failed[i] = c->protocols[i]->is_agenda && !agenda_build(c->protocols[i], c, &d);
		diagnostics_clear(&d);
	}
	size_t kept = 0;
	for (size_t i = 0; i < c->n; i++) {
		if (!failed[i]) {
			c->protocols[kept++] = c->protocols[i];
			continue;
		}
		c->broken = xreallocarray(c->broken, c->n_broken + 1, sizeof *c->broken);
		c->broken[c->n_broken++] = xstrdup(c->protocols[i]->path);
		protocol_destroy(c->protocols[i]);
	}
	c->n = kept;
	free(failed);
}

void catalog_load_in(struct catalog *c, char *const *dirs, const char *lang)
{
	memset(c, 0, sizeof *c);
	/* English is the folders' own language; a code is a folder's name,
	 * never a path. */
	if (!lang || !*lang || strcmp(lang, "en") == 0 || strchr(lang, '/') || lang[0] == '.')
		lang = NULL;
	for (size_t i = 0; dirs[i]; i++) {
		/* A folder's translations first, so each replaces the protocol
		 * of its id in that folder; a folder searched earlier (the
		 * user's) still wins, whatever its language. */
		if (lang) {
			char *sub = xasprintf("%s/%s", dirs[i], lang);
			load_dir(c, sub, NULL);
			free(sub);
		}
		load_dir(c, dirs[i], lang);
	}
	build_agendas(c);
	if (c->n > 1)
		qsort(c->protocols, c->n, sizeof *c->protocols, cmp_title);
}

void catalog_load(struct catalog *c, char *const *dirs)
{
	catalog_load_in(c, dirs, i18n_language());
}

const struct protocol *catalog_find(const struct catalog *c, const char *id)
{
	for (size_t i = 0; i < c->n; i++)
		if (strcmp(c->protocols[i]->id, id) == 0)
			return c->protocols[i];
	return NULL;
}

char *catalog_hidden_why(const struct catalog_hidden *h)
{
	if (h->differs)
		return xasprintf(_("it translates %s (the same id '%s') but does not keep what "
				   "meetings record of it: %s; %s is used until they match"), h->winner,
				 h->id, h->differs, h->winner);
	if (h->translation)
		return xasprintf(_("%s is its translation (the same id '%s') and is used instead, in "
				   "the interface's language"), h->winner, h->id);
	if (h->same_dir)
		return xasprintf(_("%s has the same id '%s' and is read first (the files of a folder "
				 "are read in name order); give one of them another id"), h->winner,
				 h->id);
	return xasprintf(_("%s has the same id '%s' and replaces it (its folder is searched first)"),
			 h->winner, h->id);
}

size_t catalog_unused(const struct catalog *c)
{
	size_t n = c->n_broken;
	for (size_t i = 0; i < c->n_hidden; i++)
		n += c->hidden[i].same_dir || c->hidden[i].differs;
	return n;
}

void catalog_free(struct catalog *c)
{
	for (size_t i = 0; i < c->n; i++)
		protocol_destroy(c->protocols[i]);
	free(c->protocols);
	for (size_t i = 0; i < c->n_broken; i++)
		free(c->broken[i]);
	free(c->broken);
	for (size_t i = 0; i < c->n_hidden; i++) {
		free(c->hidden[i].path);
		free(c->hidden[i].id);
		free(c->hidden[i].winner);
		free(c->hidden[i].differs);
	}
	free(c->hidden);
	memset(c, 0, sizeof *c);
}
