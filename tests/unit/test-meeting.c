/* Tests of the meeting engine: a whole team assessment with a fake clock,
 * in named and in blind mode, corrections, and moving back and forth. */
#include "source-root.h"
#include "convene/meeting.h"
#include "convene/util.h"
#include "tap.h"

/* Fixtures fill structs whose strings are owned (char *) with literals that
 * the code under test only copies. */
#ifdef __clang__
#pragma clang diagnostic ignored "-Wincompatible-pointer-types-discards-qualifiers"
#else
#pragma GCC diagnostic ignored "-Wdiscarded-qualifiers"
#endif

#include <stdlib.h>
#include <string.h>

static const struct participant people[] = {
	{ 11, "Ana", "District", false, false }, { 12, "Ben", "Teachers union", false, false },
	{ 13, "Cy", "Classified union", false, false }, { 14, "Di", "District", false, false },
};
#define N_PEOPLE 4

static struct protocol *load_assessment(void)
{
	struct protocol *p;
	struct diagnostics d = { 0 };
	if (protocol_load_file(CONVENE_SOURCE_PROTOCOLS "/team-assessment.yaml", &p, &d) != LOAD_OK) {
		diagnostics_print(&d, "team-assessment.yaml", stdout);
		exit(1);
	}
	return p;
}

static void test_named_assessment(const struct protocol *p)
{
	struct meeting m;
	int64_t now = 1000;
	meeting_init(&m, p, people, N_PEOPLE, RATING_NAMED, now);
	is_int(m.step, 0, "starts at the first step");
	ok(!meeting_in_rating_entry(&m), "the first step is text");
	struct rating_change c;
	is_int(meeting_rate(&m, 4, &c), MEETING_NOT_RATING, "no rating on a text step");
	now += 180000;
	is_int(meeting_next(&m, now, false), MEETING_OK, "next from the text step");
	ok(meeting_in_rating_entry(&m), "now rating");
	is_int(meeting_step_elapsed_ms(&m, 0, now), 180000, "the text step took three minutes");

	const struct step *st = meeting_current_step(&m);
	for (size_t d = 0; d < st->n_dimensions; d++) {
		is_int(m.cursor, 0, "dimension %zu starts with the first person", d + 1);
		for (size_t i = 0; i < N_PEOPLE; i++) {
			int v = (int)((d + i) % 7) + 1;
			is_int(meeting_rate(&m, v, &c), MEETING_OK, "rate d%zu p%zu", d + 1, i);
			ok(c.slot == i && c.member_id == people[i].member_id && c.value == v &&
				   c.previous == -1, "the change names person %zu and value %d", i, v);
		}
		if (d == 2) {
			/* Ben's rating was mistyped: select him and type it again. */
			meeting_select(&m, -1);
			is_int(m.cursor, 3, "up from the first person wraps to the last");
			meeting_select(&m, 2);
			is_int(m.cursor, 1, "down from the last wraps to Ben");
			meeting_rate(&m, 7, &c);
			ok(c.previous == (int)((2 + 1) % 7) + 1 && c.value == 7, "correction reports the old value");
			is_int(meeting_value(&m, m.step, 2, 1), 7, "Ben's rating is corrected");
			is_int(meeting_rated_count(&m, m.step, 2), N_PEOPLE, "a correction adds no rating");
		}
		now += 60000;
		is_int(meeting_next(&m, now, false), MEETING_OK, "next after dimension %zu", d + 1);
	}
	is_int(m.view, VIEW_RESULTS, "results after the last dimension");
	struct rating_stats *s = meeting_step_stats(&m, m.step);
	is_int(s[0].count, N_PEOPLE, "everyone counted");
	is_int(s[0].min, 1, "min of dimension 1");
	is_int(s[0].max, 4, "max of dimension 1");
	ok(s[0].mean > 2.49 && s[0].mean < 2.51, "mean of dimension 1 is 2.5");
	ok(s[0].median > 2.49 && s[0].median < 2.51, "median of dimension 1 is 2.5");
	is_int(s[2].max, 7, "the correction counts in the results");
	free(s);

	is_int(meeting_back(&m, now), MEETING_OK, "back from results");
	ok(m.view == VIEW_STEP && m.dim == st->n_dimensions - 1, "back on the last dimension");
	meeting_next(&m, now, false);
	now += 600000;
	is_int(meeting_next(&m, now, false), MEETING_OK, "next from results");
	is_int(m.view, VIEW_CLOSING, "closing after the last step");
	int64_t rating_ms = meeting_step_elapsed_ms(&m, 1, now);
	is_int(rating_ms, 9 * 60000 + 600000, "the rating step's time includes the results");
	is_int(meeting_next(&m, now, false), MEETING_AT_END, "nothing after closing");
	is_int(meeting_back(&m, now), MEETING_OK, "back from closing");
	is_int(m.view, VIEW_RESULTS, "back from closing shows the results");
	meeting_finish(&m);
}

