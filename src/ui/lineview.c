/*
 * lineview: the scroll position (in screen rows) and the selection of a
 * list of wrapped lines. The view leads and the selection follows: moving
 * the view never waits for something selectable, so the end of the list is
 * always reachable, and a selection is only ever a line the reader can see.
 */
#include "lineview.h"
#include "convene/util.h"
#include "convene/i18n.h"

#include <stdio.h>
#include <stdlib.h>

#define NONE LINEVIEW_NONE

static bool can_stop(const struct lineview *v, size_t i)
{
	return i < v->n && (!v->stop || v->stop(i, v->ctx));
}

static int max_top(const struct lineview *v)
{
	int over = v->row[v->n] - v->room;
	return over > 0 ? over : 0;
}

static void clamp(struct lineview *v)
{
	if (v->top > max_top(v))
		v->top = max_top(v);
	if (v->top < 0)
		v->top = 0;
}

/* Whether line i is seen: all of it, or, taller than the screen, part. */
static bool visible(const struct lineview *v, size_t i)
{
	int s = v->row[i], e = v->row[i + 1];
	if (e - s <= v->room)
		return s >= v->top && e <= v->top + v->room;
	return s < v->top + v->room && e > v->top;
}

/* The first (or last) line on screen that may be selected, or NONE. */
static size_t seen_stop(const struct lineview *v, bool last)
{
	size_t found = NONE;
	for (size_t i = 0; i < v->n && v->row[i] < v->top + v->room; i++)
		if (v->row[i + 1] > v->top && can_stop(v, i) && visible(v, i)) {
			found = i;
			if (!last)
				break;
		}
	return found;
}

/* The selected line on screen: all of it when it fits, else part of it,
 * so that Up and Down can scroll through it a row at a time. */
static void show_selection(struct lineview *v)
{
	if (v->cur != NONE) {
		int s = v->row[v->cur], e = v->row[v->cur + 1];
		if (e - s <= v->room) {
			if (s < v->top)
				v->top = s;
			else if (e > v->top + v->room)
				v->top = e - v->room;
		} else if (e <= v->top) {
			v->top = e - v->room;
		} else if (s >= v->top + v->room) {
			v->top = s;
		}
	}
	clamp(v);
}

/* After the view moved: a selection scrolled away follows to the lines in
 * view, first or last as the view went down or up. */
static void follow(struct lineview *v, bool last)
{
	clamp(v);
	if (v->cur == NONE || !visible(v, v->cur))
		v->cur = seen_stop(v, last);
}

void lineview_layout(struct lineview *v, size_t n, int room, int (*height)(size_t i, void *ctx),
		     void *ctx)
{
	v->row = xreallocarray(v->row, n + 1, sizeof *v->row);
	v->n = n;
	v->room = room > 1 ? room : 1;
	v->row[0] = 0;
	for (size_t i = 0; i < n; i++) {
		int h = height(i, ctx);
		v->row[i + 1] = v->row[i] + (h > 0 ? h : 1);
	}
	if (v->cur != NONE && !can_stop(v, v->cur))
		v->cur = NONE;
	show_selection(v);
	if (v->cur == NONE)
		v->cur = seen_stop(v, false);
}

void lineview_free(struct lineview *v)
{
	free(v->row);
	*v = (struct lineview){ .cur = NONE };
}

size_t lineview_first(const struct lineview *v, int *skip)
{
	size_t i = 0;
	while (i + 1 < v->n && v->row[i + 1] <= v->top)
		i++;
	*skip = v->n ? v->top - v->row[i] : 0;
	return i;
}

static void down(struct lineview *v)
{
	size_t i = v->cur;
	if (i != NONE && v->row[i + 1] > v->top + v->room) {
		v->top++; /* the rest of a tall line first */
		return;
	}
	/* The next selectable line, if it starts on screen; else a row more. */
	for (i = i == NONE ? 0 : i + 1; i < v->n && !can_stop(v, i); i++)
		;
	if (i < v->n && v->row[i] >= v->top && v->row[i] < v->top + v->room) {
		v->cur = i;
		show_selection(v);
	} else {
		v->top++;
		follow(v, false);
	}
}

static void up(struct lineview *v)
{
	size_t i = v->cur;
	if (i != NONE && v->row[i] < v->top) {
		v->top--;
		return;
	}
	size_t prev = NONE;
	for (size_t k = 0; k < (i == NONE ? v->n : i); k++)
		if (can_stop(v, k))
			prev = k;
	if (prev != NONE && v->row[prev + 1] > v->top && v->row[prev + 1] <= v->top + v->room) {
		v->cur = prev;
		show_selection(v);
	} else {
		v->top--;
		follow(v, true);
	}
}

bool lineview_act(struct lineview *v, enum action act)
{
	int page = v->room > 2 ? v->room - 1 : 1; /* a row of the last page stays */
	switch (act) {
	case ACT_UP:
		up(v);
		break;
	case ACT_DOWN:
		down(v);
		break;
	case ACT_PAGE_DOWN:
		v->top += page;
		v->cur = NONE;
		follow(v, false);
		break;
	case ACT_PAGE_UP:
		v->top -= page;
		v->cur = NONE;
		follow(v, false);
		break;
	case ACT_HOME:
		v->top = 0;
		v->cur = NONE;
		follow(v, false);
		break;
	case ACT_END:
		v->top = max_top(v);
		v->cur = NONE;
		follow(v, true);
		break;
	default:
		return false;
	}
	return true;
}

void lineview_goto(struct lineview *v, size_t i, bool at_top)
{
	if (i >= v->n)
		return;
	if (at_top)
		v->top = v->row[i];
	v->cur = can_stop(v, i) ? i : NONE;
	show_selection(v);
	if (v->cur == NONE)
		follow(v, false);
}

void lineview_where(const struct lineview *v, char *out, size_t size)
{
	int total = v->n ? v->row[v->n] : 0;
	int last = v->top + v->room < total ? v->top + v->room : total;
	if (total <= v->room)
		snprintf(out, size, _("All %d lines shown"), total);
	else
		snprintf(out, size,
			 last < total ? _("Lines %d-%d of %d (%d%%), more below: PgDn, End") :
					_("Lines %d-%d of %d (%d%%), the end"),
			 v->top + 1, last, total, last * 100 / total);
}
