/* meeting: the engine's state transitions: who is here, moving between
 * steps and dimensions, and ratings. Entries and their confirmations are in
 * meeting-entries.c. See meeting.h for the contract. */
#include "convene/checklist.h"
#include "convene/kinds.h"
#include "convene/meeting.h"
#include "convene/util.h"

#include <assert.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

bool meeting_is_here(const struct meeting *m, size_t slot)
{
	return slot < m->n_people && !m->people[slot].away;
}

size_t meeting_here_count(const struct meeting *m)
{
	size_t n = 0;
	for (size_t i = 0; i < m->n_people; i++)
		n += meeting_is_here(m, i);
	return n;
}

/* The groups present now, from who is here: a guest speaks for no group.
 * Every member's group is known (even one who left), so a confirmation
 * stored for it always has its bit. */
static void update_groups(struct meeting *m)
{
	for (size_t i = 0; i < m->n_people; i++) {
		const struct participant *p = &m->people[i];
		size_t k = 0;
		while (!p->guest && k < m->n_known && strcmp(m->known_groups[k], p->group) != 0)
			k++;
		if (!p->guest && k == m->n_known && m->n_known < MEETING_MAX_GROUPS)
			m->known_groups[m->n_known++] = p->group;
	}
	m->n_groups = 0;
	for (size_t k = 0; k < m->n_known; k++)
		for (size_t i = 0; i < m->n_people; i++) {
			const struct participant *p = &m->people[i];
			if (p->guest || p->away || strcmp(p->group, m->known_groups[k]) != 0)
				continue;
			m->group_bit[m->n_groups] = (unsigned char)k;
			m->groups[m->n_groups++] = m->known_groups[k];
			break;
		}
}

void meeting_init(struct meeting *m, const struct protocol *p, const struct participant *people,
		  size_t n_people, enum rating_mode mode, int64_t now_ms)
{
	memset(m, 0, sizeof *m);
	m->protocol = p;
	m->people = people;
	m->n_people = n_people;
	m->mode = mode;
	m->view = p->n_steps ? VIEW_STEP : VIEW_CLOSING;
	m->entered_ms = now_ms;
	m->groups = xcalloc(MEETING_MAX_GROUPS, sizeof *m->groups);
	update_groups(m);
	m->steps = xcalloc(p->n_steps, sizeof *m->steps);
	for (size_t s = 0; s < p->n_steps; s++) {
		m->steps[s].dots = p->steps[s].dots;
		m->steps[s].planned_ms = m->steps[s].agreed_ms = (int64_t)p->steps[s].minutes * 60000;
		size_t dims = step_rates(&p->steps[s]) ? p->steps[s].n_dimensions : 0;
		if (!dims)
			continue;
		struct step_state *st = &m->steps[s];
		st->values = xmalloc(dims * (n_people ? n_people : 1) * sizeof *st->values);
		for (size_t i = 0; i < dims * n_people; i++)
			st->values[i] = -1;
		st->order = xcalloc(dims * (n_people ? n_people : 1), sizeof *st->order);
		st->entered = xcalloc(dims, sizeof *st->entered);
	}
}

void meeting_finish(struct meeting *m)
{
	if (!m->steps)
		return;
	for (size_t s = 0; s < m->protocol->n_steps; s++) {
		free(m->steps[s].values);
		free(m->steps[s].order);
		free(m->steps[s].entered);
		for (size_t i = 0; i < m->steps[s].n_entries; i++)
			free(m->steps[s].entries[i].text);
		free(m->steps[s].entries);
		free(m->steps[s].tallies);
		for (size_t i = 0; i < m->steps[s].n_decisions; i++)
			decision_free(&m->steps[s].decisions[i]);
		free(m->steps[s].decisions);
		for (size_t i = 0; i < m->steps[s].n_actions; i++)
			free(m->steps[s].actions[i].text);
		free(m->steps[s].actions);
		free(m->steps[s].levels);
	}
	free(m->steps);
	m->steps = NULL;
	free(m->groups);
	m->groups = NULL;
}

