/*
 * screen-attendance: who is here, during a meeting (A on any meeting
 * screen). Enter or Space marks the selected person arrived or gone, saved
 * at once with its time; g adds a guest for this meeting. From that moment
 * quorum, "everyone has rated" and the groups that must confirm follow who
 * is here; the screen says whether quorum holds and which group is missing.
 */
#include "app.h"
#include "draw.h"
#include "guest-form.h"
#include "convene/util.h"
#include "convene/i18n.h"

#include <stdlib.h>
#include <string.h>

static struct {
	size_t sel;
	struct guest_form guest;
} att;

static void enter(struct app *a)
{
	(void)a;
	att.guest.open = false;
	if (att.sel >= a->session.n_attendance)
		att.sel = 0;
}

/* Whether the person has been here earlier in this meeting and left. */
static bool left_earlier(const struct session *s, int64_t member_id)
{
	for (size_t i = 0; i < s->n_people; i++)
		if (s->people[i].member_id == member_id)
			return s->people[i].away;
	return false;
}

/* The quorum line, as setup and the decide step say it. */
static void draw_quorum_line(const struct app *a, int y, int w)
{
	const struct session *s = &a->session;
	if (s->quorum)
		draw_text(y, 2, w, STYLE_DIM, _("Quorum: yes. Decisions can be made."));
	else
		draw_textf(y, 2, w, STYLE_ALERT, _(" No quorum: nobody from %s is here. No decision "
						   "can be made. "), s->missing_groups);
}

static void draw(struct app *a)
{
	meeting_header(a);
	const struct session *s = &a->session;
	int y = frame_top(), w = draw_cols() - 4, bottom = frame_bottom();
	draw_textf(y++, 2, w, STYLE_TITLE, _("Who is here? %zu of %zu"), session_here(s),
		   s->n_attendance);
	draw_quorum_line(a, y++, w);
	y++;
	if (att.guest.open) {
		guest_form_draw(&att.guest, y, w);
		return;
	}
	const char **names = xcalloc(s->n_attendance + 1, sizeof *names);
	for (size_t i = 0; i < s->n_attendance; i++)
		names[i] = s->attendance[i].name;
	int nw = draw_names_width(names, s->n_attendance, 12, w / 2 - 4);
	free(names);
	/* "left" or "absent" ends a row: the group keeps clear of the longer. */
	const char *left = C_("attendance", "left"), *absent = _("absent");
	int sw = text_width(left) > text_width(absent) ? text_width(left) : text_width(absent);
	int sx = sw > 6 ? w - sw : w - 6;
	int rows = bottom - y + 1;
	size_t first = rows > 0 && att.sel >= (size_t)rows ? att.sel - (size_t)rows + 1 : 0;
	for (size_t i = first; i < s->n_attendance && y <= bottom; i++, y++) {
		const struct session_attendee *p = &s->attendance[i];
		enum style st = i == att.sel ? STYLE_REVERSE : STYLE_NORMAL;
		draw_fill(y, 2, w, st);
		draw_text(y, 3, 4, st, p->here ? "[x]" : "[ ]");
		draw_name(y, 7, nw, st, p->name);
		int x = 7 + nw + 2;
		x += draw_text(y, x, sx - x - 6, st, strcmp(p->group, "guest") ? p->group : _("guest"));
		if (p->guest && strcmp(p->group, "guest") != 0)
			draw_text(y, x + 1, sx - x - 2, st, _("(guest)"));
		const char *state = p->here ? "" : left_earlier(s, p->member_id) ? left : absent;
		draw_text(y, sx, sw + 2, st, state);
	}
}

static void toggle(struct app *a)
{
	struct session *s = &a->session;
	if (att.sel >= s->n_attendance)
		return;
	struct session_attendee *p = &s->attendance[att.sel];
	bool was_quorum = s->quorum;
	if (!session_set_present(s, p->member_id, !p->here)) {
		app_error(a, "%s", session_error(s));
		return;
	}
	/* The attendance array may have moved: read the person again. */
	p = &s->attendance[att.sel];
	if (s->quorum != was_quorum && s->quorum)
		app_say(a, _("%s is here: the meeting has quorum now."), p->name);
	else if (s->quorum != was_quorum)
		app_say(a, _("%s has left: no quorum now (nobody from %s)."), p->name, s->missing_groups);
	else
		app_say(a, p->here ? _("%s is here (saved with the time).") :
				     _("%s has left (saved with the time)."),
			p->name);
}

static void add_guest(struct app *a)
{
	if (!session_add_guest(&a->session, att.guest.name.text, guest_form_group(&att.guest))) {
		app_error(a, "%s", session_error(&a->session));
		att.guest.on_group = false;
		return;
	}
	att.sel = a->session.n_attendance - 1;
	att.guest.open = false;
	app_say(a, _("%s joins the meeting as a guest."), a->session.attendance[att.sel].name);
}

static void act(struct app *a, enum action act, int key)
{
	if (att.guest.open) {
		if (guest_form_act(a, &att.guest, act, key) == GUEST_DONE)
			add_guest(a);
		return;
	}
	if (app_list_move(act, &att.sel, a->session.n_attendance))
		return;
	switch (act) {
	case ACT_TOGGLE:
		toggle(a);
		break;
	case ACT_GUEST:
		guest_form_open(&att.guest);
		break;
	case ACT_CANCEL:
		app_show_meeting(a);
		break;
	default:
		break;
	}
}

static bool typing(const struct app *a)
{
	(void)a;
	return att.guest.open;
}

const struct screen screen_attendance = {
	.title = N_("Attendance"),
	.scope = SCOPE_ATTEND,
	.enter = enter,
	.draw = draw,
	.act = act,
	.typing = typing,
};
