/*
 * screen-trends: each dimension a team has rated (the team assessment, a
 * norms check), across its latest meetings: a small chart of the means,
 * the latest mean and how many rated, and the change since last time in
 * words and arrows, so it reads without colour. Where a levels step
 * recorded them, the selected dimension's meetings show the level the team
 * agreed, the target it set and whether that target was met by its date.
 */
#include "app.h"
#include "convene/i18n.h"
#include "convene/store-history.h"
#include "draw.h"
#include "convene/util.h"

#include <stdlib.h>
#include <time.h>

#define POINTS 12

static struct {
	struct trend_series *list;
	size_t n, sel;
	struct level_series *levels;
	size_t n_levels;
} tr;

static void release(void)
{
	trend_series_free(tr.list, tr.n);
	level_series_free(tr.levels, tr.n_levels);
	tr.list = NULL;
	tr.levels = NULL;
	tr.n = tr.sel = tr.n_levels = 0;
}

static void enter(struct app *a)
{
	release();
	char today[11];
	time_t t = time(NULL);
	struct tm tm;
	localtime_r(&t, &tm);
	strftime(today, sizeof today, "%Y-%m-%d", &tm);
	if (!store_rating_trends(a->store, a->team_id, POINTS, &tr.list, &tr.n) ||
	    !store_level_trends(a->store, a->team_id, today, &tr.levels, &tr.n_levels))
		app_error(a, "%s", store_error(a->store));
}

/* What the meeting agreed for the series' dimension, if a levels step did:
 * " agreed 2, target 4 by 2027-06-30: open". */
static void level_words(const struct level_series *l, int64_t meeting_id, char *out, size_t size)
{
	out[0] = '\0';
	for (size_t i = 0; l && i < l->n_points; i++) {
		const struct level_point *p = &l->points[i];
		if (p->meeting_id != meeting_id)
			continue;
		size_t used = 0;
		if (p->level >= 0 && p->level_label)
			used += (size_t)snprintf(out, size, _("  agreed %d %s"), p->level,
						 p->level_label);
		else if (p->level >= 0)
			used += (size_t)snprintf(out, size, _("  agreed %d"), p->level);
		if (p->target >= 0 && used < size) {
			const char *sep = used ? ", " : "  ";
			if (p->target_label)
				snprintf(out + used, size - used, _("%starget %d %s by %s: %s"), sep,
					 p->target, p->target_label, p->target_date,
					 target_status_name(p->status));
			else
				snprintf(out + used, size - used, _("%starget %d by %s: %s"), sep,
					 p->target, p->target_date, target_status_name(p->status));
		}
		return;
	}
}

/* The means as bars of eight heights between the ends of the scale; where
 * blocks cannot be drawn, eight ASCII marks from low and light to high and
 * dense (the value beside the chart says the number). */
static void chart(const struct trend_series *t, char *out, size_t size)
{
	static const char *const blocks[] = { "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█" };
	static const char *const ascii[] = { "_", ".", "-", ":", "=", "+", "*", "#" };
	const char *const *bars = draw_blocks() ? blocks : ascii;
	size_t used = 0;
	out[0] = '\0';
	double span = t->scale_max > t->scale_min ? t->scale_max - t->scale_min : 1;
	for (size_t i = 0; i < t->n_points && used + 4 < size; i++) {
		int h = (int)((t->points[i].mean - t->scale_min) / span * 7.0 + 0.5);
		h = h < 0 ? 0 : h > 7 ? 7 : h;
		used += (size_t)snprintf(out + used, size - used, "%s", bars[h]);
	}
}

/* A checklist's item is ticked (1) or not (0): its "mean" over a meeting's
 * lists is the share that ticked it, shown as a count ("3 of 8"). */
static int ticked(const struct trend_point *p)
{
	return (int)(p->mean * p->count + 0.5);
}

static void value_text(const struct trend_series *t, const struct trend_point *p, char *out,
		       size_t size)
{
	if (t->ticks)
		snprintf(out, size, _("%d of %d"), ticked(p), p->count);
	else
		snprintf(out, size, "%4.1f (%d)", p->mean, p->count);
}

