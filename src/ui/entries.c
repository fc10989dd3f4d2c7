/* entries: key handling for capturing answers and items. */
#include "convene/kinds.h"
#include "entries.h"
#include "draw.h"
#include "convene/text.h"
#include "convene/util.h"
#include "convene/i18n.h"

#include <stdlib.h>
#include <string.h>

static struct entries_view *pending_delete; /* for the confirmation */
static struct entries_view *pending_change; /* for the question after a conflict */

void entries_reset(struct entries_view *v)
{
	v->group = 0;
	v->sel = NO_ENTRY;
	v->editing = EDIT_NONE;
	field_clear(&v->field);
}

bool entries_typing(const struct entries_view *v)
{
	return v->editing != EDIT_NONE;
}

const struct step_state *entries_state(const struct app *a)
{
	const struct meeting *m = &a->session.engine;
	return &m->steps[meeting_entries_step(m, m->step)];
}

static const struct step_state *state(const struct app *a)
{
	return entries_state(a);
}

size_t entries_order(const struct app *a, size_t **out)
{
	const struct step_state *ss = state(a);
	size_t groups = meeting_group_count(&a->session.engine, a->session.engine.step);
	size_t n = 0;
	*out = xmalloc((ss->n_entries ? ss->n_entries : 1) * sizeof **out);
	for (size_t g = 0; g < groups; g++)
		for (size_t i = 0; i < ss->n_entries; i++)
			if (ss->entries[i].group == g)
				(*out)[n++] = i;
	return n;
}

/* Moves the selection by delta entries in display order. */
static void move_selection(struct entries_view *v, const struct app *a, int delta)
{
	size_t *order, n = entries_order(a, &order);
	if (n == 0) {
		free(order);
		return;
	}
	size_t at = 0;
	while (at < n && order[at] != v->sel)
		at++;
	if (at == n)
		at = delta > 0 ? 0 : n - 1;
	else if (delta < 0 && at > 0)
		at--;
	else if (delta > 0 && at + 1 < n)
		at++;
	v->sel = order[at];
	v->group = state(a)->entries[v->sel].group;
	free(order);
}

/* Goes to the next or previous group, selecting its first entry. */
static void change_group(struct entries_view *v, const struct app *a, int delta)
{
	size_t groups = meeting_group_count(&a->session.engine, a->session.engine.step);
	if (groups == 0)
		return;
	v->group = (v->group + groups + (size_t)(delta > 0 ? 1 : groups - 1)) % groups;
	v->sel = NO_ENTRY;
	const struct step_state *ss = state(a);
	for (size_t i = 0; i < ss->n_entries && v->sel == NO_ENTRY; i++)
		if (ss->entries[i].group == v->group)
			v->sel = i;
}

static void delete_confirmed(struct app *a)
{
	struct entries_view *v = pending_delete;
	if (!v || v->sel == NO_ENTRY)
		return;
	if (!session_delete_entry(&a->session, v->sel)) {
		app_error(a, "%s", session_error(&a->session));
		return;
	}
	app_say(a, _("Deleted."));
	size_t n = state(a)->n_entries;
	if (n == 0) {
		v->sel = NO_ENTRY;
		return;
	}
	/* Select the entry that took its place in the same group, if any. */
	size_t *order, count = entries_order(a, &order);
	size_t pick = NO_ENTRY;
	for (size_t i = 0; i < count; i++)
		if (state(a)->entries[order[i]].group == v->group) {
			pick = order[i];
			if (order[i] >= v->sel)
				break;
		}
	v->sel = pick;
	free(order);
}

static void finish_typing(struct entries_view *v, struct app *a);

/* y: the entry takes their version, and the words typed are saved over
 * theirs as the same edit again. */
static void save_mine(struct app *a)
{
	struct entries_view *v = pending_change;
	if (!v || v->editing != EDIT_CHANGE)
		return;
	if (!session_resolve(&a->session, false)) {
		app_error(a, "%s", session_error(&a->session));
		return;
	}
	finish_typing(v, a);
}

/* n: their words stay, and the meeting shows them; the field closes. */
static void keep_theirs(struct app *a)
{
	struct entries_view *v = pending_change;
	if (!v)
		return;
	v->editing = EDIT_NONE;
	if (!session_resolve(&a->session, true))
		app_error(a, "%s", session_error(&a->session));
	else
		app_say(a, _("Kept their wording; yours was not saved."));
}

static void finish_typing(struct entries_view *v, struct app *a)
{
	if (v->editing == EDIT_ADD) {
		if (!*text_trim(v->field.text)) {
			v->editing = EDIT_NONE; /* Enter on an empty field ends adding */
			return;
		}
		if (!session_add_entry(&a->session, v->group, v->field.text)) {
			app_error(a, "%s", session_error(&a->session));
			return;
		}
		v->sel = state(a)->n_entries - 1;
		app_say(a, _("Saved. Type the next one, or Enter on an empty line to stop."));
		field_clear(&v->field); /* stay in the field: answers come in a stream */
		return;
	}
	if (!session_edit_entry(&a->session, v->sel, v->field.text)) {
		if (session_conflict(&a->session)) {
			/* Changed elsewhere since it was opened: the field stays
			 * as typed until the facilitator says which words stay. */
			pending_change = v;
			app_ask_conflict(a, session_conflict(&a->session), save_mine, keep_theirs);
			return;
		}
		app_error(a, "%s", session_error(&a->session));
		return;
	}
	app_say(a, _("Saved the change."));
	v->editing = EDIT_NONE;
}

