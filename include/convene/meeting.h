/*
 * meeting: the meeting engine, a pure state machine. It takes events (next,
 * back, rate, undo, select) with the current monotonic time as an input and
 * exposes state for the screens to draw. It knows nothing of curses, SQLite
 * or YAML and never reads a clock, so whole protocols run in unit tests.
 *
 * Every event that changes what must be saved reports the change through a
 * struct rating_change; the caller writes it to the store.
 */
#ifndef CONVENE_MEETING_H
#define CONVENE_MEETING_H

#include "convene/protocol.h"
#include "convene/stats.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum rating_mode {
	RATING_NAMED, /* the screen shows whose rating is being entered */
	RATING_BLIND, /* the screen shows only how many ratings are in */
};

/* Someone who has been present at the meeting. Attendance can change while
 * it runs: whoever leaves keeps their place (and the ratings and dots they
 * gave), marked away; whoever arrives for the first time takes a new place
 * at the end. Places never move, so what is stored by place stays right. */
struct participant {
	int64_t member_id;
	const char *name;  /* borrowed */
	const char *group; /* borrowed */
	bool guest;        /* here for this meeting only: speaks for no group */
	bool away;         /* left the meeting (and not back yet) */
};

enum meeting_view {
	VIEW_STEP,    /* the step itself; for a rating step, dimension `dim` */
	VIEW_RESULTS, /* the results of the rating step `step` */
	VIEW_CLOSING, /* after the last step, before the meeting is closed */
};

enum meeting_result {
	MEETING_OK,
	MEETING_INCOMPLETE, /* not everyone present has rated: confirm to move on */
	MEETING_AT_START,
	MEETING_AT_END,
	MEETING_NOT_RATING, /* a rating event outside rating entry */
	MEETING_OUT_OF_SCALE,
	MEETING_ALL_RATED, /* blind entry already has a rating from everyone */
	MEETING_NOTHING_TO_UNDO,
	MEETING_NO_DOTS_LEFT, /* the voter (or the room) has used every dot */
	MEETING_ITEM_CAP,     /* the item already has the most dots allowed */
	MEETING_BOX_CAP,      /* the box already has the most dots allowed */
	MEETING_NOT_VOTE,     /* a vote event outside a vote step */
	MEETING_FOCUS_FULL,   /* as many norms are picked as the step allows */
	MEETING_DOTS_MISSING, /* a dot vote has dots not placed: confirm to move on */
};

struct rating_change {
	size_t step, dim, slot;
	int64_t member_id; /* 0 in blind mode: a blind rating belongs to no one */
	int value;         /* -1 when the rating was removed */
	int previous;      /* what the slot held before, or -1 */
};

/* A captured piece of text: an answer to a question, an item in a box. */
struct entry {
	int64_t id;   /* the store's id for it */
	size_t group; /* the question or box it belongs to */
	char *text;
	unsigned agreed; /* talking points: a bit per group present that confirmed it */
	int64_t version; /* the store's version of it, as read (see store.h) */
};

/* Dots on one item: a person's (slot < n_people) or a counted total entered
 * after a vote on paper (slot == n_people). */
struct tally {
	int64_t item_id;
	size_t slot;
	int dots;
};

struct vote_change {
	int64_t item_id;
	size_t slot;
	int64_t member_id; /* 0 for a counted total */
	int dots;          /* the new number on the item */
	int previous;
};

enum decision_status {
	DECISION_DRAFT,     /* being recorded */
	DECISION_DECIDED,
	DECISION_DEFERRED,
	DECISION_INPUT_ONLY, /* the team gave input; someone else decides */
	DECISION_STATUS_COUNT
};

/* Fist to five: how many showed 0 (a fist: block) to 5 (full support).
 * Anyone below three states an objection. */
#define FIST_POINTS 6

struct decision {
	int64_t id;
	char *topic;
	int point; /* index in the step's continuum, or -1 not chosen yet */
	char *text; /* what was decided */
	char *reasons;
	int fist[FIST_POINTS];
	bool fist_taken;
	enum decision_status status;
	/* When it reopens an earlier decision: that decision, the new
	 * information, and how many of those present voted to reopen it. */
	int64_t reopens_id;
	char *reopen_info;
	int reopen_votes, reopen_present;
	int64_t version; /* the store's version of it, as read (see store.h) */
};

