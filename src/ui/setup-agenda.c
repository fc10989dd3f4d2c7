/* setup-agenda: the setup page that puts an agenda together for the
 * meeting: protocols added in order, reordered, given minutes. */
#include "setup.h"
#include "draw.h"
#include "convene/agenda.h"
#include "convene/util.h"
#include "convene/i18n.h"

#include <stdlib.h>
#include <string.h>

void setup_draw_agenda(const struct app *a, int y, int w)
{
	int total = 0;
	for (size_t i = 0; i < setup.n_agenda; i++)
		total += setup.agenda[i].minutes;
	int half = w / 2;
	/* The list scrolls to keep the selected protocol in view, and says
	 * which part of it is shown: the shipped protocols outgrow a screen. */
	size_t listed = 0, sel_row = 0;
	for (size_t i = 0; i < a->catalog->n; i++)
		if (!a->catalog->protocols[i]->is_agenda) {
			if (i == setup.proto_sel)
				sel_row = listed;
			listed++;
		}
	size_t rows = frame_bottom() - (y + 2) + 1 > 0 ? (size_t)(frame_bottom() - (y + 2) + 1) : 1;
	size_t first = sel_row >= rows ? sel_row - rows + 1 : 0;
	if (listed > rows)
		draw_textf(y, 2, half - 2, STYLE_TITLE, _("Protocols (Space adds) %zu-%zu of %zu"),
			   first + 1, first + rows < listed ? first + rows : listed, listed);
	else
		draw_text(y, 2, half - 2, STYLE_TITLE, _("Protocols (Space adds)"));
	draw_textf(y++, 2 + half, w - half, STYLE_TITLE, _("This meeting's agenda, %d min"), total);
	y++;
	for (size_t i = 0, row = 0, k = 0; i < a->catalog->n && y + (int)row <= frame_bottom(); i++) {
		if (a->catalog->protocols[i]->is_agenda || k++ < first)
			continue;
		bool sel = !setup.in_agenda_list && i == setup.proto_sel;
		draw_fill(y + (int)row, 2, half - 2, sel ? STYLE_REVERSE : STYLE_NORMAL);
		draw_text(y + (int)row++, 3, half - 4, sel ? STYLE_REVERSE : STYLE_NORMAL,
			  a->catalog->protocols[i]->title);
	}
	for (size_t i = 0; i < setup.n_agenda && y <= frame_bottom(); i++, y++) {
		bool sel = setup.in_agenda_list && i == setup.agenda_sel;
		draw_fill(y, 2 + half, w - half, sel ? STYLE_REVERSE : STYLE_NORMAL);
		draw_textf(y, 3 + half, w - half - 10, sel ? STYLE_REVERSE : STYLE_NORMAL, "%zu. %s", i + 1,
			   a->catalog->protocols[setup.agenda[i].protocol]->title);
		draw_textf(y, w - 6, 8, sel ? STYLE_REVERSE : STYLE_BOLD, _("%3d min"), setup.agenda[i].minutes);
	}
	if (setup.n_agenda == 0)
		draw_text(y, 3 + half, w - half, STYLE_DIM, _("Nothing yet."));
}


static bool build_agenda(struct app *a)
{
	if (setup.n_agenda == 0) {
		app_error(a, _("Add at least one protocol (Space)."));
		return false;
	}
	struct strbuf spec, title;
	strbuf_init(&spec);
	strbuf_init(&title);
	strbuf_adds(&title, _("Agenda: "));
	for (size_t i = 0; i < setup.n_agenda; i++) {
		const struct protocol *p = a->catalog->protocols[setup.agenda[i].protocol];
		strbuf_addf(&spec, "%s%s:%d", i ? ";" : "", p->id, setup.agenda[i].minutes);
		strbuf_addf(&title, "%s%s", i ? ", " : "", p->title);
	}
	struct diagnostics d = { 0 };
	protocol_destroy(setup.built);
	setup.built = agenda_from_spec("custom-agenda", title.data, spec.data, a->catalog, &d);
	if (!setup.built)
		app_error(a, _("This agenda cannot run: %s"), d.n ? d.items[0].message : _("unknown error"));
	diagnostics_clear(&d);
	strbuf_finish(&spec);
	strbuf_finish(&title);
	return setup.built != NULL;
}

/* Moves the protocol selection to the next non-agenda protocol. */
void setup_next_protocol(const struct app *a, int delta)
{
	size_t i = setup.proto_sel;
	do {
		if ((delta < 0 && i == 0) || (delta > 0 && i + 1 >= a->catalog->n))
			return;
		i = (size_t)((long)i + delta);
	} while (a->catalog->protocols[i]->is_agenda);
	setup.proto_sel = i;
}

void setup_agenda_act(struct app *a, enum action act)
{
	struct agenda_entry *e = setup.n_agenda ? &setup.agenda[setup.agenda_sel] : NULL;
	switch (act) {
	case ACT_UP:
	case ACT_DOWN:
		if (!setup.in_agenda_list)
			setup_next_protocol(a, act == ACT_UP ? -1 : 1);
		else if (act == ACT_UP && setup.agenda_sel > 0)
			setup.agenda_sel--;
		else if (act == ACT_DOWN && setup.agenda_sel + 1 < setup.n_agenda)
			setup.agenda_sel++;
		break;
	case ACT_NEXT_GROUP:
		setup.in_agenda_list = !setup.in_agenda_list && setup.n_agenda > 0;
		break;
	case ACT_TOGGLE:
		if (setup.n_agenda == MAX_AGENDA) {
			app_error(a, _("An agenda here holds at most %d items."), MAX_AGENDA);
		} else if (!setup.in_agenda_list) {
			const struct protocol *p = a->catalog->protocols[setup.proto_sel];
			setup.agenda[setup.n_agenda++] = (struct agenda_entry){ setup.proto_sel,
										setup_total_minutes(p) };
			app_say(a, _("Added %s."), p->title);
		}
		break;
	case ACT_DOT_ADD:
	case ACT_DOT_REMOVE:
		if (e && setup.in_agenda_list) {
			int m = e->minutes + (act == ACT_DOT_ADD ? 5 : -5);
			e->minutes = m < 5 ? 5 : m > 600 ? 600 : m;
		}
		break;
	case ACT_MOVE_NEXT:
	case ACT_MOVE_PREV: {
		size_t to = act == ACT_MOVE_NEXT ? setup.agenda_sel + 1 : setup.agenda_sel - 1;
		if (e && setup.in_agenda_list && to < setup.n_agenda) {
			struct agenda_entry t = setup.agenda[to];
			setup.agenda[to] = *e;
			*e = t;
			setup.agenda_sel = to;
		}
		break;
	}
	case ACT_DELETE:
		if (e && setup.in_agenda_list) {
			memmove(e, e + 1, (setup.n_agenda - setup.agenda_sel - 1) * sizeof *e);
			if (--setup.n_agenda == 0)
				setup.in_agenda_list = false;
			else if (setup.agenda_sel == setup.n_agenda)
				setup.agenda_sel--;
		}
		break;
	case ACT_ENTER:
		if (build_agenda(a))
			setup.page = PAGE_ATTENDANCE;
		break;
	case ACT_CANCEL:
		setup.page = PAGE_PROTOCOL;
		break;
	default:
		break;
	}
}

