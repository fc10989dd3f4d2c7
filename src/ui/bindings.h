/*
 * bindings: every key the app understands, in one table, plus the rows a
 * screen brings with it (a step kind's screen keeps its keys in its own
 * file). The loop looks keys up here, and the footer and the help screen
 * are generated from the same rows, so what the screen says is always what
 * the keys do.
 */
#ifndef CONVENE_UI_BINDINGS_H
#define CONVENE_UI_BINDINGS_H

#include <stdbool.h>
#include <stddef.h>

/* Curses function keys are kept apart from characters by this flag. */
#define FKEY(k) (0x1000000 | (k))

/* Function keys for a screen's own key rows, which are written without
 * curses.h; bindings.c checks that they are curses's codes. */
enum {
	BKEY_DOWN = FKEY(0402),
	BKEY_UP = FKEY(0403),
	BKEY_LEFT = FKEY(0404),
	BKEY_RIGHT = FKEY(0405),
	BKEY_DELETE = FKEY(0512),
	BKEY_ENTER = FKEY(0527), /* Enter on the keypad */
	BKEY_BTAB = FKEY(0541),  /* Shift-Tab */
	BKEY_F1 = FKEY(0411),
};

enum scope {
	SCOPE_HOME = 1u << 0,
	SCOPE_TEAM = 1u << 1,    /* the team form's member list */
	SCOPE_INPUT = 1u << 2,   /* any text field being typed into */
	SCOPE_SETUP = 1u << 3,
	SCOPE_TEXT = 1u << 4,    /* a text step, or the closing page */
	SCOPE_RATE = 1u << 5,
	SCOPE_RESULTS = 1u << 6,
	SCOPE_HELP = 1u << 7,
	SCOPE_CONFIRM = 1u << 8, /* a yes/no question */
	SCOPE_SMALL = 1u << 9,   /* the terminal is too small */
	SCOPE_ENTRIES = 1u << 10, /* questions whose answers are captured */
	SCOPE_BOXES = 1u << 11,   /* items sorted into boxes */
	SCOPE_VOTE = 1u << 12,    /* dot voting */
	SCOPE_POINTS = 1u << 13,  /* drafting talking points */
	SCOPE_READBACK = 1u << 14, /* one talking point, read back for agreement */
	SCOPE_DECIDE = 1u << 15,   /* recording decisions */
	SCOPE_ACTIONS = 1u << 16,  /* action items */
	SCOPE_STEP = 1u << 17,     /* a step screen whose keys are its own rows */
	SCOPE_TIMER = 1u << 18,    /* the big timer */
	SCOPE_BREAK = 1u << 19,    /* a break */
	SCOPE_RULES = 1u << 20,    /* a team's ground rules */
	SCOPE_OPENING = 1u << 21,  /* the team's norms before the first step */
	SCOPE_REOPEN = 1u << 22,   /* reopening an earlier decision */
	SCOPE_FOLLOWUP = 1u << 23, /* earlier meetings' action items, at the start */
	SCOPE_LOG = 1u << 24,      /* a team's history: decisions log, trends */
	SCOPE_REVIEW = 1u << 25,   /* the meetings on record */
	SCOPE_RECORD = 1u << 26,   /* one meeting's record, under review */
	SCOPE_SEARCH = 1u << 27,   /* search results */
	SCOPE_ATTEND = 1u << 28,   /* who is here, during a meeting */
	SCOPE_TEAMEDIT = 1u << 29, /* editing a team: its name, members, groups */
	SCOPE_CLOSED = 1u << 30,   /* a meeting just closed: its summary */
	SCOPE_LISTS = SCOPE_ENTRIES | SCOPE_BOXES | SCOPE_POINTS,
	SCOPE_MEETING = SCOPE_TEXT | SCOPE_RATE | SCOPE_RESULTS | SCOPE_LISTS | SCOPE_VOTE |
			SCOPE_DECIDE | SCOPE_ACTIONS | SCOPE_STEP | SCOPE_TIMER,
	/* The time keeper's keys work on every meeting screen. */
	SCOPE_CLOCK = SCOPE_MEETING | SCOPE_READBACK,
	/* Bindings that work wherever nothing more specific claims the key. */
	SCOPE_GLOBAL = SCOPE_HOME | SCOPE_TEAM | SCOPE_RULES | SCOPE_REOPEN | SCOPE_FOLLOWUP | SCOPE_LOG |
		       SCOPE_REVIEW | SCOPE_RECORD | SCOPE_SEARCH | SCOPE_SETUP | SCOPE_MEETING | SCOPE_READBACK |
		       SCOPE_ATTEND | SCOPE_TEAMEDIT | SCOPE_CLOSED,
};

