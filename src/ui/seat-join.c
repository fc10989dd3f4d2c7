/*
 * seat-join: the first screen of a seat. It lists the meetings running now
 * (following the database as they start and close) and takes the join
 * code the room's screen shows: six digits, spaces allowed. The code is
 * what keeps out those who cannot see the room's screen, so guessing is
 * slowed: a wrong code is checked no sooner than a second after the one
 * before, and the third ends the seat (exit 77).
 */
#include "seat.h"
#include "draw.h"
#include "convene/i18n.h"
#include "convene/text.h"
#include "convene/util.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

static struct {
	struct field code;
	struct meeting_info *running;
	size_t n_running;
	bool read_failed;
	int64_t next_try_ms; /* a code is checked no sooner than this */
} join;

static const struct binding keys[] = {
	{ SCOPE_INPUT, '\n', '\n', ACT_ENTER, "Enter", N_("join"), N_("Join the meeting whose code is typed") },
	{ SCOPE_INPUT, '\r', '\r', ACT_ENTER, "Enter", NULL, N_("Join the meeting whose code is typed") },
	{ SCOPE_INPUT, BKEY_ENTER, BKEY_ENTER, ACT_ENTER, "Enter", NULL, N_("Join the meeting whose code is typed") },
	{ SCOPE_INPUT, 27, 27, ACT_QUIT, "Esc", N_("quit"), N_("Leave without joining") },
};

static int64_t only_meeting(struct app *a)
{
	const char *m = seat_of(a)->opt->meeting;
	return m ? strtoll(m, NULL, 10) : 0;
}

void seat_join_reload(struct app *a)
{
	meeting_infos_free(join.running, join.n_running);
	join.running = NULL;
	join.n_running = 0;
	enum meeting_status running = MEETING_RUNNING;
	join.read_failed = !store_list_meetings(a->store, &running, 0, &join.running, &join.n_running);
	/* convene join --meeting N: that meeting only. */
	int64_t only = only_meeting(a);
	size_t kept = 0;
	for (size_t i = 0; i < join.n_running; i++)
		if (!only || join.running[i].id == only)
			join.running[kept++] = join.running[i];
		else
			meeting_info_free(&join.running[i]);
	join.n_running = kept;
}

void seat_join_free(void)
{
	meeting_infos_free(join.running, join.n_running);
	join.running = NULL;
	join.n_running = 0;
}

static void enter(struct app *a)
{
	field_clear(&join.code);
	seat_join_reload(a);
}

static void draw(struct app *a)
{
	int cols = draw_cols(), w = cols - 4, y = 2, bottom = frame_bottom();
	draw_fill(0, 0, cols, STYLE_REVERSE);
	draw_text(0, 1, cols - 2, STYLE_REVERSE, _("convene join: a seat for one participant"));
	draw_text(y++, 2, w, STYLE_TITLE, _("Meetings running now:"));
	if (join.read_failed)
		y += draw_wrapped(y, 4, w - 2, 2, STYLE_ALERT, store_error(a->store));
	else if (!join.n_running)
		y += draw_wrapped(y, 4, w - 2, 3, STYLE_NORMAL,
				  _("No meeting is running yet. This screen lists it as soon as the "
				    "facilitator starts one."));
	/* The code's field keeps its place below the list. */
	int list_end = bottom - 5;
	for (size_t i = 0; i < join.n_running && y <= list_end; i++) {
		const struct meeting_info *m = &join.running[i];
		if (y == list_end && i + 1 < join.n_running) {
			draw_textf(y++, 4, w - 2, STYLE_DIM, _("and %zu more"), join.n_running - i);
			break;
		}
		char when[64];
		format_local_time(m->started_at, when, sizeof when);
		char *line = xasprintf(_("%s: %s, started %s"), m->team_name, m->title, when);
		y += draw_item(y, 4, w - 2, list_end - y + 1 < 2 ? 1 : 2, STYLE_NORMAL, "- ", line);
		free(line);
	}
	y = y + 1 < list_end ? y + 1 : list_end + 1;
	const char *prompt = _("Join code (shown on the room's screen):");
	int pw = draw_text(y, 2, w, STYLE_BOLD, prompt) + 1;
	if (pw + 12 > w) {
		y++; /* a narrow screen: the field goes under its prompt */
		pw = 0;
	}
	field_draw(&join.code, y, 2 + pw, 12, true);
	draw_wrapped(y + 2, 2, w, 2, STYLE_DIM,
		     _("Type the six digits the room's screen shows, then Enter. Spaces do not "
		       "matter."));
}

/* Waits out the second after a wrong code: the next is checked after it. */
static void wait_turn(void)
{
	int64_t left = join.next_try_ms - app_now_ms();
	if (left <= 0)
		return;
	struct timespec ts = { (time_t)(left / 1000), (long)(left % 1000) * 1000000L };
	nanosleep(&ts, NULL);
}

static size_t digits_in(const char *s)
{
	size_t n = 0;
	for (; *s; s++)
		n += *s >= '0' && *s <= '9';
	return n;
}

static void wrong_code(struct app *a)
{
	struct seat *seat = seat_of(a);
	field_clear(&join.code);
	join.next_try_ms = app_now_ms() + SEAT_CODE_WAIT_MS;
	int left = SEAT_CODE_TRIES - ++seat->wrong_codes;
	if (left <= 0)
		a->quit = true;
	else
		app_error(a, ngettext("That is not the code of a running meeting. %d try left.",
				      "That is not the code of a running meeting. %d tries left.",
				      left), left);
}

static void try_code(struct app *a)
{
	struct seat *seat = seat_of(a);
	if (digits_in(join.code.text) != 6) {
		app_error(a, "%s", _("A join code is six digits: type the six the room's screen shows."));
		return;
	}
	wait_turn();
	int64_t id = 0;
	if (!store_meeting_by_code(a->store, join.code.text, &id)) {
		app_error(a, _("The code could not be checked: %s"), store_error(a->store));
		return;
	}
	if (!id || (only_meeting(a) && id != only_meeting(a))) {
		wrong_code(a);
		return;
	}
	seat->meeting_id = id;
	if (!seat_read(seat)) {
		app_error(a, _("That meeting cannot be joined: %s"),
			  seat->closed ? _("it has closed") :
			  seat->why    ? seat->why :
					 _("it cannot be read"));
		seat->meeting_id = 0;
		seat->closed = false;
		return;
	}
	app_go(a, &screen_seat_name);
}

static void act(struct app *a, enum action act, int key)
{
	switch (act) {
	case ACT_ENTER:
		try_code(a);
		break;
	case ACT_QUIT:
		a->quit = true;
		break;
	case ACT_NONE:
		/* Only what a code holds is typed. */
		if (key == ' ' || (key >= '0' && key <= '9'))
			app_edit_field(a, &join.code, act, key);
		else if (!(key & FKEY(0)) && key >= 0x20)
			app_error(a, "%s", _("A join code has only digits."));
		break;
	default:
		app_edit_field(a, &join.code, act, key);
		break;
	}
}

static bool available(const struct app *a, enum action act)
{
	(void)a;
	/* No group to complete, no list above the field. */
	return act != ACT_COMPLETE && act != ACT_UP;
}

static bool typing(const struct app *a)
{
	(void)a;
	return true;
}

const struct screen screen_seat_join = {
	.title = N_("Seat: joining a meeting"),
	.scope = SCOPE_SEAT,
	.enter = enter,
	.draw = draw,
	.act = act,
	.available = available,
	.typing = typing,
	.keys = keys,
	.n_keys = ARRAY_LEN(keys),
};