const char *decision_status_name(enum decision_status s);
bool decision_status_parse(const char *name, enum decision_status *out);
/* How many showed fewer than three fingers. */
int decision_objections(const struct decision *d);
void decision_copy(struct decision *dst, const struct decision *src);
void decision_free(struct decision *d);

enum action_status { ACTION_OPEN, ACTION_DONE, ACTION_CARRIED, ACTION_DROPPED, ACTION_STATUS_COUNT };

struct action_item {
	int64_t id;
	char *text;
	int64_t owner; /* a member's id, or 0 when nobody owns it yet */
	char due[11];  /* YYYY-MM-DD, or empty */
	enum action_status status;
	int64_t item_id; /* the item it was carried from (a vote's), or 0 */
	int64_t version; /* the store's version of it, as read (see store.h) */
};

const char *action_status_name(enum action_status s);
bool action_status_parse(const char *name, enum action_status *out);
/* True for an empty date or a real calendar date written YYYY-MM-DD. */
bool action_due_valid(const char *due);

/* A levels step's record of one component (a dimension of the step it
 * names): the level the team agrees it is at now and the level it aims
 * for by a date, both on that step's scale. */
struct agreed_level {
	int level;     /* -1: none agreed */
	int target;    /* -1: none set */
	char date[11]; /* the target's date, YYYY-MM-DD; empty without a target */
};

/* The most groups a meeting tells apart (a talking point's confirmations). */
#define MEETING_MAX_GROUPS 16

struct step_state {
	int *values;     /* [dim * n_people + slot]; -1 means not rated */
	size_t *order;   /* per dimension, slots in the order they were entered */
	size_t *entered; /* per dimension, how many slots hold a rating */
	struct entry *entries; /* in the order they were added */
	size_t n_entries;
	bool silence_over; /* the quiet-writing time has been ended */
	/* STEP_VOTE */
	struct tally *tallies;
	size_t n_tallies;
	int dots;          /* per person, from the protocol unless changed */
	bool counting;     /* totals are entered, not each person's dots */
	/* STEP_DECIDE */
	struct decision *decisions;
	size_t n_decisions;
	/* STEP_ACTIONS */
	struct action_item *actions;
	size_t n_actions;
	/* STEP_LEVELS: one per dimension of the step it names; NULL until one is set */
	struct agreed_level *levels;
	size_t n_levels;
	/* STEP_NORMS listing norms: the ones picked to focus on today, by bit */
	unsigned focus;
	int64_t elapsed_ms; /* time spent on the step so far, pauses and breaks excluded */
	int64_t planned_ms; /* its planned duration, as the time keeper left it */
	int64_t agreed_ms;  /* the plan the room agreed at setup */
};

struct meeting {
	const struct protocol *protocol;     /* borrowed */
	enum rating_mode mode;
	const struct participant *people;    /* borrowed: everyone who has been present */
	size_t n_people;
	const char **groups; /* the groups present now (District, each union), in order */
	size_t n_groups;
	/* Every group that has been present, in order of coming: a talking
	 * point's confirmations are bits in this list, so a group that leaves
	 * and comes back finds its confirmation where it left it. */
	const char *known_groups[MEETING_MAX_GROUPS];
	size_t n_known;
	unsigned char group_bit[MEETING_MAX_GROUPS]; /* groups[g] is known_groups[group_bit[g]] */
	size_t step;
	enum meeting_view view;
	size_t dim;
	size_t cursor; /* named mode: whose rating the next key enters */
	struct step_state *steps;
	int64_t entered_ms; /* when the clock last started on the current step */
	bool paused;        /* the meeting clock is stopped (a pause or a break) */
	bool on_break;
	bool paused_before_break; /* the time keeper had paused before the break */
	int64_t break_started_ms;
	int64_t break_planned_ms;
	int64_t break_total_ms; /* all breaks so far */
};

/* What the clock of the current step says, in order of precedence: a break
 * shows the break's countdown, quiet writing its own, then the step's. */
enum time_state {
	TIME_DONE,      /* after the last step: no clock */
	TIME_BREAK,     /* a break runs: shown_ms is its countdown */
	TIME_QUIET,     /* quiet writing: shown_ms is what is left of it */
	TIME_PAUSED,    /* the time keeper stopped the clock (in quiet writing,
			 * shown_ms is still the quiet writing's) */
	TIME_OVER,      /* the step ran past its plan */
	TIME_WARNING,   /* 20% or less of the planned time is left */
	TIME_LEFT,      /* counting down */
	TIME_UNPLANNED, /* no plan: shown_ms is the time elapsed */
	TIME_STATE_COUNT
};
/* The words the room reads beside the clock ("TIME IS NEARLY UP"). */
const char *time_state_label(enum time_state st);
/* Whether the room should notice it: shown in the alert style. */
bool time_state_alert(enum time_state st);

