/*
 * screen-record: one meeting's record, read step by step, and the note
 * taker's review of it: correct an entry (e), take it off the record or put
 * it back (o), approve the notes (A), and write them to a file (x). Once
 * approved, each change asks for its reason and is kept as an amendment. A
 * talking point a group confirmed is corrected with a word on screen (only
 * how it was written down: a change of meaning goes back to the meeting)
 * and the corrector's name, so its agreed wording stays beside the
 * correction. The record follows other
 * terminals: entries made in a running meeting show within a second.
 * The record scrolls by screen rows to its very end (lineview); the
 * selection rests on the entries on screen, which e and o act on.
 */
#include "app.h"
#include "convene/i18n.h"
#include "convene/store-review.h"
#include "draw.h"
#include "input.h"
#include "lineview.h"
#include "notes-file.h"
#include "convene/record-view.h"
#include "convene/text.h"
#include "convene/util.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

enum mode { READING, EDITING, CORRECTOR, REASON, EXPORTING };

static struct {
	struct meeting_record record;
	bool loaded;
	struct record_view view;
	struct lineview lv; /* lv.cur: the entry selected, or LINEVIEW_NONE */
	size_t goto_top, goto_cur; /* where to open, once laid out; SIZE_MAX: nowhere */
	int64_t version;
	enum mode mode;
	struct field text, reason, file, who;
	int off_change; /* the pending off-the-record change: 1, 0, or -1 none */
	/* The version of the entry being changed as it was read; when someone
	 * changed it since, theirs, for saving over it. */
	int64_t entry_version, their_version;
} rec;

static bool approved(void)
{
	return rec.loaded && rec.record.info.status == MEETING_APPROVED;
}

static bool is_entry(size_t i)
{
	return i < rec.view.n && rec.view.lines[i].entry_id != 0;
}

/* The talking point selected, when a group has confirmed it: its wording
 * is then what the room agreed. */
static const struct point_record *confirmed_point(void)
{
	if (!is_entry(rec.lv.cur) || rec.view.lines[rec.lv.cur].entry_kind != REVIEW_POINT)
		return NULL;
	for (size_t i = 0; i < rec.record.n_points; i++)
		if (rec.record.points[i].id == rec.view.lines[rec.lv.cur].entry_id)
			return rec.record.points[i].n_agreed ? &rec.record.points[i] : NULL;
	return NULL;
}

/* Said on screen while such a point's wording is corrected. */
static char *agreed_warning(const struct point_record *p)
{
	struct strbuf sb;
	strbuf_init(&sb);
	for (size_t k = 0; k < p->n_agreed; k++)
		strbuf_addf(&sb, "%s%s", k ? ", " : "", p->agreed_by[k]);
	char *s = xasprintf(_("Confirmed by %s in the meeting. Correct how it was written down only: "
			      "the wording they agreed stays in the record beside yours, with your "
			      "name. A change of meaning goes back to the meeting, where re-wording "
			      "asks every group to confirm again."), sb.data);
	strbuf_finish(&sb);
	return s;
}

/* Rows the warning takes above the field (none unless it shows). */
static int warning_rows(void)
{
	const struct point_record *p = rec.mode == EDITING ? confirmed_point() : NULL;
	if (!p)
		return 0;
	char *s = agreed_warning(p);
	int h = draw_wrapped_height(draw_cols() - 4, s);
	free(s);
	return h;
}

static void release(void)
{
	record_view_free(&rec.view);
	lineview_free(&rec.lv);
	if (rec.loaded)
		meeting_record_free(&rec.record);
	rec.loaded = false;
}

static void reload(struct app *a)
{
	int64_t keep = is_entry(rec.lv.cur) ? rec.view.lines[rec.lv.cur].entry_id : 0;
	enum review_kind keep_kind = keep ? rec.view.lines[rec.lv.cur].entry_kind : REVIEW_ITEM;
	size_t cur = rec.lv.cur;
	int top = rec.lv.top;
	release();
	rec.lv.cur = cur; /* where it was, unless its entry moved */
	rec.lv.top = top;
	rec.version = store_data_version(a->store);
	rec.loaded = app_load_record(a, a->review_meeting, &rec.record);
	if (!rec.loaded)
		return;
	record_view_build_now(&rec.view, &rec.record, a->catalog);
	/* Stay on the same entry, wherever it is now. */
	for (size_t i = 0; keep && i < rec.view.n; i++)
		if (rec.view.lines[i].entry_id == keep && rec.view.lines[i].entry_kind == keep_kind)
			rec.lv.cur = i;
}

