/*
 * rotation: who holds which role (facilitator, note taker, time keeper) at
 * the next meeting, from who is present and who held which role at every
 * past meeting of the team. Pure: the caller reads the store.
 *
 * The rules, each one giving way only to those before it:
 *  1. nobody holds a role a second time while someone present has held none
 *     (over the team's whole history);
 *  2. a role does not go to the group of its last holder when someone
 *     present belongs to another group (District and union take turns
 *     facilitating); earlier roles come first when not all of them can;
 *  3. whoever has waited longest since they last held any role (or since
 *     they joined, if they never have) comes first, for a role they have
 *     held fewest times; when none of those is open to them (taken by
 *     someone before them, or kept from their group by rule 2), they keep
 *     their place for next time and the next in line goes; roles nobody
 *     takes that way go in the same order to anyone. Meetings missed count as
 *     waiting, so a member back from an absence comes before everyone who
 *     held a role since they last held one. Equal waits go to whoever has
 *     held fewer roles, then by the team's order;
 *  4. among those chosen, each gets the role they have held fewest times,
 *     or least recently.
 * Each person holds one role while there are enough people present; with
 * fewer, the roles go round again.
 */
#ifndef CONVENE_ROTATION_H
#define CONVENE_ROTATION_H

#include <stddef.h>
#include <stdint.h>

/* The roles a new team starts with. Stored in English, as data that other
 * computers and exports read alike; role_shown says them in the
 * interface's language. */
#define ROTATION_DEFAULT_ROLES 3
extern const char *const rotation_default_roles[ROTATION_DEFAULT_ROLES];
/* A role's name as a person reads it: a default role's in the interface's
 * language, a role the team named itself as they wrote it. */
const char *role_shown(const char *stored);

/* One role held at one past meeting; age 0 is the latest meeting. */
struct role_held {
	const char *role;
	int64_t member_id;
	const char *group; /* the holder's group */
	size_t age;
};

/* Someone present at the meeting to come. */
struct rotation_member {
	int64_t id;
	const char *group;
	size_t joined; /* the team's meetings since they joined, the latest included;
			* 0 when they join at this one */
};

/* Fills holders[r] for each of the n_roles roles with the id of someone
 * present (n_present, in the team's order); 0 when nobody is present. */
void rotation_propose(const char *const *roles, size_t n_roles,
		      const struct rotation_member *present, size_t n_present,
		      const struct role_held *history, size_t n_history, int64_t *holders);

#endif
