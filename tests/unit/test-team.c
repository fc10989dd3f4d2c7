/* Tests of a team over time in the store: editing the team, retiring a
 * member with their history kept, guests, and attendance that changes in a
 * meeting, as the record and the rules read them back. */
#include "convene/record-rules.h"
#include "convene/store-history.h"
#include "convene/rules.h"
#include "convene/session.h"
#include "convene/store.h"
#include "convene/util.h"
#include "fixture.h"
#include "tap.h"

#include "convene/kinds.h"

#include <stdlib.h>
#include <string.h>

static struct fixture f;

static const struct team *reload(void)
{
	team_list_free(&f.teams);
	store_list_teams(f.store, &f.teams);
	f.team = &f.teams.teams[0];
	return f.team;
}

static const struct member *member_named(const struct team *t, const char *name)
{
	for (size_t i = 0; i < t->n_members; i++)
		if (strcmp(t->members[i].name, name) == 0)
			return &t->members[i];
	return NULL;
}

static const struct attendee *attendee_named(const struct meeting_record *r, const char *name)
{
	for (size_t i = 0; i < r->n_attendees; i++)
		if (strcmp(r->attendees[i].name, name) == 0)
			return &r->attendees[i];
	return NULL;
}

static bool load(int64_t id, struct meeting_record *r)
{
	char key[24];
	bool found;
	snprintf(key, sizeof key, "%lld", (long long)id);
	return store_load_meeting(f.store, key, &found, r) && found;
}

static int64_t begin(const struct team *t, const bool *present)
{
	const struct protocol *p = catalog_find(&f.catalog, "check-in");
	int64_t id = 0;
	if (!p || !store_begin_meeting(f.store, t, present, p, RATING_NAMED, NULL, 0, NULL, &id))
		return 0;
	return id;
}

static void test_editing(void)
{
	const struct team *t = reload();
	int64_t team = t->id;
	ok(store_rename_team(f.store, team, "  Harbor LMC  "), "the team is renamed");
	ok(!store_rename_team(f.store, team, "   "), "an empty name is refused");
	has_str(store_error(f.store), "empty", "and says why");
	t = reload();
	is_str(t->name, "Harbor LMC", "the new name, trimmed");

	int64_t eve;
	ok(store_add_member(f.store, team, "Évelyne Łukasiewicz", "Teachers union", &eve),
	   "a member is added");
	ok(!store_add_member(f.store, team, "Ana", "District", NULL), "a second Ana is refused");
	ok(!store_add_member(f.store, team, "Zed", " ", NULL), "a member needs a group");
	t = reload();
	is_int(t->n_members, 4, "four on the list");
	is_str(t->members[3].name, "Évelyne Łukasiewicz", "the new member last");

	bool present[] = { true, true, true, true };
	int64_t first = begin(t, present);
	ok(first > 0, "a meeting with everyone");

	const struct member *ben = member_named(t, "Ben");
	ok(store_update_member(f.store, ben->id, "Benjamin", "District"), "a member is renamed and moved");
	ok(!store_update_member(f.store, ben->id, "Ana", "District"), "not to another member's name");
	size_t changed = 0;
	ok(store_rename_group(f.store, team, "Classified union", "Classified staff", &changed) &&
	   changed == 1, "a group is renamed for the whole team");
	t = reload();
	is_str(member_named(t, "Benjamin")->group, "District", "the member's new group");
	is_str(member_named(t, "Cy")->group, "Classified staff", "the group's new name");

	struct meeting_record r;
	ok(load(first, &r), "the earlier meeting reads back");
	ok(attendee_named(&r, "Ben") && strcmp(attendee_named(&r, "Ben")->group, "Teachers union") == 0,
	   "with the name and group Ben had that day");
	ok(attendee_named(&r, "Cy") && strcmp(attendee_named(&r, "Cy")->group, "Classified union") == 0,
	   "and the group's name of that day");
	meeting_record_free(&r);

	const struct member *cy = member_named(t, "Cy");
	int64_t cy_id = cy->id;
	ok(store_retire_member(f.store, cy_id), "Cy retires");
	t = reload();
	is_int(t->n_members, 3, "Cy is off the list");
	ok(!member_named(t, "Cy"), "and not offered any more");
	ok(load(first, &r), "the earlier meeting still reads back");
	const struct attendee *a = attendee_named(&r, "Cy");
	ok(a && a->present && a->retired, "Cy is in its attendance, marked retired");
	meeting_record_free(&r);
	ok(store_add_member(f.store, team, "Cy", "Classified staff", NULL),
	   "a new member may take a retired member's name");
}