static void enter(struct app *a)
{
	rec.lv.cur = LINEVIEW_NONE;
	rec.lv.top = 0;
	rec.goto_top = rec.goto_cur = SIZE_MAX;
	rec.mode = READING;
	reload(a);
	/* Opened from a search result: that very entry, found by its kind and
	 * id (a step holds many entries: its first one is not the result);
	 * else, for a result review does not list (a note), its step's heading. */
	int step = a->review_step;
	int64_t want = a->review_entry;
	enum review_kind want_kind = a->review_entry_kind;
	a->review_step = -1;
	a->review_entry = 0;
	size_t entry = rec.view.n;
	for (size_t i = 0; want && i < rec.view.n && entry == rec.view.n; i++)
		if (is_entry(i) && rec.view.lines[i].entry_id == want &&
		    rec.view.lines[i].entry_kind == want_kind)
			entry = i;
	if (entry < rec.view.n)
		step = rec.view.lines[entry].step;
	size_t heading = rec.view.n;
	for (size_t i = 0; step >= 0 && i < rec.view.n && heading == rec.view.n; i++)
		if (rec.view.lines[i].step == step && rec.view.lines[i].style == RECORD_HEADING)
			heading = i;
	if (heading < rec.view.n || entry < rec.view.n) {
		rec.goto_top = heading < rec.view.n ? heading : entry;
		rec.goto_cur = entry < rec.view.n ? entry : heading;
	}
}

static enum style style_of(const struct record_line *l, bool selected)
{
	if (selected)
		return STYLE_REVERSE;
	switch (l->style) {
	case RECORD_TITLE:
		return STYLE_TITLE;
	case RECORD_HEADING:
		return STYLE_BOLD;
	case RECORD_DIM:
		return STYLE_DIM;
	default:
		return STYLE_NORMAL;
	}
}

/* The rows line i takes on screen: all of them, since nothing is cut. */
static int height(size_t i, void *ctx)
{
	int w = *(int *)ctx;
	const struct record_line *l = &rec.view.lines[i];
	int h = *l->text ? draw_wrapped_height(w - l->indent, l->text) : 1;
	return h < 1 ? 1 : h;
}

static bool stop(size_t i, void *ctx)
{
	(void)ctx;
	return is_entry(i);
}

/* The last row of the record on screen: below it, where the screen is,
 * and the field being typed into, if any. */
static int last_row(void)
{
	return frame_bottom() - (rec.mode == READING ? 0 : 3 + warning_rows()) - 1;
}

static void layout(void)
{
	int w = draw_cols() - 4;
	rec.lv.stop = stop;
	lineview_layout(&rec.lv, rec.view.n, last_row() - frame_top() + 1, height, &w);
	if (rec.goto_top != SIZE_MAX) {
		lineview_goto(&rec.lv, rec.goto_top, true);
		lineview_goto(&rec.lv, rec.goto_cur, false);
		rec.goto_top = rec.goto_cur = SIZE_MAX;
	}
}

static void draw(struct app *a)
{
	if (rec.mode == READING && store_data_version(a->store) != rec.version)
		reload(a);
	frame_header(a, _("Review"), rec.loaded ? rec.record.info.team_name : NULL);
	int y = frame_top(), bottom = frame_bottom() - 3;
	int w = draw_cols() - 4;
	if (!rec.loaded) {
		draw_text(y, 2, w, STYLE_NORMAL, _("This meeting is not in the record. Esc goes back."));
		return;
	}
	layout();
	int last = last_row(), skip;
	for (size_t i = lineview_first(&rec.lv, &skip); i < rec.view.n && y <= last; i++) {
		const struct record_line *l = &rec.view.lines[i];
		/* The entry being corrected stays marked while its field is open. */
		bool selected = i == rec.lv.cur && rec.mode != EXPORTING;
		int h = height(i, &w) - skip, rows = h < last - y + 1 ? h : last - y + 1;
		for (int k = 0; selected && k < rows; k++)
			draw_fill(y + k, 2, w, STYLE_REVERSE);
		draw_wrapped_from(y, 2 + l->indent, w - l->indent, skip, rows, style_of(l, selected),
				  l->text);
		y += rows;
		skip = 0;
	}
	char where[96];
	lineview_where(&rec.lv, where, sizeof where);
	/* The step of the entry selected, else of the first line on screen. */
	size_t at = is_entry(rec.lv.cur) ? rec.lv.cur : lineview_first(&rec.lv, &skip);
	const struct record_line *l = at < rec.view.n ? &rec.view.lines[at] : NULL;
	if (l && l->step >= 0)
		draw_textf(last + 1, 2, w, STYLE_DIM, _("%s. Step %d of %zu."), where, l->step + 1,
			   rec.record.n_steps);
	else
		draw_textf(last + 1, 2, w, STYLE_DIM, "%s.", where);
	if (rec.mode == READING)
		return;
	int warn = warning_rows();
	y = bottom + 2 - warn;
	if (warn) {
		char *s = agreed_warning(confirmed_point());
		y += draw_wrapped(y, 2, w, warn, STYLE_NORMAL, s);
		free(s);
	}
	if (rec.mode == EDITING) {
		draw_text(y++, 2, w, STYLE_BOLD, _("Correct the entry (Enter keeps it, Esc leaves it):"));
		field_draw(&rec.text, y, 4, w - 2, true);
	} else if (rec.mode == CORRECTOR) {
		draw_text(y++, 2, w, STYLE_BOLD, _("Who corrects what the groups agreed? (kept beside "
						   "it in the record)"));
		field_draw(&rec.who, y, 4, w - 2, true);
	} else if (rec.mode == EXPORTING) {
		notes_prompt_draw(&rec.file, y - 1, w);
	} else {
		draw_text(y++, 2, w, STYLE_BOLD, _("The notes are approved: why this amendment?"));
		field_draw(&rec.reason, y, 4, w - 2, true);
	}
}

