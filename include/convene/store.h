/*
 * store: the team's record in one SQLite file. The only module that knows
 * SQLite. Every captured entry is committed in its own short transaction
 * before the call returns, so what the screen shows as saved survives a
 * kill -9. Functions return false on failure with store_error() saying why.
 *
 * This header holds opening the file, teams, and a meeting's record as it
 * is written and read. Beside it: store-history.h (a team across its
 * meetings), store-review.h (corrections, approval, search, the meetings a
 * page at a time), store-import.h (meetings from elsewhere, a demo
 * history) and store-seats.h (seats and the secret ballot).
 */
#ifndef CONVENE_STORE_H
#define CONVENE_STORE_H

#include "convene/meeting.h"
#include "convene/protocol.h"
#include "convene/states.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct store;

/* What an edit of a stored entry did. Every answer or item, talking point,
 * decision and action item has a version, one more with every change; an
 * edit carries the version its writer read and writes only if the row still
 * has it, so a change made elsewhere since (another terminal, review) is
 * never overwritten unseen: the edit is refused as STORE_CHANGED, with what
 * the row holds now in a struct store_now. Saving over it is the same edit
 * again with the version now. STORE_FAILED is 0: test for STORE_SAVED. */
enum store_edit { STORE_FAILED, STORE_SAVED, STORE_CHANGED };
struct store_now {
	int64_t version; /* saved: the row's new version; changed: its version now */
	char *text;      /* changed: its words now (a decision's: what was decided);
			  * the caller frees it */
};

enum store_open_error {
	STORE_OPEN_OK,
	STORE_OPEN_CANNOT_CREATE, /* missing directory, permissions */
	STORE_OPEN_NOT_CONVENE,   /* some other SQLite file, or not SQLite */
	STORE_OPEN_TOO_NEW,       /* written by a newer convene */
	STORE_OPEN_FAILED,        /* locked, corrupt, I/O */
	STORE_OPEN_EMPTY,         /* store_open_read: an empty file, nothing recorded */
};

struct store *store_open(const char *path, enum store_open_error *why, char **message);
/* Opens an existing database only to read it: it works on a file or in a
 * folder that cannot be written, and creates nothing (an older schema is
 * upgraded through store_open when the file may be written). */
struct store *store_open_read(const char *path, enum store_open_error *why, char **message);
/* How long a write waits for another program's write to finish before it
 * gives up and says so (5 s from store_open). The app waits only a moment:
 * its screen and clock must not freeze while an import runs; the change
 * stays on screen to try again. */
void store_set_patience(struct store *s, int ms);
void store_close(struct store *s);
const char *store_error(const struct store *s);
/* Whether the last failure came from the disk or the database file (full,
 * failing, busy, read-only, damaged) rather than from the data refused. */
bool store_error_is_io(const struct store *s);
/* A number that changes whenever another connection commits: a follower
 * reads the meeting again only when it did. */
int64_t store_data_version(struct store *s);
int store_schema_version(const struct store *s);

struct member {
	int64_t id;
	char *uid;
	char *name;
	char *group;
	bool guest; /* here for one meeting: never on the team's list */
};

struct team {
	int64_t id;
	char *uid;
	char *name;
	char *quorum;          /* the quorum rule: each-group or none */
	int reopen_threshold;  /* percent of members present to reopen a decision */
	char *norms_protocol;  /* the norms shown at the start of each meeting, or NULL */
	bool guests_count;     /* guests count toward quorum */
	struct member *members; /* its members on the list (retired ones left out) */
	size_t n_members;
};

struct team_list {
	struct team *teams;
	size_t n;
};

struct new_member {
	const char *name;
	const char *group;
};

/* Creates a team and its members in one transaction. uid may be NULL for a
 * fresh random one. */
bool store_create_team(struct store *s, const char *uid, const char *name,
		       const struct new_member *members, size_t n, int64_t *team_id);
/* Sets *found; *team_id when found. */
bool store_find_team(struct store *s, const char *uid, bool *found, int64_t *team_id);
bool store_list_teams(struct store *s, struct team_list *out);
/* One team with its members, as the only entry of out (none when there is
 * no such team). */
bool store_load_team(struct store *s, int64_t team_id, struct team_list *out);
void team_list_free(struct team_list *l);

/* Editing a team, each change saved at once (store-team.c). Names are
 * trimmed and must not be empty; two members on the list never share a
 * name. A member is never deleted: retiring takes them off the list (no
 * more attendance or rotation) and every record keeps their name. Earlier
 * meetings keep the names and groups their attendance had that day. */