static void test_incomplete_and_undo(const struct protocol *p)
{
	struct meeting m;
	meeting_init(&m, p, people, N_PEOPLE, RATING_NAMED, 0);
	meeting_next(&m, 0, false);
	struct rating_change c;
	meeting_rate(&m, 5, &c);
	meeting_rate(&m, 6, &c);
	is_int(meeting_next(&m, 0, false), MEETING_INCOMPLETE, "moving on with ratings missing asks first");
	is_int(m.dim, 0, "and stays");
	is_int(meeting_rate(&m, 9, &c), MEETING_OUT_OF_SCALE, "9 is off a 1-7 scale");
	is_int(meeting_rate(&m, 0, &c), MEETING_OUT_OF_SCALE, "0 is off a 1-7 scale");
	is_int(meeting_undo(&m, &c), MEETING_OK, "undo");
	ok(c.slot == 1 && c.value == -1 && c.previous == 6, "undo removes the last entry (Ben's 6)");
	is_int(m.cursor, 1, "undo puts the cursor on Ben again");
	is_int(meeting_rated_count(&m, 1, 0), 1, "one rating left");
	meeting_undo(&m, &c);
	is_int(meeting_undo(&m, &c), MEETING_NOTHING_TO_UNDO, "nothing more to undo");
	is_int(meeting_next(&m, 0, true), MEETING_OK, "forcing moves on");
	is_int(m.dim, 1, "on dimension 2");
	is_int(meeting_back(&m, 0), MEETING_OK, "back to dimension 1");
	is_int(meeting_back(&m, 0), MEETING_OK, "back to the text step");
	is_int(m.step, 0, "first step again");
	is_int(meeting_back(&m, 0), MEETING_AT_START, "nothing before the first step");
	meeting_finish(&m);
}

static void test_blind(const struct protocol *p)
{
	struct meeting m;
	meeting_init(&m, p, people, N_PEOPLE, RATING_BLIND, 0);
	meeting_next(&m, 0, false);
	struct rating_change c;
	int values[] = { 3, 3, 6, 2 };
	for (size_t i = 0; i < N_PEOPLE; i++) {
		meeting_rate(&m, values[i], &c);
		ok(c.member_id == 0 && c.slot == i, "blind rating %zu belongs to no one", i + 1);
	}
	is_int(meeting_rate(&m, 4, &c), MEETING_ALL_RATED, "no more ratings than people present");
	meeting_undo(&m, &c);
	ok(c.slot == 3 && c.previous == 2, "undo removes the last blind rating");
	meeting_rate(&m, 5, &c);
	is_int(c.slot, 3, "the next blind rating refills the freed slot");
	struct rating_stats s;
	meeting_dimension_stats(&m, 1, 0, &s);
	is_int(s.counts[3 - 1], 2, "two ratings of 3");
	is_int(s.counts[5 - 1], 1, "one rating of 5");
	meeting_finish(&m);
}

static void test_restore(const struct protocol *p)
{
	struct meeting m;
	meeting_init(&m, p, people, N_PEOPLE, RATING_NAMED, 0);
	ok(meeting_restore_rating(&m, 1, 4, 2, 6), "restores a rating");
	ok(!meeting_restore_rating(&m, 0, 0, 0, 6), "no rating on a text step");
	ok(!meeting_restore_rating(&m, 1, 99, 0, 6), "no rating on a missing dimension");
	ok(!meeting_restore_rating(&m, 1, 0, 0, 8), "no rating off the scale");
	ok(meeting_restore_position(&m, 1, 4, VIEW_STEP, 0), "restores the place");
	ok(meeting_in_rating_entry(&m) && m.dim == 4, "on dimension 5");
	is_int(m.cursor, 0, "the cursor is on the first person without a rating");
	ok(!meeting_restore_position(&m, 0, 3, VIEW_STEP, 0), "a text step has no dimension 4");
	ok(meeting_restore_position(&m, 0, 0, VIEW_CLOSING, 0), "restores closing");
	is_int(m.view, VIEW_CLOSING, "closing");
	meeting_finish(&m);
}

static void test_entries(void)
{
	const char *yaml = "id: p\ntitle: P\nversion: '1'\nsource: s\nsummary: s\nsteps:\n"
			   "  - kind: prompt\n    title: Q\n    silent_minutes: 1\n    questions:\n"
			   "      - {id: a, text: A?}\n      - {id: b, text: B?}\n"
			   "  - {kind: text, title: T, text: t}\n";
	struct protocol *p;
	struct diagnostics d = { 0 };
	protocol_load_buffer("p.yaml", yaml, strlen(yaml), &p, &d);
	struct meeting m;
	meeting_init(&m, p, people, N_PEOPLE, RATING_NAMED, 0);
	is_int(meeting_group_count(&m, 0), 2, "a prompt step has a group per question");
	is_int(meeting_group_count(&m, 1), 0, "a text step has none");
	ok(meeting_in_silence(&m), "the step opens with quiet writing");
	meeting_end_silence(&m);
	ok(!meeting_in_silence(&m), "until it is ended");
	ok(meeting_entry_add(&m, 0, 0, 101, "first"), "add to question 1");
	ok(meeting_entry_add(&m, 0, 1, 102, "second"), "add to question 2");
	ok(meeting_entry_add(&m, 0, 0, 103, "third"), "add to question 1 again");
	ok(!meeting_entry_add(&m, 0, 2, 104, "nowhere"), "no question 3");
	ok(!meeting_entry_add(&m, 1, 0, 105, "text step"), "a text step takes no entries");
	ok(meeting_entry_edit(&m, 0, 1, "second, edited"), "edit");
	is_str(m.steps[0].entries[1].text, "second, edited", "the edit shows");
	ok(meeting_entry_move(&m, 0, 1, 0), "move to question 1");
	is_int(m.steps[0].entries[1].group, 0, "it moved");
	ok(!meeting_entry_move(&m, 0, 1, 5), "no moving to a missing question");
	ok(meeting_entry_delete(&m, 0, 0), "delete the first");
	is_int(m.steps[0].n_entries, 2, "two left");
	ok(m.steps[0].entries[0].id == 102 && m.steps[0].entries[1].id == 103, "in their order");
	ok(!meeting_entry_delete(&m, 0, 9), "no entry 10");
	meeting_next(&m, 0, false);
	meeting_back(&m, 0);
	is_int(m.steps[0].n_entries, 2, "leaving the step and coming back keeps the entries");
	ok(!meeting_in_silence(&m), "and the quiet writing stays over");
	meeting_finish(&m);
	protocol_destroy(p);
}

