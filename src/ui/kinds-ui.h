/*
 * kinds-ui: the UI's table of step kinds. For each kind: the facilitator's
 * screen while the step runs, the screen of its results, and how the room
 * view draws its body, and the input a seat (`convene join`) takes on
 * it. A step that rates (a rating step, a norms check) uses the rating
 * screens, bodies and seat input whatever its kind, unless its kind has
 * its own (a checklist: kind_ui_own_screens).
 */
#ifndef CONVENE_UI_KINDS_UI_H
#define CONVENE_UI_KINDS_UI_H

#include "app.h"
#include "room.h"

struct kind_ui {
	const struct screen *step;
	const struct screen *results; /* NULL when the kind has no results view */
	room_body_fn *room;
	const struct screen *seat; /* a participant's input from a seat; NULL for none */
};

const struct kind_ui *kind_ui(enum step_kind kind);
/* Whether the step is drawn by its kind's own screens and room body: any
 * step that does not rate, and a checklist (which rates, on its own
 * screens); the other rating steps use the rating screens. */
bool kind_ui_own_screens(const struct step *st);
/* The room's results of a step that rates: a rating's, or the kind's own
 * (a two-way placement's grid). Apart from the rows above so that their
 * shape stays what every kind's row fills. */
room_body_fn *kind_ui_room_results(enum step_kind kind);

#endif
