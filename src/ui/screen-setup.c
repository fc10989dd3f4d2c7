/*
 * screen-setup: setting up a meeting in four pages — the protocol (or an
 * agenda, from a file or put together here: setup-agenda.c), who is
 * present, who holds which role (setup-roles.c), and (for protocols with
 * ratings) whether ratings are entered by name or blind. Enter moves on;
 * Esc goes back.
 */
#include "setup.h"
#include "convene/quadrants.h"
#include "convene/store-history.h"
#include "draw.h"
#include "convene/util.h"
#include "convene/i18n.h"
#include "convene/text.h"

#include <stdlib.h>
#include <string.h>


struct setup_state setup;

const struct protocol *setup_chosen(const struct app *a)
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

static void release(void)
{
	protocol_destroy(setup.built);
	setup.built = NULL;
	team_roles_free(setup.roles, setup.n_roles);
	setup.roles = NULL;
	setup.n_roles = 0;
	setup_release_timing();
	setup_drop_guests();
	setup.guest.open = false;
	team_list_free(&setup.teams);
	free(setup.present);
	setup.present = NULL;
	setup.team = NULL;
}

static void enter(struct app *a)
{
	setup.store = a->store;
	release();
	setup.page = PAGE_PROTOCOL;
	setup.member_sel = 0;
	setup.n_agenda = setup.agenda_sel = 0;
	setup.in_agenda_list = false;
	setup.mode = RATING_NAMED;
	if (setup.proto_sel >= a->catalog->n)
		setup.proto_sel = 0;
	if (!store_load_team(a->store, a->team_id, &setup.teams))
		app_error(a, "%s", store_error(a->store));
	for (size_t i = 0; i < setup.teams.n; i++)
		if (setup.teams.teams[i].id == a->team_id)
			setup.team = &setup.teams.teams[i];
	if (!setup.team) {
		release();
		app_go(a, &screen_home);
		return;
	}
	/* Most of a team comes to most meetings: start from everyone present. */
	setup.present = xcalloc(setup.team->n_members, sizeof *setup.present);
	for (size_t i = 0; i < setup.team->n_members; i++)
		setup.present[i] = true;
}

int setup_total_minutes(const struct protocol *p)
{
	int m = 0;
	for (size_t i = 0; i < p->n_steps; i++)
		m += p->steps[i].minutes;
	return m;
}

static void draw_protocols(const struct app *a, int y, int w)
{
	int top = y;
	const char *question = _("Which protocol does the team run?");
	draw_text(y++, 2, w, STYLE_TITLE, question);
	y++;
	/* Keep the selection in view on a short terminal, and say that the
	 * list goes on beyond it. */
	int rows = frame_bottom() - 6 - y;
	size_t first = rows > 0 && setup.proto_sel >= (size_t)rows ? setup.proto_sel - (size_t)rows + 1 : 0;
	size_t n = a->catalog->n;
	if (rows > 0 && n > (size_t)rows) {
		size_t last = first + (size_t)rows < n ? first + (size_t)rows : n;
		int qx = 2 + text_width(question) + 2;
		draw_textf(top, qx, w - qx + 2, STYLE_DIM, _("%zu-%zu of %zu: Up/Down scroll"), first + 1,
			   last, n);
	}
	for (size_t i = first; i < a->catalog->n && y < frame_bottom() - 6; i++) {
		const struct protocol *p = a->catalog->protocols[i];
		enum style st = i == setup.proto_sel ? STYLE_REVERSE : STYLE_NORMAL;
		draw_fill(y, 2, w, st);
		int x = 3 + draw_text(y, 3, w - 12, st, p->title);
		if (p->is_agenda)
			draw_text(y, x + 2, 10, STYLE_DIM, _("(agenda)"));
		y++;
	}
	const struct protocol *p = setup_chosen(a);
	y++;
	if (p->is_agenda)
		draw_textf(y++, 2, w, STYLE_BOLD,
			   ngettext("An agenda of several protocols: %zu step, about %d minutes",
				    "An agenda of several protocols: %zu steps, about %d minutes",
				    p->n_steps),
			   p->n_steps, setup_total_minutes(p));
	else
		draw_textf(y++, 2, w, STYLE_BOLD,
			   ngettext("%zu step, about %d minutes", "%zu steps, about %d minutes", p->n_steps),
			   p->n_steps, setup_total_minutes(p));
	/* A file the author put in a protocol folder and that is not in the
	 * list is said, with where to read why, on the last row. */
	size_t unused = catalog_unused(a->catalog);
	int last = frame_bottom() - (unused ? 1 : 0);
	y += draw_wrapped(y, 2, w, last - y + 1, STYLE_NORMAL, p->summary);
	/* Whose work it is, before the team runs it: the credit line. */
	if (p->source && y <= last) {
		char *credit = xasprintf(_("Source: %s"), p->source);
		draw_wrapped(y, 2, w, last - y + 1, STYLE_DIM, credit);
		free(credit);
	}
	if (unused)
		draw_textf(frame_bottom(), 2, w, STYLE_ALERT,
			   ngettext("%zu protocol file not in this list: convene protocols says why",
				    "%zu protocol files not in this list: convene protocols says why",
				    unused),
			   unused);
}