/* The current step's clock, for the time keeper and the room. */
struct step_timer {
	int64_t planned_ms;
	int64_t elapsed_ms;
	int64_t left_ms;  /* negative in overtime */
	bool warning;     /* 20% or less of the planned time is left */
	bool overtime;
	bool paused;
	enum time_state state;
	int64_t shown_ms; /* what the big clock shows for that state, never negative */
	bool shown_over;  /* shown_ms counts past the end (a '+' before it) */
};

/* The meeting as a whole: what was planned, and where it is heading. */
struct meeting_clock {
	int64_t planned_ms;   /* all steps as agreed at setup */
	int64_t used_ms;      /* spent on steps so far (breaks excluded) */
	int64_t remaining_ms; /* what the steps still need, at the least */
	int64_t behind_ms;    /* projected (with the time keeper's changes) minus agreed:
			       * negative when ahead */
	int64_t breaks_ms;
};

void meeting_init(struct meeting *m, const struct protocol *p, const struct participant *people,
		  size_t n_people, enum rating_mode mode, int64_t now_ms);
void meeting_finish(struct meeting *m);

/* Attendance changed: people is the new list (the same places, perhaps
 * more at the end, each marked away or not). From now on "everyone has
 * rated", the groups that must confirm and whose turn it is follow who is
 * here; ratings and dots already given stay. */
void meeting_people_changed(struct meeting *m, const struct participant *people, size_t n_people);
/* How many are here now; whether the person at a place is. */
size_t meeting_here_count(const struct meeting *m);
bool meeting_is_here(const struct meeting *m, size_t slot);
/* Ratings entered on a dimension by those here now (blind: all entered),
 * and whether everyone here has rated it. */
size_t meeting_rated_here(const struct meeting *m, size_t step, size_t dim);
bool meeting_everyone_rated(const struct meeting *m, size_t step, size_t dim);

const struct step *meeting_current_step(const struct meeting *m);
bool meeting_in_rating_entry(const struct meeting *m);

enum meeting_result meeting_next(struct meeting *m, int64_t now_ms, bool force);
/* Where the meeting stands and the time charged to the step it is on:
 * taken before a move, and put back when the move could not be saved. */
struct meeting_place {
	size_t step, dim, cursor;
	enum meeting_view view;
	int64_t entered_ms, elapsed_ms;
};
struct meeting_place meeting_place_of(const struct meeting *m);
void meeting_place_restore(struct meeting *m, const struct meeting_place *p);
enum meeting_result meeting_back(struct meeting *m, int64_t now_ms);

/* Enters value for the current dimension: for the person under the cursor in
 * named mode, into the next free slot in blind mode. Rating a person again
 * corrects their rating. */
enum meeting_result meeting_rate(struct meeting *m, int value, struct rating_change *change);
/* Removes the rating entered last in the current dimension. */
enum meeting_result meeting_undo(struct meeting *m, struct rating_change *change);
/* Moves the named-mode cursor by delta people, wrapping. */
void meeting_select(struct meeting *m, int delta);

size_t meeting_rated_count(const struct meeting *m, size_t step, size_t dim);
/* The rating of a slot, or -1. */
int meeting_value(const struct meeting *m, size_t step, size_t dim, size_t slot);
void meeting_dimension_stats(const struct meeting *m, size_t step, size_t dim,
			     struct rating_stats *out);
/* Stats of every dimension of a rating step, focus flags set. Caller frees. */
struct rating_stats *meeting_step_stats(const struct meeting *m, size_t step);
int64_t meeting_step_elapsed_ms(const struct meeting *m, size_t step, int64_t now_ms);

/* Entries of a prompt step (answers by question) or boxes step (items by
 * box), in the order added. The caller saves an entry before adding it
 * here, so ids are the store's. A step that works on an earlier step's
 * items (items_from) keeps them there: pass either step. */
