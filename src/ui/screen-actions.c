/*
 * screen-actions: action items, each with an owner among the members
 * present, an optional due date and a status. A new item is the action,
 * then its owner, then its due date; it is saved after each. An item of
 * the meeting's earlier vote (its top ones first) can be carried in as a
 * new action's text, keeping a link to the item.
 */
#include "app.h"
#include "draw.h"
#include "input.h"
#include "convene/util.h"
#include "convene/i18n.h"

#include <stdlib.h>
#include <string.h>

enum stage { LIST, PICK, TEXT, OWNER, DUE };

static struct {
	enum stage stage;
	size_t sel;
	size_t index;          /* the item being entered */
	struct action_item a;  /* its working copy; text owned */
	size_t owner_choice;   /* 0: nobody yet; k: the k-th person present */
	struct field field;
	size_t pick;           /* the vote's item chosen, in its ranking */
} act_;

/* The earlier vote's items, most dots first, with their places. */
struct ranking {
	int step;
	const struct step_state *src;
	size_t *order, n;
	struct vote_place *places;
};

static bool ranking_of(const struct app *a, struct ranking *r)
{
	const struct meeting *m = &a->session.engine;
	*r = (struct ranking){ .step = meeting_vote_before(m, m->step) };
	if (r->step < 0)
		return false;
	r->src = &m->steps[meeting_entries_step(m, (size_t)r->step)];
	r->n = meeting_vote_ranking(m, (size_t)r->step, &r->order);
	r->places = meeting_vote_places(m, (size_t)r->step, r->order, r->n);
	return r->n > 0;
}

static void ranking_free(struct ranking *r)
{
	free(r->order);
	free(r->places);
}

static void draw_pick(const struct app *a, int y, int w)
{
	struct ranking r;
	if (!ranking_of(a, &r)) {
		ranking_free(&r);
		return;
	}
	const struct meeting *m = &a->session.engine;
	draw_text(y++, 2, w, STYLE_BOLD, _("Which item of the vote becomes an action? Enter takes it."));
	y++;
	/* TRANSLATORS: marks an item among the top of a dot vote; short. */
	const char *top = _("TOP");
	char *no_top = text_pad("", text_width(top), TEXT_CUT_END);
	for (size_t i = 0; i < r.n && y <= frame_bottom(); i++) {
		const struct entry *e = &r.src->entries[r.order[i]];
		enum style style = i == act_.pick ? STYLE_REVERSE : STYLE_NORMAL;
		int dots = meeting_vote_total(m, (size_t)r.step, e->id);
		/* TRANSLATORS: the singular one space longer, so the lines of the
		 * ranking stay in columns. */
		char *head = xasprintf(ngettext("%s%zu. %3d dot  %s ", "%s%zu. %3d dots %s ", dots),
				       r.places[i].tied ? "=" : " ", r.places[i].place, dots,
				       r.places[i].top ? top : no_top);
		draw_fill(y, 2, w, style);
		y += draw_item(y, 3, w - 2, i == act_.pick ? MAX_SELECTED_LINES(frame_bottom() - y) : 1,
			       style, head, e->text);
		free(head);
	}
	free(no_top);
	ranking_free(&r);
}

static const struct step_state *state(const struct app *a)
{
	return &a->session.engine.steps[a->session.engine.step];
}

static void enter(struct app *a)
{
	act_.stage = LIST;
	if (act_.sel >= state(a)->n_actions)
		act_.sel = 0;
}

static const char *owner_name(const struct app *a, int64_t owner)
{
	for (size_t i = 0; i < a->session.n_people; i++)
		if (a->session.people[i].member_id == owner)
			return a->session.people[i].name;
	return owner ? _("(a member not present)") : _("nobody yet");
}

static void draw_list(const struct app *a, int y, int w)
{
	const struct step_state *ss = state(a);
	for (size_t i = 0; i < ss->n_actions && y + 1 <= frame_bottom(); i++) {
		const struct action_item *x = &ss->actions[i];
		enum style style = i == act_.sel ? STYLE_REVERSE : STYLE_NORMAL;
		/* The selected item is read whole; the others say when cut. */
		char *num = xasprintf("%zu. ", i + 1);
		draw_fill(y, 2, w, style);
		/* The status ends the row; a longer word takes its room from
		 * the item's. */
		char *tag = xasprintf(" %s ", _(action_status_name(x->status)));
		int tw = text_width(tag), tx = tw > 10 ? w + 2 - tw : w - 8;
		int h = draw_item(y, 3, tx - 4, i == act_.sel ? MAX_SELECTED_LINES(frame_bottom() - y) : 1,
				  style, num, x->text);
		free(num);
		draw_text(y, tx, tw, x->status == ACTION_DONE ? STYLE_ALERT : STYLE_BOLD, tag);
		free(tag);
		y += h;
		if (x->due[0])
			draw_textf(y++, 6, w - 4, STYLE_DIM, _("owner: %s, due %s"), owner_name(a, x->owner),
				   x->due);
		else
			draw_textf(y++, 6, w - 4, STYLE_DIM, _("owner: %s"), owner_name(a, x->owner));
	}
	if (ss->n_actions == 0)
		draw_text(y, 2, w, STYLE_DIM, _("No action item yet: Enter adds one."));
}

