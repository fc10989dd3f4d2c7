/*
 * translation: whether a protocol's translation (protocols/es/) keeps all
 * that a meeting's record and a team's trends hold of the protocol it
 * translates: its version, its steps' order, kinds, ids, times and numbers,
 * and the ids and count of every list whose entries are stored (dimensions,
 * questions, boxes, continuum points, norms, components, items), or, for an
 * agenda, its items. Only the words a person reads may differ.
 */
#ifndef CONVENE_TRANSLATION_H
#define CONVENE_TRANSLATION_H

#include "convene/protocol.h"

#include <stdbool.h>
#include <stddef.h>

/* True when tr keeps en's record; else false, with the first difference
 * in why ("step 2: dimension 3 has the id 'x' where the English has
 * 'y'"). Agendas are compared before they are built (their items). */
bool translation_keeps_record(const struct protocol *tr, const struct protocol *en, char *why,
			      size_t size);

#endif
