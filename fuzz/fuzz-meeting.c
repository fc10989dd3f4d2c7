/* fuzz-meeting: bytes as a script of what a facilitator can do, played on
 * the pure meeting engine over a shipped protocol: next, back, time passing,
 * ratings (in and out of range), undo, entries added, edited, moved and
 * deleted, dots, talking point confirmations, decisions, action items,
 * norms picked, pauses, breaks. After every event the invariants the
 * screens and the store rely on are checked. */
#include "source-root.h"
#include "convene/catalog.h"
#include "convene/meeting.h"
#include "convene/util.h"
#include "fuzz.h"

#include <string.h>

static struct catalog catalog;

static const struct participant people[] = {
	{ 1, "Ana", "District", false, false },          { 2, "Ben", "Teachers union", false, false },
	{ 3, "Cy", "Classified union", false, false },   { 4, "Dee", "District", false, false },
	{ 5, "Eve", "Teachers union", false, false },    { 6, "Flo", "Classified union", false, false },
	{ 7, "Gus", "District", false, false },          { 8, "Hal", "Teachers union", false, false },
};

static void check_invariants(const struct meeting *m, int64_t now)
{
	const struct protocol *p = m->protocol;
	FUZZ_CHECK(m->view == VIEW_STEP || m->view == VIEW_RESULTS || m->view == VIEW_CLOSING);
	/* Closing, the meeting stands one past its last step. */
	FUZZ_CHECK(m->view == VIEW_CLOSING ? m->step <= p->n_steps : m->step < p->n_steps);
	const struct step *cur = m->step < p->n_steps ? &p->steps[m->step] : NULL;
	FUZZ_CHECK(!cur || !step_rates(cur) || m->dim < cur->n_dimensions);
	FUZZ_CHECK(m->n_people == 0 || m->cursor < m->n_people);
	for (size_t s = 0; s < p->n_steps; s++) {
		const struct step *st = &p->steps[s];
		if (step_rates(st))
			for (size_t d = 0; d < st->n_dimensions; d++) {
				FUZZ_CHECK(meeting_rated_count(m, s, d) <= m->n_people);
				for (size_t slot = 0; slot < m->n_people; slot++) {
					int v = meeting_value(m, s, d, slot);
					FUZZ_CHECK(v == -1 || (v >= st->scale.min && v <= st->scale.max));
				}
			}
		if (st->kind == STEP_VOTE) {
			size_t slots = m->steps[s].counting ? m->n_people + 1 : m->n_people;
			for (size_t slot = 0; slot < slots; slot++)
				FUZZ_CHECK(meeting_vote_used(m, s, slot) >= 0 &&
					   meeting_vote_used(m, s, slot) <= meeting_vote_budget(m, s, slot));
		}
		FUZZ_CHECK(m->steps[s].elapsed_ms >= 0 && m->steps[s].planned_ms >= 0);
		for (size_t i = 0; i < m->steps[s].n_actions; i++)
			FUZZ_CHECK(action_due_valid(m->steps[s].actions[i].due));
	}
	struct step_timer t;
	meeting_timer(m, now, &t);
	FUZZ_CHECK(t.elapsed_ms >= 0 && t.planned_ms >= 0 && t.left_ms == t.planned_ms - t.elapsed_ms);
	FUZZ_CHECK(t.overtime == (t.planned_ms > 0 && t.left_ms < 0)); /* untimed: never over */
	struct meeting_clock c;
	meeting_clock(m, now, &c);
	FUZZ_CHECK(c.used_ms >= 0 && c.breaks_ms >= 0 && c.planned_ms >= 0);
}

/* An entry step to work on: the current one, or another chosen by b. */
static size_t pick_step(const struct meeting *m, uint8_t b)
{
	return b & 0x80 ? (size_t)(b & 0x7f) % m->protocol->n_steps : m->step;
}