static struct protocol *load(const char *yaml)
{
	struct protocol *p;
	struct diagnostics d = { 0 };
	if (protocol_load_buffer("t.yaml", yaml, strlen(yaml), &p, &d) != LOAD_OK) {
		diagnostics_print(&d, "t.yaml", stdout);
		exit(1);
	}
	return p;
}

static void test_vote(void)
{
	struct protocol *p = load("id: v\ntitle: V\nversion: '1'\nsource: s\nsummary: s\nsteps:\n"
				  "  - kind: boxes\n    id: ideas\n    title: B\n"
				  "    boxes: [{id: a, title: A}, {id: b, title: B}]\n"
				  "  - {kind: boxes, title: Sort, items_from: ideas}\n"
				  "  - {kind: vote, title: V, items_from: ideas, dots: 3, max_per_item: 2,"
				  " max_per_box: 2, top: 2}\n");
	struct meeting m;
	meeting_init(&m, p, people, 2, RATING_NAMED, 0);
	meeting_entry_add(&m, 0, 0, 1, "one");
	meeting_entry_add(&m, 0, 0, 2, "two");
	meeting_entry_add(&m, 0, 1, 3, "three");
	is_int(meeting_entries_step(&m, 1), 0, "the sort step works on the brainstorm's items");
	is_int(meeting_group_count(&m, 1), 2, "with its boxes");
	ok(meeting_entry_move(&m, 1, 1, 1), "moving from the sort step");
	is_int(m.steps[0].entries[1].group, 1, "moves the brainstorm's item");
	meeting_entry_move(&m, 1, 1, 0);
	struct vote_change c;
	is_int(meeting_vote(&m, 1, 1, &c), MEETING_NOT_VOTE, "no dots outside the vote step");
	meeting_next(&m, 0, false);
	meeting_next(&m, 0, false);
	is_int(m.step, 2, "on the vote");
	ok(meeting_vote(&m, 1, 1, &c) == MEETING_OK && c.dots == 1 && c.member_id == 11, "Ana's first dot");
	meeting_vote(&m, 1, 1, &c);
	is_int(meeting_vote(&m, 1, 1, &c), MEETING_ITEM_CAP, "at most 2 on one item");
	is_int(meeting_vote(&m, 2, 1, &c), MEETING_BOX_CAP, "at most 2 in one box");
	ok(meeting_vote(&m, 3, 1, &c) == MEETING_OK, "a dot in the other box");
	is_int(meeting_vote(&m, 3, 1, &c), MEETING_NO_DOTS_LEFT, "three dots each");
	is_int(meeting_vote_used(&m, 2, 0), 3, "Ana used three");
	ok(!meeting_vote_set_dots(&m, 5), "dots per person are fixed once dots are placed");
	meeting_select(&m, 1);
	ok(meeting_vote(&m, 2, 1, &c) == MEETING_OK && c.member_id == 12, "Ben votes next");
	meeting_vote(&m, 3, 1, &c);
	is_int(meeting_vote(&m, 2, -1, &c), MEETING_OK, "Ben takes a dot back");
	is_int(meeting_vote(&m, 2, -1, &c), MEETING_NOTHING_TO_UNDO, "no dot left there");
	is_int(meeting_vote_total(&m, 2, 1), 2, "item one has 2");
	is_int(meeting_vote_total(&m, 2, 3), 2, "item three has 2");
	size_t *order;
	size_t n = meeting_vote_ranking(&m, 2, &order);
	ok(n == 3 && order[0] == 0 && order[1] == 2 && order[2] == 1,
	   "ranking: most dots first, ties in the order added");
	free(order);
	is_int(meeting_vote_top(&m, 2), 2, "the top two are marked");
	meeting_entry_delete(&m, 0, 0);
	is_int(meeting_vote_total(&m, 2, 1), 0, "deleting an item takes its dots away");
	is_int(meeting_vote_used(&m, 2, 0), 1, "and gives them back to the voter");
	meeting_finish(&m);

	meeting_init(&m, p, people, 2, RATING_NAMED, 0);
	meeting_entry_add(&m, 0, 0, 1, "one");
	meeting_entry_add(&m, 0, 1, 3, "three");
	meeting_next(&m, 0, false);
	meeting_next(&m, 0, false);
	ok(meeting_vote_set_counting(&m, true) && meeting_vote_set_dots(&m, 2), "counted totals, 2 dots each");
	is_int(meeting_vote_budget(&m, 2, 2), 4, "the room has 2 x 2 dots");
	ok(meeting_vote(&m, 1, 1, &c) == MEETING_OK && c.member_id == 0 && c.slot == 2, "a counted dot");
	meeting_vote(&m, 1, 1, &c);
	meeting_vote(&m, 3, 1, &c);
	meeting_vote(&m, 3, 1, &c);
	is_int(meeting_vote(&m, 3, 1, &c), MEETING_NO_DOTS_LEFT, "no more than the room has");
	is_int(meeting_next(&m, 0, false), MEETING_OK, "next shows the results");
	is_int(m.view, VIEW_RESULTS, "of the vote");
	meeting_back(&m, 0);
	is_int(m.view, VIEW_STEP, "back to voting");
	meeting_finish(&m);
	protocol_destroy(p);
}

