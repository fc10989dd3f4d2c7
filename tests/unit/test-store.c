/* Tests of the store on temporary files: migration from empty, each entry
 * saved and read back, and refusing files that are not ours. */
#include "convene/store.h"
#include "convene/store-history.h"
#include "convene/util.h"
#include "review-now.h"
#include "tap.h"

#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char dir[] = "/tmp/convene-test-store-XXXXXX";

static char *path_in_dir(const char *name)
{
	return xasprintf("%s/%s", dir, name);
}

static int query_int(const char *path, const char *sql)
{
	sqlite3 *db;
	sqlite3_stmt *st;
	int v = -1;
	sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL);
	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	sqlite3_close(db);
	return v;
}

static struct protocol *tiny_protocol(void)
{
	const char *yaml = "id: tiny\ntitle: Tiny\nversion: '2'\nsource: test\nsummary: s\nsteps:\n"
			   "  - {kind: text, title: Intro, text: hi, minutes: 2}\n"
			   "  - kind: rating\n    title: Rate\n    scale: {min: 1, max: 5}\n"
			   "    dimensions:\n      - {id: a, title: Alpha, low: l, high: h}\n"
			   "      - {id: b, title: Beta, low: l, high: h}\n";
	struct protocol *p;
	struct diagnostics d = { 0 };
	protocol_load_buffer("tiny.yaml", yaml, strlen(yaml), &p, &d);
	diagnostics_clear(&d);
	return p;
}

static void test_open_empty(void)
{
	char *path = path_in_dir("a.db");
	enum store_open_error why;
	char *msg;
	umask(077);
	struct store *s = store_open(path, &why, &msg);
	ok(s != NULL, "a new database opens");
	extern const int store_migration_count;
	is_int(store_schema_version(s), store_migration_count, "migrated to the latest schema");
	store_close(s);
	is_int(query_int(path, "PRAGMA user_version"), store_migration_count, "user_version is set");
	is_int(query_int(path, "PRAGMA application_id"), 0x436f6e76, "application_id marks it ours");
	/* Not counting the full-text index's own tables (search_index_data...). */
	is_int(query_int(path, "SELECT count(*) FROM sqlite_schema WHERE type = 'table'"
			       " AND name NOT LIKE 'search\\_index\\_%' ESCAPE '\\'"), 26,
	       "the whole product's tables exist");
	struct stat st;
	stat(path, &st);
	is_int(st.st_mode & 0777, 0600, "the file is private to its owner");
	sqlite3 *db;
	sqlite3_open(path, &db);
	sqlite3_stmt *q;
	sqlite3_prepare_v2(db, "PRAGMA journal_mode", -1, &q, NULL);
	sqlite3_step(q);
	is_str((const char *)sqlite3_column_text(q, 0), "wal", "WAL journal");
	sqlite3_finalize(q);
	sqlite3_close(db);
	s = store_open(path, &why, &msg);
	ok(s != NULL, "it opens again without migrating twice");
	store_close(s);
	/* Reading commands open it read-only: on a file of mode 0444 too. */
	chmod(path, 0444);
	s = store_open_read(path, &why, &msg);
	ok(s != NULL, "it opens read-only");
	struct team_list teams;
	ok(s && store_list_teams(s, &teams), "and is read");
	if (s)
		team_list_free(&teams);
	store_close(s);
	chmod(path, 0600);
	free(path);
}

