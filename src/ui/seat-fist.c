/*
 * seat-fist: a decide step from a seat. While the facilitator has a fist
 * to five open to seats, the participant shows 0 to 5 fingers, and may
 * change their count while it is open; only the tally is stored, so the
 * count shown is kept in this seat's memory. Otherwise there is nothing
 * to enter: the seat shows the decisions as the room does.
 */
#include "seat.h"
#include "draw.h"
#include "convene/i18n.h"
#include "convene/util.h"

#include <string.h>

static const struct binding keys[] = {
	{ SCOPE_SEAT, '0', '5', ACT_FIST, "0-5", N_("fingers"), N_("Show your fingers: 0 blocks, 1-2 object, 3 can live with it, 4 supports, 5 fully supports") },
};

/* Whether the poll book has this seat's person on the fist open now. */
static bool shown_here(const struct app *a)
{
	const struct session *s = &a->session;
	for (size_t i = 0; i < s->n_poll; i++)
		if (s->poll[i].member_id == seat_of_const(a)->member_id &&
		    strcmp(s->poll[i].question, STORE_FIST_QUESTION) == 0)
			return true;
	return false;
}

/* The count this seat showed on the fist open now, or -1: a new fist
 * (opened again) forgets the one before. */
static int shown(struct app *a)
{
	struct seat *seat = seat_of(a);
	size_t step = a->session.engine.step;
	int v = seat_cast(seat, step, SEAT_FIST);
	if (v >= 0 && !shown_here(a)) {
		seat_remember(seat, step, SEAT_FIST, -1);
		v = -1;
	}
	return v;
}

static void draw(struct app *a)
{
	bool open = a->session.fist_open;
	int y = seat_frame(a, open ? 4 : 1), w = draw_cols() - 4;
	if (seat_of(a)->closed || y > frame_bottom())
		return;
	if (!open) {
		draw_text(y, 2, w, STYLE_BOLD, _("Nothing to enter on this step: follow the room's screen."));
		return;
	}
	draw_text(y++, 2, w, STYLE_ALERT, _(" Fist to five: show 0 to 5 fingers "));
	draw_text(y++, 2, w, STYLE_DIM,
		  _("0 blocks, 1-2 object, 3 can live with it, 4 supports, 5 fully supports."));
	int v = shown(a);
	if (v >= 0)
		draw_textf(y, 2, w, STYLE_BOLD, _("You show %d. A key changes it while the count is open."), v);
	else if (shown_here(a))
		draw_text(y, 2, w, STYLE_BOLD, _("Your count is in. After joining again it cannot be changed."));
	else
		draw_text(y, 2, w, STYLE_NORMAL, _("Type 0 to 5."));
}

static void act(struct app *a, enum action act, int key)
{
	struct seat *seat = seat_of(a);
	if (act != ACT_FIST)
		return;
	if (!a->session.fist_open) {
		app_error(a, "%s", _("No fist to five is open to seats now."));
		return;
	}
	if (!seat_may_write(seat))
		return;
	int before = shown(a);
	size_t step = a->session.engine.step;
	enum seat_write w = session_seat_fist(&a->session, seat_place(seat), key - '0', &before);
	if (w == SEAT_VOTED) {
		app_error(a, "%s", _("Your count is in. After joining again it cannot be changed."));
		return;
	}
	if (seat_written(seat, w))
		seat_remember(seat, step, SEAT_FIST, before);
}

static bool available(const struct app *a, enum action act)
{
	return act != ACT_FIST || a->session.fist_open;
}

const struct screen screen_seat_fist = {
	.title = N_("Seat: a decision"),
	.scope = SCOPE_SEAT,
	.draw = draw,
	.act = act,
	.available = available,
	.keys = keys,
	.n_keys = ARRAY_LEN(keys),
};
