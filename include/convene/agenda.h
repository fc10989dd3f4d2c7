/*
 * agenda: turning an agenda file into one protocol whose steps are those of
 * the protocols it names, in order, so that a meeting runs an agenda like
 * any protocol. References between steps (items_from, norms_from) are
 * remapped to the combined steps; an agenda that leaves out a step another
 * step needs is an error, reported when the file is checked.
 */
#ifndef CONVENE_AGENDA_H
#define CONVENE_AGENDA_H

#include "convene/protocol.h"

#include <stdbool.h>

struct catalog;

/* Builds agenda's steps from the protocols of the catalog. Returns false
 * after adding diagnostics (line 0: about the file as a whole). */
bool agenda_build(struct protocol *agenda, const struct catalog *c, struct diagnostics *d);

#endif