static void test_refusals(void)
{
	enum store_open_error why;
	char *msg = NULL;
	char *foreign = path_in_dir("foreign.db");
	sqlite3 *db;
	sqlite3_open(foreign, &db);
	sqlite3_exec(db, "CREATE TABLE notes(x)", NULL, NULL, NULL);
	sqlite3_close(db);
	ok(!store_open(foreign, &why, &msg) && why == STORE_OPEN_NOT_CONVENE, "another app's database is refused");
	has_str(msg, "not a convene database", "and says so");
	free(msg);
	is_int(query_int(foreign, "SELECT count(*) FROM sqlite_schema"), 1, "and left untouched");

	char *newer = path_in_dir("newer.db");
	sqlite3_open(newer, &db);
	sqlite3_exec(db, "PRAGMA application_id = 1131376246; PRAGMA user_version = 99; CREATE TABLE t(x)",
		     NULL, NULL, NULL);
	sqlite3_close(db);
	ok(!store_open(newer, &why, &msg) && why == STORE_OPEN_TOO_NEW, "a newer schema is refused");
	has_str(msg, "newer convene", "and says to upgrade");
	free(msg);

	char *text = path_in_dir("text.db");
	FILE *f = fopen(text, "w");
	fputs("this is not a database, just some notes\n", f);
	fclose(f);
	ok(!store_open(text, &why, &msg) && why == STORE_OPEN_NOT_CONVENE, "a text file is refused");
	free(msg);

	char *missing = path_in_dir("no/such/dir/x.db");
	ok(!store_open(missing, &why, &msg) && why == STORE_OPEN_CANNOT_CREATE,
	   "a missing directory is a cannot-create error");
	free(msg);

	/* A negative user_version used to fail with "no error". */
	char *negative = path_in_dir("negative.db");
	sqlite3_open(negative, &db);
	sqlite3_exec(db, "PRAGMA user_version = -3; CREATE TABLE t(x)", NULL, NULL, NULL);
	sqlite3_close(db);
	ok(!store_open(negative, &why, &msg) && why == STORE_OPEN_NOT_CONVENE,
	   "a negative user_version is not a convene database");
	has_str(msg, "schema version is -3", "and says what it holds");
	free(msg);
	ok(!store_open_read(negative, &why, &msg) && why == STORE_OPEN_NOT_CONVENE,
	   "read-only too");
	has_str(msg, "schema version is -3", "with the same words");
	free(msg);
	ok(!store_open_read(foreign, &why, &msg) && why == STORE_OPEN_NOT_CONVENE,
	   "read-only, another app's database is refused");
	free(msg);
	ok(!store_open_read(newer, &why, &msg) && why == STORE_OPEN_TOO_NEW,
	   "read-only, a newer schema is refused");
	free(msg);
	ok(!store_open_read(text, &why, &msg) && why == STORE_OPEN_NOT_CONVENE,
	   "read-only, a text file is refused");
	free(msg);
	char *empty = path_in_dir("empty.db");
	fclose(fopen(empty, "w"));
	ok(!store_open_read(empty, &why, &msg) && why == STORE_OPEN_EMPTY,
	   "read-only, an empty file holds nothing to read");
	free(msg);
	struct stat est;
	ok(stat(empty, &est) == 0 && est.st_size == 0, "and is left empty");
	free(negative);
	free(empty);
	free(foreign);
	free(newer);
	free(text);
	free(missing);
}

