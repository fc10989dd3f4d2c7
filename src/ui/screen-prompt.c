/*
 * screen-prompt: a step of questions whose answers are captured as separate
 * entries, several per question, editable and deletable. When the protocol
 * asks for it, the step opens with quiet writing and a countdown before the
 * discussion.
 */
#include "app.h"
#include "draw.h"
#include "entries.h"
#include "convene/util.h"

#include <stdlib.h>

static struct {
	struct entries_view view;
	int64_t silence_from_ms;
} prompt;

static void enter(struct app *a)
{
	entries_reset(&prompt.view);
	prompt.silence_from_ms = app_now_ms();
	(void)a;
}

static int64_t silence_left_ms(const struct app *a)
{
	const struct step *st = meeting_current_step(&a->session.engine);
	return (int64_t)st->silent_minutes * 60000 - (app_now_ms() - prompt.silence_from_ms);
}

static void draw_silence(const struct app *a, const struct step *st, int y, int w)
{
	int64_t left = silence_left_ms(a);
	draw_text(y, 2, w, STYLE_ALERT, " Quiet writing ");
	if (left > 0)
		draw_textf(y, 19, w - 17, STYLE_BOLD, "%lld:%02lld left", (long long)(left / 60000),
			   (long long)(left % 60000 / 1000));
	else
		draw_text(y, 19, w - 17, STYLE_BOLD, "time is up");
	y += 2;
	y += draw_wrapped(y, 2, w, 3, STYLE_NORMAL,
			  "Everyone writes their own answers first, without talking. Press n when "
			  "the room is ready to discuss and capture the answers.") + 1;
	for (size_t q = 0; q < st->n_questions && y <= frame_bottom(); q++)
		y += draw_wrapped(y, 2, w, 2, STYLE_BOLD, st->questions[q].text);
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
		draw_silence(a, st, y, w);
		return;
	}
	if (prompt.view.editing != EDIT_NONE)
		bottom -= 2;
	/* One line per question and per answer; scrolled to keep the
	 * selection (or the question being added to) in view. */
	size_t *order, n = entries_order(a, &order);
	const struct step_state *ss = &m->steps[m->step];
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
			draw_fill(y, 6, w - 4, sel ? STYLE_REVERSE : STYLE_NORMAL);
			draw_textf(y++, 6, w - 4, sel ? STYLE_REVERSE : STYLE_NORMAL, "- %s",
				   ss->entries[order[k]].text);
		}
	}
	free(order);
	if (prompt.view.editing != EDIT_NONE) {
		char *label = xasprintf("%s %zu:", prompt.view.editing == EDIT_ADD ? "Answer to" : "Edit",
					prompt.view.group + 1);
		entries_draw_field(&prompt.view, frame_bottom(), w, label);
		free(label);
	}
}

static void act(struct app *a, enum action act, int key)
{
	if (meeting_in_silence(&a->session.engine)) {
		if (act == ACT_NEXT) {
			meeting_end_silence(&a->session.engine);
			app_say(a, "Discussion: Enter adds answers to the selected question.");
		} else {
			meeting_act(a, act);
		}
		return;
	}
	if (!entries_act(&prompt.view, a, act, key))
		meeting_act(a, act);
}

static bool available(const struct app *a, enum action act)
{
	if (meeting_in_silence(&a->session.engine))
		return act == ACT_NEXT || act == ACT_PREV || act == ACT_LEAVE || act == ACT_HELP;
	if (act == ACT_EDIT || act == ACT_DELETE)
		return prompt.view.sel != NO_ENTRY;
	return act != ACT_COMPLETE && act != ACT_UP; /* no group or member list to type into */
}

static bool typing(const struct app *a)
{
	(void)a;
	return entries_typing(&prompt.view);
}

static int wait_ms(const struct app *a)
{
	if (!meeting_in_silence(&a->session.engine))
		return -1;
	int64_t left = silence_left_ms(a);
	if (left <= 0)
		return -1;
	int ms = (int)(left % 1000);
	return ms ? ms : 1000;
}

const struct screen screen_prompt = {
	.title = "Questions",
	.scope = SCOPE_ENTRIES,
	.enter = enter,
	.draw = draw,
	.act = act,
	.available = available,
	.typing = typing,
	.wait_ms = wait_ms,
};
