/*
 * session: a running meeting — the engine plus its record in the store.
 * Each event is applied to the engine and saved before the call returns; if
 * saving fails the engine is put back, so the screen never shows as entered
 * something the database does not have.
 */
#ifndef CONVENE_SESSION_H
#define CONVENE_SESSION_H

#include "convene/catalog.h"
#include "convene/meeting.h"
#include "convene/store.h"
#include "convene/store-seats.h"

#include <stdbool.h>
#include <stdint.h>

/* Someone on the meeting's attendance: each member of the team when it
 * began, and its guests. */
struct session_attendee {
	int64_t member_id;
	char *name;
	char *group;
	bool guest;
	bool here; /* present now */
	bool seated; /* at a seat now, as the view counting seats last saw */
};

struct session {
	struct store *store; /* borrowed */
	int64_t meeting_id;
	char *team_name;
	/* Everyone who has been present, in the engine's places (those who
	 * left are marked away); owns the strings. */
	struct participant *people;
	size_t n_people;
	struct session_attendee *attendance; /* in the team's order, guests last */
	size_t n_attendance;
	char *quorum_rule;      /* the team's rule */
	bool guests_count;      /* guests count toward quorum */
	struct meeting engine;
	struct protocol *owned; /* an agenda rebuilt from the record, or NULL */
	struct meeting_role *roles; /* who holds which role; owns the strings */
	size_t n_roles;
	int64_t started_at;     /* when the meeting began, seconds since 1970 */
	bool quorum;            /* the team's quorum rule is met now: decisions may be made */
	int64_t team_id;
	int reopen_threshold;   /* percent of those present who must vote to reopen */
	char *missing_groups;   /* without quorum: the groups nobody came from */
	int64_t break_id;       /* the break in the store, while one runs */
	int64_t pause_id;       /* the pause in the store, while one runs */
	/* The last edit was refused because someone changed its entry since
	 * the meeting read it (session_conflict); text NULL otherwise. */
	struct session_conflict {
		enum review_kind kind;
		int64_t id;
		int64_t version; /* the entry's version now */
		char *text;      /* its words now */
	} conflict;
	/* Seats (session-seats.c): the join code ("" when none yet); who has
	 * voted from a seat on the current step (poll_step); the hands shown
	 * from seats on a fist to five open to them; the paper slips typed in
	 * this session, so the last can be taken back (their values only:
	 * nothing stored says which ballot a slip was). */
	char join_code[8];
	struct poll_entry *poll;
	size_t n_poll, poll_step;
	int seat_fist[6];
	bool fist_open;
	size_t seats_open; /* seats open now, as the view counting them last saw */
	bool facilitator_away; /* a view in another terminal saw no facilitator's app */
	/* The norms protocol shown before the first step while the
	 * facilitator's screen shows it (the room follows), or NULL. */
	char *opening_norms;
	struct session_slip {
		size_t step, dim;
		int value;
		int value_y; /* a two-way placement's pair: its y; -1 otherwise */
	} *slips;
	size_t n_slips;
	char *error;
};

/* present has one flag per member of t, in order; roles says who holds
 * which role (may be NULL when n_roles is 0). */
bool session_start(struct session *s, struct store *st, const struct team *t,
		   const bool *present, const struct protocol *p, enum rating_mode mode,
		   const struct role_assignment *roles, size_t n_roles, int64_t now_ms);
/* The same with the minutes planned for each step (one per step of p),
 * saved with the meeting in one transaction. */
bool session_start_planned(struct session *s, struct store *st, const struct team *t,
			   const bool *present, const struct protocol *p, enum rating_mode mode,
			   const struct role_assignment *roles, size_t n_roles, const int *minutes,
			   int64_t now_ms);
/* Rebuilds a running meeting from the store. */
bool session_resume(struct session *s, struct store *st, const struct catalog *c,
		    int64_t meeting_id, int64_t now_ms);
void session_finish(struct session *s);
const char *session_error(const struct session *s);

/* Someone on the attendance arrives (here) or leaves, now: saved with its
 * time. From then on quorum, "everyone has rated", the groups that must
 * confirm and the reopen threshold follow who is here. */
