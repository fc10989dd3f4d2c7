/*
 * meeting-vote: dot voting over the items of an earlier step. Each person
 * places their dots one at a time (or, after a vote on paper, the counted
 * totals are entered), within the caps the protocol sets per item and per
 * box; the ranking marks the top items for follow-up.
 */
#include "convene/i18n.h"
#include "convene/kinds.h"
#include "convene/meeting.h"
#include "convene/util.h"

#include <stdlib.h>
#include <string.h>

#define DEFAULT_TOP 3

static struct step_state *vote_state(struct meeting *m)
{
	const struct step *st = meeting_current_step(m);
	return st && st->kind == STEP_VOTE && m->view == VIEW_STEP ? &m->steps[m->step] : NULL;
}

static const struct entry *find_item(const struct meeting *m, size_t step, int64_t item_id)
{
	const struct step_state *src = &m->steps[meeting_entries_step(m, step)];
	for (size_t i = 0; i < src->n_entries; i++)
		if (src->entries[i].id == item_id)
			return &src->entries[i];
	return NULL;
}

static struct tally *find_tally(const struct meeting *m, size_t step, int64_t item_id, size_t slot)
{
	const struct step_state *v = &m->steps[step];
	for (size_t i = 0; i < v->n_tallies; i++)
		if (v->tallies[i].item_id == item_id && v->tallies[i].slot == slot)
			return &v->tallies[i];
	return NULL;
}

int meeting_vote_dots(const struct meeting *m, size_t step, int64_t item_id, size_t slot)
{
	const struct tally *t = find_tally(m, step, item_id, slot);
	return t ? t->dots : 0;
}

int meeting_vote_total(const struct meeting *m, size_t step, int64_t item_id)
{
	const struct step_state *v = &m->steps[step];
	int n = 0;
	for (size_t i = 0; i < v->n_tallies; i++)
		if (v->tallies[i].item_id == item_id)
			n += v->tallies[i].dots;
	return n;
}

int meeting_vote_used(const struct meeting *m, size_t step, size_t slot)
{
	const struct step_state *v = &m->steps[step];
	int n = 0;
	for (size_t i = 0; i < v->n_tallies; i++)
		if (v->tallies[i].slot == slot)
			n += v->tallies[i].dots;
	return n;
}

/* The caps scale with the room when totals are counted. */
static int scaled(const struct meeting *m, size_t slot, int per_person)
{
	return slot == m->n_people ? per_person * (int)meeting_here_count(m) : per_person;
}

int meeting_vote_budget(const struct meeting *m, size_t step, size_t slot)
{
	return scaled(m, slot, m->steps[step].dots);
}

/* Dots the slot has placed on the items of one group. */
static int used_in_group(const struct meeting *m, size_t step, size_t slot, size_t group)
{
	const struct step_state *v = &m->steps[step];
	int n = 0;
	for (size_t i = 0; i < v->n_tallies; i++) {
		const struct entry *e = find_item(m, step, v->tallies[i].item_id);
		if (v->tallies[i].slot == slot && e && e->group == group)
			n += v->tallies[i].dots;
	}
	return n;
}

/* Whether the slot may hold n dots on the item instead of now: taking dots
 * off always may; putting more on stays within the dots left and the caps. */
static enum meeting_result vote_allowed(const struct meeting *m, const struct entry *item,
					size_t slot, int now, int n)
{
	const struct step *st = meeting_current_step(m);
	if (n <= now)
		return MEETING_OK;
	if (meeting_vote_used(m, m->step, slot) - now + n > meeting_vote_budget(m, m->step, slot))
		return MEETING_NO_DOTS_LEFT;
	if (st->max_per_item && n > scaled(m, slot, st->max_per_item))
		return MEETING_ITEM_CAP;
	if (st->max_per_box &&
	    used_in_group(m, m->step, slot, item->group) - now + n > scaled(m, slot, st->max_per_box))
		return MEETING_BOX_CAP;
	return MEETING_OK;
}

enum meeting_result meeting_vote_set(struct meeting *m, int64_t item_id, int dots,
				     struct vote_change *change)
{
	struct step_state *v = vote_state(m);
	if (!v)
		return MEETING_NOT_VOTE;
	const struct entry *item = find_item(m, m->step, item_id);
	if (!item || dots < 0 || (!v->counting && m->n_people == 0))
		return MEETING_NOT_VOTE;
	size_t slot = v->counting ? m->n_people : m->cursor;
	if (!v->counting && !meeting_is_here(m, m->cursor))
		return MEETING_NOT_VOTE;
	int now = meeting_vote_dots(m, m->step, item_id, slot);
	enum meeting_result res = vote_allowed(m, item, slot, now, dots);
	if (res != MEETING_OK)
		return res;
	struct tally *t = find_tally(m, m->step, item_id, slot);
	if (!t) {
		v->tallies = xreallocarray(v->tallies, v->n_tallies + 1, sizeof *v->tallies);
		t = &v->tallies[v->n_tallies++];
		*t = (struct tally){ item_id, slot, 0 };
	}
	t->dots = dots;
	*change = (struct vote_change){
		.item_id = item_id, .slot = slot, .dots = dots, .previous = now,
		.member_id = slot < m->n_people ? m->people[slot].member_id : 0,
	};
	return MEETING_OK;
}

