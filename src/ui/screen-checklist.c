/*
 * screen-checklist: ticking a checklist. One list at a time: the items
 * with a tick each (Space ticks the selected item or takes its tick off,
 * Enter saves the list), then the next person's. Named entry says whose
 * list it is and shows a saved list again to correct it; blind entry
 * types each paper list as a ballot and never shows whose; a list ticked
 * by the room is one list, the room's, saved as often as it changes.
 */
#include "checklist.h"
#include "convene/checklist.h"
#include "convene/kinds.h"
#include "convene/session-checklist.h"
#include "convene/states.h"
#include "convene/util.h"
#include "draw.h"
#include "seats-follow.h"
#include "convene/i18n.h"

#include <stdlib.h>
#include <string.h>

#define CHECKLIST_MAX 24

/* The list being ticked, before Enter saves it. */
static struct {
	bool ticks[CHECKLIST_MAX];
	size_t sel;
	size_t step, who; /* whose list the ticks are, to notice a change */
	bool loaded;
} ck;

/* The ticks of the list shown: the saved list of the person (or the
 * room) when there is one, else none ticked. A blind list starts empty. */
static void load(const struct app *a)
{
	const struct meeting *m = &a->session.engine;
	const struct step *st = meeting_current_step(m);
	size_t who = st->room_ticks ? 0 : m->cursor;
	memset(ck.ticks, 0, sizeof ck.ticks);
	for (size_t d = 0; d < st->n_dimensions && d < CHECKLIST_MAX; d++)
		ck.ticks[d] = m->n_people && (m->mode == RATING_NAMED || st->room_ticks) &&
			      meeting_value(m, m->step, d, who) == 1;
	ck.step = m->step;
	ck.who = who;
	ck.loaded = true;
}

static void enter(struct app *a)
{
	ck.sel = 0;
	load(a);
}

/* A list saved from elsewhere (a seat) or a move of the cursor shows the
 * list of whoever is under it now. */
static void follow(const struct app *a)
{
	const struct meeting *m = &a->session.engine;
	const struct step *st = meeting_current_step(m);
	if (!ck.loaded || ck.step != m->step || (!st->room_ticks && ck.who != m->cursor))
		load(a);
}

static int draw_items(const struct step *st, int y, int w, int bottom)
{
	size_t n = st->n_dimensions, rows = bottom >= y ? (size_t)(bottom - y + 1) : 1;
	/* When the list does not fit, its last row says how many are below. */
	if (rows < n && rows > 1)
		rows--;
	size_t first = ck.sel >= rows ? ck.sel - rows + 1 : 0;
	int last = y + (int)rows - 1;
	for (size_t i = first; i < n && y <= last; i++, y++) {
		enum style style = i == ck.sel ? STYLE_REVERSE : STYLE_NORMAL;
		draw_fill(y, 2, w, style);
		draw_text(y, 3, 2, style, i == ck.sel ? ">" : " ");
		draw_text(y, 5, 4, ck.ticks[i] ? (i == ck.sel ? STYLE_REVERSE : STYLE_BOLD) : style,
			  ck.ticks[i] ? "[x]" : "[ ]");
		draw_text(y, 9, w - 7, style, st->dimensions[i].title);
	}
	if (first + rows < n)
		draw_textf(y, 5, w - 3, STYLE_DIM, _("%zu more below: Down"), n - first - rows);
	return y;
}

/* Whose list it is, and how many are in: named by name, blind by count. */
static int draw_who(const struct app *a, int y, int w)
{
	const struct session *s = &a->session;
	const struct meeting *m = &s->engine;
	const struct step *st = meeting_current_step(m);
	size_t in = meeting_checklist_lists(m, m->step), here = meeting_here_count(m);
	if (st->room_ticks) {
		draw_text(y++, 2, w, STYLE_ALERT, _(" The room's list "));
		y += draw_wrapped(y, 2, w, 2, STYLE_DIM,
				  in ? _("Saved. Tick what the room agrees applies; Enter saves it again.")
				     : _("Tick what the room agrees applies, then Enter saves it."));
		return y;
	}
	if (m->mode == RATING_BLIND) {
		draw_textf(y++, 2, w, STYLE_ALERT, _(" %zu of %zu lists in "), in, here);
		y += draw_wrapped(y, 2, w, 2, STYLE_DIM,
				  _("Blind entry: tick each paper list as it is handed in, then Enter. "
				    "The screen never shows whose; u takes back the last list typed."));
		return y;
	}
	const struct participant *p = m->n_people ? &m->people[m->cursor] : NULL;
	const char *seat = p && seats_seated(s, m->cursor) ? _("  (at a seat)") : "";
	if (!p)
		draw_text(y++, 2, w, STYLE_ALERT, _(" nobody's list "));
	else if (meeting_checklist_has_list(m, m->step, m->cursor))
		/* TRANSLATORS: a person's name, then "  (at a seat)" or nothing. */
		draw_textf(y++, 2, w, STYLE_ALERT, _(" %s's list%s: saved "), p->name, seat);
	else
		/* TRANSLATORS: a person's name, then "  (at a seat)" or nothing. */
		draw_textf(y++, 2, w, STYLE_ALERT, _(" %s's list%s "), p->name, seat);
	struct strbuf sb = { 0 };
	for (size_t i = 0; i < m->n_people; i++)
		if (meeting_is_here(m, i) && !meeting_checklist_has_list(m, m->step, i))
			strbuf_addf(&sb, "%s%s", sb.len ? ", " : "", m->people[i].name);
	char *left = strbuf_take(&sb);
	char *line = left ? xasprintf(_("%zu of %zu lists in. Still to tick: %s"), in, here, left) :
			    xasprintf(_("%zu of %zu lists in: everyone's. n shows the counts."), in, here);
	y += draw_wrapped(y, 2, w, 2, STYLE_DIM, line);
	free(line);
	free(left);
	return y;
}

