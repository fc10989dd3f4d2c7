/*
 * seat-read: the seat follows the meeting. It reads the meeting again
 * from the store when another connection committed (PRAGMA data_version)
 * or when the seat itself wrote (its own commits do not change its
 * data_version), watches whether the facilitator's app holds the meeting,
 * and moves the seat to the screen the current step asks for, saying so
 * when the step it had input on has closed. It also keeps the seat's
 * memory: the blind ballots and fingers it cast, the entries it added.
 */
#include "seat.h"
#include "kinds-ui.h"
#include "convene/i18n.h"
#include "convene/util.h"

#include <stdlib.h>
#include <string.h>

size_t seat_place(const struct seat *seat)
{
	const struct session *s = &seat->app.session;
	if (!seat->app.in_meeting)
		return (size_t)-1;
	for (size_t i = 0; i < s->n_people; i++)
		if (s->people[i].member_id == seat->member_id)
			return i;
	return (size_t)-1;
}

/* The screen the seat shows, under the help when that is open. */
static const struct screen *showing(const struct app *a)
{
	return a->screen == &screen_help ? a->help_return : a->screen;
}

bool seat_takes_input(const struct seat *seat)
{
	const struct screen *s = showing(&seat->app);
	if (s == &screen_seat_fist)
		return seat->app.session.fist_open;
	return s == &screen_seat_rate || s == &screen_seat_entries || s == &screen_seat_vote;
}

const struct screen *seat_screen_now(const struct seat *seat)
{
	const struct meeting *m = &seat->app.session.engine;
	const struct step *st = meeting_current_step(m);
	if (seat->closed || !seat->app.in_meeting || !st || m->on_break || m->view != VIEW_STEP)
		return &screen_seat_none;
	if (!kind_ui_own_screens(st))
		return &screen_seat_rate;
	const struct screen *input = kind_ui(st->kind)->seat;
	/* A list ticked by the room takes nothing from seats. */
	if (st->room_ticks)
		return &screen_seat_none;
	/* A step that sorts an earlier step's items takes no new ones. */
	if (input == &screen_seat_entries && meeting_entries_step(m, m->step) != m->step)
		return &screen_seat_none;
	return input ? input : &screen_seat_none;
}

/* Goes to the screen for the step now, behind the help when it is open. */
static void show(struct seat *seat, const struct screen *to)
{
	struct app *a = &seat->app;
	bool help = a->screen == &screen_help;
	app_go(a, to);
	if (help)
		app_go(a, &screen_help);
}

/* Where the meeting is now against what the seat shows: a move of the
 * facilitator's closes the input the seat had. */
static void follow_step(struct seat *seat, bool had_input, const char *title)
{
	struct app *a = &seat->app;
	const struct meeting *m = &a->session.engine;
	/* A break stops the clock, not the step: the seat shows the break
	 * and comes back to its input after it, saying nothing closed. */
	bool moved = m->step != seat->shown_step || m->view != seat->shown_view;
	const struct screen *to = seat_screen_now(seat);
	if (moved && had_input && title)
		app_error(a, _("The facilitator moved on: input for %s is closed."), title);
	if (moved || to != showing(a))
		show(seat, to);
	seat->shown_step = m->step;
	seat->shown_view = m->view;
}

/* The meeting could not be read: closed, gone, or a read that failed. */
static void read_failed(struct seat *seat, const char *why)
{
	struct app *a = &seat->app;
	bool found = false;
	struct meeting_info m;
	if (store_meeting_info(a->store, seat->meeting_id, &found, &m)) {
		if (found)
			seat->closed = m.status != MEETING_RUNNING;
		else
			seat->closed = true; /* deleted: nothing to follow either */
		if (found)
			meeting_info_free(&m);
	}
	free(seat->why);
	seat->why = seat->closed ? NULL : xstrdup(why);
	if (seat->closed) {
		/* What was said about the meeting before no longer matters. */
		free(a->message);
		a->message = NULL;
		if (seat->member_id && showing(a) != &screen_seat_none)
			show(seat, &screen_seat_none);
	}
}

bool seat_read(struct seat *seat)
{
	struct app *a = &seat->app;
	seat->version = store_data_version(a->store);
	seat->stale = false;
	struct session fresh;
	if (!session_resume(&fresh, a->store, a->catalog, seat->meeting_id, app_now_ms())) {
		char *why = xstrdup(session_error(&fresh));
		session_finish(&fresh);
		read_failed(seat, why);
		free(why);
		return false;
	}
	bool had_input = a->in_meeting && seat->member_id && seat_takes_input(seat);
	char *title = NULL;
	if (a->in_meeting) {
		const struct step *st = meeting_current_step(&a->session.engine);
		title = st ? xstrdup(st->title) : NULL;
		session_finish(&a->session);
	}
	a->session = fresh;
	a->in_meeting = true;
	seat->closed = false;
	free(seat->why);
	seat->why = NULL;
	if (!seat->slips) {
		seat->n_slips = a->session.engine.protocol->n_steps;
		seat->slips = xcalloc(seat->n_slips + 1, sizeof *seat->slips);
	}
	if (seat->member_id)
		follow_step(seat, had_input, title);
	free(title);
	return true;
}

