/*
 * screen-closing: the end of a meeting, for the room. The closing page
 * (after the last step, before the meeting is closed; drawn for the text
 * screen) and the screen of the meeting just closed both show on one
 * screen what the meeting settled (record_view_summary: decisions, agreed
 * talking points, action items with owners). Once closed, x writes the
 * notes to a file (notes-file.c), v opens them for review, Enter or Esc
 * goes home, q quits.
 */
#include "app.h"
#include "draw.h"
#include "notes-file.h"
#include "convene/i18n.h"
#include "convene/record-view.h"
#include "convene/util.h"

#include <stdlib.h>

#define ESC 27

static struct {
	struct meeting_record record;
	bool loaded;
	struct record_view summary;
	bool naming; /* the file name is being typed */
	struct field file;
} cl;

static void release(void)
{
	record_view_free(&cl.summary);
	if (cl.loaded)
		meeting_record_free(&cl.record);
	cl.loaded = false;
}

/* Reads the meeting's record again: a summary is drawn from what is
 * stored, so it says what the notes will say. Cheap enough for each draw. */
static void load(struct app *a, int64_t id)
{
	release();
	cl.loaded = app_load_record(a, id, &cl.record);
	if (cl.loaded)
		record_view_summary(&cl.summary, &cl.record);
}

static enum style style_of(const struct record_line *l)
{
	return l->style == RECORD_HEADING ? STYLE_BOLD :
	       l->style == RECORD_DIM	  ? STYLE_DIM :
					    STYLE_NORMAL;
}

/* The summary from row y to row last, a blank row before each heading but
 * the first; what does not fit is counted on the last row, with where to
 * read it. */
static void draw_summary(int y, int last, const char *more)
{
	int w = draw_cols() - 4;
	for (size_t i = 0; i < cl.summary.n; i++) {
		const struct record_line *l = &cl.summary.lines[i];
		int gap = i && l->style == RECORD_HEADING;
		int h = draw_wrapped_height(w - l->indent, l->text);
		/* The last row is kept for the count unless everything fits. */
		int room = last - y + 1 - (i + 1 < cl.summary.n ? 1 : 0);
		if (gap + h > room) {
			draw_textf(last, 2, w, STYLE_DIM, _("… and %zu more not shown here: %s"),
				   cl.summary.n - i, more);
			return;
		}
		y += gap;
		y += draw_wrapped(y, 2 + l->indent, w - l->indent, h, style_of(l), l->text);
	}
}

void closing_page_draw(struct app *a)
{
	int y = frame_top(), w = draw_cols() - 4, bottom = frame_bottom();
	load(a, a->session.meeting_id);
	draw_text(y, 2, w, STYLE_TITLE, _("All steps are done. What this meeting settled:"));
	int last = bottom - 2;
	draw_wrapped(last + 1, 2, w, 2, STYLE_BOLD, _("n (or Enter) closes the meeting: everything "
						      "is already saved. b goes back to the last step."));
	draw_summary(y + 2, last - 1, _("the notes have them all"));
	release();
}

static void enter(struct app *a)
{
	cl.naming = false;
	load(a, a->review_meeting);
}

static void draw(struct app *a)
{
	frame_header(a, _("Meeting closed"), cl.loaded ? cl.record.info.team_name : NULL);
	int y = frame_top(), w = draw_cols() - 4, bottom = frame_bottom();
	if (!cl.loaded) {
		draw_text(y, 2, w, STYLE_NORMAL, _("This meeting is not in the record. Enter goes home."));
		return;
	}
	draw_textf(y, 2, w, STYLE_TITLE, _("Meeting #%lld is closed: %s, %s"),
		   (long long)cl.record.info.id, cl.record.info.title, cl.record.info.team_name);
	int last = bottom - 3;
	if (cl.naming) {
		notes_prompt_draw(&cl.file, last + 1, w);
	} else {
		draw_wrapped(last + 2, 2, w, 2, STYLE_BOLD, _("x writes the notes to a file, v opens "
							      "them to review and approve, Enter goes to "
							      "the home screen."));
	}
	draw_summary(y + 2, last, _("x writes them all to a file"));
}

static void written(struct app *a)
{
	(void)a;
	cl.naming = false;
}

static void act(struct app *a, enum action act, int key)
{
	if (cl.naming) {
		if (app_edit_field(a, &cl.file, act, key))
			return;
		if (act == ACT_CANCEL)
			cl.naming = false;
		else if (act == ACT_ENTER && cl.file.len && cl.loaded)
			notes_write(a, &cl.record, cl.file.text, written);
		return;
	}
	if (act == ACT_EXPORT && cl.loaded) {
		notes_offer_name(&cl.file, cl.record.info.id);
		cl.naming = true;
		return;
	}
	if (act != ACT_REVIEW && act != ACT_ENTER && act != ACT_CANCEL && act != ACT_QUIT)
		return;
	/* Leaving: to the record, home, or out of the app. */
	release();
	if (act == ACT_REVIEW) {
		a->review_step = -1;
		a->review_entry = 0;
		a->record_return = &screen_review;
		app_go(a, &screen_record);
	} else if (act == ACT_QUIT) {
		a->quit = true;
	} else {
		app_go(a, &screen_home);
	}
}

static bool typing(const struct app *a)
{
	(void)a;
	return cl.naming;
}

static bool available(const struct app *a, enum action act)
{
	(void)a;
	if (cl.naming)
		return act != ACT_COMPLETE && act != ACT_UP;
	return act != ACT_EXPORT || cl.loaded;
}

static const struct binding keys[] = {
	{ SCOPE_CLOSED, 'x', 'x', ACT_EXPORT, "x", N_("write notes"), N_("Write the notes to a file: Markdown, CSV or JSON by its name") },
	{ SCOPE_CLOSED, 'v', 'v', ACT_REVIEW, "v", N_("review"), N_("Open the notes to review, correct and approve them") },
	{ SCOPE_CLOSED, '\n', '\n', ACT_ENTER, "Enter", N_("home"), N_("Go to the home screen") },
	{ SCOPE_CLOSED, '\r', '\r', ACT_ENTER, "Enter", NULL, N_("Go to the home screen") },
	{ SCOPE_CLOSED, BKEY_ENTER, BKEY_ENTER, ACT_ENTER, "Enter", NULL, N_("Go to the home screen") },
	{ SCOPE_CLOSED, ESC, ESC, ACT_CANCEL, "Esc", NULL, N_("Go to the home screen") },
	{ SCOPE_CLOSED, 'q', 'q', ACT_QUIT, "q", N_("quit"), N_("Quit convene (everything is already saved)") },
};

const struct screen screen_closed = {
	.title = N_("Meeting closed"),
	.scope = SCOPE_CLOSED,
	.enter = enter,
	.draw = draw,
	.act = act,
	.available = available,
	.typing = typing,
	.keys = keys,
	.n_keys = ARRAY_LEN(keys),
};
