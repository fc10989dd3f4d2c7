/*
 * seat-checklist: a participant ticks a checklist from their own seat:
 * the items with a tick each (Up/Down choose, Space ticks), Enter saves
 * the whole list. Named, the list is stored with the name and shows again
 * to correct; blind, each item is a secret ballot whose value only this
 * seat's memory knows (as seat-rate.c casts them). A list ticked by the
 * room takes nothing from seats: they see it as the room does.
 */
#include "seat.h"
#include "checklist.h"
#include "convene/checklist.h"
#include "convene/i18n.h"
#include "convene/util.h"
#include "draw.h"

#include <string.h>

#define SEAT_LIST_MAX 24

static struct {
	size_t sel;
	bool ticks[SEAT_LIST_MAX];
	size_t step;
	bool loaded;
} ck;

static const struct binding keys[] = {
	{ SCOPE_SEAT, BKEY_UP, BKEY_UP, ACT_UP, N_("Up"), NULL, N_("Choose the item above") },
	{ SCOPE_SEAT, BKEY_DOWN, BKEY_DOWN, ACT_DOWN, N_("Down"), N_("choose"), N_("Choose the item below") },
	{ SCOPE_SEAT, ' ', ' ', ACT_TOGGLE, N_("Space"), N_("tick"), N_("Tick the chosen item, or take its tick off") },
	{ SCOPE_SEAT, '\n', '\n', ACT_ENTER, "Enter", N_("save list"), N_("Save your list as ticked") },
	{ SCOPE_SEAT, '\r', '\r', ACT_ENTER, "Enter", NULL, N_("Save your list as ticked") },
};

static bool blind(const struct app *a)
{
	return a->session.engine.mode == RATING_BLIND;
}

/* The seat's own tick of item d as stored (or remembered, blind), or -1. */
static int own(const struct app *a, size_t d)
{
	const struct meeting *m = &a->session.engine;
	size_t place = seat_place(seat_of_const(a));
	if (blind(a))
		return seat_cast(seat_of_const(a), m->step, d);
	return place < m->n_people ? meeting_value(m, m->step, d, place) : -1;
}

static void load(const struct app *a)
{
	const struct step *st = meeting_current_step(&a->session.engine);
	memset(ck.ticks, 0, sizeof ck.ticks);
	for (size_t d = 0; d < st->n_dimensions && d < SEAT_LIST_MAX; d++)
		ck.ticks[d] = own(a, d) == 1;
	ck.step = a->session.engine.step;
	ck.loaded = true;
}

/* Blind, paper lists typed for the step may be this person's. */
static void ask_lists(struct app *a)
{
	seat_ask_slips(a, _("Paper lists have been typed for this step. Did you hand one in? y/n"));
}

static bool handed_in_paper(const struct app *a)
{
	return seat_slip(seat_of_const(a)) == SLIP_HANDED_IN;
}

static void enter(struct app *a)
{
	ck.sel = 0;
	load(a);
	ask_lists(a);
}

static bool saved(const struct app *a)
{
	const struct step *st = meeting_current_step(&a->session.engine);
	for (size_t d = 0; d < st->n_dimensions; d++)
		if (own(a, d) < 0)
			return false;
	return st->n_dimensions > 0;
}

static void draw(struct app *a)
{
	const struct step *st = meeting_current_step(&a->session.engine);
	if (!ck.loaded || ck.step != a->session.engine.step)
		load(a);
	int bottom = frame_bottom();
	int y = seat_frame(a, bottom - (int)st->n_dimensions - 3 > 6 ?
			   bottom - (int)st->n_dimensions - 3 : 6);
	int w = draw_cols() - 4;
	if (seat_of(a)->closed || y > bottom)
		return;
	if (handed_in_paper(a)) {
		draw_wrapped(y, 2, w, 2, STYLE_BOLD, _("You handed in a paper list for this step: "
						       "nothing to enter here, so nobody is counted twice."));
		return;
	}
	draw_text(y++, 2, w, STYLE_BOLD, blind(a) ?
		  _("Secret ballot: your list is stored without your name.") :
		  _("Named entry: your list is stored with your name."));
	draw_text(y++, 2, w, STYLE_DIM, saved(a) ? _("Your list is in: Enter saves it again as ticked.") :
		  _("Space ticks what applies, Enter saves your list."));
	size_t rows = bottom >= y ? (size_t)(bottom - y + 1) : 1;
	size_t first = ck.sel >= rows ? ck.sel - rows + 1 : 0;
	for (size_t i = first; i < st->n_dimensions && y <= bottom; i++, y++) {
		enum style s = i == ck.sel ? STYLE_REVERSE : STYLE_NORMAL;
		draw_fill(y, 2, w, s);
		draw_textf(y, 3, w - 1, s, "%s %s", ck.ticks[i] ? "[x]" : "[ ]",
			   st->dimensions[i].title);
	}
}

static void save(struct app *a)
{
	struct seat *seat = seat_of(a);
	struct session *s = &a->session;
	const struct step *st = meeting_current_step(&s->engine);
	if (!seat_may_write(seat))
		return;
	size_t step = s->engine.step, place = seat_place(seat);
	/* Item by item, as the seat's ratings are: a refusal stops the list
	 * and says why; what was saved stays, and Enter saves it again. */
	for (size_t d = 0; d < st->n_dimensions; d++) {
		int cast = seat_cast(seat, step, d);
		enum seat_write w = session_seat_rate(s, place, d, ck.ticks[d], &cast);
		if (w != SEAT_SAVED) {
			seat_written(seat, w);
			return;
		}
		if (blind(a))
			seat_remember(seat, step, d, cast);
	}
	seat_written(seat, SEAT_SAVED);
	app_say(a, "%s", _("Your list is saved."));
}

static void act(struct app *a, enum action act, int key)
{
	(void)key;
	const struct step *st = meeting_current_step(&a->session.engine);
	ask_lists(a);
	if (a->confirm_question || handed_in_paper(a))
		return;
	if (app_list_move(act, &ck.sel, st->n_dimensions))
		return;
	if (act == ACT_TOGGLE && ck.sel < SEAT_LIST_MAX)
		ck.ticks[ck.sel] = !ck.ticks[ck.sel];
	else if (act == ACT_ENTER)
		save(a);
}

const struct screen screen_seat_checklist = {
	.title = N_("Seat: checklist"),
	.scope = SCOPE_SEAT,
	.enter = enter,
	.draw = draw,
	.act = act,
	.keys = keys,
	.n_keys = ARRAY_LEN(keys),
};
