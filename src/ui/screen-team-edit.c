/*
 * screen-team-edit: a team over the years (e on the home screen): its
 * name, its members and their groups. Each change is saved at once: a new
 * name, a member added, renamed or moved to another group, a group renamed
 * for the whole team, a member retired (asked first). A retired member is
 * never deleted: they leave the list, attendance and rotation, and every
 * record keeps their name. Earlier meetings keep the names and groups of
 * their day.
 */
#include "app.h"
#include "draw.h"
#include "convene/i18n.h"
#include "input.h"
#include "convene/util.h"

#include <stdlib.h>
#include <string.h>

enum editing { NOTHING, TEAM_NAME, MEMBER_NAME, MEMBER_GROUP, GROUP_NAME };

static struct {
	struct team_list teams;
	struct team *team;
	size_t sel; /* 0 the team's name, 1..n a member, n + 1 adding one */
	enum editing editing;
	struct field name, group;
	char *old_group; /* the group being renamed */
} ed;

static void reload(struct app *a)
{
	team_list_free(&ed.teams);
	ed.team = NULL;
	if (!store_load_team(a->store, a->team_id, &ed.teams))
		app_error(a, "%s", store_error(a->store));
	for (size_t i = 0; i < ed.teams.n; i++)
		if (ed.teams.teams[i].id == a->team_id)
			ed.team = &ed.teams.teams[i];
	if (ed.team && ed.sel > ed.team->n_members + 1)
		ed.sel = ed.team->n_members + 1;
}

static void enter(struct app *a)
{
	ed.sel = 0;
	ed.editing = NOTHING;
	reload(a);
	if (!ed.team)
		app_go(a, &screen_home);
}

static void leave(struct app *a)
{
	team_list_free(&ed.teams);
	ed.team = NULL;
	free(ed.old_group);
	ed.old_group = NULL;
	app_go(a, &screen_home);
}

static const struct member *selected(void)
{
	return ed.team && ed.sel >= 1 && ed.sel <= ed.team->n_members ? &ed.team->members[ed.sel - 1] :
									 NULL;
}

static void draw(struct app *a)
{
	if (!ed.team)
		return;
	char *left = xasprintf(_("Team: %s"), ed.team->name);
	/* TRANSLATORS: the header's right side, where the user is: editing. */
	frame_header(a, left, _("edit"));
	free(left);
	int y = frame_top(), w = draw_cols() - 4, bottom = frame_bottom();
	draw_text(y++, 2, w, STYLE_DIM,
		  _("Each change is saved at once; earlier records stay as they were."));
	y++;
	enum style st = ed.sel == 0 ? STYLE_REVERSE : STYLE_NORMAL;
	draw_fill(y, 2, w, st);
	/* TRANSLATORS: a field's label, at most 12 cells. */
	draw_text(y, 3, 12, st, _("Team name"));
	if (ed.editing == TEAM_NAME)
		field_draw(&ed.name, y, 16, w - 14, true);
	else
		draw_text(y, 16, w - 14, st, ed.team->name);
	y += 2;
	draw_textf(y++, 2, w, STYLE_TITLE, _("Members (%zu)"), ed.team->n_members);
	const char **names = xcalloc(ed.team->n_members + 1, sizeof *names);
	for (size_t i = 0; i < ed.team->n_members; i++)
		names[i] = ed.team->members[i].name;
	int nw = draw_names_width(names, ed.team->n_members, 20, w / 2 - 4);
	free(names);
	/* Room for the fields under the list while one is being typed. */
	int last = bottom - (ed.editing == NOTHING ? 0 : 4);
	size_t rows = last >= y ? (size_t)(last - y + 1) : 1;
	size_t first = ed.sel > rows ? ed.sel - rows : 0;
	for (size_t i = first + 1; i <= ed.team->n_members + 1 && y <= last; i++, y++) {
		st = i == ed.sel ? STYLE_REVERSE : STYLE_NORMAL;
		draw_fill(y, 2, w, st);
		if (i > ed.team->n_members) {
			draw_text(y, 3, w - 2, st, _("+ add a member"));
			continue;
		}
		const struct member *m = &ed.team->members[i - 1];
		draw_name(y, 3, nw, st, m->name);
		draw_text(y, 3 + nw + 2, w - nw - 4, st, m->group);
	}
	if (ed.editing == MEMBER_NAME || ed.editing == MEMBER_GROUP) {
		y = bottom - 2;
		/* TRANSLATORS: a field's label, at most 8 cells. */
		draw_text(y, 2, 8, STYLE_BOLD, _("Name"));
		field_draw(&ed.name, y, 10, w - 8, ed.editing == MEMBER_NAME);
		/* TRANSLATORS: a field's label, at most 8 cells. */
		draw_text(y + 1, 2, 8, STYLE_BOLD, _("Group"));
		field_draw(&ed.group, y + 1, 10, w - 8, ed.editing == MEMBER_GROUP);
		draw_text(y + 2, 2, w, STYLE_DIM,
			  ed.editing == MEMBER_GROUP ? _("Tab offers the team's groups. Enter saves.") :
						       _("Enter goes on to the group. Esc cancels."));
	} else if (ed.editing == GROUP_NAME) {
		y = bottom - 1;
		draw_textf(y, 2, w, STYLE_BOLD, _("Rename the group \"%s\" for the whole team:"),
			   ed.old_group);
		field_draw(&ed.group, y + 1, 4, w - 2, true);
	}
}

