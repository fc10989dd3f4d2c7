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

/* An agenda's items written as "protocol:minutes;..." (whole protocols, or
 * "protocol/step,step:minutes" for some steps), for the record, so a
 * meeting can be resumed whatever becomes of the agenda's file. */
char *agenda_spec(const struct protocol *agenda);

/* Builds an agenda from a spec. NULL with diagnostics when it cannot be
 * built. The caller destroys it before the catalog. */
struct protocol *agenda_from_spec(const char *id, const char *title, const char *spec,
				  const struct catalog *c, struct diagnostics *d);

#endif
