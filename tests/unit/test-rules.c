/* Tests of the ground rules: quorum and reopening a decision. */
#include "convene/rules.h"
#include "tap.h"

int main(void)
{
	const char *team[] = { "District", "District", "Teachers union", "Classified union",
			       "Teachers union" };
	const char *all[] = { "District", "Teachers union", "Classified union" };
	const char *no_classified[] = { "District", "Teachers union", "District" };
	const char *missing[4];
	size_t n;
	ok(rules_quorum(QUORUM_EACH_GROUP, team, 5, all, 3, missing, 4, &n) && n == 0,
	   "someone from each group: quorum");
	ok(!rules_quorum(QUORUM_EACH_GROUP, team, 5, no_classified, 3, missing, 4, &n), "a group missing: no quorum");
	ok(n == 1 && missing[0] && missing[0][0] == 'C', "and it names the Classified union");
	ok(!rules_quorum(QUORUM_EACH_GROUP, team, 5, NULL, 0, missing, 4, &n) && n == 3,
	   "nobody present: every group missing, once each");
	ok(rules_quorum(QUORUM_NONE, team, 5, no_classified, 3, missing, 4, &n), "a team without the rule decides");
	ok(!rules_quorum(QUORUM_NONE, team, 5, NULL, 0, missing, 4, &n), "but not with nobody there");
	enum quorum_rule r;
	ok(quorum_rule_parse("none", &r) && r == QUORUM_NONE && !quorum_rule_parse("half", &r),
	   "rule names parse");

	ok(rules_reopen_passes(6, 8, 75), "6 of 8 is 75%%: reopened");
	ok(!rules_reopen_passes(5, 8, 75), "5 of 8 is not");
	ok(rules_reopen_passes(7, 9, 75) && !rules_reopen_passes(6, 9, 75), "7 of 9 is, 6 of 9 is not");
	ok(!rules_reopen_passes(3, 0, 75), "nobody present, nothing reopens");
	ok(!rules_reopen_passes(10, 9, 75), "more votes than people is refused");
	return tap_done();
}
