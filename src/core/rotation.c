/*
 * rotation: proposing role holders from the team's whole history of roles
 * (the rules are in rotation.h).
 *
 * How: people present are ranked by rules 1 and 3 (never held a role first,
 * then the longest wait). Rule 2 decides which roles must leave their last
 * holder's group: role by role, in order, as long as everyone can still be
 * placed without breaking rule 1. The people chosen are then found greedily
 * in rank order, each placed if the roles can be shared out again to make
 * room (an augmenting path): first only into roles they have held least,
 * then, for the roles still open, into any. The sets of people who can fill
 * distinct roles form a matroid, so each pass keeps the best ranked set
 * possible, with as many people who never held a role as any. Last, the
 * chosen are placed so that each repeats as little as possible (rule 4);
 * the roles are few, so every placing is tried (up to eight roles).
 */
#include "convene/rotation.h"
#include "convene/i18n.h"
#include "convene/util.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

const char *const rotation_default_roles[ROTATION_DEFAULT_ROLES] = {
	N_("facilitator"), N_("note taker"), N_("time keeper"),
};

const char *role_shown(const char *stored)
{
	for (size_t i = 0; i < ROTATION_DEFAULT_ROLES; i++)
		if (strcmp(stored, rotation_default_roles[i]) == 0)
			return _(stored);
	return stored;
}

#define NONE SIZE_MAX

struct person {
	const struct rotation_member *m;
	size_t index; /* in the team's order */
	size_t held;  /* roles held at past meetings, all roles counted */
	size_t wait;  /* meetings since their last role, or since they joined */
	size_t *times, *last; /* per role: times held, meetings since (NONE: never) */
	bool *least;  /* per role: among those they have held fewest times */
};

struct pick {
	const char *const *roles;
	struct person *people; /* present, best ranked first */
	size_t n;
	const char **prev;     /* per role: its last holder's group, or NULL */
	bool *strict;          /* per role: must leave that group */
	size_t first, k;       /* the roles placed this round: first .. first + k */
	size_t *role_to;       /* per role of the round: a person, or NONE */
	bool *seen;
	bool least_only;       /* the first pass: only into roles held least */
};

static bool same_group(const char *a, const char *b)
{
	return strcmp(a ? a : "", b ? b : "") == 0;
}

/* Whether person p may hold role r (an index into the round). */
static bool allowed(const struct pick *c, size_t p, size_t r)
{
	size_t role = c->first + r;
	if (c->least_only && !c->people[p].least[role])
		return false;
	return !c->strict[role] || !same_group(c->people[p].m->group, c->prev[role]);
}

/* Places p, moving those already placed to other roles if need be (an
 * augmenting path); changes nothing when p cannot be placed. */
static bool place(struct pick *c, size_t p)
{
	for (size_t r = 0; r < c->k; r++) {
		if (c->seen[r] || !allowed(c, p, r))
			continue;
		c->seen[r] = true;
		if (c->role_to[r] == NONE || place(c, c->role_to[r])) {
			c->role_to[r] = p;
			return true;
		}
	}
	return false;
}

/* Chooses the best ranked people who can all be placed, first each into a
 * role they have held least (someone for whom none is open keeps their
 * place in line), then into any; true when every role of the round is
 * filled and rule 1 holds. */
static bool choose(struct pick *c, bool *in)
{
	size_t placed = 0, fresh = 0, fresh_present = 0;
	for (size_t p = 0; p < c->n; p++) {
		fresh_present += c->people[p].held == 0;
		in[p] = false;
	}
	for (size_t r = 0; r < c->k; r++)
		c->role_to[r] = NONE;
	for (int pass = 0; pass < 2; pass++) {
		c->least_only = pass == 0;
		for (size_t p = 0; p < c->n && placed < c->k; p++) {
			if (in[p])
				continue;
			memset(c->seen, 0, c->k * sizeof *c->seen);
			if (place(c, p)) {
				in[p] = true;
				placed++;
				fresh += c->people[p].held == 0;
			}
		}
	}
	c->least_only = false;
	return placed == c->k && fresh == (fresh_present < c->k ? fresh_present : c->k);
}

/* How much holding role would repeat for person p: the times they held
 * it first, then how recently. */
static uint64_t repeat_cost(const struct person *x, size_t role)
{
	const uint64_t scale = 1000000;
	size_t last = x->last[role];
	uint64_t recent = last == NONE ? 0 : scale - 1 - (last < scale - 1 ? last : scale - 1);
	return x->times[role] * scale + recent;
}

struct placing {
	const struct pick *c;
	const size_t *chosen; /* the k people chosen */
	uint64_t *cost;       /* cost[i * k + r]: chosen[i] holding role r of the round */
	bool *used;
	size_t *at, *best;    /* per role of the round: an index into chosen */
	uint64_t best_cost;
};

/* Tries every placing of the chosen from role r on, keeping the cheapest
 * (the first found among equals, so the best ranked get the first roles). */
static void try_placings(struct placing *pl, size_t r, uint64_t cost)
{
	const struct pick *c = pl->c;
	if (cost >= pl->best_cost)
		return;
	if (r == c->k) {
		pl->best_cost = cost;
		memcpy(pl->best, pl->at, c->k * sizeof *pl->at);
		return;
	}
	for (size_t i = 0; i < c->k; i++) {
		if (pl->used[i] || !allowed(c, pl->chosen[i], r))
			continue;
		pl->used[i] = true;
		pl->at[r] = i;
		try_placings(pl, r + 1, cost + pl->cost[i * c->k + r]);
		pl->used[i] = false;
	}
}

