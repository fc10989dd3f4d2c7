/*
 * screen-home: where the app opens. With no team yet it welcomes the user
 * and offers to create a team or try the demo team; otherwise it lists the
 * teams (Enter starts a meeting) and the unfinished meetings (Enter resumes).
 * The selection is kept by what it shows, not by its row: after a meeting
 * (closed, or left to resume later) the home screen comes back on the same
 * team, however the list of unfinished meetings changed meanwhile.
 */
#include "app.h"
#include "draw.h"
#include "convene/demo.h"
#include "convene/i18n.h"
#include "convene/util.h"

#include <stdlib.h>
#include <string.h>

static struct {
	struct team_list teams;
	struct meeting_info *running;
	size_t n_running;
	struct meeting_info *closed; /* shown for their numbers, to export */
	size_t n_closed;
	size_t sel;
	int64_t team;    /* the team selected, or the team of the meeting selected */
	int64_t meeting; /* the unfinished meeting selected, or 0 */
} home;

#define RECENT_CLOSED 5

static size_t row_count(void)
{
	return home.teams.n + home.n_running;
}

static bool has_demo(void)
{
	for (size_t i = 0; i < home.teams.n; i++)
		if (strcmp(home.teams.teams[i].uid, DEMO_TEAM_UID) == 0)
			return true;
	return false;
}

static void release(void)
{
	team_list_free(&home.teams);
	meeting_infos_free(home.running, home.n_running);
	meeting_infos_free(home.closed, home.n_closed);
	home.running = home.closed = NULL;
	home.n_running = home.n_closed = 0;
}

/* Notes what the selected row shows, to find it again after a reload. */
static void remember(void)
{
	if (home.sel < home.teams.n) {
		home.team = home.teams.teams[home.sel].id;
		home.meeting = 0;
	} else if (home.sel < row_count()) {
		home.team = home.running[home.sel - home.teams.n].team_id;
		home.meeting = home.running[home.sel - home.teams.n].id;
	}
}

/* Selects what was selected: the unfinished meeting if it is still
 * unfinished, else its team (a meeting just closed leaves its team
 * selected), else the nearest row. */
static void reselect(void)
{
	for (size_t i = 0; home.meeting && i < home.n_running; i++)
		if (home.running[i].id == home.meeting) {
			home.sel = home.teams.n + i;
			return;
		}
	for (size_t i = 0; home.team && i < home.teams.n; i++)
		if (home.teams.teams[i].id == home.team) {
			home.sel = i;
			remember();
			return;
		}
	if (home.sel >= row_count())
		home.sel = row_count() ? row_count() - 1 : 0;
	remember();
}

static void reload(struct app *a)
{
	release();
	const enum meeting_status running = MEETING_RUNNING, closed = MEETING_CLOSED;
	if (!store_list_teams(a->store, &home.teams) ||
	    !store_list_meetings(a->store, &running, 0, &home.running, &home.n_running) ||
	    !store_list_meetings(a->store, &closed, RECENT_CLOSED, &home.closed, &home.n_closed))
		app_error(a, "%s", store_error(a->store));
	reselect();
}

static void enter(struct app *a)
{
	reload(a);
}

static void draw_welcome(int y)
{
	int w = draw_cols() - 4;
	draw_text(y, 2, w, STYLE_TITLE, _("Welcome to convene."));
	y += 2;
	y += draw_wrapped(y, 2, w, 4, STYLE_NORMAL,
			  _("There is no team yet. A team is the group that meets: its members, "
			    "and the group each one belongs to (District, Teachers union, ...)."));
	y++;
	draw_text(y++, 4, w, STYLE_BOLD, _("n   Create a team"));
	draw_textf(y++, 4, w, STYLE_BOLD, ngettext("d   Try the demo team (%s, %zu member)",
						 "d   Try the demo team (%s, %zu members)", demo_member_count()),
		   demo_team_name(), demo_member_count());
	draw_text(y, 4, w, STYLE_BOLD, _("q   Quit"));
}

/* What can be done from here, in a grid at the foot of the screen: the
 * footer has room for only some of the home screen's keys at 80 columns,
 * and a new facilitator should not have to open help to find review or
 * quit. Returns the first row it used, or bottom + 1 when it did not fit. */