static bool act_typing(struct entries_view *v, struct app *a, enum action act, int key)
{
	if (app_edit_field(a, &v->field, act, key))
		return true;
	switch (act) {
	case ACT_ENTER:
		finish_typing(v, a);
		return true;
	case ACT_CANCEL:
		v->editing = EDIT_NONE;
		return true;
	default:
		return true; /* nothing else acts while typing */
	}
}

bool entries_act(struct entries_view *v, struct app *a, enum action act, int key)
{
	if (v->editing != EDIT_NONE)
		return act_typing(v, a, act, key);
	switch (act) {
	case ACT_UP:
	case ACT_DOWN:
		move_selection(v, a, act == ACT_UP ? -1 : 1);
		return true;
	case ACT_NEXT_GROUP:
	case ACT_PREV_GROUP:
		change_group(v, a, act == ACT_NEXT_GROUP ? 1 : -1);
		return true;
	case ACT_ADD:
		v->editing = EDIT_ADD;
		field_clear(&v->field);
		return true;
	case ACT_EDIT:
		if (v->sel == NO_ENTRY) {
			app_error(a, _("Select an entry to edit (Up/Down), or press a to add one."));
			return true;
		}
		if (!field_set(&v->field, state(a)->entries[v->sel].text)) {
			app_too_long(a, state(a)->entries[v->sel].text);
			return true;
		}
		v->editing = EDIT_CHANGE;
		return true;
	case ACT_DELETE: {
		if (v->sel == NO_ENTRY) {
			app_error(a, _("Select an entry to delete (Up/Down)."));
			return true;
		}
		pending_delete = v;
		char *q = xasprintf(_("Delete \"%s\"?"), state(a)->entries[v->sel].text);
		app_confirm(a, q, delete_confirmed);
		free(q);
		return true;
	}
	default:
		return false;
	}
}

void entries_draw_field(const struct entries_view *v, int y, int w, const char *label)
{
	if (v->editing == EDIT_NONE)
		return;
	int lw = draw_text(y, 2, w / 3, STYLE_BOLD, label) + 1;
	field_draw(&v->field, y, 2 + lw, w - lw, true);
}

static int64_t silence_left_ms(const struct app *a)
{
	return meeting_silence_left_ms(&a->session.engine, app_now_ms());
}

void entries_draw_silence(const struct entries_view *v, const struct app *a, int y, int w)
{
	const struct meeting *m = &a->session.engine;
	int64_t left = silence_left_ms(a);
	int x = 2 + draw_text(y, 2, w, STYLE_ALERT, _(" Quiet writing ")) + 2;
	if (left > 0)
		draw_textf(y, x, w + 2 - x, STYLE_BOLD, _("%lld:%02lld left"), (long long)(left / 60000),
			   (long long)(left % 60000 / 1000));
	else
		draw_text(y, x, w + 2 - x, STYLE_BOLD, _("time is up"));
	y += 2;
	y += draw_wrapped(y, 2, w, 3, STYLE_NORMAL,
			  _("Everyone writes their own ideas first, without talking. Press n when "
			    "the room is ready to share them and capture them here.")) + 1;
	size_t n = m->steps[meeting_entries_step(m, m->step)].n_entries;
	if (n) {
		draw_textf(y, 2, w, STYLE_NORMAL, _("%zu written from seats so far: they show when the "
						    "discussion starts."), n);
		y += 2;
	}
	for (size_t g = 0; g < meeting_group_count(m, m->step) && y <= frame_bottom(); g++)
		y += draw_wrapped(y, 2, w, 2, STYLE_BOLD, meeting_group_title(m, m->step, g));
}

int entries_wait_ms(const struct entries_view *v, const struct app *a)
{
	if (!meeting_in_silence(&a->session.engine))
		return -1;
	int64_t left = silence_left_ms(a);
	if (left <= 0)
		return -1;
	int ms = (int)(left % 1000);
	return ms ? ms : 1000;
}

bool entries_silence_act(struct app *a, enum action act)
{
	if (!meeting_in_silence(&a->session.engine))
		return false;
	if (act == ACT_NEXT) {
		if (!session_end_silence(&a->session)) {
			app_error(a, "%s", session_error(&a->session));
			return true;
		}
		/* TRANSLATORS: %s is the step kind's word for its groups:
		 * "question", "box" or "list". */
		app_say(a, _("Discussion: Enter adds entries to the selected %s."),
			_(kind_of(meeting_current_step(&a->session.engine)->kind)->group_noun));
	} else {
		meeting_act(a, act);
	}
	return true;
}

bool entries_available(const struct entries_view *v, const struct app *a, enum action act)
{
	if (meeting_in_silence(&a->session.engine))
		return act == ACT_NEXT || act == ACT_PREV || act == ACT_LEAVE || act == ACT_HELP;
	if (act == ACT_EDIT || act == ACT_DELETE || act == ACT_MOVE_NEXT)
		return v->sel != NO_ENTRY;
	/* While typing, no group or member list takes Tab or Up. */
	return act != ACT_COMPLETE && act != ACT_UP;
}
