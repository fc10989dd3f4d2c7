/*
 * screen-review: the meetings on record, newest first, with their status
 * (running, notes in draft, notes approved); Enter opens one to read and
 * review. It follows other terminals: a meeting begun or closed elsewhere
 * shows within a second.
 *
 * The list holds only the meetings on screen. It is kept by the key of its
 * first row (store-pages.c), so the first frame and every page cost the
 * same with fifty meetings on record or fifty thousand, and every one of
 * them is reachable with the arrows, PgUp/PgDn and Home/End.
 */
#include "app.h"
#include "convene/i18n.h"
#include "convene/store-review.h"
#include "convene/text.h"
#include "convene/util.h"
#include "draw.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static struct {
	struct meeting_info *list; /* the rows on screen, newest first */
	size_t n, sel;
	/* The first row: the newest meeting (so one begun elsewhere shows on
	 * top), or the meeting with this key. */
	bool at_newest;
	char *top_started;
	int64_t top_id;
	int64_t total, offset; /* meetings on record; how many are above the first row */
	size_t rows;           /* the rows the list was read for */
	int64_t version;
} rv = { .at_newest = true };

/* How many meetings fit on screen below the title. */
static size_t list_rows(void)
{
	int rows = frame_bottom() - (frame_top() + 2) + 1;
	return rows > 1 ? (size_t)rows : 1;
}

static void set_top(const struct meeting_info *m)
{
	free(rv.top_started);
	rv.top_started = m ? xstrdup(m->started_at) : NULL;
	rv.top_id = m ? m->id : 0;
	rv.at_newest = m == NULL;
}

static void clear_list(void)
{
	meeting_infos_free(rv.list, rv.n);
	rv.list = NULL;
	rv.n = 0;
}

/* Reads the rows from the first row's key down, a screenful; at the end of
 * the history the last screenful, so the screen stays full. */
static void reload(struct app *a)
{
	struct store *s = a->store;
	clear_list();
	rv.rows = list_rows();
	rv.version = store_data_version(s);
	bool ok = store_count_meetings(s, NULL, 0, &rv.total) &&
		  store_page_meetings(s, rv.at_newest ? PAGE_NEWEST : PAGE_FROM, rv.top_started,
				      rv.top_id, rv.rows, &rv.list, &rv.n);
	if (ok && !rv.at_newest && rv.n < rv.rows && (int64_t)rv.n < rv.total) {
		clear_list();
		ok = store_page_meetings(s, PAGE_OLDEST, NULL, 0, rv.rows, &rv.list, &rv.n);
	}
	rv.offset = 0;
	if (ok && rv.n)
		ok = store_count_meetings(s, rv.list[0].started_at, rv.list[0].id, &rv.offset);
	if (!ok)
		app_error(a, "%s", store_error(s));
	set_top(rv.offset > 0 && rv.n ? &rv.list[0] : NULL);
	if (rv.sel >= rv.n)
		rv.sel = rv.n ? rv.n - 1 : 0;
}

/* Makes page[0] of the given page beside key the first row; false (and
 * nothing changes) when that page is empty. */
static bool new_top(struct app *a, enum meeting_page from, const struct meeting_info *key,
		    size_t count)
{
	struct meeting_info *page;
	size_t k;
	if (!store_page_meetings(a->store, from, key ? key->started_at : NULL, key ? key->id : 0,
				 count, &page, &k)) {
		app_error(a, "%s", store_error(a->store));
		return false;
	}
	if (k)
		set_top(&page[0]);
	meeting_infos_free(page, k);
	return k > 0;
}

/* Puts the selection on the meeting at place (from 0 among all), once
 * the list is read again from its new first row. */
static void select_place(struct app *a, int64_t place)
{
	reload(a);
	int64_t i = place - rv.offset;
	rv.sel = i < 0 || !rv.n ? 0 : (size_t)i < rv.n ? (size_t)i : rv.n - 1;
}

/* Moves the selection to another meeting; when it leaves the screen, the
 * list is read again from a new first row: one further for an arrow, a
 * screenful for PgUp/PgDn (the selection keeps its row), or the ends. */
