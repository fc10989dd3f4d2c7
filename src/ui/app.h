/*
 * app: the state the screens share and the screen table. Each screen is a
 * file exporting one const struct screen; its private state stays in that
 * file. Screens never draw from key handlers: the loop redraws after every
 * event.
 */
#ifndef CONVENE_UI_APP_H
#define CONVENE_UI_APP_H

#include "seats-follow.h"
#include "bindings.h"
#include "input.h"
#include "convene/catalog.h"
#include "convene/session.h"
#include "convene/store.h"

#include <stdbool.h>
#include <stdint.h>


/* How long the app waits for another program's write (an import): a
 * moment, so the room's screen and clock never freeze. */
#define APP_STORE_PATIENCE_MS 250

struct app;

struct screen {
	const char *title; /* for the help screen */
	unsigned scope;    /* its SCOPE_* bit */
	void (*enter)(struct app *a);
	void (*draw)(struct app *a);
	void (*act)(struct app *a, enum action act, int key);
	/* Optional: whether an action applies now (hides it from the footer). */
	bool (*available)(const struct app *a, enum action act);
	/* Optional: true while a text field takes the keys. */
	bool (*typing)(const struct app *a);
	/* Optional: milliseconds until the screen changes by itself (a
	 * countdown), or -1 to wait for a key. */
	int (*wait_ms)(const struct app *a);
	/* The room view: the whole screen is the room's, with no footer. */
	bool bare;
	/* Optional: the screen's own keys (scope SCOPE_STEP), looked up before
	 * the table's; a step kind's screen keeps its keys here. */
	const struct binding *keys;
	size_t n_keys;
};

typedef void (*confirm_fn)(struct app *a);

struct app {
	struct store *store;
	const struct catalog *catalog;
	const struct screen *screen;
	const struct screen *help_return;
	bool quit;
	char *message;
	bool message_is_error;
	char *confirm_question; /* non-NULL while a yes/no question is open */
	confirm_fn confirm_yes;
	confirm_fn confirm_no; /* NULL: no does nothing */
	int64_t team_id;        /* the team a new meeting is for */
	bool in_meeting;
	bool room_view; /* the facilitator shows the room view, for the projector */
	struct session session;
	struct seats_follow seats; /* the meeting's seats, while in_meeting */
	size_t point; /* the talking point being read back */
	const struct protocol *opening_norms; /* shown before the first step, or NULL */
	int64_t review_meeting; /* the meeting whose record is open */
	int review_step;        /* the step to show first, or -1 */
	int64_t review_entry;   /* the entry to select first (a search result), or 0 */
	enum review_kind review_entry_kind;
	const struct screen *record_return; /* where Esc leaves the record for */
};

extern const struct screen screen_home, screen_team, screen_rules, screen_opening, screen_reopen, screen_followup,
	screen_decisions, screen_trends, screen_review, screen_record,
	screen_search, screen_setup, screen_text,
	screen_rate, screen_results, screen_help, screen_prompt, screen_boxes, screen_vote,
	screen_ranking, screen_points, screen_readback, screen_decide, screen_actions, screen_norms,
	screen_room, screen_break, screen_attendance, screen_team_edit, screen_closed;

void app_go(struct app *a, const struct screen *to);
/* At the start of a meeting: the earlier meetings' open action items when
 * there are any, else the meeting itself. */
void followup_or_meeting(struct app *a);
/* Shows the decide screen recording decision index, from how to decide on. */
void decide_continue(struct app *a, size_t index);
/* The team's norms protocol when it is due before the meeting's first step. */
const struct protocol *opening_norms_for(const struct app *a, const struct team *t,
					 const struct protocol *meeting);
/* Shows the screen that fits the running meeting's current view. */
void app_show_meeting(struct app *a);
void app_leave_meeting(struct app *a);
/* Reads meeting id's record into *r: true when it is there (free it with
 * meeting_record_free); on a store error, says so and returns false. */
bool app_load_record(struct app *a, int64_t id, struct meeting_record *r);
void app_say(struct app *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void app_error(struct app *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void app_confirm(struct app *a, const char *question, confirm_fn yes);
/* A key while a question is open: y or n answers it, Esc closes it, any
 * other key says which keys answer. */
void app_answer(struct app *a, enum action act);
/* A question whose no does something too (Esc still does nothing). */
void app_choose(struct app *a, const char *question, confirm_fn yes, confirm_fn no);
/* An edit refused because someone changed the entry since it was opened
 * (enum store_edit): their words now, y saves yours over them, n keeps
 * theirs. Esc closes the question with the edit still in its field. */
void app_ask_conflict(struct app *a, const char *theirs, confirm_fn yours, confirm_fn keep_theirs);
/* The keys that edit a text field: characters, Backspace, Left, Right.
 * False when act is none of them. */
bool app_edit_field(struct app *a, struct field *f, enum action act, int key);
/* Says that text is longer than a field edits, and that it is kept. */
void app_too_long(struct app *a, const char *text);
/* Up and Down in a list of n rows: moves *sel, stopping at either end;
 * true when act was one of them. */
/* The keys screen s understands: its own rows, then the table's. */
struct key_rows app_keys(const struct screen *s);
bool app_list_move(enum action act, size_t *sel, size_t n);
int64_t app_now_ms(void);

/* Shared by the meeting screens: the header naming the team, protocol and
 * step, and next / back / leave, which every meeting screen handles alike. */
void meeting_header(const struct app *a);
/* The current step's time as the header shows it; *alert in the last fifth
 * and in overtime. */
void meeting_timer_text(const struct app *a, char *out, size_t size, bool *alert);
void meeting_act(struct app *a, enum action act);
/* The closing page, after the last step: what the meeting settled. */
void closing_page_draw(struct app *a);

/* Shared frame: the header names where the room is; the footer lists keys. */
void frame_header(const struct app *a, const char *left, const char *right);
void frame_footer(const struct app *a);
/* The first and last rows a screen may use between header and footer. */
int frame_top(void);
int frame_bottom(void);

#endif