void seat_follow(struct seat *seat)
{
	struct app *a = &seat->app;
	if (!seat->meeting_id) {
		int64_t v = store_data_version(a->store);
		if (v != seat->version) {
			seat->version = v;
			seat_join_reload(a);
		}
		return;
	}
	bool was = seat->facilitated;
	seat->facilitated = seat_lock_facilitated(&seat->locks, seat->meeting_id);
	/* Back from a pause: what was said about it no longer holds. */
	if (!was && seat->facilitated && seat->member_id)
		app_say(a, "%s", _("The facilitator is back: carry on."));
	if (seat->stale || store_data_version(a->store) != seat->version)
		seat_read(seat);
}

void seat_sit(struct seat *seat)
{
	const struct meeting *m = &seat->app.session.engine;
	seat->shown_step = m->step;
	seat->shown_view = m->view;
	show(seat, seat_screen_now(seat));
}

bool seat_may_write(struct seat *seat)
{
	struct app *a = &seat->app;
	size_t place = seat_place(seat);
	if (seat->closed)
		app_error(a, "%s", _("The meeting has closed. Thank you."));
	else if (!seat->facilitated)
		app_error(a, "%s",
			  _("Paused: nothing is entered until the facilitator's screen is back."));
	else if (place == (size_t)-1 || !meeting_is_here(&a->session.engine, place))
		app_error(a, "%s", _("The attendance has you as not here: ask the facilitator to "
				     "mark you present."));
	else
		return true;
	return false;
}

bool seat_written(struct seat *seat, enum seat_write w)
{
	struct app *a = &seat->app;
	const struct step *st = meeting_current_step(&a->session.engine);
	seat->stale = true; /* what is stored now, the seat's own write or not */
	switch (w) {
	case SEAT_SAVED:
		app_say(a, "%s", _("Saved."));
		return true;
	case SEAT_CLOSED:
		if (st)
			app_error(a, _("The facilitator moved on: input for %s is closed."), st->title);
		else
			app_error(a, "%s", _("The facilitator moved on: input for it is closed."));
		break;
	case SEAT_VOTED:
		app_error(a, "%s", _("Your ballot is in. After joining again it cannot be changed."));
		break;
	case SEAT_FULL:
		app_error(a, "%s", _("Everyone present has a ballot in on this already: ask the "
				     "facilitator."));
		break;
	case SEAT_REFUSED:
		app_error(a, "%s", _("Not saved: the step's rules refuse it."));
		break;
	case SEAT_FAILED:
		app_error(a, _("Not saved: %s. Try again."), store_error(a->store));
		break;
	}
	return false;
}

int seat_cast(const struct seat *seat, size_t step, size_t dim)
{
	for (size_t i = 0; i < seat->n_casts; i++)
		if (seat->casts[i].step == step && seat->casts[i].dim == dim)
			return seat->casts[i].value;
	return -1;
}

void seat_remember(struct seat *seat, size_t step, size_t dim, int value)
{
	for (size_t i = 0; i < seat->n_casts; i++)
		if (seat->casts[i].step == step && seat->casts[i].dim == dim) {
			seat->casts[i].value = value;
			return;
		}
	seat->casts = array_grow(seat->casts, seat->n_casts, sizeof *seat->casts);
	seat->casts[seat->n_casts++] = (struct seat_cast){ step, dim, value };
}

void seat_add_own(struct seat *seat, size_t step, size_t group, const char *text)
{
	seat->added = array_grow(seat->added, seat->n_added, sizeof *seat->added);
	seat->added[seat->n_added++] = (struct seat_added){ step, group, xstrdup(text) };
}

enum seat_slip seat_slip(const struct seat *seat)
{
	size_t step = seat->app.session.engine.step;
	return step < seat->n_slips ? seat->slips[step] : SLIP_NONE;
}

void seat_slip_set(struct seat *seat, enum seat_slip answer)
{
	size_t step = seat->app.session.engine.step;
	if (step < seat->n_slips)
		seat->slips[step] = answer;
}

static void handed_in(struct app *a)
{
	seat_slip_set(seat_of(a), SLIP_HANDED_IN);
}

static void no_slip(struct app *a)
{
	seat_slip_set(seat_of(a), SLIP_NONE);
}

void seat_ask_slips(struct app *a, const char *question)
{
	const struct session *s = &a->session;
	const struct step *st = meeting_current_step(&s->engine);
	struct seat *seat = seat_of(a);
	if (!st || s->engine.mode != RATING_BLIND || seat_slip(seat) != SLIP_UNASKED ||
	    a->confirm_question)
		return;
	size_t place = seat_place(seat);
	bool slips = false, mine = false;
	for (size_t d = 0; d < st->n_dimensions; d++) {
		slips |= meeting_rated_count(&s->engine, s->engine.step, d) >
			 session_seat_votes(s, d);
		mine |= seat_cast(seat, s->engine.step, d) >= 0 ||
			(place != (size_t)-1 && session_seat_voted(s, d, place));
	}
	if (!slips || mine) {
		seat_slip_set(seat, SLIP_NONE);
		return;
	}
	app_choose(a, question, handed_in, no_slip);
}

void seat_free(struct seat *seat)
{
	struct app *a = &seat->app;
	if (a->in_meeting)
		session_finish(&a->session);
	a->in_meeting = false;
	for (size_t i = 0; i < seat->n_added; i++)
		free(seat->added[i].text);
	free(seat->added);
	free(seat->casts);
	free(seat->slips);
	free(seat->why);
	free(seat->name);
	free(a->message);
	free(a->confirm_question);
	seat_join_free();
}
