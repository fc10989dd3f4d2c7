/*
 * screen-setup: setting up a meeting in three pages — the protocol (or an
 * agenda, from a file or put together here), who is present, and (for
 * protocols with ratings) whether ratings are entered by name or blind.
 * Enter moves on; Esc goes back.
 */
#include "app.h"
#include "draw.h"
#include "convene/agenda.h"
#include "convene/util.h"

#include <stdlib.h>
#include <string.h>

enum page { PAGE_PROTOCOL, PAGE_AGENDA, PAGE_ATTENDANCE, PAGE_MODE };

#define MAX_AGENDA 12

struct agenda_entry {
	size_t protocol; /* index in the catalog */
	int minutes;
};

static struct {
	struct team_list teams;
	const struct team *team;
	enum page page;
	size_t proto_sel;
	bool *present;
	size_t member_sel;
	enum rating_mode mode;
	/* An agenda put together here, and what it is built into. */
	struct agenda_entry agenda[MAX_AGENDA];
	size_t n_agenda, agenda_sel;
	bool in_agenda_list;
	struct protocol *built;
} setup;

static const struct protocol *chosen(const struct app *a)
{
	return setup.built ? setup.built : a->catalog->protocols[setup.proto_sel];
}

static bool has_rating(const struct protocol *p)
{
	for (size_t i = 0; i < p->n_steps; i++)
		if (step_rates(&p->steps[i]))
			return true;
	return false;
}

static size_t present_count(void)
{
	size_t n = 0;
	for (size_t i = 0; i < setup.team->n_members; i++)
		n += setup.present[i];
	return n;
}

static void release(void)
{
	protocol_destroy(setup.built);
	setup.built = NULL;
	team_list_free(&setup.teams);
	free(setup.present);
	setup.present = NULL;
	setup.team = NULL;
}

static void enter(struct app *a)
{
	release();
	setup.page = PAGE_PROTOCOL;
	setup.member_sel = 0;
	setup.n_agenda = setup.agenda_sel = 0;
	setup.in_agenda_list = false;
	setup.mode = RATING_NAMED;
	if (setup.proto_sel >= a->catalog->n)
		setup.proto_sel = 0;
	if (!store_list_teams(a->store, &setup.teams))
		app_error(a, "%s", store_error(a->store));
	for (size_t i = 0; i < setup.teams.n; i++)
		if (setup.teams.teams[i].id == a->team_id)
			setup.team = &setup.teams.teams[i];
	if (!setup.team) {
		release();
		app_go(a, SCREEN_HOME);
		return;
	}
	/* Most of a team comes to most meetings: start from everyone present. */
	setup.present = xcalloc(setup.team->n_members, sizeof *setup.present);
	for (size_t i = 0; i < setup.team->n_members; i++)
		setup.present[i] = true;
}

static int total_minutes(const struct protocol *p)
{
	int m = 0;
	for (size_t i = 0; i < p->n_steps; i++)
		m += p->steps[i].minutes;
	return m;
}

static void draw_protocols(const struct app *a, int y, int w)
{
	draw_text(y++, 2, w, STYLE_TITLE, "Which protocol does the team run?");
	y++;
	/* Keep the selection in view on a short terminal. */
	int rows = frame_bottom() - 6 - y;
	size_t first = rows > 0 && setup.proto_sel >= (size_t)rows ? setup.proto_sel - (size_t)rows + 1 : 0;
	for (size_t i = first; i < a->catalog->n && y < frame_bottom() - 6; i++) {
		const struct protocol *p = a->catalog->protocols[i];
		enum style st = i == setup.proto_sel ? STYLE_REVERSE : STYLE_NORMAL;
		draw_fill(y, 2, w, st);
		int x = 3 + draw_text(y, 3, w - 12, st, p->title);
		if (p->is_agenda)
			draw_text(y, x + 2, 10, STYLE_DIM, "(agenda)");
		y++;
	}
	const struct protocol *p = chosen(a);
	y++;
	draw_textf(y++, 2, w, STYLE_BOLD, "%s%zu steps, about %d minutes",
		   p->is_agenda ? "An agenda of several protocols: " : "", p->n_steps, total_minutes(p));
	draw_wrapped(y, 2, w, frame_bottom() - y + 1, STYLE_NORMAL, p->summary);
}

static void draw_agenda(const struct app *a, int y, int w)
{
	int total = 0;
	for (size_t i = 0; i < setup.n_agenda; i++)
		total += setup.agenda[i].minutes;
	int half = w / 2;
	draw_text(y, 2, half - 2, STYLE_TITLE, "Protocols (Space adds)");
	draw_textf(y++, 2 + half, w - half, STYLE_TITLE, "This meeting's agenda, %d min", total);
	y++;
	for (size_t i = 0, row = 0; i < a->catalog->n && y + (int)row <= frame_bottom(); i++) {
		if (a->catalog->protocols[i]->is_agenda)
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
		draw_textf(y, w - 6, 8, sel ? STYLE_REVERSE : STYLE_BOLD, "%3d min", setup.agenda[i].minutes);
	}
	if (setup.n_agenda == 0)
		draw_text(y, 3 + half, w - half, STYLE_DIM, "Nothing yet.");
}