static void draw(struct app *a)
{
	meeting_header(a);
	const struct step *st = meeting_current_step(&a->session.engine);
	int y = frame_top(), w = draw_cols() - 4;
	draw_text(y++, 2, w, STYLE_TITLE, st->title);
	if (act_.stage == LIST) {
		if (st->text)
			y += draw_wrapped(y, 2, w, 2, STYLE_DIM, st->text);
		draw_list(a, y + 1, w);
		return;
	}
	if (act_.a.text)
		draw_textf(y++, 2, w, STYLE_DIM, _("Action item %zu: %s"), act_.index + 1, act_.a.text);
	else
		draw_textf(y++, 2, w, STYLE_DIM, _("Action item %zu"), act_.index + 1);
	y++;
	switch (act_.stage) {
	case PICK:
		draw_pick(a, y, w);
		break;
	case TEXT:
		draw_text(y++, 2, w, STYLE_BOLD, _("What is to be done?"));
		field_draw(&act_.field, y + 1, 4, w - 2, true);
		break;
	case OWNER:
		draw_text(y++, 2, w, STYLE_BOLD, _("Who owns it?"));
		y++;
		for (size_t i = 0; i <= a->session.n_people && y <= frame_bottom(); i++) {
			enum style style = i == act_.owner_choice ? STYLE_REVERSE : STYLE_NORMAL;
			draw_fill(y, 2, w, style);
			draw_text(y++, 3, w - 2, style, i ? a->session.people[i - 1].name : _("nobody yet"));
		}
		break;
	case DUE:
		draw_text(y++, 2, w, STYLE_BOLD, _("Due when? YYYY-MM-DD, or Enter for no date"));
		field_draw(&act_.field, y + 1, 4, 14, true);
		break;
	case LIST:
		break;
	}
}

static void begin(struct app *a, size_t index)
{
	free(act_.a.text);
	act_.index = index;
	if (index < state(a)->n_actions) {
		act_.a = state(a)->actions[index];
		act_.a.text = xstrdup(act_.a.text);
	} else {
		act_.a = (struct action_item){ .status = ACTION_OPEN };
	}
	act_.stage = TEXT;
	if (!field_set(&act_.field, act_.a.text ? act_.a.text : "")) {
		app_too_long(a, act_.a.text);
		act_.stage = LIST;
	}
}

static void finish_stage(struct app *a);

/* y: the item takes their version, and the stage is saved again over it. */
static void save_mine(struct app *a)
{
	if (!session_resolve(&a->session, false))
		app_error(a, "%s", session_error(&a->session));
	else
		finish_stage(a);
}

/* n: their action item stays, as the list shows it. */
static void keep_theirs(struct app *a)
{
	if (!session_resolve(&a->session, true))
		app_error(a, "%s", session_error(&a->session));
	else
		app_say(a, _("Kept their wording; yours was not saved."));
	act_.stage = LIST;
}

/* Saves the working copy; false with the error shown, or the question
 * asked when someone changed the item since it was read. */
static bool save(struct app *a)
{
	if (session_save_action(&a->session, act_.index, &act_.a))
		return true;
	if (session_conflict(&a->session))
		app_ask_conflict(a, session_conflict(&a->session), save_mine, keep_theirs);
	else
		app_error(a, "%s", session_error(&a->session));
	return false;
}

static void finish_stage(struct app *a)
{
	switch (act_.stage) {
	case TEXT:
		free(act_.a.text);
		act_.a.text = xstrdup(act_.field.text);
		if (!save(a))
			return;
		act_.stage = OWNER;
		act_.owner_choice = 0;
		for (size_t i = 0; i < a->session.n_people; i++)
			if (a->session.people[i].member_id == act_.a.owner)
				act_.owner_choice = i + 1;
		break;
	case OWNER:
		act_.a.owner = act_.owner_choice ? a->session.people[act_.owner_choice - 1].member_id : 0;
		if (!save(a))
			return;
		act_.stage = DUE;
		field_set(&act_.field, act_.a.due);
		break;
	case DUE: {
		if (strlen(act_.field.text) >= sizeof act_.a.due) {
			app_error(a, _("a due date is written YYYY-MM-DD, like 2026-12-15"));
			return;
		}
		char before[sizeof act_.a.due];
		memcpy(before, act_.a.due, sizeof before);
		memcpy(act_.a.due, act_.field.text, strlen(act_.field.text) + 1);
		if (!save(a)) {
			memcpy(act_.a.due, before, sizeof before);
			return;
		}
		act_.sel = act_.index;
		act_.stage = LIST;
		app_say(a, _("Action item %zu saved."), act_.index + 1);
		break;
	}
	case PICK: {
		/* The item's words start the action; they can be reworded. */
		struct ranking r;
		if (ranking_of(a, &r) && act_.pick < r.n) {
			const struct entry *e = &r.src->entries[r.order[act_.pick]];
			begin(a, state(a)->n_actions);
			act_.a.item_id = e->id;
			if (!field_set(&act_.field, e->text)) {
				app_too_long(a, e->text);
				act_.stage = LIST;
			}
		}
		ranking_free(&r);
		break;
	}
	case LIST:
		break;
	}
}