static void test_entries(void)
{
	char *path = path_in_dir("b.db");
	enum store_open_error why;
	char *msg;
	struct store *s = store_open(path, &why, &msg);
	struct new_member members[] = { { "Ana", "District" }, { "Ben", "Teachers union" },
					{ "Cy", "Classified union" } };
	int64_t team_id;
	ok(store_create_team(s, NULL, "Team A", members, 3, &team_id), "a team is created");
	bool found;
	int64_t id2;
	ok(store_create_team(s, "fixed-uid", "Team B", members, 1, NULL), "a second team");
	ok(store_find_team(s, "fixed-uid", &found, &id2) && found, "found by uid");
	ok(!store_create_team(s, "fixed-uid", "Team C", members, 1, NULL), "a duplicate uid fails");
	struct team_list teams;
	ok(store_list_teams(s, &teams) && teams.n == 2, "both teams listed (the failed one is not)");
	struct team *t = &teams.teams[0];
	is_str(t->name, "Team A", "sorted by name");
	is_int(t->n_members, 3, "with their members");
	is_str(t->members[1].group, "Teachers union", "each with a group");

	struct protocol *p = tiny_protocol();
	bool present[] = { true, false, true };
	int64_t mid;
	ok(store_begin_meeting(s, t, present, p, RATING_NAMED, NULL, 0, NULL, &mid), "a meeting begins");
	struct rating_entry e = { .meeting_id = mid, .step = 1, .dim_index = 0,
				  .dimension = &p->steps[1].dimensions[0], .scale = &p->steps[1].scale,
				  .slot = 0, .member_id = t->members[0].id, .value = 4 };
	ok(store_save_rating(s, &e), "a rating is saved");
	e.value = 2;
	ok(store_save_rating(s, &e), "and corrected");
	e.slot = 1, e.member_id = t->members[2].id, e.value = 5;
	ok(store_save_rating(s, &e), "a second rating");
	e.dim_index = 1, e.dimension = &p->steps[1].dimensions[1], e.value = 3;
	ok(store_save_rating(s, &e), "a rating on the second dimension");
	ok(store_delete_rating(s, mid, 1, "b", 1), "and removed");
	e.value = 6;
	ok(!store_save_rating(s, &e), "a value off the scale is refused by the schema");
	ok(store_save_position(s, mid, 1, 1, VIEW_RESULTS), "the place is saved");
	ok(store_save_step_time(s, mid, 0, 125000), "a step time is saved");

	struct meeting_info *running;
	size_t n;
	ok(store_list_meetings(s, &(const enum meeting_status){ MEETING_RUNNING }, 0, &running, &n) && n == 1, "one running meeting");
	meeting_infos_free(running, n);

	struct meeting_record r;
	char key[16];
	snprintf(key, sizeof key, "%lld", (long long)mid);
	ok(store_load_meeting(s, key, &found, &r) && found, "the meeting reads back by number");
	is_str(r.info.team_name, "Team A", "team");
	is_str(r.info.protocol_version, "2", "protocol version");
	is_int(r.info.status, MEETING_RUNNING, "running");
	ok(r.info.step == 1 && r.info.dim == 1 && r.info.view == VIEW_RESULTS, "place");
	is_int(r.n_attendees, 3, "attendance for every member");
	ok(r.attendees[0].present && !r.attendees[1].present, "who was present");
	is_int(r.n_steps, 2, "steps");
	is_int(r.steps[0].actual_ms, 125000, "step time");
	is_int(r.steps[0].planned_seconds, 120, "planned time");
	is_int(r.n_ratings, 2, "ratings: the corrected one and the second");
	ok(r.ratings[0].value == 2 && strcmp(r.ratings[0].member_name, "Ana") == 0, "Ana's corrected 2");
	ok(r.ratings[1].value == 5 && strcmp(r.ratings[1].member_name, "Cy") == 0, "Cy's 5");
	char *uid = xstrdup(r.info.uid);
	meeting_record_free(&r);
	ok(store_load_meeting(s, uid, &found, &r) && found, "the meeting reads back by uid");
	meeting_record_free(&r);
	free(uid);
	ok(store_load_meeting(s, "999", &found, &r) && !found, "a missing meeting is not found");

	ok(store_close_meeting(s, mid), "the meeting closes");
	ok(store_load_meeting(s, key, &found, &r) && r.info.status == MEETING_CLOSED &&
		   r.info.closed_at, "closed, with its time");
	meeting_record_free(&r);
	ok(store_list_meetings(s, &(const enum meeting_status){ MEETING_RUNNING }, 0, &running, &n) && n == 0, "no running meeting left");
	meeting_infos_free(running, n);
	ok(store_begin_meeting(s, t, present, p, RATING_BLIND, NULL, 0, NULL, &mid), "a second meeting");
	ok(store_list_meetings(s, NULL, 1, &running, &n) && n == 1 && running[0].id == mid,
	   "a limit of one gives the newest meeting");
	meeting_infos_free(running, n);

	team_list_free(&teams);
	protocol_destroy(p);
	store_close(s);
	is_int(query_int(path, "PRAGMA foreign_key_check"), -1, "no foreign key violations");
	is_int(query_int(path, "SELECT count(*) FROM rating WHERE member_id IS NULL"), 0, "named ratings carry names");
	free(path);
}

