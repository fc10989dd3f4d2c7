/*
 * room: the frame of the room view (header, roles, quorum, title, clock)
 * around each step's body, which the UI's table of kinds draws. Layout counts
 * display cells; on a projector-sized terminal (160 columns and 40 lines
 * or more) the title and the clock are drawn big and the clock takes a
 * column of its own; at 80x24 the clock stands in the header.
 */
#include "room.h"
#include "kinds-ui.h"
#include "bigtext.h"
#include "bigtime.h"
#include "convene/i18n.h"
#include "convene/rotation.h"
#include "convene/text.h"
#include "convene/util.h"

#include <assert.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

__attribute__((format(printf, 5, 0))) static void add_block(struct room_text *t, enum style st,
							      int indent, int gap, const char *fmt,
							      va_list ap)
{
	t->blocks = xreallocarray(t->blocks, t->n + 1, sizeof *t->blocks);
	t->blocks[t->n++] = (struct room_block){ xvasprintf(fmt, ap), st, indent, gap, NULL };
}

void room_text_prefix(struct room_text *t, const char *fmt, ...)
{
	assert(t->n > 0);
	va_list ap;
	va_start(ap, fmt);
	free(t->blocks[t->n - 1].prefix);
	t->blocks[t->n - 1].prefix = xvasprintf(fmt, ap);
	va_end(ap);
}

/* Columns a block's prefix takes; its text wraps in what is left. */
static int prefix_width(const struct room_block *k)
{
	return k->prefix ? text_width(k->prefix) : 0;
}

static int block_height(const struct room_block *k, int w)
{
	return draw_wrapped_height(w - k->indent - prefix_width(k), k->text);
}

/* Draws at most max rows of a block; returns the rows used. */
static int draw_block(const struct room_block *k, int y, int x, int w, int max)
{
	int pw = prefix_width(k);
	if (k->prefix && max > 0)
		draw_text(y, x + k->indent, pw, k->style, k->prefix);
	return draw_wrapped(y, x + k->indent + pw, w - k->indent - pw, max, k->style, k->text);
}

void room_text_add(struct room_text *t, enum style st, int indent, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	add_block(t, st, indent, 0, fmt, ap);
	va_end(ap);
}

void room_text_para(struct room_text *t, enum style st, int indent, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	add_block(t, st, indent, t->n ? 1 : 0, fmt, ap);
	va_end(ap);
}

int room_text_draw(struct room_text *t, struct room_box b)
{
	int y = b.y, bottom = b.y + b.h;
	size_t i = 0;
	for (; i < t->n; i++) {
		const struct room_block *k = &t->blocks[i];
		int need = k->gap_before + block_height(k, b.w);
		/* Keep the last row for the line that says what is left out. */
		int room = bottom - y - (i + 1 < t->n ? 1 : 0);
		if (need > room)
			break;
		y += k->gap_before;
		y += draw_block(k, y, b.x, b.w, need);
	}
	if (i < t->n) {
		/* What does not fit is counted: the room knows there is more. */
		int rows = 0;
		for (size_t j = i; j < t->n; j++)
			rows += block_height(&t->blocks[j], b.w);
		int room = bottom - y - 1;
		if (room > 0) {
			/* Show the start of the block that is cut, then say so. */
			int shown = draw_block(&t->blocks[i], y, b.x, b.w, room);
			y += shown;
			rows -= shown;
		}
		if (y < bottom)
			draw_textf(y++, b.x, b.w, STYLE_DIM,
				   ngettext("… %d more line below", "… %d more lines below", rows),
				   rows);
	}
	for (size_t j = 0; j < t->n; j++) {
		free(t->blocks[j].text);
		free(t->blocks[j].prefix);
	}
	free(t->blocks);
	t->blocks = NULL;
	t->n = 0;
	return y - b.y;
}

int room_figure(const struct room *r, struct room_box b, const char *figure, const char *caption)
{
	int scale = r->large ? bigtext_scale(figure, b.w, b.h - 2, 2) : 0;
	if (!scale) {
		/* Small: the figure and its caption read as one sentence. */
		char *line = xasprintf("%s%s%s", figure, caption ? " " : "", caption ? caption : "");
		int used = draw_wrapped(b.y, b.x, b.w, b.h > 0 ? b.h : 1, STYLE_TITLE, line);
		free(line);
		return used;
	}
	int used = bigtext_draw(b.y, b.x, b.w, scale, false, STYLE_BOLD, figure);
	if (caption)
		used += draw_wrapped(b.y + used, b.x, b.w, 2, STYLE_BOLD, caption);
	return used;
}

/* What is run comes first: a long team name gives way to it. In an agenda
 * that is the protocol the step comes from, as on the facilitator's bar. */
