/*
 * room-rating: the room's view of steps that show or rate: text, norms
 * (with their sentence starters and today's focus), rating entry (the
 * step's text, the dimension, its anchors and how many have rated — never
 * a value) and the results with their distributions and LOW/SPREAD flags.
 */
#include "convene/i18n.h"
#include "convene/kinds.h"
#include "norms-own.h"
#include "room.h"
#include "convene/text.h"
#include "convene/util.h"

#include <stdlib.h>
#include <string.h>

void room_body_text(const struct room *r, struct room_box b)
{
	struct room_text t = { 0 };
	if (r->st->text)
		room_text_add(&t, STYLE_NORMAL, 0, "%s", r->st->text);
	room_text_draw(&t, b);
}

void room_body_norms(const struct room *r, struct room_box b)
{
	const struct step *st = r->st;
	unsigned focus = r->m->steps[r->m->step].focus;
	struct room_text t = { 0 };
	if (st->text)
		room_text_add(&t, STYLE_NORMAL, 0, "%s", st->text);
	const struct team_norms *own = norms_own(r->s, st);
	if (own) {
		room_text_para(&t, STYLE_DIM, 0, _("Our own norms, adopted by every group on %s:"),
			       own->date);
		for (size_t i = 0; i < own->n; i++) {
			room_text_para(&t, STYLE_TITLE, 0, "%s", own->texts[i]);
			room_text_prefix(&t, "%zu. ", i + 1);
		}
		room_text_draw(&t, b);
		return;
	}
	if (st->team_norms)
		room_text_para(&t, STYLE_DIM, 0, "%s",
			       _("The team has adopted no norms of its own yet: an example to "
				 "start from."));
	if (st->focus > 0)
		room_text_para(&t, STYLE_DIM, 0,
			       focus ? ngettext("The team picks up to %d norm to focus on today "
						"(marked TODAY'S FOCUS).",
						"The team picks up to %d norms to focus on today "
						"(marked TODAY'S FOCUS).", st->focus) :
				       ngettext("The team picks up to %d norm to focus on today.",
						"The team picks up to %d norms to focus on today.",
						st->focus),
			       st->focus);
	for (size_t i = 0; i < st->n_norms; i++) {
		const struct norm *n = &st->norms[i];
		bool today = (focus >> i) & 1;
		room_text_para(&t, STYLE_TITLE, 0, "%s%s%s", n->name, today ? "   " : "",
			       today ? _("TODAY'S FOCUS") : "");
		room_text_prefix(&t, "%zu. ", i + 1);
		if (n->description)
			room_text_add(&t, STYLE_NORMAL, 3, "%s", n->description);
		if (n->n_starters) {
			struct strbuf line;
			strbuf_init(&line);
			for (size_t k = 0; k < n->n_starters; k++)
				strbuf_addf(&line, k ? "  \"%s\"" : _("Try: \"%s\""), n->starters[k]);
			room_text_add(&t, STYLE_DIM, 3, "%s", line.data);
			strbuf_finish(&line);
		}
	}
	room_text_draw(&t, b);
}

void room_body_rating(const struct room *r, struct room_box b)
{
	const struct meeting *m = r->m;
	const struct step *st = r->st;
	/* A norms check's scale and anchors are its check's, set as a rating's
	 * when the protocol was loaded. */
	int min = st->scale.min, max = st->scale.max;
	const struct dimension *dim = m->dim < st->n_dimensions ? &st->dimensions[m->dim] : NULL;
	const char *low = dim ? dim->low : NULL, *high = dim ? dim->high : NULL;
	const char *title = dim ? dim->title : "";
	/* A norms check rates only today's focus norms: count those. */
	size_t active = 0, here = 0;
	for (size_t d = 0; d < st->n_dimensions; d++)
		if (meeting_dimension_active(m, m->step, d)) {
			active++;
			here += d <= m->dim;
		}
	int y = b.y;
	const char *noun = kind_of(st->kind)->dimension_noun;
	/* TRANSLATORS: "Dimension 2 of 5", "Norm 1 of 3": %s is the noun. */
	char *where = xasprintf(_("%s %zu of %zu"), noun ? _(noun) : _("Dimension"), here, active);
	draw_textf(y++, b.x, b.w, STYLE_DIM, "%s%s", where,
		   m->mode == RATING_BLIND ? _(" | blind: ratings are kept without names") : "");
	free(where);
	/* The step's text: how the author asks the room to rate, in view the
	 * whole time it rates (a few lines; what is cut says so). */
	if (st->text) {
		struct room_text intro = { 0 };
		room_text_add(&intro, STYLE_NORMAL, 0, "%s", st->text);
		y += room_text_draw(&intro, (struct room_box){ y, b.x, b.w, r->large ? 6 : 3 }) + 1;
	}
	y += room_figure(r, (struct room_box){ y, b.x, b.w, r->large ? 8 : 2 }, title, NULL) + 1;
	struct room_text t = { 0 };
	if (st->n_points) {
		/* A placement: every point, its label and what it means for
		 * this component (or in general). Every label must be seen: when
		 * the descriptors in full do not fit, each point keeps one line. */
		bool has = m->dim < st->n_components && st->components[m->dim].n_descriptors;
		int need = 0;
		for (int v = 1; v <= (int)st->n_points; v++) {
			const char *what = step_point_descriptor(st, m->dim, v);
			if (!what && !has)
				what = st->points[v - 1].text;
			need += 1 + (what ? draw_wrapped_height(b.w - 3, what) : has);
		}
		bool full = need <= b.h / 2;
		for (int v = 1; v <= (int)st->n_points; v++) {
			const char *what = step_point_descriptor(st, m->dim, v);
			if (!what && !has)
				what = st->points[v - 1].text;
			if (!full) {
				char *line = xasprintf("%d  %s  %s", v, step_point_label(st, v),
						       what ? what : has ? _("(empty in the source)") : "");
				char *cut = text_fit(line, b.w);
				room_text_add(&t, STYLE_BOLD, 0, "%s", cut);
				free(cut);
				free(line);
				continue;
			}
			room_text_add(&t, STYLE_BOLD, 0, "%d  %s", v, step_point_label(st, v));
			if (what)
				room_text_add(&t, STYLE_NORMAL, 3, "%s", what);
			else if (has)
				room_text_add(&t, STYLE_DIM, 3, "%s", _("(empty in the source)"));
		}
	} else {
		room_text_add(&t, STYLE_BOLD, 0, "%d  %s", min, low ? low : _("lowest"));
		room_text_add(&t, STYLE_BOLD, 0, "%d  %s", max, high ? high : _("highest"));
	}
	y += room_text_draw(&t, (struct room_box){ y, b.x, b.w, b.h / 2 }) + 1;
	/* TRANSLATORS: a figure drawn big: "4 of 9" have rated. */
	char *figure = xasprintf(_("%zu of %zu"), meeting_rated_here(m, m->step, m->dim),
				 meeting_here_count(m));
	const char *caption = _("have rated");
	char *named = NULL;
	/* Whose turn it is, until everyone present has rated. */
	if (m->mode == RATING_NAMED && m->cursor < m->n_people &&
	    !meeting_everyone_rated(m, m->step, m->dim))
		caption = named = xasprintf(_("have rated. Now rating: %s"), m->people[m->cursor].name);
	room_figure(r, (struct room_box){ y, b.x, b.w, b.y + b.h - y }, figure, caption);
	free(figure);
	free(named);
}

