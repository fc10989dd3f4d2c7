/*
 * screen-points: drafting the talking points the team takes to its
 * constituents. Each point shows whether every group present has agreed
 * to it; r reads a point back for confirmation. Rewording a point that has
 * confirmations asks first, because it removes them.
 * An adopt-norms step is the same list, of norms: those every group
 * confirms become the team's own; it starts from the norms the team has.
 */
#include "app.h"
#include "draw.h"
#include "entries.h"
#include "convene/kinds.h"
#include "convene/util.h"
#include "convene/i18n.h"

#include <stdlib.h>

static struct {
	struct entries_view view;
	char *adopted_on; /* the date of the norms an adopt-norms step started from */
	int64_t seeded_meeting; /* started once per step, not again after a delete */
	size_t seeded_step;
} points;

static bool norms(const struct app *a)
{
	return meeting_current_step(&a->session.engine)->kind == STEP_ADOPT_NORMS;
}

static void seed(struct app *a)
{
	const struct session *s = &a->session;
	if (!norms(a) || (points.seeded_meeting == s->meeting_id &&
			  points.seeded_step == s->engine.step))
		return;
	points.seeded_meeting = s->meeting_id;
	points.seeded_step = s->engine.step;
	free(points.adopted_on);
	if (!session_seed_norms(&a->session, &points.adopted_on))
		app_error(a, "%s", session_error(&a->session));
}

static void enter(struct app *a)
{
	entries_reset(&points.view);
	seed(a);
	/* Coming back from the read-back keeps its point selected. */
	if (a->point < entries_state(a)->n_entries)
		points.view.sel = a->point;
}

static int confirmations(const struct app *a, size_t index)
{
	unsigned mask = entries_state(a)->entries[index].agreed;
	int n = 0;
	for (size_t g = 0; g < a->session.engine.n_groups; g++)
		n += (mask >> g) & 1;
	return n;
}

static void draw(struct app *a)
{
	meeting_header(a);
	const struct meeting *m = &a->session.engine;
	const struct step *st = meeting_current_step(m);
	const struct step_state *ss = entries_state(a);
	int y = frame_top(), w = draw_cols() - 4, bottom = frame_bottom();
	draw_text(y++, 2, w, STYLE_TITLE, st->title);
	if (st->text)
		y += draw_wrapped(y, 2, w, 2, STYLE_DIM, st->text);
	if (!norms(a))
		draw_textf(y++, 2, w, STYLE_DIM, _("A point is agreed when each of the %zu groups "
						   "present confirms it."), m->n_groups);
	else
		draw_textf(y++, 2, w, STYLE_DIM, _("A norm is the team's own when each of the %zu "
						   "groups present confirms it."), m->n_groups);
	if (norms(a) && points.adopted_on)
		draw_textf(y++, 2, w, STYLE_DIM, _("Starting from the norms adopted on %s: reword, "
						   "delete or add."), points.adopted_on);
	y++;
	if (points.view.editing != EDIT_NONE)
		bottom -= 2;
	size_t first = points.view.sel != NO_ENTRY && points.view.sel > (size_t)(bottom - y) ?
			       points.view.sel - (size_t)(bottom - y) : 0;
	for (size_t i = first; i < ss->n_entries && y <= bottom; i++) {
		bool sel = i == points.view.sel, agreed = meeting_agreed(m, m->step, i);
		char *num = xasprintf("%zu. ", i + 1);
		draw_fill(y, 2, w, sel ? STYLE_REVERSE : STYLE_NORMAL);
		int h = draw_item(y, 3, w - 18, sel ? MAX_SELECTED_LINES(bottom - y + 1) : 1,
				  sel ? STYLE_REVERSE : STYLE_NORMAL, num, ss->entries[i].text);
		free(num);
		/* The tag or the count ends the row, in the 15 cells kept for it. */
		if (agreed) {
			const char *tag = norms(a) ? _(" ADOPTED ") : _(" AGREED ");
			int tw = text_width(tag);
			draw_text(y, tw > 9 ? w + 2 - tw : w - 7, tw, STYLE_ALERT, tag);
		} else {
			char *count = xasprintf(ngettext("%d of %zu group", "%d of %zu groups", m->n_groups),
						confirmations(a, i), m->n_groups);
			int cw = text_width(count);
			draw_text(y, cw > 15 ? w + 2 - cw : w - 13, cw, STYLE_DIM, count);
			free(count);
		}
		for (int k = 1; k < h; k++) { /* the rest of a wrapped row, around its text */
			draw_fill(y + k, 2, 1, sel ? STYLE_REVERSE : STYLE_NORMAL);
			draw_fill(y + k, w - 15, 17, sel ? STYLE_REVERSE : STYLE_NORMAL);
		}
		y += h;
	}
	if (ss->n_entries == 0)
		draw_text(y, 2, w, STYLE_DIM, norms(a) ? _("No norms yet: Enter drafts one.") :
			  _("No points yet: Enter drafts one."));
	if (points.view.editing != EDIT_NONE)
		entries_draw_field(&points.view, frame_bottom(), w,
				   points.view.editing == EDIT_CHANGE ? _("Reword:") :
				   norms(a) ? _("New norm:") : _("New point:"));
}

static void start_rewording(struct app *a)
{
	const char *text = entries_state(a)->entries[points.view.sel].text;
	if (!field_set(&points.view.field, text)) {
		app_too_long(a, text);
		return;
	}
	points.view.editing = EDIT_CHANGE;
}

static void act(struct app *a, enum action act, int key)
{
	if (points.view.editing == EDIT_NONE && points.view.sel != NO_ENTRY) {
		if (act == ACT_EDIT && confirmations(a, points.view.sel) > 0) {
			app_confirm(a, norms(a) ?
				       _("Rewording this norm removes every group's confirmation: they "
					 "agreed to the old wording. Reword it?") :
				       _("Rewording this point removes every group's confirmation: they "
					 "agreed to the old wording. Reword it?"), start_rewording);
			return;
		}
		if (act == ACT_READ_BACK) {
			a->point = points.view.sel;
			app_go(a, &screen_readback);
			return;
		}
	}
	if (act == ACT_READ_BACK && entries_state(a)->n_entries) {
		a->point = 0;
		app_go(a, &screen_readback);
		return;
	}
	if (!entries_act(&points.view, a, act, key))
		meeting_act(a, act);
}

static bool available(const struct app *a, enum action act)
{
	if (act == ACT_READ_BACK)
		return entries_state(a)->n_entries > 0;
	return entries_available(&points.view, a, act);
}

static bool typing(const struct app *a)
{
	(void)a;
	return entries_typing(&points.view);
}

const struct screen screen_points = {
	.title = N_("Talking points"),
	.scope = SCOPE_POINTS,
	.enter = enter,
	.draw = draw,
	.act = act,
	.available = available,
	.typing = typing,
};