const struct step *meeting_current_step(const struct meeting *m)
{
	return m->step < m->protocol->n_steps ? &m->protocol->steps[m->step] : NULL;
}

bool meeting_in_rating_entry(const struct meeting *m)
{
	const struct step *st = meeting_current_step(m);
	return st && step_rates(st) && m->view == VIEW_STEP;
}

static int *slot_value(const struct meeting *m, size_t step, size_t dim, size_t slot)
{
	return &m->steps[step].values[dim * m->n_people + slot];
}

static size_t *order_of(const struct meeting *m, size_t step, size_t dim)
{
	return &m->steps[step].order[dim * m->n_people];
}

/* The first place from `from` on (wrapping) of someone here, or from. */
static size_t next_here(const struct meeting *m, size_t from)
{
	for (size_t i = 0; i < m->n_people; i++) {
		size_t slot = (from + i) % m->n_people;
		if (meeting_is_here(m, slot))
			return slot;
	}
	return from;
}

/* Whose turn it is: the first one here without a rating from `from` on. */
static size_t first_unrated(const struct meeting *m, size_t from)
{
	for (size_t i = 0; i < m->n_people; i++) {
		size_t slot = (from + i) % m->n_people;
		if (meeting_is_here(m, slot) && *slot_value(m, m->step, m->dim, slot) < 0)
			return slot;
	}
	return next_here(m, from);
}

/* New places at the end: each rating step's values and entry order laid
 * out again for n places (values are kept by place), and the counted
 * totals of a vote, which sit one past the last place, moved along. */
static void grow_places(struct meeting *m, size_t old, size_t n)
{
	for (size_t s = 0; s < m->protocol->n_steps; s++) {
		struct step_state *st = &m->steps[s];
		for (size_t i = 0; i < st->n_tallies; i++)
			if (st->tallies[i].slot == old)
				st->tallies[i].slot = n;
		if (!st->values)
			continue;
		size_t dims = m->protocol->steps[s].n_dimensions;
		int *values = xmalloc(dims * n * sizeof *values);
		size_t *order = xcalloc(dims * n, sizeof *order);
		for (size_t d = 0; d < dims; d++) {
			for (size_t i = 0; i < n; i++)
				values[d * n + i] = i < old ? st->values[d * old + i] : -1;
			memcpy(&order[d * n], &st->order[d * old], st->entered[d] * sizeof *order);
		}
		free(st->values);
		free(st->order);
		st->values = values;
		st->order = order;
	}
}

void meeting_people_changed(struct meeting *m, const struct participant *people, size_t n_people)
{
	if (n_people > m->n_people)
		grow_places(m, m->n_people, n_people);
	m->people = people;
	m->n_people = n_people;
	/* The known groups' names are the people's: point at the new list. */
	for (size_t k = 0; k < m->n_known; k++)
		for (size_t i = 0; i < n_people; i++)
			if (!people[i].guest && strcmp(people[i].group, m->known_groups[k]) == 0) {
				m->known_groups[k] = people[i].group;
				break;
			}
	update_groups(m);
	if (!m->n_people)
		return;
	/* The turn passes over whoever left; in rating entry, whoever is here
	 * and has already rated passes it to one still to rate (a newcomer). */
	if (meeting_in_rating_entry(m) &&
	    (!meeting_is_here(m, m->cursor) || *slot_value(m, m->step, m->dim, m->cursor) >= 0))
		m->cursor = first_unrated(m, m->cursor);
	else if (!meeting_is_here(m, m->cursor))
		m->cursor = next_here(m, m->cursor);
}

size_t meeting_rated_here(const struct meeting *m, size_t step, size_t dim)
{
	if (m->mode == RATING_BLIND)
		return meeting_rated_count(m, step, dim);
	size_t n = 0;
	for (size_t i = 0; i < m->n_people; i++)
		n += meeting_is_here(m, i) && meeting_value(m, step, dim, i) >= 0;
	return n;
}

