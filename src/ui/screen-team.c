/*
 * screen-team: the form that creates a team — its name, then its members,
 * each with a group. Members can be edited or removed before saving; the
 * team is saved in one transaction when the form is done.
 */
#include "app.h"
#include "draw.h"
#include "convene/i18n.h"
#include "input.h"
#include "convene/text.h"
#include "convene/util.h"

#include <stdlib.h>
#include <string.h>

#define MAX_MEMBERS 100

enum focus { FOCUS_NAME, FOCUS_MEMBER, FOCUS_GROUP, FOCUS_LIST };

/* Offered to start with, in the interface's language; what is stored is
 * the group the user accepted or typed. */
static const char *const default_groups[] = { N_("District"), N_("Teachers union"),
					      N_("Classified union") };

static struct {
	struct field name, member, group;
	enum focus focus;
	struct new_member members[MAX_MEMBERS]; /* strings owned here */
	size_t n, sel;
} form;

static void clear_members(void)
{
	for (size_t i = 0; i < form.n; i++) {
		free((char *)form.members[i].name);
		free((char *)form.members[i].group);
	}
	form.n = form.sel = 0;
}

static void enter(struct app *a)
{
	(void)a;
	clear_members();
	field_clear(&form.name);
	field_clear(&form.member);
	field_set(&form.group, _(default_groups[0]));
	form.focus = FOCUS_NAME;
}

static struct field *focused(void)
{
	switch (form.focus) {
	case FOCUS_NAME:
		return &form.name;
	case FOCUS_MEMBER:
		return &form.member;
	case FOCUS_GROUP:
		return &form.group;
	case FOCUS_LIST:
		break;
	}
	return NULL;
}

static void draw(struct app *a)
{
	frame_header(a, _("New team"), NULL);
	int y = frame_top(), w = draw_cols() - 4, bottom = frame_bottom();
	/* TRANSLATORS: a field's label, at most 12 cells. */
	draw_text(y, 2, 12, STYLE_BOLD, _("Team name"));
	field_draw(&form.name, y, 16, w - 14, form.focus == FOCUS_NAME);
	y += 2;
	draw_textf(y++, 2, w, STYLE_TITLE, _("Members (%zu)"), form.n);
	/* The entry fields stay at the bottom; the list scrolls above them. */
	int list_rows = bottom - y - 4;
	if (list_rows < 1)
		list_rows = 1;
	size_t first = form.sel >= (size_t)list_rows ? form.sel - (size_t)list_rows + 1 : 0;
	if (form.focus != FOCUS_LIST && form.n > (size_t)list_rows)
		first = form.n - (size_t)list_rows;
	for (size_t i = first; i < form.n && (int)(i - first) < list_rows; i++) {
		enum style st = form.focus == FOCUS_LIST && i == form.sel ? STYLE_REVERSE : STYLE_NORMAL;
		draw_fill(y, 2, w, st);
		draw_textf(y++, 3, w - 2, st, "%2zu. %s  (%s)", i + 1, form.members[i].name,
			   form.members[i].group);
	}
	if (form.n == 0)
		draw_text(y, 3, w, STYLE_DIM, _("No members yet."));
	y = bottom - 3;
	/* TRANSLATORS: a field's label, at most 12 cells. */
	draw_text(y, 2, 12, STYLE_BOLD, _("Name"));
	field_draw(&form.member, y, 16, w - 14, form.focus == FOCUS_MEMBER);
	/* TRANSLATORS: a field's label, at most 12 cells. */
	draw_text(y + 1, 2, 12, STYLE_BOLD, _("Group"));
	field_draw(&form.group, y + 1, 16, w - 14, form.focus == FOCUS_GROUP);
	draw_text(y + 3, 2, w, STYLE_DIM,
		  form.focus == FOCUS_GROUP ?
			  _("Tab offers the groups known so far.") :
			  _("Enter on an empty name saves the team. Up goes to the list to edit."));
}

static void save(struct app *a)
{
	char *name = text_trim(xstrdup(form.name.text));
	if (!*name) {
		form.focus = FOCUS_NAME;
		app_error(a, "%s", _("Give the team a name first."));
	} else if (form.n == 0) {
		form.focus = FOCUS_MEMBER;
		app_error(a, "%s", _("Add at least one member: a name, then a group."));
	} else if (!store_create_team(a->store, NULL, name, form.members, form.n, NULL)) {
		app_error(a, _("The team was not saved: %s"), store_error(a->store));
	} else {
		app_say(a,
			ngettext("Created the team \"%s\" with %zu member. Enter starts a meeting.",
				 "Created the team \"%s\" with %zu members. Enter starts a meeting.",
				 form.n),
			name, form.n);
		clear_members();
		app_go(a, &screen_home);
	}
	free(name);
}

