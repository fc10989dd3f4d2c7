/* meeting-entries: the entries a step captures (answers, box items,
 * talking points) in their groups, quiet writing before them, and the
 * groups' confirmations of a talking point. */
#include "convene/kinds.h"
#include "convene/meeting.h"
#include "convene/util.h"

#include <stdlib.h>
#include <string.h>

size_t meeting_entries_step(const struct meeting *m, size_t step)
{
	const struct step *st = &m->protocol->steps[step];
	return st->from >= 0 ? (size_t)st->from : step;
}

size_t meeting_group_count(const struct meeting *m, size_t step)
{
	const struct step *st = &m->protocol->steps[meeting_entries_step(m, step)];
	const struct kind_def *k = kind_of(st->kind);
	return k->groups ? k->groups(st) : 0;
}

const char *meeting_group_title(const struct meeting *m, size_t step, size_t group)
{
	const struct step *st = &m->protocol->steps[meeting_entries_step(m, step)];
	const struct kind_def *k = kind_of(st->kind);
	return k->group_title && group < meeting_group_count(m, step) ? k->group_title(st, group) : "";
}

bool meeting_entry_add(struct meeting *m, size_t step, size_t group, int64_t id, const char *text)
{
	if (step >= m->protocol->n_steps || group >= meeting_group_count(m, step))
		return false;
	step = meeting_entries_step(m, step);
	struct step_state *st = &m->steps[step];
	st->entries = xreallocarray(st->entries, st->n_entries + 1, sizeof *st->entries);
	st->entries[st->n_entries++] =
		(struct entry){ .id = id, .group = group, .text = xstrdup(text) };
	return true;
}

static struct entry *entry_at(struct meeting *m, size_t step, size_t index)
{
	if (step >= m->protocol->n_steps)
		return NULL;
	step = meeting_entries_step(m, step);
	if (index >= m->steps[step].n_entries)
		return NULL;
	return &m->steps[step].entries[index];
}

bool meeting_entry_edit(struct meeting *m, size_t step, size_t index, const char *text)
{
	struct entry *e = entry_at(m, step, index);
	if (!e)
		return false;
	free(e->text);
	e->text = xstrdup(text);
	e->agreed = 0; /* the groups agreed to the old wording, not this one */
	return true;
}

bool meeting_entry_move(struct meeting *m, size_t step, size_t index, size_t group)
{
	struct entry *e = entry_at(m, step, index);
	if (!e || group >= meeting_group_count(m, step))
		return false;
	e->group = group;
	return true;
}

bool meeting_entry_delete(struct meeting *m, size_t step, size_t index)
{
	struct entry *e = entry_at(m, step, index);
	if (!e)
		return false;
	struct step_state *st = &m->steps[meeting_entries_step(m, step)];
	/* Dots on a deleted item go with it, as the store's cascade does. */
	for (size_t s = 0; s < m->protocol->n_steps; s++) {
		struct step_state *v = &m->steps[s];
		size_t kept = 0;
		for (size_t i = 0; i < v->n_tallies; i++)
			if (v->tallies[i].item_id != e->id)
				v->tallies[kept++] = v->tallies[i];
		v->n_tallies = kept;
	}
	free(e->text);
	memmove(e, e + 1, (st->n_entries - index - 1) * sizeof *e);
	st->n_entries--;
	return true;
}

bool meeting_in_silence(const struct meeting *m)
{
	const struct step *st = meeting_current_step(m);
	return st && m->view == VIEW_STEP && kind_of(st->kind)->quiet_writing &&
	       st->silent_minutes > 0 &&
	       !m->steps[m->step].silence_over;
}

int64_t meeting_silence_left_ms(const struct meeting *m, int64_t now_ms)
{
	const struct step *st = meeting_current_step(m);
	if (!st)
		return 0;
	return (int64_t)st->silent_minutes * 60000 - meeting_step_elapsed_ms(m, m->step, now_ms);
}

void meeting_end_silence(struct meeting *m)
{
	if (m->step < m->protocol->n_steps)
		m->steps[m->step].silence_over = true;
}

bool meeting_group_index(const struct meeting *m, const char *name, size_t *group)
{
	for (size_t g = 0; g < m->n_groups; g++)
		if (strcmp(m->groups[g], name) == 0) {
			*group = g;
			return true;
		}
	return false;
}

bool meeting_confirm(struct meeting *m, size_t step, size_t index, size_t group, bool confirmed)
{
	struct entry *e = entry_at(m, step, index);
	if (!e || group >= m->n_groups ||
	    !step_holds(&m->protocol->steps[meeting_entries_step(m, step)], HOLDS_POINTS))
		return false;
	if (confirmed)
		e->agreed |= 1u << m->group_bit[group];
	else
		e->agreed &= ~(1u << m->group_bit[group]);
	return true;
}

bool meeting_restore_confirmation(struct meeting *m, size_t step, size_t index, const char *group)
{
	struct entry *e = entry_at(m, step, index);
	for (size_t k = 0; e && k < m->n_known; k++)
		if (strcmp(m->known_groups[k], group) == 0) {
			e->agreed |= 1u << k;
			return true;
		}
	return false;
}

bool meeting_agreed(const struct meeting *m, size_t step, size_t index)
{
	step = meeting_entries_step(m, step);
	if (index >= m->steps[step].n_entries || m->n_groups == 0)
		return false;
	unsigned all = 0;
	for (size_t g = 0; g < m->n_groups; g++)
		all |= 1u << m->group_bit[g];
	return (m->steps[step].entries[index].agreed & all) == all;
}

bool meeting_confirmed_by(const struct meeting *m, size_t step, size_t index, size_t group)
{
	step = meeting_entries_step(m, step);
	return index < m->steps[step].n_entries && group < m->n_groups &&
	       ((m->steps[step].entries[index].agreed >> m->group_bit[group]) & 1);
}

size_t meeting_to_confirm(const struct meeting *m, size_t step, size_t index)
{
	size_t n = 0;
	for (size_t g = 0; g < m->n_groups; g++)
		n += !meeting_confirmed_by(m, step, index, g);
	return n;
}
