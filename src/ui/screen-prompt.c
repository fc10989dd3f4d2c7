/*
 * screen-prompt: a step of questions whose answers are captured as separate
 * entries, several per question, editable and deletable. When the protocol
 * asks for it, the step opens with quiet writing and a countdown before the
 * discussion.
 */
#include "app.h"
#include "convene/text.h"
#include "draw.h"
#include "entries.h"
#include "convene/util.h"
#include "convene/i18n.h"

#include <stdlib.h>

static struct {
	struct entries_view view;
} prompt;

static void enter(struct app *a)
{
	(void)a;
	entries_reset(&prompt.view);
}

static void draw(struct app *a)
{
	meeting_header(a);
	const struct meeting *m = &a->session.engine;
	const struct step *st = meeting_current_step(m);
	int y = frame_top(), w = draw_cols() - 4, bottom = frame_bottom();
	draw_text(y++, 2, w, STYLE_TITLE, st->title);
	if (st->text)
		y += draw_wrapped(y, 2, w, 3, STYLE_DIM, st->text);
	y++;
	if (meeting_in_silence(m)) {
		entries_draw_silence(&prompt.view, a, y, w);
		return;
	}
	/* The list below gives each question one line: a question longer
	 * than that is shown whole here while it is the chosen one. */
	const char *chosen = prompt.view.group < st->n_questions ?
				     st->questions[prompt.view.group].text : NULL;
	int prefix = prompt.view.group + 1 >= 10 ? 6 : 5; /* "> 12. " */
	if (chosen && text_width(chosen) > w - prefix) {
		char *whole = xasprintf("%zu. %s", prompt.view.group + 1, chosen);
		y += draw_wrapped(y, 2, w, 3, STYLE_BOLD, whole) + 1;
		free(whole);
	}
	if (prompt.view.editing != EDIT_NONE)
		bottom -= 2;
	/* One line per question and per answer; scrolled to keep the
	 * selection (or the question being added to) in view. */
	size_t *order, n = entries_order(a, &order);
	const struct step_state *ss = entries_state(a);
	int lines = (int)(st->n_questions + n), target = 0, row = 0;
	for (size_t q = 0, k = 0; q < st->n_questions; q++, row++) {
		if (q == prompt.view.group && prompt.view.sel == NO_ENTRY)
			target = row;
		for (; k < n && ss->entries[order[k]].group == q; k++)
			if (order[k] == prompt.view.sel)
				target = ++row;
			else
				row++;
	}
	int room = bottom - y + 1;
	int skip = lines > room && target >= room ? target - room + 1 : 0;
	row = 0;
	for (size_t q = 0, k = 0; q < st->n_questions; q++) {
		bool here = q == prompt.view.group;
		if (row++ >= skip && y <= bottom)
			draw_textf(y++, 2, w, here ? STYLE_TITLE : STYLE_NORMAL, "%s%zu. %s",
				   here ? "> " : "  ", q + 1, st->questions[q].text);
		for (; k < n && ss->entries[order[k]].group == q; k++) {
			if (row++ < skip || y > bottom)
				continue;
			bool sel = order[k] == prompt.view.sel;
			y += draw_item(y, 6, w - 4, sel ? MAX_SELECTED_LINES(bottom - y + 1) : 1,
				       sel ? STYLE_REVERSE : STYLE_NORMAL, "- ",
				       ss->entries[order[k]].text);
		}
	}
	free(order);
	if (prompt.view.editing != EDIT_NONE) {
		char *label = xasprintf(prompt.view.editing == EDIT_ADD ? _("Answer to %zu:") :
									  _("Edit %zu:"),
					prompt.view.group + 1);
		entries_draw_field(&prompt.view, frame_bottom(), w, label);
		free(label);
	}
}

static void act(struct app *a, enum action act, int key)
{
	if (entries_silence_act(a, act))
		return;
	if (!entries_act(&prompt.view, a, act, key))
		meeting_act(a, act);
}

static bool available(const struct app *a, enum action act)
{
	return entries_available(&prompt.view, a, act);
}

static bool typing(const struct app *a)
{
	(void)a;
	return entries_typing(&prompt.view);
}

static int wait_ms(const struct app *a)
{
	return entries_wait_ms(&prompt.view, a);
}

const struct screen screen_prompt = {
	.title = N_("Questions"),
	.scope = SCOPE_ENTRIES,
	.enter = enter,
	.draw = draw,
	.act = act,
	.available = available,
	.typing = typing,
	.wait_ms = wait_ms,
};