static void change_text(const struct trend_series *t, char *out, size_t size)
{
	if (t->n_points < 2) {
		snprintf(out, size, "%s", _("first time"));
		return;
	}
	if (t->ticks) {
		int d = ticked(&t->points[t->n_points - 1]) - ticked(&t->points[t->n_points - 2]);
		if (d)
			snprintf(out, size, d > 0 ? _("%d more") : _("%d fewer"), d > 0 ? d : -d);
		else
			snprintf(out, size, "%s", _("no change"));
		return;
	}
	double d = t->points[t->n_points - 1].mean - t->points[t->n_points - 2].mean;
	if (d > 0.05)
		snprintf(out, size, _("up %.1f"), d);
	else if (d < -0.05)
		snprintf(out, size, _("down %.1f"), -d);
	else
		snprintf(out, size, "%s", _("no change"));
}

static void draw(struct app *a)
{
	frame_header(a, _("Trends"), NULL);
	int y = frame_top(), bottom = frame_bottom(), w = draw_cols() - 4;
	draw_text(y++, 2, w, STYLE_TITLE,
		  _("Ratings over time: the mean of each meeting, and the change since last "
		    "time"));
	y++;
	if (tr.n == 0) {
		draw_text(y, 2, w, STYLE_DIM,
			  _("The team has rated nothing yet: run the team assessment, and its "
			    "results show here over time."));
		return;
	}
	const struct trend_series *sel = &tr.list[tr.sel];
	const struct level_series *lv = level_series_find(tr.levels, tr.n_levels, sel->protocol_id,
							  sel->dimension_id);
	int detail = (int)sel->n_points + 2;
	int rows = bottom - y + 1 - detail;
	size_t first = rows > 0 && tr.sel >= (size_t)rows ? tr.sel - (size_t)rows + 1 : 0;
	int title_w = w - 44 > 12 ? w - 44 : 12;
	for (size_t i = first; i < tr.n && y <= bottom - detail; i++) {
		const struct trend_series *t = &tr.list[i];
		const struct trend_point *last = &t->points[t->n_points - 1];
		enum style st = i == tr.sel ? STYLE_REVERSE : STYLE_NORMAL;
		char bars[POINTS * 4 + 1], change[32], value[24];
		chart(t, bars, sizeof bars);
		change_text(t, change, sizeof change);
		value_text(t, last, value, sizeof value);
		draw_fill(y, 2, w, st);
		draw_text(y, 3, title_w, st, t->title);
		draw_text(y, 4 + title_w, POINTS + 1, st, bars);
		draw_text(y, 6 + title_w + POINTS, 10, st, value);
		draw_text(y++, 18 + title_w + POINTS, 14, st, change);
	}
	y = bottom - detail + 2;
	if (sel->ticks)
		draw_textf(y++, 2, w, STYLE_BOLD, _("%s, how many lists ticked it:"), sel->title);
	else
		draw_textf(y++, 2, w, STYLE_BOLD, _("%s, on a scale of %d to %d:"), sel->title,
			   sel->scale_min, sel->scale_max);
	for (size_t i = 0; i < sel->n_points && y <= bottom; i++) {
		char agreed[96];
		level_words(lv, sel->points[i].meeting_id, agreed, sizeof agreed);
		if (sel->ticks)
			draw_textf(y++, 4, w - 2, STYLE_NORMAL, _("%s  #%lld  ticked by %d of %d"),
				   sel->points[i].date, (long long)sel->points[i].meeting_id,
				   ticked(&sel->points[i]), sel->points[i].count);
		else
			draw_textf(y++, 4, w - 2, STYLE_NORMAL,
				   ngettext("%s  #%lld  mean %.1f, %d rated%s",
					    "%s  #%lld  mean %.1f, %d rated%s", sel->points[i].count),
				   sel->points[i].date, (long long)sel->points[i].meeting_id,
				   sel->points[i].mean, sel->points[i].count, agreed);
	}
}

static void act(struct app *a, enum action act, int key)
{
	(void)key;
	if (app_list_move(act, &tr.sel, tr.n))
		return;
	switch (act) {
	case ACT_CANCEL:
		release();
		app_go(a, &screen_home);
		break;
	default:
		break;
	}
}

const struct screen screen_trends = {
	.title = N_("Trends"),
	.scope = SCOPE_LOG,
	.enter = enter,
	.draw = draw,
	.act = act,
};