bool session_set_present(struct session *s, int64_t member_id, bool here);
/* A guest who comes during the meeting (group NULL or empty: "guest"):
 * on its attendance and here from now, never on the team's list. */
bool session_add_guest(struct session *s, const char *name, const char *group);
/* How many are here now; how many of them count toward quorum and vote
 * (to reopen a decision, in a fist to five): members, and guests when the
 * team's rules say so. */
size_t session_here(const struct session *s);
size_t session_voters(const struct session *s);

/* Each returns false when saving failed (session_error says why); *res is
 * the engine's answer otherwise. */
bool session_rate(struct session *s, int value, enum meeting_result *res);
bool session_undo(struct session *s, enum meeting_result *res);
bool session_next(struct session *s, int64_t now_ms, bool force, enum meeting_result *res);
bool session_back(struct session *s, int64_t now_ms, enum meeting_result *res);
bool session_close(struct session *s, int64_t now_ms);

/* The clock, saved as it changes so a restart finds it where it was. */
bool session_pause(struct session *s, int64_t now_ms);
bool session_resume_clock(struct session *s, int64_t now_ms);
bool session_extend(struct session *s, int64_t delta_ms, int64_t now_ms);
/* Sets the planned duration of any step (when the meeting is set up). */
bool session_set_plan(struct session *s, size_t step, int64_t planned_ms);
bool session_break(struct session *s, int64_t now_ms, int64_t planned_ms);
bool session_end_break(struct session *s, int64_t now_ms);
/* Lengthens (or shortens, delta_ms < 0) the break under way. */
bool session_break_length(struct session *s, int64_t delta_ms);

/* Answers, box items and talking points of the current step. Text is trimmed; empty text is
 * refused. Each returns false with session_error() set when nothing changed.
 *
 * Every edit of a stored entry (here, and a decision or action item below)
 * writes only if the entry is still as the meeting read it. When someone
 * changed it since (the note taker in review, another terminal), nothing
 * is written and session_conflict gives their words: the screen asks, and
 * session_resolve settles it. A move or a status key has nothing to ask:
 * it takes their version and says so, and the key is pressed again. */
bool session_add_entry(struct session *s, size_t group, const char *text);
/* On an adopt-norms step with no drafts yet: the team's current norms (an
 * earlier meeting's adopted set) as its drafts, to revise; *adopted_on is
 * that meeting's date (the caller frees it), or NULL when the team has
 * adopted none. Elsewhere it does nothing. */
bool session_seed_norms(struct session *s, char **adopted_on);
bool session_edit_entry(struct session *s, size_t index, const char *text);
bool session_move_entry(struct session *s, size_t index, size_t group);
bool session_delete_entry(struct session *s, size_t index);

/* A group present confirms (or withdraws) a talking point of the current
 * step; the point is agreed when every group present has confirmed it. */
bool session_confirm(struct session *s, size_t index, size_t group, bool confirmed);

/* Decisions of the current decide step: index n_decisions records a new
 * one. The decision is saved before the engine shows it. */
bool session_save_decision(struct session *s, size_t index, const struct decision *d);
/* Reopens an earlier decision in the current decide step: with the new
 * information and in_favour of those present voting for it, when that
 * reaches the team's threshold. The new decision is a draft (about the same
 * topic, linked to the earlier one) at *index; false with the reason
 * otherwise. */
/* The fewest votes in favour that reopen a decision in this meeting, by the
 * team's rule (rules_reopen_needed), or -1 when none can. */
int session_reopen_needed(const struct session *s);
bool session_reopen_decision(struct session *s, const struct earlier_decision *old,
			     const char *info, int in_favour, size_t *index);
bool session_delete_decision(struct session *s, size_t index);

/* Action items of the current actions step, the same way. */
bool session_save_action(struct session *s, size_t index, const struct action_item *a);
bool session_delete_action(struct session *s, size_t index);

/* Their words when the last edit was refused because someone changed the
 * entry since it was read; NULL otherwise. */
const char *session_conflict(const struct session *s);
/* Settles it. theirs: the meeting takes the entry as it is stored now (its
 * words and everything else). Otherwise the meeting takes only its version,
 * so the same edit saved again writes over theirs. */
bool session_resolve(struct session *s, bool theirs);

