/*
 * lineview: scrolling a list of lines that wrap to several screen rows,
 * with a selection that rests only on some of them (the entries one can
 * act on) and only while they are on screen. Scrolling counts screen rows,
 * not lines, so every row of the longest paragraph can be brought on
 * screen, and the end of the list is reachable at any terminal size.
 */
#ifndef CONVENE_UI_LINEVIEW_H
#define CONVENE_UI_LINEVIEW_H

#include "bindings.h"

#include <stdbool.h>
#include <stddef.h>

#define LINEVIEW_NONE ((size_t)-1)

struct lineview {
	int *row;   /* row[i]: the first screen row of line i; row[n]: all rows */
	size_t n;
	size_t cur; /* the selected line, on screen; LINEVIEW_NONE when none is */
	int top;    /* the first screen row shown */
	int room;   /* the rows on screen */
	bool (*stop)(size_t i, void *ctx); /* whether line i may be selected */
	void *ctx;
};

/* Lays out n lines, line i taking height(i) rows, in room rows; keeps the
 * selection on screen (or selects the first line on screen that may be).
 * Call before drawing and before acting, so a resized terminal counts. */
void lineview_layout(struct lineview *v, size_t n, int room, int (*height)(size_t i, void *ctx),
		     void *ctx);
void lineview_free(struct lineview *v);

/* Up and Down select the next line that may be selected when it is on
 * screen, and otherwise scroll a row, so that the view moves on through
 * lines nobody selects. PgUp, PgDn, Home and End move the view and select
 * the first line on screen that may be. False for any other action. */
bool lineview_act(struct lineview *v, enum action act);

/* Selects line i (and brings it on screen), putting it at the top of the
 * screen when at_top. */
void lineview_goto(struct lineview *v, size_t i, bool at_top);

/* The first line on screen, and how many of its rows are above the screen. */
size_t lineview_first(const struct lineview *v, int *skip);

/* Where the screen is, e.g. "Lines 20-38 of 187 (20%), more below: PgDn, End". */
void lineview_where(const struct lineview *v, char *out, size_t size);

#endif
