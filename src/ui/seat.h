/*
 * seat: `convene join`, a private screen for one participant (a seat) on
 * the meeting's database. A seat follows the facilitator: it reads the
 * meeting again whenever another connection commits, shows the step as
 * the room view draws it, and takes only its own person's input (ratings,
 * answers and items, dots, a fist to five) through the session's seat
 * verbs. It never moves a step or the clock, and shows nothing the room
 * view does not, except what its own person entered.
 *
 * The seat's screens are the app's struct screen (keys, footer and help
 * come from the bindings table as in the app), run by the seat's own loop
 * (seat.c) over a struct seat that begins with the struct app the screens
 * are given: joining (seat-join.c), the name (seat-name.c), then one
 * screen per kind of input (seat-rate.c, seat-entries.c, seat-vote.c,
 * seat-fist.c), named by the UI's table of kinds, around the frame they
 * share (seat-frame.c). seat-read.c reads the meeting and picks the
 * screen.
 */
#ifndef CONVENE_UI_SEAT_H
#define CONVENE_UI_SEAT_H

#include "app.h"
#include "room.h"
#include "convene/seat-lock.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* What the seat remembers and the store must not link to its person: a
 * blind ballot on a dimension, the fingers shown (dim SEAT_FIST). Kept in
 * memory only: a seat that joins again has forgotten it. */
struct seat_cast {
	size_t step, dim;
	int value;
};
#define SEAT_FIST ((size_t)-1)

/* An answer or item this seat added: the store keeps no author, so only
 * the seat that wrote it knows it is its own. */
struct seat_added {
	size_t step, group;
	char *text;
};

/* Paper slips on a blind step, as the participant answered. */
enum seat_slip { SLIP_UNASKED, SLIP_NONE, SLIP_HANDED_IN };

struct seat {
	struct app app; /* first: seat_of() turns a screen's app back into its seat */
	const struct ui_options *opt; /* opt->meeting: the only meeting to join */
	struct seat_locks locks;
	int64_t meeting_id; /* 0 until a join code is accepted */
	int64_t member_id;  /* 0 until a name is taken */
	char *name;         /* the name taken */
	int64_t version;    /* store_data_version when the meeting was read */
	bool stale;         /* read it again now: the seat wrote, or a read failed */
	bool facilitated;   /* the facilitator's app holds the meeting */
	bool closed;        /* the meeting has closed */
	char *why;          /* why the meeting cannot be read now, or NULL */
	/* Where the seat's screen is: the step and view it shows. */
	size_t shown_step;
	enum meeting_view shown_view;
	struct seat_cast *casts;
	size_t n_casts;
	struct seat_added *added;
	size_t n_added;
	enum seat_slip *slips; /* per step of the meeting's protocol */
	size_t n_slips;
	int wrong_codes;
};

static inline struct seat *seat_of(struct app *a)
{
	return (struct seat *)a;
}

static inline const struct seat *seat_of_const(const struct app *a)
{
	return (const struct seat *)a;
}

extern const struct screen screen_seat_join, screen_seat_name, screen_seat_none, screen_seat_rate,
	screen_seat_entries, screen_seat_vote, screen_seat_fist;

/* How many wrong join codes end the seat (exit 77). */
#define SEAT_CODE_TRIES 3
/* After a wrong code, the next one is checked no sooner than this. */
#define SEAT_CODE_WAIT_MS 1000

/* seat-read.c: reading the meeting and following it. */
/* Reads the meeting (seat->meeting_id) again into a->session; on the
 * meeting's screens, goes to the screen its current step asks for. False
 * when it could not be read (seat->why says why, or seat->closed). */
bool seat_read(struct seat *seat);
/* Reads it again when another connection committed or the seat wrote;
 * follows the facilitator's lock. Called about every 100 ms. */
void seat_follow(struct seat *seat);
/* The name is taken: the seat shows the meeting's current step. */
void seat_sit(struct seat *seat);
/* The seat's person's place in the session's people, or (size_t)-1. */
size_t seat_place(const struct seat *seat);
/* Says what a refused write means; true when it was saved (and the
 * meeting is read again, as the seat's own writes do not change its
 * data_version). */
bool seat_written(struct seat *seat, enum seat_write w);
/* Whether input may be written now; says why not (paused, closed). */
bool seat_may_write(struct seat *seat);
/* The seat's memory of a cast on the step (dim, or SEAT_FIST): its value,
 * or -1. */
int seat_cast(const struct seat *seat, size_t step, size_t dim);
void seat_remember(struct seat *seat, size_t step, size_t dim, int value);
void seat_add_own(struct seat *seat, size_t step, size_t group, const char *text);
/* The participant's answer about paper slips on the current step. */
enum seat_slip seat_slip(const struct seat *seat);
void seat_slip_set(struct seat *seat, enum seat_slip answer);
/* Once per blind step: ballots typed from paper for it may be this
 * person's, when the seat has cast none itself: asks question (y/n), so
 * nobody counts twice (seat-read.c). */
void seat_ask_slips(struct app *a, const char *question);
/* Frees what the seat holds (not the store). */
void seat_free(struct seat *seat);

/* seat-join.c: the running meetings listed again (another connection
 * committed), and what the join screen holds freed at the end. */
void seat_join_reload(struct app *a);
void seat_join_free(void);

/* seat-frame.c: what every seat screen of the meeting shows. */
/* Draws the header ("<name> · meeting <N> · <team>"), the banner (paused,
 * closed), the step's title and, above panel rows kept for the screen's
 * own input, the room's body of the step. Returns the first row of the
 * panel; the panel ends at frame_bottom(). */
int seat_frame(struct app *a, int panel);
/* The screen for the meeting's state now: the kind's input, or none. */
const struct screen *seat_screen_now(const struct seat *seat);
/* Whether the screen shown takes input on the step now. */
bool seat_takes_input(const struct seat *seat);

#endif