/* Cycles the group field through the team's groups. */
static void complete_group(void)
{
	size_t n = ed.team->n_members, at = n;
	for (size_t i = 0; i < n; i++)
		if (strcmp(ed.team->members[i].group, ed.group.text) == 0)
			at = i;
	for (size_t k = 1; k <= n; k++) {
		const char *g = ed.team->members[(at + k) % n].group;
		if (at == n || strcmp(g, ed.group.text) != 0) {
			field_set(&ed.group, g);
			return;
		}
	}
}

/* done: what is said when ok, a whole sentence. */
static void saved(struct app *a, bool ok, char *done)
{
	if (!ok) {
		app_error(a, _("Not saved: %s"), store_error(a->store));
		free(done);
		return;
	}
	app_say(a, "%s", done);
	free(done);
	ed.editing = NOTHING;
	reload(a);
}

static void finish_edit(struct app *a)
{
	const struct member *m = selected();
	switch (ed.editing) {
	case TEAM_NAME:
		saved(a, store_rename_team(a->store, ed.team->id, ed.name.text),
		      xasprintf(_("Team renamed: %s."), ed.name.text));
		break;
	case MEMBER_NAME:
		ed.editing = MEMBER_GROUP;
		break;
	case MEMBER_GROUP:
		if (m)
			saved(a, store_update_member(a->store, m->id, ed.name.text, ed.group.text),
			      xasprintf(_("Saved %s."), ed.name.text));
		else
			saved(a, store_add_member(a->store, ed.team->id, ed.name.text, ed.group.text, NULL),
			      xasprintf(_("Added to the team: %s."), ed.name.text));
		break;
	case GROUP_NAME: {
		size_t n = 0;
		bool ok = store_rename_group(a->store, ed.team->id, ed.old_group, ed.group.text, &n);
		if (ok) {
			app_say(a,
				ngettext("The group \"%s\" is now \"%s\" (%zu member).",
					 "The group \"%s\" is now \"%s\" (%zu members).", n),
				ed.old_group, ed.group.text, n);
			ed.editing = NOTHING;
			reload(a);
		} else {
			app_error(a, _("Not saved: %s"), store_error(a->store));
		}
		break;
	}
	case NOTHING:
		break;
	}
}

static void start_edit(void)
{
	const struct member *m = selected();
	if (ed.sel == 0) {
		field_set(&ed.name, ed.team->name);
		ed.editing = TEAM_NAME;
	} else {
		field_set(&ed.name, m ? m->name : "");
		field_set(&ed.group, m ? m->group :
				ed.team->n_members ? ed.team->members[ed.team->n_members - 1].group : "");
		ed.editing = MEMBER_NAME;
	}
}

static void retire(struct app *a)
{
	const struct member *m = selected();
	if (!m)
		return;
	char *name = xstrdup(m->name);
	if (store_retire_member(a->store, m->id))
		app_say(a, _("%s is retired: off the list, attendance and rotation; earlier records "
			     "keep their name."),
			name);
	else
		app_error(a, _("Not saved: %s"), store_error(a->store));
	free(name);
	reload(a);
}

static void act(struct app *a, enum action act, int key)
{
	if (!ed.team)
		return;
	if (ed.editing != NOTHING) {
		struct field *f = ed.editing == TEAM_NAME || ed.editing == MEMBER_NAME ? &ed.name : &ed.group;
		if (app_edit_field(a, f, act, key))
			return;
		if (act == ACT_ENTER)
			finish_edit(a);
		else if (act == ACT_CANCEL)
			ed.editing = NOTHING;
		else if (act == ACT_COMPLETE && ed.editing == MEMBER_GROUP)
			complete_group();
		else if (act == ACT_COMPLETE && ed.editing == MEMBER_NAME)
			ed.editing = MEMBER_GROUP;
		else if (act == ACT_UP && ed.editing == MEMBER_GROUP)
			ed.editing = MEMBER_NAME;
		return;
	}
	if (app_list_move(act, &ed.sel, ed.team->n_members + 2))
		return;
	switch (act) {
	case ACT_ENTER:
	case ACT_EDIT:
		start_edit();
		break;
	case ACT_ADD:
		ed.sel = ed.team->n_members + 1;
		start_edit();
		break;
	case ACT_RETIRE:
		if (selected()) {
			char *q = xasprintf(_("Retire %s? They leave the team's list, attendance "
					      "and rotation; earlier records keep their name."),
					    selected()->name);
			app_confirm(a, q, retire);
			free(q);
		}
		break;
	case ACT_RENAME_GROUP:
		if (selected()) {
			free(ed.old_group);
			ed.old_group = xstrdup(selected()->group);
			field_set(&ed.group, ed.old_group);
			ed.editing = GROUP_NAME;
		}
		break;
	case ACT_CANCEL:
		leave(a);
		break;
	default:
		break;
	}
}

static bool available(const struct app *a, enum action act)
{
	(void)a;
	if (act == ACT_RETIRE || act == ACT_RENAME_GROUP)
		return selected() != NULL;
	return true;
}

static bool typing(const struct app *a)
{
	(void)a;
	return ed.editing != NOTHING;
}

const struct screen screen_team_edit = {
	.title = N_("Edit a team"),
	.scope = SCOPE_TEAMEDIT,
	.enter = enter,
	.draw = draw,
	.act = act,
	.available = available,
	.typing = typing,
};