static void save_mine(struct app *a);
static void keep_theirs(struct app *a);

/* Saves the pending change (a correction and/or an off-the-record mark). */
static void apply(struct app *a)
{
	const struct record_line *l = &rec.view.lines[rec.lv.cur];
	const char *text = rec.mode == EDITING || rec.text.len ? rec.text.text : NULL;
	const char *why = approved() ? rec.reason.text : NULL;
	bool kept = text && confirmed_point() && strcmp(text, l->entry_text) != 0;
	if (text && !*text) {
		app_error(a, "%s", l->entry_kind == REVIEW_ITEM ?
				     _("An entry cannot be empty: o takes it off the record instead.") :
				     _("It cannot be empty: correct its words instead."));
		return;
	}
	char *by = kept ? text_trim(xstrdup(rec.who.text)) : NULL;
	struct store_now now;
	enum store_edit r = store_review_entry(a->store, l->entry_kind, l->entry_id,
					       rec.entry_version, text, rec.off_change, why, by, &now);
	bool saved = r == STORE_SAVED;
	if (r == STORE_CHANGED) {
		/* Changed since it was opened (the meeting, another review):
		 * nothing is written until the note taker says which stays. */
		rec.their_version = now.version;
		app_ask_conflict(a, now.text, save_mine, keep_theirs);
		free(now.text);
	} else if (!saved)
		app_error(a, _("Not saved: %s"), store_error(a->store));
	else if (kept)
		app_say(a, "%s", approved() ?
				   _("Amended, with its reason: the agreed wording is kept beside it, "
				     "with who and when.") :
				   _("Corrected: the agreed wording is kept beside it, with who and when."));
	else
		app_say(a, "%s", approved() ? _("Amended, with its reason.") : _("Saved."));
	free(by);
	if (!saved)
		return;
	rec.mode = READING;
	reload(a);
}

/* y: the change goes over theirs, as an edit of the entry as it is now. */
static void save_mine(struct app *a)
{
	rec.entry_version = rec.their_version;
	apply(a);
}

/* n: the change is dropped; the record shows theirs. */
static void keep_theirs(struct app *a)
{
	rec.mode = READING;
	reload(a);
	app_say(a, "%s", _("Kept their wording; yours was not saved."));
}

static void approve_confirmed(struct app *a)
{
	if (!store_approve_notes(a->store, rec.record.info.id))
		app_error(a, "%s", store_error(a->store));
	else
		app_say(a, _("The notes are approved: they are the official notes of meeting #%lld."),
			(long long)rec.record.info.id);
	reload(a);
}

static void begin_change(struct app *a, bool edit)
{
	if (!is_entry(rec.lv.cur)) {
		app_error(a, "%s", _("Select an entry first: an answer, item, talking point, decision "
				     "or action (Up/Down)."));
		return;
	}
	field_clear(&rec.text);
	field_clear(&rec.reason);
	field_clear(&rec.who);
	rec.off_change = -1;
	const struct record_line *l = &rec.view.lines[rec.lv.cur];
	rec.entry_version = l->entry_version;
	if (edit) {
		if (!field_set(&rec.text, l->entry_text)) {
			app_too_long(a, l->entry_text);
			return;
		}
		rec.mode = EDITING;
		return;
	}
	if (l->entry_kind != REVIEW_ITEM) {
		app_error(a, "%s", _("Only answers and items go off the record; a talking point, "
				     "decision or action is the room's."));
		return;
	}
	rec.off_change = !l->off_record;
	if (approved())
		rec.mode = REASON;
	else
		apply(a);
}