static char *header_left(const struct session *s, const struct catalog *c, const struct step *st)
{
	const struct protocol *part =
		c && st && st->protocol_id ? catalog_find(c, st->protocol_id) : NULL;
	return xasprintf("%s | %s", part ? part->title : s->engine.protocol->title, s->team_name);
}

static char *header_right(const struct meeting *m, const struct step_timer *t, bool with_clock)
{
	char clock[64] = ""; /* room for a long state, in any language */
	if (with_clock && t->state != TIME_DONE) {
		char time[16];
		bigtime_format(t->shown_over ? -t->shown_ms : t->shown_ms, t->shown_over, time,
			       sizeof time);
		snprintf(clock, sizeof clock, " | %s %s", time, _(time_state_label(t->state)));
	}
	if (m->view == VIEW_CLOSING || m->step >= m->protocol->n_steps)
		return xasprintf("%s%s", _("all steps done"), clock);
	char *at = xasprintf(m->view == VIEW_RESULTS ? _("results, step %zu of %zu") :
						       _("step %zu of %zu"),
			     m->step + 1, m->protocol->n_steps);
	char *out = xasprintf("%s%s", at, clock);
	free(at);
	return out;
}

static int draw_roles(const struct session *s, int y)
{
	struct strbuf roles;
	strbuf_init(&roles);
	for (size_t i = 0; i < s->n_roles; i++)
		strbuf_addf(&roles, "%s%s: %s", i ? "   " : "", role_shown(s->roles[i].role),
			    s->roles[i].member_name);
	int used = draw_wrapped(y, 2, draw_cols() - 4, 2, STYLE_DIM, roles.data);
	strbuf_finish(&roles);
	return used;
}

/* The step's title: big on a projector when the font has its letters. */
static int draw_title(const struct room *r, int y, int h, const char *title)
{
	int w = draw_cols() - 4;
	int scale = r->large ? bigtext_scale(title, w, h, 3) : 0;
	if (scale)
		return bigtext_draw(y, 2, w, scale, true, STYLE_TITLE, title);
	return draw_wrapped(y, 2, w, 2, STYLE_TITLE, title);
}

/* The clock's column on a projector: its state in words, then the time. */
static void draw_clock(const struct room *r, const struct step_timer *t, struct room_box b)
{
	if (t->state == TIME_DONE)
		return;
	const char *label = _(time_state_label(t->state));
	int scale = bigtext_scale(label, b.w, 5, 2);
	int used = scale ? bigtext_draw(b.y, b.x, b.w, scale, true,
					time_state_alert(t->state) ? STYLE_ALERT : STYLE_BOLD, label) :
			   draw_text(b.y, b.x, b.w, time_state_alert(t->state) ? STYLE_ALERT : STYLE_BOLD,
				     label);
	char time[16];
	bigtime_format(t->shown_over ? -t->shown_ms : t->shown_ms, t->shown_over, time, sizeof time);
	bigtime_draw(b.y + used + 1, b.x, b.w, b.h - used - 3, STYLE_BOLD, time);
	/* Where the meeting as a whole is heading. */
	struct meeting_clock c;
	meeting_clock(r->m, r->now_ms, &c);
	long behind = (long)(c.behind_ms / 60000);
	if (behind)
		draw_textf(b.y + b.h - 1, b.x, b.w, STYLE_BOLD,
			   behind > 0 ? _("The meeting is %ld min behind plan") :
					_("The meeting is %ld min ahead of plan"),
			   behind > 0 ? behind : -behind);
	else
		draw_text(b.y + b.h - 1, b.x, b.w, STYLE_DIM, _("The meeting is on plan"));
}

static void draw_break(const struct room *r, const struct step_timer *t, struct room_box b)
{
	/* TRANSLATORS: drawn in big letters on the projector: A-Z only, no
	 * accents (a word with others is drawn small). */
	int used = room_figure(r, b, _("BREAK"), NULL);
	used += draw_text(b.y + used + 1, b.x, b.w, STYLE_BOLD,
			  t->shown_over ? _("The break has run over by") : _("Back in")) + 1;
	char time[16];
	bigtime_format(t->shown_over ? -t->shown_ms : t->shown_ms, t->shown_over, time, sizeof time);
	bigtime_draw(b.y + used + 1, b.x, b.w, b.h - used - 2, STYLE_BOLD, time);
	draw_text(b.y + b.h - 1, b.x, b.w, STYLE_DIM, _("The meeting clock is stopped during the break."));
}

static void draw_body(const struct room *r, struct room_box b)
{
	const struct meeting *m = r->m;
	if (!r->st) {
		room_body_closing(r, b);
		return;
	}
	if (!kind_ui_own_screens(r->st))
		(m->view == VIEW_RESULTS ? kind_ui_room_results(r->st->kind) : room_body_rating)(r, b);
	else
		kind_ui(r->st->kind)->room(r, b);
}

