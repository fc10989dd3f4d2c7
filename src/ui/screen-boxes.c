/*
 * screen-boxes: items sorted into named boxes (the three boxes, or keep /
 * start / stop). All boxes stand side by side when the terminal is wide
 * enough, one at a time otherwise. Items are added, edited, moved between
 * boxes and deleted; each change is saved as it is made.
 */
#include "app.h"
#include "draw.h"
#include "entries.h"
#include "convene/util.h"
#include "convene/i18n.h"

#include <stdlib.h>

#define MIN_COLUMN 22

static struct {
	struct entries_view view;
} boxes;

static void enter(struct app *a)
{
	(void)a;
	entries_reset(&boxes.view);
}

/* Draws one box's items in a column; scrolls to keep the selection shown. */
static void draw_column(const struct app *a, size_t g, int y, int x, int w, int bottom)
{
	const struct meeting *m = &a->session.engine;
	const struct step *src = &m->protocol->steps[meeting_entries_step(m, m->step)];
	const struct step_state *ss = entries_state(a);
	bool here = g == boxes.view.group;
	w--; /* a gutter between columns */
	draw_fill(y, x, w - 1, here ? STYLE_REVERSE : STYLE_BOLD);
	draw_textf(y++, x, w - 1, here ? STYLE_REVERSE : STYLE_BOLD, "%zu %s", g + 1,
		   src->boxes[g].title);
	if (src->boxes[g].prompt)
		y += draw_wrapped(y, x, w - 1, 2, STYLE_DIM, src->boxes[g].prompt);
	size_t n = 0, at = 0;
	for (size_t i = 0; i < ss->n_entries; i++)
		if (ss->entries[i].group == g) {
			if (i == boxes.view.sel)
				at = n;
			n++;
		}
	int room = bottom - y + 1;
	size_t skip = room > 0 && at >= (size_t)room ? at - (size_t)room + 1 : 0;
	for (size_t i = 0, k = 0; i < ss->n_entries && y <= bottom; i++) {
		if (ss->entries[i].group != g || k++ < skip)
			continue;
		/* The selected item is read whole (a few lines); the others
		 * keep to one line each and say when they are cut. */
		bool sel = i == boxes.view.sel;
		y += draw_item(y, x, w - 1, sel ? MAX_SELECTED_LINES(bottom - y + 1) : 1,
			       sel ? STYLE_REVERSE : STYLE_NORMAL, "- ", ss->entries[i].text);
	}
	if (n == 0 && y <= bottom)
		draw_text(y, x, w - 1, STYLE_DIM, _("(empty)"));
}

static void draw(struct app *a)
{
	meeting_header(a);
	const struct meeting *m = &a->session.engine;
	const struct step *st = meeting_current_step(m);
	int y = frame_top(), w = draw_cols() - 4, bottom = frame_bottom();
	draw_text(y++, 2, w, STYLE_TITLE, st->title);
	if (st->text)
		y += draw_wrapped(y, 2, w, 2, STYLE_DIM, st->text);
	y++;
	if (meeting_in_silence(m)) {
		entries_draw_silence(&boxes.view, a, y, w);
		return;
	}
	if (boxes.view.editing != EDIT_NONE)
		bottom -= 2;
	size_t n = meeting_group_count(m, m->step);
	if (w >= (int)n * MIN_COLUMN) {
		int cw = w / (int)n;
		for (size_t g = 0; g < n; g++)
			draw_column(a, g, y, 2 + (int)g * cw, cw, bottom);
	} else {
		draw_textf(y++, 2, w, STYLE_DIM, _("Box %zu of %zu (Tab shows the next)"),
			   boxes.view.group + 1, n);
		draw_column(a, boxes.view.group, y, 2, w, bottom);
	}
	if (boxes.view.editing != EDIT_NONE) {
		char *label = xasprintf(boxes.view.editing == EDIT_ADD ? _("Add to box %zu:") :
									 _("Edit %zu:"),
					boxes.view.group + 1);
		entries_draw_field(&boxes.view, frame_bottom(), w, label);
		free(label);
	}
}

static void move(struct app *a, int delta)
{
	struct entries_view *v = &boxes.view;
	size_t n = meeting_group_count(&a->session.engine, a->session.engine.step);
	if (v->sel == NO_ENTRY) {
		app_error(a, _("Select an item to move (Up/Down)."));
		return;
	}
	size_t to = (entries_state(a)->entries[v->sel].group + n + (delta > 0 ? 1 : n - 1)) % n;
	if (!session_move_entry(&a->session, v->sel, to)) {
		app_error(a, "%s", session_error(&a->session));
		return;
	}
	v->group = to;
	app_say(a, _("Moved to box %zu."), to + 1);
}

static void act(struct app *a, enum action act, int key)
{
	if (entries_silence_act(a, act))
		return;
	if (boxes.view.editing == EDIT_NONE && (act == ACT_MOVE_NEXT || act == ACT_MOVE_PREV)) {
		move(a, act == ACT_MOVE_NEXT ? 1 : -1);
		return;
	}
	if (!entries_act(&boxes.view, a, act, key))
		meeting_act(a, act);
}

static bool available(const struct app *a, enum action act)
{
	return entries_available(&boxes.view, a, act);
}

static bool typing(const struct app *a)
{
	(void)a;
	return entries_typing(&boxes.view);
}

static int wait_ms(const struct app *a)
{
	return entries_wait_ms(&boxes.view, a);
}

const struct screen screen_boxes = {
	.title = N_("Boxes"),
	.scope = SCOPE_BOXES,
	.enter = enter,
	.draw = draw,
	.act = act,
	.available = available,
	.typing = typing,
	.wait_ms = wait_ms,
};
