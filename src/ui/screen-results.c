/*
 * screen-results: the results of a rating step, one dimension per two rows:
 * count, mean, median, range, and the distribution as bars of counts. The
 * dimensions with the lowest means and the widest spreads carry the words
 * LOW and SPREAD, because those are what the team talks about first.
 */
#include "convene/kinds.h"
#include "app.h"
#include "draw.h"
#include "convene/stats.h"
#include "convene/text.h"
#include "convene/util.h"
#include "convene/i18n.h"

#include <stdlib.h>

static struct {
	size_t scroll; /* first dimension shown */
} results;

static void enter(struct app *a)
{
	(void)a;
	results.scroll = 0;
}

/* A placement's spread: each label, with how many placed the team there.
 * Each in an equal cell of one line when every label fits its cell; else
 * whole labels flow over up to `rows` lines ("Traditional 5   Cooperative
 * 2"); only when they cannot either is each cut to its cell.
 * Returns the lines used. */
static int draw_labelled(const struct step *st, const struct rating_stats *s, int y, int x, int w,
			 int rows)
{
	int points = s->scale_max - s->scale_min + 1;
	int lines = 1, at = 0;
	for (int i = 0; i < points; i++) {
		char *count = xasprintf(" %zu", s->counts[i]);
		int need = text_width(step_point_label(st, s->scale_min + i)) + text_width(count);
		free(count);
		if (at && at + 3 + need > w) {
			lines++;
			at = 0;
		}
		at += (at ? 3 : 0) + need;
	}
	int cell = w / points, line = 0;
	/* Equal cells keep the components' columns aligned: kept whenever
	 * every label fits its cell whole. */
	bool fit = true;
	for (int i = 0; i < points; i++) {
		char *count = xasprintf(" %zu", s->counts[i]);
		fit &= text_width(step_point_label(st, s->scale_min + i)) + text_width(count) < cell;
		free(count);
	}
	bool whole = !fit && lines <= rows;
	at = 0;
	for (int i = 0; i < points; i++) {
		int v = s->scale_min + i;
		char *count = xasprintf(" %zu", s->counts[i]);
		int cw = text_width(count);
		const char *name = step_point_label(st, v);
		int lw = whole ? text_width(name) : cell - cw - 1;
		if (whole && at && at + 3 + lw + cw > w) {
			line++;
			at = 0;
		}
		int cx = whole ? x + at + (at ? 3 : 0) : x + i * cell;
		char *label = text_fit(name, lw);
		lw = draw_text(y + line, cx, lw, s->counts[i] ? STYLE_NORMAL : STYLE_DIM, label);
		draw_text(y + line, cx + lw, cw, s->counts[i] ? STYLE_BOLD : STYLE_DIM, count);
		at = cx - x + lw + cw;
		free(label);
		free(count);
	}
	return line + 1;
}

static void draw_distribution(const struct rating_stats *s, int y, int x, int w)
{
	int points = s->scale_max - s->scale_min + 1;
	int cell = w / points;
	size_t most = 1;
	for (int i = 0; i < points; i++)
		if (s->counts[i] > most)
			most = s->counts[i];
	int bar_room = cell - 6; /* "7 " before the bar, " 12" after */
	for (int i = 0; i < points; i++) {
		int cx = x + i * cell;
		draw_textf(y, cx, 2, STYLE_BOLD, "%d", s->scale_min + i);
		int len = bar_room > 0 ? (int)((s->counts[i] * (size_t)bar_room + most - 1) / most) : 0;
		draw_bar(y, cx + 2, len, STYLE_NORMAL);
		draw_textf(y, cx + 2 + len + (len > 0), 3, s->counts[i] ? STYLE_NORMAL : STYLE_DIM,
			   "%zu", s->counts[i]);
	}
}

/* One line naming the flagged dimensions, e.g. "LOW: Trust, Leadership". */
static void focus_line(const struct step *st, const struct rating_stats *s, bool low,
		       int y, int w)
{
	struct strbuf sb;
	strbuf_init(&sb);
	for (size_t d = 0; d < st->n_dimensions; d++)
		if (low ? s[d].lowest : s[d].widest)
			strbuf_addf(&sb, "%s%s", sb.len ? ", " : "", st->dimensions[d].title);
	/* TRANSLATORS: " LOW " and " SPREAD " are tags on a dimension's line,
	 * with a space each side; keep them short. */
	const char *tag = low ? _(" LOW ") : _(" SPREAD ");
	int x = 2 + draw_text(y, 2, text_width(tag) + 1, STYLE_ALERT, tag);
	bool rated = false;
	for (size_t d = 0; d < st->n_dimensions; d++)
		rated |= s[d].count > 0;
	/* "no component stands out" on a placement: the kind's own noun. */
	char noun[24];
	snprintf(noun, sizeof noun, "%s", _("dimension"));
	const char *kn = kind_of(st->kind)->dimension_noun ? _(kind_of(st->kind)->dimension_noun) : NULL;
	if (kn)
		for (size_t i = 0; i + 1 < sizeof noun; i++)
			if (!(noun[i] = (char)(kn[i] >= 'A' && kn[i] <= 'Z' ? kn[i] - 'A' + 'a' : kn[i])))
				break;
	noun[sizeof noun - 1] = '\0';
	/* TRANSLATORS: %s is the kind's word for what is rated, in lower case:
	 * "dimension", "component", "item"... */
	char *none = xasprintf(_("no %s stands out"), noun);
	draw_text(y, x + 1, w - x, STYLE_BOLD,
		  sb.len ? sb.data : !rated ? _("no ratings yet") :
		  low ? none : _("no wide disagreement stands out"));
	free(none);
	strbuf_finish(&sb);
}