static void test_points(void)
{
	struct protocol *p = load("id: t\ntitle: T\nversion: '1'\nsource: s\nsummary: s\nsteps:\n"
				  "  - {kind: talking-points, title: Points}\n");
	struct meeting m;
	/* Ana and Di are District, Ben a teacher, Cy classified: three groups. */
	meeting_init(&m, p, people, N_PEOPLE, RATING_NAMED, 0);
	is_int(m.n_groups, 3, "three groups are present");
	is_str(m.groups[1], "Teachers union", "in the order they first appear");
	meeting_entry_add(&m, 0, 0, 7, "We will pilot peer observation.");
	ok(!meeting_agreed(&m, 0, 0), "a new point is not agreed");
	meeting_confirm(&m, 0, 0, 0, true);
	meeting_confirm(&m, 0, 0, 1, true);
	ok(!meeting_agreed(&m, 0, 0), "with one group's confirmation missing it is not agreed");
	ok(meeting_confirmed_by(&m, 0, 0, 1) && !meeting_confirmed_by(&m, 0, 0, 2) &&
	   meeting_to_confirm(&m, 0, 0) == 1, "the room sees who confirmed and who is still to");
	meeting_confirm(&m, 0, 0, 2, true);
	ok(meeting_agreed(&m, 0, 0), "every group present confirmed: agreed");
	is_int(meeting_to_confirm(&m, 0, 0), 0, "nobody is still to confirm");
	meeting_confirm(&m, 0, 0, 1, false);
	ok(!meeting_agreed(&m, 0, 0), "a group can withdraw its confirmation");
	meeting_confirm(&m, 0, 0, 1, true);
	meeting_entry_edit(&m, 0, 0, "We will pilot peer observation in two schools.");
	ok(!meeting_agreed(&m, 0, 0) && m.steps[0].entries[0].agreed == 0,
	   "rewording an agreed point removes every confirmation");
	ok(!meeting_confirm(&m, 0, 0, 3, true), "there is no fourth group");
	meeting_finish(&m);
	meeting_init(&m, p, people, 1, RATING_NAMED, 0);
	meeting_entry_add(&m, 0, 0, 8, "x");
	meeting_confirm(&m, 0, 0, 0, true);
	ok(meeting_agreed(&m, 0, 0), "with only the District present, its confirmation is enough");
	meeting_finish(&m);
	protocol_destroy(p);
}

static void test_decisions(void)
{
	struct protocol *p = load("id: d\ntitle: D\nversion: '1'\nsource: s\nsummary: s\nsteps:\n"
				  "  - {kind: decide, title: D, continuum: [{id: alone, title: Alone},"
				  " {id: all, title: All}]}\n");
	struct meeting m;
	meeting_init(&m, p, people, N_PEOPLE, RATING_NAMED, 0);
	struct decision d = { .id = 5, .topic = "Pilot", .point = 1, .text = "Yes",
			      .reasons = "Asked for", .fist = { 0, 0, 1, 1, 1, 1 }, .fist_taken = true,
			      .status = DECISION_DECIDED };
	ok(meeting_decision_put(&m, 0, 0, &d), "a decision is recorded");
	is_int(decision_objections(&m.steps[0].decisions[0]), 1, "one showed fewer than three fingers");
	d.point = 2;
	ok(!meeting_decision_put(&m, 0, 1, &d), "there is no third point on this continuum");
	d.point = 0;
	d.topic = "Second";
	d.fist_taken = false;
	ok(meeting_decision_put(&m, 0, 1, &d), "a second decision");
	is_int(decision_objections(&m.steps[0].decisions[1]), 0, "no check, no objection counted");
	d.topic = "Second, renamed";
	ok(meeting_decision_put(&m, 0, 1, &d), "a decision is changed in place");
	is_str(m.steps[0].decisions[1].topic, "Second, renamed", "the change shows");
	is_int(m.steps[0].n_decisions, 2, "still two");
	ok(!meeting_decision_put(&m, 0, 5, &d), "no gaps in the list");
	ok(meeting_decision_delete(&m, 0, 0), "the first is deleted");
	is_str(m.steps[0].decisions[0].topic, "Second, renamed", "the second moves up");
	enum decision_status st;
	ok(decision_status_parse("input-only", &st) && st == DECISION_INPUT_ONLY, "status names parse");
	ok(!decision_status_parse("maybe", &st), "unknown statuses do not");
	meeting_finish(&m);
	protocol_destroy(p);
}

