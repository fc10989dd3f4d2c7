/*
 * screen-rate: entering ratings for one dimension at a time, with the
 * dimension's low and high anchors on screen. Named entry shows whose rating
 * the next key enters; blind entry shows only how many ratings are in, so a
 * projected screen never exposes a value or a person.
 */
#include "convene/kinds.h"
#include "app.h"
#include "draw.h"
#include "placement-ui.h"
#include "convene/states.h"
#include "convene/text.h"
#include "convene/util.h"
#include "convene/i18n.h"

#include <stdlib.h>
#include <string.h>

static int draw_anchors(const struct step *st, const struct dimension *d, int y, int w)
{
	draw_textf(y, 2, 4, STYLE_ALERT, "%2d", st->scale.min);
	y += draw_wrapped(y, 7, w - 5, 3, STYLE_NORMAL, d->low);
	draw_textf(y, 2, 4, STYLE_ALERT, "%2d", st->scale.max);
	y += draw_wrapped(y, 7, w - 5, 3, STYLE_NORMAL, d->high);
	return y;
}

static void draw_named(const struct session *s, int y, int w)
{
	const struct meeting *m = &s->engine;
	int rows = frame_bottom() - y + 1;
	if (rows < 1)
		return;
	size_t first = m->cursor >= (size_t)rows ? m->cursor - (size_t)rows + 1 : 0;
	const char **names = xcalloc(m->n_people + 1, sizeof *names);
	for (size_t i = 0; i < m->n_people; i++)
		names[i] = m->people[i].name;
	/* The name column fits the longest name while the groups keep room. */
	int nw = draw_names_width(names, m->n_people, 26, w / 2 - 4);
	free(names);
	/* A placement's value is shown with its label: a wider column. */
	const struct step *step = meeting_current_step(m);
	int vw = step_labels_points(step) ? (w - nw - 11) / 2 : 3;
	if (vw > 24)
		vw = 24;
	for (size_t i = first; i < m->n_people && y <= frame_bottom(); i++, y++) {
		const struct participant *p = &m->people[i];
		bool here = i == m->cursor;
		enum style st = here ? STYLE_REVERSE : p->away ? STYLE_DIM : STYLE_NORMAL;
		int v = meeting_value(m, m->step, m->dim, i);
		draw_fill(y, 2, w, st);
		draw_text(y, 3, 2, st, here ? ">" : " ");
		draw_name(y, 5, nw, st, p->name);
		/* Whoever left keeps the rating they gave; nobody waits for them.
		 * Whoever is at a seat rates from it: nobody types for them. */
		/* A guest's default group is a word of the program's: said in
		 * the interface's language. */
		const char *group = strcmp(p->group, "guest") ? p->group : _("guest");
		char *g = seats_seated(s, i) ? xasprintf(_("%s  (at a seat)"), group) : NULL;
		draw_text(y, 5 + nw + 1, w - nw - 8 - vw, st, p->away ? _("(left)") : g ? g : group);
		free(g);
		if (vw > 3) {
			char value[64];
			step_point_text(step, 0, v, value, sizeof value);
			char *shown = text_pad(value, vw, TEXT_CUT_END);
			draw_text(y, w - vw - 1, vw + 2, v >= 0 ? (here ? STYLE_REVERSE : STYLE_BOLD) : st,
				  shown);
			free(shown);
		} else if (v >= 0) {
			draw_textf(y, w - 4, 5, here ? STYLE_REVERSE : STYLE_BOLD, "%3d", v);
		} else {
			draw_text(y, w - 4, 5, st, "  -");
		}
	}
}

/* Everyone present has a ballot in, yet someone at a seat has not rated
 * from it: either they handed in a slip, or a slip too many was typed and
 * their seat is now refused. Only the room knows which: says who, and how
 * to undo a slip. */
static int blocked_seats(const struct session *s, size_t n, size_t here, int y, int w)
{
	const struct meeting *m = &s->engine;
	if (n < here)
		return 0;
	struct strbuf sb = { 0 };
	for (size_t i = 0; i < s->n_people; i++)
		if (!m->people[i].away && seats_seated(s, i) && !session_seat_voted(s, m->dim, i))
			strbuf_addf(&sb, "%s%s", sb.len ? ", " : "", m->people[i].name);
	char *names = strbuf_take(&sb);
	int used = 0;
	if (names) {
		char *text = xasprintf(_("Everyone present has a ballot in. At a seat and not rated "
					 "from it: %s. Unless they handed in a slip, one slip too many "
					 "was typed: u takes the last slip back."), names);
		used = draw_wrapped(y, 2, w, 3, STYLE_ALERT, text);
		free(text);
	}
	free(names);
	return used;
}