static void draw(struct app *a)
{
	follow(a);
	meeting_header(a);
	const struct meeting *m = &a->session.engine;
	const struct step *st = meeting_current_step(m);
	int y = frame_top(), w = draw_cols() - 4;
	draw_text(y++, 2, w, STYLE_TITLE, st->title);
	draw_textf(y++, 2, w, STYLE_DIM,
		   st->room_ticks ? _("%zu items, ticked by the room") :
		   m->mode == RATING_BLIND ? _("%zu items, ticked by each person, blind entry") :
					     _("%zu items, ticked by each person, named entry"),
		   st->n_dimensions);
	if (st->text)
		y += draw_wrapped(y, 2, w, draw_lines() < 30 ? 2 : 4, STYLE_DIM, st->text);
	y = draw_who(a, y + 1, w) + 1;
	draw_items(st, y, w, frame_bottom());
}

static void save(struct app *a)
{
	struct session *s = &a->session;
	const struct step *st = meeting_current_step(&s->engine);
	size_t who = s->engine.cursor;
	enum meeting_result res;
	if (!session_checklist_save(s, ck.ticks, &res)) {
		app_error(a, "%s", session_error(s));
		return;
	}
	size_t ticked = 0;
	for (size_t d = 0; d < st->n_dimensions; d++)
		ticked += ck.ticks[d];
	const struct meeting *m = &s->engine;
	bool done = meeting_checklist_done(m, m->step);
	if (res == MEETING_ALL_RATED)
		app_error(a, _("All %zu lists are in. u takes back the last one; n shows the counts."),
			  meeting_here_count(m));
	else if (res != MEETING_OK)
		app_error(a, _("Nobody here to tick a list: mark who is here (A)."));
	else if (st->room_ticks)
		app_say(a, _("Saved the room's list: %zu of %zu apply. n shows it."), ticked,
			st->n_dimensions);
	else if (m->mode == RATING_BLIND)
		app_say(a, done ? _("List %zu of %zu saved. Every list is in: n shows the counts.") :
				  _("List %zu of %zu saved."),
			meeting_checklist_lists(m, m->step), meeting_here_count(m));
	else
		app_say(a, done ? _("Saved %s's list: %zu ticked. Every list is in: n shows the counts.") :
				  _("Saved %s's list: %zu ticked."),
			s->people[who].name, ticked);
	ck.loaded = false;
	ck.sel = 0;
	follow(a);
}

static void undo(struct app *a)
{
	struct session *s = &a->session;
	enum meeting_result res;
	if (!session_checklist_undo(s, &res)) {
		app_error(a, "%s", session_error(s));
		return;
	}
	if (res == MEETING_NOTHING_TO_UNDO)
		app_say(a, s->engine.mode == RATING_BLIND && !meeting_current_step(&s->engine)->room_ticks ?
			_("No list typed here on this step since the meeting was opened: nothing to take back.") :
			_("No list saved on this step: nothing to take back."));
	else if (res == MEETING_OK)
		app_say(a, _("Took back the last list saved."));
	ck.loaded = false;
	follow(a);
}

static void act(struct app *a, enum action act, int key)
{
	(void)key;
	const struct step *st = meeting_current_step(&a->session.engine);
	if (app_list_move(act, &ck.sel, st->n_dimensions))
		return;
	switch (act) {
	case ACT_TOGGLE:
		if (ck.sel < CHECKLIST_MAX)
			ck.ticks[ck.sel] = !ck.ticks[ck.sel];
		break;
	case ACT_ENTER:
		save(a);
		break;
	case ACT_UNDO:
		undo(a);
		break;
	case ACT_NEXT_VOTER:
	case ACT_PREV_VOTER:
		if (a->session.engine.mode == RATING_NAMED && !st->room_ticks) {
			session_select(&a->session, act == ACT_NEXT_VOTER ? 1 : -1);
			follow(a);
		}
		break;
	default:
		meeting_act(a, act);
		break;
	}
}

static bool available(const struct app *a, enum action act)
{
	const struct step *st = meeting_current_step(&a->session.engine);
	if (act == ACT_NEXT_VOTER || act == ACT_PREV_VOTER)
		return a->session.engine.mode == RATING_NAMED && !st->room_ticks;
	return true;
}

static const struct binding keys[] = {
	{ SCOPE_STEP, ' ', ' ', ACT_TOGGLE, N_("Space"), N_("tick"), N_("Tick the selected item, or take its tick off") },
	{ SCOPE_STEP, '\n', '\n', ACT_ENTER, "Enter", N_("save list"), N_("Save the list as ticked (then the next person's)") },
	{ SCOPE_STEP, '\r', '\r', ACT_ENTER, "Enter", NULL, N_("Save the list as ticked") },
	{ SCOPE_STEP, BKEY_ENTER, BKEY_ENTER, ACT_ENTER, "Enter", NULL, N_("Save the list as ticked") },
	{ SCOPE_STEP, '\t', '\t', ACT_NEXT_VOTER, "Tab", N_("next person"), N_("Go on to the next person's list (named entry)") },
	{ SCOPE_STEP, BKEY_BTAB, BKEY_BTAB, ACT_PREV_VOTER, "Shift-Tab", NULL, N_("Go back to the previous person's list") },
	{ SCOPE_STEP, 'u', 'u', ACT_UNDO, "u", N_("undo"), N_("Take back the list saved last") },
};

const struct screen screen_checklist = {
	.title = N_("Checklist"),
	.scope = SCOPE_STEP,
	.keys = keys,
	.n_keys = ARRAY_LEN(keys),
	.enter = enter,
	.draw = draw,
	.act = act,
	.available = available,
};