enum meeting_result meeting_vote(struct meeting *m, int64_t item_id, int delta,
				 struct vote_change *change)
{
	struct step_state *v = vote_state(m);
	if (!v || (delta != 1 && delta != -1))
		return MEETING_NOT_VOTE;
	size_t slot = v->counting ? m->n_people : m->cursor;
	int now = meeting_vote_dots(m, m->step, item_id, slot);
	if (delta < 0 && now == 0 && find_item(m, m->step, item_id))
		return MEETING_NOTHING_TO_UNDO;
	return meeting_vote_set(m, item_id, now + delta, change);
}

int meeting_vote_missing(const struct meeting *m, size_t step, size_t *voters)
{
	const struct step_state *v = &m->steps[step];
	size_t who = 0;
	int missing = 0;
	/* With nothing to vote on, no dot can be missing. */
	bool items = m->steps[meeting_entries_step(m, step)].n_entries > 0;
	size_t first = v->counting ? m->n_people : 0, last = v->counting ? m->n_people + 1 : m->n_people;
	for (size_t slot = first; items && slot < last; slot++) {
		int left = meeting_vote_budget(m, step, slot) - meeting_vote_used(m, step, slot);
		if (left > 0) {
			missing += left;
			who++;
		}
	}
	if (voters)
		*voters = who;
	return missing;
}

/* A dot put on and taken off again leaves its tally at zero: that is no
 * dot placed. */
static bool no_dots_placed(const struct meeting *m)
{
	const struct step_state *v = &m->steps[m->step];
	for (size_t i = 0; i < v->n_tallies; i++)
		if (v->tallies[i].dots != 0)
			return false;
	return true;
}

bool meeting_vote_set_dots(struct meeting *m, int dots)
{
	struct step_state *v = vote_state(m);
	if (!v || dots < 1 || dots > 20 || !no_dots_placed(m))
		return false;
	v->dots = dots;
	return true;
}

bool meeting_vote_set_counting(struct meeting *m, bool counting)
{
	struct step_state *v = vote_state(m);
	if (!v || !no_dots_placed(m))
		return false;
	v->counting = counting;
	return true;
}

static const struct meeting *ranking_meeting;
static size_t ranking_step;

static int by_dots(const void *a, const void *b)
{
	const struct step_state *src =
		&ranking_meeting->steps[meeting_entries_step(ranking_meeting, ranking_step)];
	size_t x = *(const size_t *)a, y = *(const size_t *)b;
	int dx = meeting_vote_total(ranking_meeting, ranking_step, src->entries[x].id);
	int dy = meeting_vote_total(ranking_meeting, ranking_step, src->entries[y].id);
	if (dx != dy)
		return dx > dy ? -1 : 1;
	return (x > y) - (x < y);
}

size_t meeting_vote_ranking(const struct meeting *m, size_t step, size_t **order)
{
	const struct step_state *src = &m->steps[meeting_entries_step(m, step)];
	*order = xmalloc((src->n_entries ? src->n_entries : 1) * sizeof **order);
	for (size_t i = 0; i < src->n_entries; i++)
		(*order)[i] = i;
	ranking_meeting = m;
	ranking_step = step;
	if (src->n_entries > 1)
		qsort(*order, src->n_entries, sizeof **order, by_dots);
	return src->n_entries;
}

size_t meeting_vote_top(const struct meeting *m, size_t step)
{
	int top = m->protocol->steps[step].top;
	return top > 0 ? (size_t)top : DEFAULT_TOP;
}

int meeting_vote_before(const struct meeting *m, size_t step)
{
	for (size_t s = step; s-- > 0;)
		if (step_holds(&m->protocol->steps[s], HOLDS_VOTES))
			return (int)s;
	return -1;
}

void vote_places(const int *dots, size_t n, size_t top, struct vote_place *out)
{
	for (size_t i = 0; i < n; i++) {
		bool as_before = i > 0 && dots[i - 1] == dots[i];
		out[i].place = as_before ? out[i - 1].place : i + 1;
		out[i].tied = as_before || (i + 1 < n && dots[i + 1] == dots[i]);
		out[i].top = dots[i] > 0 && out[i].place <= top;
	}
}

char *vote_cut_words(const struct vote_place *p, size_t n, size_t top)
{
	size_t marked = 0;
	for (size_t i = 0; i < n; i++)
		marked += p[i].top;
	if (marked <= top)
		return NULL;
	return xasprintf(_("Tie at the cut: %zu items for the top %zu, all marked for follow-up."),
			 marked, top);
}

struct vote_place *meeting_vote_places(const struct meeting *m, size_t step, const size_t *order,
				       size_t n)
{
	const struct step_state *src = &m->steps[meeting_entries_step(m, step)];
	int *dots = xmalloc((n ? n : 1) * sizeof *dots);
	struct vote_place *out = xmalloc((n ? n : 1) * sizeof *out);
	for (size_t i = 0; i < n; i++)
		dots[i] = meeting_vote_total(m, step, src->entries[order[i]].id);
	vote_places(dots, n, meeting_vote_top(m, step), out);
	free(dots);
	return out;
}

bool meeting_restore_tally(struct meeting *m, size_t step, int64_t item_id, size_t slot, int dots)
{
	if (step >= m->protocol->n_steps || m->protocol->steps[step].kind != STEP_VOTE ||
	    slot > m->n_people || dots <= 0 || !find_item(m, step, item_id))
		return false;
	struct step_state *v = &m->steps[step];
	struct tally *t = find_tally(m, step, item_id, slot);
	if (!t) {
		v->tallies = xreallocarray(v->tallies, v->n_tallies + 1, sizeof *v->tallies);
		t = &v->tallies[v->n_tallies++];
		*t = (struct tally){ item_id, slot, 0 };
	}
	t->dots = dots;
	v->counting = slot == m->n_people;
	return true;
}