static void test_guests_and_changes(void)
{
	int64_t team = reload()->id, guest;
	ok(store_add_guest(f.store, team, "Gil", "guest", &guest), "a guest is added at attendance");
	const struct team *again = reload();
	ok(!member_named(again, "Gil"), "a guest does not join the team's list");
	int64_t drop;
	ok(store_add_guest(f.store, team, "Oops", "guest", &drop) && store_remove_guest(f.store, drop),
	   "a guest added by mistake is removed before the meeting");

	/* The team's list plus the guest, as setup passes it. */
	struct team with = *reload();
	struct member *m = xcalloc(with.n_members + 1, sizeof *m);
	memcpy(m, with.members, with.n_members * sizeof *m);
	m[with.n_members] = (struct member){ guest, NULL, (char *)"Gil", (char *)"guest", true };
	with.members = m;
	with.n_members++;
	bool *present = xcalloc(with.n_members, sizeof *present);
	for (size_t i = 0; i < with.n_members; i++)
		present[i] = strcmp(m[i].group, "Classified staff") != 0; /* nobody classified */
	int64_t id = begin(&with, present);
	ok(id > 0, "a meeting with a guest begins");

	struct meeting_record r;
	const char *missing[4];
	size_t n_missing;
	ok(load(id, &r), "it reads back");
	ok(attendee_named(&r, "Gil") && attendee_named(&r, "Gil")->guest, "the guest is in its attendance");
	ok(!rules_record_quorum(&r, missing, 4, &n_missing) && n_missing == 1 &&
	   strcmp(missing[0], "Classified staff") == 0, "no quorum: nobody classified came");
	const char *groups[8];
	size_t ng = rules_groups_present(&r, groups, 8);
	ok(ng == 2, "a guest's group is not a group that confirms talking points");
	meeting_record_free(&r);

	/* The classified member arrives late, the guest leaves early. */
	const struct member *cy = member_named(&with, "Cy");
	ok(cy && store_set_present(f.store, id, cy->id, true), "Cy arrives late");
	ok(store_set_present(f.store, id, cy->id, true), "marking it twice is harmless");
	ok(store_set_present(f.store, id, guest, false), "the guest leaves early");
	ok(load(id, &r), "it reads back");
	ok(rules_record_quorum(&r, missing, 4, &n_missing), "quorum from the moment Cy is here");
	is_int(r.n_changes, 2, "two changes, each once");
	ok(r.n_changes == 2 && r.changes[0].member_id == cy->id && r.changes[0].present &&
	   r.changes[0].at && r.changes[1].member_id == guest && !r.changes[1].present,
	   "who arrived and who left, in order, with the time");
	ok(attendee_named(&r, "Cy")->present && !attendee_named(&r, "Gil")->present,
	   "present now: Cy, not the guest");
	meeting_record_free(&r);

	free(m);
	free(present);
}

static void test_guest_quorum_rule(void)
{
	const struct team *t = reload();
	const char *roles[] = { "facilitator" };
	struct team_rules rules = { "each-group", 75, NULL, roles, 1, true };
	ok(store_save_team_rules(f.store, t->id, &rules), "the team lets guests count");
	t = reload();
	ok(t->guests_count, "and it reads back");
	int64_t guest;
	store_add_guest(f.store, t->id, "Pat", "Classified staff", &guest);
	struct team with = *t;
	struct member *m = xcalloc(with.n_members + 1, sizeof *m);
	memcpy(m, with.members, with.n_members * sizeof *m);
	m[with.n_members] = (struct member){ guest, NULL, (char *)"Pat", (char *)"Classified staff", true };
	with.members = m;
	with.n_members++;
	bool *present = xcalloc(with.n_members, sizeof *present);
	for (size_t i = 0; i < with.n_members; i++)
		present[i] = m[i].guest || strcmp(m[i].group, "Classified staff") != 0;
	int64_t id = begin(&with, present);
	struct meeting_record r;
	const char *missing[4];
	size_t n_missing;
	ok(load(id, &r) && rules_record_quorum(&r, missing, 4, &n_missing),
	   "a classified guest makes quorum when the rules say guests count");
	meeting_record_free(&r);
	rules.guests_count = false;
	store_save_team_rules(f.store, t->id, &rules);
	ok(load(id, &r) && !rules_record_quorum(&r, missing, 4, &n_missing),
	   "and does not when they do not");
	meeting_record_free(&r);
	free(m);
	free(present);
}