static void draw_mode(const struct app *a, int y, int w)
{
	static const char *const names[] = { N_("Named"), N_("Blind") };
	static const char *const explain[] = {
		N_("The screen shows whose rating is being entered. Ratings are kept with "
		   "each member's name."),
		N_("The screen shows only how many ratings are in, never a value or a name. "
		   "Ratings are kept without names, so the record exposes no one either."),
	};
	draw_text(y++, 2, w, STYLE_TITLE, _("How are ratings entered?"));
	y++;
	for (int i = 0; i < 2; i++) {
		enum style st = (int)setup.mode == i ? STYLE_REVERSE : STYLE_NORMAL;
		draw_fill(y, 2, w, st);
		draw_text(y++, 3, w - 2, st, _(names[i]));
		y += draw_wrapped(y, 5, w - 4, 3, STYLE_NORMAL, _(explain[i])) + 1;
	}
	if (protocol_places(setup_chosen(a)))
		draw_wrapped(y, 2, w, 3, STYLE_BOLD,
			     _("A two-way placement keeps each pair together either way: blind, each "
			       "paper slip is typed as its two numbers, and nobody's pair is named."));
}

static void draw(struct app *a)
{
	if (!setup.team)
		return;
	char *left = xasprintf(_("New meeting: %s"), setup.team->name);
	static const char *const pages[] = { N_("1 of 5: protocol"), N_("1 of 5: agenda"),
					     N_("2 of 5: attendance"), N_("3 of 5: roles"),
					     N_("4 of 5: timing"), N_("5 of 5: ratings") };
	frame_header(a, left, _(pages[setup.page]));
	free(left);
	int y = frame_top(), w = draw_cols() - 4;
	switch (setup.page) {
	case PAGE_PROTOCOL:
		draw_protocols(a, y, w);
		break;
	case PAGE_AGENDA:
		setup_draw_agenda(a, y, w);
		break;
	case PAGE_ATTENDANCE:
		setup_draw_attendance(y, w);
		break;
	case PAGE_ROLES:
		setup_draw_roles(y, w);
		break;
	case PAGE_TIMING:
		setup_draw_timing(a, y, w);
		break;
	case PAGE_MODE:
		draw_mode(a, y, w);
		break;
	}
}