static void test_actions(void)
{
	ok(action_due_valid("") && action_due_valid("2026-12-15"), "no date, or a real date");
	ok(action_due_valid("2028-02-29"), "a leap day");
	ok(!action_due_valid("2027-02-29") && !action_due_valid("2026-02-31"), "no impossible days");
	ok(!action_due_valid("15/12/2026") && !action_due_valid("2026-12-5") &&
		   !action_due_valid("2026-12-15x"), "only YYYY-MM-DD");
	struct protocol *p = load("id: a\ntitle: A\nversion: '1'\nsource: s\nsummary: s\nsteps:\n"
				  "  - {kind: actions, title: Next steps}\n");
	struct meeting m;
	meeting_init(&m, p, people, N_PEOPLE, RATING_NAMED, 0);
	struct action_item a = { .id = 3, .text = "Pilot", .owner = 12, .due = "2027-03-01" };
	ok(meeting_action_put(&m, 0, 0, &a), "an action item");
	struct action_item bad = a;
	snprintf(bad.due, sizeof bad.due, "2027-13-01");
	ok(!meeting_action_put(&m, 0, 1, &bad), "a bad due date is refused");
	bad = a;
	bad.text = "";
	ok(!meeting_action_put(&m, 0, 1, &bad), "an empty action is refused");
	a.status = ACTION_DONE;
	ok(meeting_action_put(&m, 0, 0, &a) && m.steps[0].n_actions == 1 &&
		   m.steps[0].actions[0].status == ACTION_DONE, "marked done in place");
	ok(meeting_action_delete(&m, 0, 0) && m.steps[0].n_actions == 0, "deleted");
	enum action_status st;
	ok(action_status_parse("carried", &st) && st == ACTION_CARRIED, "status names parse");
	meeting_finish(&m);
	protocol_destroy(p);
}

static void test_norms(void)
{
	struct protocol *p = load("id: n\ntitle: N\nversion: '1'\nsource: s\nsummary: s\nsteps:\n"
				  "  - {kind: norms, id: n, title: N, focus: 2, norms: [{id: a, name: A, description: d},"
				  " {id: b, name: B, description: d}, {id: c, name: C, description: d}]}\n"
				  "  - {kind: norms, title: Check, norms_from: n, check: {min: 1, max: 4, low: R, high: C}}\n");
	struct meeting m;
	meeting_init(&m, p, people, 2, RATING_NAMED, 0);
	ok(!meeting_in_rating_entry(&m), "the review is not a rating");
	is_int(meeting_norm_focus(&m, 2, true), MEETING_OK, "C is a focus");
	is_int(meeting_norm_focus(&m, 0, true), MEETING_OK, "and A");
	is_int(meeting_norm_focus(&m, 1, true), MEETING_FOCUS_FULL, "two at most");
	is_int(meeting_norm_focus(&m, 0, false), MEETING_OK, "A is dropped");
	is_int(meeting_norm_focus(&m, 1, true), MEETING_OK, "so B fits");
	meeting_next(&m, 0, false);
	ok(meeting_in_rating_entry(&m), "the check is a rating");
	is_int(m.dim, 1, "it starts with the first focus norm, B");
	ok(!meeting_dimension_active(&m, 1, 0), "A is not rated");
	struct rating_change c;
	meeting_rate(&m, 3, &c);
	meeting_rate(&m, 4, &c);
	meeting_next(&m, 0, false);
	is_int(m.dim, 2, "then C");
	meeting_back(&m, 0);
	is_int(m.dim, 1, "back skips nothing it should not");
	is_int(meeting_back(&m, 0), MEETING_OK, "back from the first focus norm");
	is_int(m.step, 0, "goes to the review");
	meeting_norm_focus(&m, 1, false);
	meeting_norm_focus(&m, 2, false);
	meeting_next(&m, 0, false);
	is_int(m.dim, 0, "with no focus, every norm is rated");
	meeting_finish(&m);
	protocol_destroy(p);
}

#define MIN 60000

