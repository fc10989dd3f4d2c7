/*
 * rules: the ground rules a team sets, as the guidebook's teams wrote them,
 * and the rules that say what a stored meeting decided. Every view (the
 * facilitator's, the room, review, the exports) asks here instead of
 * working a rule out again, so that no two views disagree.
 * Quorum: by default at least one member of each of the team's groups must
 * be present; without it the team may discuss, but decides nothing. A
 * guest counts toward quorum only when the team's rules say so, and never
 * makes a group that must confirm a talking point.
 * Attendance can change during a meeting: every rule uses who is present
 * now (for a closed meeting, at its end).
 * Reopening a decision: the share of members present voting in favour must
 * reach the team's threshold (75% by default).
 * A talking point is agreed when every group present confirmed its wording.
 * In a fist-to-five check, anyone showing fewer than three fingers states an
 * objection.
 * A target (a level to reach by a date) is met when an agreed level at or
 * above it was recorded in a meeting from the one that set it up to its
 * date; missed when the date has passed without one; open until then.
 */
#ifndef CONVENE_RULES_H
#define CONVENE_RULES_H

#include "convene/store.h"

#include <stdbool.h>
#include <stddef.h>

enum quorum_rule {
	QUORUM_EACH_GROUP, /* someone from each group present */
	QUORUM_NONE,       /* any meeting may decide */
};

const char *quorum_rule_name(enum quorum_rule rule);
bool quorum_rule_parse(const char *name, enum quorum_rule *out);

/* Whether the groups present make a quorum of a team whose members belong
 * to team_groups (repeats allowed). The groups without anyone present are
 * listed in missing (at most max); their number is returned in *n_missing. */
bool rules_quorum(enum quorum_rule rule, const char *const *team_groups, size_t n_team,
		  const char *const *present_groups, size_t n_present, const char **missing,
		  size_t max, size_t *n_missing);

/* Whether someone present counts toward quorum (and the votes of those
 * present): a member always, a guest when the team's rules say so. */
bool rules_counts_toward_quorum(bool guest, bool guests_count);

/* The same rule on a stored meeting: the team's rule as recorded, its whole
 * attendance (guests left out) as the team, those present at the end as
 * present. */
bool rules_record_quorum(const struct meeting_record *r, const char **missing, size_t max,
			 size_t *n_missing);

/* Whether `in_favour` of `present` members reach threshold_pct percent. */
bool rules_reopen_passes(int in_favour, int present, int threshold_pct);
/* The fewest votes in favour that reopen a decision with `present` members
 * there, or -1 when no number can (nobody present). */
int rules_reopen_needed(int present, int threshold_pct);

/* The groups present at a stored meeting, each once, in attendance order
 * (at most max); returns how many there are. */
size_t rules_groups_present(const struct meeting_record *r, const char **groups, size_t max);
/* The groups present that have not confirmed a stored talking point (at most
 * max); returns how many there are. */
size_t rules_point_to_confirm(const struct meeting_record *r, const struct point_record *p,
			      const char **missing, size_t max);
/* Whether a stored talking point is agreed: someone was present, and every
 * group present confirmed it, as meeting_agreed says in the room. */
bool rules_point_agreed(const struct meeting_record *r, const struct point_record *p);
/* Whether a stored point is a norm the team drafted to adopt (an
 * adopt-norms step's), not a talking point for constituents: every view
 * and export labels it so and keeps it apart. Agreed like a point. */
bool rules_point_is_norm(const struct meeting_record *r, const struct point_record *p);

/* How many fingers below three a fist-to-five count shows, whether or not
 * the check is finished; and a stored decision's objections (0 when no check
 * was taken), as decision_objections counts them in the room. */
int rules_fist_objections(const int fist[FIST_POINTS]);
/* How many hands a fist-to-five count holds: never more than the people
 * present. */
int rules_fist_hands(const int fist[FIST_POINTS]);
int rules_record_objections(const struct decision_record *d);

/* Whether a target was met by its date (see above). */
enum target_status { TARGET_OPEN, TARGET_MET, TARGET_MISSED };
const char *target_status_name(enum target_status st); /* "open", "met", "missed" */
/* An agreed level of the component, as recorded in a meeting on date. */
struct level_seen {
	const char *date; /* YYYY-MM-DD of the meeting */
	int level;        /* -1 when that meeting agreed none */
};
/* target to reach by `by` (YYYY-MM-DD), set in a meeting on set_on; seen:
 * the component's agreed levels over meetings (any order); today:
 * YYYY-MM-DD. */
enum target_status rules_target_status(int target, const char *set_on, const char *by,
				       const struct level_seen *seen, size_t n, const char *today);

#endif
