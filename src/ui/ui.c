/*
 * ui: the one loop. It owns the terminal (setup, restore on every exit
 * path), reads keys, maps them to actions through the bindings table, hands
 * them to the current screen and redraws. SIGHUP and SIGTERM only set a
 * flag; everything captured is already committed, so the loop just stops
 * and restores the terminal. Ctrl-C (SIGINT) asks first: a stray key must
 * not take the room's screen away; a second Ctrl-C leaves.
 */
#include "app.h"
#include "kinds-ui.h"
#include "draw.h"
#include "convene/i18n.h"
#include "convene/text.h"
#include "convene/ui.h"
#include "convene/util.h"

#include <curses.h>
#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stdlib.h>
#include <sysexits.h>
#include <string.h>
#include <time.h>

#define MIN_COLS 60
#define MIN_LINES 18

static volatile sig_atomic_t stop_signal, interrupted;

static void on_stop_signal(int sig)
{
	stop_signal = sig;
}

static void on_interrupt(int sig)
{
	(void)sig;
	interrupted = 1;
}

static void leave_app(struct app *a)
{
	a->quit = true;
}

static const char leave_question[] =
	N_("Leave convene? Everything entered is saved; the meeting can be resumed. (Ctrl-C "
	   "again leaves)");
static const char leave_typing_question[] =
	N_("Leave convene? What is typed in the field and not yet entered will be lost; "
	   "everything entered is saved. (Ctrl-C again leaves)");

/* Ctrl-C: asks, unless the question is already open, when it leaves. Text
 * still in a field is not saved: the question says so. */
static void interrupt(struct app *a)
{
	interrupted = 0;
	if (a->confirm_question && (strcmp(a->confirm_question, _(leave_question)) == 0 ||
				    strcmp(a->confirm_question, _(leave_typing_question)) == 0)) {
		stop_signal = SIGINT;
		return;
	}
	bool typing = a->screen->typing && a->screen->typing(a);
	app_confirm(a, typing ? _(leave_typing_question) : _(leave_question), leave_app);
}

int64_t app_now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

void app_go(struct app *a, const struct screen *to)
{
	if (to == &screen_help && a->screen != &screen_help)
		a->help_return = a->screen;
	a->screen = to;
	if (to->enter)
		to->enter(a);
}

void app_show_meeting(struct app *a)
{
	const struct step *st = meeting_current_step(&a->session.engine);
	if (a->room_view) {
		app_go(a, &screen_room);
		return;
	}
	if (a->session.engine.on_break) {
		app_go(a, &screen_break);
		return;
	}
	switch (a->session.engine.view) {
	case VIEW_RESULTS:
		app_go(a, kind_ui(st->kind)->results ? kind_ui(st->kind)->results : &screen_results);
		break;
	case VIEW_STEP:
		app_go(a, kind_ui_own_screens(st) ? kind_ui(st->kind)->step : &screen_rate);
		break;
	case VIEW_CLOSING:
		app_go(a, &screen_text);
		break;
	}
}

bool app_list_move(enum action act, size_t *sel, size_t n)
{
	if (act == ACT_UP && *sel > 0)
		(*sel)--;
	else if (act == ACT_DOWN && *sel + 1 < n)
		(*sel)++;
	return act == ACT_UP || act == ACT_DOWN;
}

void app_too_long(struct app *a, const char *text)
{
	app_error(a, _("This is %zu bytes, longer than convene edits on screen (%d): it is kept as "
		    "it is."),
		  strlen(text), FIELD_MAX_BYTES);
}

bool app_edit_field(struct app *a, struct field *f, enum action act, int key)
{
	switch (act) {
	case ACT_NONE:
		/* Control keys that bind to nothing are ignored, not typed. */
		if (!(key & FKEY(0)) && !field_insert(f, (unsigned)key) && key >= 0x20)
			app_error(a, "%s", _("That is as long as this field can be."));
		return true;
	case ACT_ERASE:
		field_erase(f);
		return true;
	case ACT_ERASE_NEXT:
		field_erase_next(f);
		return true;
	case ACT_LEFT:
		field_left(f);
		return true;
	case ACT_RIGHT:
		field_right(f);
		return true;
	case ACT_HOME:
		f->cursor = 0;
		return true;
	case ACT_END:
		f->cursor = f->len;
		return true;
	case ACT_KILL:
		field_kill_before(f);
		return true;
	default:
		return false;
	}
}

void app_leave_meeting(struct app *a)
{
	if (a->in_meeting) {
		seats_follow_stop(&a->seats, &a->session);
		session_finish(&a->session);
	}
	a->in_meeting = false;
	a->room_view = false;
	app_go(a, &screen_home);
}