static void draw_attendance(int y, int w)
{
	draw_textf(y++, 2, w, STYLE_TITLE, "Who is here? %zu of %zu present", present_count(),
		   setup.team->n_members);
	y++;
	int rows = frame_bottom() - y + 1;
	size_t first = setup.member_sel >= (size_t)rows ? setup.member_sel - (size_t)rows + 1 : 0;
	for (size_t i = first; i < setup.team->n_members && y <= frame_bottom(); i++) {
		const struct member *m = &setup.team->members[i];
		enum style st = i == setup.member_sel ? STYLE_REVERSE : STYLE_NORMAL;
		draw_fill(y, 2, w, st);
		draw_textf(y, 3, w - 2, st, "[%s] %-28s %s", setup.present[i] ? "x" : " ", m->name,
			   m->group);
		if (!setup.present[i])
			draw_text(y, w - 6, 7, st, "absent");
		y++;
	}
}

static void draw_mode(int y, int w)
{
	static const char *const names[] = { "Named", "Blind" };
	static const char *const explain[] = {
		"The screen shows whose rating is being entered. Ratings are kept with "
		"each member's name.",
		"The screen shows only how many ratings are in, never a value or a name. "
		"Ratings are kept without names, so the record exposes no one either.",
	};
	draw_text(y++, 2, w, STYLE_TITLE, "How are ratings entered?");
	y++;
	for (int i = 0; i < 2; i++) {
		enum style st = (int)setup.mode == i ? STYLE_REVERSE : STYLE_NORMAL;
		draw_fill(y, 2, w, st);
		draw_text(y++, 3, w - 2, st, names[i]);
		y += draw_wrapped(y, 5, w - 4, 3, STYLE_NORMAL, explain[i]) + 1;
	}
}

static void draw(struct app *a)
{
	if (!setup.team)
		return;
	char *left = xasprintf("New meeting: %s", setup.team->name);
	static const char *const pages[] = { "1 of 3: protocol", "1 of 3: agenda",
					     "2 of 3: attendance", "3 of 3: ratings" };
	frame_header(a, left, pages[setup.page]);
	free(left);
	int y = frame_top(), w = draw_cols() - 4;
	switch (setup.page) {
	case PAGE_PROTOCOL:
		draw_protocols(a, y, w);
		break;
	case PAGE_AGENDA:
		draw_agenda(a, y, w);
		break;
	case PAGE_ATTENDANCE:
		draw_attendance(y, w);
		break;
	case PAGE_MODE:
		draw_mode(y, w);
		break;
	}
}

static void start(struct app *a)
{
	const struct protocol *p = chosen(a);
	if (!session_start(&a->session, a->store, setup.team, setup.present, p, setup.mode,
			   app_now_ms())) {
		app_error(a, "%s", session_error(&a->session));
		session_finish(&a->session);
		return;
	}
	a->in_meeting = true;
	/* The session frees an agenda built here when the meeting ends. */
	a->session.owned = setup.built;
	setup.built = NULL;
	app_say(a, "Meeting #%lld started: %zu present.", (long long)a->session.meeting_id,
		a->session.n_people);
	release();
	app_show_meeting(a);
}

/* Builds the agenda put together on the agenda page; false when empty or
 * when it cannot be built (a message says why). */
static bool build_agenda(struct app *a)
{
	if (setup.n_agenda == 0) {
		app_error(a, "Add at least one protocol (Space).");
		return false;
	}
	struct strbuf spec, title;
	strbuf_init(&spec);
	strbuf_init(&title);
	strbuf_adds(&title, "Agenda: ");
	for (size_t i = 0; i < setup.n_agenda; i++) {
		const struct protocol *p = a->catalog->protocols[setup.agenda[i].protocol];
		strbuf_addf(&spec, "%s%s:%d", i ? ";" : "", p->id, setup.agenda[i].minutes);
		strbuf_addf(&title, "%s%s", i ? ", " : "", p->title);
	}
	struct diagnostics d = { 0 };
	protocol_destroy(setup.built);
	setup.built = agenda_from_spec("custom-agenda", title.data, spec.data, a->catalog, &d);
	if (!setup.built)
		app_error(a, "This agenda cannot run: %s", d.n ? d.items[0].message : "unknown error");
	diagnostics_clear(&d);
	strbuf_finish(&spec);
	strbuf_finish(&title);
	return setup.built != NULL;
}

