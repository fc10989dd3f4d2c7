/*
 * screen-ranking: the result of a dot vote, items with the most dots first,
 * a tie sharing its place (=2.); the top ones are marked TOP for follow-up
 * (as actions or decisions), an item tied with the last of them too, and a
 * line says so when that tie makes more items than the top.
 */
#include "app.h"
#include "draw.h"
#include "entries.h"
#include "convene/i18n.h"

#include <stdlib.h>

static struct {
	size_t scroll;
} ranking;

static void enter(struct app *a)
{
	(void)a;
	ranking.scroll = 0;
}

static void draw(struct app *a)
{
	meeting_header(a);
	const struct meeting *m = &a->session.engine;
	const struct step *st = meeting_current_step(m);
	const struct step_state *src = entries_state(a);
	int y = frame_top(), w = draw_cols() - 4, bottom = frame_bottom();
	size_t *order, n = meeting_vote_ranking(m, m->step, &order);
	int placed = 0;
	for (size_t i = 0; i < n; i++)
		placed += meeting_vote_total(m, m->step, src->entries[i].id);
	size_t top = meeting_vote_top(m, m->step);
	struct vote_place *places = meeting_vote_places(m, m->step, order, n);
	draw_textf(y++, 2, w, STYLE_TITLE,
		   ngettext("Results: %s, %d dot placed", "Results: %s, %d dots placed", placed),
		   st->title, placed);
	draw_textf(y++, 2, w, STYLE_DIM,
		   ngettext("The top %zu item is marked for follow-up.",
			    "The top %zu items are marked for follow-up.", top), top);
	char *cut = vote_cut_words(places, n, top);
	if (cut)
		draw_textf(y++, 2, w, STYLE_ALERT, " %s ", cut);
	free(cut);
	y++;
	if (ranking.scroll >= n)
		ranking.scroll = n ? n - 1 : 0;
	/* TRANSLATORS: the tag of an item among the top of a dot vote, with a
	 * space each side; keep it short. */
	const char *top_tag = _(" TOP ");
	int tw = text_width(top_tag);
	for (size_t i = ranking.scroll; i < n && y <= bottom; i++, y++) {
		const struct entry *e = &src->entries[order[i]];
		int dots = meeting_vote_total(m, m->step, e->id);
		bool is_top = places[i].top;
		draw_textf(y, 2, 8, is_top ? STYLE_BOLD : STYLE_NORMAL, "%s%zu. %3d",
			   places[i].tied ? "=" : places[i].place < 10 ? " " : "", places[i].place, dots);
		int x = 11;
		if (is_top)
			x += draw_text(y, x, tw, STYLE_ALERT, top_tag) + 1;
		x += draw_text(y, x, w - x - 20, is_top ? STYLE_BOLD : STYLE_NORMAL, e->text) + 2;
		draw_textf(y, x, w - x + 2, STYLE_DIM, "(%s)", meeting_group_title(m, m->step, e->group));
	}
	if (n == 0)
		draw_text(y, 2, w, STYLE_DIM, _("There were no items to vote on."));
	free(places);
	free(order);
}

static void act(struct app *a, enum action act, int key)
{
	(void)key;
	if (act == ACT_UP && ranking.scroll > 0)
		ranking.scroll--;
	else if (act == ACT_DOWN)
		ranking.scroll++;
	else
		meeting_act(a, act);
}

const struct screen screen_ranking = {
	.title = N_("Vote results"),
	.scope = SCOPE_RESULTS,
	.enter = enter,
	.draw = draw,
	.act = act,
};
