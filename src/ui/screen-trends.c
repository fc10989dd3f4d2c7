/*
 * screen-trends: each dimension a team has rated (the team assessment, a
 * norms check), across its latest meetings: a small chart of the means,
 * the latest mean and how many rated, and the change since last time in
 * words and arrows, so it reads without colour.
 */
#include "app.h"
#include "convene/store-history.h"
#include "draw.h"
#include "convene/util.h"

#include <stdlib.h>

#define POINTS 12

static struct {
	struct trend_series *list;
	size_t n, sel;
} tr;

static void release(void)
{
	trend_series_free(tr.list, tr.n);
	tr.list = NULL;
	tr.n = tr.sel = 0;
}

static void enter(struct app *a)
{
	release();
	if (!store_rating_trends(a->store, a->team_id, POINTS, &tr.list, &tr.n))
		app_error(a, "%s", store_error(a->store));
}

/* The means as bars of eight heights between the ends of the scale. */
static void chart(const struct trend_series *t, char *out, size_t size)
{
	static const char *const bars[] = { "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█" };
	size_t used = 0;
	out[0] = '\0';
	double span = t->scale_max > t->scale_min ? t->scale_max - t->scale_min : 1;
	for (size_t i = 0; i < t->n_points && used + 4 < size; i++) {
		int h = (int)((t->points[i].mean - t->scale_min) / span * 7.0 + 0.5);
		h = h < 0 ? 0 : h > 7 ? 7 : h;
		used += (size_t)snprintf(out + used, size - used, "%s", bars[h]);
	}
}

static void change_text(const struct trend_series *t, char *out, size_t size)
{
	if (t->n_points < 2) {
		snprintf(out, size, "first time");
		return;
	}
	double d = t->points[t->n_points - 1].mean - t->points[t->n_points - 2].mean;
	if (d > 0.05)
		snprintf(out, size, "up %.1f", d);
	else if (d < -0.05)
		snprintf(out, size, "down %.1f", -d);
	else
		snprintf(out, size, "no change");
}

static void draw(struct app *a)
{
	frame_header(a, "Trends", NULL);
	int y = frame_top(), bottom = frame_bottom(), w = draw_cols() - 4;
	draw_text(y++, 2, w, STYLE_TITLE, "Ratings over time: the mean of each meeting, and the "
		  "change since last time");
	y++;
	if (tr.n == 0) {
		draw_text(y, 2, w, STYLE_DIM, "The team has rated nothing yet: run the team "
			  "assessment, and its results show here over time.");
		return;
	}
	const struct trend_series *sel = &tr.list[tr.sel];
	int detail = (int)sel->n_points + 2;
	int rows = bottom - y + 1 - detail;
	size_t first = rows > 0 && tr.sel >= (size_t)rows ? tr.sel - (size_t)rows + 1 : 0;
	int title_w = w - 44 > 12 ? w - 44 : 12;
	for (size_t i = first; i < tr.n && y <= bottom - detail; i++) {
		const struct trend_series *t = &tr.list[i];
		const struct trend_point *last = &t->points[t->n_points - 1];
		enum style st = i == tr.sel ? STYLE_REVERSE : STYLE_NORMAL;
		char bars[POINTS * 4 + 1], change[32];
		chart(t, bars, sizeof bars);
		change_text(t, change, sizeof change);
		draw_fill(y, 2, w, st);
		draw_text(y, 3, title_w, st, t->title);
		draw_text(y, 4 + title_w, POINTS + 1, st, bars);
		draw_textf(y, 6 + title_w + POINTS, 10, st, "%4.1f (%d)", last->mean, last->count);
		draw_text(y++, 18 + title_w + POINTS, 14, st, change);
	}
	y = bottom - detail + 2;
	draw_textf(y++, 2, w, STYLE_BOLD, "%s, on a scale of %d to %d:", sel->title, sel->scale_min,
		   sel->scale_max);
	for (size_t i = 0; i < sel->n_points && y <= bottom; i++)
		draw_textf(y++, 4, w - 2, STYLE_NORMAL, "%s  meeting #%lld  mean %.1f, %d rated",
			   sel->points[i].date, (long long)sel->points[i].meeting_id, sel->points[i].mean,
			   sel->points[i].count);
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
	.title = "Trends",
	.scope = SCOPE_LOG,
	.enter = enter,
	.draw = draw,
	.act = act,
};
