/* draw: curses output for screens, through sanitizing, width-aware helpers. */
#include "draw.h"
#include "blocks.h"
#include "convene/i18n.h"
#include "convene/text.h"
#include "convene/util.h"

#include <curses.h>
#include <errno.h>
#include <fcntl.h>
#include <langinfo.h>
#include <locale.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>

int draw_lines(void)
{
	return LINES;
}

int draw_cols(void)
{
	return COLS;
}

/* A hang-up or an error on the terminal is a terminal gone. POLLNVAL is
 * not: macOS answers it for any terminal, poll() not supporting devices
 * there; so it counts only when standard input is really closed. */
bool draw_terminal_gone(void)
{
	struct pollfd p = { .fd = STDIN_FILENO, .events = POLLIN };
	if (poll(&p, 1, 0) != 1)
		return false;
	if (p.revents & (POLLHUP | POLLERR))
		return true;
	return (p.revents & POLLNVAL) && fcntl(STDIN_FILENO, F_GETFD) == -1 && errno == EBADF;
}

/* The character set of an installed locale, or NULL: LC_CTYPE switched to
 * it for the question and back (before curses starts). */
static const char *installed_codeset(const char *locale)
{
	static char name[32];
	const char *now = setlocale(LC_CTYPE, NULL);
	char *was = now ? xstrdup(now) : NULL;
	const char *found = NULL;
	if (setlocale(LC_CTYPE, locale)) {
		snprintf(name, sizeof name, "%s", nl_langinfo(CODESET));
		found = name;
	}
	if (was)
		setlocale(LC_CTYPE, was);
	free(was);
	return found;
}

static int blocks = -1; /* unknown until asked */

bool draw_blocks(void)
{
	if (blocks < 0) {
		struct blocks_env env = { getenv("CONVENE_ASCII"), getenv("TERM"), getenv("LC_ALL"),
					  getenv("LC_CTYPE"), getenv("LANG") };
		blocks = blocks_drawable(&env, installed_codeset);
	}
	return blocks;
}

bool draw_open(void)
{
	const char *term = getenv("TERM");
	draw_blocks(); /* decided now, while curses is not using the locale */
	const char *codeset = nl_langinfo(CODESET);
	/* main switches a non-UTF-8 locale to C.UTF-8; only a system without
	 * any UTF-8 locale gets here, where names would show as "??" and
	 * typed accents be dropped. */
	if (strcmp(codeset, "UTF-8") != 0) {
		text_fprintf(stderr,
			     _("convene: the app needs a UTF-8 terminal and locale, and this "
			       "locale's character set is %s; set LANG=C.UTF-8 (or install a "
			       "UTF-8 locale)\n"),
			     codeset);
		return false;
	}
	SCREEN *sp = newterm(NULL, stdout, stdin);
	if (sp && tigetstr("cup") != NULL && tigetstr("cup") != (char *)-1)
		return true;
	if (sp) {
		/* A terminal that cannot move its cursor (TERM=dumb) would get
		 * a title and nothing else: refused as an unknown one is. */
		endwin();
		delscreen(sp);
		text_fprintf(stderr,
			     _("convene: the terminal type '%s' cannot place text on the screen, so "
			       "the app cannot draw on it; try TERM=xterm-256color\n"),
			     term ? term : "");
		return false;
	}
	if (!term || !*term)
		fputs(_("convene: TERM is not set, so the app cannot draw on this terminal; set it, "
			"e.g. TERM=xterm-256color\n"),
		      stderr);
	else
		text_fprintf(stderr,
			     _("convene: this system does not know the terminal type '%s'; try "
			       "TERM=xterm-256color (or install ncurses-term)\n"),
			     term);
	return false;
}

void draw_clear(void)
{
	erase();
}

enum { PAIR_TITLE = 1, PAIR_ALERT, PAIR_BAR, PAIR_SCREEN };

static enum ui_theme theme = THEME_MONO;

bool ui_theme_parse(const char *name, enum ui_theme *out)
{
	static const char *const names[] = { "default", "projector", "mono" };
	for (size_t i = 0; i < ARRAY_LEN(names); i++)
		if (strcmp(name, names[i]) == 0) {
			*out = (enum ui_theme)i;
			return true;
		}
	return false;
}