static void test_timer(void)
{
	struct protocol *p = load("id: t\ntitle: T\nversion: '1'\nsource: s\nsummary: s\nsteps:\n"
				  "  - {kind: text, title: A, text: a, minutes: 10}\n"
				  "  - {kind: text, title: B, text: b, minutes: 5}\n"
				  "  - {kind: text, title: C, text: c}\n");
	struct meeting m;
	int64_t t0 = 1000000;
	meeting_init(&m, p, people, 2, RATING_NAMED, t0);
	struct step_timer t;
	meeting_timer(&m, t0 + 3 * MIN, &t);
	ok(t.planned_ms == 10 * MIN && t.elapsed_ms == 3 * MIN && t.left_ms == 7 * MIN, "counting down: 7 of 10 left");
	ok(!t.warning && !t.overtime, "no warning yet");
	meeting_timer(&m, t0 + 8 * MIN, &t);
	ok(t.warning && !t.overtime, "at 20%% left, a warning");
	meeting_timer(&m, t0 + 12 * MIN + 14000, &t);
	ok(t.overtime && t.left_ms == -(2 * MIN + 14000), "after zero it counts up: 2:14 over");

	ok(meeting_pause(&m, t0 + 12 * MIN + 14000), "pause");
	ok(!meeting_pause(&m, t0 + 13 * MIN), "pausing twice does nothing");
	meeting_timer(&m, t0 + 20 * MIN, &t);
	ok(t.paused && t.elapsed_ms == 12 * MIN + 14000, "a paused clock stands still");
	ok(meeting_resume(&m, t0 + 20 * MIN), "resume");
	meeting_timer(&m, t0 + 21 * MIN, &t);
	is_int(t.elapsed_ms, 13 * MIN + 14000, "and runs again");

	meeting_extend(&m, 5 * MIN);
	meeting_timer(&m, t0 + 21 * MIN, &t);
	ok(t.planned_ms == 15 * MIN && t.left_ms == MIN + 46000 && !t.overtime, "a time keeper adds five minutes");
	meeting_extend(&m, -60 * MIN);
	meeting_timer(&m, t0 + 21 * MIN, &t);
	is_int(t.planned_ms, MIN, "a planned step keeps at least a minute");
	is_int(meeting_extended_plan(&m, -MIN), -1, "and its last minute is not taken by a key");
	meeting_extend(&m, -MIN);
	meeting_timer(&m, t0 + 21 * MIN, &t);
	ok(t.planned_ms == MIN && t.overtime, "so the countdown stays a countdown, in overtime");
	meeting_extend(&m, 14 * MIN);

	struct meeting_clock c;
	meeting_clock(&m, t0 + 21 * MIN, &c);
	is_int(c.planned_ms, 15 * MIN, "the meeting is measured against the 15 minutes agreed");
	is_int(c.remaining_ms, MIN + 46000 + 5 * MIN, "what is left: the rest of A and all of B");
	is_int(c.behind_ms, 5 * MIN, "A's five more minutes show: 5 min behind what was agreed");

	ok(meeting_break_start(&m, t0 + 21 * MIN, 10 * MIN), "a break is called");
	ok(!meeting_break_start(&m, t0 + 22 * MIN, 10 * MIN), "one break at a time");
	is_int(meeting_break_left_ms(&m, t0 + 24 * MIN), 7 * MIN, "the break counts down");
	ok(!meeting_resume(&m, t0 + 24 * MIN), "the clock does not resume during a break");
	meeting_timer(&m, t0 + 30 * MIN, &t);
	is_int(t.elapsed_ms, 13 * MIN + 14000, "the step does not count the break");
	is_int(meeting_break_end(&m, t0 + 31 * MIN), 10 * MIN, "the break lasted ten minutes");
	ok(!m.paused, "after the break the clock runs again");
	meeting_clock(&m, t0 + 31 * MIN, &c);
	is_int(c.breaks_ms, 10 * MIN, "the break is counted as a break");

	meeting_next(&m, t0 + 32 * MIN, false);
	is_int(meeting_step_elapsed_ms(&m, 0, t0 + 40 * MIN), 14 * MIN + 14000, "A's time is kept");
	meeting_timer(&m, t0 + 33 * MIN, &t);
	ok(t.planned_ms == 5 * MIN && t.elapsed_ms == MIN, "B starts its own countdown");
	meeting_clock(&m, t0 + 33 * MIN, &c);
	is_int(c.behind_ms, 4 * MIN + 14000,
	       "A took 14:14 of the 10 agreed: the meeting is 4:14 behind, though within A's new time");
	meeting_pause(&m, t0 + 33 * MIN);
	meeting_break_start(&m, t0 + 34 * MIN, 5 * MIN);
	meeting_break_end(&m, t0 + 36 * MIN);
	ok(m.paused, "a pause from before the break stays after it");
	meeting_resume(&m, t0 + 37 * MIN);
	meeting_next(&m, t0 + 40 * MIN, false);
	meeting_timer(&m, t0 + 45 * MIN, &t);
	ok(t.planned_ms == 0 && !t.warning && !t.overtime && t.elapsed_ms == 5 * MIN,
	   "a step without a plan only counts up");
	meeting_finish(&m);
	protocol_destroy(p);
}

