/*
 * screen-followup: at the start of a meeting, the action items the team
 * left open or carried over in earlier meetings. Each can be marked done,
 * carried over (it comes back next time) or dropped; each mark is saved at
 * once. Enter goes on to the meeting.
 */
#include "app.h"
#include "convene/i18n.h"
#include "convene/store-history.h"
#include "draw.h"

#include <stdlib.h>

static struct {
	struct followup_action *items;
	size_t n, sel;
} fu;

static void release(void)
{
	followup_actions_free(fu.items, fu.n);
	fu.items = NULL;
	fu.n = fu.sel = 0;
}

void followup_or_meeting(struct app *a)
{
	release();
	if (!store_followup_actions(a->store, a->session.team_id, a->session.meeting_id, &fu.items,
				    &fu.n))
		app_error(a, "%s", store_error(a->store));
	if (fu.n)
		app_go(a, &screen_followup);
	else
		app_show_meeting(a);
}

static void draw(struct app *a)
{
	meeting_header(a);
	int y = frame_top(), bottom = frame_bottom(), w = draw_cols() - 4;
	draw_textf(y++, 2, w, STYLE_TITLE, _("Action items from earlier meetings: %zu"), fu.n);
	/* The room's first screen of the meeting: its keys whole, wrapped. */
	y += draw_wrapped(y, 2, w, 2, STYLE_DIM,
			  _("d done, c carry over to next time, x drop, o open again; Enter begins "
			    "the meeting."));
	y++;
	size_t rows = (size_t)(bottom - y + 1) / 2;
	size_t first = rows && fu.sel >= rows ? fu.sel - rows + 1 : 0;
	for (size_t i = first; i < fu.n && y + 1 <= bottom; i++) {
		const struct followup_action *f = &fu.items[i];
		enum style st = i == fu.sel ? STYLE_REVERSE : STYLE_NORMAL;
		draw_fill(y, 2, w, st);
		/* Statuses are stored in English and shown translated (the core
		 * marks them N_). */
		draw_text(y, 3, 10, f->status == ACTION_OPEN ? st : STYLE_BOLD,
			  _(action_status_name(f->status)));
		draw_text(y++, 14, w - 12, st, f->text);
		const char *owner = f->owner_name ? f->owner_name : _("nobody yet");
		if (f->due)
			draw_textf(y++, 14, w - 12, STYLE_DIM,
				   _("%s, due %s, from meeting #%lld of %s"), owner, f->due,
				   (long long)f->meeting_id, f->date);
		else
			draw_textf(y++, 14, w - 12, STYLE_DIM, _("%s, from meeting #%lld of %s"),
				   owner, (long long)f->meeting_id, f->date);
	}
}

static void set_status(struct app *a, enum action_status status)
{
	if (!fu.n)
		return;
	struct followup_action *f = &fu.items[fu.sel];
	struct store_now now;
	enum store_edit r = store_set_action_status(a->store, f->id, f->version, status, &now);
	if (r == STORE_CHANGED) {
		/* A mark is one key: read the list again and let it be pressed
		 * again on the item as it is now, rather than ask. */
		size_t sel = fu.sel;
		free(now.text);
		release();
		if (!store_followup_actions(a->store, a->session.team_id, a->session.meeting_id,
					    &fu.items, &fu.n))
			app_error(a, "%s", store_error(a->store));
		fu.sel = sel < fu.n ? sel : fu.n ? fu.n - 1 : 0;
		app_error(a, "%s",
			  _("That action item was changed elsewhere since this list was read; it "
			    "shows as it is now. Press the key again to mark it."));
		return;
	}
	if (r != STORE_SAVED) {
		app_error(a, _("Not saved: %s"), store_error(a->store));
		return;
	}
	f->status = status;
	f->version = now.version;
	app_say(a, _("Saved: %s."), _(action_status_name(status)));
	if (fu.sel + 1 < fu.n)
		fu.sel++;
}

static void act(struct app *a, enum action act, int key)
{
	if (app_list_move(act, &fu.sel, fu.n))
		return;
	switch (act) {
	case ACT_STATUS:
		set_status(a, key == 'd' ? ACTION_DONE : key == 'c' ? ACTION_CARRIED :
			      key == 'x' ? ACTION_DROPPED : ACTION_OPEN);
		break;
	case ACT_ENTER:
		release();
		app_show_meeting(a);
		break;
	default:
		break;
	}
}

const struct screen screen_followup = {
	.title = N_("Action items from earlier meetings"),
	.scope = SCOPE_FOLLOWUP,
	.draw = draw,
	.act = act,
};