bool app_load_record(struct app *a, int64_t id, struct meeting_record *r)
{
	char key[24];
	snprintf(key, sizeof key, "%lld", (long long)id);
	bool found = false;
	if (!store_load_meeting(a->store, key, &found, r)) {
		app_error(a, "%s", store_error(a->store));
		meeting_record_free(r); /* what was read before the error */
		return false;
	}
	return found;
}

static void set_message(struct app *a, bool error, const char *fmt, va_list ap)
	PRINTF_LIKE(3, 0);

static void set_message(struct app *a, bool error, const char *fmt, va_list ap)
{
	free(a->message);
	a->message = xvasprintf(fmt, ap);
	a->message_is_error = error;
}

void app_say(struct app *a, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	set_message(a, false, fmt, ap);
	va_end(ap);
}

void app_error(struct app *a, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	set_message(a, true, fmt, ap);
	va_end(ap);
	beep();
}

void app_confirm(struct app *a, const char *question, confirm_fn yes)
{
	app_choose(a, question, yes, NULL);
}

void app_choose(struct app *a, const char *question, confirm_fn yes, confirm_fn no)
{
	free(a->confirm_question);
	a->confirm_question = xstrdup(question);
	a->confirm_yes = yes;
	a->confirm_no = no;
}

void app_ask_conflict(struct app *a, const char *theirs, confirm_fn yours, confirm_fn keep_theirs)
{
	/* Long words are cut: the question must fit its box. */
	char *now = text_fit(theirs ? theirs : "", 160);
	/* TRANSLATORS: y and n are the keys that answer yes and no in your
	 * language (s and n in Spanish). */
	char *q = xasprintf(_("Someone changed this since you opened it. Now: \"%s\". y saves "
			      "yours over it, n keeps theirs."),
			    now);
	app_choose(a, q, yours, keep_theirs);
	free(q);
	free(now);
}

int frame_top(void)
{
	return 2;
}

/* Rows the message takes above the footer in this frame: one when it fits or
 * there is none (the row is always kept, so screens do not jump), more when a
 * long message wraps, so its advice ("free some space and try again") is never
 * cut at the screen's edge; the body gives way above it. */
static int message_rows = 1;

/* An error is marked "!" before its text, not told from other messages by
 * its colour alone: a colour-blind reader, the mono theme and a projector
 * that washes the colour out still see which it is. Its text starts after
 * the mark. */
static int message_x(const struct app *a)
{
	return a->message_is_error ? 3 : 1;
}

static int message_height(const struct app *a)
{
	if (!a->message)
		return 1;
	int h = draw_wrapped_height(COLS - 1 - message_x(a), a->message);
	int most = (LINES - frame_top() - 1) / 3;
	return h < 1 ? 1 : h > most ? most : h;
}

int frame_bottom(void)
{
	return LINES - 2 - message_rows; /* then the message and the footer */
}

void frame_header(const struct app *a, const char *left, const char *right)
{
	(void)a;
	draw_fill(0, 0, COLS, STYLE_REVERSE);
	/* Where the room is (the right side) matters more than the names. */
	int rw = 0;
	if (right) {
		rw = text_width(right);
		if (rw > COLS / 2)
			rw = COLS / 2;
		draw_text(0, COLS - 1 - rw, rw, STYLE_REVERSE, right);
	}
	draw_textf(0, 1, COLS - rw - 4, STYLE_REVERSE, "convene  %s", left ? left : "");
}

struct key_rows app_keys(const struct screen *s)
{
	return (struct key_rows){ s->keys, s->n_keys };
}

static unsigned current_scope(const struct app *a)
{
	if (LINES < MIN_LINES || COLS < MIN_COLS)
		return SCOPE_SMALL;
	if (a->confirm_question)
		return SCOPE_CONFIRM;
	const struct screen *s = a->screen;
	if (s->typing && s->typing(a))
		return SCOPE_INPUT;
	return s->scope;
}

/* Whether b is a key the footer may show now: labelled, in the scope, the
 * one that acts for its key, and available on the screen. */
static bool footer_may_show(const struct app *a, struct key_rows keys, unsigned scope,
			    const struct binding *b)
{
	const struct screen *s = a->screen;
	if (!(b->scope & scope) || !b->label)
		return false;
	if ((scope == s->scope || scope == SCOPE_INPUT) && s->available &&
	    !s->available(a, b->action))
		return false;
	return bindings_lookup(keys, scope, b->key) == b->action;
}

