/*
 * screen-vote: dot voting over an earlier step's items. Dots are placed for
 * one person at a time (Tab goes on to the next), or, after a vote with
 * stickers on paper, the counted totals are entered. A number typed sets the
 * selected item's dots at once (27 counted dots are not 27 presses of +).
 * The protocol's caps per item and per box are enforced as dots are placed.
 */
#include "app.h"
#include "draw.h"
#include "convene/text.h"
#include "entries.h"
#include "input.h"
#include "convene/util.h"
#include "convene/i18n.h"

#include <stdlib.h>
#include <string.h>

/* What a number typed at the foot of the screen sets. */
enum typed { TYPED_NONE, TYPED_DOTS_EACH, TYPED_ITEM };

#define ITEM_DIGITS 4 /* 9999 dots: far beyond any room's */

static struct {
	size_t sel; /* entry index in the source step, or NO_ENTRY */
	enum typed typed;
	struct field field;
} vote;

static void enter(struct app *a)
{
	vote.sel = entries_state(a)->n_entries ? 0 : NO_ENTRY;
	size_t *order;
	if (entries_order(a, &order))
		vote.sel = order[0];
	free(order);
	vote.typed = TYPED_NONE;
}

static size_t slot(const struct app *a)
{
	const struct meeting *m = &a->session.engine;
	return m->steps[m->step].counting ? m->n_people : m->cursor;
}

static void draw_dots(int y, int x, int n)
{
	for (int i = 0; i < n && i < 10; i++)
		draw_text(y, x + i, 1, STYLE_BOLD, MB_CUR_MAX > 1 ? "\xe2\x97\x8f" : "*");
}

static void draw(struct app *a)
{
	meeting_header(a);
	const struct meeting *m = &a->session.engine;
	const struct step *st = meeting_current_step(m);
	const struct step_state *v = &m->steps[m->step];
	int y = frame_top(), w = draw_cols() - 4, bottom = frame_bottom();
	draw_text(y++, 2, w, STYLE_TITLE, st->title);
	struct strbuf rules;
	strbuf_init(&rules);
	strbuf_addf(&rules, ngettext("%d dot each", "%d dots each", v->dots), v->dots);
	if (st->max_per_item)
		strbuf_addf(&rules, _("; at most %d on one item"), st->max_per_item);
	if (st->max_per_box)
		strbuf_addf(&rules, _("; at most %d in one box"), st->max_per_box);
	draw_text(y++, 2, w, STYLE_DIM, rules.data);
	strbuf_finish(&rules);
	size_t s = slot(a);
	int used = meeting_vote_used(m, m->step, s), budget = meeting_vote_budget(m, m->step, s);
	if (v->counting)
		draw_textf(y, 2, w, STYLE_ALERT, _(" Counted totals: %d of %d dots entered "), used, budget);
	else if (m->n_people) {
		/* The dots left always show: a long name gives way, in its middle. */
		const struct participant *p = &m->people[m->cursor];
		char *rest = xasprintf(_(" (%s), %d of %d dots left "),
				       strcmp(p->group, "guest") ? p->group : _("guest"), budget - used, budget);
		char *head = xasprintf(_(" Voter %zu of %zu: "), m->cursor + 1, m->n_people);
		int x = 2 + draw_text(y, 2, w, STYLE_ALERT, head);
		int room = w - (x - 2) - text_width(rest);
		x += draw_name(y, x, room > 8 ? room : 8, STYLE_ALERT, p->name);
		draw_text(y, x, w - (x - 2), STYLE_ALERT, rest);
		free(head);
		free(rest);
	}
	y += 2;
	if (vote.typed == TYPED_DOTS_EACH) {
		const char *ask = _("Dots per person (1-20):");
		int aw = text_width(ask);
		draw_text(bottom, 2, aw + 1, STYLE_BOLD, ask);
		field_draw(&vote.field, bottom, 2 + aw + 2, 6, true);
		bottom -= 2;
	} else if (vote.typed == TYPED_ITEM && vote.sel != NO_ENTRY) {
		const struct entry *e = &entries_state(a)->entries[vote.sel];
		int x = 2 + draw_text(bottom, 2, w, STYLE_BOLD,
				      v->counting ? _("Counted dots on ") : _("Dots on "));
		x += draw_text(bottom, x, w / 2, STYLE_BOLD, e->text);
		x += draw_text(bottom, x, w - x, STYLE_BOLD, ": ");
		field_draw(&vote.field, bottom, x, ITEM_DIGITS + 2, true);
		draw_text(bottom, x + ITEM_DIGITS + 3, w - x - ITEM_DIGITS - 1, STYLE_DIM,
			  _("Enter sets it, Esc cancels"));
		bottom -= 2;
	}
	size_t *order, n = entries_order(a, &order);
	const struct step_state *src = entries_state(a);
	size_t at = 0;
	for (size_t i = 0; i < n; i++)
		if (order[i] == vote.sel)
			at = i;
	int room = bottom - y + 1;
	size_t skip = room > 4 && at >= (size_t)room - 4 ? at - (size_t)room + 5 : 0;
	size_t group = (size_t)-1;
	for (size_t i = skip; i < n && y <= bottom; i++) {
		const struct entry *e = &src->entries[order[i]];
		if (e->group != group) {
			group = e->group;
			draw_text(y++, 2, w, STYLE_BOLD, meeting_group_title(m, m->step, group));
			if (y > bottom)
				break;
		}
		bool sel = order[i] == vote.sel;
		draw_fill(y, 2, w, sel ? STYLE_REVERSE : STYLE_NORMAL);
		int mine = v->counting ? 0 : meeting_vote_dots(m, m->step, e->id, s);
		draw_dots(y, 4, mine);
		draw_textf(y, 15, 4, sel ? STYLE_REVERSE : STYLE_BOLD, "%3d",
			   meeting_vote_total(m, m->step, e->id));
		draw_text(y++, 20, w - 18, sel ? STYLE_REVERSE : STYLE_NORMAL, e->text);
	}
	if (n == 0)
		draw_text(y, 2, w, STYLE_DIM, _("There are no items to vote on: go back (b) and add some."));
	free(order);
}