bool store_rename_team(struct store *s, int64_t team_id, const char *name);
bool store_add_member(struct store *s, int64_t team_id, const char *name, const char *group,
		      int64_t *member_id);
bool store_update_member(struct store *s, int64_t member_id, const char *name, const char *group);
bool store_retire_member(struct store *s, int64_t member_id);
/* Renames a group for every member of the team in it; *changed says how many. */
bool store_rename_group(struct store *s, int64_t team_id, const char *from, const char *to,
			size_t *changed);
/* A guest of one meeting, added at attendance before the meeting starts:
 * a member row of the team that never joins its list or its rotation.
 * Removing one is possible until a meeting has them on its attendance. */
bool store_add_guest(struct store *s, int64_t team_id, const char *name, const char *group,
		     int64_t *member_id);
bool store_remove_guest(struct store *s, int64_t member_id);
/* Someone arrives (present) or leaves during a running meeting: saved with
 * its time; a member the meeting had no attendance for (a guest added
 * during it) joins its attendance. */
bool store_set_present(struct store *s, int64_t meeting_id, int64_t member_id, bool present);

struct meeting_info {
	int64_t id;
	char *uid;
	int64_t team_id;
	char *team_name;
	char *title;
	char *protocol_id;
	char *protocol_version;
	enum rating_mode mode;
	enum meeting_status status;
	char *started_at; /* UTC, ISO 8601 */
	char *closed_at;  /* NULL while running */
	size_t step, dim;
	enum meeting_view view;
	char *agenda_items; /* an agenda's spec (see agenda.h), or NULL */
	int64_t clock_running_ms; /* how long the clock has run since it was saved, or -1 */
	int64_t break_id;         /* a break still open, or 0 */
	int64_t break_running_ms; /* how long it has run */
	int64_t break_planned_ms;
	int64_t pause_id;         /* a pause the time keeper has not ended, or 0 */
	char *team_quorum;        /* the team's quorum rule */
	int reopen_threshold;
	char *team_uid;
	char *approved_at;        /* when the notes were approved, or NULL */
	bool guests_count;        /* the team's rule: guests count toward quorum */
	/* The norms protocol the facilitator's screen shows before the first
	 * step, while it does (the room shows it too); NULL otherwise. */
	char *opening_norms;
};

struct attendee {
	int64_t member_id;
	char *name;  /* as it was at the meeting */
	char *group;
	bool present; /* present now, or at the end of a closed meeting */
	int position; /* in the team's order of members */
	char *member_uid;
	bool guest;
	bool retired; /* no longer on the team's list (the team's state today) */
};

/* Someone arrived (present) or left during the meeting, and when. */
struct attendance_change {
	int64_t member_id;
	bool present;
	char *at; /* UTC, ISO 8601 */
};

struct step_record {
	char *kind;
	char *title;
	char *protocol_id;
	int planned_seconds; /* as the time keeper left it */
	int agreed_seconds;  /* as agreed at setup */
	int64_t actual_ms;
	int items_step;     /* the step whose items it uses (or, for a levels
			     * step, whose dimensions it agrees levels for), or -1 */
	int vote_top;       /* how many items a vote marks for follow-up */
	int vote_dots;      /* 0 unless the room changed it */
	bool vote_counting; /* a vote's totals were counted on paper */
	bool silence_over;  /* its quiet writing was ended */
};

struct rating_record {
	size_t step;
	size_t dim_index;
	char *dimension_id;
	char *dimension_title;
	size_t slot;
	int64_t member_id; /* 0 for a blind rating */
	char *member_name; /* NULL for a blind rating */
	char *member_group;
	int value;
	int scale_min, scale_max;
	char *entered_at;
};

/* A placement's point as the meeting began with it: dimension_id "" for
 * the point itself (text: its general meaning), else a component's id
 * (text: that component's descriptor, NULL where the source has none). */
struct point_label_record {
	size_t step;
	char *dimension_id;
	int value;
	char *label;
	char *text;
};

struct group_record {
	size_t step;
	char *key;   /* question or box id */
	char *title; /* its text when the meeting began */
};

struct item_record {
	int64_t id;
	char *uid;
	size_t step;
	char *group; /* the question or box id */
	char *text;
	char *created_at;
	bool off_record; /* kept, but never exported */
	int64_t version; /* its changes (enum store_edit); never exported */
};

struct vote_record {
	size_t step;       /* the vote step */
	int64_t item_id;
	int64_t member_id; /* 0 for a counted total */
	char *member_name; /* NULL for a counted total */
	int dots;
};

