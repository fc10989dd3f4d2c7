/*
 * screen-room: the room view on the facilitator's own terminal, when it is
 * the one projected. It draws exactly what `convene present` draws (room.c)
 * and keeps only the keys that move the meeting: next and back, the clock,
 * a break; t or Esc brings the controls back. It stays the room view from
 * step to step until then.
 */
#include "app.h"
#include "entries.h"
#include "room.h"
#include "convene/i18n.h"

static void draw(struct app *a)
{
	room_draw(&a->session, a->catalog, app_now_ms());
}

static void act(struct app *a, enum action act, int key)
{
	(void)key;
	struct session *s = &a->session;
	if (act == ACT_BIG_TIMER) {
		a->room_view = false;
		app_show_meeting(a);
		return;
	}
	if (s->engine.on_break) {
		/* During a break only ending it moves anything. */
		if (act == ACT_BREAK || act == ACT_NEXT) {
			if (!session_end_break(s, app_now_ms()))
				app_error(a, "%s", session_error(s));
		} else if (act == ACT_PAUSE || act == ACT_PREV) {
			app_say(a, "%s", _("A break is on: Enter or B ends it."));
		} else {
			meeting_act(a, act);
		}
		return;
	}
	/* Quiet writing ends as it does on the step's own screen. */
	if (!entries_silence_act(a, act))
		meeting_act(a, act);
}

static int wait_ms(const struct app *a)
{
	(void)a;
	return 1000;
}

const struct screen screen_room = {
	.title = N_("Room view"),
	.scope = SCOPE_TIMER,
	.draw = draw,
	.act = act,
	.wait_ms = wait_ms,
	.bare = true,
};