static bool move(struct app *a, enum action act)
{
	int64_t place = rv.offset + (int64_t)rv.sel, page = (int64_t)rv.rows;
	int64_t to = act == ACT_UP ? place - 1 : act == ACT_DOWN ? place + 1 :
		     act == ACT_PAGE_UP ? place - page : act == ACT_PAGE_DOWN ? place + page :
		     act == ACT_HOME ? 0 : act == ACT_END ? rv.total - 1 : -2;
	if (to == -2)
		return false;
	if (to > rv.total - 1)
		to = rv.total - 1;
	if (to < 0)
		to = 0;
	if (!rv.n || (to >= rv.offset && to < rv.offset + (int64_t)rv.n)) {
		rv.sel = rv.n ? (size_t)(to - rv.offset) : 0;
		return true;
	}
	const struct meeting_info *first = &rv.list[0], *last = &rv.list[rv.n - 1];
	switch (act) {
	case ACT_UP:
		new_top(a, PAGE_NEWER, first, 1);
		break;
	case ACT_DOWN:
		new_top(a, PAGE_OLDER, first, 1);
		break;
	case ACT_PAGE_UP:
		new_top(a, PAGE_NEWER, first, rv.rows);
		break;
	case ACT_PAGE_DOWN:
		new_top(a, PAGE_OLDER, last, 1);
		break;
	case ACT_HOME:
		set_top(NULL);
		break;
	default:
		new_top(a, PAGE_OLDEST, NULL, rv.rows);
		break;
	}
	select_place(a, to);
	return true;
}

static void enter(struct app *a)
{
	reload(a);
}

static const char *status_words(enum meeting_status status)
{
	/* TRANSLATORS: a meeting's status in the review list: 13 cells at most. */
	return status == MEETING_APPROVED ? _("approved") :
	       status == MEETING_CLOSED   ? _("draft notes") :
					    _("running");
}

static void draw(struct app *a)
{
	if (store_data_version(a->store) != rv.version || list_rows() != rv.rows)
		reload(a);
	frame_header(a, _("Review"), NULL);
	int y = frame_top(), bottom = frame_bottom(), w = draw_cols() - 4;
	draw_textf(y, 2, w, STYLE_TITLE, _("Meetings on record: %lld, newest first"),
		   (long long)rv.total);
	/* Where the screen is in a list longer than it. */
	if (rv.total > (int64_t)rv.n && rv.n) {
		char at[64];
		snprintf(at, sizeof at, _("%lld–%lld shown"), (long long)rv.offset + 1,
			 (long long)rv.offset + (long long)rv.n);
		int aw = text_width(at);
		if (w - aw > 44)
			draw_text(y, 2 + w - aw, aw, STYLE_DIM, at);
	}
	y += 2;
	if (rv.n == 0) {
		draw_text(y, 2, w, STYLE_DIM, _("No meeting yet."));
		return;
	}
	for (size_t i = 0; i < rv.n && y <= bottom; i++) {
		const struct meeting_info *m = &rv.list[i];
		enum style st = i == rv.sel ? STYLE_REVERSE : STYLE_NORMAL;
		draw_fill(y, 2, w, st);
		/* The local date, as search and the logs show it. */
		char day[16];
		format_local_date(m->started_at, day, sizeof day);
		draw_textf(y, 3, w - 16, st, "#%-5lld %.10s  %s: %s", (long long)m->id, day,
			   m->team_name, m->title);
		draw_text(y++, w - 12, 14, m->status == MEETING_APPROVED ? STYLE_BOLD : st,
			  status_words(m->status));
	}
}

static void act(struct app *a, enum action act, int key)
{
	(void)key;
	if (move(a, act))
		return;
	switch (act) {
	case ACT_ENTER:
		if (rv.n) {
			a->review_meeting = rv.list[rv.sel].id;
			a->review_step = -1;
			a->review_entry = 0;
			a->record_return = &screen_review;
			app_go(a, &screen_record);
		}
		break;
	case ACT_CANCEL:
		app_go(a, &screen_home);
		break;
	default:
		break;
	}
}

static int wait_ms(const struct app *a)
{
	(void)a;
	return 1000;
}

const struct screen screen_review = {
	.title = N_("Review"),
	.scope = SCOPE_REVIEW,
	.enter = enter,
	.draw = draw,
	.act = act,
	.wait_ms = wait_ms,
};
