/*
 * screen-break: a break anyone may call. The meeting clock stops; the
 * break counts down in big digits, and counts up once it runs over.
 */
#include "app.h"
#include "bigtime.h"
#include "draw.h"
#include "convene/i18n.h"

static void draw(struct app *a)
{
	meeting_header(a);
	const struct meeting *m = &a->session.engine;
	int y = frame_top(), w = draw_cols() - 4, h = frame_bottom() - y - 2;
	int64_t left = meeting_break_left_ms(m, app_now_ms());
	const char *tag = _(" BREAK ");
	int x = 2 + draw_text(y, 2, w, STYLE_ALERT, tag) + 1;
	draw_text(y, x, w + 2 - x, STYLE_BOLD, left >= 0 ? _("back in") : _("over by"));
	char text[16];
	bigtime_format(left, left < 0, text, sizeof text);
	bigtime_draw(y + 2, 2, w, h - 2, STYLE_BOLD, text);
	draw_text(frame_bottom(), 2, w, STYLE_DIM,
		  _("The meeting clock is stopped. Enter ends the break; > and < change its length."));
}

static void act(struct app *a, enum action act, int key)
{
	(void)key;
	const struct meeting *m = &a->session.engine;
	switch (act) {
	case ACT_BREAK:
		if (!session_end_break(&a->session, app_now_ms()))
			app_error(a, "%s", session_error(&a->session));
		else
			app_say(a, "%s", m->paused ? _("Welcome back. The clock is still paused, as "
						       "before the break: p lets it run.") :
						     _("Welcome back: the meeting clock runs again."));
		app_show_meeting(a);
		break;
	case ACT_MORE_TIME:
	case ACT_LESS_TIME:
		if (!session_break_length(&a->session, act == ACT_MORE_TIME ? 60000 : -60000))
			app_error(a, "%s", session_error(&a->session));
		break;
	default:
		break;
	}
}

const struct screen screen_break = {
	.title = N_("Break"),
	.scope = SCOPE_BREAK,
	.draw = draw,
	.act = act,
};
