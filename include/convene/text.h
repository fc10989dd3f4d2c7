/*
 * text: the one place that decides which bytes may reach a terminal or an
 * export. Everything read from a file, the database or the keyboard passes
 * through text_sanitize before it is drawn or printed.
 */
#ifndef CONVENE_TEXT_H
#define CONVENE_TEXT_H

#include <stdbool.h>
#include <stddef.h>

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
/* Whether s is printable ASCII only, which text_sanitize leaves as it is. */
bool text_is_plain(const char *s);

/* True if s is valid UTF-8 (overlongs and surrogates rejected). */
bool text_valid_utf8(const char *s, size_t len);

/* The first forbidden character of s (a control other than \n or \t, or
 * invalid UTF-8) as a byte offset, or -1 if there is none. */
long text_find_forbidden(const char *s, size_t len);

/* Column width of a sanitized UTF-8 string on a terminal. */
int text_width(const char *s);

/* Strips leading and trailing white space in place; returns s. */
char *text_trim(char *s);

#endif