static int footer_width(const struct binding *b)
{
	return b ? text_width(bindings_keyname(b)) + text_width(bindings_label(b)) + 3 : 0;
}

void frame_footer(const struct app *a)
{
	unsigned scope = current_scope(a);
	struct key_rows keys = app_keys(a->screen);
	size_t n = bindings_count(keys);
	int x = 1, y = LINES - 1;
	draw_fill(y, 0, COLS, STYLE_NORMAL);
	bool shown[ACT_COUNT] = { false };
	/* What does not fit is dropped, but never the key to the help screen,
	 * which lists them all (its room is kept at the end), nor the key that
	 * moves on (a longer language's labels must not hide the way forward):
	 * its room is kept until it is drawn in its place. */
	const struct binding *help = NULL, *next = NULL;
	for (size_t i = 0; i < n; i++) {
		const struct binding *b = bindings_row(keys, i);
		if (!help && (b->scope & scope) && b->label && b->action == ACT_HELP &&
		    bindings_lookup(keys, scope, b->key) == ACT_HELP)
			help = b;
		if (!next && b->action == ACT_NEXT && footer_may_show(a, keys, scope, b))
			next = b;
	}
	int room = COLS - footer_width(help), keep = footer_width(next);
	bool full = false;
	for (size_t i = 0; i < n; i++) {
		const struct binding *b = bindings_row(keys, i);
		if (shown[b->action] || b == help || !footer_may_show(a, keys, scope, b))
			continue;
		if (b == next) {
			keep = 0;
		} else {
			if (full || x + footer_width(b) > room - keep) {
				full = true;
				continue;
			}
		}
		shown[b->action] = true;
		x += draw_text(y, x, COLS - x, STYLE_REVERSE, bindings_keyname(b));
		x += draw_text(y, x + 1, COLS - x - 1, STYLE_NORMAL, bindings_label(b)) + 3;
	}
	if (help && x + (COLS - room) <= COLS) {
		x += draw_text(y, x, COLS - x, STYLE_REVERSE, bindings_keyname(help));
		draw_text(y, x + 1, COLS - x - 1, STYLE_NORMAL, bindings_label(help));
	}
}

static void draw_message(const struct app *a)
{
	if (!a->message)
		return;
	int y = LINES - 1 - message_rows;
	for (int i = 0; i < message_rows; i++)
		draw_fill(y + i, 0, COLS, STYLE_NORMAL);
	if (a->message_is_error)
		draw_text(y, 1, 1, STYLE_ALERT, "!");
	draw_wrapped(y, message_x(a), COLS - 1 - message_x(a), message_rows,
		     a->message_is_error ? STYLE_ALERT : STYLE_BOLD, a->message);
}

static void draw_confirm(const struct app *a)
{
	int w = COLS - 8 < 64 ? COLS - 8 : 64;
	int h = draw_wrapped_height(w - 4, a->confirm_question) + 4;
	int y = (LINES - h) / 2, x = (COLS - w) / 2;
	for (int i = 0; i < h; i++)
		draw_fill(y + i, x, w, STYLE_REVERSE);
	draw_wrapped(y + 1, x + 2, w - 4, h - 3, STYLE_REVERSE, a->confirm_question);
	/* TRANSLATORS: under every yes/no question: the keys that answer it in
	 * your language (s = sí in Spanish). */
	draw_text(y + h - 2, x + 2, w - 4, STYLE_ALERT, _("y = yes   n = no"));
}

static void draw_all(struct app *a)
{
	draw_clear();
	draw_cursor(0, 0, false);
	if (LINES < MIN_LINES || COLS < MIN_COLS) {
		char *msg = xasprintf(_("The terminal is too small for convene: it needs at least "
					"%d columns and %d lines, and has %dx%d. Enlarge the window "
					"or use a smaller font; nothing is lost. q quits."),
				      MIN_COLS, MIN_LINES, COLS, LINES);
		draw_wrapped(0, 0, COLS, LINES, STYLE_BOLD, msg);
		free(msg);
		draw_finish();
		return;
	}
	message_rows = message_height(a);
	a->screen->draw(a);
	draw_message(a);
	if (a->confirm_question) {
		draw_cursor(0, 0, false);
		draw_confirm(a);
	}
	if (!a->screen->bare)
		frame_footer(a);
	draw_finish();
}

