/*
 * screen-help: the keys of the screen the user came from, generated from the
 * bindings table, so it always tells the truth.
 */
#include "app.h"
#include "draw.h"

#include <stdbool.h>
#include <string.h>

static struct {
	size_t scroll;
} help;

static void enter(struct app *a)
{
	(void)a;
	help.scroll = 0;
}

/* The rows to show: each action once, first binding of it in the scope. */
static size_t collect(const struct app *a, const struct binding **rows, size_t max)
{
	const struct screen *from = app_screen_of(a->help_return);
	unsigned scope = from->scope;
	if (from->typing && from->typing(a))
		scope |= SCOPE_INPUT;
	size_t n, count = 0;
	const struct binding *b = bindings_all(&n);
	for (size_t i = 0; i < n && count < max; i++) {
		if (!(b[i].scope & scope))
			continue;
		bool dup = false;
		for (size_t j = 0; j < count; j++)
			dup |= rows[j]->action == b[i].action && strcmp(rows[j]->help, b[i].help) == 0;
		if (!dup)
			rows[count++] = &b[i];
	}
	return count;
}

static void draw(struct app *a)
{
	frame_header(a, "Help", NULL);
	const struct binding *rows[128];
	size_t n = collect(a, rows, 128);
	int y = frame_top(), w = draw_cols() - 4;
	draw_textf(y, 2, w, STYLE_TITLE, "Keys: %s", app_screen_of(a->help_return)->title);
	y += 2;
	for (size_t i = help.scroll; i < n && y <= frame_bottom(); i++, y++) {
		draw_text(y, 4, 12, STYLE_BOLD, rows[i]->keyname);
		draw_text(y, 18, w - 16, STYLE_NORMAL, rows[i]->help);
	}
}

static void act(struct app *a, enum action act, int key)
{
	(void)key;
	switch (act) {
	case ACT_UP:
		if (help.scroll > 0)
			help.scroll--;
		break;
	case ACT_DOWN:
		help.scroll++;
		break;
	case ACT_CANCEL:
		a->screen = a->help_return;
		break;
	default:
		break;
	}
}

const struct screen screen_help = {
	.title = "Help",
	.scope = SCOPE_HELP,
	.enter = enter,
	.draw = draw,
	.act = act,
};