/* How many are in, and from whom: who has not rated from a seat yet (by
 * name: that they have not voted is no secret) and how many paper slips
 * were typed; never a value. */
static void draw_blind(const struct session *s, int y, int w)
{
	const struct meeting *m = &s->engine;
	size_t n = meeting_rated_count(m, m->step, m->dim);
	size_t seats = session_seat_votes(s, m->dim), here = meeting_here_count(m);
	draw_textf(y, 2, w, STYLE_ALERT, _(" %zu of %zu have rated "), n, here);
	y += 2;
	if (s->seats_open || seats) {
		draw_textf(y++, 2, w, STYLE_NORMAL, _("From seats: %zu    Paper slips typed: %zu"), seats,
			   n - seats);
		struct strbuf sb = { 0 };
		for (size_t i = 0; i < s->n_people; i++)
			if (!m->people[i].away && !session_seat_voted(s, m->dim, i))
				strbuf_addf(&sb, "%s%s", sb.len ? ", " : "", m->people[i].name);
		char *line = strbuf_take(&sb);
		if (line && n < here) {
			char *who = xasprintf(_("Not rated from a seat yet: %s"), line);
			y += draw_wrapped(y, 2, w, 3, STYLE_NORMAL, who);
			free(who);
		}
		free(line);
		y += blocked_seats(s, n, here, y, w);
		y++;
	}
	if (session_enters_pairs(s)) {
		const struct step *st = meeting_current_step(m);
		char *how = xasprintf(_("Blind entry: type each paper slip as its two numbers, %s "
					"first, then %s: the pair is kept as one ballot, never with a "
					"name. u removes the last slip typed."), st->dimensions[0].title,
				      st->dimensions[1].title);
		draw_wrapped(y, 2, w, 3, STYLE_DIM, how);
		free(how);
		return;
	}
	draw_wrapped(y, 2, w, 3, STYLE_DIM,
		     _("Blind entry: type each paper slip as it is handed in. The screen never "
		       "shows a rating or whose it is; u removes the last slip typed."));
}

static void draw(struct app *a)
{
	meeting_header(a);
	const struct meeting *m = &a->session.engine;
	const struct step *st = meeting_current_step(m);
	const struct dimension *d = &st->dimensions[m->dim];
	int y = frame_top(), w = draw_cols() - 4;
	size_t at = 0, of = 0;
	for (size_t i = 0; i < st->n_dimensions; i++)
		if (meeting_dimension_active(m, m->step, i)) {
			of++;
			if (i <= m->dim)
				at = of;
		}
	bool blind = m->mode == RATING_BLIND;
	if (session_enters_pairs(&a->session))
		draw_textf(y, 2, w, STYLE_DIM,
			   blind ? _("%s: both axes at once, blind entry") :
				   _("%s: both axes at once, named entry"), st->title);
	else
		/* TRANSLATORS: the step, then "Dimension 2 of 5" (the kind's word
		 * for what is rated), then how ratings are entered. */
		draw_textf(y, 2, w, STYLE_DIM,
			   blind ? _("%s: %s %zu of %zu, blind entry") : _("%s: %s %zu of %zu, named entry"),
			   st->title, _(kind_of(st->kind)->dimension_noun), at, of);
	y += 1;
	/* The step's text is the author's reminder of how to rate: kept in
	 * view while rating, cut to a few lines so the names keep their room. */
	if (st->text)
		y += draw_wrapped(y, 2, w, draw_lines() < 30 ? 2 : 4, STYLE_DIM, st->text) + 1;
	/* A title can be a whole statement (a progress point): wrapped, not cut. */
	char *title = xasprintf("%zu. %s", m->dim + 1, d->title);
	y += draw_wrapped(y, 2, w, draw_lines() < 30 ? 2 : 3, STYLE_TITLE, title) - 1;
	free(title);
	/* A placement lists every point: its key, its label and what it means
	 * for this component; a short screen keeps a line each. */
	if (step_labels_points(st))
		y = draw_points(st, m->dim, -1, y + 2, 2, w, frame_bottom() - 2,
				draw_lines() < 30 ? 1 : 3) + 1;
	else
		y = draw_anchors(st, d, y + 2, w) + 1;
	if (m->mode == RATING_BLIND)
		draw_blind(&a->session, y, w);
	else
		draw_named(&a->session, y, w);
}