void draw_theme(enum ui_theme wanted)
{
	const char *no_color = getenv("NO_COLOR");
	theme = wanted;
	if ((no_color && *no_color) || !has_colors() || start_color() == ERR)
		theme = THEME_MONO;
	if (theme == THEME_DEFAULT) {
		use_default_colors();
		init_pair(PAIR_TITLE, COLOR_CYAN, -1);
		init_pair(PAIR_ALERT, COLOR_BLACK, COLOR_YELLOW);
		init_pair(PAIR_BAR, COLOR_WHITE, COLOR_BLUE);
	} else if (theme == THEME_PROJECTOR) {
		/* Projectors wash out hue: maximum luminance contrast instead. */
		init_pair(PAIR_TITLE, COLOR_WHITE, COLOR_BLACK);
		init_pair(PAIR_ALERT, COLOR_BLACK, COLOR_YELLOW);
		init_pair(PAIR_BAR, COLOR_BLACK, COLOR_WHITE);
		init_pair(PAIR_SCREEN, COLOR_WHITE, COLOR_BLACK);
		bkgd(COLOR_PAIR(PAIR_SCREEN));
	}
}

/* Styles carry meaning through attributes (bold, reverse) in every theme;
 * colour only adds to them. */
static attr_t attr_of(enum style st)
{
	if (theme != THEME_MONO) {
		switch (st) {
		case STYLE_TITLE:
			return A_BOLD | COLOR_PAIR(PAIR_TITLE);
		case STYLE_ALERT:
			return A_BOLD | COLOR_PAIR(PAIR_ALERT);
		case STYLE_REVERSE:
			return theme == THEME_PROJECTOR ? A_BOLD | COLOR_PAIR(PAIR_BAR) :
							  A_REVERSE;
		case STYLE_NORMAL:
			return theme == THEME_PROJECTOR ? A_BOLD : A_NORMAL;
		case STYLE_DIM:
			/* Dim text washes out on a projector: the least there is
			 * plain, against the bold of everything else. */
			if (theme == THEME_PROJECTOR)
				return A_NORMAL;
			break;
		default:
			break;
		}
	}
	switch (st) {
	case STYLE_NORMAL:
		return A_NORMAL;
	case STYLE_BOLD:
	case STYLE_TITLE:
		return A_BOLD;
	case STYLE_DIM:
		return A_DIM;
	case STYLE_REVERSE:
		return A_REVERSE;
	case STYLE_ALERT:
		return A_REVERSE | A_BOLD;
	}
	return A_NORMAL;
}

/* Draws up to w columns of the already sanitized s; returns columns used. */
static int put(int y, int x, int w, attr_t at, const char *s)
{
	if (y < 0 || y >= LINES || x < 0 || x >= COLS || w <= 0)
		return 0;
	if (w > COLS - x)
		w = COLS - x;
	mbstate_t ps;
	memset(&ps, 0, sizeof ps);
	int used = 0;
	size_t len = strlen(s);
	attron(at);
	move(y, x);
	while (len > 0) {
		wchar_t wc;
		size_t n = mbrtowc(&wc, s, len, &ps);
		if (n == (size_t)-1 || n == (size_t)-2) {
			wc = L'?';
			n = 1;
			memset(&ps, 0, sizeof ps);
		}
		int cw = wcwidth(wc);
		if (cw < 0)
			cw = 1, wc = L'?';
		if (used + cw > w)
			break;
		addnwstr(&wc, 1);
		used += cw;
		s += n;
		len -= n;
	}
	attroff(at);
	return used;
}

/* The columns text at x may use: at most w, and never past the screen. */
static int room(int x, int w)
{
	return w < COLS - x ? w : COLS - x;
}

static int draw_cut(int y, int x, int w, attr_t at, const char *s, enum text_cut how)
{
	char *clean = text_sanitize(s, TEXT_ONE_LINE);
	int r = room(x, w);
	int used;
	if (text_width(clean) <= r) {
		used = put(y, x, r, at, clean);
	} else {
		char *fit = how == TEXT_CUT_MIDDLE ? text_fit_middle(clean, r) : text_fit(clean, r);
		used = put(y, x, r, at, fit);
		free(fit);
	}
	free(clean);
	return used;
}

int draw_text(int y, int x, int w, enum style st, const char *s)
{
	return draw_cut(y, x, w, attr_of(st), s, TEXT_CUT_END);
}

int draw_textf(int y, int x, int w, enum style st, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *s = xvasprintf(fmt, ap);
	va_end(ap);
	int used = draw_text(y, x, w, st, s);
	free(s);
	return used;
}

int draw_name(int y, int x, int w, enum style st, const char *name)
{
	return draw_cut(y, x, w, attr_of(st), name, TEXT_CUT_MIDDLE);
}

char *pad_cells(const char *s, int cells, enum text_cut how)
{
	char *clean = text_sanitize(s, TEXT_ONE_LINE);
	char *padded = text_pad(clean, cells, how);
	free(clean);
	return padded;
}