/* A database written by the first schema is upgraded in place. */
static void test_upgrade(void)
{
	extern const char *const store_migrations[];
	char *path = path_in_dir("v1.db");
	sqlite3 *db;
	sqlite3_open(path, &db);
	sqlite3_exec(db, store_migrations[0], NULL, NULL, NULL);
	sqlite3_exec(db, "PRAGMA application_id = 1131376246; PRAGMA user_version = 1;"
			 "INSERT INTO team (uid, name, created_at) VALUES ('u', 'Old team', 'then');",
		     NULL, NULL, NULL);
	sqlite3_close(db);
	enum store_open_error why;
	char *msg;
	struct store *s = store_open(path, &why, &msg);
	ok(s != NULL, "a schema 1 database opens");
	extern const int store_migration_count;
	is_int(store_schema_version(s), store_migration_count, "and is upgraded");
	store_close(s);
	is_int(query_int(path, "SELECT count(*) FROM meeting_group"), 0, "the new table exists");
	is_int(query_int(path, "SELECT count(*) FROM team WHERE name = 'Old team'"), 1, "old data is kept");
	free(path);
}

static void test_followup(void)
{
	char *path = path_in_dir("followup.db");
	enum store_open_error why;
	char *msg;
	struct store *s = store_open(path, &why, &msg);
	struct new_member m[] = { { "Ana", "District" } };
	int64_t team_id;
	store_create_team(s, NULL, "Doers", m, 1, &team_id);
	struct team_list l;
	store_list_teams(s, &l);
	struct protocol *p = tiny_protocol();
	bool present[] = { true };
	int64_t first, second;
	store_begin_meeting(s, &l.teams[0], present, p, RATING_NAMED, NULL, 0, NULL, &first);
	char later_text[] = "Later", sooner_text[] = "Sooner", done_text[] = "Finished";
	struct action_item a = { .text = later_text, .status = ACTION_OPEN };
	strcpy(a.due, "2027-05-01");
	int64_t later, sooner, done;
	store_save_action(s, first, 0, &a, &later, NULL);
	a = (struct action_item){ .text = sooner_text, .owner = l.teams[0].members[0].id };
	strcpy(a.due, "2027-01-01");
	store_save_action(s, first, 0, &a, &sooner, NULL);
	a = (struct action_item){ .text = done_text, .status = ACTION_DONE };
	store_save_action(s, first, 0, &a, &done, NULL);
	/* An action carried from an item keeps a link to it, until the item
	 * goes off the record: then the action's own words stand alone. */
	int64_t item, carried;
	store_add_item(s, first, 0, "ideas", "Peer observation", &item);
	char carried_text[] = "Peer observation for new teachers";
	a = (struct action_item){ .text = carried_text, .status = ACTION_DONE, .item_id = item };
	store_save_action(s, first, 0, &a, &carried, NULL);
	char key[24];
	snprintf(key, sizeof key, "%lld", (long long)first);
	struct meeting_record r;
	bool found;
	ok(store_load_meeting(s, key, &found, &r) && r.n_actions == 4, "the carried action is saved");
	if (r.n_actions == 4)
		ok(r.actions[3].item_id == item && r.actions[3].item_uid &&
			   strcmp(r.actions[3].item_text, "Peer observation") == 0,
		   "with its link to the item and the item's words");
	meeting_record_free(&r);
	ok(review_now(s, REVIEW_ITEM, item, NULL, 1, NULL, NULL), "the item goes off the record");
	ok(store_load_meeting(s, key, &found, &r) && r.n_actions == 4 && !r.actions[3].item_uid &&
		   !r.actions[3].item_text && strcmp(r.actions[3].text, carried_text) == 0,
	   "the action no longer shows the item's words, and keeps its own");
	meeting_record_free(&r);
	store_begin_meeting(s, &l.teams[0], present, p, RATING_NAMED, NULL, 0, NULL, &second);
	struct followup_action *f;
	size_t n;
	ok(store_followup_actions(s, team_id, second, &f, &n) && n == 2, "the open items come back");
	if (n == 2) {
		is_str(f[0].text, "Sooner", "soonest due first");
		is_str(f[0].owner_name, "Ana", "with the owner");
		ok(f[0].meeting_id == first && f[0].date, "and the meeting they came from");
	}
	followup_actions_free(f, n);
	ok(store_followup_actions(s, team_id, first, &f, &n) && n == 0,
	   "not in the meeting that recorded them");
	followup_actions_free(f, n);
	ok(store_set_action_status(s, sooner, 0, ACTION_DONE, NULL) == STORE_SAVED, "one is marked done");
	ok(store_set_action_status(s, later, 0, ACTION_CARRIED, NULL) == STORE_SAVED,
	   "one is carried over");
	ok(store_followup_actions(s, team_id, second, &f, &n) && n == 1 && f[0].id == later &&
	   f[0].status == ACTION_CARRIED, "only the carried one is still to follow up");
	followup_actions_free(f, n);
	protocol_destroy(p);
	team_list_free(&l);
	store_close(s);
	free(path);
}