static void delete_confirmed(struct app *a)
{
	if (!session_delete_action(&a->session, act_.sel))
		app_error(a, "%s", session_error(&a->session));
	else if (act_.sel > 0 && act_.sel >= state(a)->n_actions)
		act_.sel--;
}

static void cycle_status(struct app *a)
{
	static const enum action_status next[ACTION_STATUS_COUNT] = {
		[ACTION_OPEN] = ACTION_DONE, [ACTION_DONE] = ACTION_DROPPED,
		[ACTION_DROPPED] = ACTION_OPEN, [ACTION_CARRIED] = ACTION_OPEN,
	};
	struct action_item x = state(a)->actions[act_.sel];
	x.status = next[x.status];
	if (session_save_action(&a->session, act_.sel, &x))
		return;
	/* A status is one key, chosen from what the list showed: rather than
	 * save the list's words over a change made elsewhere, the list takes
	 * the item as it is now, and the key is pressed again. */
	if (session_conflict(&a->session) && session_resolve(&a->session, true))
		app_error(a, _("This action item was changed elsewhere since it was read; it shows as "
			       "it is now. Press s again to change its status."));
	else
		app_error(a, "%s", session_error(&a->session));
}

static void list_act(struct app *a, enum action act)
{
	size_t n = state(a)->n_actions;
	if (app_list_move(act, &act_.sel, n))
		return;
	switch (act) {
	case ACT_ENTER:
	case ACT_ADD:
		begin(a, n);
		break;
	case ACT_EDIT:
		if (n)
			begin(a, act_.sel);
		break;
	case ACT_STATUS:
		if (n)
			cycle_status(a);
		break;
	case ACT_FROM_VOTE: {
		struct ranking r;
		if (ranking_of(a, &r)) {
			act_.stage = PICK;
			act_.pick = 0;
			act_.index = n;
		} else {
			app_error(a, _("No earlier vote in this meeting has items to carry."));
		}
		ranking_free(&r);
		break;
	}
	case ACT_DELETE:
		if (n) {
			char *q = xasprintf(_("Delete the action item \"%s\"?"), state(a)->actions[act_.sel].text);
			app_confirm(a, q, delete_confirmed);
			free(q);
		}
		break;
	default:
		meeting_act(a, act);
		break;
	}
}

static void act(struct app *a, enum action act, int key)
{
	if (act_.stage == LIST) {
		list_act(a, act);
		return;
	}
	if (act_.stage == PICK) {
		struct ranking r;
		ranking_of(a, &r);
		if (!app_list_move(act, &act_.pick, r.n)) {
			if (act == ACT_ENTER)
				finish_stage(a);
			else if (act == ACT_CANCEL)
				act_.stage = LIST;
		}
		ranking_free(&r);
		return;
	}
	if (act_.stage == OWNER) {
		if (act == ACT_UP && act_.owner_choice > 0)
			act_.owner_choice--;
		else if (act == ACT_DOWN && act_.owner_choice < a->session.n_people)
			act_.owner_choice++;
		else if (act == ACT_ENTER)
			finish_stage(a);
		else if (act == ACT_CANCEL)
			act_.stage = LIST;
		return;
	}
	if (app_edit_field(a, &act_.field, act, key))
		return;
	switch (act) {
	case ACT_ENTER:
		finish_stage(a);
		break;
	case ACT_CANCEL:
		act_.stage = LIST;
		break;
	default:
		break;
	}
}

static bool available(const struct app *a, enum action act)
{
	bool has = state(a)->n_actions > 0;
	if (act_.stage == LIST)
		return act == ACT_CANCEL ? false :
		       act == ACT_EDIT || act == ACT_DELETE || act == ACT_STATUS ? has :
		       act == ACT_FROM_VOTE ? meeting_vote_before(&a->session.engine,
								  a->session.engine.step) >= 0 : true;
	return act == ACT_ENTER || act == ACT_CANCEL || act == ACT_HELP;
}

static bool typing(const struct app *a)
{
	(void)a;
	return act_.stage == TEXT || act_.stage == DUE;
}

const struct screen screen_actions = {
	.title = N_("Action items"),
	.scope = SCOPE_ACTIONS,
	.enter = enter,
	.draw = draw,
	.act = act,
	.available = available,
	.typing = typing,
};