/* Places the chosen people so that each repeats as little as possible. */
static void place_chosen(struct pick *c, int64_t *holders)
{
	size_t k = c->k;
	size_t *chosen = xcalloc(k, sizeof *chosen), n = 0;
	for (size_t p = 0; p < c->n; p++) /* in rank order */
		for (size_t r = 0; r < k; r++)
			if (c->role_to[r] == p)
				chosen[n++] = p;
	struct placing pl = { c, chosen, xcalloc(k * k, sizeof *pl.cost), xcalloc(k, sizeof *pl.used),
			      xcalloc(k, sizeof *pl.at), xcalloc(k, sizeof *pl.best), UINT64_MAX };
	for (size_t i = 0; i < k; i++)
		for (size_t r = 0; r < k; r++)
			pl.cost[i * k + r] = repeat_cost(&c->people[chosen[i]], c->first + r);
	/* Past eight roles at once, trying every placing would take too long:
	 * the placing found while choosing stands. */
	if (k <= 8)
		try_placings(&pl, 0, 0);
	for (size_t r = 0; r < k; r++)
		holders[c->first + r] = pl.best_cost == UINT64_MAX ? c->people[c->role_to[r]].m->id
								   : c->people[chosen[pl.best[r]]].m->id;
	free(pl.best);
	free(pl.at);
	free(pl.used);
	free(pl.cost);
	free(chosen);
}

/* Rules 1 and 3: never held first, then the longest wait, fewer roles,
 * the team's order. */
static int by_rank(const void *a, const void *b)
{
	const struct person *x = a, *y = b;
	if ((x->held > 0) != (y->held > 0))
		return x->held > 0 ? 1 : -1;
	if (x->wait != y->wait)
		return x->wait > y->wait ? -1 : 1;
	if (x->held != y->held)
		return x->held < y->held ? -1 : 1;
	return x->index < y->index ? -1 : x->index > y->index;
}

/* Counts what each person present held: any role, and each of roles. */
static void count_held(struct person *x, const char *const *roles, size_t n_roles,
		       const struct role_held *history, size_t n_history)
{
	for (size_t r = 0; r < n_roles; r++)
		x->last[r] = NONE;
	for (size_t i = 0; i < n_history; i++) {
		const struct role_held *h = &history[i];
		if (h->member_id != x->m->id)
			continue;
		if (x->held++ == 0 || h->age < x->wait)
			x->wait = h->age;
		for (size_t r = 0; r < n_roles; r++)
			if (strcmp(h->role, roles[r]) == 0) {
				x->times[r]++;
				if (h->age < x->last[r])
					x->last[r] = h->age;
			}
	}
	size_t fewest = SIZE_MAX;
	for (size_t r = 0; r < n_roles; r++)
		if (x->times[r] < fewest)
			fewest = x->times[r];
	for (size_t r = 0; r < n_roles; r++)
		x->least[r] = x->times[r] == fewest;
}

void rotation_propose(const char *const *roles, size_t n_roles,
		      const struct rotation_member *present, size_t n_present,
		      const struct role_held *history, size_t n_history, int64_t *holders)
{
	for (size_t r = 0; r < n_roles; r++)
		holders[r] = 0;
	if (n_present == 0 || n_roles == 0)
		return;
	struct pick c = { roles, xcalloc(n_present, sizeof *c.people), n_present,
			  xcalloc(n_roles, sizeof *c.prev), xcalloc(n_roles, sizeof *c.strict), 0, 0,
			  xcalloc(n_roles, sizeof *c.role_to), xcalloc(n_roles, sizeof *c.seen), false };
	size_t *counts = xcalloc(2 * n_present * n_roles, sizeof *counts);
	bool *least = xcalloc(n_present * n_roles, sizeof *least);
	bool *in = xcalloc(n_present, sizeof *in);
	for (size_t p = 0; p < n_present; p++) {
		struct person *x = &c.people[p];
		*x = (struct person){ &present[p], p, 0, present[p].joined, counts + 2 * p * n_roles,
				      counts + (2 * p + 1) * n_roles, least + p * n_roles };
		count_held(x, roles, n_roles, history, n_history);
	}
	qsort(c.people, n_present, sizeof *c.people, by_rank);
	for (size_t r = 0; r < n_roles; r++) {
		size_t last = NONE;
		for (size_t i = 0; i < n_history; i++)
			if (strcmp(history[i].role, roles[r]) == 0 && history[i].age < last) {
				last = history[i].age;
				c.prev[r] = history[i].group;
			}
	}
	/* With fewer people than roles, the roles go round again. */
	for (c.first = 0; c.first < n_roles; c.first += c.k) {
		c.k = n_roles - c.first < n_present ? n_roles - c.first : n_present;
		for (size_t r = c.first; r < c.first + c.k; r++) {
			if (!c.prev[r])
				continue;
			c.strict[r] = true;
			if (!choose(&c, in))
				c.strict[r] = false;
		}
		choose(&c, in); /* succeeds: it did with the roles left strict */
		place_chosen(&c, holders);
	}
	free(in);
	free(least);
	free(counts);
	free(c.seen);
	free(c.role_to);
	free(c.strict);
	free(c.prev);
	free(c.people);
}
