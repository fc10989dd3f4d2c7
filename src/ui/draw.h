/*
 * draw: the small drawing vocabulary screens use, so that only this file,
 * ui.c and input.c speak curses. Text is always sanitized and cut to the
 * columns it may use; nothing is drawn outside the screen.
 */
#ifndef CONVENE_UI_DRAW_H
#define CONVENE_UI_DRAW_H

#include <stdbool.h>

enum style {
	STYLE_NORMAL,
	STYLE_BOLD,
	STYLE_DIM,
	STYLE_REVERSE,   /* selection */
	STYLE_TITLE,     /* headings */
	STYLE_ALERT,     /* what the room should notice; never colour alone */
};

#include "convene/text.h"
#include "convene/ui.h"

/* Sets up colours for the theme, once the terminal is up; NO_COLOR (set and
 * not empty) and terminals without colours get the monochrome theme. */
/* Starts ncurses on stdout; false, with a message saying what to set,
 * when the terminal type is unknown. */
bool draw_open(void);
/* Whether the terminal has gone (closed window, dropped connection) even
 * when no SIGHUP came: reading it then fails at once, forever. */
bool draw_terminal_gone(void);
void draw_theme(enum ui_theme theme);
/* Opens the terminal as every full-screen view of convene uses it (keys
 * one at a time, unechoed, keypad codes, no cursor) in theme; stop is
 * called on SIGHUP and SIGTERM and, when interrupt is NULL, on SIGINT.
 * False when the terminal cannot be used (draw_open says why). */
bool draw_start(enum ui_theme theme, void (*stop)(int), void (*interrupt)(int));

int draw_lines(void);
int draw_cols(void);
void draw_clear(void);
/* Draws one line of text at y, x, at most w columns; returns columns used.
 * Text that does not fit ends with an ellipsis, cut after a whole word
 * where it can be. */
int draw_text(int y, int x, int w, enum style st, const char *s);
int draw_textf(int y, int x, int w, enum style st, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));
/* Like draw_text, for a person's name: a cut keeps its start and its end
 * ("Maximilian…Worthington"). */
int draw_name(int y, int x, int w, enum style st, const char *name);
/* s sanitized, fitted and padded with spaces to exactly cells columns, for
 * a column inside a line (newly allocated): padding counts cells, never
 * bytes, so accented and CJK names keep the columns after them aligned. */
char *pad_cells(const char *s, int cells, enum text_cut how);
/* The width of a column of names: the widest name's cells, at least min and
 * at most max, so that a list of people lines its next column up after the
 * longest name it can show whole (accented, CJK or long). */
int draw_names_width(const char *const *names, size_t n, int min, int max);
/* Word-wraps s into the box; returns the lines used (at most max_lines).
 * A word is cut only when it alone is longer than the line; when the text
 * needs more than max_lines, the last line ends with an ellipsis. */
int draw_wrapped(int y, int x, int w, int max_lines, enum style st, const char *s);
/* Like draw_wrapped, leaving out the first `from` lines of the wrapped text. */
int draw_wrapped_from(int y, int x, int w, int from, int max_lines, enum style st,
		      const char *s);
/* How many lines draw_wrapped would use. */
int draw_wrapped_height(int w, const char *s);
/*
 * One entry of a list: prefix ("- ", "3. ") then s, on a line filled with
 * st. With max_lines > 1 the text wraps under itself (a hanging indent),
 * for the selected entry; with 1 it ends with an ellipsis when cut.
 * Returns the lines used.
 */
int draw_item(int y, int x, int w, int max_lines, enum style st, const char *prefix,
	      const char *s);
void draw_fill(int y, int x, int w, enum style st);
/* How many lines a selected list entry may take of the rows left. */
#define MAX_SELECTED_LINES(rows) ((rows) < 4 ? (rows) : 4)
void draw_hline(int y);
/* Where the text cursor goes once the frame is drawn (a field sets it). */
void draw_cursor(int y, int x, bool visible);
/* Places the cursor and sends the frame to the terminal. */
void draw_finish(void);
/* Whether the terminal can draw block characters (blocks.h says how that
 * is known): big digits and charts in blocks, or in ASCII without. */
bool draw_blocks(void);
/* A bar of n full blocks (or '#' without them). */
void draw_bar(int y, int x, int n, enum style st);

#endif