size_t meeting_entries_step(const struct meeting *m, size_t step);
size_t meeting_group_count(const struct meeting *m, size_t step);
/* The group names of the step's entries: questions or box titles. */
const char *meeting_group_title(const struct meeting *m, size_t step, size_t group);
bool meeting_entry_add(struct meeting *m, size_t step, size_t group, int64_t id, const char *text);
bool meeting_entry_edit(struct meeting *m, size_t step, size_t index, const char *text);
bool meeting_entry_move(struct meeting *m, size_t step, size_t index, size_t group);
bool meeting_entry_delete(struct meeting *m, size_t step, size_t index);

/* Dot voting, in the current vote step: the cursor is the voter. Adds
 * delta (+1 or -1) dots to the item for the voter, or to the counted total. */
enum meeting_result meeting_vote(struct meeting *m, int64_t item_id, int delta,
				 struct vote_change *change);
/* Sets the dots on the item to a number typed (for the voter, or the
 * counted total): within the dots left and the caps, as for one dot. */
enum meeting_result meeting_vote_set(struct meeting *m, int64_t item_id, int dots,
				     struct vote_change *change);
/* Dots not placed yet in the vote step (each voter's left, or the counted
 * dots not entered), and in *voters (may be NULL) how many voters still
 * have dots, or 1 for counted totals; 0 when there is nothing to vote on. */
int meeting_vote_missing(const struct meeting *m, size_t step, size_t *voters);
int meeting_vote_total(const struct meeting *m, size_t step, int64_t item_id);
int meeting_vote_dots(const struct meeting *m, size_t step, int64_t item_id, size_t slot);
/* Dots a voter has used, or (slot n_people) the counted dots entered. */
int meeting_vote_used(const struct meeting *m, size_t step, size_t slot);
/* The most dots that slot may place in all: dots per person, or dots per
 * person times the people present for counted totals. */
int meeting_vote_budget(const struct meeting *m, size_t step, size_t slot);
/* Changing the dots per person or the way dots are entered; refused (false)
 * once dots have been placed. */
bool meeting_vote_set_dots(struct meeting *m, int dots);
bool meeting_vote_set_counting(struct meeting *m, bool counting);
/* Items of the vote step's source, most dots first (ties keep their order);
 * returns the count; caller frees *order (entry indexes). */
size_t meeting_vote_ranking(const struct meeting *m, size_t step, size_t **order);
/* How many items are marked for follow-up. */
size_t meeting_vote_top(const struct meeting *m, size_t step);
/* The latest vote step before step, or -1: the vote whose items an actions
 * step can carry into action items. */
int meeting_vote_before(const struct meeting *m, size_t step);
/* Places in a ranking, the one rule for the engine and a stored vote:
 * dots[] is most first; an item with as many dots as the one before shares
 * its place (1, 2, 2, 4), and it is top when it has dots and its place is
 * within top, so an item tied with the last of the top is top too. */
struct vote_place {
	size_t place; /* 1-based */
	bool tied;    /* another item shares the place */
	bool top;     /* marked for follow-up */
};
void vote_places(const int *dots, size_t n, size_t top, struct vote_place *out);
/* When a tie straddles the cut (more items marked top than top), the
 * sentence every view says it with: "Tie at the cut: 4 items for the top 3,
 * all marked for follow-up."; NULL when not. The caller frees it. */
char *vote_cut_words(const struct vote_place *p, size_t n, size_t top);
/* The places of a ranking (order from meeting_vote_ranking); caller frees. */
struct vote_place *meeting_vote_places(const struct meeting *m, size_t step, const size_t *order,
				       size_t n);
bool meeting_restore_tally(struct meeting *m, size_t step, int64_t item_id, size_t slot, int dots);

/* Talking points: a point is agreed when every group present confirms it;
 * rewording a point (meeting_entry_edit) clears its confirmations. */
bool meeting_confirm(struct meeting *m, size_t step, size_t index, size_t group, bool confirmed);
bool meeting_agreed(const struct meeting *m, size_t step, size_t index);
/* Whether group (an index of m->groups) has confirmed the point. */
bool meeting_confirmed_by(const struct meeting *m, size_t step, size_t index, size_t group);
/* How many groups present have yet to confirm the point. */
size_t meeting_to_confirm(const struct meeting *m, size_t step, size_t index);
/* The index of a group present by name, or false. */
bool meeting_group_index(const struct meeting *m, const char *name, size_t *group);
/* A stored confirmation, by the group's name, on resume: kept even when
 * that group is not here now. */
