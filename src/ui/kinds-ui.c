/*
 * kinds-ui: one row per step kind, naming the screen, the room body and
 * the seat's input that are the kind's own files. A new kind adds its row here.
 */
#include "kinds-ui.h"
#include "convene/kinds.h"
#include "checklist.h"
#include "levels.h"
#include "quadrants-ui.h"
#include "seat.h"

static const struct kind_ui kinds[STEP_KIND_COUNT] = {
	[STEP_TEXT] = { &screen_text, NULL, room_body_text, NULL },
	[STEP_RATING] = { &screen_rate, &screen_results, room_body_rating, &screen_seat_rate },
	[STEP_PROMPT] = { &screen_prompt, NULL, room_body_prompt, &screen_seat_entries },
	[STEP_BOXES] = { &screen_boxes, NULL, room_body_boxes, &screen_seat_entries },
	[STEP_VOTE] = { &screen_vote, &screen_ranking, room_body_vote, &screen_seat_vote },
	[STEP_TALKING_POINTS] = { &screen_points, NULL, room_body_points, NULL },
	[STEP_DECIDE] = { &screen_decide, NULL, room_body_decide, &screen_seat_fist },
	[STEP_ACTIONS] = { &screen_actions, NULL, room_body_actions, NULL },
	[STEP_NORMS] = { &screen_norms, &screen_results, room_body_norms, NULL },
	[STEP_PLACEMENT] = { &screen_rate, &screen_results, room_body_rating, &screen_seat_rate },
	[STEP_CHECKLIST] = { &screen_checklist, &screen_checklist_results, room_body_checklist,
			     &screen_seat_checklist },
	[STEP_ADOPT_NORMS] = { &screen_points, NULL, room_body_points, NULL },
	[STEP_LEVELS] = { &screen_levels, NULL, room_body_levels, NULL },
	[STEP_QUADRANTS] = { &screen_rate, &screen_quadrants_results, room_body_rating,
			     &screen_seat_rate },
};

bool kind_ui_own_screens(const struct step *st)
{
	return !step_rates(st) || kind_of(st->kind)->one_screen;
}

const struct kind_ui *kind_ui(enum step_kind kind)
{
	static const struct kind_ui unknown = { &screen_text, NULL, room_body_text, NULL };
	return (unsigned)kind < STEP_KIND_COUNT ? &kinds[kind] : &unknown;
}

room_body_fn *kind_ui_room_results(enum step_kind kind)
{
	return kind == STEP_QUADRANTS ? room_body_quadrants_results : room_body_results;
}