static void start(struct app *a)
{
	const struct protocol *p = setup_chosen(a);
	struct role_assignment roles[MAX_ROLES];
	for (size_t r = 0; r < setup.n_roles; r++)
		roles[r] = (struct role_assignment){ setup.roles[r], setup.holders[r] };
	/* The plan from the timing page is saved with the meeting itself, so
	 * a crash right after the start resumes with it. */
	bool planned = setup.n_minutes >= p->n_steps;
	if (!session_start_planned(&a->session, a->store, setup.team, setup.present, p, setup.mode,
				   roles, setup.n_roles, planned ? setup.minutes : NULL,
				   app_now_ms())) {
		app_error(a, "%s", session_error(&a->session));
		session_finish(&a->session);
		return;
	}
	a->in_meeting = true;
	seats_follow_start(&a->seats, &a->session);
	/* The session frees an agenda built here when the meeting ends. */
	a->session.owned = setup.built;
	setup.built = NULL;
	/* The first screen of the meeting credits the protocol's source, as the
	 * picker did: the room sees whose work it runs. */
	if (a->session.quorum)
		app_say(a, _("Meeting #%lld started: %zu present. Source: %s"),
			(long long)a->session.meeting_id, session_here(&a->session), p->source);
	else
		app_say(a, _("Meeting #%lld started, %zu present. NO QUORUM: nobody from %s. Source: %s"),
			(long long)a->session.meeting_id, session_here(&a->session),
			a->session.missing_groups, p->source);
	a->opening_norms = opening_norms_for(a, setup.team, p);
	release();
	if (a->opening_norms && !session_show_opening(&a->session, a->opening_norms->id))
		app_error(a, "%s", session_error(&a->session));
	if (a->opening_norms)
		app_go(a, &screen_opening);
	else
		followup_or_meeting(a);
}

static void move_selection(const struct app *a, int delta)
{
	size_t *sel = setup.page == PAGE_PROTOCOL ? &setup.proto_sel :
		      setup.page == PAGE_ROLES ? &setup.role_sel : &setup.member_sel;
	size_t n = setup.page == PAGE_PROTOCOL ? a->catalog->n :
		   setup.page == PAGE_ROLES ? setup.n_roles : setup.team->n_members;
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
	if (!setup.team)
		return;
	if (setup.page == PAGE_AGENDA) {
		setup_agenda_act(a, act);
		return;
	}
	if (setup.page == PAGE_ATTENDANCE && setup_attendance_act(a, act, key))
		return;
	if (setup.page == PAGE_TIMING && act != ACT_ENTER && act != ACT_CANCEL) {
		setup_timing_act(a, act);
		return;
	}
	switch (act) {
	case ACT_ADD:
		if (setup.page == PAGE_PROTOCOL) {
			setup.page = PAGE_AGENDA;
			if (a->catalog->protocols[setup.proto_sel]->is_agenda)
				setup_next_protocol(a, 1);
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
			bool all = setup_present_count() == setup.team->n_members;
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
			if (setup_present_count() == 0) {
				app_error(a, _("Mark at least one member present (Space)."));
			} else {
				setup_propose_roles(a);
				setup.page = PAGE_ROLES;
			}
		} else if (setup.page == PAGE_ROLES) {
			setup_prepare_timing(a);
			setup.page = PAGE_TIMING;
		} else if (setup.page == PAGE_TIMING) {
			if (has_rating(setup_chosen(a)))
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
			app_go(a, &screen_home);
		} else if (setup.page == PAGE_ATTENDANCE && setup.built) {
			setup.page = PAGE_AGENDA;
		} else {
			setup.page = setup.page == PAGE_ATTENDANCE ? PAGE_PROTOCOL : setup.page - 1;
		}
		break;
	case ACT_LEFT:
	case ACT_RIGHT:
		if (setup.page == PAGE_ROLES && setup.n_roles)
			setup_change_holder(act == ACT_RIGHT ? 1 : -1);
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
		return (setup.page == PAGE_AGENDA && setup.in_agenda_list) || setup.page == PAGE_TIMING;
	case ACT_MOVE_NEXT:
		return setup.page == PAGE_AGENDA && setup.in_agenda_list;
	case ACT_DELETE:
		return (setup.page == PAGE_AGENDA && setup.in_agenda_list) ||
		       (setup.page == PAGE_ATTENDANCE && setup.member_sel < setup.team->n_members &&
			setup.team->members[setup.member_sel].guest);
	case ACT_GUEST:
		return setup.page == PAGE_ATTENDANCE;
	case ACT_RIGHT:
		return setup.page == PAGE_ROLES;
	default:
		return true;
	}
}

static bool typing(const struct app *a)
{
	(void)a;
	return setup.page == PAGE_ATTENDANCE && setup.guest.open;
}

const struct screen screen_setup = {
	.title = N_("New meeting"),
	.scope = SCOPE_SETUP,
	.enter = enter,
	.draw = draw,
	.act = act,
	.available = available,
	.typing = typing,
};
