/*
 * setup-attendance: the setup page that marks who is here, adds guests for
 * this meeting (G: a name, then a group or none for "guest"), and says at
 * once whether quorum holds and which group is missing, before the
 * meeting starts rather than at its decide step.
 */
#include "setup.h"
#include "draw.h"
#include "convene/rules.h"
#include "convene/text.h"
#include "convene/util.h"
#include "convene/i18n.h"

#include <stdlib.h>
#include <string.h>

size_t setup_present_count(void)
{
	size_t n = 0;
	for (size_t i = 0; i < setup.team->n_members; i++)
		n += setup.present[i];
	return n;
}

char *setup_quorum_missing(void)
{
	const struct team *t = setup.team;
	enum quorum_rule q;
	if (!quorum_rule_parse(t->quorum, &q))
		q = QUORUM_EACH_GROUP;
	const char **team = xcalloc(t->n_members + 1, sizeof *team);
	const char **came = xcalloc(t->n_members + 1, sizeof *came), *missing[16];
	size_t n_team = 0, n_came = 0, n_missing = 0;
	for (size_t i = 0; i < t->n_members; i++) {
		if (!t->members[i].guest)
			team[n_team++] = t->members[i].group;
		if (setup.present[i] && rules_counts_toward_quorum(t->members[i].guest, t->guests_count))
			came[n_came++] = t->members[i].group;
	}
	bool ok = rules_quorum(q, team, n_team, came, n_came, missing, 16, &n_missing);
	free(team);
	free(came);
	if (ok)
		return NULL;
	struct strbuf sb;
	strbuf_init(&sb);
	for (size_t i = 0; i < n_missing && i < 16; i++)
		strbuf_addf(&sb, "%s%s", i ? ", " : "", missing[i]);
	if (!n_missing)
		strbuf_adds(&sb, _("anyone"));
	char *s = strbuf_take(&sb);
	strbuf_finish(&sb);
	return s;
}

void setup_draw_attendance(int y, int w)
{
	const struct team *t = setup.team;
	draw_textf(y++, 2, w, STYLE_TITLE, _("Who is here? %zu of %zu present"), setup_present_count(),
		   t->n_members);
	char *missing = setup_quorum_missing();
	if (missing)
		draw_textf(y, 2, w, STYLE_ALERT, _(" No quorum: nobody from %s is here. No decision "
						   "can be made. "), missing);
	free(missing);
	y++;
	if (setup.guest.open) {
		guest_form_draw(&setup.guest, y + 1, w);
		return;
	}
	const char **names = xcalloc(t->n_members + 1, sizeof *names);
	for (size_t i = 0; i < t->n_members; i++)
		names[i] = t->members[i].name;
	/* The name column fits the longest name while the groups keep room. */
	int nw = draw_names_width(names, t->n_members, 28, w / 2 - 4);
	free(names);
	/* "absent" ends each row; the group and "(guest)" keep clear of it. */
	const char *absent = _("absent");
	int aw = text_width(absent);
	int rows = frame_bottom() - y + 1;
	size_t first = rows > 0 && setup.member_sel >= (size_t)rows ? setup.member_sel - (size_t)rows + 1 : 0;
	for (size_t i = first; i < t->n_members && y <= frame_bottom(); i++) {
		const struct member *m = &t->members[i];
		enum style st = i == setup.member_sel ? STYLE_REVERSE : STYLE_NORMAL;
		draw_fill(y, 2, w, st);
		draw_text(y, 3, 4, st, setup.present[i] ? "[x]" : "[ ]");
		draw_name(y, 7, nw, st, m->name);
		int x = 7 + nw + 1;
		/* "guest" is the group a guest gets when none is given: a word
		 * of the program's, said in the interface's language. */
		x += draw_text(y, x, w - x - aw - 2, st, strcmp(m->group, "guest") ? m->group : _("guest"));
		if (m->guest && strcmp(m->group, "guest") != 0)
			draw_text(y, x + 1, w - x - aw - 3, st, _("(guest)"));
		if (!setup.present[i])
			draw_text(y, w - aw, aw + 1, st, absent);
		y++;
	}
}

static void add_guest(struct app *a)
{
	struct team *t = setup.team;
	const char *group = guest_form_group(&setup.guest);
	int64_t id;
	if (!store_add_guest(a->store, t->id, setup.guest.name.text, group, &id)) {
		app_error(a, _("The guest was not added: %s"), store_error(a->store));
		setup.guest.on_group = false;
		return;
	}
	t->members = xreallocarray(t->members, t->n_members + 1, sizeof *t->members);
	setup.present = xreallocarray(setup.present, t->n_members + 1, sizeof *setup.present);
	char *name = text_trim(xstrdup(setup.guest.name.text)), *g = text_trim(xstrdup(group));
	t->members[t->n_members] = (struct member){ id, NULL, name, *g ? g : xstrdup("guest"), true };
	if (!*g)
		free(g);
	setup.present[t->n_members] = true;
	setup.member_sel = t->n_members++;
	setup.guest.open = false;
	app_say(a, _("%s joins this meeting as a guest."), name);
}

static void remove_guest(struct app *a)
{
	struct team *t = setup.team;
	struct member *m = &t->members[setup.member_sel];
	if (!store_remove_guest(a->store, m->id)) {
		app_error(a, "%s", store_error(a->store));
		return;
	}
	app_say(a, _("%s is no longer on this meeting's attendance."), m->name);
	free(m->uid);
	free(m->name);
	free(m->group);
	size_t rest = t->n_members - setup.member_sel - 1;
	memmove(m, m + 1, rest * sizeof *m);
	memmove(&setup.present[setup.member_sel], &setup.present[setup.member_sel + 1],
		rest * sizeof *setup.present);
	t->n_members--;
	if (setup.member_sel == t->n_members && setup.member_sel)
		setup.member_sel--;
}

bool setup_attendance_act(struct app *a, enum action act, int key)
{
	if (setup.guest.open) {
		if (guest_form_act(a, &setup.guest, act, key) == GUEST_DONE)
			add_guest(a);
		return true;
	}
	if (act == ACT_GUEST) {
		guest_form_open(&setup.guest);
		return true;
	}
	if (act == ACT_DELETE) {
		if (setup.member_sel < setup.team->n_members &&
		    setup.team->members[setup.member_sel].guest)
			remove_guest(a);
		else
			app_error(a, _("Only a guest comes off the attendance; mark a member absent with Space."));
		return true;
	}
	return false;
}

void setup_drop_guests(void)
{
	/* A guest on a meeting's attendance stays: the store refuses then. */
	for (size_t i = 0; setup.team && setup.store && i < setup.team->n_members; i++)
		if (setup.team->members[i].guest)
			store_remove_guest(setup.store, setup.team->members[i].id);
}