/* What the room's clock shows: one state at a time, in order. */
static void test_time_state(void)
{
	struct protocol *p = load("id: t\ntitle: T\nversion: '1'\nsource: s\nsummary: s\nsteps:\n"
				  "  - {kind: prompt, title: Q, minutes: 10, silent_minutes: 2,"
				  " questions: [{id: q, text: Why?}]}\n"
				  "  - {kind: text, title: C, text: c}\n");
	struct meeting m;
	int64_t t0 = 1000000;
	meeting_init(&m, p, people, 2, RATING_NAMED, t0);
	struct step_timer t;
	meeting_timer(&m, t0 + 30000, &t);
	ok(t.state == TIME_QUIET && t.shown_ms == 90000 && !t.shown_over,
	   "quiet writing shows its own countdown: 1:30 of 2:00");
	is_str(time_state_label(t.state), "QUIET WRITING", "with its label");
	meeting_pause(&m, t0 + 30000);
	meeting_timer(&m, t0 + 90000, &t);
	ok(t.state == TIME_PAUSED && t.shown_ms == 90000,
	   "a pause stops the quiet writing too, and says PAUSED over its countdown");
	meeting_resume(&m, t0 + 90000);
	meeting_timer(&m, t0 + 200000, &t);
	ok(t.state == TIME_QUIET && t.shown_over && t.shown_ms == 20000, "then it says how long it ran over");
	meeting_end_silence(&m);
	meeting_timer(&m, t0 + 200000, &t);
	ok(t.state == TIME_LEFT && t.shown_ms == 10 * MIN - 140000, "the discussion shows the step's time");
	meeting_timer(&m, t0 + 9 * MIN, &t);
	ok(t.state == TIME_WARNING && time_state_alert(t.state), "the last fifth warns");
	meeting_timer(&m, t0 + 12 * MIN, &t);
	ok(t.state == TIME_OVER && t.shown_over && t.shown_ms == MIN, "past the plan: over time");
	meeting_break_start(&m, t0 + 12 * MIN, 5 * MIN);
	meeting_timer(&m, t0 + 13 * MIN, &t);
	ok(t.state == TIME_BREAK && t.shown_ms == 4 * MIN && !t.shown_over, "a break shows the break's countdown");
	meeting_timer(&m, t0 + 18 * MIN, &t);
	ok(t.state == TIME_BREAK && t.shown_over && t.shown_ms == MIN, "and how long it ran over");
	meeting_break_end(&m, t0 + 18 * MIN);
	meeting_pause(&m, t0 + 18 * MIN);
	meeting_timer(&m, t0 + 18 * MIN, &t);
	ok(t.state == TIME_PAUSED && t.shown_over, "paused in overtime: PAUSED, still over");
	meeting_resume(&m, t0 + 18 * MIN);
	meeting_next(&m, t0 + 18 * MIN, false);
	meeting_timer(&m, t0 + 19 * MIN, &t);
	ok(t.state == TIME_UNPLANNED && t.shown_ms == MIN, "a step without a plan counts up");
	meeting_next(&m, t0 + 19 * MIN, false);
	meeting_timer(&m, t0 + 19 * MIN, &t);
	is_int(t.state, TIME_DONE, "after the last step there is no clock");
	meeting_finish(&m);
	protocol_destroy(p);
}

/* Places in a vote: a tie shares its place, and the top takes the tie. */
static void test_vote_places(void)
{
	struct protocol *p = load("id: v\ntitle: V\nversion: '1'\nsource: s\nsummary: s\nsteps:\n"
				  "  - {kind: boxes, id: ideas, title: B, boxes: [{id: a, title: A}, {id: b, title: B}]}\n"
				  "  - {kind: vote, title: V, items_from: ideas, dots: 4, top: 1}\n");
	struct meeting m;
	meeting_init(&m, p, people, 2, RATING_NAMED, 0);
	meeting_entry_add(&m, 0, 0, 1, "one");
	meeting_entry_add(&m, 0, 0, 2, "two");
	meeting_entry_add(&m, 0, 0, 3, "three");
	meeting_next(&m, 0, false);
	struct vote_change c;
	meeting_vote(&m, 2, 1, &c);
	meeting_vote(&m, 2, 1, &c);
	meeting_vote(&m, 3, 1, &c);
	meeting_vote(&m, 3, 1, &c);
	size_t *order, n = meeting_vote_ranking(&m, 1, &order);
	ok(n == 3, "three items ranked");
	struct vote_place *places = meeting_vote_places(&m, 1, order, n);
	is_int(places[0].place, 1, "two and three tie for first");
	is_int(places[1].place, 1, "sharing the place");
	is_int(places[2].place, 3, "the next place is third");
	ok(places[0].tied && places[1].tied && !places[2].tied, "the tie is marked as one");
	ok(places[0].top && places[1].top, "a tie at the top is marked top on both");
	ok(!places[2].top, "an item without dots never is");
	char *cut = vote_cut_words(places, n, 1);
	is_str(cut, "Tie at the cut: 2 items for the top 1, all marked for follow-up.",
	       "a tie across the cut is said in words");
	free(cut);
	free(places);
	free(order);
	meeting_finish(&m);
	protocol_destroy(p);

	/* The rule on bare dots: 5, 4, 3, 3, 1 with a top of 3 and of 4. */
	int dots[] = { 5, 4, 3, 3, 1 };
	struct vote_place pl[5];
	vote_places(dots, 5, 3, pl);
	ok(pl[2].place == 3 && pl[3].place == 3 && pl[2].top && pl[3].top && !pl[4].top,
	   "third place shared: both are top");
	cut = vote_cut_words(pl, 5, 3);
	is_str(cut, "Tie at the cut: 4 items for the top 3, all marked for follow-up.",
	       "four items for the top three");
	free(cut);
	vote_places(dots, 5, 4, pl);
	ok(vote_cut_words(pl, 5, 4) == NULL, "a tie inside the top is no tie at the cut");
	vote_places(dots, 5, 2, pl);
	ok(vote_cut_words(pl, 5, 2) == NULL, "nor a tie below it");
	int zero[] = { 2, 0, 0 };
	vote_places(zero, 3, 2, pl);
	ok(vote_cut_words(pl, 3, 2) == NULL, "items without dots are never top, tied or not");
}

/* Three people on the vote step of p (its second), with the items of the
 * ids given: 1 "one" and 2 "two" in the first box, 3 "three" in the second. */