/* Picks (or drops) norm as one of today's focus norms; *res says when the
 * step's limit is reached. */
bool session_norm_focus(struct session *s, size_t norm, bool on, enum meeting_result *res);

/* Records (or, with l empty, clears) the agreed level and target of
 * component comp of the current levels step, after agreed_level_problem's
 * check against today (YYYY-MM-DD, local): saved, then applied
 * (session-levels.c). */
bool session_set_level(struct session *s, size_t comp, const struct agreed_level *l,
		       const char *today);

/* Moves whose turn it is (named rating, a vote) by delta people. The turn
 * is not saved: a restart begins with the first person. */
void session_select(struct session *s, int delta);

/* Dot voting in the current vote step; *res says when a cap refused it. */
bool session_vote(struct session *s, int64_t item_id, int delta, enum meeting_result *res);
/* Sets the dots on an item to a number typed (the voter's, or the counted
 * total); *res says why the engine refused it. */
bool session_vote_set(struct session *s, int64_t item_id, int dots, enum meeting_result *res);
bool session_vote_settings(struct session *s, int dots, bool counting);

/* Seats (session-seats.c) ------------------------------------------ */

/* The same as session_resume, with the meeting's protocol given (a
 * meeting already open: no catalog needed). */
bool session_resume_with(struct session *s, struct store *st, const struct protocol *p,
			 int64_t meeting_id, int64_t now_ms);
/* The facilitator's screen shows the team's norms (norms_protocol, an id)
 * before the first step, or (NULL) no longer: saved so the room view in
 * another terminal shows them too. */
bool session_show_opening(struct session *s, const char *norms_protocol);
/* The facilitator's app opens the meeting to seats: its join code is
 * made if it has none. */
bool session_open_to_seats(struct session *s);
/* Brings in what seats entered on the current step since the session
 * last read it: ratings and ballots, answers and items, dots, who has
 * voted, hands shown. False (session_error says why) when it could not
 * read; the engine is then as it was. */
bool session_refresh(struct session *s, int64_t now_ms);
/* place has voted from a seat on dimension dim of the current step. */
bool session_seat_voted(const struct session *s, size_t dim, size_t place);
/* How many on the current step's dimension voted from a seat. */
size_t session_seat_votes(const struct session *s, size_t dim);

/* A seat's own input, place being the seat's person. Each is written only
 * while the step is open to input (SEAT_CLOSED after the facilitator moves
 * on). *cast is the seat's memory of its ballot on the dimension (-1 for
 * none): a blind ballot is changed by naming the one it replaces, and
 * nothing stored links either to the seat. */
enum seat_write session_seat_rate(struct session *s, size_t place, size_t dim, int value,
				  int *cast);
/* A two-way placement's blind ballot, from a seat: the pair (x, y) cast
 * at once, *cast the pair it replaces ({-1, -1} for none), updated
 * (session-pairs.c). Named placements go axis by axis, as ratings. */
enum seat_write session_seat_place(struct session *s, size_t place, int x, int y,
				   struct ballot_pair *cast);
/* A paper slip of a blind two-way placement: both numbers at once, so the
 * pair is kept as one ballot; u (session_rate's undo) takes back the last. */
bool session_slip_pair(struct session *s, int x, int y, enum meeting_result *res);
/* Whether the current step's blind entry is by pairs (a two-way placement). */
bool session_enters_pairs(const struct session *s);
enum seat_write session_seat_add(struct session *s, size_t group, const char *text);
/* Adds delta of place's own dots to an item; *res says when a cap
 * refused it (SEAT_REFUSED). */
enum seat_write session_seat_vote(struct session *s, size_t place, int64_t item_id, int delta,
				  enum meeting_result *res);
/* Shows place's fingers on the fist to five open now; *shown is the
 * count the seat showed before (-1 for none), updated. */
enum seat_write session_seat_fist(struct session *s, size_t place, int point, int *shown);
/* The facilitator opens (or closes) the current step's fist to five to
 * seats: opening starts a new count. */
bool session_fist_to_seats(struct session *s, bool open);

/* Ends the quiet writing of the current step and starts the discussion;
 * false when the step has none running. */
bool session_end_silence(struct session *s);

#endif
