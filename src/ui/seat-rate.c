/*
 * seat-rate: a participant rates a rating step (a team assessment, a
 * norms check) from their own seat: every dimension with their own
 * rating, Up/Down to choose one, a digit to rate it (a number and Enter
 * on a scale beyond 0 to 9), the chosen one's anchors below. A named step
 * stores the rating with the name; a blind one is a secret ballot, whose
 * value only this seat's memory knows. Paper slips typed for the step
 * before the seat showed it are asked about once, so nobody counts twice.
 */
#include "seat.h"
#include "draw.h"
#include "placement-ui.h"
#include "convene/i18n.h"
#include "convene/kinds.h"
#include "convene/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The widest the list of dimensions is drawn. */
#define LIST_MAX 76

static struct {
	size_t sel;      /* the dimension chosen */
	char typed[8];   /* a number being typed, on a scale beyond one digit */
	int pending[2];  /* a blind two-way placement: each axis chosen, not yet cast */
} rate;

static const struct binding keys[] = {
	{ SCOPE_SEAT, BKEY_UP, BKEY_UP, ACT_UP, N_("Up"), NULL, N_("Choose the dimension above") },
	{ SCOPE_SEAT, BKEY_DOWN, BKEY_DOWN, ACT_DOWN, N_("Down"), N_("choose"), N_("Choose the dimension below") },
	{ SCOPE_SEAT, '0', '9', ACT_RATE, N_("digit"), N_("rate"), N_("Rate the chosen dimension on its scale (your rating replaces the one before)") },
	{ SCOPE_SEAT, '\n', '\n', ACT_ENTER, "Enter", N_("save"), N_("Save the number typed (a scale beyond 0 to 9)") },
	{ SCOPE_SEAT, '\r', '\r', ACT_ENTER, "Enter", NULL, N_("Save the number typed") },
	{ SCOPE_SEAT, 127, 127, ACT_ERASE, N_("Backspace"), NULL, N_("Erase the last digit typed") },
	{ SCOPE_SEAT, 8, 8, ACT_ERASE, N_("Backspace"), NULL, N_("Erase the last digit typed") },
};

static const struct step *step_of(const struct app *a)
{
	return meeting_current_step(&a->session.engine);
}

/* One key rates: a scale within 0 to 9. */
static bool one_digit(const struct step *st)
{
	return st->scale.min >= 0 && st->scale.max <= 9;
}

static bool blind(const struct app *a)
{
	return a->session.engine.mode == RATING_BLIND;
}

static bool active(const struct app *a, size_t d)
{
	const struct meeting *m = &a->session.engine;
	return meeting_dimension_active(m, m->step, d);
}

/* The seat's own rating of a dimension, or -1. */
static int own(const struct app *a, size_t d)
{
	const struct meeting *m = &a->session.engine;
	size_t place = seat_place(seat_of_const(a));
	if (blind(a) && d < 2 && rate.pending[d] >= 0)
		return rate.pending[d];
	if (blind(a))
		return seat_cast(seat_of_const(a), m->step, d);
	return place < m->n_people ? meeting_value(m, m->step, d, place) : -1;
}

/* A blind ballot this seat cast before it joined again: it is in, and
 * this seat cannot know it. */
static bool in_unknown(const struct app *a, size_t d)
{
	size_t place = seat_place(seat_of_const(a));
	return blind(a) && own(a, d) < 0 && place != (size_t)-1 &&
	       session_seat_voted(&a->session, d, place);
}

static void ask_slips(struct app *a)
{
	seat_ask_slips(a, _("Paper slips have been typed for this step. Did you hand one in? y/n"));
}

static void enter(struct app *a)
{
	const struct step *st = step_of(a);
	rate.sel = 0;
	while (rate.sel + 1 < st->n_dimensions && !active(a, rate.sel))
		rate.sel++;
	rate.typed[0] = '\0';
	rate.pending[0] = rate.pending[1] = -1;
	ask_slips(a);
}

static bool view_only(const struct app *a)
{
	return seat_slip(seat_of_const(a)) == SLIP_HANDED_IN;
}

