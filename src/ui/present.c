/*
 * present: the room view in a terminal of its own, for the projector. It
 * follows the running meeting from the database while the facilitator's
 * terminal keeps the controls, and draws it with the same room view
 * (room.c) the facilitator's screen shows. It reads the meeting again only
 * when another connection committed, and redraws once a second for the
 * clock. It never shows an individual rating, whatever the entry mode.
 */
#include "draw.h"
#include "room.h"
#include "seats-follow.h"
#include "convene/i18n.h"
#include "convene/store-seats.h"
#include "convene/store.h"
#include "convene/text.h"
#include "convene/ui.h"
#include "convene/util.h"

#include <curses.h>
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <sysexits.h>
#include <string.h>
#include <time.h>

static volatile sig_atomic_t present_stop;

static void on_stop(int sig)
{
	present_stop = sig;
}

static int64_t mono_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

struct follow {
	struct session s;
	const struct catalog *catalog;
	bool have;
	char *why;   /* why no meeting is shown */
	char *state; /* the meeting asked for, when it is not running */
};

/* What the meeting asked for is, when it is not running: one that has
 * closed is never shown as "closing", and one no longer there is named. */
static char *not_running(struct store *st, int64_t id)
{
	bool found;
	struct meeting_info m;
	if (!store_meeting_info(st, id, &found, &m))
		return xasprintf(_("Meeting %lld cannot be read: %s"), (long long)id, store_error(st));
	if (!found)
		return xasprintf(_("There is no meeting %lld on record (any more)."), (long long)id);
	char *out = NULL;
	if (m.status != MEETING_RUNNING) {
		char *team = text_sanitize(m.team_name ? m.team_name : "", TEXT_ONE_LINE);
		/* TRANSLATORS: 'convene review' is the command: keep it as it is. */
		out = xasprintf(m.status == MEETING_APPROVED ?
					_("Meeting %lld of %s, started %.10s, is closed and approved: "
					  "there is nothing to follow. 'convene review' shows its record; "
					  "this view follows it again if it is reopened.") :
					_("Meeting %lld of %s, started %.10s, is closed: there is nothing "
					  "to follow. 'convene review' shows its record; this view follows "
					  "it again if it is reopened."),
				(long long)id, team, m.started_at ? m.started_at : "");
		free(team);
	}
	meeting_info_free(&m);
	return out;
}

/* The running meeting to follow: the one asked for, or the newest. It is
 * rebuilt from the store as the facilitator's terminal would resume it, so
 * both draw the same engine with the same rules. */
static void load(struct store *st, const struct catalog *c, const char *key, struct follow *f)
{
	if (f->have)
		session_finish(&f->s);
	f->have = false;
	free(f->why);
	f->why = NULL;
	free(f->state);
	f->state = NULL;
	int64_t id = 0;
	if (key) {
		id = strtoll(key, NULL, 10);
		f->state = not_running(st, id);
		if (f->state)
			return;
	} else {
		struct meeting_info *m;
		size_t n;
		if (store_list_meetings(st, &(const enum meeting_status){ MEETING_RUNNING }, 1, &m, &n)) {
			if (n)
				id = m[0].id;
			meeting_infos_free(m, n);
		}
	}
	if (id <= 0)
		return;
	f->have = session_resume(&f->s, st, c, id, mono_ms());
	if (!f->have) {
		f->why = xstrdup(session_error(&f->s));
		session_finish(&f->s);
	}
}

static void draw_frame(const struct follow *f)
{
	if (LINES < 10 || COLS < 40) {
		draw_clear();
		draw_wrapped(0, 0, COLS, LINES, STYLE_BOLD,
			     _("The terminal is too small for the room view: 40x10 at least. "
			       "Enlarge the window or use a smaller font."));
	} else if (!f->have) {
		draw_clear();
		draw_text(0, 1, COLS - 2, STYLE_TITLE, "convene present");
		int y = 2 + draw_wrapped(2, 2, COLS - 4, LINES - 4, STYLE_NORMAL, f->state ? f->state :
					 _("No meeting is running yet. This view follows the meeting "
					   "as soon as the facilitator starts or resumes one."));
		if (f->why)
			draw_wrapped(y + 1, 2, COLS - 4, 3, STYLE_DIM, f->why);
		draw_text(LINES - 1, 1, COLS - 2, STYLE_DIM, _("read-only view  |  q quits"));
	} else {
		room_draw(&f->s, f->catalog, mono_ms());
	}
	draw_cursor(0, 0, false);
	draw_finish();
}

int ui_present(struct store *s, const struct catalog *c, const char *meeting,
	       const struct ui_options *opt)
{
	if (!draw_start(opt->theme, on_stop, NULL))
		return EX_USAGE;
	struct follow f = { .catalog = c };
	struct seat_locks locks;
	if (!seat_locks_open(&locks, store_file(s)))
		locks.fd = -1; /* no seats counted: the view goes on */
	int64_t version = -1;
	bool quit = false;
	while (!quit && !present_stop) {
		int64_t v = store_data_version(s);
		/* Read again when another connection committed, or while waiting
		 * for a meeting to begin. */
		if (v != version || !f.have) {
			load(s, c, meeting, &f);
			version = v;
		}
		if (f.have) {
			f.s.seats_open = seats_count(&locks, &f.s);
			f.s.facilitator_away =
				locks.fd >= 0 && !seat_lock_facilitated(&locks, f.s.meeting_id);
		}
		draw_frame(&f);
		/* A quarter of a second at most: what seats enter shows within
		 * one; the clock still turns on the second. */
		int wait = 1000 - (int)(mono_ms() % 1000);
		timeout(wait > 250 ? 250 : wait);
		errno = 0;
		int ch = getch();
		if (ch == ERR && (errno == EIO || draw_terminal_gone()))
			break;
		quit = ch == 'q' || ch == 'Q';
	}
	if (f.have)
		session_finish(&f.s);
	seat_locks_close(&locks);
	free(f.why);
	free(f.state);
	endwin();
	return present_stop == SIGINT ? 130 : present_stop ? 128 + present_stop : 0;
}