/* A second team for the meetings run through the session. */
static const struct team *session_team(struct team_list *l, const char *name)
{
	struct new_member members[] = { { "Ana", "District" }, { "Ben", "Teachers union" },
					{ "Cy", "Classified union" }, { "Di", "District" } };
	int64_t id;
	store_create_team(f.store, NULL, name, members, 4, &id);
	store_list_teams(f.store, l);
	for (size_t i = 0; i < l->n; i++)
		if (l->teams[i].id == id)
			return &l->teams[i];
	return NULL;
}

static void to_rating(struct session *s)
{
	enum meeting_result res;
	for (int i = 0; i < 10 && !meeting_in_rating_entry(&s->engine); i++)
		session_next(s, 0, false, &res);
}

static void test_late_and_early(void)
{
	struct team_list l;
	const struct team *t = session_team(&l, "Late team");
	int64_t ana = t->members[0].id, ben = t->members[1].id, cy = t->members[2].id,
		di = t->members[3].id;
	bool present[] = { true, true, false, true }; /* Cy is not here yet */
	struct session s;
	ok(session_start(&s, f.store, t, present, catalog_find(&f.catalog, "team-assessment"),
			 RATING_NAMED, NULL, 0, 0), "a meeting starts without Cy");
	ok(!s.quorum && strcmp(s.missing_groups, "Classified union") == 0,
	   "no quorum, and the screen can say which group is missing");
	to_rating(&s);
	struct meeting *m = &s.engine;
	enum meeting_result res;
	ok(session_rate(&s, 3, &res) && res == MEETING_OK, "Ana rates");
	ok(session_set_present(&s, ben, false), "Ben leaves early");
	is_int(session_here(&s), 2, "two here");
	ok(m->people[m->cursor].member_id == di, "Ben's turn is passed: Di's turn");
	ok(session_rate(&s, 4, &res) && res == MEETING_OK, "Di rates");
	ok(meeting_everyone_rated(m, m->step, m->dim), "everyone here has rated");

	ok(session_set_present(&s, cy, true), "Cy arrives late");
	ok(!s.quorum && strcmp(s.missing_groups, "Teachers union") == 0,
	   "Classified is here now; Teachers union left with Ben");
	is_int(s.n_people, 4, "Cy has a place");
	ok(!meeting_everyone_rated(m, m->step, m->dim), "and Cy is still to rate");
	ok(m->people[m->cursor].member_id == cy, "it is Cy's turn");
	size_t dim = m->dim;
	ok(session_next(&s, 0, false, &res) && res == MEETING_INCOMPLETE, "moving on asks first");
	ok(session_rate(&s, 5, &res) && res == MEETING_OK, "Cy rates");
	is_int(meeting_rated_count(m, m->step, dim), 3, "three ratings, none lost");
	is_int(session_reopen_needed(&s), 3, "reopening needs 3 of the 3 voters here (75%%)");
	ok(session_set_present(&s, ben, true) && s.quorum, "Ben is back: quorum");
	is_int(session_reopen_needed(&s), 3, "reopening needs 3 of the 4 voters here (75%%)");
	ok(session_add_guest(&s, "Gil", NULL), "a guest comes in during the meeting");
	is_int(session_here(&s), 5, "five here");
	is_int(session_voters(&s), 4, "the guest does not vote");
	ok(!meeting_everyone_rated(m, m->step, dim), "but rates like anyone here");

	/* The record, and a resume (as after kill -9, or convene present). */
	int64_t id = s.meeting_id;
	struct session r;
	ok(session_resume(&r, f.store, &f.catalog, id, 0), "the meeting resumes");
	ok(r.quorum, "with quorum");
	is_int(r.n_people, 5, "everyone who was here has their place");
	is_int(session_here(&r), 5, "five here now");
	bool same = r.n_people == s.n_people;
	for (size_t i = 0; same && i < r.n_people; i++)
		same = r.people[i].member_id == s.people[i].member_id &&
		       r.people[i].away == s.people[i].away;
	ok(same, "in the same places, the same away");
	is_int(meeting_value(&r.engine, r.engine.step, dim, 2), 4, "Di's rating in Di's place");
	is_int(meeting_value(&r.engine, r.engine.step, dim, 3), 5, "Cy's in Cy's");
	is_int(session_voters(&r), 4, "the guest still does not vote");
	session_finish(&r);

	struct meeting_record rec;
	ok(load(id, &rec), "the record reads back");
	const char *missing[4];
	size_t n_missing;
	ok(rules_record_quorum(&rec, missing, 4, &n_missing), "the record has quorum at the end");
	is_int(rec.n_changes, 4, "Ben left, Cy came, Ben came back, the guest came");
	struct strbuf line;
	strbuf_init(&line);
	size_t came, of;
	record_attendance_line(&rec, &line, &came, &of);
	ok(came == 4 && of == 4, "four of the four members attended (the guest is not counted)");
	has_str(line.data, "Ben (left ", "the record says Ben left");
	has_str(line.data, ", arrived ", "and came back");
	has_str(line.data, "Cy (arrived ", "and when Cy arrived");
	has_str(line.data, "Gil (guest, arrived ", "and the guest");
	strbuf_finish(&line);
	meeting_record_free(&rec);
	(void)ana;
	session_finish(&s);
	team_list_free(&l);
}

