/*
 * kinds-ui: one row per step kind, naming the screen and the room body that
 * are the kind's own files. A new kind adds its row here.
 */
#include "kinds-ui.h"

static const struct kind_ui kinds[STEP_KIND_COUNT] = {
	[STEP_TEXT] = { &screen_text, NULL, room_body_text },
	[STEP_RATING] = { &screen_rate, &screen_results, room_body_rating },
	[STEP_PROMPT] = { &screen_prompt, NULL, room_body_prompt },
	[STEP_BOXES] = { &screen_boxes, NULL, room_body_boxes },
	[STEP_VOTE] = { &screen_vote, &screen_ranking, room_body_vote },
	[STEP_TALKING_POINTS] = { &screen_points, NULL, room_body_points },
	[STEP_DECIDE] = { &screen_decide, NULL, room_body_decide },
	[STEP_ACTIONS] = { &screen_actions, NULL, room_body_actions },
	[STEP_NORMS] = { &screen_norms, &screen_results, room_body_norms },
};

const struct kind_ui *kind_ui(enum step_kind kind)
{
	static const struct kind_ui unknown = { &screen_text, NULL, room_body_text };
	return (unsigned)kind < STEP_KIND_COUNT ? &kinds[kind] : &unknown;
}
