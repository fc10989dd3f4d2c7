/*
 * screen-timer: the current step's time in big digits that fill the
 * terminal, for the back of the room, with the meeting's planned and
 * projected end and how far ahead or behind it is.
 */
#include "app.h"
#include "bigtime.h"
#include "draw.h"

#include <stdio.h>
#include <time.h>

/* "11:42" for a time in seconds since 1970. */
static void clock_at(time_t t, char *out, size_t size)
{
	struct tm tm;
	localtime_r(&t, &tm);
	strftime(out, size, "%H:%M", &tm);
}

static void draw(struct app *a)
{
	meeting_header(a);
	const struct meeting *m = &a->session.engine;
	const struct step *st = meeting_current_step(m);
	int64_t now = app_now_ms();
	int y = frame_top(), w = draw_cols() - 4, h = frame_bottom() - y - 2;
	draw_text(y, 2, w, STYLE_TITLE, st ? st->title : "All steps are done");
	struct step_timer t;
	meeting_timer(m, now, &t);
	char text[16];
	bigtime_format(t.planned_ms ? t.left_ms : t.elapsed_ms, t.overtime, text, sizeof text);
	enum style style = t.overtime || t.warning ? STYLE_ALERT : STYLE_REVERSE;
	bigtime_draw(y + 2, 2, w, h - 2, style, text);
	const char *state = t.paused ? "PAUSED" : t.overtime ? "OVER TIME" : t.warning ? "TIME IS NEARLY UP" :
			    t.planned_ms ? "left" : "elapsed";
	draw_text(y + 1, 2, w, t.paused || t.overtime || t.warning ? STYLE_ALERT : STYLE_DIM, state);
	/* The plan as scheduled from the start, and where the meeting is now
	 * heading, pauses and breaks included: what the room feels. */
	struct meeting_clock c;
	meeting_clock(m, now, &c);
	time_t planned_end = (time_t)(a->session.started_at + c.planned_ms / 1000);
	time_t projected_end = time(NULL) + (time_t)(c.remaining_ms / 1000);
	char planned[8], projected[8];
	clock_at(planned_end, planned, sizeof planned);
	clock_at(projected_end, projected, sizeof projected);
	int64_t behind = (int64_t)(projected_end - planned_end) / 60;
	draw_textf(frame_bottom(), 2, w, STYLE_BOLD, "Planned end %s, projected end %s: %s", planned,
		   projected, behind > 0 ? "behind" : behind < 0 ? "ahead" : "on time");
	if (behind)
		draw_textf(frame_bottom(), 2 + 44, w - 44, STYLE_BOLD, "by %lld min",
			   (long long)(behind < 0 ? -behind : behind));
}

static void act(struct app *a, enum action act, int key)
{
	(void)key;
	if (act == ACT_BIG_TIMER)
		app_show_meeting(a);
	else
		meeting_act(a, act);
}

const struct screen screen_timer = {
	.title = "Timer",
	.scope = SCOPE_TIMER,
	.draw = draw,
	.act = act,
};
