/*
 * room-checklist: what the room sees of a checklist. While lists are
 * ticked: the items and how many lists are in (never a tick of anyone's;
 * the room's own list shows as it was saved). Then the counts, most
 * ticked first, as on the facilitator's results.
 */
#include "checklist.h"
#include "convene/checklist.h"
#include "convene/i18n.h"
#include "convene/text.h"
#include "convene/util.h"

#include <stdlib.h>

static void body_entry(const struct room *r, struct room_box b)
{
	const struct meeting *m = r->m;
	const struct step *st = r->st;
	bool room = st->room_ticks;
	int y = b.y;
	if (room) {
		draw_text(y++, b.x, b.w, STYLE_DIM, _("Ticked by the room: which of these apply to us?"));
	} else {
		char *fig = xasprintf(_("%zu of %zu"), meeting_checklist_lists(m, m->step),
				      meeting_here_count(m));
		y += room_figure(r, (struct room_box){ y, b.x, b.w, r->large ? 8 : 1 }, fig,
				 m->mode == RATING_BLIND ? _("lists in (blind: kept without names)") :
							   _("lists in"));
		free(fig);
	}
	struct room_text t = { 0 };
	if (st->text)
		room_text_add(&t, STYLE_NORMAL, 0, "%s", st->text);
	for (size_t i = 0; i < st->n_dimensions; i++) {
		bool ticked = room && meeting_value(m, m->step, i, 0) == 1;
		room_text_add(&t, ticked ? STYLE_BOLD : STYLE_NORMAL, 4, "%s",
			      st->dimensions[i].title);
		room_text_prefix(&t, "%s", room ? (ticked ? "[x] " : "[ ] ") : "- ");
	}
	room_text_draw(&t, (struct room_box){ y + 1, b.x, b.w, b.h - (y + 1 - b.y) });
}

static void body_results(const struct room *r, struct room_box b)
{
	const struct meeting *m = r->m;
	const struct step *st = r->st;
	size_t n = st->n_dimensions, *order = meeting_checklist_order(m, m->step);
	struct room_text t = { 0 };
	if (st->room_ticks)
		room_text_add(&t, STYLE_DIM, 0, "%s", _("Ticked by the room: what applies comes first."));
	else
		room_text_add(&t, STYLE_DIM, 0,
			      ngettext("%zu list: how many tick each item, the most first.",
				       "%zu lists: how many tick each item, the most first.",
				       meeting_checklist_lists(m, m->step)),
			      meeting_checklist_lists(m, m->step));
	/* The counts are right-aligned in display cells: as wide as the
	 * widest, and no narrower than the English words ("does not apply"). */
	int cw = st->room_ticks ? 14 : 7;
	for (size_t k = 0; k < n; k++) {
		char *count = checklist_count_words(m, m->step, order[k]);
		if (text_width(count) > cw)
			cw = text_width(count);
		free(count);
	}
	for (size_t k = 0; k < n; k++) {
		size_t i = order[k];
		char *count = checklist_count_words(m, m->step, i);
		bool ticked = meeting_checklist_ticks(m, m->step, i) > 0;
		room_text_add(&t, ticked ? STYLE_BOLD : STYLE_DIM, 0, "%s", st->dimensions[i].title);
		room_text_prefix(&t, "%*s%s  ", cw - text_width(count), "", count);
		free(count);
	}
	room_text_draw(&t, b);
	free(order);
}

void room_body_checklist(const struct room *r, struct room_box b)
{
	(r->m->view == VIEW_RESULTS ? body_results : body_entry)(r, b);
}
