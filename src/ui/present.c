/*
 * present: the read-only view for the projector. It follows the running
 * meeting from the database, so it can run in a second terminal while the
 * facilitator's terminal keeps the controls: the step, the big timer, the
 * roles, and what has been captured. It reads the meeting again only when
 * another connection committed, and redraws once a second for the clock.
 * It never shows an individual rating, whatever the entry mode.
 */
#include "bigtime.h"
#include "draw.h"
#include "convene/store.h"
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
	struct meeting_record r;
	bool have;
	int64_t loaded_ms; /* when r was read, to advance its clock */
};

/* The running meeting to follow: the one asked for, or the newest. */
static bool load(struct store *s, const char *key, struct follow *f)
{
	char *wanted = key ? xstrdup(key) : NULL;
	if (!wanted) {
		struct meeting_info *m;
		size_t n;
		if (!store_list_meetings(s, &(const enum meeting_status){ MEETING_RUNNING }, 1, &m, &n))
			return false;
		if (n)
			wanted = xasprintf("%lld", (long long)m[0].id);
		meeting_infos_free(m, n);
	}
	if (f->have)
		meeting_record_free(&f->r);
	f->have = false;
	bool found = false;
	bool ok = !wanted || store_load_meeting(s, wanted, &found, &f->r);
	f->have = ok && found;
	f->loaded_ms = mono_ms();
	free(wanted);
	return ok;
}

static const char *kind_of(const struct follow *f)
{
	return f->r.info.step < f->r.n_steps ? f->r.steps[f->r.info.step].kind : "";
}

/* Lines of what the current step has captured, newest last. */
static void captured(const struct follow *f, struct strbuf *out)
{
	const struct meeting_record *r = &f->r;
	size_t step = r->info.step;
	const char *kind = kind_of(f);
	if (strcmp(kind, "rating") == 0 || strcmp(kind, "norms") == 0) {
		size_t n = 0;
		const char *dim = NULL;
		for (size_t i = 0; i < r->n_ratings; i++)
			if (r->ratings[i].step == step && r->ratings[i].dim_index == r->info.dim) {
				n++;
				dim = r->ratings[i].dimension_title;
			}
		size_t present = 0;
		for (size_t i = 0; i < r->n_attendees; i++)
			present += r->attendees[i].present;
		strbuf_addf(out, "%s%s%zu of %zu have rated\n", dim ? dim : "", dim ? ": " : "", n, present);
		return;
	}
	for (size_t i = 0; i < r->n_items; i++)
		if (r->items[i].step == step && !r->items[i].off_record)
			strbuf_addf(out, "- %s\n", r->items[i].text);
	for (size_t i = 0; i < r->n_points; i++)
		if (r->points[i].step == step)
			strbuf_addf(out, "- %s%s\n", r->points[i].text,
				    r->points[i].n_agreed ? "" : " (draft)");
	for (size_t i = 0; i < r->n_decisions; i++)
		if (r->decisions[i].step == step)
			strbuf_addf(out, "- %s: %s\n", r->decisions[i].topic,
				    decision_status_name(r->decisions[i].status));
	for (size_t i = 0; i < r->n_actions; i++)
		if (r->actions[i].step == step)
			strbuf_addf(out, "- %s (%s)\n", r->actions[i].text,
				    r->actions[i].owner_name ? r->actions[i].owner_name : "no owner yet");
}