/* The notes are written: back to reading. */
static void written(struct app *a)
{
	(void)a;
	rec.mode = READING;
}

/* The corrector of an agreed point: convene has no user accounts, and
 * whoever reviews may not be the meeting's note taker, so the name is
 * asked; the note taker's is offered, so the usual case is one Enter. */
static void ask_corrector(void)
{
	field_clear(&rec.who);
	for (size_t i = 0; i < rec.record.n_roles; i++)
		if (strcasecmp(rec.record.roles[i].role, "note taker") == 0 &&
		    rec.record.roles[i].member_name)
			field_set(&rec.who, rec.record.roles[i].member_name);
	rec.mode = CORRECTOR;
}

static void typing_act(struct app *a, enum action act, int key)
{
	struct field *f = rec.mode == EDITING	? &rec.text :
			  rec.mode == CORRECTOR ? &rec.who :
			  rec.mode == EXPORTING ? &rec.file :
						  &rec.reason;
	if (app_edit_field(a, f, act, key))
		return;
	if (act == ACT_CANCEL) {
		rec.mode = READING;
	} else if (act == ACT_ENTER && rec.mode == EXPORTING) {
		if (rec.file.len)
			notes_write(a, &rec.record, rec.file.text, written);
	} else if (act == ACT_ENTER) {
		if (rec.mode == EDITING && rec.text.len && confirmed_point() &&
		    strcmp(rec.text.text, rec.view.lines[rec.lv.cur].entry_text) != 0)
			ask_corrector();
		else if (rec.mode == CORRECTOR && !rec.who.text[strspn(rec.who.text, " ")])
			app_error(a, "%s", _("Name who corrects it: the record keeps it beside the agreed "
					     "wording."));
		else if ((rec.mode == EDITING || rec.mode == CORRECTOR) && approved())
			rec.mode = REASON;
		else if (rec.mode == REASON && !rec.reason.len)
			app_error(a, "%s", _("An amendment needs its reason."));
		else
			apply(a);
	}
}

static void act(struct app *a, enum action act, int key)
{
	if (rec.mode != READING) {
		typing_act(a, act, key);
		return;
	}
	switch (act) {
	case ACT_UP:
	case ACT_DOWN:
	case ACT_PAGE_UP:
	case ACT_PAGE_DOWN:
	case ACT_HOME:
	case ACT_END:
		layout(); /* as drawn: the terminal may have changed size since */
		lineview_act(&rec.lv, act);
		break;
	case ACT_EDIT:
		begin_change(a, true);
		break;
	case ACT_TOGGLE:
		begin_change(a, false);
		break;
	case ACT_EXPORT:
		if (rec.loaded) {
			notes_offer_name(&rec.file, rec.record.info.id);
			rec.mode = EXPORTING;
		}
		break;
	case ACT_APPROVE:
		if (!rec.loaded || rec.record.info.status != MEETING_CLOSED)
			app_error(a, "%s", approved() ? _("The notes are approved already.") :
							_("Close the meeting before approving its notes."));
		else
			app_confirm(a, _("Approve these notes as the official notes? Changes after this "
					 "are amendments, each with its reason."), approve_confirmed);
		break;
	case ACT_CANCEL:
		release();
		app_go(a, a->record_return == &screen_search ? &screen_search : &screen_review);
		break;
	default:
		break;
	}
}

static bool typing(const struct app *a)
{
	(void)a;
	return rec.mode != READING;
}

static bool available(const struct app *a, enum action act)
{
	(void)a;
	if (rec.mode != READING)
		return act != ACT_COMPLETE && act != ACT_UP;
	if (act == ACT_APPROVE)
		return rec.loaded && rec.record.info.status == MEETING_CLOSED;
	if (act == ACT_EDIT || act == ACT_TOGGLE)
		return is_entry(rec.lv.cur);
	return true;
}

static int wait_ms(const struct app *a)
{
	(void)a;
	return rec.mode == READING ? 1000 : -1;
}

const struct screen screen_record = {
	.title = N_("Meeting record"),
	.scope = SCOPE_RECORD,
	.enter = enter,
	.draw = draw,
	.act = act,
	.available = available,
	.typing = typing,
	.wait_ms = wait_ms,
};
