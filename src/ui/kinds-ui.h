/*
 * kinds-ui: the UI's table of step kinds. For each kind: the facilitator's
 * screen while the step runs, the screen of its results, and how the room
 * view draws its body. A step that rates (a rating step, a norms check)
 * uses the rating screens and bodies whatever its kind.
 */
#ifndef CONVENE_UI_KINDS_UI_H
#define CONVENE_UI_KINDS_UI_H

#include "app.h"
#include "room.h"

struct kind_ui {
	const struct screen *step;
	const struct screen *results; /* NULL when the kind has no results view */
	room_body_fn *room;
};

const struct kind_ui *kind_ui(enum step_kind kind);

#endif
