/*
 * screen-meeting: what every meeting screen shares (the header, moving
 * between steps, leaving) and the screen for text steps and for the closing
 * page after the last step (drawn by screen-closing.c).
 */
#include "app.h"
#include "convene/rotation.h"
#include "convene/checklist.h"
#include "convene/kinds.h"
#include "bigtime.h"
#include "draw.h"
#include "convene/text.h"
#include "convene/util.h"
#include "convene/i18n.h"

#include <limits.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The clock in the room's words, from the core's one rule (meeting_timer,
 * time_state_label): "7:12 left", "2:00 TIME IS NEARLY UP", "+2:14 OVER
 * TIME", "7:12 PAUSED", "4:30 QUIET WRITING", "9:58 BREAK", "3:05 elapsed".
 * Empty when there is no clock (every step done, no break). */
void meeting_timer_text(const struct app *a, char *out, size_t size, bool *alert)
{
	struct step_timer t;
	meeting_timer(&a->session.engine, app_now_ms(), &t);
	*alert = time_state_alert(t.state);
	if (t.state == TIME_DONE) {
		if (size)
			*out = '\0';
		return;
	}
	char time[16];
	bigtime_format(t.shown_over ? -t.shown_ms : t.shown_ms, t.shown_over, time, sizeof time);
	snprintf(out, size, "%s %s", time, _(time_state_label(t.state)));
}

/* Who holds which role, on one line; when it is too long, each name is
 * shortened to a fair share, keeping its first words (what the room calls
 * people by), so every role stays named. */
static void draw_roles(const struct app *a)
{
	size_t n = a->session.n_roles;
	int avail = draw_cols() - 2, total = 0, labels = 0;
	for (size_t i = 0; i < n; i++) {
		int lw = (i ? 5 : 0) + text_width(role_shown(a->session.roles[i].role)) + 2;
		labels += lw;
		total += lw + text_width(a->session.roles[i].member_name);
	}
	/* A tight line takes narrower separators first. */
	const char *sep = total <= avail ? "  |  " : " | ";
	if (total > avail)
		labels -= 2 * (n ? (int)n - 1 : 0);
	int share = n && total > avail ? (avail - labels) / (int)n : INT_MAX;
	if (share < INT_MAX) { /* what short names leave goes to the long ones */
		int spare = 0, longer = 0;
		for (size_t i = 0; i < n; i++) {
			int w = text_width(a->session.roles[i].member_name);
			if (w < share)
				spare += share - w;
			else
				longer++;
		}
		share += longer ? spare / longer : 0;
	}
	if (share < 8)
		share = 8;
	struct strbuf roles;
	strbuf_init(&roles);
	for (size_t i = 0; i < n; i++) {
		char *name = text_fit(a->session.roles[i].member_name, share);
		strbuf_addf(&roles, "%s%s: %s", i ? sep : "", role_shown(a->session.roles[i].role), name);
		free(name);
	}
	draw_text(1, 1, avail, STYLE_DIM, roles.data);
	strbuf_finish(&roles);
}

