/*
 * seat-entries: answers and items from a seat, on a prompt or boxes step,
 * above all during quiet writing. The field is open as the step opens:
 * Tab (or Up/Down) chooses the question or box, Enter adds what is typed,
 * Esc leaves the field for the seat's other keys. Nothing stored names
 * the author, so the seat lists what it added itself from its memory; the
 * field takes as much as the facilitator's does (struct field).
 */
#include "seat.h"
#include "draw.h"
#include "convene/i18n.h"
#include "convene/kinds.h"
#include "convene/text.h"
#include "convene/util.h"

#include <stdlib.h>

/* The most of the seat's own entries listed under the field. */
#define OWN_SHOWN 5

static struct {
	size_t group;
	bool typing;
	struct field field;
} ent;

static const struct binding keys[] = {
	{ SCOPE_INPUT, '\n', '\n', ACT_ADD, "Enter", N_("add"), N_("Add what is typed to the chosen question or box") },
	{ SCOPE_INPUT, '\r', '\r', ACT_ADD, "Enter", NULL, N_("Add what is typed") },
	{ SCOPE_INPUT, BKEY_ENTER, BKEY_ENTER, ACT_ADD, "Enter", NULL, N_("Add what is typed") },
	{ SCOPE_INPUT, '\t', '\t', ACT_NEXT_GROUP, "Tab", N_("next"), N_("Choose the next question or box") },
	{ SCOPE_INPUT, BKEY_BTAB, BKEY_BTAB, ACT_PREV_GROUP, N_("Shift-Tab"), NULL, N_("Choose the previous question or box") },
	{ SCOPE_INPUT, BKEY_DOWN, BKEY_DOWN, ACT_NEXT_GROUP, N_("Down"), NULL, N_("Choose the next question or box") },
	{ SCOPE_INPUT, BKEY_UP, BKEY_UP, ACT_PREV_GROUP, N_("Up"), NULL, N_("Choose the previous question or box") },
	{ SCOPE_INPUT, 27, 27, ACT_CANCEL, "Esc", N_("done typing"), N_("Leave the field: q leaves the seat, ? shows the keys; what is typed stays") },
	{ SCOPE_INPUT, BKEY_F1, BKEY_F1, ACT_HELP, "F1", N_("help"), N_("Show the keys of this screen") },
	{ SCOPE_SEAT, '\n', '\n', ACT_ADD, "Enter", N_("write"), N_("Type an entry for the chosen question or box") },
	{ SCOPE_SEAT, '\r', '\r', ACT_ADD, "Enter", NULL, N_("Type an entry") },
	{ SCOPE_SEAT, 'a', 'a', ACT_ADD, "a", NULL, N_("Type an entry") },
	{ SCOPE_SEAT, '\t', '\t', ACT_NEXT_GROUP, "Tab", N_("next"), N_("Choose the next question or box") },
	{ SCOPE_SEAT, BKEY_BTAB, BKEY_BTAB, ACT_PREV_GROUP, N_("Shift-Tab"), NULL, N_("Choose the previous question or box") },
	{ SCOPE_SEAT, BKEY_DOWN, BKEY_DOWN, ACT_NEXT_GROUP, N_("Down"), NULL, N_("Choose the next question or box") },
	{ SCOPE_SEAT, BKEY_UP, BKEY_UP, ACT_PREV_GROUP, N_("Up"), NULL, N_("Choose the previous question or box") },
};

static void enter(struct app *a)
{
	(void)a;
	ent.group = 0;
	ent.typing = true;
	field_clear(&ent.field);
}

static size_t groups(const struct app *a)
{
	return meeting_group_count(&a->session.engine, a->session.engine.step);
}

static const char *noun(const struct app *a)
{
	const char *n = kind_of(meeting_current_step(&a->session.engine)->kind)->group_noun;
	return n && *n ? _(n) : "";
}

/* The seat's own entries on this step, newest last: up to max, and the
 * count of all in *all. */
static size_t own(const struct seat *seat, const struct seat_added **out, size_t max, size_t *all)
{
	size_t step = seat->app.session.engine.step, n = 0;
	*all = 0;
	for (size_t i = seat->n_added; i-- > 0;)
		if (seat->added[i].step == step && (*all)++ < max)
			out[n++] = &seat->added[i];
	return n;
}