static void move_selection(const struct app *a, int delta)
{
	size_t *order, n = entries_order(a, &order);
	for (size_t i = 0; i < n; i++)
		if (order[i] == vote.sel) {
			if (delta < 0 && i > 0)
				vote.sel = order[i - 1];
			else if (delta > 0 && i + 1 < n)
				vote.sel = order[i + 1];
			break;
		}
	free(order);
}

/* Says what a change of dots did, or why it was refused. */
static void report(struct app *a, enum meeting_result res, int asked)
{
	struct session *s = &a->session;
	const struct step *st = meeting_current_step(&s->engine);
	size_t who = slot(a);
	int budget = meeting_vote_budget(&s->engine, s->engine.step, who);
	int left = budget - meeting_vote_used(&s->engine, s->engine.step, who);
	switch (res) {
	case MEETING_OK:
		if (who < s->n_people && left == 0)
			app_say(a, _("%s has placed every dot. Tab goes on to the next person."),
				s->people[who].name);
		else
			app_say(a, ngettext("Saved: %d dot left.", "Saved: %d dots left.", left), left);
		break;
	case MEETING_NO_DOTS_LEFT:
		if (asked > 1) {
			int64_t id = entries_state(a)->entries[vote.sel].id;
			int most = left + meeting_vote_dots(&s->engine, s->engine.step, id, who);
			app_error(a, _("%d is more than the dots left: at most %d on this item (%d of %d "
				       "placed)."), asked, most, budget - left, budget);
		} else {
			app_error(a, "%s", who < s->n_people ? _("No dots left for this person.") :
							     _("No dots left."));
		}
		break;
	case MEETING_ITEM_CAP:
	case MEETING_BOX_CAP: {
		/* Four whole sentences, so that each language words them its way. */
		bool item = res == MEETING_ITEM_CAP, one = who < s->n_people;
		int cap = item ? st->max_per_item : st->max_per_box;
		app_error(a, item ? (one ? ngettext("At most %d dot on one item per person.",
						    "At most %d dots on one item per person.", cap) :
					   ngettext("At most %d dot on one item per person present.",
						    "At most %d dots on one item per person present.", cap)) :
				    (one ? ngettext("At most %d dot in one box per person.",
						    "At most %d dots in one box per person.", cap) :
					   ngettext("At most %d dot in one box per person present.",
						    "At most %d dots in one box per person present.", cap)),
			  cap);
		break;
	}
	case MEETING_NOTHING_TO_UNDO:
		app_say(a, _("There is no dot on that item to take off."));
		break;
	default:
		break;
	}
}

