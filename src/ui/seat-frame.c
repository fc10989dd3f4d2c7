/*
 * seat-frame: what every seat screen of a meeting shows around its own
 * input: whose seat it is and where the meeting is, whether the meeting is
 * paused or closed, the step's title, and the step as the room view draws
 * it (the kind's room body, kinds-ui.c), so a seat shows nothing the room
 * does not. Also the seat's screen for a step with nothing to enter.
 */
#include "seat.h"
#include "bigtime.h"
#include "draw.h"
#include "kinds-ui.h"
#include "convene/i18n.h"
#include "convene/text.h"
#include "convene/util.h"

#include <stdio.h>
#include <stdlib.h>

/* A body is drawn only where it has this many rows. */
#define MIN_BODY_ROWS 3

/* The step's clock, as the room's header says it. */
static void clock_words(const struct meeting *m, char *out, size_t size)
{
	struct step_timer t;
	meeting_timer(m, app_now_ms(), &t);
	char time[16] = "";
	out[0] = '\0';
	if (t.state == TIME_DONE)
		return;
	bigtime_format(t.shown_over ? -t.shown_ms : t.shown_ms, t.shown_over, time, sizeof time);
	snprintf(out, size, "%s %s", time, _(time_state_label(t.state)));
}

static void header(const struct seat *seat)
{
	const struct session *s = &seat->app.session;
	int cols = draw_cols();
	char right[96] = "";
	if (!seat->closed)
		clock_words(&s->engine, right, sizeof right);
	draw_fill(0, 0, cols, STYLE_REVERSE);
	int rw = text_width(right);
	if (rw > cols / 3)
		rw = cols / 3;
	draw_text(0, cols - 1 - rw, rw, STYLE_REVERSE, right);
	/* TRANSLATORS: the seat's header: who, "meeting 12", the team. */
	char *left = xasprintf(_("%s · meeting %lld · %s"),
			       seat->name ? seat->name : "convene join", (long long)s->meeting_id,
			       s->team_name);
	/* The team's name gives way: who and which meeting come first. */
	draw_text(0, 1, cols - rw - 4, STYLE_REVERSE, left);
	free(left);
}

/* The step as the room view draws it. */
static void body(const struct app *a, struct room_box b)
{
	const struct meeting *m = &a->session.engine;
	struct room r = { .s = &a->session, .m = m, .st = meeting_current_step(m),
			  .now_ms = app_now_ms() };
	if (m->on_break) {
		draw_wrapped(b.y, b.x, b.w, b.h, STYLE_BOLD,
			     _("A break: the meeting clock is stopped until the facilitator ends it."));
	} else if (m->view == VIEW_CLOSING || !r.st) {
		r.st = NULL;
		room_body_closing(&r, b);
	} else if (!kind_ui_own_screens(r.st)) {
		(m->view == VIEW_RESULTS ? kind_ui_room_results(r.st->kind) : room_body_rating)(&r, b);
	} else {
		kind_ui(r.st->kind)->room(&r, b);
	}
}

/* A line or two the participant must notice, across the screen. */
static int banner(int y, const char *text)
{
	int w = draw_cols() - 6, rows = draw_wrapped_height(w, text);
	rows = rows > 2 ? 2 : rows;
	for (int i = 0; i < rows; i++)
		draw_fill(y + i, 2, w + 2, STYLE_ALERT);
	return draw_wrapped(y, 3, w, rows, STYLE_ALERT, text);
}

static const char *title_of(const struct meeting *m)
{
	const struct step *st = meeting_current_step(m);
	if (m->on_break)
		return _("Break");
	return st && m->view != VIEW_CLOSING ? st->title : _("All steps are done");
}

int seat_frame(struct app *a, int panel)
{
	const struct seat *seat = seat_of(a);
	const struct meeting *m = &a->session.engine;
	int w = draw_cols() - 4, y = 1, bottom = frame_bottom();
	header(seat);
	if (seat->closed) {
		draw_text(2, 2, w, STYLE_ALERT, _(" The meeting has closed. Thank you. "));
		draw_wrapped(4, 2, w, 3, STYLE_NORMAL,
			     _("What you entered is in the meeting's record. q leaves the seat."));
		return bottom + 1;
	}
	if (!seat->facilitated)
		y += banner(y, _("The meeting is paused: the facilitator's screen is closed. What you "
				 "entered is kept."));
	else if (seat->why)
		y += draw_wrapped(y, 2, w, 2, STYLE_DIM, seat->why);
	y++;
	/* The title, and where it stands in the meeting when that fits beside. */
	char *at = m->step < m->protocol->n_steps && m->view != VIEW_CLOSING ?
			   xasprintf(_("step %zu of %zu"), m->step + 1, m->protocol->n_steps) :
			   xstrdup("");
	int tw = text_width(title_of(m)), aw = text_width(at);
	if (tw + aw + 4 <= w) {
		draw_text(y, 2, w, STYLE_TITLE, title_of(m));
		draw_text(y++, 2 + tw + 3, aw, STYLE_DIM, at);
	} else {
		y += draw_wrapped(y, 2, w, 2, STYLE_TITLE, title_of(m));
	}
	free(at);
	y++;
	int start = bottom - panel + 1;
	if (start < y)
		start = y;
	if (start - 1 - y >= MIN_BODY_ROWS)
		body(a, (struct room_box){ y, 2, w, start - 1 - y });
	return start;
}

static void none_draw(struct app *a)
{
	int y = seat_frame(a, 1);
	if (y <= frame_bottom())
		draw_text(y, 2, draw_cols() - 4, STYLE_BOLD,
			  _("Nothing to enter on this step: follow the room's screen."));
}

static void none_act(struct app *a, enum action act, int key)
{
	(void)a;
	(void)act;
	(void)key;
}

const struct screen screen_seat_none = {
	.title = N_("Seat: following the room"),
	.scope = SCOPE_SEAT,
	.draw = none_draw,
	.act = none_act,
};