static void play(struct meeting *m, uint8_t op, uint8_t a, uint8_t b, int64_t *now, int64_t *ids)
{
	size_t step = pick_step(m, b);
	struct rating_change rc;
	struct vote_change vc;
	switch (op % 24) {
	case 0: meeting_next(m, *now, a & 1); break;
	case 1: meeting_back(m, *now); break;
	case 2: *now += (int64_t)a * 1000 + b; break;
	case 3: meeting_rate(m, a % 12 - 2, &rc); break;
	case 4: meeting_undo(m, &rc); break;
	case 5: meeting_select(m, a % 3 - 1); break;
	case 6: meeting_entry_add(m, step, a % 4, ++*ids, "An item"); break;
	case 7: meeting_entry_edit(m, step, a % 8, a & 1 ? "Edited" : ""); break;
	case 8: meeting_entry_move(m, step, a % 8, (size_t)(b % 4)); break;
	case 9: meeting_entry_delete(m, step, a % 8); break;
	case 10: meeting_vote(m, a % (*ids + 2), b & 1 ? 1 : -1, &vc); break;
	case 11: meeting_vote_set_dots(m, a % 7 - 1); break;
	case 12: meeting_vote_set_counting(m, a & 1); break;
	case 13: meeting_confirm(m, step, a % 8, b % 4, a & 1); break;
	case 14: {
		char topic[] = "Topic", text[] = "Decided", reasons[] = "";
		struct decision d = { .id = ++*ids, .topic = topic, .point = a % 9 - 1, .text = text,
				      .reasons = reasons, .status = b % DECISION_STATUS_COUNT };
		for (int i = 0; i < FIST_POINTS; i++)
			d.fist[i] = (a >> i) & 3;
		d.fist_taken = b & 1;
		meeting_decision_put(m, step, b % 3, &d);
		break;
	}
	case 15: meeting_decision_delete(m, step, a % 3); break;
	case 16: {
		static const char *const dues[] = { "", "2026-02-28", "2026-02-31", "tomorrow",
						    "2026-13-01" };
		char text[] = "Do it";
		struct action_item x = { .id = ++*ids, .text = a & 1 ? text : text + 5,
					 .owner = b % 3, .status = a % ACTION_STATUS_COUNT };
		strcpy(x.due, dues[b % 5]);
		meeting_action_put(m, step, a % 3, &x);
		break;
	}
	case 17: meeting_action_delete(m, step, a % 3); break;
	case 18: meeting_norm_focus(m, a % 9, b & 1); break;
	case 19: a & 1 ? meeting_pause(m, *now) : meeting_resume(m, *now); break;
	case 20: meeting_extend(m, ((int64_t)a - 128) * 60000); break;
	case 21:
		if (a & 1)
			meeting_break_start(m, *now, (int64_t)b * 60000);
		else
			meeting_break_end(m, *now);
		break;
	case 22: meeting_end_silence(m); break;
	case 23: meeting_restore_rating(m, step, a % 8, b % 10, a % 9 - 1); break;
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!catalog.n) {
		char *dirs[] = { (char *)CONVENE_SOURCE_PROTOCOLS, NULL };
		catalog_load(&catalog, dirs);
		FUZZ_CHECK(catalog.n > 0);
	}
	if (size < 3)
		return 0;
	const struct protocol *p = catalog.protocols[data[0] % catalog.n];
	size_t n = (size_t)(data[1] % ARRAY_LEN(people)) + 1;
	struct meeting m;
	int64_t now = 1000, ids = 0;
	meeting_init(&m, p, people, n, data[2] & 1 ? RATING_BLIND : RATING_NAMED, now);
	check_invariants(&m, now);
	for (size_t i = 3; i + 3 <= size; i += 3) {
		play(&m, data[i], data[i + 1], data[i + 2], &now, &ids);
		check_invariants(&m, now);
	}
	meeting_finish(&m);
	return 0;
}
