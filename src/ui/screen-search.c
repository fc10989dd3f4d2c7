/*
 * screen-search: find what meetings recorded, across every meeting: type
 * words, Enter searches; each result names its meeting, date, team and
 * step; Enter on a result opens that meeting's record at that entry. The
 * words and the results stay while a record is open.
 */
#include "app.h"
#include "convene/i18n.h"
#include "convene/store-review.h"
#include "draw.h"
#include "input.h"

#define MAX_RESULTS 200

static struct {
	struct field words;
	bool typing;
	struct search_hit *hits;
	size_t n, sel;
	bool searched;
} se = { .typing = true };

static void enter(struct app *a)
{
	(void)a;
	if (!se.searched)
		se.typing = true;
}

static void run_search(struct app *a)
{
	search_hits_free(se.hits, se.n);
	se.hits = NULL;
	se.n = se.sel = 0;
	if (!store_search(a->store, se.words.text, MAX_RESULTS, &se.hits, &se.n)) {
		app_error(a, "%s", store_error(a->store));
		return;
	}
	se.searched = true;
	se.typing = se.n == 0;
	if (se.n == 0)
		app_say(a, "%s", _("Nothing recorded holds all of these words."));
}

static void draw(struct app *a)
{
	frame_header(a, _("Search"), NULL);
	int y = frame_top(), bottom = frame_bottom(), w = draw_cols() - 4;
	draw_text(y++, 2, w, STYLE_TITLE,
		  _("Find in every meeting: answers, items, decisions, talking points, action "
		    "items"));
	field_draw(&se.words, y++, 4, w - 2, se.typing);
	y++;
	if (!se.searched)
		return;
	draw_textf(y++, 2, w, STYLE_DIM,
		   se.n == MAX_RESULTS ? _("%zu found (the first), newest meetings first") :
					 _("%zu found, newest meetings first"),
		   se.n);
	size_t rows = (size_t)(bottom - y + 1) / 2;
	size_t first = rows && se.sel >= rows ? se.sel - rows + 1 : 0;
	for (size_t i = first; i < se.n && y + 1 <= bottom; i++) {
		const struct search_hit *h = &se.hits[i];
		enum style st = i == se.sel && !se.typing ? STYLE_REVERSE : STYLE_NORMAL;
		draw_fill(y, 2, w, st);
		draw_textf(y++, 3, w - 2, st, _("#%lld %s %s, step %d %s (%s)"), (long long)h->meeting_id,
			   h->date, h->team, h->step + 1, h->step_title ? h->step_title : "", h->kind);
		draw_text(y++, 6, w - 4, STYLE_NORMAL, h->text);
	}
}

static void act(struct app *a, enum action act, int key)
{
	if (se.typing) {
		if (app_edit_field(a, &se.words, act, key))
			return;
		if (act == ACT_ENTER && se.words.len)
			run_search(a);
		else if (act == ACT_CANCEL && se.searched && se.n)
			se.typing = false; /* back to the results */
		else if (act == ACT_CANCEL)
			app_go(a, &screen_home);
		return;
	}
	if (app_list_move(act, &se.sel, se.n))
		return;
	switch (act) {
	case ACT_ENTER:
		if (se.n) {
			a->review_meeting = se.hits[se.sel].meeting_id;
			a->review_step = se.hits[se.sel].step;
			a->review_entry = se.hits[se.sel].entry_id;
			a->review_entry_kind = se.hits[se.sel].entry_kind;
			a->record_return = &screen_search;
			app_go(a, &screen_record);
		}
		break;
	case ACT_EDIT:
		se.typing = true;
		break;
	case ACT_CANCEL:
		app_go(a, &screen_home);
		break;
	default:
		break;
	}
}

static bool typing(const struct app *a)
{
	(void)a;
	return se.typing;
}

static bool available(const struct app *a, enum action act)
{
	(void)a;
	if (se.typing)
		return act != ACT_COMPLETE && act != ACT_UP;
	return true;
}

const struct screen screen_search = {
	.title = N_("Search"),
	.scope = SCOPE_SEARCH,
	.enter = enter,
	.draw = draw,
	.act = act,
	.available = available,
	.typing = typing,
};