int draw_names_width(const char *const *names, size_t n, int min, int max)
{
	int w = min;
	for (size_t i = 0; i < n; i++) {
		char *clean = text_sanitize(names[i], TEXT_ONE_LINE);
		if (text_width(clean) > w)
			w = text_width(clean);
		free(clean);
	}
	return w < max ? w : max;
}

/* The rows of s wrapped to w, from row `from` on: the first ones are skipped
 * so that a view can start in the middle of a long paragraph. */
static int wrap(int y, int x, int w, int from, int max_lines, attr_t at, const char *s,
		bool paint)
{
	char *clean = text_sanitize(s, TEXT_MULTI_LINE);
	const char *p = clean;
	int lines = 0;
	while (*p && lines < max_lines && w > 0) {
		size_t skip;
		size_t len = text_line(p, w, &skip);
		if (from > 0) {
			from--;
			p += len + skip;
			continue;
		}
		bool last = lines == max_lines - 1 && p[len + skip] != '\0';
		if (paint && last) {
			/* Out of lines with text left: the last line says so. */
			char *rest = text_sanitize(p, TEXT_ONE_LINE);
			char *fit = text_fit(rest, w);
			put(y + lines, x, room(x, w), at, fit);
			free(fit);
			free(rest);
		} else if (paint) {
			char *line = xstrndup(p, len);
			put(y + lines, x, room(x, w), at, line);
			free(line);
		}
		lines++;
		p += len + skip;
	}
	free(clean);
	return lines;
}

int draw_wrapped(int y, int x, int w, int max_lines, enum style st, const char *s)
{
	return wrap(y, x, w, 0, max_lines, attr_of(st), s, true);
}

int draw_wrapped_from(int y, int x, int w, int from, int max_lines, enum style st,
		      const char *s)
{
	return wrap(y, x, w, from, max_lines, attr_of(st), s, true);
}

int draw_wrapped_height(int w, const char *s)
{
	return wrap(0, 0, w, 0, INT32_MAX, A_NORMAL, s, false);
}

int draw_item(int y, int x, int w, int max_lines, enum style st, const char *prefix,
	      const char *s)
{
	int pw = text_width(prefix);
	if (max_lines < 1 || w <= pw)
		return 0;
	int h = draw_wrapped_height(w - pw, s);
	if (h > max_lines)
		h = max_lines;
	if (h < 1)
		h = 1;
	for (int i = 0; i < h; i++)
		draw_fill(y + i, x, w, st);
	draw_text(y, x, pw, st, prefix);
	draw_wrapped(y, x + pw, w - pw, h, st, s);
	return h;
}

void draw_fill(int y, int x, int w, enum style st)
{
	if (y < 0 || y >= LINES || x < 0 || x >= COLS)
		return;
	if (w > COLS - x)
		w = COLS - x;
	attron(attr_of(st));
	mvhline(y, x, ' ', w);
	attroff(attr_of(st));
}

void draw_hline(int y)
{
	if (y >= 0 && y < LINES)
		mvhline(y, 0, ACS_HLINE, COLS);
}

static struct {
	int y, x;
	bool visible;
} cursor;

void draw_cursor(int y, int x, bool visible)
{
	cursor.y = y, cursor.x = x, cursor.visible = visible;
}

void draw_finish(void)
{
	curs_set(cursor.visible ? 1 : 0);
	if (cursor.visible)
		move(cursor.y, cursor.x);
	refresh();
}

void draw_bar(int y, int x, int n, enum style st)
{
	static const wchar_t block[] = L"\x2588";
	bool utf8 = draw_blocks();
	if (y < 0 || y >= LINES)
		return;
	attron(attr_of(st));
	for (int i = 0; i < n && x + i < COLS; i++) {
		if (utf8)
			mvaddnwstr(y, x + i, block, 1);
		else
			mvaddch(y, x + i, '#');
	}
	attroff(attr_of(st));
}

bool draw_start(enum ui_theme wanted, void (*stop)(int), void (*interrupt)(int))
{
	if (!draw_open())
		return false;
	draw_theme(wanted);
	cbreak();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	set_escdelay(25);
	curs_set(0);
	struct sigaction sa = { .sa_handler = stop };
	sigemptyset(&sa.sa_mask);
	sigaction(SIGHUP, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	struct sigaction si = { .sa_handler = interrupt ? interrupt : stop };
	sigemptyset(&si.sa_mask);
	sigaction(SIGINT, &si, NULL);
	return true;
}
