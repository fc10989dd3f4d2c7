/*
 * screen-norms: the team's norms, one at a time (name, what it looks like,
 * sentence starters) or all together, and the pick of one or two norms to
 * focus on today. The closing check of the norms is a rating step and uses
 * the rating screens. A step with `team_norms: show` shows the team's own
 * adopted norms instead, once it has some.
 */
#include "app.h"
#include "draw.h"
#include "norms-own.h"
#include "convene/text.h"
#include "convene/util.h"
#include "convene/i18n.h"

#include <stdlib.h>

static struct {
	size_t sel;
	bool all; /* all together, or one at a time */
} norms;

static void enter(struct app *a)
{
	(void)a;
	norms.sel = 0;
}

static bool focused(const struct app *a, size_t i)
{
	return (a->session.engine.steps[a->session.engine.step].focus >> i) & 1;
}

static void draw_one(const struct app *a, const struct step *st, int y, int w)
{
	const struct norm *n = &st->norms[norms.sel];
	draw_textf(y++, 2, w, STYLE_DIM, _("Norm %zu of %zu"), norms.sel + 1, st->n_norms);
	y++;
	int x = 2 + draw_text(y, 2, w, STYLE_TITLE, n->name);
	if (focused(a, norms.sel))
		draw_text(y, x + 2, w - x, STYLE_ALERT, _(" FOCUS TODAY "));
	y += 2;
	y += draw_wrapped(y, 2, w, frame_bottom() - y - (int)n->n_starters - 2, STYLE_NORMAL,
			  n->description) + 1;
	if (n->n_starters && y <= frame_bottom())
		draw_text(y++, 2, w, STYLE_BOLD, _("Starters:"));
	for (size_t i = 0; i < n->n_starters && y <= frame_bottom(); i++)
		draw_textf(y++, 4, w - 2, STYLE_NORMAL, "\"%s\"", n->starters[i]);
}

static void draw_all(const struct app *a, const struct step *st, int y, int w)
{
	/* Names in one column as wide as the longest (up to 3/5 of the line:
	 * the names are what the room reads), focus marks in the next,
	 * descriptions in what is left. */
	int nw = 0;
	for (size_t i = 0; i < st->n_norms; i++) {
		char *name = xasprintf("%zu. %s", i + 1, st->norms[i].name);
		if (text_width(name) > nw)
			nw = text_width(name);
		free(name);
	}
	if (nw > w * 3 / 5)
		nw = w * 3 / 5;
	const char *focus = _(" FOCUS ");
	int tw = text_width(focus);
	int fx = 3 + nw + 1, dx = fx + (tw + 1 > 8 ? tw + 1 : 8);
	for (size_t i = 0; i < st->n_norms && y <= frame_bottom(); i++) {
		enum style style = i == norms.sel ? STYLE_REVERSE : STYLE_NORMAL;
		draw_fill(y, 2, w, style);
		draw_textf(y, 3, nw, style, "%zu. %s", i + 1, st->norms[i].name);
		if (focused(a, i))
			draw_text(y, fx, tw, STYLE_ALERT, focus);
		if (w + 2 - dx >= 12)
			draw_text(y, dx, w + 2 - dx, style, st->norms[i].description);
		y++;
	}
}

/* The team's own norms: words adopted in the room, all shown together. */
static void draw_own(const struct team_norms *own, int y, int w)
{
	draw_textf(y++, 2, w, STYLE_DIM, _("Our own norms, adopted by every group on %s:"), own->date);
	y++;
	for (size_t i = 0; i < own->n && y <= frame_bottom(); i++) {
		char *num = xasprintf("%zu. ", i + 1);
		y += draw_item(y, 3, w - 2, frame_bottom() - y + 1, i == norms.sel ? STYLE_REVERSE :
			       STYLE_NORMAL, num, own->texts[i]);
		free(num);
	}
}

static void draw(struct app *a)
{
	meeting_header(a);
	const struct step *st = meeting_current_step(&a->session.engine);
	int y = frame_top(), w = draw_cols() - 4;
	draw_text(y++, 2, w, STYLE_TITLE, st->title);
	if (st->text)
		y += draw_wrapped(y, 2, w, 2, STYLE_DIM, st->text);
	const struct team_norms *own = norms_own(&a->session, meeting_current_step(&a->session.engine));
	if (own) {
		draw_own(own, y + 1, w);
		return;
	}
	if (st->team_norms)
		draw_text(y++, 2, w, STYLE_DIM, _("The team has adopted no norms of its own yet: an "
						  "example to start from."));
	if (st->focus)
		draw_textf(y++, 2, w, STYLE_DIM, _("Pick up to %d to focus on today (Space)."), st->focus);
	y++;
	if (norms.all)
		draw_all(a, st, y, w);
	else
		draw_one(a, st, y, w);
}

static void act(struct app *a, enum action act, int key)
{
	(void)key;
	const struct step *st = meeting_current_step(&a->session.engine);
	const struct team_norms *own = norms_own(&a->session, meeting_current_step(&a->session.engine));
	if (app_list_move(act, &norms.sel, own ? own->n : st->n_norms))
		return;
	switch (act) {
	case ACT_VIEW:
		if (own)
			break; /* the team's own are shown all together */
		norms.all = !norms.all;
		break;
	case ACT_TOGGLE: {
		if (!st->focus)
			break;
		enum meeting_result res;
		bool on = !focused(a, norms.sel);
		if (!session_norm_focus(&a->session, norms.sel, on, &res))
			app_error(a, "%s", session_error(&a->session));
		else if (res == MEETING_FOCUS_FULL)
			app_error(a, _("The team focuses on at most %d; drop one first (Space on it)."),
				  st->focus);
		else
			app_say(a, on ? _("%s: a focus for today.") : _("%s is no longer a focus."),
				st->norms[norms.sel].name);
		break;
	}
	default:
		meeting_act(a, act);
		break;
	}
}

static bool available(const struct app *a, enum action act)
{
	if (act == ACT_VIEW)
		return norms_own(&a->session, meeting_current_step(&a->session.engine)) == NULL;
	return act != ACT_TOGGLE || meeting_current_step(&a->session.engine)->focus > 0;
}

static const struct binding keys[] = {
	{ SCOPE_STEP, ' ', ' ', ACT_TOGGLE, N_("Space"), N_("focus"), N_("Pick (or drop) the norm shown as one to focus on today") },
	{ SCOPE_STEP, 'v', 'v', ACT_VIEW, "v", N_("all/one"), N_("Show all the norms together, or one at a time") },
	{ SCOPE_STEP, ']', ']', ACT_DOWN, "]", NULL, N_("Show the next norm") },
	{ SCOPE_STEP, '[', '[', ACT_UP, "[", NULL, N_("Show the previous norm") },
};

const struct screen screen_norms = {
	.title = N_("Norms"),
	.scope = SCOPE_STEP,
	.keys = keys,
	.n_keys = ARRAY_LEN(keys),
	.enter = enter,
	.draw = draw,
	.act = act,
	.available = available,
};
