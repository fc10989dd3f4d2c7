/*
 * screen-review: the meetings on record, newest first, with their status
 * (running, notes in draft, notes approved); Enter opens one to read and
 * review. It follows other terminals: a meeting begun or closed elsewhere
 * shows within a second.
 */
#include "app.h"
#include "convene/util.h"
#include "draw.h"

#include <string.h>

#define MAX_LISTED 1000

static struct {
	struct meeting_info *list;
	size_t n, sel;
	int64_t version;
} rv;

static void reload(struct app *a)
{
	meeting_infos_free(rv.list, rv.n);
	rv.list = NULL;
	rv.n = 0;
	rv.version = store_data_version(a->store);
	if (!store_list_meetings(a->store, NULL, MAX_LISTED, &rv.list, &rv.n))
		app_error(a, "%s", store_error(a->store));
	if (rv.sel >= rv.n)
		rv.sel = rv.n ? rv.n - 1 : 0;
}

static void enter(struct app *a)
{
	reload(a);
}

static const char *status_words(enum meeting_status status)
{
	return status == MEETING_APPROVED ? "approved" :
	       status == MEETING_CLOSED   ? "draft notes" :
					    "running";
}

static void draw(struct app *a)
{
	if (store_data_version(a->store) != rv.version)
		reload(a);
	frame_header(a, "Review", NULL);
	int y = frame_top(), bottom = frame_bottom(), w = draw_cols() - 4;
	draw_textf(y++, 2, w, STYLE_TITLE, "Meetings on record: %zu, newest first", rv.n);
	y++;
	if (rv.n == 0) {
		draw_text(y, 2, w, STYLE_DIM, "No meeting yet.");
		return;
	}
	size_t rows = (size_t)(bottom - y + 1);
	size_t first = rows && rv.sel >= rows ? rv.sel - rows + 1 : 0;
	for (size_t i = first; i < rv.n && y <= bottom; i++) {
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
	if (app_list_move(act, &rv.sel, rv.n))
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
	.title = "Review",
	.scope = SCOPE_REVIEW,
	.enter = enter,
	.draw = draw,
	.act = act,
	.wait_ms = wait_ms,
};