static int draw_dimensions(struct app *a, const struct step *st, int y, int w, int bottom)
{
	int vw = step_labels_points(st) ? w / 3 : 8;
	for (size_t d = 0; d < st->n_dimensions && y <= bottom; d++) {
		if (!active(a, d))
			continue;
		enum style s = d == rate.sel ? STYLE_REVERSE : STYLE_NORMAL;
		char value[64];
		int v = own(a, d);
		if (d == rate.sel && rate.typed[0])
			snprintf(value, sizeof value, "%s_", rate.typed);
		else if (v >= 0)
			snprintf(value, sizeof value, "%d", v);
		else
			/* TRANSLATORS: a secret ballot cast, whose value this seat
			 * cannot know: a short word (at most 8 cells). */
			snprintf(value, sizeof value, "%s", in_unknown(a, d) ? _("in") : "-");
		/* A placement's own point is shown with its label. */
		if (v >= 0 && !(d == rate.sel && rate.typed[0]))
			step_point_text(st, d, v, value, sizeof value);
		draw_fill(y, 2, w, s);
		draw_textf(y, 3, w - vw - 2, s, "%zu. %s", d + 1, st->dimensions[d].title);
		draw_text(y++, 2 + w - vw, vw, d == rate.sel ? s : STYLE_BOLD, value);
	}
	return y;
}

static int draw_anchors(const struct step *st, const struct dimension *d, int y, int w, int bottom)
{
	if (y > bottom)
		return y;
	draw_textf(y, 2, 4, STYLE_ALERT, "%2d", st->scale.min);
	y += draw_wrapped(y, 7, w - 5, bottom - y + 1, STYLE_NORMAL, d->low ? d->low : _("lowest"));
	if (y > bottom)
		return y;
	draw_textf(y, 2, 4, STYLE_ALERT, "%2d", st->scale.max);
	return y + draw_wrapped(y, 7, w - 5, bottom - y + 1, STYLE_NORMAL,
				d->high ? d->high : _("highest"));
}

static void draw(struct app *a)
{
	const struct step *st = step_of(a);
	bool only_view = view_only(a);
	/* Handed in on paper: the step as the room sees it, nothing to enter. */
	int y = seat_frame(a, only_view ? 2 : frame_bottom());
	int w = draw_cols() - 4, bottom = frame_bottom();
	if (seat_of(a)->closed || y > bottom)
		return;
	if (only_view) {
		draw_wrapped(y, 2, w, 2, STYLE_BOLD,
			     _("You handed in a paper slip for this step: nothing to enter here, so "
			       "nobody is counted twice."));
		return;
	}
	draw_text(y++, 2, w, STYLE_BOLD, blind(a) ?
		  _("Secret ballot: your ratings are stored without your name.") :
		  _("Named entry: your ratings are stored with your name."));
	if (session_enters_pairs(&a->session)) {
		char *how = xasprintf(_("Place the team on both, %d to %d: Up/Down chooses, a digit "
					"places; sent as one pair once both are chosen."), st->scale.min,
				      st->scale.max);
		y += draw_wrapped(y, 2, w, 2, STYLE_DIM, how);
		free(how);
	} else if (step_labels_points(st))
		draw_textf(y++, 2, w, STYLE_DIM, _("Place each on a point, 1 to %d: Up/Down chooses, "
						   "the point's number places."), st->scale.max);
	else
		draw_textf(y++, 2, w, STYLE_DIM,
			   one_digit(st) ? _("Rate each from %d to %d: Up/Down chooses, a digit rates.") :
					   _("Rate each from %d to %d: Up/Down chooses, type a number "
					     "and Enter."),
			   st->scale.min, st->scale.max);
	/* On a wide screen a rating stays near its dimension's name. */
	y = draw_dimensions(a, st, y + 1, w < LIST_MAX ? w : LIST_MAX, bottom) + 1;
	if (in_unknown(a, rate.sel) && y <= bottom)
		y += draw_wrapped(y, 2, w, 2, STYLE_BOLD,
				  _("Your ballot is in. After joining again it cannot be changed."));
	if (step_labels_points(st))
		draw_points(st, rate.sel, own(a, rate.sel), y, 2, w, bottom, draw_lines() < 30 ? 1 : 3);
	else
		draw_anchors(st, &st->dimensions[rate.sel], y, w, bottom);
}

