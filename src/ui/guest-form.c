/* guest-form: adding a guest for one meeting; see guest-form.h. */
#include "guest-form.h"
#include "draw.h"
#include "convene/i18n.h"

void guest_form_open(struct guest_form *g)
{
	field_clear(&g->name);
	field_clear(&g->group);
	g->on_group = false;
	g->open = true;
}

void guest_form_draw(const struct guest_form *g, int y, int w)
{
	draw_text(y++, 2, w, STYLE_BOLD, _("A guest for this meeting only"));
	/* TRANSLATORS: the labels of the guest form's two fields; at most 7 cells. */
	draw_text(y, 4, 8, STYLE_NORMAL, _("Name"));
	field_draw(&g->name, y++, 12, w - 10, !g->on_group);
	draw_text(y, 4, 8, STYLE_NORMAL, _("Group"));
	field_draw(&g->group, y++, 12, w - 10, g->on_group);
	draw_wrapped(y + 1, 2, w, 3, STYLE_DIM,
		     _("A guest may hold a role or own an action item; they do not join the team's "
		       "list or its rotation. Leave the group empty for \"guest\"."));
}

enum guest_step guest_form_act(struct app *a, struct guest_form *g, enum action act, int key)
{
	if (app_edit_field(a, g->on_group ? &g->group : &g->name, act, key))
		return GUEST_TYPING;
	if (act == ACT_CANCEL) {
		g->open = false;
		return GUEST_CANCELLED;
	}
	if (act == ACT_UP)
		g->on_group = false;
	else if (act == ACT_ENTER && !g->on_group)
		g->on_group = true;
	else if (act == ACT_ENTER)
		return GUEST_DONE;
	return GUEST_TYPING;
}

const char *guest_form_group(const struct guest_form *g)
{
	return *g->group.text ? g->group.text : "guest";
}