/* A seat (`convene join`): a participant's own screens, apart from every
 * key of the facilitator's. A macro, not an enumerator: the last bit of an
 * unsigned scope does not fit an int. */
#define SCOPE_SEAT (1u << 31)

enum action {
	ACT_NONE,
	ACT_QUIT,
	ACT_LEAVE,
	ACT_HELP,
	ACT_REDRAW,
	ACT_HOME,
	ACT_END,
	ACT_KILL,
	ACT_UP,
	ACT_DOWN,
	ACT_PAGE_UP,
	ACT_PAGE_DOWN,
	ACT_ENTER,
	ACT_CANCEL,
	ACT_NEW_TEAM,
	ACT_DEMO,
	ACT_RULES,
	ACT_REOPEN,
	ACT_LOG,
	ACT_TRENDS,
	ACT_REVIEW,
	ACT_APPROVE,
	ACT_SEARCH,
	ACT_EXPORT,
	ACT_TOGGLE,
	ACT_ALL,
	ACT_EDIT,
	ACT_DELETE,
	ACT_NEXT,
	ACT_PREV,
	ACT_RATE,
	ACT_UNDO,
	ACT_YES,
	ACT_NO,
	ACT_ERASE,
	ACT_ERASE_NEXT,
	ACT_LEFT,
	ACT_RIGHT,
	ACT_COMPLETE,
	ACT_ADD,
	ACT_NEXT_GROUP,
	ACT_PREV_GROUP,
	ACT_MOVE_NEXT,
	ACT_MOVE_PREV,
	ACT_DOT_ADD,
	ACT_DOT_REMOVE,
	ACT_NEXT_VOTER,
	ACT_PREV_VOTER,
	ACT_COUNTING,
	ACT_SET_DOTS,
	ACT_TYPE_DOTS,
	ACT_CHOOSE,
	ACT_READ_BACK,
	ACT_CONFIRM_GROUP,
	ACT_FIST,
	ACT_STATUS,
	ACT_FROM_VOTE,
	ACT_VIEW,
	ACT_PAUSE,
	ACT_MORE_TIME,
	ACT_LESS_TIME,
	ACT_BREAK,
	ACT_BIG_TIMER,
	ACT_ATTENDANCE,
	ACT_GUEST,
	ACT_RETIRE,
	ACT_RENAME_GROUP,
	ACT_COUNT
};

struct binding {
	unsigned scope;
	int key, key_last; /* a range, for digits */
	enum action action;
	const char *keyname; /* as the footer and help show it */
	const char *label;   /* short footer text; NULL keeps it out of the footer */
	const char *help;    /* what the help screen says */
};

/* The rows that may apply: a screen's own, then the table's. A screen's
 * own rows apply only in its scope, and come before the table's there, as
 * the table's screen-specific rows come before its global ones. */
struct key_rows {
	const struct binding *own;
	size_t n_own;
};
size_t bindings_count(struct key_rows k);
const struct binding *bindings_row(struct key_rows k, size_t i);
/* A row's key name, footer label (NULL when it has none) and help text in
 * the interface's language: the table keeps them in English (N_), and
 * they are translated where they are shown. */
const char *bindings_keyname(const struct binding *b);
const char *bindings_label(const struct binding *b);
const char *bindings_help(const struct binding *b);
/* The action of key in the given scope (one SCOPE_* bit), or ACT_NONE. */
enum action bindings_lookup(struct key_rows k, unsigned scope, int key);

#endif