static int draw_key_grid(const struct app *a, int top, int bottom)
{
	struct key_rows keys = app_keys(a->screen);
	const struct binding *shown[24];
	size_t n = 0;
	bool seen[ACT_COUNT] = { false };
	for (size_t i = 0; i < bindings_count(keys) && n < ARRAY_LEN(shown); i++) {
		const struct binding *b = bindings_row(keys, i);
		if (!(b->scope & SCOPE_HOME) || !b->label || seen[b->action] || b->action == ACT_ENTER ||
		    b->action == ACT_HELP || bindings_lookup(keys, SCOPE_HOME, b->key) != b->action)
			continue;
		seen[b->action] = true;
		shown[n++] = b;
	}
	int cell = 22, cols = (draw_cols() - 4) / cell;
	if (cols < 1 || n == 0)
		return bottom + 1;
	int rows = (int)((n + (size_t)cols - 1) / (size_t)cols), y = bottom - rows + 1;
	if (y - 1 <= top)
		return bottom + 1;
	for (size_t i = 0; i < n; i++) {
		int row = (int)(i / (size_t)cols), col = (int)(i % (size_t)cols);
		int x = 2 + col * cell;
		draw_text(y + row, x, 6, STYLE_BOLD, bindings_keyname(shown[i]));
		draw_text(y + row, x + 4, cell - 5, STYLE_DIM, bindings_label(shown[i]));
	}
	return y;
}

static void draw(struct app *a)
{
	frame_header(a, _("Home"), NULL);
	int y = frame_top(), bottom = frame_bottom(), w = draw_cols() - 4;
	if (home.teams.n == 0) {
		draw_welcome(y);
		return;
	}
	draw_text(y++, 2, w, STYLE_TITLE, _("Teams: Enter starts a meeting"));
	/* The key grid takes the foot when the lists leave room for it. */
	int grid = (int)row_count() + (home.n_running ? 2 : 0) + y + 4 < bottom ?
			   draw_key_grid(a, y + (int)row_count(), bottom) : bottom + 1;
	if (grid <= bottom)
		bottom = grid - 2;
	/* Keep the selection on screen when the lists are long. */
	size_t rows = row_count();
	int room = bottom - y - 1 - (home.n_running ? 2 : 0);
	size_t first = room > 0 && home.sel >= (size_t)room ? home.sel - (size_t)room + 1 : 0;
	for (size_t i = first; i < rows && y <= bottom; i++) {
		if (i == home.teams.n) {
			y++;
			draw_text(y++, 2, w, STYLE_TITLE, _("Unfinished meetings: Enter resumes"));
		}
		enum style st = i == home.sel ? STYLE_REVERSE : STYLE_NORMAL;
		draw_fill(y, 2, w, st);
		if (i < home.teams.n) {
			const struct team *t = &home.teams.teams[i];
			draw_textf(y, 3, w - 2, st,
				   ngettext("%s (%zu member)", "%s (%zu members)", t->n_members), t->name,
				   t->n_members);
		} else {
			const struct meeting_info *m = &home.running[i - home.teams.n];
			char when[64];
			format_local_time(m->started_at, when, sizeof when);
			draw_textf(y, 3, w - 2, st, _("#%lld %s, %s, started %s"), (long long)m->id,
				   m->title, m->team_name, when);
		}
		y++;
	}
	if (home.n_closed && y + 2 <= bottom) {
		y++;
		draw_text(y++, 2, w, STYLE_TITLE, _("Closed recently: v opens their notes to review and write (x)"));
		for (size_t i = 0; i < home.n_closed && y <= bottom; i++) {
			const struct meeting_info *m = &home.closed[i];
			char when[64];
			format_local_time(m->started_at, when, sizeof when);
			draw_textf(y++, 3, w - 2, STYLE_DIM, "#%lld %s, %s, %s", (long long)m->id, m->title,
				   m->team_name, when);
		}
	}
}