bool meeting_restore_confirmation(struct meeting *m, size_t step, size_t index, const char *group);

/* Decisions of a decide step. The caller saves a decision first; put adds
 * it (index n_decisions) or replaces the one at index. */
bool meeting_decision_put(struct meeting *m, size_t step, size_t index, const struct decision *d);
bool meeting_decision_delete(struct meeting *m, size_t step, size_t index);

/* Action items of an actions step, saved by the caller first; put adds (at
 * index n_actions) or replaces. */
bool meeting_action_put(struct meeting *m, size_t step, size_t index, const struct action_item *a);
bool meeting_action_delete(struct meeting *m, size_t step, size_t index);

/* Agreed levels (meeting-levels.c). The step whose dimensions a levels
 * step records (NULL when step is not one), how many it has, and one's
 * record (level and target -1 when nothing is set). The caller saves a
 * change first; put replaces the component's record. */
const struct step *meeting_levels_source(const struct meeting *m, size_t step);
size_t meeting_levels_count(const struct meeting *m, size_t step);
struct agreed_level meeting_level(const struct meeting *m, size_t step, size_t comp);
bool meeting_level_put(struct meeting *m, size_t step, size_t comp, const struct agreed_level *l);
/* Whether l can be recorded on scale sc, today (YYYY-MM-DD): NULL when it
 * can, or why not. A target needs a real date after today; a level and a
 * target are points of the scale; all empty is a clearing. */
const char *agreed_level_problem(const struct scale *sc, const struct agreed_level *l,
				 const char *today);
bool agreed_level_empty(const struct agreed_level *l);

/* Picking the norms to focus on today, in the current norms step. */
enum meeting_result meeting_norm_focus(struct meeting *m, size_t norm, bool on);
/* Whether a rating step rates dimension dim: a norms check rates only the
 * norms picked for today, or all of them when none was picked. */
bool meeting_dimension_active(const struct meeting *m, size_t step, size_t dim);

/* A prompt step with silent_minutes starts with quiet writing, until the
 * facilitator ends it. */
bool meeting_in_silence(const struct meeting *m);
void meeting_end_silence(struct meeting *m);
/* What is left of the quiet writing: its minutes less the time the step's
 * clock has run (negative once it is up), so every terminal agrees. */
int64_t meeting_silence_left_ms(const struct meeting *m, int64_t now_ms);

/* The clock. Pausing stops the current step's time; a break pauses the
 * meeting and runs its own countdown. Extending changes the current step's
 * plan by delta_ms: a planned step keeps at least STEP_MIN_PLANNED_MS, so a
 * countdown never turns into a count-up by a key; removing the limit is a
 * plan of 0, set on purpose (session_set_plan). */
#define STEP_MIN_PLANNED_MS 60000
/* The current step's plan after a change of delta_ms, or -1 when the
 * change would go below the minimum a planned step keeps. */
int64_t meeting_extended_plan(const struct meeting *m, int64_t delta_ms);
void meeting_timer(const struct meeting *m, int64_t now_ms, struct step_timer *t);
void meeting_clock(const struct meeting *m, int64_t now_ms, struct meeting_clock *c);
bool meeting_pause(struct meeting *m, int64_t now_ms);
bool meeting_resume(struct meeting *m, int64_t now_ms);
void meeting_extend(struct meeting *m, int64_t delta_ms);
bool meeting_break_start(struct meeting *m, int64_t now_ms, int64_t planned_ms);
/* Ends the break; returns how long it lasted. */
int64_t meeting_break_end(struct meeting *m, int64_t now_ms);
int64_t meeting_break_left_ms(const struct meeting *m, int64_t now_ms);

/* Rebuilding a meeting from the store after a restart. */
bool meeting_restore_rating(struct meeting *m, size_t step, size_t dim, size_t slot, int value);

/* Seats (meeting-seats.c). Takes src's ratings, entries and dots of step
 * (src: the same meeting read again from the store), giving dst's to src;
 * false when the two differ in protocol or people. */
bool meeting_take_inputs(struct meeting *dst, struct meeting *src, size_t step);
/* A blind dimension's ballots, in the store's (value) order. */
void meeting_set_ballots(struct meeting *m, size_t step, size_t dim, const int *values, size_t n);
bool meeting_restore_position(struct meeting *m, size_t step, size_t dim, enum meeting_view view,
			      int64_t now_ms);

#endif