/* Cycles the group field through the groups used so far and the defaults. */
static void complete_group(void)
{
	const char *known[MAX_MEMBERS + ARRAY_LEN(default_groups)];
	size_t n = 0;
	for (size_t i = 0; i < ARRAY_LEN(default_groups); i++)
		known[n++] = _(default_groups[i]);
	for (size_t i = 0; i < form.n; i++) {
		size_t j = 0;
		while (j < n && strcmp(known[j], form.members[i].group) != 0)
			j++;
		if (j == n)
			known[n++] = form.members[i].group;
	}
	size_t at = 0;
	while (at < n && strcmp(known[at], form.group.text) != 0)
		at++;
	field_set(&form.group, known[at < n ? (at + 1) % n : 0]);
}

static void add_member(struct app *a)
{
	char *name = text_trim(xstrdup(form.member.text));
	char *group = text_trim(xstrdup(form.group.text));
	if (!*group) {
		app_error(a, _("Give a group for %s (Tab offers the known groups)."), name);
		free(name);
		free(group);
		return;
	}
	form.members[form.n++] = (struct new_member){ name, group };
	field_clear(&form.member);
	form.focus = FOCUS_MEMBER;
	app_say(a, _("Added %s (%s)."), name, group);
}

static void enter_pressed(struct app *a)
{
	switch (form.focus) {
	case FOCUS_NAME:
		if (!*text_trim(form.name.text))
			app_error(a, "%s", _("Give the team a name first."));
		else
			form.focus = FOCUS_MEMBER;
		form.name.len = form.name.cursor = strlen(form.name.text);
		break;
	case FOCUS_MEMBER:
		if (!*text_trim(form.member.text)) {
			field_clear(&form.member);
			save(a);
		} else if (form.n == MAX_MEMBERS) {
			app_error(a, _("A team has at most %d members."), MAX_MEMBERS);
		} else {
			form.focus = FOCUS_GROUP;
		}
		break;
	case FOCUS_GROUP:
		add_member(a);
		break;
	case FOCUS_LIST:
		break;
	}
}

static void discard(struct app *a)
{
	clear_members();
	app_go(a, &screen_home);
}

static void remove_selected(struct app *a)
{
	if (form.sel >= form.n)
		return;
	app_say(a, _("Removed %s."), form.members[form.sel].name);
	free((char *)form.members[form.sel].name);
	free((char *)form.members[form.sel].group);
	memmove(&form.members[form.sel], &form.members[form.sel + 1],
		(form.n - form.sel - 1) * sizeof *form.members);
	form.n--;
	if (form.n == 0)
		form.focus = FOCUS_MEMBER;
	else if (form.sel == form.n)
		form.sel--;
}

static void cancel(struct app *a)
{
	if (form.n || form.name.len)
		app_confirm(a, _("Discard this team? Nothing of it has been saved."), discard);
	else
		discard(a);
}

static void act_list(struct app *a, enum action act)
{
	switch (act) {
	case ACT_UP:
		if (form.sel > 0)
			form.sel--;
		break;
	case ACT_DOWN:
		if (++form.sel >= form.n) {
			form.sel = form.n ? form.n - 1 : 0;
			form.focus = FOCUS_MEMBER;
		}
		break;
	case ACT_EDIT:
		field_set(&form.member, form.members[form.sel].name);
		field_set(&form.group, form.members[form.sel].group);
		remove_selected(a);
		app_say(a, "%s", _("Editing: change the name or group, then Enter."));
		form.focus = FOCUS_MEMBER;
		break;
	case ACT_DELETE: {
		char *q = xasprintf(_("Remove %s from the team?"), form.members[form.sel].name);
		app_confirm(a, q, remove_selected);
		free(q);
		break;
	}
	case ACT_ENTER:
		form.focus = FOCUS_MEMBER;
		break;
	case ACT_CANCEL:
		cancel(a);
		break;
	default:
		break;
	}
}

static void act(struct app *a, enum action act, int key)
{
	if (form.focus == FOCUS_LIST) {
		act_list(a, act);
		return;
	}
	if (app_edit_field(a, focused(), act, key))
		return;
	switch (act) {
	case ACT_ENTER:
		enter_pressed(a);
		break;
	case ACT_COMPLETE:
		if (form.focus == FOCUS_GROUP)
			complete_group();
		else
			form.focus = form.focus == FOCUS_NAME ? FOCUS_MEMBER : FOCUS_GROUP;
		break;
	case ACT_UP:
		if (form.focus == FOCUS_GROUP)
			form.focus = FOCUS_MEMBER;
		else if (form.focus == FOCUS_MEMBER && form.n) {
			form.focus = FOCUS_LIST;
			form.sel = form.n - 1;
		} else if (form.focus == FOCUS_MEMBER)
			form.focus = FOCUS_NAME;
		break;
	case ACT_CANCEL:
		cancel(a);
		break;
	default:
		break;
	}
}

static bool typing(const struct app *a)
{
	(void)a;
	return form.focus != FOCUS_LIST;
}

const struct screen screen_team = {
	.title = N_("New team"),
	.scope = SCOPE_TEAM,
	.enter = enter,
	.draw = draw,
	.act = act,
	.typing = typing,
};