/* One dimension's result in a line: mean, range, the count at each point. */
static void result_lines(struct room_text *t, const struct step *st, const struct rating_stats *s,
			 const char *title)
{
	char *flags = xasprintf("%s%s%s%s", s->lowest ? "   " : "", s->lowest ? _("LOW") : "",
				s->widest ? (s->lowest ? "  " : "   ") : "", s->widest ? _("SPREAD") : "");
	if (s->count == 0) {
		room_text_para(t, STYLE_TITLE, 0, "%s", title);
		room_text_add(t, STYLE_DIM, 3, "%s", _("nobody rated it"));
		free(flags);
		return;
	}
	room_text_para(t, STYLE_TITLE, 0, "%s%s", title, flags);
	free(flags);
	room_text_add(t, STYLE_BOLD, 3,
		      ngettext("mean %.1f   median %.1f   range %d-%d   %zu rated",
			       "mean %.1f   median %.1f   range %d-%d   %zu rated", s->count),
		      s->mean,
		      s->median, s->min, s->max, s->count);
	struct strbuf dist;
	strbuf_init(&dist);
	/* A placement's spread is over its labels: how many placed the team
	 * at each. */
	for (int v = s->scale_min; v <= s->scale_max && v - s->scale_min < STATS_MAX_POINTS; v++) {
		const char *label = step_point_label(st, v);
		if (label)
			strbuf_addf(&dist, "%s%s: %zu", v > s->scale_min ? "   " : "", label,
				    s->counts[v - s->scale_min]);
		else
			strbuf_addf(&dist, "%s%d: %zu", v > s->scale_min ? "   " : "", v,
				    s->counts[v - s->scale_min]);
	}
	room_text_add(t, STYLE_NORMAL, 3, "%s", dist.data);
	strbuf_finish(&dist);
}

void room_body_results(const struct room *r, struct room_box b)
{
	const struct meeting *m = r->m;
	const struct step *st = r->st;
	struct rating_stats *stats = meeting_step_stats(m, m->step);
	struct room_text t = { 0 };
	/* What to talk about first comes first: on a small screen the
	 * dimensions below may not fit, the flags must. */
	struct strbuf low, wide;
	strbuf_init(&low);
	strbuf_init(&wide);
	for (size_t d = 0; d < st->n_dimensions; d++) {
		if (!meeting_dimension_active(m, m->step, d) || !stats[d].count)
			continue;
		if (stats[d].lowest)
			strbuf_addf(&low, "%s%s", low.len ? ", " : "", st->dimensions[d].title);
		if (stats[d].widest)
			strbuf_addf(&wide, "%s%s", wide.len ? ", " : "", st->dimensions[d].title);
	}
	if (low.len || wide.len) {
		room_text_add(&t, STYLE_BOLD, 0, "%s", _("Talk first about:"));
		if (low.len)
			room_text_add(&t, STYLE_BOLD, 2, _("LOW (lowest means): %s"), low.data);
		if (wide.len)
			room_text_add(&t, STYLE_BOLD, 2, _("SPREAD (widest disagreement): %s"), wide.data);
	} else {
		room_text_add(&t, STYLE_DIM, 0, "%s",
			      _("LOW marks the lowest means, SPREAD the widest disagreement: where to "
				"talk first."));
	}
	strbuf_finish(&low);
	strbuf_finish(&wide);
	for (size_t d = 0; d < st->n_dimensions; d++)
		if (meeting_dimension_active(m, m->step, d))
			result_lines(&t, st, &stats[d], st->dimensions[d].title);
	free(stats);
	room_text_draw(&t, b);
}