void meeting_header(const struct app *a)
{
	const struct meeting *m = &a->session.engine;
	/* In an agenda, name the protocol the current step belongs to. */
	const struct step *st = meeting_current_step(m);
	const struct protocol *part = st && st->protocol_id ? catalog_find(a->catalog, st->protocol_id) : NULL;
	char timer[40] = "";
	bool alert = false;
	meeting_timer_text(a, timer, sizeof timer, &alert);
	int tw = *timer ? text_width(timer) + 2 : 0;
	/* The time always shows whole, and the step beside it within half the
	 * bar: on a narrow bar the meeting's number goes first, then the word
	 * "results", then "step ... of" ("4/12"); what still does not fit is
	 * cut, never drawn under the time. */
	int budget = draw_cols() / 2 - tw;
	const char *sep = tw ? " |" : "";
	char *where = NULL;
	for (int drop = 0; drop < 4; drop++) {
		free(where);
		char *id = drop ? xstrdup("") : xasprintf("#%lld | ", (long long)a->session.meeting_id);
		if (m->view == VIEW_CLOSING) {
			where = xasprintf("%s%s%s", id, _("closing"), sep);
		} else if (drop < 3) {
			char *pos = m->view == VIEW_RESULTS && drop < 2 ?
				xasprintf(_("results, step %zu of %zu"), m->step + 1, m->protocol->n_steps) :
				xasprintf(_("step %zu of %zu"), m->step + 1, m->protocol->n_steps);
			where = xasprintf("%s%s%s", id, pos, sep);
			free(pos);
		} else
			where = xasprintf("%zu/%zu%s", m->step + 1, m->protocol->n_steps, sep);
		free(id);
		if (text_width(where) <= budget)
			break;
	}
	if (text_width(where) > budget) {
		char *cut = text_fit(where, budget);
		free(where);
		where = cut;
	}
	char *right = xasprintf("%s%*s", where, tw, "");
	free(where);
	/* The protocol says where the room is: when the bar is short, the
	 * team's name gives way first. */
	const char *title = part ? part->title : m->protocol->title;
	int rw = text_width(right) < draw_cols() / 2 ? text_width(right) : draw_cols() / 2;
	int room = draw_cols() - rw - 4 - (int)strlen("convene  ") - 3 - text_width(title);
	char *team = room >= 12 ? text_fit(a->session.team_name, room) : NULL;
	char *left = team ? xasprintf("%s | %s", team, title) : xstrdup(title);
	free(team);
	frame_header(a, left, right);
	/* The time ends the header bar; when it needs attention it stands out
	 * of the bar (normal video, bold) with a word: never colour alone. */
	if (*timer)
		draw_textf(0, draw_cols() - tw - 1, tw, alert ? STYLE_BOLD : STYLE_REVERSE, " %s ", timer);
	/* Who holds which role, under the bar on every meeting screen. */
	draw_roles(a);
	free(left);
	free(right);
}

static void force_next(struct app *a);

static void go_next(struct app *a, bool force)
{
	enum meeting_result res;
	if (!session_next(&a->session, app_now_ms(), force, &res)) {
		app_error(a, "%s", session_error(&a->session));
		return;
	}
	if (res == MEETING_INCOMPLETE) {
		const struct meeting *m = &a->session.engine;
		char *q = meeting_current_step(m)->room_ticks ?
			xstrdup(_("The room's list is not saved (Enter saves it). Move on anyway?")) :
			kind_of(meeting_current_step(m)->kind)->one_screen ?
			xasprintf(_("Only %zu of %zu lists are in. Move on anyway?"),
				  meeting_checklist_lists(m, m->step), meeting_here_count(m)) :
			xasprintf(_("Only %zu of %zu present have rated this dimension. Move on anyway?"),
				  meeting_rated_here(m, m->step, m->dim), meeting_here_count(m));
		app_confirm(a, q, force_next);
		free(q);
		return;
	}
	if (res == MEETING_DOTS_MISSING) {
		const struct meeting *m = &a->session.engine;
		size_t voters;
		int missing = meeting_vote_missing(m, m->step, &voters);
		char *q = m->steps[m->step].counting ?
				  xasprintf(ngettext("%d of the %d counted dots is not entered yet. Show "
						     "the results anyway?",
						     "%d of the %d counted dots are not entered yet. Show "
						     "the results anyway?", missing),
					    missing, meeting_vote_budget(m, m->step, m->n_people)) :
				  xasprintf(ngettext("%d dot is not placed yet: %zu of %zu people still "
						     "have dots. Show the results anyway?",
						     "%d dots are not placed yet: %zu of %zu people still "
						     "have dots. Show the results anyway?", missing),
					    missing, voters, m->n_people);
		app_confirm(a, q, force_next);
		free(q);
		return;
	}
	app_show_meeting(a);
}

static void force_next(struct app *a)
{
	go_next(a, true);
}

static void leave(struct app *a)
{
	app_say(a, _("Meeting #%lld is still open: select it here to resume."),
		(long long)a->session.meeting_id);
	app_leave_meeting(a);
}

