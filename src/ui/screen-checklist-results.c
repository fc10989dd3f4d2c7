/*
 * screen-checklist-results: a checklist's counts after its lists are in,
 * most ticked first (checklist_order, the rule every view follows): how
 * many lists tick each item, or whether the room said it applies.
 */
#include "checklist.h"
#include "convene/checklist.h"
#include "convene/util.h"
#include "draw.h"
#include "convene/i18n.h"

#include <stdlib.h>

char *checklist_count_words(const struct meeting *m, size_t step, size_t item)
{
	int ticks = meeting_checklist_ticks(m, step, item);
	if (meeting_checklist_room(m, step))
		return xstrdup(_(checklist_word(ticks)));
	return xasprintf(_("%d of %zu"), ticks, meeting_checklist_lists(m, step));
}

static struct {
	size_t scroll;
} res;

static void enter(struct app *a)
{
	(void)a;
	res.scroll = 0;
}

static void draw(struct app *a)
{
	meeting_header(a);
	const struct meeting *m = &a->session.engine;
	const struct step *st = meeting_current_step(m);
	int y = frame_top(), w = draw_cols() - 4, bottom = frame_bottom();
	bool room = st->room_ticks;
	if (room)
		draw_textf(y++, 2, w, STYLE_TITLE, _("Results: %s, ticked by the room"), st->title);
	else
		draw_textf(y++, 2, w, STYLE_TITLE,
			   ngettext("Results: %s, %zu list", "Results: %s, %zu lists",
				    meeting_checklist_lists(m, m->step)),
			   st->title, meeting_checklist_lists(m, m->step));
	draw_text(y++, 2, w, STYLE_DIM, room ? _("What the room agreed applies comes first.") :
		  _("How many lists tick each item, the most ticked first."));
	y++;
	size_t n = st->n_dimensions, *order = meeting_checklist_order(m, m->step);
	int cw = room ? 15 : 9;
	/* The counts' column fits its longest words ("does not apply"). */
	for (size_t i = 0; i < n; i++) {
		char *count = checklist_count_words(m, m->step, i);
		if (text_width(count) + 1 > cw)
			cw = text_width(count) + 1;
		free(count);
	}
	if (res.scroll >= n)
		res.scroll = n ? n - 1 : 0;
	for (size_t k = res.scroll; k < n && y <= bottom; k++, y++) {
		size_t i = order[k];
		char *count = checklist_count_words(m, m->step, i);
		bool applies = meeting_checklist_ticks(m, m->step, i) > 0;
		/* Right-aligned by cells, not bytes: the words may have accents. */
		draw_text(y, 3 + cw - 1 - text_width(count), cw, applies ? STYLE_BOLD : STYLE_DIM, count);
		draw_text(y, 3 + cw + 1, w - cw - 2, applies ? STYLE_NORMAL : STYLE_DIM,
			  st->dimensions[i].title);
		free(count);
	}
	if (y > bottom && res.scroll + (size_t)(bottom - frame_top() - 2) < n) {
		const char *more = _(" more: Down ");
		int mw = text_width(more);
		draw_text(bottom, mw > 16 ? w + 2 - mw : w - 14, mw, STYLE_DIM, more);
	}
	free(order);
}

static void act(struct app *a, enum action act, int key)
{
	(void)key;
	const struct step *st = meeting_current_step(&a->session.engine);
	if (app_list_move(act, &res.scroll, st->n_dimensions))
		return;
	meeting_act(a, act);
}

const struct screen screen_checklist_results = {
	.title = N_("Checklist results"),
	.scope = SCOPE_RESULTS,
	.enter = enter,
	.draw = draw,
	.act = act,
};
