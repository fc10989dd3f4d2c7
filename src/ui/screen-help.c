/*
 * screen-help: the keys of the screen the user came from, generated from the
 * bindings table, so it always tells the truth.
 */
#include "app.h"
#include "draw.h"
#include "convene/i18n.h"

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

static struct {
	size_t scroll;
} help;

static void enter(struct app *a)
{
	(void)a;
	help.scroll = 0;
}

struct help_row {
	enum action action;
	char keys[48];
	const char *help;
};

/* One row per action of the screen, its keys joined ("Up, k"), in table
 * order; the first binding's help text describes it. */
static size_t collect(const struct app *a, struct help_row *rows, size_t max)
{
	const struct screen *from = a->help_return;
	unsigned scope = from->scope;
	if (from->typing && from->typing(a))
		scope |= SCOPE_INPUT;
	struct key_rows keys = app_keys(from);
	size_t count = 0;
	for (size_t i = 0; i < bindings_count(keys); i++) {
		const struct binding *b = bindings_row(keys, i);
		/* A key the screen's own rows take for something else is not
		 * listed under the table's action. */
		if (!(b->scope & scope) || bindings_lookup(keys, b->scope & scope, b->key) != b->action)
			continue;
		size_t j = 0;
		while (j < count && rows[j].action != b->action)
			j++;
		if (j == count) {
			if (count == max)
				break;
			rows[count++] =
				(struct help_row){ .action = b->action, .help = bindings_help(b) };
			snprintf(rows[j].keys, sizeof rows[j].keys, "%s", bindings_keyname(b));
		} else if (!strstr(rows[j].keys, bindings_keyname(b))) {
			size_t len = strlen(rows[j].keys);
			snprintf(rows[j].keys + len, sizeof rows[j].keys - len, ", %s",
				 bindings_keyname(b));
		}
	}
	return count;
}

static void draw(struct app *a)
{
	frame_header(a, _("Help"), NULL);
	struct help_row rows[ACT_COUNT];
	size_t n = collect(a, rows, ACT_COUNT);
	int y = frame_top(), w = draw_cols() - 4;
	/* TRANSLATORS: the help screen's title; %s is the screen's name. */
	draw_textf(y, 2, w, STYLE_TITLE, _("Keys: %s"), _(a->help_return->title));
	y += 2;
	if (help.scroll >= n)
		help.scroll = n ? n - 1 : 0;
	/* On a short terminal the last line says how much more there is. */
	int last = frame_bottom() - 1;
	size_t i = help.scroll;
	for (; i < n && y <= last; i++) {
		int h = draw_wrapped_height(w - 22, rows[i].help);
		if (y + h - 1 > last && y > frame_top() + 2)
			break;
		draw_text(y, 4, 18, STYLE_BOLD, rows[i].keys);
		y += draw_wrapped(y, 24, w - 22, last - y + 1, STYLE_NORMAL, rows[i].help);
	}
	if (i < n)
		draw_textf(frame_bottom(), 2, w, STYLE_DIM,
			   help.scroll ? _("... %zu more below: Down scrolls, Up goes back") :
					 _("... %zu more below: Down scrolls"),
			   n - i);
	else if (help.scroll)
		draw_text(frame_bottom(), 2, w, STYLE_DIM, _("Up scrolls back to the first keys"));
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
	.title = N_("Help"),
	.scope = SCOPE_HELP,
	.enter = enter,
	.draw = draw,
	.act = act,
};