/* How to join from a seat, in one line at the foot of the view: only
 * those who see the room's screen know the code. */
static void draw_join(const struct session *s, int y, int cols, bool large)
{
	/* TRANSLATORS: "convene join" is the command: keep it as it is. */
	char *line = xasprintf(ngettext("Join from your own terminal: convene join  ·  code %.3s %.3s  "
					"·  %zu seat open",
					"Join from your own terminal: convene join  ·  code %.3s %.3s  "
					"·  %zu seats open", s->seats_open),
			       s->join_code, s->join_code + 3, s->seats_open);
	draw_text(y, 2, cols - 4, large ? STYLE_BOLD : STYLE_DIM, line);
	free(line);
}

static void draw_join_big(const struct room *r, struct room_box b)
{
	const struct session *s = r->s;
	char code[8];
	snprintf(code, sizeof code, "%.3s %.3s", s->join_code, s->join_code + 3);
	/* TRANSLATORS: "convene join" is the command: keep it as it is. */
	char *caption = xasprintf(ngettext("Join code: type convene join on your own terminal, then "
					   "this code. %zu seat open.",
					   "Join code: type convene join on your own terminal, then "
					   "this code. %zu seats open.", s->seats_open),
				  s->seats_open);
	room_figure(r, b, code, caption);
	free(caption);
}

void room_draw(const struct session *s, const struct catalog *c, int64_t now_ms)
{
	draw_clear();
	int cols = draw_cols(), lines = draw_lines();
	const struct meeting *m = &s->engine;
	struct room r = { .s = s, .m = m, .st = meeting_current_step(m), .now_ms = now_ms,
			  .large = cols >= 160 && lines >= 40 };
	if (m->view == VIEW_CLOSING)
		r.st = NULL;
	/* The norms the facilitator's screen shows before the first step. */
	const struct protocol *opening = s->opening_norms && c && m->view != VIEW_CLOSING ?
						 catalog_find(c, s->opening_norms) : NULL;
	struct step_timer t;
	meeting_timer(m, now_ms, &t);
	char *left = header_left(s, c, r.st), *right = header_right(m, &t, !r.large);
	draw_fill(0, 0, cols, STYLE_REVERSE);
	/* Where the meeting is and its clock come before the names: up to
	 * three fifths of the row, for a longer language's words. */
	int rw = text_width(right);
	if (rw > cols * 3 / 5)
		rw = cols * 3 / 5;
	draw_text(0, cols - 1 - rw, rw, time_state_alert(t.state) && !r.large ? STYLE_BOLD : STYLE_REVERSE,
		  right);
	draw_text(0, 1, cols - rw - 4, STYLE_REVERSE, left);
	free(left);
	free(right);
	int y = 1 + draw_roles(s, 1);
	if (!s->quorum) {
		char *q = xasprintf(_(" NO QUORUM: nobody from %s is here. The team may discuss; no "
				      "decision is recorded. "),
				    s->missing_groups ? s->missing_groups : _("a group"));
		y += draw_wrapped(y, 2, cols - 4, 2, STYLE_ALERT, q);
		free(q);
	}
	if (s->facilitator_away)
		y += draw_wrapped(y, 2, cols - 4, 2, STYLE_ALERT,
				  _(" PAUSED: the facilitator's app is closed. Everything entered is "
				    "kept; the meeting goes on when it is back. "));
	y++;
	const char *title = opening ? _("Our norms, before we begin") :
			    r.st ? r.st->title : _("All steps are done");
	y += draw_title(&r, y, r.large ? lines / 5 : 2, title) + 1;
	struct room_box body = { y, 2, cols - 4, lines - y - 1 };
	/* On a projector the code is drawn big under the clock, for the back
	 * row to read; elsewhere one line at the foot. */
	bool big_join = s->join_code[0] && m->view != VIEW_CLOSING && r.large && !m->on_break &&
			t.state != TIME_DONE && body.h >= 24;
	if (s->join_code[0] && m->view != VIEW_CLOSING && lines >= 12 && !big_join) {
		body.h--;
		draw_join(s, lines - 1, cols, r.large);
	}
	if (m->on_break) {
		draw_break(&r, &t, body);
		return;
	}
	if (r.large && t.state != TIME_DONE) {
		/* The clock takes the right third. */
		int cw = cols / 3;
		struct room_box clock = { y, cols - cw - 2, cw, body.h };
		if (big_join) {
			clock.h -= 10;
			draw_join_big(&r, (struct room_box){ clock.y + clock.h + 1, clock.x, cw, 9 });
		}
		draw_clock(&r, &t, clock);
		body.w = cols - cw - 8;
	}
	if (opening)
		room_body_opening(&r, body, opening);
	else
		draw_body(&r, body);
}