bool meeting_everyone_rated(const struct meeting *m, size_t step, size_t dim)
{
	/* Blind ratings belong to no one: enough of them for those here. */
	size_t here = meeting_here_count(m);
	return m->mode == RATING_BLIND ? meeting_rated_count(m, step, dim) >= here :
					 meeting_rated_here(m, step, dim) == here;
}

/* The first dimension from dim on (direction +1 or -1) that this step
 * rates; the dimension count when there is none. */
static size_t next_active(const struct meeting *m, size_t step, size_t dim, int direction)
{
	size_t n = m->protocol->steps[step].n_dimensions;
	for (; dim < n; dim += (size_t)(ptrdiff_t)direction)
		if (meeting_dimension_active(m, step, dim))
			return dim;
	return n;
}

/* Leaves the current step, charging it the time spent on it unless the
 * clock is stopped. */
static void leave_step(struct meeting *m, int64_t now_ms)
{
	if (!m->paused && m->step < m->protocol->n_steps && now_ms > m->entered_ms)
		m->steps[m->step].elapsed_ms += now_ms - m->entered_ms;
	m->entered_ms = now_ms;
}

/* A blind two-way placement is entered by pairs, both axes on the first
 * dimension's screen: there is no second to go through. */
static bool by_pairs(const struct meeting *m, const struct step *st)
{
	return st->kind == STEP_QUADRANTS && m->mode == RATING_BLIND;
}

static void enter_dimension(struct meeting *m, size_t dim)
{
	const struct step *st = meeting_current_step(m);
	m->dim = dim;
	m->cursor = st && step_rates(st) && m->n_people ? first_unrated(m, 0) : 0;
}

enum meeting_result meeting_next(struct meeting *m, int64_t now_ms, bool force)
{
	const struct step *st = meeting_current_step(m);
	if (!st)
		return MEETING_AT_END;
	if (m->view == VIEW_STEP && kind_of(st->kind)->one_screen) {
		/* A checklist's lists are entered whole, on one screen. */
		if (!force && !meeting_checklist_done(m, m->step))
			return MEETING_INCOMPLETE;
		m->view = VIEW_RESULTS;
		return MEETING_OK;
	}
	if (m->view == VIEW_STEP && step_rates(st)) {
		if (!force && !meeting_everyone_rated(m, m->step, m->dim))
			return MEETING_INCOMPLETE;
		size_t next = by_pairs(m, st) ? st->n_dimensions : next_active(m, m->step, m->dim + 1, 1);
		if (next < st->n_dimensions)
			enter_dimension(m, next);
		else
			m->view = VIEW_RESULTS;
		return MEETING_OK;
	}
	if (m->view == VIEW_STEP && st->kind == STEP_VOTE && !force &&
	    meeting_vote_missing(m, m->step, NULL) > 0)
		return MEETING_DOTS_MISSING;
	if (m->view == VIEW_STEP && kind_of(st->kind)->results_view) {
		m->view = VIEW_RESULTS;
		return MEETING_OK;
	}
	leave_step(m, now_ms);
	m->step++;
	if (m->step == m->protocol->n_steps) {
		m->view = VIEW_CLOSING;
		return MEETING_OK;
	}
	m->view = VIEW_STEP;
	enter_dimension(m, step_rates(meeting_current_step(m)) ? next_active(m, m->step, 0, 1) : 0);
	return MEETING_OK;
}

struct meeting_place meeting_place_of(const struct meeting *m)
{
	return (struct meeting_place){
		.step = m->step, .dim = m->dim, .cursor = m->cursor, .view = m->view,
		.entered_ms = m->entered_ms,
		.elapsed_ms = m->step < m->protocol->n_steps ? m->steps[m->step].elapsed_ms : 0,
	};
}

void meeting_place_restore(struct meeting *m, const struct meeting_place *p)
{
	m->step = p->step;
	m->dim = p->dim;
	m->cursor = p->cursor;
	m->view = p->view;
	m->entered_ms = p->entered_ms;
	if (p->step < m->protocol->n_steps)
		m->steps[p->step].elapsed_ms = p->elapsed_ms;
}