struct point_record {
	int64_t id;
	char *uid;
	size_t step;
	char *text;
	char **agreed_by; /* the groups that confirmed this wording */
	char **agreed_at; /* when each did */
	size_t n_agreed;
	char *updated_at;
	/* When the note taker corrected the wording of a point a group had
	 * confirmed: the wording confirmed, who corrected it and when (UTC).
	 * All NULL otherwise. */
	char *agreed_text;
	char *corrected_by;
	char *corrected_at;
	int64_t version; /* its changes (enum store_edit); never exported */
};

struct decision_record {
	int64_t id;
	char *uid;
	size_t step;
	char *topic;
	char *point_id;    /* the continuum point chosen, or NULL */
	char *point_title;
	char *text;
	char *reasons;
	int fist[6];
	bool fist_taken;
	enum decision_status status;
	char *updated_at;
	int64_t reopens_id; /* the earlier decision it reopens, or 0 */
	char *reopens_uid;
	char *reopens_topic;
	char *reopen_info;
	int reopen_votes, reopen_present;
	int64_t version; /* its changes (enum store_edit); never exported */
};

struct action_record {
	int64_t id;
	char *uid;
	size_t step;
	char *text;
	int64_t owner;     /* member id, or 0 */
	char *owner_name;  /* NULL when nobody owns it */
	char *due;         /* YYYY-MM-DD or NULL */
	enum action_status status;
	char *updated_at;
	int64_t item_id;  /* the vote's item it was carried from, or 0 */
	char *item_uid;   /* that item's uid and words, or NULL */
	char *item_text;
	int64_t version;  /* its changes (enum store_edit); never exported */
};

struct focus_record {
	size_t step;
	char *norm_id;
	char *norm_name;
	char *picked_at;
};

/* A levels step's record of one component (agreed_level). */
struct level_record {
	char *uid;
	size_t step;
	size_t component_index;
	char *component_id;
	char *component_title;
	int level;         /* -1 when none was agreed */
	int target;        /* -1 when none was set */
	char *target_date; /* YYYY-MM-DD, or NULL without a target */
	int scale_min, scale_max;
	char *created_at, *updated_at;
};

struct meeting_role {
	char *role;
	int64_t member_id;
	char *member_name;
};

struct amendment_record {
	char *what;   /* e.g. "answer", "answer taken off the record" */
	char *before; /* may be NULL */
	char *after;  /* may be NULL */
	char *reason;
	char *amended_at;
};
struct meeting_record {
	struct meeting_info info;
	struct attendee *attendees; /* in the team's member order */
	size_t n_attendees;
	struct step_record *steps;
	size_t n_steps;
	struct rating_record *ratings; /* by step, dimension, slot */
	size_t n_ratings;
	struct item_record *items; /* answers and box items, by step, in the order added */
	size_t n_items;
	struct group_record *groups; /* by step, in protocol order */
	size_t n_groups;
	struct vote_record *votes;
	size_t n_votes;
	struct point_record *points; /* talking points, in the order drafted */
	size_t n_points;
	struct decision_record *decisions; /* in the order recorded */
	size_t n_decisions;
	struct action_record *actions; /* in the order recorded */
	size_t n_actions;
	struct focus_record *focus; /* the norms picked for the meeting */
	size_t n_focus;
	struct level_record *levels; /* agreed levels and targets, by step and component */
	size_t n_levels;
	struct meeting_role *roles; /* in the team's order of roles */
	size_t n_roles;
	struct amendment_record *amendments; /* changes after approval, oldest first */
	size_t n_amendments;
	struct attendance_change *changes; /* arrivals and departures, in order */
	size_t n_changes;
	struct arena *text; /* holds the record's text when read in bulk */
	struct point_label_record *point_labels; /* by step, dimension, value */
	size_t n_point_labels;
};

/* The label a stored placement gave a value on a step, or NULL (a rating,
 * or a value off its points): what every view of a record asks. */
/* The label of an agreed level or target (value) when the step it agrees
 * levels for is a placement; NULL otherwise. */
const char *record_level_label(const struct meeting_record *r, const struct level_record *x,
			       int value);
const char *record_point_label(const struct meeting_record *r, size_t step, int value);
/* A component's descriptor for a value on a stored placement, or NULL. */
const char *record_point_descriptor(const struct meeting_record *r, size_t step,
				    const char *dimension_id, int value);

struct role_assignment {
	const char *role;
	int64_t member_id;
};

/* Starts a meeting of protocol p with the given attendance (one flag per
 * member of t, in its order: the team's members, then any guests added
 * with store_add_guest), who holds which role, and the
 * minutes planned for each step (NULL: the protocol's), in one transaction. */
