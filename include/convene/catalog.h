/*
 * catalog: the protocols available to a meeting, gathered from the protocol
 * directories. A protocol id found in an earlier directory hides the same id
 * in a later one, so a team can override a shipped protocol with its own.
 */
#ifndef CONVENE_CATALOG_H
#define CONVENE_CATALOG_H

#include "convene/protocol.h"

#include <stddef.h>

struct catalog {
	struct protocol **protocols; /* protocols and built agendas, sorted by title */
	size_t n;
	char **broken; /* files that failed to load or build, for `convene check` */
	size_t n_broken;
};

/* dirs is NULL-terminated; missing directories are skipped. Agendas are
 * built once every protocol is loaded; one that cannot be is broken. */
void catalog_load(struct catalog *c, char *const *dirs);
const struct protocol *catalog_find(const struct catalog *c, const char *id);
void catalog_free(struct catalog *c);

#endif
