/* rotation: proposing role holders from who held them before. */
#include "convene/rotation.h"
#include "convene/util.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* How many meetings ago member last held role; SIZE_MAX for never. */
static size_t last_held(const char *role, int64_t member, const struct role_held *h, size_t n)
{
	size_t age = SIZE_MAX;
	for (size_t i = 0; i < n; i++)
		if (h[i].member_id == member && strcmp(h[i].role, role) == 0 && h[i].age < age)
			age = h[i].age;
	return age;
}

void rotation_propose(const char *const *roles, size_t n_roles, const int64_t *present,
		      size_t n_present, const struct role_held *history, size_t n_history,
		      int64_t *holders)
{
	bool *taken = xcalloc(n_present ? n_present : 1, sizeof *taken);
	size_t free_left = n_present;
	for (size_t r = 0; r < n_roles; r++) {
		holders[r] = 0;
		if (n_present == 0)
			continue;
		/* With fewer people than roles, someone holds two. */
		if (free_left == 0) {
			memset(taken, 0, n_present * sizeof *taken);
			free_left = n_present;
		}
		size_t best = SIZE_MAX, best_age = 0;
		for (size_t p = 0; p < n_present; p++) {
			if (taken[p])
				continue;
			size_t age = last_held(roles[r], present[p], history, n_history);
			if (best == SIZE_MAX || age > best_age) {
				best = p;
				best_age = age;
			}
		}
		taken[best] = true;
		free_left--;
		holders[r] = present[best];
	}
	free(taken);
}
