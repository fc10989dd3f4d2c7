/*
 * catalog: the protocols available to a meeting, gathered from the protocol
 * directories. A protocol id found in an earlier directory hides the same id
 * in a later one, so a team can override a shipped protocol with its own;
 * in one directory, files are read in name order and the first of an id
 * wins. Each file not used is kept with the reason, for the command line
 * and the app to say.
 *
 * Translations: when the interface's language is not English, each
 * directory's subfolder named by the language ("es/") is read just before
 * the directory, and a file there replaces the protocol of its id (a
 * translation keeps the English file's id, steps and keys, so a team's
 * record and trends carry on across languages). The user's folder is
 * searched first and so wins whatever its language. A translation that
 * does not keep the English file's record (translation.h) is not used:
 * the English one is, and the translation is kept as hidden with why.
 */
#ifndef CONVENE_CATALOG_H
#define CONVENE_CATALOG_H

#include "convene/protocol.h"

#include <stdbool.h>
#include <stddef.h>

/* A file that loaded but is not used: another file with its id came first. */
struct catalog_hidden {
	char *path;
	char *id;
	char *winner;  /* the path of the file used instead */
	bool same_dir; /* both in one folder (a mistake), rather than the
			* winner's folder searched first (a replacement) */
	bool translation; /* the winner is this file's translation, from its
			   * folder's subfolder of the interface's language */
	char *differs;    /* this file is a translation that does not keep the
			   * record of the protocol it translates (why), and
			   * the winner is that protocol; else NULL */
};

struct catalog {
	struct protocol **protocols; /* protocols and built agendas, sorted by title */
	size_t n;
	char **broken; /* files that failed to load or build, for `convene check` */
	size_t n_broken;
	struct catalog_hidden *hidden; /* in the order they were found */
	size_t n_hidden;
};

/* dirs is NULL-terminated; missing directories are skipped. Agendas are
 * built once every protocol is loaded; one that cannot be is broken. The
 * translations read are those of the interface's language (i18n). */
void catalog_load(struct catalog *c, char *const *dirs);
/* The same, with the translations of lang ("es"; "en" or NULL for none). */
void catalog_load_in(struct catalog *c, char *const *dirs, const char *lang);
const struct protocol *catalog_find(const struct catalog *c, const char *id);
/* Why h is not used, in a sentence that names the file used instead and
 * how that one came first ("... has the same id 'x' and ..."). */
char *catalog_hidden_why(const struct catalog_hidden *h);
/* Files an author may expect in the list and that are not there: those that
 * could not be loaded or built, those hidden by a file of the same id
 * in the same folder, and translations that differ from their English. (A file of a folder searched first that replaces a
 * shipped protocol is meant to.) */
size_t catalog_unused(const struct catalog *c);
void catalog_free(struct catalog *c);

#endif
