/* Tests of the ground rules (quorum, reopening a decision), the rules on a
 * stored meeting (agreed talking points, objections) and the state names. */
#include "convene/rules.h"
#include "convene/states.h"
#include "tap.h"

/* Fixtures fill structs whose strings are owned (char *) with literals that
 * the code under test only reads. */
#ifdef __clang__
#pragma clang diagnostic ignored "-Wincompatible-pointer-types-discards-qualifiers"
#else
#pragma GCC diagnostic ignored "-Wdiscarded-qualifiers"
#endif

#include <string.h>

static void reopen_needed(void)
{
	is_int(rules_reopen_needed(8, 75), 6, "75%% of 8 needs 6");
	is_int(rules_reopen_needed(9, 75), 7, "75%% of 9 rounds up to 7");
	is_int(rules_reopen_needed(4, 100), 4, "100%% needs everyone");
	is_int(rules_reopen_needed(3, 1), 1, "1%% still needs one vote");
	is_int(rules_reopen_needed(0, 75), -1, "nobody present: no count reopens");
	is_int(rules_reopen_needed(5, 120), -1, "a threshold over 100%% cannot be reached");
	for (int present = 1; present <= 12; present++)
		for (int pct = 1; pct <= 100; pct++) {
			int n = rules_reopen_needed(present, pct);
			if (!rules_reopen_passes(n, present, pct) ||
			    (n > 0 && rules_reopen_passes(n - 1, present, pct))) {
				ok(false, "needed is the smallest passing count (%d present, %d%%)",
				   present, pct);
				return;
			}
		}
	ok(true, "needed is the smallest count that passes, for 1 to 12 present and 1%% to 100%%");
}

static void objections(void)
{
	int none[FIST_POINTS] = { 0, 0, 0, 4, 2, 1 }, some[FIST_POINTS] = { 1, 1, 1, 0, 0, 9 };
	is_int(rules_fist_objections(none), 0, "three fingers or more: no objection");
	is_int(rules_fist_objections(some), 3, "a fist, one and two fingers each object");
	struct decision_record d = { .fist = { 1, 1, 1, 0, 0, 9 }, .fist_taken = false };
	is_int(rules_record_objections(&d), 0, "no check taken: no objection counted");
	d.fist_taken = true;
	is_int(rules_record_objections(&d), 3, "the stored check counts the same");
	struct decision e = { .fist = { 1, 1, 1, 0, 0, 9 }, .fist_taken = true };
	is_int(decision_objections(&e), rules_record_objections(&d), "as the engine counts it");
}

static void points(void)
{
	struct attendee att[] = {
		{ .name = "Ana", .group = "District", .present = true },
		{ .name = "Bo", .group = "District", .present = true },
		{ .name = "Cy", .group = "Teachers union", .present = true },
		{ .name = "Di", .group = "Classified union", .present = false },
	};
	struct meeting_record r = { .attendees = att, .n_attendees = 4,
				    .info = { .team_quorum = "each-group" } };
	char *both[] = { "Teachers union", "District" }, *district[] = { "District" },
	     *absent[] = { "District", "Classified union" };
	struct point_record p = { .agreed_by = both, .n_agreed = 2 };
	const char *g[4];
	is_int(rules_groups_present(&r, g, 4), 2, "two groups present, each once");
	ok(strcmp(g[0], "District") == 0 && strcmp(g[1], "Teachers union") == 0, "in attendance order");
	ok(rules_point_agreed(&r, &p), "every group present confirmed: agreed");
	p = (struct point_record){ .agreed_by = district, .n_agreed = 1 };
	ok(!rules_point_agreed(&r, &p), "one group of two: not agreed");
	ok(rules_point_to_confirm(&r, &p, g, 4) == 1 && strcmp(g[0], "Teachers union") == 0,
	   "the Teachers union is still to confirm, once though two District members came");
	p = (struct point_record){ .agreed_by = absent, .n_agreed = 2 };
	ok(!rules_point_agreed(&r, &p), "an absent group's confirmation does not stand in");
	p = (struct point_record){ 0 };
	is_int(rules_point_to_confirm(&r, &p, g, 1), 2, "the count is whole even past max");
	size_t n;
	ok(!rules_record_quorum(&r, g, 4, &n) && n == 1 && strcmp(g[0], "Classified union") == 0,
	   "stored quorum: the Classified union is missing");
	r.info.team_quorum = "none";
	ok(rules_record_quorum(&r, g, 4, &n), "a team without the rule had quorum");
	r.info.team_quorum = "half";
	ok(!rules_record_quorum(&r, g, 4, &n), "an unknown rule is taken as the stricter one");
	for (size_t i = 0; i < 4; i++)
		att[i].present = false;
	p = (struct point_record){ .agreed_by = both, .n_agreed = 2 };
	ok(!rules_point_agreed(&r, &p), "nobody present: nothing agreed, as in the engine");
}

static void names(void)
{
	enum meeting_status st;
	bool round = true;
	for (int i = 0; i < MEETING_STATUS_COUNT; i++)
		round = round && meeting_status_parse(meeting_status_name((enum meeting_status)i), &st) &&
			st == (enum meeting_status)i;
	ok(round, "meeting statuses: each name reads back as its status");
	ok(strcmp(meeting_status_name(MEETING_APPROVED), "approved") == 0 &&
		   !meeting_status_parse("Approved", &st) && !meeting_status_parse(NULL, &st),
	   "the stored spelling, and nothing else");
	enum rating_mode m;
	ok(rating_mode_parse("blind", &m) && m == RATING_BLIND && rating_mode_parse("named", &m) &&
		   m == RATING_NAMED && !rating_mode_parse("secret", &m),
	   "rating modes parse");
	is_str(rating_mode_name(RATING_BLIND), "blind", "and are named");
	enum quorum_rule q;
	ok(quorum_rule_parse(quorum_rule_name(QUORUM_NONE), &q) && q == QUORUM_NONE &&
		   quorum_rule_parse(quorum_rule_name(QUORUM_EACH_GROUP), &q) && q == QUORUM_EACH_GROUP,
	   "quorum rule names read back");
}

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
	ok(!rules_reopen_passes(-1, 9, 0), "negative votes are refused");
	reopen_needed();
	objections();
	points();
	names();
	return tap_done();
}
