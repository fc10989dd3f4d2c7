/* Tests of a team over time in the store: editing the team, retiring a
 * member with their history kept, guests, and attendance that changes in a
 * meeting, as the record and the rules read them back. */
#include "convene/rules.h"
#include "convene/store.h"
#include "convene/util.h"
#include "fixture.h"
#include "tap.h"

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
	fixture_close(&f);
	return tap_done();
}