static void test_points_follow_groups(void)
{
	struct team_list l;
	const struct team *t = session_team(&l, "Points team");
	int64_t cy = t->members[2].id;
	bool present[] = { true, true, true, false };
	struct session s;
	ok(session_start(&s, f.store, t, present, catalog_find(&f.catalog, "talking-points"),
			 RATING_NAMED, NULL, 0, 0), "a talking-points meeting");
	enum meeting_result res;
	for (int i = 0; i < 5 && !step_holds(meeting_current_step(&s.engine), HOLDS_POINTS); i++)
		session_next(&s, 0, false, &res);
	ok(session_add_entry(&s, 0, "Class sizes stay at 24"), "a point is drafted");
	size_t dist, teach, cls;
	ok(meeting_group_index(&s.engine, "District", &dist) &&
	   meeting_group_index(&s.engine, "Teachers union", &teach) &&
	   meeting_group_index(&s.engine, "Classified union", &cls), "three groups here");
	ok(session_confirm(&s, 0, dist, true) && session_confirm(&s, 0, teach, true),
	   "District and Teachers confirm");
	ok(!meeting_agreed(&s.engine, s.engine.step, 0), "not agreed while Classified is to confirm");
	ok(session_set_present(&s, cy, false), "Cy, the only classified member, leaves");
	is_int(s.engine.n_groups, 2, "two groups here now");
	ok(meeting_agreed(&s.engine, s.engine.step, 0), "every group here has confirmed: agreed");
	struct meeting_record rec;
	ok(load(s.meeting_id, &rec) && rec.n_points == 1 && rules_point_agreed(&rec, &rec.points[0]),
	   "the record says the same");
	meeting_record_free(&rec);
	ok(session_set_present(&s, cy, true), "Cy comes back");
	ok(!meeting_agreed(&s.engine, s.engine.step, 0), "Classified is to confirm again");
	ok(meeting_group_index(&s.engine, "Classified union", &cls) && session_confirm(&s, 0, cls, true),
	   "Classified confirms");
	ok(session_set_present(&s, cy, false), "and leaves again");
	struct session r;
	ok(session_resume(&r, f.store, &f.catalog, s.meeting_id, 0), "resumed");
	ok(meeting_agreed(&r.engine, r.engine.step, 0), "agreed after the resume");
	ok(session_set_present(&r, cy, true), "Cy back in the resumed meeting");
	ok(meeting_agreed(&r.engine, r.engine.step, 0),
	   "Classified's confirmation was kept while it was away");
	session_finish(&r);
	session_finish(&s);
	team_list_free(&l);
}