static void close_meeting(struct app *a)
{
	int64_t id = a->session.meeting_id;
	if (!session_close(&a->session, app_now_ms())) {
		app_error(a, _("The meeting was not closed: %s"), session_error(&a->session));
		return;
	}
	/* Home keeps the meeting's team selected; the room sees the summary. */
	app_leave_meeting(a);
	a->review_meeting = id;
	app_go(a, &screen_closed);
	app_say(a, _("Meeting #%lld closed. Press x to write the notes, v to review them."),
		(long long)id);
}

/* Asked for: a countdown never becomes a count-up by a key alone. */
static void remove_limit(struct app *a)
{
	struct session *s = &a->session;
	if (session_set_plan(s, s->engine.step, 0))
		app_say(a, _("No time limit on this step: its clock counts up. > gives it a minute."));
	else
		app_error(a, "%s", session_error(s));
}

static void clock_act(struct app *a, enum action act)
{
	struct session *s = &a->session;
	int64_t now = app_now_ms();
	bool ok = true;
	switch (act) {
	case ACT_PAUSE:
		ok = s->engine.paused ? session_resume_clock(s, now) : session_pause(s, now);
		if (ok)
			app_say(a, "%s", s->engine.paused ? _("Clock paused: p lets it run again.") :
							  _("Clock running."));
		break;
	case ACT_MORE_TIME:
	case ACT_LESS_TIME:
		if (act == ACT_LESS_TIME && meeting_extended_plan(&s->engine, -60000) < 0) {
			app_confirm(a, _("This step is down to one minute. Remove its time limit? Its "
					 "clock then counts up."), remove_limit);
			return;
		}
		ok = session_extend(s, act == ACT_MORE_TIME ? 60000 : -60000, now);
		break;
	case ACT_BREAK:
		ok = session_break(s, now, 10 * 60000);
		if (ok)
			app_go(a, &screen_break);
		break;
	default:
		break;
	}
	if (!ok)
		app_error(a, "%s", session_error(s));
}

void meeting_act(struct app *a, enum action act)
{
	enum meeting_result res;
	switch (act) {
	case ACT_PAUSE:
	case ACT_MORE_TIME:
	case ACT_LESS_TIME:
	case ACT_BREAK:
		clock_act(a, act);
		break;
	case ACT_BIG_TIMER:
		a->room_view = true;
		app_show_meeting(a);
		break;
	case ACT_ATTENDANCE:
		app_go(a, &screen_attendance);
		break;
	case ACT_NEXT:
		if (a->session.engine.view == VIEW_CLOSING) {
			app_confirm(a, _("Close the meeting? Everything is saved; the notes can then be "
					 "written and reviewed."), close_meeting);
			return;
		}
		go_next(a, false);
		break;
	case ACT_PREV:
		if (!session_back(&a->session, app_now_ms(), &res))
			app_error(a, "%s", session_error(&a->session));
		else if (res == MEETING_AT_START)
			app_say(a, _("This is the first step."));
		else
			app_show_meeting(a);
		break;
	case ACT_LEAVE:
		app_confirm(a, _("Leave the meeting? Everything entered is saved, and the meeting "
				 "can be resumed from the home screen."), leave);
		break;
	default:
		break;
	}
}

static void draw(struct app *a)
{
	meeting_header(a);
	const struct meeting *m = &a->session.engine;
	int y = frame_top(), w = draw_cols() - 4, bottom = frame_bottom();
	if (m->view == VIEW_CLOSING) {
		closing_page_draw(a);
		return;
	}
	const struct step *st = meeting_current_step(m);
	draw_text(y, 2, w, STYLE_TITLE, st->title);
	if (st->minutes)
		draw_textf(y + 1, 2, w, STYLE_DIM, _("Planned: %d min"), st->minutes);
	y += 3;
	draw_wrapped(y, 2, w, bottom - y + 1, STYLE_NORMAL, st->text ? st->text : "");
}

static void act(struct app *a, enum action act, int key)
{
	(void)key;
	meeting_act(a, act);
}

const struct screen screen_text = {
	.title = N_("Meeting step"),
	.scope = SCOPE_TEXT,
	.draw = draw,
	.act = act,
};
