/*
 * meeting-checklist: a checklist step in the engine. A list is entered
 * whole (every item ticked or not, then saved), so the step stays on its
 * first dimension while it is entered and goes to its results in one move
 * (meeting_next asks kind_of()->one_screen). See checklist.h.
 */
#include "convene/checklist.h"
#include "convene/i18n.h"
#include "convene/kinds.h"
#include "convene/util.h"

#include <stdlib.h>
#include <string.h>

const char *checklist_word(int value)
{
	/* Marked, not translated: the exports write it as data; a screen
	 * shows _(checklist_word(v)). */
	return value > 0 ? N_("applies") : N_("does not apply");
}

void checklist_order(const int *ticks, size_t n, size_t *order)
{
	/* An insertion sort keeps ties in the list's order; lists are short. */
	for (size_t i = 0; i < n; i++) {
		size_t j = i;
		while (j > 0 && ticks[order[j - 1]] < ticks[i]) {
			order[j] = order[j - 1];
			j--;
		}
		order[j] = i;
	}
}

bool meeting_checklist_room(const struct meeting *m, size_t step)
{
	return step < m->protocol->n_steps && m->protocol->steps[step].room_ticks;
}

bool meeting_checklist_has_list(const struct meeting *m, size_t step, size_t slot)
{
	const struct step *st = &m->protocol->steps[step];
	if (slot >= m->n_people || !m->steps[step].values)
		return false;
	for (size_t d = 0; d < st->n_dimensions; d++)
		if (meeting_value(m, step, d, slot) < 0)
			return false;
	return true;
}

size_t meeting_checklist_lists(const struct meeting *m, size_t step)
{
	const struct step *st = &m->protocol->steps[step];
	if (meeting_checklist_room(m, step))
		return meeting_checklist_has_list(m, step, 0);
	size_t n = 0;
	if (m->mode == RATING_BLIND) {
		for (size_t d = 0; d < st->n_dimensions; d++) {
			size_t in = meeting_rated_count(m, step, d);
			if (d == 0 || in < n)
				n = in;
		}
		return n;
	}
	for (size_t i = 0; i < m->n_people; i++)
		n += meeting_checklist_has_list(m, step, i);
	return n;
}

bool meeting_checklist_done(const struct meeting *m, size_t step)
{
	if (meeting_checklist_room(m, step))
		return meeting_checklist_has_list(m, step, 0);
	if (m->mode == RATING_BLIND)
		return meeting_checklist_lists(m, step) >= meeting_here_count(m);
	for (size_t i = 0; i < m->n_people; i++)
		if (meeting_is_here(m, i) && !meeting_checklist_has_list(m, step, i))
			return false;
	return true;
}

int meeting_checklist_ticks(const struct meeting *m, size_t step, size_t item)
{
	int n = 0;
	for (size_t i = 0; i < m->n_people; i++)
		n += meeting_value(m, step, item, i) == 1;
	return n;
}

size_t *meeting_checklist_order(const struct meeting *m, size_t step)
{
	size_t n = m->protocol->steps[step].n_dimensions;
	int *ticks = xcalloc(n ? n : 1, sizeof *ticks);
	size_t *order = xcalloc(n ? n : 1, sizeof *order);
	for (size_t i = 0; i < n; i++)
		ticks[i] = meeting_checklist_ticks(m, step, i);
	checklist_order(ticks, n, order);
	free(ticks);
	return order;
}

/* The next place here without a list, from `from` on; from when none. */
static size_t next_without_list(const struct meeting *m, size_t from)
{
	for (size_t i = 0; i < m->n_people; i++) {
		size_t slot = (from + i) % m->n_people;
		if (meeting_is_here(m, slot) && !meeting_checklist_has_list(m, m->step, slot))
			return slot;
	}
	return from;
}

/* Sets item d of place slot to value (-1: none), keeping the order of
 * entry: a place set comes in last. */
static void set_value(struct meeting *m, size_t step, size_t d, size_t slot, int value)
{
	struct step_state *ss = &m->steps[step];
	size_t *order = &ss->order[d * m->n_people], *n = &ss->entered[d];
	size_t i = 0;
	while (i < *n && order[i] != slot)
		i++;
	if (i < *n) {
		memmove(&order[i], &order[i + 1], (*n - i - 1) * sizeof *order);
		(*n)--;
	}
	ss->values[d * m->n_people + slot] = value;
	if (value >= 0)
		order[(*n)++] = slot;
}

/* Sets every item of the list at slot to its tick, or (ticks NULL) takes
 * the list back, filling changes. */
static void set_list(struct meeting *m, size_t slot, const bool *ticks,
		     struct rating_change *changes)
{
	const struct step *st = meeting_current_step(m);
	for (size_t d = 0; d < st->n_dimensions; d++) {
		int previous = meeting_value(m, m->step, d, slot);
		int value = ticks ? ticks[d] : -1;
		set_value(m, m->step, d, slot, value);
		changes[d] = (struct rating_change){
			.step = m->step, .dim = d, .slot = slot, .value = value, .previous = previous,
			.member_id = st->room_ticks ? 0 : m->people[slot].member_id,
		};
	}
}

void meeting_checklist_revert(struct meeting *m, const struct rating_change *changes,
			      size_t cursor)
{
	const struct step *st = meeting_current_step(m);
	for (size_t d = 0; st && d < st->n_dimensions; d++)
		set_value(m, changes[d].step, changes[d].dim, changes[d].slot, changes[d].previous);
	m->cursor = cursor;
}

enum meeting_result meeting_checklist_put(struct meeting *m, const bool *ticks,
					  struct rating_change *changes)
{
	const struct step *st = meeting_current_step(m);
	if (!st || !kind_of(st->kind)->one_screen || m->view != VIEW_STEP || m->n_people == 0 ||
	    (m->mode == RATING_BLIND && !st->room_ticks) || meeting_here_count(m) == 0)
		return MEETING_NOT_RATING;
	size_t slot = st->room_ticks ? 0 : m->cursor;
	if (!st->room_ticks && !meeting_is_here(m, slot))
		return MEETING_NOT_RATING;
	set_list(m, slot, ticks, changes);
	if (!st->room_ticks)
		m->cursor = next_without_list(m, (slot + 1) % m->n_people);
	return MEETING_OK;
}

enum meeting_result meeting_checklist_undo(struct meeting *m, struct rating_change *changes)
{
	const struct step *st = meeting_current_step(m);
	if (!st || !kind_of(st->kind)->one_screen || m->view != VIEW_STEP ||
	    (m->mode == RATING_BLIND && !st->room_ticks))
		return MEETING_NOT_RATING;
	/* The list put last is the last place entered on its first item. */
	size_t n = m->steps[m->step].entered[0];
	if (n == 0)
		return MEETING_NOTHING_TO_UNDO;
	size_t slot = m->steps[m->step].order[n - 1];
	set_list(m, slot, NULL, changes);
	if (!st->room_ticks)
		m->cursor = slot;
	return MEETING_OK;
}