static void test_blind_leave(void)
{
	struct team_list l;
	const struct team *t = session_team(&l, "Blind team");
	bool present[] = { true, true, true, false };
	struct session s;
	session_start(&s, f.store, t, present, catalog_find(&f.catalog, "team-assessment"),
		      RATING_BLIND, NULL, 0, 0);
	to_rating(&s);
	enum meeting_result res;
	session_rate(&s, 2, &res);
	session_rate(&s, 3, &res);
	ok(!meeting_everyone_rated(&s.engine, s.engine.step, s.engine.dim), "two of three blind ratings");
	ok(session_set_present(&s, t->members[0].id, false), "someone leaves");
	ok(meeting_everyone_rated(&s.engine, s.engine.step, s.engine.dim), "two for the two here");
	ok(session_rate(&s, 4, &res) && res == MEETING_ALL_RATED, "a third is refused");
	ok(session_set_present(&s, t->members[3].id, true), "Di arrives");
	ok(session_rate(&s, 4, &res) && res == MEETING_OK, "and hands in a rating");
	ok(meeting_everyone_rated(&s.engine, s.engine.step, s.engine.dim), "three for the three here");
	session_finish(&s);
	team_list_free(&l);
}

/* The engine alone: a vote's counted totals sit one past the last place,
 * and stay there when a newcomer takes a new place; a voter who left keeps
 * their dots, and the turn passes over them. */
static void test_engine_places(void)
{
	const struct protocol *p = catalog_find(&f.catalog, "keep-start-stop");
	struct participant people[3] = { { 1, "Ana", "District", false, false },
					 { 2, "Ben", "Teachers union", false, false } };
	struct meeting m;
	meeting_init(&m, p, people, 2, RATING_NAMED, 0);
	meeting_entry_add(&m, 0, 0, 100, "Keep the agenda short");
	meeting_entry_add(&m, 0, 1, 101, "Stop the long reports");
	meeting_next(&m, 0, false); /* to the vote */
	struct vote_change c;
	ok(meeting_vote(&m, 100, 1, &c) == MEETING_OK && c.member_id == 1, "Ana places a dot");
	meeting_select(&m, 1);
	ok(meeting_vote(&m, 101, 1, &c) == MEETING_OK && c.member_id == 2, "Ben places a dot");
	people[1].away = true;
	meeting_people_changed(&m, people, 2);
	is_int(m.cursor, 0, "Ben leaves: the turn goes back to Ana");
	is_int(meeting_vote_total(&m, m.step, 101), 1, "Ben's dot stays");
	meeting_select(&m, 1);
	is_int(m.cursor, 0, "and the turn passes over him");
	ok(meeting_vote_set_counting(&m, true) == false, "counting once dots are placed is refused");
	m.steps[m.step].counting = true; /* as a vote counted on paper from the start */
	ok(meeting_vote(&m, 100, 1, &c) == MEETING_OK && c.slot == 2, "a counted total sits at place 2");
	is_int(meeting_vote_budget(&m, m.step, 2), 5, "five dots for the one here");
	people[2] = (struct participant){ 3, "Cy", "Classified union", false, false };
	meeting_people_changed(&m, people, 3);
	is_int(meeting_vote_dots(&m, m.step, 100, 3), 1, "Cy arrives: the counted total moves to place 3");
	is_int(meeting_vote_dots(&m, m.step, 100, 2), 0, "and Cy's place holds no dots");
	is_int(meeting_vote_budget(&m, m.step, 3), 10, "ten dots for the two here");
	is_int(m.n_groups, 2, "District and Classified here; Teachers left with Ben");
	meeting_finish(&m);
}

int main(void)
{
	struct new_member members[] = { { "Ana", "District" }, { "Ben", "Teachers union" },
					{ "Cy", "Classified union" } };
	if (!fixture_open(&f, "Harbor", members, 3)) {
		printf("1..0 # SKIP cannot set up a store\n");
		return 0;
	}
	test_editing();
	test_guests_and_changes();
	test_guest_quorum_rule();
	test_late_and_early();
	test_points_follow_groups();
	test_blind_leave();
	test_engine_places();
	fixture_close(&f);
	return tap_done();
}