/* A blind two-way placement's slip is its two numbers: the first waits
 * here (never stored alone) until the second makes the pair. */
static int pending_x = -1;

static void enter(struct app *a)
{
	(void)a;
	pending_x = -1;
}

static void rate_pair(struct app *a, int value)
{
	struct session *s = &a->session;
	const struct step *st = meeting_current_step(&s->engine);
	if (value < st->scale.min || value > st->scale.max) {
		app_error(a, _("Ratings run from %d to %d."), st->scale.min, st->scale.max);
		return;
	}
	if (pending_x < 0) {
		pending_x = value;
		app_say(a, _("Slip: %s %d. Now its %s."), st->dimensions[0].title, value,
			st->dimensions[1].title);
		return;
	}
	enum meeting_result res;
	int x = pending_x;
	pending_x = -1;
	if (!session_slip_pair(s, x, value, &res))
		app_error(a, "%s", session_error(s));
	else if (res == MEETING_ALL_RATED)
		app_error(a, _("All %zu present have placed the team. u removes the last slip; n moves "
			       "on."), session_here(s));
	else
		app_say(a, _("Slip %zu of %zu saved (%d, %d)."),
			meeting_rated_count(&s->engine, s->engine.step, 0), session_here(s), x, value);
}

static void rate(struct app *a, int value)
{
	struct session *s = &a->session;
	const struct step *st = meeting_current_step(&s->engine);
	size_t who = s->engine.cursor;
	enum meeting_result res;
	if (!session_rate(s, value, &res)) {
		app_error(a, "%s", session_error(s));
		return;
	}
	size_t n = meeting_rated_count(&s->engine, s->engine.step, s->engine.dim);
	bool all = meeting_everyone_rated(&s->engine, s->engine.step, s->engine.dim);
	switch (res) {
	case MEETING_OK:
		if (s->engine.mode == RATING_BLIND)
			app_say(a, _("Rating %zu of %zu saved."), n, session_here(s));
		else {
			char shown[64];
			step_point_text(st, 0, value, shown, sizeof shown);
			app_say(a, all ? _("Saved %s: %s. Everyone has rated: n moves on.") :
					 _("Saved %s: %s."), s->people[who].name, shown);
		}
		break;
	case MEETING_OUT_OF_SCALE:
		app_error(a, step_labels_points(st) ? _("Points run from %d to %d.") :
						      _("Ratings run from %d to %d."),
			  st->scale.min, st->scale.max);
		break;
	case MEETING_ALL_RATED:
		app_error(a, _("All %zu present have rated. u removes the last rating; n moves on."),
			  session_here(s));
		break;
	default:
		break;
	}
}

static void undo(struct app *a)
{
	struct session *s = &a->session;
	enum meeting_result res;
	if (!session_undo(s, &res)) {
		app_error(a, "%s", session_error(s));
		return;
	}
	if (res == MEETING_NOTHING_TO_UNDO && s->engine.mode == RATING_BLIND)
		app_say(a, _("No paper slip typed on this dimension since the meeting was opened here: "
			     "nothing to take back."));
	else if (res == MEETING_NOTHING_TO_UNDO)
		app_say(a, _("No rating to remove on this dimension."));
	else if (s->engine.mode == RATING_BLIND)
		app_say(a, _("Took back the last slip typed: %zu of %zu now."),
			meeting_rated_count(&s->engine, s->engine.step, s->engine.dim), session_here(s));
	else
		app_say(a, _("Removed %s's rating: type it again."), s->people[s->engine.cursor].name);
}

static void act(struct app *a, enum action act, int key)
{
	switch (act) {
	case ACT_RATE:
		if (session_enters_pairs(&a->session))
			rate_pair(a, key - '0');
		else
			rate(a, key - '0');
		break;
	case ACT_UNDO:
		if (pending_x >= 0) {
			pending_x = -1;
			app_say(a, _("The slip's first number is taken back: type the slip again."));
		} else {
			undo(a);
		}
		break;
	case ACT_UP:
	case ACT_DOWN:
		if (a->session.engine.mode == RATING_NAMED)
			session_select(&a->session, act == ACT_UP ? -1 : 1);
		break;
	default:
		meeting_act(a, act);
		break;
	}
}

const struct screen screen_rate = {
	.title = N_("Rating"),
	.scope = SCOPE_RATE,
	.enter = enter,
	.draw = draw,
	.act = act,
};