static void draw_meeting(const struct follow *f)
{
	const struct meeting_record *r = &f->r;
	const struct meeting_info *m = &r->info;
	bool closing = m->view == VIEW_CLOSING || m->step >= r->n_steps;
	const struct step_record *st = closing ? NULL : &r->steps[m->step];
	int64_t elapsed = st ? st->actual_ms : 0;
	if (st && m->clock_running_ms >= 0)
		elapsed += m->clock_running_ms + (mono_ms() - f->loaded_ms);
	int64_t planned = st ? (int64_t)st->planned_seconds * 1000 : 0;
	bool over = planned && elapsed > planned;
	char time[16];
	bigtime_format(planned ? planned - elapsed : elapsed, over, time, sizeof time);
	draw_fill(0, 0, COLS, STYLE_REVERSE);
	char *right = closing ? xasprintf("#%lld | closing", (long long)m->id) :
				xasprintf("#%lld | step %zu of %zu", (long long)m->id, m->step + 1, r->n_steps);
	int rw = (int)strlen(right);
	draw_text(0, COLS - 1 - rw, rw, STYLE_REVERSE, right);
	draw_textf(0, 1, COLS - rw - 4, STYLE_REVERSE, "convene present  %s | %s", m->team_name, m->title);
	free(right);
	struct strbuf line;
	strbuf_init(&line);
	for (size_t i = 0; i < r->n_roles; i++)
		strbuf_addf(&line, "%s%s: %s", i ? "  |  " : "", r->roles[i].role, r->roles[i].member_name);
	draw_text(1, 1, COLS - 2, STYLE_DIM, line.data);
	strbuf_finish(&line);
	int w = COLS - 4;
	if (!st) {
		draw_text(3, 2, w, STYLE_TITLE, "All steps are done.");
		return;
	}
	draw_text(3, 2, w, STYLE_TITLE, st->title);
	bool paused = m->clock_running_ms < 0;
	const char *state = m->break_id ? "BREAK" : paused ? "PAUSED" : over ? "OVER TIME" :
			    planned && (planned - elapsed) * 5 <= planned ? "TIME IS NEARLY UP" :
			    planned ? "left" : "elapsed";
	draw_text(4, 2, w, m->break_id || paused || over ? STYLE_ALERT : STYLE_DIM, state);
	/* The timer takes the top half; what the step captured, the rest. */
	int h = (LINES - 8) / 2;
	bigtime_draw(5, 2, w, h, over ? STYLE_ALERT : STYLE_REVERSE, time);
	struct strbuf lines;
	strbuf_init(&lines);
	captured(f, &lines);
	int y = 6 + h, room = LINES - 2 - y;
	/* Show the newest lines that fit. */
	int total = draw_wrapped_height(w, lines.data);
	const char *from = lines.data;
	for (int skip = total - room; skip > 0 && *from; skip--) {
		const char *nl = strchr(from, '\n');
		from = nl ? nl + 1 : from + strlen(from);
	}
	draw_wrapped(y, 2, w, room, STYLE_NORMAL, from);
	strbuf_finish(&lines);
}

static void draw_frame(const struct follow *f)
{
	erase();
	if (LINES < 10 || COLS < 40) {
		draw_wrapped(0, 0, COLS, LINES, STYLE_BOLD, "The terminal is too small: 40x10 at least.");
	} else if (!f->have) {
		draw_text(0, 1, COLS - 2, STYLE_TITLE, "convene present");
		draw_wrapped(2, 2, COLS - 4, LINES - 4, STYLE_NORMAL,
			     "No meeting is running yet. This view follows the meeting as soon as "
			     "the facilitator starts or resumes one.");
	} else {
		draw_meeting(f);
	}
	draw_text(LINES - 1, 1, COLS - 2, STYLE_DIM, "read-only view  |  q quits");
	draw_cursor(0, 0, false);
	draw_finish();
}

int ui_present(struct store *s, const char *meeting, const struct ui_options *opt)
{
	if (!draw_open())
		return EX_USAGE;
	draw_theme(opt->theme);
	cbreak();
	noecho();
	keypad(stdscr, TRUE);
	curs_set(0);
	struct sigaction sa = { .sa_handler = on_stop };
	sigemptyset(&sa.sa_mask);
	sigaction(SIGHUP, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	struct follow f = { 0 };
	int64_t version = -1;
	bool quit = false;
	while (!quit && !present_stop) {
		int64_t v = store_data_version(s);
		/* Read again when another connection committed, or while waiting
		 * for a meeting to begin. */
		if (v != version || !f.have) {
			load(s, meeting, &f);
			version = v;
		}
		draw_frame(&f);
		timeout(1000 - (int)(mono_ms() % 1000));
		errno = 0;
		int ch = getch();
		if (ch == ERR && (errno == EIO || draw_terminal_gone()))
			break;
		quit = ch == 'q' || ch == 'Q';
	}
	if (f.have)
		meeting_record_free(&f.r);
	endwin();
	return present_stop == SIGINT ? 130 : present_stop ? 128 + present_stop : 0;
}
