/*
 * placement-ui: how a placement's labelled points are drawn, shared by
 * the screens that show a placement as a rating (the facilitator's
 * rating screen and a seat's). The labels come from the core
 * (step_point_label, step_point_descriptor), never from the views.
 */
#ifndef CONVENE_UI_PLACEMENT_UI_H
#define CONVENE_UI_PLACEMENT_UI_H

#include "convene/protocol.h"

#include <stdbool.h>
#include <stddef.h>

/* Whether the step labels its points (a placement). */
static inline bool step_labels_points(const struct step *st)
{
	return st && st->n_points > 0;
}

/* Draws every point of st from y down to bottom at most: its number, its
 * label and what it means for dimension dim (the component's descriptor,
 * else the point's own text), each in at most per_point lines. The point
 * marked (the value chosen, or -1) is drawn reversed. Returns the next
 * free line. */
int draw_points(const struct step *st, size_t dim, int marked, int y, int x, int w, int bottom,
		int per_point);


#endif