bool store_begin_meeting(struct store *s, const struct team *t, const bool *present,
			 const struct protocol *p, enum rating_mode mode,
			 const struct role_assignment *roles, size_t n_roles, const int *minutes,
			 int64_t *meeting_id);

/* The step times of the team's previous meeting of the same protocol (or
 * agenda), by step: planned seconds and time taken. Nothing when there is
 * none. Free with step_times_free. */
struct step_time {
	char *title;
	int planned_seconds;
	int64_t actual_ms;
};
bool store_last_step_times(struct store *s, int64_t team_id, const char *protocol_id,
			   struct step_time **out, size_t *n);
void step_times_free(struct step_time *t, size_t n);

/* Kinds of record in a meeting, for reading many meetings at once. */
enum record_kind {
	RECORD_RATINGS = 1u << 0,
	RECORD_ITEMS = 1u << 1, /* on the record */
	RECORD_VOTES = 1u << 2,
	RECORD_POINTS = 1u << 3, /* talking points, agreed or not */
	RECORD_DECISIONS = 1u << 4,
	RECORD_ACTIONS = 1u << 5,
	RECORD_FOCUS = 1u << 6,
	RECORD_LEVELS = 1u << 7,
	RECORD_ALL = (1u << 8) - 1,
};
/* Marks the meeting as showing the norms protocol named before its first
 * step (NULL: no longer), so the room view shows them too. */
bool store_set_opening(struct store *s, int64_t meeting_id, const char *norms_protocol);

struct meeting_selection {
	const char *team; /* its name, uid or number; NULL: every team */
	const char *since, *until; /* YYYY-MM-DD, local time; NULL: no bound */
	unsigned kinds; /* the meetings holding one of these (enum record_kind) */
	bool every_meeting; /* or every meeting, even one with none of them */
};

/* The records (oldest first) of the meetings selected, with their
 * attendance, steps, roles, amendments and the kinds asked for, read a
 * batch at a time (each table once per batch), so a history too long to
 * hold is never held: each gets the next batch of at most batch records,
 * which are freed when it returns; false from it stops. All read in one
 * snapshot. *team_found is false when no team matches. */
typedef bool store_each_fn(struct meeting_record *rs, size_t n, void *ctx);
bool store_each_meetings(struct store *s, const struct meeting_selection *sel, size_t batch,
			 bool *team_found, store_each_fn *each, void *ctx);

/* What the note taker corrects in review. */
enum review_kind { REVIEW_ITEM, REVIEW_POINT, REVIEW_DECISION, REVIEW_ACTION };
struct rating_entry {
	int64_t meeting_id;
	size_t step;
	size_t dim_index;
	const struct dimension *dimension;
	const struct scale *scale;
	size_t slot;
	int64_t member_id; /* 0 for blind */
	int value;
};
/* Inserts or corrects a rating. */
bool store_save_rating(struct store *s, const struct rating_entry *r);
bool store_delete_rating(struct store *s, int64_t meeting_id, size_t step,
			 const char *dimension_id, size_t slot);
/* A checklist's whole list (one rating per item) in one transaction: a
 * value of -1 removes the item's rating. All are written or none. */
bool store_save_list(struct store *s, const struct rating_entry *r, size_t n);

/* Answers and box items: each add, edit, move and delete is committed at
 * once. group is the question or box id. An edit names the version read
 * (enum store_edit); text NULL keeps the words (a move). now may be NULL. */
bool store_add_item(struct store *s, int64_t meeting_id, size_t step, const char *group,
		    const char *text, int64_t *id);
enum store_edit store_update_item(struct store *s, int64_t id, int64_t version, const char *group,
				  const char *text, struct store_now *now);
/* Deletes are checked like edits: an entry changed since version is kept
 * (STORE_CHANGED with its words); one already gone counts as deleted. */
enum store_edit store_delete_item(struct store *s, int64_t id, int64_t version,
				  struct store_now *now);
/* Sets the dots a person (member_id) or the counted total (member_id 0)
 * has on an item in a vote step; 0 dots removes the row. */
bool store_set_vote(struct store *s, size_t step, int64_t item_id, int64_t member_id, int dots);

/* Talking points. Rewording a point removes its confirmations in the same
 * transaction: the groups agreed to the old wording. */
bool store_add_point(struct store *s, int64_t meeting_id, size_t step, const char *text,
		     int64_t *id);
enum store_edit store_reword_point(struct store *s, int64_t id, int64_t version, const char *text,
				   struct store_now *now);
enum store_edit store_delete_point(struct store *s, int64_t id, int64_t version,
				   struct store_now *now);
