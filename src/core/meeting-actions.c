/* meeting-actions: the action items of an actions step. */
#include "convene/i18n.h"
#include "convene/meeting.h"
#include "convene/util.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

static const char *const status_names[ACTION_STATUS_COUNT] = {
	/* TRANSLATORS: an action item's status (una tarea: feminine). Stored in
	 * English; a screen shows it translated. */
	[ACTION_OPEN] = N_("open"),
	[ACTION_DONE] = N_("done"),
	[ACTION_CARRIED] = N_("carried"),
	[ACTION_DROPPED] = N_("dropped"),
};

const char *action_status_name(enum action_status s)
{
	return s < ACTION_STATUS_COUNT ? status_names[s] : "open";
}

bool action_status_parse(const char *name, enum action_status *out)
{
	for (int i = 0; i < ACTION_STATUS_COUNT; i++)
		if (name && strcmp(name, status_names[i]) == 0) {
			*out = (enum action_status)i;
			return true;
		}
	return false;
}

bool action_due_valid(const char *due)
{
	if (!due || !*due)
		return true;
	struct tm tm;
	memset(&tm, 0, sizeof tm);
	const char *end = strptime(due, "%Y-%m-%d", &tm);
	if (!end || *end || strlen(due) != 10)
		return false;
	/* strptime accepts 2026-02-31; a round trip through timegm does not. */
	int day = tm.tm_mday, mon = tm.tm_mon;
	tm.tm_hour = 12;
	time_t t = timegm(&tm);
	struct tm back;
	gmtime_r(&t, &back);
	return back.tm_mday == day && back.tm_mon == mon;
}

bool meeting_action_put(struct meeting *m, size_t step, size_t index, const struct action_item *a)
{
	if (step >= m->protocol->n_steps || m->protocol->steps[step].kind != STEP_ACTIONS ||
	    !action_due_valid(a->due) || !a->text || !*a->text)
		return false;
	struct step_state *st = &m->steps[step];
	if (index > st->n_actions)
		return false;
	/* Copied before anything is freed or moved: a may be a shallow copy of
	 * the item it replaces. */
	struct action_item copy = *a;
	copy.text = xstrdup(a->text);
	if (index == st->n_actions) {
		st->actions = xreallocarray(st->actions, st->n_actions + 1, sizeof *st->actions);
		st->n_actions++;
	} else {
		free(st->actions[index].text);
	}
	st->actions[index] = copy;
	return true;
}

bool meeting_action_delete(struct meeting *m, size_t step, size_t index)
{
	if (step >= m->protocol->n_steps || index >= m->steps[step].n_actions)
		return false;
	struct step_state *st = &m->steps[step];
	free(st->actions[index].text);
	memmove(&st->actions[index], &st->actions[index + 1],
		(st->n_actions - index - 1) * sizeof *st->actions);
	st->n_actions--;
	return true;
}
