/*
 * text: the one place that decides which bytes may reach a terminal or an
 * export. Everything read from a file, the database or the keyboard passes
 * through text_sanitize before it is drawn or printed.
 */
#ifndef CONVENE_TEXT_H
#define CONVENE_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

enum text_lines {
	TEXT_ONE_LINE,   /* newlines and tabs become spaces */
	TEXT_MULTI_LINE, /* newlines kept, tabs become spaces */
};

/*
 * Returns a newly allocated copy of s that is valid UTF-8 with no C0/C1
 * control characters, DEL, or bidirectional overrides. Invalid bytes and
 * controls become U+FFFD so that tampering stays visible.
 */
char *text_sanitize(const char *s, enum text_lines lines);
/*
 * The command line's one way to print: formats like fprintf, then writes
 * the message sanitized (TEXT_MULTI_LINE) to f. File names, values read
 * from a file and text from the database reach stdout and stderr only
 * through it, so no escape sequence (OSC 52, a title change, a CSI as
 * ESC [ or as U+009B) ever reaches the terminal raw. Returns what
 * fputs returns.
 */
int text_fprintf(FILE *f, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Whether s is printable ASCII only, which text_sanitize leaves as it is. */
bool text_is_plain(const char *s);

/* True if s is valid UTF-8 (overlongs and surrogates rejected). */
bool text_valid_utf8(const char *s, size_t len);

/* The byte offset of the first byte of s that is not valid UTF-8, or -1;
 * with its line and column (1-based, the column in characters, as a text
 * editor counts them), for saying where a file is not UTF-8. */
long text_first_invalid_utf8(const char *s, size_t len, int *line, int *col);

/* The first forbidden character of s (a control other than \n or \t, or
 * invalid UTF-8) as a byte offset, or -1 if there is none. */
long text_find_forbidden(const char *s, size_t len);

/*
 * Display cells. A string is measured and cut in clusters: one code point
 * with the zero-width marks (combining accents) that follow it, so a mark
 * always stays with its base. A cluster's width is wcwidth() of its base
 * (2 for CJK, 1 for a character wcwidth does not know); a wide character is
 * never split: when it does not fit, the text stops before it.
 */

/* Column width of a sanitized UTF-8 string on a terminal. */
int text_width(const char *s);

/* The ellipsis that marks cut text: "…" (one cell) in a UTF-8 locale,
 * "..." otherwise. */
const char *text_ellipsis(void);

/* How many bytes of s fit in at most cells columns, whole clusters only;
 * *used (if not NULL) gets their width. */
size_t text_prefix(const char *s, int cells, int *used);

/*
 * A newly allocated copy of s in at most cells columns. When s does not
 * fit it is cut and ends with the ellipsis: after the last whole word when
 * that keeps at least half the room, mid-word otherwise.
 */
char *text_fit(const char *s, int cells);

/* Like text_fit, but a cut keeps the start and the end with the ellipsis
 * in the middle ("Maximiliana…Worthington"), for names (as ncdu does). */
char *text_fit_middle(const char *s, int cells);

enum text_cut { TEXT_CUT_END, TEXT_CUT_MIDDLE };
/* s fitted to cells (text_fit or text_fit_middle) and padded with spaces
 * to exactly cells columns: a table column that counts cells, not bytes. */
char *text_pad(const char *s, int cells, enum text_cut cut);

/*
 * Word wrapping: the length in bytes of the next line of s that fits in w
 * columns, ending at a newline, or before the last space that fits. A word
 * is cut only when it alone is longer than the line. *skip gets the bytes
 * to step over after the line (the space or newline it ended at); an
 * empty line is 0 bytes with *skip 1. The caller stops at the end of s.
 */
size_t text_line(const char *s, int w, size_t *skip);

/*
 * The first code point of s after its leading spaces (any of Unicode's,
 * U+00A0 and U+3000 included) and invisible format characters (U+200B,
 * U+FEFF, joiners, marks, variation selectors...): what a spreadsheet that
 * trims them would see first. 0 when there is none, or on invalid UTF-8.
 */
uint32_t text_first_visible(const char *s);

/* Strips leading and trailing white space in place; returns s. */
char *text_trim(char *s);

#endif