/* Shows step s as it looked when it was left going forward. */
static void show_step_end(struct meeting *m, size_t s)
{
	m->step = s;
	const struct step *st = &m->protocol->steps[s];
	if (step_rates(st)) {
		m->view = VIEW_RESULTS;
		m->dim = kind_of(st->kind)->one_screen || by_pairs(m, st) ?
				 0 :
				 next_active(m, s, st->n_dimensions - 1, -1);
	} else if (kind_of(st->kind)->results_view) {
		m->view = VIEW_RESULTS;
		m->dim = 0;
	} else {
		m->view = VIEW_STEP;
		m->dim = 0;
	}
}

enum meeting_result meeting_back(struct meeting *m, int64_t now_ms)
{
	if (m->view == VIEW_CLOSING) {
		if (m->protocol->n_steps == 0)
			return MEETING_AT_START;
		m->entered_ms = now_ms;
		show_step_end(m, m->protocol->n_steps - 1);
		return MEETING_OK;
	}
	if (m->view == VIEW_RESULTS) {
		m->view = VIEW_STEP;
		if (step_rates(meeting_current_step(m)))
			enter_dimension(m, m->dim);
		return MEETING_OK;
	}
	if (meeting_in_rating_entry(m) && m->dim > 0) {
		size_t prev = next_active(m, m->step, m->dim - 1, -1);
		if (prev < meeting_current_step(m)->n_dimensions) {
			enter_dimension(m, prev);
			return MEETING_OK;
		}
	}
	if (m->step == 0)
		return MEETING_AT_START;
	leave_step(m, now_ms);
	show_step_end(m, m->step - 1);
	return MEETING_OK;
}

/* Records slot as the latest entry of the current dimension. */
static void push_order(struct meeting *m, size_t step, size_t dim, size_t slot)
{
	size_t *order = order_of(m, step, dim);
	size_t *n = &m->steps[step].entered[dim];
	size_t i = 0;
	while (i < *n && order[i] != slot)
		i++;
	if (i < *n) {
		memmove(&order[i], &order[i + 1], (*n - i - 1) * sizeof *order);
		order[*n - 1] = slot;
		return;
	}
	order[(*n)++] = slot;
}

enum meeting_result meeting_rate(struct meeting *m, int value, struct rating_change *change)
{
	if (!meeting_in_rating_entry(m) || meeting_here_count(m) == 0)
		return MEETING_NOT_RATING;
	const struct step *st = meeting_current_step(m);
	if (value < st->scale.min || value > st->scale.max)
		return MEETING_OUT_OF_SCALE;
	size_t slot;
	if (m->mode == RATING_BLIND) {
		/* As many ratings as people here; one who left keeps theirs. */
		if (meeting_rated_count(m, m->step, m->dim) >= meeting_here_count(m))
			return MEETING_ALL_RATED;
		slot = 0;
		while (*slot_value(m, m->step, m->dim, slot) >= 0)
			slot++;
	} else {
		slot = m->cursor = next_here(m, m->cursor);
	}
	int previous = *slot_value(m, m->step, m->dim, slot);
	*slot_value(m, m->step, m->dim, slot) = value;
	push_order(m, m->step, m->dim, slot);
	*change = (struct rating_change){
		.step = m->step, .dim = m->dim, .slot = slot, .value = value,
		.previous = previous, .member_id = m->mode == RATING_NAMED ? m->people[slot].member_id : 0,
	};
	if (m->mode == RATING_NAMED)
		m->cursor = first_unrated(m, (slot + 1) % m->n_people);
	return MEETING_OK;
}