static void on_the_vote(struct meeting *m, const struct protocol *p, const int64_t *ids, size_t n)
{
	static const char *const text[] = { "", "one", "two", "three" };
	meeting_init(m, p, people, 3, RATING_NAMED, 0);
	for (size_t i = 0; i < n; i++)
		meeting_entry_add(m, 0, ids[i] == 3, ids[i], text[ids[i]]);
	meeting_next(m, 0, false);
}

/* A number typed sets an item's dots at once, within what is left and the
 * caps; moving on with dots not placed asks first. */
static void test_vote_typed(void)
{
	struct protocol *p = load("id: v\ntitle: V\nversion: '1'\nsource: s\nsummary: s\nsteps:\n"
				  "  - {kind: boxes, id: ideas, title: B, boxes: [{id: a, title: A}, {id: b, title: B}]}\n"
				  "  - {kind: vote, title: V, items_from: ideas, dots: 9, max_per_item: 5}\n"
				  "  - {kind: text, title: After, text: t}\n");
	static const int64_t all[] = { 1, 2, 3 }, one_in_each[] = { 1, 3 };
	struct meeting m;
	on_the_vote(&m, p, all, 3);
	size_t voters;
	is_int(meeting_vote_missing(&m, 1, &voters), 27, "nobody has voted: 27 dots missing");
	is_int(voters, 3, "three people still have dots");
	is_int(meeting_next(&m, 0, false), MEETING_DOTS_MISSING, "moving on with dots missing asks first");
	is_int(m.view, VIEW_STEP, "and stays on the vote");
	struct vote_change c;
	ok(meeting_vote_set(&m, 1, 4, &c) == MEETING_OK && c.dots == 4 && c.previous == 0 &&
	   c.member_id == 11, "Ana's 4 dots typed at once");
	is_int(meeting_vote_set(&m, 1, 6, &c), MEETING_ITEM_CAP, "a number over the cap per item is refused");
	is_int(meeting_vote_set(&m, 2, 6, &c), MEETING_NO_DOTS_LEFT, "and one over the dots left");
	is_int(meeting_vote_dots(&m, 1, 2, 0), 0, "a refused number changes nothing");
	ok(meeting_vote_set(&m, 1, 2, &c) == MEETING_OK && c.previous == 4, "a smaller number takes dots off");
	is_int(meeting_vote_used(&m, 1, 0), 2, "Ana has used two");
	ok(meeting_vote_set(&m, 1, 0, &c) == MEETING_OK && meeting_vote_total(&m, 1, 1) == 0, "0 clears the item");
	ok(meeting_vote_set_dots(&m, 9), "a dot put on and taken off is no dot: the vote can still change");
	is_int(meeting_vote_set(&m, 1, -1, &c), MEETING_NOT_VOTE, "no negative dots");
	is_int(meeting_vote_set(&m, 99, 1, &c), MEETING_NOT_VOTE, "nor dots on an unknown item");
	meeting_vote_set(&m, 1, 5, &c);
	meeting_vote_set(&m, 3, 4, &c);
	is_int(meeting_vote_missing(&m, 1, &voters), 18, "Ana has placed all nine: 18 missing");
	is_int(voters, 2, "two people still have dots");
	ok(meeting_vote(&m, 2, 1, &c) == MEETING_NO_DOTS_LEFT, "+ agrees with the typed count");
	is_int(meeting_next(&m, 0, true), MEETING_OK, "moving on anyway");
	is_int(m.view, VIEW_RESULTS, "shows the results");
	meeting_finish(&m);

	/* Counted totals: the room's 27 dots, typed as numbers. */
	on_the_vote(&m, p, one_in_each, 2);
	ok(meeting_vote_set_counting(&m, true), "counted totals");
	ok(meeting_vote_set(&m, 1, 15, &c) == MEETING_OK && c.slot == 3 && c.member_id == 0,
	   "15 counted dots on one item (the cap is 5 per person present)");
	is_int(meeting_vote_set(&m, 3, 13, &c), MEETING_NO_DOTS_LEFT, "no more than the room's 27");
	is_int(meeting_vote_missing(&m, 1, &voters), 12, "12 counted dots not entered");
	is_int(voters, 1, "the count is one voter");
	is_int(meeting_next(&m, 0, false), MEETING_DOTS_MISSING, "counted: moving on asks too");
	meeting_vote_set(&m, 3, 12, &c);
	is_int(meeting_vote_missing(&m, 1, NULL), 0, "every dot entered");
	is_int(meeting_next(&m, 0, false), MEETING_OK, "then the results show without asking");
	meeting_finish(&m);

	/* Nothing to vote on: nothing is missing. */
	on_the_vote(&m, p, NULL, 0);
	is_int(meeting_vote_missing(&m, 1, NULL), 0, "no items: no dots missing");
	is_int(meeting_next(&m, 0, false), MEETING_OK, "and nothing to ask");
	meeting_finish(&m);
	protocol_destroy(p);
}

int main(void)
{
	test_time_state();
	test_vote_places();
	test_vote_typed();
	test_timer();
	test_entries();
	test_norms();
	test_actions();
	test_decisions();
	test_points();
	test_vote();
	struct protocol *p = load_assessment();
	test_named_assessment(p);
	test_incomplete_and_undo(p);
	test_blind(p);
	test_restore(p);
	protocol_destroy(p);
	return tap_done();
}