/* Moves the choice to the next dimension the step rates, stopping at either end. */
static void choose(struct app *a, int delta)
{
	const struct step *st = step_of(a);
	size_t d = rate.sel;
	do {
		if ((delta < 0 && d == 0) || (delta > 0 && d + 1 >= st->n_dimensions))
			return;
		d += (size_t)(ptrdiff_t)delta;
	} while (!active(a, d));
	rate.sel = d;
	rate.typed[0] = '\0';
}

/* A blind two-way placement: the pair is one ballot, cast once both axes
 * are chosen (the one cast before counts for an axis not chosen again). */
static void save_pair(struct app *a, size_t dim, int value)
{
	struct seat *seat = seat_of(a);
	struct session *s = &a->session;
	const struct step *st = step_of(a);
	size_t step = s->engine.step;
	rate.pending[dim] = value;
	struct ballot_pair cast = { seat_cast(seat, step, 0), seat_cast(seat, step, 1) };
	int x = rate.pending[0] >= 0 ? rate.pending[0] : cast.x;
	int y = rate.pending[1] >= 0 ? rate.pending[1] : cast.y;
	if (x < 0 || y < 0) {
		app_say(a, _("Now %s (%s): your placement is sent as one pair, never with your name."),
			st->dimensions[x < 0 ? 0 : 1].title, x < 0 ? _("Up") : _("Down"));
		return;
	}
	if (cast.x < 0 || cast.y < 0)
		cast = (struct ballot_pair){ -1, -1 };
	enum seat_write w = session_seat_place(s, seat_place(seat), x, y, &cast);
	if (seat_written(seat, w)) {
		seat_remember(seat, step, 0, cast.x);
		seat_remember(seat, step, 1, cast.y);
		rate.pending[0] = rate.pending[1] = -1;
	}
}

static void save(struct app *a, int value)
{
	struct seat *seat = seat_of(a);
	struct session *s = &a->session;
	const struct step *st = step_of(a);
	if (!seat_may_write(seat))
		return;
	if (view_only(a)) {
		app_error(a, "%s", _("You handed in a paper slip for this step: nothing to enter here."));
		return;
	}
	if (value < st->scale.min || value > st->scale.max) {
		app_error(a, step_labels_points(st) ? _("Points run from %d to %d.") :
						      _("Ratings run from %d to %d."),
			  st->scale.min, st->scale.max);
		return;
	}
	size_t step = s->engine.step, dim = rate.sel;
	if (session_enters_pairs(s)) {
		save_pair(a, dim, value);
		return;
	}
	int cast = seat_cast(seat, step, dim);
	enum seat_write w = session_seat_rate(s, seat_place(seat), dim, value, &cast);
	/* The choice stays: Down goes on, as on the facilitator's screen. */
	if (seat_written(seat, w) && blind(a))
		seat_remember(seat, step, dim, cast);
}

static void act(struct app *a, enum action act, int key)
{
	const struct step *st = step_of(a);
	ask_slips(a);
	if (a->confirm_question)
		return;
	size_t len = strlen(rate.typed);
	switch (act) {
	case ACT_UP:
	case ACT_DOWN:
		choose(a, act == ACT_UP ? -1 : 1);
		break;
	case ACT_RATE:
		if (one_digit(st)) {
			save(a, key - '0');
		} else if (len + 1 < sizeof rate.typed) {
			rate.typed[len] = (char)key;
			rate.typed[len + 1] = '\0';
		}
		break;
	case ACT_ENTER:
		if (len) {
			int value = atoi(rate.typed);
			rate.typed[0] = '\0';
			save(a, value);
		}
		break;
	case ACT_ERASE:
		if (len)
			rate.typed[len - 1] = '\0';
		break;
	default:
		break;
	}
}

static bool available(const struct app *a, enum action act)
{
	if (view_only(a))
		return act == ACT_LEAVE || act == ACT_HELP;
	if (act == ACT_ENTER || act == ACT_ERASE)
		return !one_digit(step_of(a));
	return true;
}

const struct screen screen_seat_rate = {
	.title = N_("Seat: rating"),
	.scope = SCOPE_SEAT,
	.enter = enter,
	.draw = draw,
	.act = act,
	.available = available,
	.keys = keys,
	.n_keys = ARRAY_LEN(keys),
};