/* Teams and members are read in one query each, whatever the number of
 * teams; each member lands on their own team, in the team's order. */
static void test_many_teams(void)
{
	char *path = path_in_dir("teams.db");
	enum store_open_error why;
	char *msg;
	struct store *s = store_open(path, &why, &msg);
	int64_t ids[3];
	struct new_member a[] = { { "Ana", "District" }, { "Ben", "Union" } };
	struct new_member b[] = { { "Cy", "District" } };
	struct new_member c[] = { { "Di", "Union" }, { "Ed", "District" }, { "Flo", "Union" } };
	store_create_team(s, NULL, "Charlie", c, 3, &ids[2]);
	store_create_team(s, NULL, "Alpha", a, 2, &ids[0]);
	store_create_team(s, NULL, "Bravo", b, 1, &ids[1]);
	struct team_list l;
	ok(store_list_teams(s, &l) && l.n == 3, "three teams");
	if (l.n == 3) {
		ok(strcmp(l.teams[0].name, "Alpha") == 0 && l.teams[0].n_members == 2 &&
			   strcmp(l.teams[0].members[1].name, "Ben") == 0,
		   "by name, each with its own members in order");
		ok(l.teams[1].n_members == 1 && strcmp(l.teams[1].members[0].name, "Cy") == 0 &&
			   l.teams[2].n_members == 3 && strcmp(l.teams[2].members[2].name, "Flo") == 0,
		   "none mixed up between teams");
	}
	team_list_free(&l);
	ok(store_load_team(s, ids[2], &l) && l.n == 1 && l.teams[0].id == ids[2] &&
		   l.teams[0].n_members == 3,
	   "one team alone, with its members");
	team_list_free(&l);
	ok(store_load_team(s, 999, &l) && l.n == 0, "no such team: none");
	team_list_free(&l);
	store_close(s);
	free(path);
}

static void test_team_rules(void)
{
	char *path = path_in_dir("rules.db");
	enum store_open_error why;
	char *msg;
	struct store *s = store_open(path, &why, &msg);
	struct new_member m[] = { { "Ana", "District" } };
	int64_t id;
	store_create_team(s, NULL, "Rulers", m, 1, &id);
	struct team_list l;
	store_list_teams(s, &l);
	ok(l.n == 1 && strcmp(l.teams[0].quorum, "each-group") == 0 && l.teams[0].reopen_threshold == 75 &&
	   l.teams[0].norms_protocol == NULL, "a new team has the guidebook's rules and no opening norms");
	team_list_free(&l);
	const char *roles[] = { "chair", "scribe" };
	struct team_rules r = { "none", 80, "seven-norms", roles, 2, false };
	ok(store_save_team_rules(s, id, &r), "new rules are saved");
	store_list_teams(s, &l);
	ok(strcmp(l.teams[0].quorum, "none") == 0 && l.teams[0].reopen_threshold == 80 &&
	   l.teams[0].norms_protocol && strcmp(l.teams[0].norms_protocol, "seven-norms") == 0,
	   "and read back");
	team_list_free(&l);
	char **names;
	size_t n;
	ok(store_team_roles(s, id, &names, &n) && n == 2 && strcmp(names[1], "scribe") == 0,
	   "the roles are replaced, in order");
	team_roles_free(names, n);
	r.n_roles = 0;
	ok(!store_save_team_rules(s, id, &r), "a team without roles is refused");
	r = (struct team_rules){ "none", 0, NULL, roles, 1, false };
	ok(!store_save_team_rules(s, id, &r), "a threshold of 0%% is refused");
	ok(store_team_roles(s, id, &names, &n) && n == 2, "and nothing changes");
	team_roles_free(names, n);
	store_close(s);
	free(path);
}