static int draw_dimension(const struct step *st, const struct rating_stats *r, size_t d,
			  int y, int w, int rows)
{
	char stats[80];
	if (r->count)
		snprintf(stats, sizeof stats, _("n %zu  mean %.1f  median %g  range %d-%d"), r->count,
			 r->mean, r->median, r->min, r->max);
	else
		snprintf(stats, sizeof stats, "%s", _("no ratings"));
	int sw = text_width(stats);
	const char *low = _(" LOW "), *spread = _(" SPREAD ");
	int lw = text_width(low), spw = text_width(spread);
	int tags = (r->lowest ? lw + 1 : 0) + (r->widest ? spw + 1 : 0);
	int room = w - sw - tags - 2;
	bool flagged = r->lowest || r->widest;
	int x = 2 + draw_textf(y, 2, room, flagged ? STYLE_BOLD : STYLE_NORMAL, "%zu. %s", d + 1,
			       st->dimensions[d].title);
	if (r->lowest)
		x += draw_text(y, x + 1, lw, STYLE_ALERT, low) + 1;
	if (r->widest)
		draw_text(y, x + 1, spw, STYLE_ALERT, spread);
	draw_text(y, 2 + w - sw, sw, STYLE_NORMAL, stats);
	if (st->n_points)
		return 1 + draw_labelled(st, r, y + 1, 5, w - 3, rows - 1);
	draw_distribution(r, y + 1, 5, w - 3);
	return 2;
}

static void draw(struct app *a)
{
	meeting_header(a);
	const struct meeting *m = &a->session.engine;
	const struct step *st = meeting_current_step(m);
	struct rating_stats *s = meeting_step_stats(m, m->step);
	int y = frame_top(), w = draw_cols() - 4, bottom = frame_bottom();
	/* Every row counts here: nine dimensions fit an 80x24 terminal. */
	focus_line(st, s, true, y++, w);
	focus_line(st, s, false, y++, w);
	/* A placement's labels may take a second line when every component
	 * still fits with it. */
	int rows = st->n_points && (int)(st->n_dimensions - results.scroll) * 3 <= bottom - y + 1 ?
		   3 : 2;
	size_t d = results.scroll;
	for (; d < st->n_dimensions && y + 1 <= bottom; d++) {
		if (!meeting_dimension_active(m, m->step, d))
			continue; /* a norm not in today's focus was not rated */
		y += draw_dimension(st, &s[d], d, y, w, rows);
	}
	if (d < st->n_dimensions || results.scroll > 0) {
		char *more = xasprintf(_("%zu-%zu of %zu, Down"), results.scroll + 1, d,
				       st->n_dimensions);
		int mw = text_width(more), mx = mw > 17 ? draw_cols() - 1 - mw : draw_cols() - 18;
		draw_text(frame_top(), mx, mw, STYLE_DIM, more);
		free(more);
	}
	free(s);
}

static void act(struct app *a, enum action act, int key)
{
	(void)key;
	size_t n = meeting_current_step(&a->session.engine)->n_dimensions;
	size_t page = (size_t)((frame_bottom() - frame_top() - 2) / 2);
	switch (act) {
	case ACT_UP:
		if (results.scroll > 0)
			results.scroll--;
		break;
	case ACT_DOWN:
		if (results.scroll + 1 < n)
			results.scroll++;
		break;
	case ACT_PAGE_UP:
		results.scroll = results.scroll > page ? results.scroll - page : 0;
		break;
	case ACT_PAGE_DOWN:
		results.scroll = results.scroll + page < n ? results.scroll + page : n - 1;
		break;
	default:
		meeting_act(a, act);
		break;
	}
}

const struct screen screen_results = {
	.title = N_("Results"),
	.scope = SCOPE_RESULTS,
	.enter = enter,
	.draw = draw,
	.act = act,
};
