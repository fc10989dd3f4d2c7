/*
 * placement: the core of the placement kind (labelled points). A placement
 * is a rating in all but its labels: once loaded, its components are its
 * dimensions and its points the scale 1..n, so entry (named, blind, from
 * seats), the store, resuming and the statistics are the rating's. What it
 * adds is owned here: the checks of its fields together, the derivation of
 * the dimensions, and the one place every view asks for a point's label
 * and a component's descriptor.
 */
#include "convene/i18n.h"
#include "convene/kinds.h"
#include "convene/protocol.h"
#include "convene/util.h"

#include <string.h>

void placement_check(const struct step *st, int line, int col, struct diagnostics *d);
void placement_derive(struct step *st);

void placement_check(const struct step *st, int line, int col, struct diagnostics *d)
{
	for (size_t c = 0; c < st->n_components; c++) {
		const struct placement_component *pc = &st->components[c];
		if (pc->n_descriptors && pc->n_descriptors != st->n_points)
			diagnostics_add(d, line, col,
					_("component '%s' has %zu descriptors for %zu points: give one "
					"per point, in order (\"\" where there is none), or none"),
					pc->id, pc->n_descriptors, st->n_points);
	}
}

/* The components become the dimensions, the points the scale 1..n: what
 * the lowest and highest points mean is their labels. */
void placement_derive(struct step *st)
{
	if (!st->n_points || !st->n_components)
		return;
	st->scale = (struct scale){ 1, (int)st->n_points };
	st->dimensions = xcalloc(st->n_components, sizeof *st->dimensions);
	st->n_dimensions = st->n_components;
	for (size_t c = 0; c < st->n_components; c++)
		st->dimensions[c] = (struct dimension){
			xstrdup(st->components[c].id), xstrdup(st->components[c].title),
			xstrdup(st->points[0].label), xstrdup(st->points[st->n_points - 1].label)
		};
}

const char *step_point_label(const struct step *st, int value)
{
	if (!st || value < 1 || (size_t)value > st->n_points)
		return NULL;
	return st->points[value - 1].label;
}

const char *step_point_descriptor(const struct step *st, size_t dim, int value)
{
	if (!st || dim >= st->n_components || value < 1 ||
	    (size_t)value > st->components[dim].n_descriptors)
		return NULL;
	const char *text = st->components[dim].descriptors[value - 1];
	return text && *text ? text : NULL;
}
