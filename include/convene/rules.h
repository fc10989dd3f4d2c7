/*
 * rules: the ground rules a team sets, as the guidebook's teams wrote them.
 * Quorum: by default at least one member of each of the team's groups must
 * be present; without it the team may discuss, but decides nothing.
 * Reopening a decision: the share of members present voting in favour must
 * reach the team's threshold (75% by default).
 */
#ifndef CONVENE_RULES_H
#define CONVENE_RULES_H

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

/* Whether `in_favour` of `present` members reach threshold_pct percent. */
bool rules_reopen_passes(int in_favour, int present, int threshold_pct);

#endif