static void draw(struct app *a)
{
	const struct seat *seat = seat_of(a);
	const struct meeting *m = &a->session.engine;
	const struct seat_added *mine[OWN_SHOWN];
	size_t all, n = own(seat, mine, OWN_SHOWN, &all);
	bool quiet = meeting_in_silence(m);
	int w = draw_cols() - 4, bottom = frame_bottom();
	const struct step *st = meeting_current_step(m);
	size_t g = ent.group < groups(a) ? ent.group : 0;
	/* A box's question stays beside the field: the room view's body may
	 * not have room for every box's at 80x24. */
	const char *ask = st->kind == STEP_BOXES && g < st->n_boxes ? st->boxes[g].prompt : NULL;
	int panel = 3 + (quiet ? 3 : 0) + (n ? (int)n + 2 : 0) + (ask ? 2 : 0);
	int y = seat_frame(a, panel);
	if (seat->closed || y > bottom)
		return;
	if (quiet)
		y += draw_wrapped(y, 2, w, 2, STYLE_ALERT,
				  _("Quiet writing: write your own ideas. They appear on the room's "
				    "screen when the discussion starts.")) + 1;
	/* TRANSLATORS: "Your entry for question 2 of 3: its title"; %1$s is
	 * the noun: question, box. */
	draw_textf(y++, 2, w, STYLE_BOLD, _("Your entry for %s %zu of %zu: %s"), noun(a), g + 1, groups(a),
		   meeting_group_title(m, m->step, g));
	if (ask && y <= bottom)
		y += draw_wrapped(y, 4, w - 2, 2, STYLE_NORMAL, ask);
	if (y <= bottom) {
		draw_text(y, 2, 2, STYLE_BOLD, ">");
		field_draw(&ent.field, y, 4, w - 2, ent.typing && !a->confirm_question);
		y += 2;
	}
	if (n && y <= bottom)
		draw_textf(y++, 2, w, STYLE_DIM,
			   all > n ? _("You added %zu here (only this seat knows they are yours); "
				       "the latest:") :
				     ngettext("You added %zu here (only this seat knows they are "
					      "yours):",
					      "You added %zu here (only this seat knows they are "
					      "yours):", all),
			   all);
	for (size_t i = n; i-- > 0 && y <= bottom;) {
		/* Which question or box each went to, when there are several. */
		char *line = groups(a) > 1 ? xasprintf("%s  (%s)", mine[i]->text,
						       meeting_group_title(m, m->step, mine[i]->group)) :
					     xstrdup(mine[i]->text);
		y += draw_item(y, 4, w - 2, 1, STYLE_NORMAL, "- ", line);
		free(line);
	}
}

static void add(struct app *a)
{
	struct seat *seat = seat_of(a);
	if (!*text_trim(ent.field.text)) {
		app_error(a, "%s", _("Type your entry first, then Enter adds it."));
		return;
	}
	if (!seat_may_write(seat))
		return; /* the field keeps it for when the meeting carries on */
	size_t step = a->session.engine.step;
	enum seat_write w = session_seat_add(&a->session, ent.group, ent.field.text);
	if (w == SEAT_REFUSED) {
		app_error(a, "%s", _("Type your entry first, then Enter adds it."));
		return;
	}
	if (!seat_written(seat, w))
		return;
	seat_add_own(seat, step, ent.group, ent.field.text);
	field_clear(&ent.field);
	app_say(a, _("Saved. Type the next one, or Tab for another %s."), noun(a));
}

static void act(struct app *a, enum action act, int key)
{
	size_t n = groups(a);
	switch (act) {
	case ACT_ADD:
		if (ent.typing)
			add(a);
		ent.typing = true;
		break;
	case ACT_NEXT_GROUP:
	case ACT_PREV_GROUP:
		if (n)
			ent.group = (ent.group + (act == ACT_NEXT_GROUP ? 1 : n - 1)) % n;
		break;
	case ACT_CANCEL:
		ent.typing = false;
		break;
	default:
		if (ent.typing)
			app_edit_field(a, &ent.field, act, key);
		break;
	}
}

static bool typing(const struct app *a)
{
	(void)a;
	return ent.typing;
}

const struct screen screen_seat_entries = {
	.title = N_("Seat: answers and items"),
	.scope = SCOPE_SEAT,
	.enter = enter,
	.draw = draw,
	.act = act,
	.typing = typing,
	.keys = keys,
	.n_keys = ARRAY_LEN(keys),
};
