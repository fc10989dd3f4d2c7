/*
 * seat-name: "Who are you?" — the participant picks their name among those
 * present now, and the seat takes it with a lock beside the database
 * (seat-lock.h). A name another seat holds is refused; a seat that ended,
 * however it ended, frees its name at once, so a participant whose
 * terminal dropped joins again with the same name.
 */
#include "seat.h"
#include "draw.h"
#include "convene/i18n.h"
#include "convene/util.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

static struct {
	size_t sel;    /* among those present */
	int64_t asked; /* the member whose name the seat asks to confirm */
} who;

static const struct binding keys[] = {
	{ SCOPE_SEAT, BKEY_UP, BKEY_UP, ACT_UP, N_("Up"), NULL, N_("Select the name above") },
	{ SCOPE_SEAT, BKEY_DOWN, BKEY_DOWN, ACT_DOWN, N_("Down"), N_("choose"), N_("Select the name below") },
	{ SCOPE_SEAT, '\n', '\n', ACT_ENTER, "Enter", N_("this is me"), N_("Take the seat of the selected name") },
	{ SCOPE_SEAT, '\r', '\r', ACT_ENTER, "Enter", NULL, N_("Take the seat of the selected name") },
	{ SCOPE_SEAT, BKEY_ENTER, BKEY_ENTER, ACT_ENTER, "Enter", NULL, N_("Take the seat of the selected name") },
};

/* Those present now, in the attendance's order. */
static size_t present(const struct app *a, const struct session_attendee **out, size_t max)
{
	const struct session *s = &a->session;
	size_t n = 0;
	for (size_t i = 0; i < s->n_attendance && n < max; i++)
		if (s->attendance[i].here)
			out[n++] = &s->attendance[i];
	return n;
}

static void enter(struct app *a)
{
	(void)a;
	who.sel = 0;
}

static void draw(struct app *a)
{
	struct seat *seat = seat_of(a);
	int y = seat_frame(a, frame_bottom());
	if (seat->closed)
		return;
	int w = draw_cols() - 4, bottom = frame_bottom();
	const struct session_attendee *here[256];
	size_t n = present(a, here, ARRAY_LEN(here));
	draw_text(y++, 2, w, STYLE_TITLE, _("Who are you?"));
	y++;
	if (!n) {
		draw_wrapped(y, 2, w, 3, STYLE_NORMAL,
			     _("Nobody is marked present yet: the names appear as the facilitator "
			       "takes attendance."));
		return;
	}
	if (who.sel >= n)
		who.sel = n - 1;
	const char *names[ARRAY_LEN(here)];
	for (size_t i = 0; i < n; i++)
		names[i] = here[i]->name;
	int nw = draw_names_width(names, n, 12, w / 2);
	int rows = bottom - y + 1;
	size_t first = rows > 0 && who.sel >= (size_t)rows ? who.sel - (size_t)rows + 1 : 0;
	for (size_t i = first; i < n && y <= bottom; i++, y++) {
		enum style st = i == who.sel ? STYLE_REVERSE : STYLE_NORMAL;
		draw_fill(y, 2, w, st);
		draw_name(y, 4, nw, st, here[i]->name);
		int x = 4 + nw + 2;
		x += draw_text(y, x, w - x - 2, st, here[i]->group);
		if (seat_lock_taken(&seat->locks, seat->meeting_id, here[i]->member_id))
			draw_text(y, x + 2, w - x - 2, st == STYLE_NORMAL ? STYLE_DIM : st,
				  _("(joined from another seat)"));
	}
}

/* The attendee picked, found again by id when the answer comes: the
 * list may have changed while the question was up. */
static const struct session_attendee *picked(struct app *a)
{
	const struct session *s = &a->session;
	for (size_t i = 0; i < s->n_attendance; i++)
		if (s->attendance[i].member_id == who.asked && s->attendance[i].here)
			return &s->attendance[i];
	return NULL;
}

/* y: the seat is taken in that name. */
static void take(struct app *a)
{
	struct seat *seat = seat_of(a);
	const struct session_attendee *p = picked(a);
	if (!p) {
		app_error(a, "%s", _("That name is no longer among those present: pick again."));
		return;
	}
	switch (seat_lock_claim(&seat->locks, seat->meeting_id, p->member_id)) {
	case SEAT_CLAIMED:
		seat->member_id = p->member_id;
		seat->name = xstrdup(p->name);
		seat->facilitated = seat_lock_facilitated(&seat->locks, seat->meeting_id);
		seat_sit(seat);
		app_say(a, _("Welcome, %s. This seat follows the room's screen."), seat->name);
		break;
	case SEAT_TAKEN:
		app_error(a, _("%s has already joined from another seat."), p->name);
		break;
	case SEAT_CLAIM_FAILED:
		app_error(a, _("The seat could not be taken: %s"), strerror(errno));
		break;
	}
}

/* Enter on a name: a name taken already is said at once; otherwise the
 * seat asks, because what a seat enters in a wrong name (a secret ballot
 * above all) cannot be taken back by anyone. */
static void pick(struct app *a)
{
	struct seat *seat = seat_of(a);
	const struct session_attendee *here[256];
	size_t n = present(a, here, ARRAY_LEN(here));
	if (who.sel >= n)
		return;
	const struct session_attendee *p = here[who.sel];
	if (seat_lock_taken(&seat->locks, seat->meeting_id, p->member_id)) {
		app_error(a, _("%s has already joined from another seat."), p->name);
		return;
	}
	who.asked = p->member_id;
	char *q = xasprintf(_("You are %s? y/n"), p->name);
	app_confirm(a, q, take);
	free(q);
}

static void act(struct app *a, enum action act, int key)
{
	(void)key;
	const struct session_attendee *here[256];
	size_t n = present(a, here, ARRAY_LEN(here));
	if (seat_of(a)->closed)
		return;
	if (!app_list_move(act, &who.sel, n) && act == ACT_ENTER)
		pick(a);
}

const struct screen screen_seat_name = {
	.title = N_("Seat: who are you?"),
	.scope = SCOPE_SEAT,
	.enter = enter,
	.draw = draw,
	.act = act,
	.keys = keys,
	.n_keys = ARRAY_LEN(keys),
};