enum meeting_result meeting_undo(struct meeting *m, struct rating_change *change)
{
	if (!meeting_in_rating_entry(m))
		return MEETING_NOT_RATING;
	size_t *n = &m->steps[m->step].entered[m->dim];
	if (*n == 0)
		return MEETING_NOTHING_TO_UNDO;
	size_t slot = order_of(m, m->step, m->dim)[--*n];
	int previous = *slot_value(m, m->step, m->dim, slot);
	*slot_value(m, m->step, m->dim, slot) = -1;
	*change = (struct rating_change){
		.step = m->step, .dim = m->dim, .slot = slot, .value = -1, .previous = previous,
		.member_id = m->mode == RATING_NAMED ? m->people[slot].member_id : 0,
	};
	if (m->mode == RATING_NAMED)
		m->cursor = meeting_is_here(m, slot) ? slot : first_unrated(m, slot);
	return MEETING_OK;
}

void meeting_select(struct meeting *m, int delta)
{
	if (meeting_here_count(m) == 0)
		return;
	long n = (long)m->n_people, step = delta < 0 ? -1 : 1;
	/* Moves by delta people here, passing over those away. */
	for (int moved = 0; moved < abs(delta); moved++)
		do
			m->cursor = (size_t)((((long)m->cursor + step) % n + n) % n);
		while (!meeting_is_here(m, m->cursor));
}

size_t meeting_rated_count(const struct meeting *m, size_t step, size_t dim)
{
	assert(step < m->protocol->n_steps);
	return m->steps[step].entered ? m->steps[step].entered[dim] : 0;
}

int meeting_value(const struct meeting *m, size_t step, size_t dim, size_t slot)
{
	assert(slot < m->n_people);
	return m->steps[step].values ? *slot_value(m, step, dim, slot) : -1;
}

void meeting_dimension_stats(const struct meeting *m, size_t step, size_t dim,
			     struct rating_stats *out)
{
	const struct step *st = &m->protocol->steps[step];
	int *vals = xmalloc((m->n_people ? m->n_people : 1) * sizeof *vals);
	size_t n = 0;
	for (size_t i = 0; i < m->n_people; i++) {
		int v = meeting_value(m, step, dim, i);
		if (v >= 0)
			vals[n++] = v;
	}
	stats_compute(vals, n, st->scale.min, st->scale.max, out);
	free(vals);
}

struct rating_stats *meeting_step_stats(const struct meeting *m, size_t step)
{
	const struct step *st = &m->protocol->steps[step];
	struct rating_stats *s = xcalloc(st->n_dimensions, sizeof *s);
	for (size_t d = 0; d < st->n_dimensions; d++)
		meeting_dimension_stats(m, step, d, &s[d]);
	stats_mark_focus(s, st->n_dimensions);
	return s;
}

int64_t meeting_step_elapsed_ms(const struct meeting *m, size_t step, int64_t now_ms)
{
	int64_t t = m->steps[step].elapsed_ms;
	if (!m->paused && step == m->step && m->view != VIEW_CLOSING && now_ms > m->entered_ms)
		t += now_ms - m->entered_ms;
	return t;
}

bool meeting_restore_rating(struct meeting *m, size_t step, size_t dim, size_t slot, int value)
{
	if (step >= m->protocol->n_steps || !step_rates(&m->protocol->steps[step]) ||
	    dim >= m->protocol->steps[step].n_dimensions || slot >= m->n_people)
		return false;
	const struct step *st = &m->protocol->steps[step];
	if (value < st->scale.min || value > st->scale.max)
		return false;
	*slot_value(m, step, dim, slot) = value;
	push_order(m, step, dim, slot);
	return true;
}

bool meeting_restore_position(struct meeting *m, size_t step, size_t dim, enum meeting_view view,
			      int64_t now_ms)
{
	size_t n = m->protocol->n_steps;
	if (view == VIEW_CLOSING) {
		m->step = n;
		m->view = VIEW_CLOSING;
		return true;
	}
	if (step >= n)
		return false;
	const struct step *st = &m->protocol->steps[step];
	bool fits = step_rates(st) ? dim < st->n_dimensions :
		    dim == 0 && (view == VIEW_STEP || (view == VIEW_RESULTS && kind_of(st->kind)->results_view));
	if (!fits)
		return false;
	m->step = step;
	m->view = view;
	m->entered_ms = now_ms;
	enter_dimension(m, dim);
	return true;
}