/* Moves the protocol selection to the next non-agenda protocol. */
static void next_protocol(const struct app *a, int delta)
{
	size_t i = setup.proto_sel;
	do {
		if ((delta < 0 && i == 0) || (delta > 0 && i + 1 >= a->catalog->n))
			return;
		i = (size_t)((long)i + delta);
	} while (a->catalog->protocols[i]->is_agenda);
	setup.proto_sel = i;
}

static void agenda_act(struct app *a, enum action act)
{
	struct agenda_entry *e = setup.n_agenda ? &setup.agenda[setup.agenda_sel] : NULL;
	switch (act) {
	case ACT_UP:
	case ACT_DOWN:
		if (!setup.in_agenda_list)
			next_protocol(a, act == ACT_UP ? -1 : 1);
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
			app_error(a, "An agenda here holds at most %d items.", MAX_AGENDA);
		} else if (!setup.in_agenda_list) {
			const struct protocol *p = a->catalog->protocols[setup.proto_sel];
			setup.agenda[setup.n_agenda++] = (struct agenda_entry){ setup.proto_sel,
										total_minutes(p) };
			app_say(a, "Added %s.", p->title);
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

static void move_selection(const struct app *a, int delta)
{
	size_t *sel = setup.page == PAGE_PROTOCOL ? &setup.proto_sel : &setup.member_sel;
	size_t n = setup.page == PAGE_PROTOCOL ? a->catalog->n : setup.team->n_members;
	if (setup.page == PAGE_MODE) {
		setup.mode = delta < 0 ? RATING_NAMED : RATING_BLIND;
		return;
	}
	if (delta < 0 && *sel > 0)
		(*sel)--;
	else if (delta > 0 && *sel + 1 < n)
		(*sel)++;
}

static void act(struct app *a, enum action act, int key)
{
	(void)key;
	if (!setup.team)
		return;
	if (setup.page == PAGE_AGENDA) {
		agenda_act(a, act);
		return;
	}
	switch (act) {
	case ACT_ADD:
		if (setup.page == PAGE_PROTOCOL) {
			setup.page = PAGE_AGENDA;
			if (a->catalog->protocols[setup.proto_sel]->is_agenda)
				next_protocol(a, 1);
		}
		break;
	case ACT_UP:
	case ACT_DOWN:
		move_selection(a, act == ACT_UP ? -1 : 1);
		break;
	case ACT_TOGGLE:
		if (setup.page == PAGE_ATTENDANCE)
			setup.present[setup.member_sel] = !setup.present[setup.member_sel];
		break;
	case ACT_ALL:
		if (setup.page == PAGE_ATTENDANCE) {
			bool all = present_count() == setup.team->n_members;
			for (size_t i = 0; i < setup.team->n_members; i++)
				setup.present[i] = !all;
		}
		break;
	case ACT_ENTER:
		if (setup.page == PAGE_PROTOCOL) {
			protocol_destroy(setup.built);
			setup.built = NULL;
			setup.page = PAGE_ATTENDANCE;
		} else if (setup.page == PAGE_ATTENDANCE) {
			if (present_count() == 0)
				app_error(a, "Mark at least one member present (Space).");
			else if (has_rating(chosen(a)))
				setup.page = PAGE_MODE;
			else
				start(a);
		} else {
			start(a);
		}
		break;
	case ACT_CANCEL:
		if (setup.page == PAGE_PROTOCOL) {
			release();
			app_go(a, SCREEN_HOME);
		} else if (setup.page == PAGE_ATTENDANCE && setup.built) {
			setup.page = PAGE_AGENDA;
		} else {
			setup.page = setup.page == PAGE_ATTENDANCE ? PAGE_PROTOCOL : setup.page - 1;
		}
		break;
	default:
		break;
	}
}

static bool available(const struct app *a, enum action act)
{
	(void)a;
	switch (act) {
	case ACT_ADD:
		return setup.page == PAGE_PROTOCOL;
	case ACT_ALL:
		return setup.page == PAGE_ATTENDANCE;
	case ACT_TOGGLE:
		return setup.page == PAGE_ATTENDANCE || (setup.page == PAGE_AGENDA && !setup.in_agenda_list);
	case ACT_NEXT_GROUP:
		return setup.page == PAGE_AGENDA && setup.n_agenda > 0;
	case ACT_DOT_ADD:
	case ACT_MOVE_NEXT:
	case ACT_DELETE:
		return setup.page == PAGE_AGENDA && setup.in_agenda_list;
	default:
		return true;
	}
}

const struct screen screen_setup = {
	.title = "New meeting",
	.scope = SCOPE_SETUP,
	.enter = enter,
	.draw = draw,
	.act = act,
	.available = available,
};
