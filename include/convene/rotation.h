/*
 * rotation: who holds which role (facilitator, note taker, time keeper) at
 * the next meeting. For each role in turn, the member present who held it
 * least recently (never is best) gets it; ties go by the team's order. So
 * nobody holds a role twice in a row while someone present has not had it,
 * and a member who was away is first in line on their return. Each member
 * holds one role while there are enough members present.
 */
#ifndef CONVENE_ROTATION_H
#define CONVENE_ROTATION_H

#include <stddef.h>
#include <stdint.h>

/* One role held at one past meeting; age 0 is the latest meeting. */
struct role_held {
	const char *role;
	int64_t member_id;
	size_t age;
};

/* Fills holders[r] for each of the n_roles roles with a member id from
 * present (n_present, in the team's order); 0 when nobody is present. */
void rotation_propose(const char *const *roles, size_t n_roles, const int64_t *present,
		      size_t n_present, const struct role_held *history, size_t n_history,
		      int64_t *holders);

#endif