bool store_set_confirmation(struct store *s, int64_t point_id, const char *group, bool confirmed);

/* Inserts the decision (d->id 0; *id receives the new id) or updates it
 * from d->version (enum store_edit). id and now may be NULL. */
enum store_edit store_save_decision(struct store *s, int64_t meeting_id, size_t step,
				    const struct decision *d, const struct continuum_point *point,
				    int64_t *id, struct store_now *now);
enum store_edit store_delete_decision(struct store *s, int64_t id, int64_t version,
				      struct store_now *now);

/* The decisions a team made (status decided) in meetings other than
 * meeting_id, newest first. Free with earlier_decisions_free. */
struct earlier_decision {
	int64_t id;
	int64_t meeting_id;
	char *topic;
	char *text;
	char *date; /* YYYY-MM-DD, local time */
};
bool store_earlier_decisions(struct store *s, int64_t team_id, int64_t meeting_id,
			     struct earlier_decision **out, size_t *n);
void earlier_decisions_free(struct earlier_decision *d, size_t n);

/* Inserts the action item (a->id 0; *id receives the new id) or updates it
 * from a->version (enum store_edit). id and now may be NULL. */
enum store_edit store_save_action(struct store *s, int64_t meeting_id, size_t step,
				  const struct action_item *a, int64_t *id, struct store_now *now);
enum store_edit store_delete_action(struct store *s, int64_t id, int64_t version,
				    struct store_now *now);

bool store_set_focus(struct store *s, int64_t meeting_id, size_t step, const struct norm *n,
		     bool on);

/* Records a levels step's component (comp, a dimension of the step it
 * names, on that step's scale): level and target as l has them; an empty
 * l removes the row. */
bool store_save_level(struct store *s, int64_t meeting_id, size_t step, size_t comp,
		      const struct dimension *d, const struct scale *sc, const struct agreed_level *l);

bool store_save_vote_settings(struct store *s, int64_t meeting_id, size_t step, int dots,
			      bool counting);
/* The facilitator ended the step's quiet writing. */
bool store_end_silence(struct store *s, int64_t meeting_id, size_t step);

/* The clock. store_save_clock records the current step's time spent and
 * whether its clock is running from now on, so that a restart finds it;
 * a plan changed in the meeting, and pauses and breaks, are kept too. */
bool store_save_clock(struct store *s, int64_t meeting_id, size_t step, int64_t actual_ms,
		      bool running);
bool store_save_step_plan(struct store *s, int64_t meeting_id, size_t step, int64_t planned_ms);
bool store_start_pause(struct store *s, int64_t meeting_id, bool is_break, int64_t planned_ms,
		       int64_t *id);
bool store_end_pause(struct store *s, int64_t id);
/* A break under way planned to last planned_ms in all. */
bool store_set_break_plan(struct store *s, int64_t id, int64_t planned_ms);

/* Where the meeting stands, so that it resumes there; and the time spent on
 * a step so far. */
bool store_save_position(struct store *s, int64_t meeting_id, size_t step, size_t dim,
			 enum meeting_view view);
bool store_save_step_time(struct store *s, int64_t meeting_id, size_t step, int64_t actual_ms);
/* A move between steps as one change: the time charged to the step left,
 * where the meeting now stands, and the clock of the step it is on. When any
 * part fails nothing is saved. */
struct store_move {
	bool has_left; /* left_step is a step (not the closing page) */
	size_t left_step;
	int64_t left_ms;
	size_t step, dim;
	enum meeting_view view;
	bool on_step; /* step is a step, whose clock is saved */
	int64_t step_ms;
	bool running;
};
bool store_save_move(struct store *s, int64_t meeting_id, const struct store_move *mv);
bool store_close_meeting(struct store *s, int64_t meeting_id);

/* At most limit meetings (0: no limit) with the given status (NULL for
 * all), newest first. */
bool store_list_meetings(struct store *s, const enum meeting_status *status, size_t limit,
			 struct meeting_info **out, size_t *n);
void meeting_infos_free(struct meeting_info *m, size_t n);
/* The meeting numbered id, when there is one (*found); the caller frees
 * it with meeting_info_free. */
bool store_meeting_info(struct store *s, int64_t id, bool *found, struct meeting_info *out);
void meeting_info_free(struct meeting_info *m);

/* Looks a meeting up by number or uid; *found is false if there is none. */
bool store_load_meeting(struct store *s, const char *id_or_uid, bool *found,
			struct meeting_record *out);
void meeting_record_free(struct meeting_record *r);
/* Frees n records and the array that holds them. */
void meeting_records_free(struct meeting_record *rs, size_t n);

#endif