/* Rotation reads every meeting's roles with the holders' groups, and since
 * when each member has attended; another team's meetings do not count. */
static void test_role_history(void)
{
	char *path = path_in_dir("roles.db");
	enum store_open_error why;
	char *msg;
	struct store *s = store_open(path, &why, &msg);
	struct new_member m[] = { { "Ana", "District" }, { "Ben", "Teachers union" },
				  { "Cy", "Classified union" } };
	int64_t team_id;
	store_create_team(s, NULL, "Rotators", m, 3, &team_id);
	store_create_team(s, NULL, "Others", m, 1, NULL);
	struct team_list l;
	store_list_teams(s, &l);
	struct team *other = &l.teams[0], *t = &l.teams[1]; /* by name */
	struct protocol *p = tiny_protocol();
	bool present[] = { true, true, true };
	/* Cy joins at the second meeting: the first took attendance without them. */
	struct team before = *t;
	before.n_members = 2;
	struct role_assignment first[] = { { "facilitator", t->members[0].id },
					   { "note taker", t->members[1].id } };
	struct role_assignment second[] = { { "facilitator", t->members[1].id },
					    { "note taker", t->members[2].id } };
	struct role_assignment elsewhere[] = { { "facilitator", other->members[0].id } };
	int64_t id;
	store_begin_meeting(s, &before, present, p, RATING_NAMED, first, 2, NULL, &id);
	store_begin_meeting(s, t, present, p, RATING_NAMED, second, 2, NULL, &id);
	store_begin_meeting(s, other, present, p, RATING_NAMED, elsewhere, 1, NULL, &id);
	struct role_record *h;
	size_t n;
	ok(store_role_history(s, team_id, &h, &n) && n == 4, "every role the team gave, none of another's");
	if (n == 4) {
		ok(h[0].age == 0 && h[0].member_id == t->members[1].id &&
		   strcmp(h[0].role, "facilitator") == 0 && strcmp(h[0].group, "Teachers union") == 0,
		   "the latest first, with the holder's group");
		ok(h[3].age == 1 && strcmp(h[3].group, "Teachers union") == 0 && h[2].age == 1 &&
		   strcmp(h[2].group, "District") == 0, "the one before is one meeting old");
	}
	role_history_free(h, n);
	struct member_tenure *mt;
	ok(store_member_tenure(s, team_id, &mt, &n) && n == 3, "each member who has attended");
	if (n == 3)
		ok(mt[0].meetings == 2 && mt[1].meetings == 2 && mt[2].meetings == 1,
		   "for as many meetings as since their first");
	free(mt);
	protocol_destroy(p);
	team_list_free(&l);
	store_close(s);
	free(path);
}

int main(void)
{
	if (!mkdtemp(dir)) {
		perror("mkdtemp");
		return 1;
	}
	test_open_empty();
	test_refusals();
	test_entries();
	test_upgrade();
	test_many_teams();
	test_team_rules();
	test_followup();
	test_role_history();
	char *cmd = xasprintf("rm -rf '%s'", dir);
	if (system(cmd) != 0)
		fprintf(stderr, "could not remove %s\n", dir);
	free(cmd);
	return tap_done();
}
