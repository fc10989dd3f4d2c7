/* meeting-levels: a levels step's engine state: per dimension of the step
 * it names (its components), the level the team agrees it is at and its
 * target with a date, and the check a record must pass to be kept. */
#include "convene/i18n.h"
#include "convene/meeting.h"
#include "convene/util.h"

#include <string.h>

const struct step *meeting_levels_source(const struct meeting *m, size_t step)
{
	if (step >= m->protocol->n_steps)
		return NULL;
	const struct step *st = &m->protocol->steps[step];
	if (st->kind != STEP_LEVELS || st->levels_step < 0 ||
	    (size_t)st->levels_step >= m->protocol->n_steps)
		return NULL;
	return &m->protocol->steps[st->levels_step];
}

size_t meeting_levels_count(const struct meeting *m, size_t step)
{
	const struct step *src = meeting_levels_source(m, step);
	return src ? src->n_dimensions : 0;
}

struct agreed_level meeting_level(const struct meeting *m, size_t step, size_t comp)
{
	if (comp < meeting_levels_count(m, step) && comp < m->steps[step].n_levels)
		return m->steps[step].levels[comp];
	return (struct agreed_level){ .level = -1, .target = -1 };
}

bool meeting_level_put(struct meeting *m, size_t step, size_t comp, const struct agreed_level *l)
{
	size_t n = meeting_levels_count(m, step);
	if (comp >= n)
		return false;
	struct step_state *ss = &m->steps[step];
	if (!ss->levels) {
		/* Made on the first record, so a step never set costs nothing. */
		ss->levels = xcalloc(n, sizeof *ss->levels);
		ss->n_levels = n;
		for (size_t i = 0; i < n; i++)
			ss->levels[i] = (struct agreed_level){ .level = -1, .target = -1 };
	}
	ss->levels[comp] = *l;
	if (l->target < 0)
		ss->levels[comp].date[0] = '\0';
	return true;
}

bool agreed_level_empty(const struct agreed_level *l)
{
	return l->level < 0 && l->target < 0 && !l->date[0];
}

const char *agreed_level_problem(const struct scale *sc, const struct agreed_level *l,
				 const char *today)
{
	if (agreed_level_empty(l))
		return NULL;
	if ((l->level >= 0 && (l->level < sc->min || l->level > sc->max)) ||
	    (l->target >= 0 && (l->target < sc->min || l->target > sc->max)))
		return _("a level and a target are points of the step's scale");
	if (l->target < 0 && l->date[0])
		return _("a date belongs to a target: set the target too");
	if (l->target >= 0 && !l->date[0])
		return _("a target needs the date to reach it by, written YYYY-MM-DD");
	if (l->target >= 0 && (!action_due_valid(l->date) || strlen(l->date) != 10))
		return _("the target's date is written YYYY-MM-DD, like 2027-06-30, and must be a real date");
	if (l->target >= 0 && today && strcmp(l->date, today) <= 0)
		return _("the target's date must be after today");
	return NULL;
}
