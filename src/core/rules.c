/* rules: quorum and the threshold for reopening a decision. */
#include "convene/rules.h"

#include <string.h>

static const char *const quorum_names[] = {
	[QUORUM_EACH_GROUP] = "each-group",
	[QUORUM_NONE] = "none",
};

const char *quorum_rule_name(enum quorum_rule rule)
{
	return rule == QUORUM_NONE ? quorum_names[QUORUM_NONE] : quorum_names[QUORUM_EACH_GROUP];
}

bool quorum_rule_parse(const char *name, enum quorum_rule *out)
{
	for (int i = 0; name && i < (int)(sizeof quorum_names / sizeof *quorum_names); i++)
		if (strcmp(name, quorum_names[i]) == 0) {
			*out = (enum quorum_rule)i;
			return true;
		}
	return false;
}

static bool listed(const char *g, const char *const *list, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(list[i], g) == 0)
			return true;
	return false;
}

bool rules_quorum(enum quorum_rule rule, const char *const *team_groups, size_t n_team,
		  const char *const *present_groups, size_t n_present, const char **missing,
		  size_t max, size_t *n_missing)
{
	*n_missing = 0;
	if (rule == QUORUM_NONE)
		return n_present > 0;
	for (size_t i = 0; i < n_team; i++) {
		const char *g = team_groups[i];
		/* Each group once, and only groups with nobody present. */
		if (listed(g, team_groups, i) || listed(g, present_groups, n_present))
			continue;
		if (*n_missing < max)
			missing[*n_missing] = g;
		(*n_missing)++;
	}
	return *n_missing == 0 && n_present > 0;
}

bool rules_reopen_passes(int in_favour, int present, int threshold_pct)
{
	return present > 0 && in_favour >= 0 && in_favour <= present &&
	       (long)in_favour * 100 >= (long)threshold_pct * present;
}