static void resume(struct app *a, const struct meeting_info *m)
{
	if (!session_resume(&a->session, a->store, a->catalog, m->id, app_now_ms())) {
		app_error(a, _("Cannot resume: %s"), session_error(&a->session));
		session_finish(&a->session);
		return;
	}
	a->in_meeting = true;
	/* Resumed at its step: the opening norms, if the app stopped on them,
	 * are no longer on the room's screen either. */
	if (a->session.opening_norms)
		session_show_opening(&a->session, NULL);
	if (seats_follow_start(&a->seats, &a->session))
		app_say(a, _("Resumed meeting #%lld where it stopped. A fist to five was open to "
			     "seats: the hands shown from seats were not kept; take it again."),
			(long long)m->id);
	else
		app_say(a, _("Resumed meeting #%lld where it stopped."), (long long)m->id);
	app_show_meeting(a);
}

/* The unfinished meeting offered instead of a new one. */
static size_t offered;

static void resume_offered(struct app *a)
{
	if (offered < home.n_running)
		resume(a, &home.running[offered]);
}

static void start_new(struct app *a)
{
	app_go(a, &screen_setup);
}

static void start_or_resume(struct app *a)
{
	if (home.sel >= home.teams.n) {
		resume(a, &home.running[home.sel - home.teams.n]);
		return;
	}
	if (a->catalog->n == 0) {
		app_error(a, _("No protocols were found: run 'convene protocols' to see where "
			       "convene looks."));
		return;
	}
	const struct team *t = &home.teams.teams[home.sel];
	a->team_id = t->id;
	/* A second meeting of a team beside an unfinished one is rarely what
	 * the room wants: offer to resume it. */
	for (offered = 0; offered < home.n_running; offered++)
		if (home.running[offered].team_id == t->id) {
			const struct meeting_info *m = &home.running[offered];
			char *q = xasprintf(_("%s has an unfinished meeting: #%lld, %s. Resume it? "
					      "(n starts a new meeting, Esc goes back)"),
					    t->name, (long long)m->id, m->title);
			app_choose(a, q, resume_offered, start_new);
			free(q);
			return;
		}
	app_go(a, &screen_setup);
}

static void add_demo(struct app *a)
{
	bool added;
	int64_t id;
	if (!demo_add_team(a->store, &added, &id)) {
		app_error(a, "%s", store_error(a->store));
		return;
	}
	reload(a);
	for (size_t i = 0; i < home.teams.n; i++)
		if (home.teams.teams[i].id == id)
			home.sel = i;
	remember();
	app_say(a, "%s", added ? _("Added the demo team. Press Enter to start a meeting.") :
				 _("The demo team is already here."));
}

static void act(struct app *a, enum action act, int key)
{
	(void)key;
	if (app_list_move(act, &home.sel, row_count())) {
		remember();
		return;
	}
	switch (act) {
	case ACT_ENTER:
		if (row_count())
			start_or_resume(a);
		break;
	case ACT_NEW_TEAM:
		app_go(a, &screen_team);
		break;
	case ACT_DEMO:
		add_demo(a);
		break;
	case ACT_EDIT:
		if (home.sel < home.teams.n) {
			a->team_id = home.teams.teams[home.sel].id;
			app_go(a, &screen_team_edit);
		}
		break;
	case ACT_RULES:
	case ACT_LOG:
	case ACT_TRENDS:
		if (home.sel < home.teams.n) {
			a->team_id = home.teams.teams[home.sel].id;
			app_go(a, act == ACT_RULES ? &screen_rules :
				  act == ACT_LOG   ? &screen_decisions :
						     &screen_trends);
		}
		break;
	case ACT_REVIEW:
		app_go(a, &screen_review);
		break;
	case ACT_SEARCH:
		app_go(a, &screen_search);
		break;
	case ACT_QUIT:
		release();
		a->quit = true;
		break;
	default:
		break;
	}
}

static bool available(const struct app *a, enum action act)
{
	(void)a;
	if (act == ACT_ENTER)
		return row_count() > 0;
	if (act == ACT_DEMO)
		return !has_demo();
	if (act == ACT_RULES || act == ACT_LOG || act == ACT_TRENDS || act == ACT_EDIT)
		return home.sel < home.teams.n;
	return true;
}

const struct screen screen_home = {
	.title = N_("Home"),
	.scope = SCOPE_HOME,
	.enter = enter,
	.draw = draw,
	.act = act,
	.available = available,
};