static void place(struct app *a, int delta)
{
	struct session *s = &a->session;
	if (vote.sel == NO_ENTRY)
		return;
	int64_t id = entries_state(a)->entries[vote.sel].id;
	enum meeting_result res;
	if (!session_vote(s, id, delta, &res))
		app_error(a, "%s", session_error(s));
	else
		report(a, res, 1);
}

static void set_item(struct app *a, int dots)
{
	struct session *s = &a->session;
	int64_t id = entries_state(a)->entries[vote.sel].id;
	enum meeting_result res;
	if (!session_vote_set(s, id, dots, &res))
		app_error(a, "%s", session_error(s));
	else
		report(a, res, dots);
}

static void settings(struct app *a, int dots, bool counting)
{
	if (!session_vote_settings(&a->session, dots, counting))
		app_error(a, "%s", session_error(&a->session));
	else if (counting)
		app_say(a, _("Enter the counted dots per item."));
	else
		app_say(a, ngettext("Each person places %d dot.", "Each person places %d dots.", dots),
			dots);
}

/* The number typed at the foot of the screen: digits only. */
static void act_typed(struct app *a, enum action act, int key)
{
	if (act == ACT_NONE && !(key >= '0' && key <= '9'))
		return;
	if (act == ACT_NONE && vote.typed == TYPED_ITEM && vote.field.len >= ITEM_DIGITS)
		return;
	if (app_edit_field(a, &vote.field, act, key))
		return;
	enum typed typed = vote.typed;
	if (act == ACT_CANCEL)
		vote.typed = TYPED_NONE;
	if (act != ACT_ENTER)
		return;
	vote.typed = TYPED_NONE;
	int n = atoi(vote.field.text);
	if (typed == TYPED_ITEM) {
		if (vote.field.len > 0 && vote.sel != NO_ENTRY)
			set_item(a, n);
	} else if (n < 1 || n > 20) {
		app_error(a, _("Give a number of dots from 1 to 20."));
	} else {
		settings(a, n, a->session.engine.steps[a->session.engine.step].counting);
	}
}

static void act(struct app *a, enum action act, int key)
{
	const struct meeting *m = &a->session.engine;
	if (vote.typed != TYPED_NONE) {
		act_typed(a, act, key);
		return;
	}
	switch (act) {
	case ACT_UP:
	case ACT_DOWN:
		move_selection(a, act == ACT_UP ? -1 : 1);
		break;
	case ACT_DOT_ADD:
	case ACT_DOT_REMOVE:
		place(a, act == ACT_DOT_ADD ? 1 : -1);
		break;
	case ACT_TYPE_DOTS:
		if (vote.sel == NO_ENTRY || (!m->steps[m->step].counting && m->n_people == 0))
			break;
		vote.typed = TYPED_ITEM;
		field_clear(&vote.field);
		field_insert(&vote.field, (unsigned)key);
		break;
	case ACT_NEXT_VOTER:
	case ACT_PREV_VOTER:
		if (!m->steps[m->step].counting)
			session_select(&a->session, act == ACT_NEXT_VOTER ? 1 : -1);
		break;
	case ACT_COUNTING:
		settings(a, m->steps[m->step].dots, !m->steps[m->step].counting);
		break;
	case ACT_SET_DOTS:
		vote.typed = TYPED_DOTS_EACH;
		field_clear(&vote.field);
		break;
	default:
		meeting_act(a, act);
		break;
	}
}

static bool available(const struct app *a, enum action act)
{
	const struct meeting *m = &a->session.engine;
	/* The footer offers Tab for each person's dots, numbers for counted
	 * totals (typing a person's count works too: help lists it). */
	if (act == ACT_NEXT_VOTER)
		return !m->steps[m->step].counting;
	if (act == ACT_TYPE_DOTS)
		return m->steps[m->step].counting;
	if (act == ACT_COMPLETE || act == ACT_UP)
		return vote.typed == TYPED_NONE;
	return true;
}

static bool typing(const struct app *a)
{
	(void)a;
	return vote.typed != TYPED_NONE;
}

const struct screen screen_vote = {
	.title = N_("Dot vote"),
	.scope = SCOPE_VOTE,
	.enter = enter,
	.draw = draw,
	.act = act,
	.available = available,
	.typing = typing,
};