void app_answer(struct app *a, enum action act)
{
	confirm_fn yes = a->confirm_yes, no = a->confirm_no;
	if (act != ACT_YES && act != ACT_NO && act != ACT_CANCEL) {
		/* A key that answers nothing says which keys do. */
		/* TRANSLATORS: y and n as in "y = yes   n = no". */
		app_error(a, "%s", _("Answer with y or n (Esc closes the question)."));
		return;
	}
	free(a->confirm_question);
	a->confirm_question = NULL;
	a->confirm_yes = a->confirm_no = NULL;
	/* Esc only closes the question: n may do something of its own. */
	if (act == ACT_YES)
		yes(a);
	else if (act == ACT_NO && no)
		no(a);
}

static void handle_key(struct app *a, int key)
{
	unsigned scope = current_scope(a);
	enum action act = bindings_lookup(app_keys(a->screen), scope, key);
	if (scope == SCOPE_SMALL) {
		if (act == ACT_QUIT)
			a->quit = true;
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
	/* A new key press retires the last message, unless it is an error the
	 * user has not acted on yet. */
	if (a->message && !a->message_is_error) {
		free(a->message);
		a->message = NULL;
	}
	if (act == ACT_HELP) {
		app_go(a, &screen_help);
		return;
	}
	if (act == ACT_NONE && scope != SCOPE_INPUT)
		return;
	if (a->message && a->message_is_error) {
		free(a->message);
		a->message = NULL;
	}
	a->screen->act(a, act, key);
}

/* While a clock runs, the loop wakes once a second, on the second, to
 * redraw it; otherwise it sleeps until a key. */
static int clock_wait_ms(const struct app *a)
{
	const struct meeting *m = &a->session.engine;
	int64_t now = app_now_ms(), counted;
	if (m->on_break)
		counted = now - m->break_started_ms;
	else if (!m->paused && m->step < m->protocol->n_steps && m->view != VIEW_CLOSING)
		counted = meeting_step_elapsed_ms(m, m->step, now);
	else
		return -1;
	int ms = 1000 - (int)(counted % 1000);
	return ms > 0 ? ms : 1000;
}

static void restore_terminal(void)
{
	if (!isendwin())
		endwin();
}

/* Rings once when the current step first runs over. */
static void ring_at_overtime(struct app *a, const struct ui_options *opt)
{
	static size_t rung_for = (size_t)-1;
	if (!opt->bell || !a->in_meeting)
		return;
	struct step_timer t;
	meeting_timer(&a->session.engine, app_now_ms(), &t);
	size_t step = a->session.engine.step;
	if (t.overtime && rung_for != step) {
		beep();
		rung_for = step;
	}
}

int ui_run(struct store *s, const struct catalog *c, const struct ui_options *opt)
{
	struct app a = { .store = s, .catalog = c };
	if (!draw_start(opt->theme, on_stop_signal, on_interrupt))
		return EX_USAGE;
	store_set_patience(s, APP_STORE_PATIENCE_MS);
	atexit(restore_terminal);
	app_go(&a, opt->review ? &screen_review : &screen_home);
	int errors = 0;
	while (!a.quit && !stop_signal) {
		if (interrupted)
			interrupt(&a);
		if (stop_signal)
			break;
		if (a.in_meeting)
			seats_follow_poll(&a.seats, &a.session, app_now_ms());
		draw_all(&a);
		ring_at_overtime(&a, opt);
		const struct screen *now = a.screen;
		int wait = now->wait_ms ? now->wait_ms(&a) : -1;
		int clock = a.in_meeting ? clock_wait_ms(&a) : -1;
		if (clock >= 0 && (wait < 0 || clock < wait))
			wait = clock;
		/* What seats enter shows within a fraction of a second. */
		if (a.in_meeting && (wait < 0 || wait > SEATS_POLL_MS))
			wait = SEATS_POLL_MS;
		timeout(wait);
		wint_t ch;
		errno = 0;
		int r = get_wch(&ch);
		if (r == ERR) {
			/* A hung-up terminal returns errors forever: stop, don't spin,
			 * whether or not a SIGHUP said so. */
			if (errno == EINTR && interrupted)
				continue;
			if (errno == EIO || draw_terminal_gone() ||
			    (wait < 0 && errno != EINTR && ++errors > 100)) {
				stop_signal = SIGHUP; /* as if it had come */
				break;
			}
			continue;
		}
		errors = 0;
		int key = r == KEY_CODE_YES ? FKEY((int)ch) : (int)ch;
		if (key == FKEY(KEY_RESIZE))
			continue;
		handle_key(&a, key);
	}
	if (a.in_meeting) {
		seats_follow_stop(&a.seats, &a.session);
		session_finish(&a.session);
	}
	free(a.message);
	free(a.confirm_question);
	restore_terminal();
	return stop_signal == SIGINT ? 130 : stop_signal ? 128 + stop_signal : 0;
}
