/*
 * seat: the loop of `convene join` (see seat.h). It owns the terminal
 * while the seat runs, reads keys through the bindings table into the
 * seat's screen and redraws; between keys it follows the meeting about ten
 * times a second. Ctrl-C, SIGHUP and SIGTERM leave at once: everything the
 * seat showed as saved is committed, and leaving frees the seat's name. A
 * terminal that has gone (a dropped ssh connection) ends the process, and
 * the kernel frees the name with the process's lock.
 */
#include "seat.h"
#include "draw.h"
#include "convene/i18n.h"
#include "convene/store.h"
#include "convene/text.h"
#include "convene/ui.h"
#include "convene/util.h"

#include <curses.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

/* How often the seat looks for the facilitator's changes. */
#define FOLLOW_MS 100
/* As the app: below this the screen says to enlarge the window. */
#define SEAT_MIN_COLS 60
#define SEAT_MIN_LINES 18
/* A seat's write waits this long for others' (thirty seats at once). */
#define SEAT_PATIENCE_MS 3000
/* The exit status after too many wrong join codes. */
#define EXIT_WRONG_CODES 77

static volatile sig_atomic_t seat_stop;

static void on_stop(int sig)
{
	seat_stop = sig;
}

static bool too_small(void)
{
	return LINES < SEAT_MIN_LINES || COLS < SEAT_MIN_COLS;
}

/* The scope keys are looked up in; the footer (frame_footer) finds the
 * same one. */
static unsigned scope_now(const struct app *a)
{
	if (too_small())
		return SCOPE_SMALL;
	if (a->confirm_question)
		return SCOPE_CONFIRM;
	if (a->screen->typing && a->screen->typing(a))
		return SCOPE_INPUT;
	return a->screen->scope;
}

static void leave_seat(struct app *a)
{
	a->quit = true;
}


static void on_key(struct app *a, int key)
{
	unsigned scope = scope_now(a);
	enum action act = bindings_lookup(app_keys(a->screen), scope, key);
	if (scope == SCOPE_SMALL) {
		a->quit = act == ACT_QUIT;
		return;
	}
	if (scope == SCOPE_CONFIRM) {
		app_answer(a, act);
		return;
	}
	if (act == ACT_REDRAW) {
		clearok(curscr, TRUE);
		return;
	}
	if (act == ACT_NONE && scope != SCOPE_INPUT)
		return;
	/* A key acted on retires the message of the key before. */
	free(a->message);
	a->message = NULL;
	if (act == ACT_HELP) {
		app_go(a, &screen_help);
	} else if (act == ACT_LEAVE) {
		if (seat_of(a)->closed)
			a->quit = true; /* nothing is left to leave */
		else
			app_confirm(a, _("Leave your seat? y/n"), leave_seat);
	} else {
		a->screen->act(a, act, key);
	}
}

static void draw_message(const struct app *a)
{
	if (!a->message)
		return;
	int y = draw_lines() - 2;
	draw_fill(y, 0, draw_cols(), STYLE_NORMAL);
	draw_text(y, 1, draw_cols() - 2, a->message_is_error ? STYLE_ALERT : STYLE_BOLD, a->message);
}

/* A question stands in a box of its own over the screen. */
static void draw_question(const char *q)
{
	int w = draw_cols() - 4 < 76 ? draw_cols() - 4 : 76;
	int rows = draw_wrapped_height(w - 4, q);
	int top = (draw_lines() - rows - 2) / 2, left = (draw_cols() - w) / 2;
	for (int y = top; y < top + rows + 2; y++)
		draw_fill(y, left, w, STYLE_REVERSE);
	draw_wrapped(top + 1, left + 2, w - 4, rows, STYLE_REVERSE, q);
}

static void draw_screen(struct app *a)
{
	draw_clear();
	draw_cursor(0, 0, false);
	if (too_small()) {
		char *msg = xasprintf(_("The terminal is too small for a seat: it needs %d columns "
					"and %d lines, and has %dx%d. Enlarge the window; nothing is "
					"lost. q leaves."), SEAT_MIN_COLS, SEAT_MIN_LINES, COLS, LINES);
		draw_wrapped(0, 0, COLS, LINES, STYLE_BOLD, msg);
		free(msg);
	} else {
		a->screen->draw(a);
		draw_message(a);
		if (a->confirm_question) {
			draw_cursor(0, 0, false);
			draw_question(a->confirm_question);
		}
		frame_footer(a);
	}
	draw_finish();
}

/* Sets the terminal up as the app does; SIGINT leaves too: a seat asks
 * nothing before leaving, as nothing it showed as saved is lost. */
static bool open_terminal(const struct ui_options *opt)
{
	return draw_start(opt->theme, on_stop, NULL);
}

/* Reads one key, or times out; false when the terminal has gone. */
static bool read_key(int wait, int *key)
{
	timeout(wait);
	wint_t ch;
	errno = 0;
	int r = get_wch(&ch);
	*key = ERR;
	if (r == ERR)
		return !(errno == EIO || draw_terminal_gone());
	*key = r == KEY_CODE_YES ? FKEY((int)ch) : (int)ch;
	return true;
}

int ui_join(struct store *s, const struct catalog *c, const struct ui_options *opt)
{
	struct seat seat = { .app = { .store = s, .catalog = c }, .opt = opt };
	struct app *a = &seat.app;
	if (!seat_locks_open(&seat.locks, store_file(s))) {
		text_fprintf(stderr, _("convene join: cannot open the seats' lock file beside %s: %s\n"),
			     store_file(s), strerror(errno));
		return EX_CANTCREAT;
	}
	if (!open_terminal(opt)) {
		seat_locks_close(&seat.locks);
		return EX_USAGE;
	}
	store_set_patience(s, SEAT_PATIENCE_MS);
	app_go(a, &screen_seat_join);
	while (!a->quit && !seat_stop) {
		seat_follow(&seat);
		draw_screen(a);
		int wait = a->screen->wait_ms ? a->screen->wait_ms(a) : -1;
		int key;
		if (!read_key(wait >= 0 && wait < FOLLOW_MS ? wait : FOLLOW_MS, &key)) {
			seat_stop = SIGHUP; /* as if it had come */
			break;
		}
		if (key != ERR && key != FKEY(KEY_RESIZE))
			on_key(a, key);
	}
	endwin();
	bool wrong = seat.wrong_codes >= SEAT_CODE_TRIES;
	seat_free(&seat);
	seat_locks_close(&seat.locks);
	if (wrong) {
		fputs(_("convene join: Too many wrong codes.\nAsk the facilitator for the code on the "
			"room's screen and join again.\n"), stderr);
		return EXIT_WRONG_CODES;
	}
	return seat_stop == SIGINT ? 130 : seat_stop ? 128 + seat_stop : 0;
}
