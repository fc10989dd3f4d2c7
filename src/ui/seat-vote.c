/*
 * seat-vote: a participant places their own dots on a vote step: the items
 * with their own dots and the dots they have left; + (or Right) places a
 * dot on the chosen item, - (or Left) takes one back, within the step's
 * caps, which are named when one refuses. A vote counted on paper (the
 * facilitator enters totals) takes nothing from seats.
 */
#include "seat.h"
#include "draw.h"
#include "convene/i18n.h"
#include "convene/util.h"

#include <stdlib.h>

/* The widest the list of items is drawn. */
#define LIST_MAX 100

static struct {
	size_t sel; /* the chosen item, in the order of the step's items */
} vote;

static const struct binding keys[] = {
	{ SCOPE_SEAT, BKEY_UP, BKEY_UP, ACT_UP, N_("Up"), NULL, N_("Choose the item above") },
	{ SCOPE_SEAT, BKEY_DOWN, BKEY_DOWN, ACT_DOWN, N_("Down"), N_("choose"), N_("Choose the item below") },
	/* TRANSLATORS: a footer label: the key puts a dot on an item. */
	{ SCOPE_SEAT, '+', '+', ACT_DOT_ADD, "+", N_("dot"), N_("Put one of your dots on the chosen item") },
	{ SCOPE_SEAT, '=', '=', ACT_DOT_ADD, "=", NULL, N_("Put one of your dots on the chosen item") },
	{ SCOPE_SEAT, BKEY_RIGHT, BKEY_RIGHT, ACT_DOT_ADD, N_("Right"), NULL, N_("Put one of your dots on the chosen item") },
	{ SCOPE_SEAT, '-', '-', ACT_DOT_REMOVE, "-", N_("take back"), N_("Take one of your dots back from the chosen item") },
	{ SCOPE_SEAT, BKEY_LEFT, BKEY_LEFT, ACT_DOT_REMOVE, N_("Left"), NULL, N_("Take one of your dots back from the chosen item") },
};

static const struct step_state *items(const struct app *a)
{
	const struct meeting *m = &a->session.engine;
	return &m->steps[meeting_entries_step(m, m->step)];
}

static bool counted(const struct app *a)
{
	const struct meeting *m = &a->session.engine;
	return m->steps[m->step].counting;
}

static int left(const struct app *a, size_t place)
{
	const struct meeting *m = &a->session.engine;
	return meeting_vote_budget(m, m->step, place) - meeting_vote_used(m, m->step, place);
}

static void enter(struct app *a)
{
	(void)a;
	vote.sel = 0;
}

static void draw_items(const struct app *a, size_t place, int y, int w, int bottom)
{
	const struct meeting *m = &a->session.engine;
	const struct step_state *src = items(a);
	int rows = bottom - y + 1;
	size_t first = rows > 0 && vote.sel >= (size_t)rows ? vote.sel - (size_t)rows + 1 : 0;
	for (size_t i = first; i < src->n_entries && y <= bottom; i++, y++) {
		const struct entry *e = &src->entries[i];
		int dots = meeting_vote_dots(m, m->step, e->id, place);
		enum style st = i == vote.sel ? STYLE_REVERSE : STYLE_NORMAL;
		char *mark = xasprintf("%2d ", dots);
		char *line = xasprintf("%s  (%s)", e->text, meeting_group_title(m, m->step, e->group));
		draw_fill(y, 2, w, st);
		draw_item(y, 3, w - 1, 1, dots && st == STYLE_NORMAL ? STYLE_BOLD : st, mark, line);
		free(line);
		free(mark);
	}
}

static void draw(struct app *a)
{
	const struct seat *seat = seat_of(a);
	size_t n = items(a)->n_entries, place = seat_place(seat);
	int w = draw_cols() - 4, bottom = frame_bottom();
	/* The items take what they need, up to two thirds; the room's ranking
	 * gets the rest. */
	int most = (bottom - 4) * 2 / 3, panel = (int)n + 2 < most ? (int)n + 3 : most;
	int y = seat_frame(a, counted(a) ? 1 : panel);
	if (seat->closed || y > bottom)
		return;
	if (counted(a)) {
		draw_text(y, 2, w, STYLE_BOLD,
			  _("This vote is counted on paper: nothing to enter on this step."));
		return;
	}
	if (place == (size_t)-1)
		return;
	int l = left(a, place);
	int used = draw_textf(y, 2, w, STYLE_BOLD, _("Your dots: %d of %d left."), l,
			      meeting_vote_budget(&a->session.engine, a->session.engine.step, place));
	draw_text(y++, 2 + used + 2, w - used - 2, STYLE_DIM,
		  _("+ puts one on the chosen item, - takes one back."));
	if (!n)
		draw_text(y, 2, w, STYLE_DIM, _("There are no items to vote on."));
	/* On a wide screen the dots stay near their items. */
	draw_items(a, place, y, w < LIST_MAX ? w : LIST_MAX, bottom);
}

/* Says which cap refused a dot. */
static void refused(struct app *a, enum meeting_result res)
{
	const struct step *st = meeting_current_step(&a->session.engine);
	switch (res) {
	case MEETING_NO_DOTS_LEFT:
		app_error(a, "%s", _("You have placed all your dots: take one back (-) to move it."));
		break;
	case MEETING_ITEM_CAP:
		app_error(a, ngettext("At most %d of your dots on one item.",
				      "At most %d of your dots on one item.", st->max_per_item),
			  st->max_per_item);
		break;
	case MEETING_BOX_CAP:
		app_error(a, ngettext("At most %d of your dots in one box.",
				      "At most %d of your dots in one box.", st->max_per_box),
			  st->max_per_box);
		break;
	default:
		app_error(a, "%s", _("Not saved: the vote takes no dot now."));
		break;
	}
}

static void dot(struct app *a, int delta)
{
	struct seat *seat = seat_of(a);
	const struct step_state *src = items(a);
	size_t place = seat_place(seat);
	if (!seat_may_write(seat) || vote.sel >= src->n_entries)
		return;
	if (counted(a)) {
		app_error(a, "%s", _("This vote is counted on paper: the facilitator enters the totals."));
		return;
	}
	int64_t id = src->entries[vote.sel].id;
	const struct meeting *m = &a->session.engine;
	if (delta < 0 && meeting_vote_dots(m, m->step, id, place) == 0) {
		app_error(a, "%s", _("None of your dots is on this item."));
		return;
	}
	enum meeting_result res;
	enum seat_write w = session_seat_vote(&a->session, place, id, delta, &res);
	if (w == SEAT_REFUSED) {
		refused(a, res);
		return;
	}
	if (seat_written(seat, w)) {
		int l = left(a, place);
		app_say(a, ngettext("Saved: %d dot left.", "Saved: %d dots left.", l), l);
	}
}

static void act(struct app *a, enum action act, int key)
{
	(void)key;
	if (app_list_move(act, &vote.sel, items(a)->n_entries))
		return;
	if (act == ACT_DOT_ADD || act == ACT_DOT_REMOVE)
		dot(a, act == ACT_DOT_ADD ? 1 : -1);
}

const struct screen screen_seat_vote = {
	.title = N_("Seat: dot vote"),
	.scope = SCOPE_SEAT,
	.enter = enter,
	.draw = draw,
	.act = act,
	.keys = keys,
	.n_keys = ARRAY_LEN(keys),
};
