/* Tests of the session: each event saved as it happens, nothing shown as
 * entered when saving fails, and a meeting resumed exactly from the store. */
#include "source-root.h"
#include "convene/agenda.h"
#include "convene/session.h"
#include "convene/util.h"
#include "tap.h"

/* Fixtures fill structs whose strings are owned (char *) with literals that
 * the code under test only copies. */
#ifdef __clang__
#pragma clang diagnostic ignored "-Wincompatible-pointer-types-discards-qualifiers"
#else
#pragma GCC diagnostic ignored "-Wdiscarded-qualifiers"
#endif

#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char dir[] = "/tmp/convene-test-session-XXXXXX";

static void raw_exec(const char *path, const char *sql)
{
	sqlite3 *db;
	sqlite3_open(path, &db);
	sqlite3_exec(db, sql, NULL, NULL, NULL);
	sqlite3_close(db);
}

/* Opens the store at path with a new team of the given members; *t is that
 * team within *teams. */
static struct store *open_team(const char *path, const char *name, const struct new_member *members,
			       size_t n, struct team_list *teams, struct team **t)
{
	enum store_open_error why;
	char *msg;
	struct store *st = store_open(path, &why, &msg);
	int64_t team_id;
	store_create_team(st, NULL, name, members, n, &team_id);
	store_list_teams(st, teams);
	*t = NULL;
	for (size_t i = 0; i < teams->n; i++)
		if (teams->teams[i].id == team_id)
			*t = &teams->teams[i];
	return st;
}

static int count_ratings(struct store *s, int64_t id)
{
	struct meeting_record r;
	bool found;
	char key[24];
	snprintf(key, sizeof key, "%lld", (long long)id);
	store_load_meeting(s, key, &found, &r);
	int n = (int)r.n_ratings;
	meeting_record_free(&r);
	return n;
}

static void run(const char *path, struct catalog *c, enum rating_mode mode)
{
	const char *mode_name = mode == RATING_BLIND ? "blind" : "named";
	enum store_open_error why;
	char *msg;
	struct store *st = store_open(path, &why, &msg);
	struct new_member members[] = { { "Ana", "District" }, { "Ben", "Teachers union" },
					{ "Cy", "Classified union" } };
	int64_t team_id;
	store_create_team(st, NULL, mode_name, members, 3, &team_id);
	struct team_list teams;
	store_list_teams(st, &teams);
	struct team *t = NULL;
	for (size_t i = 0; i < teams.n; i++)
		if (teams.teams[i].id == team_id)
			t = &teams.teams[i];
	bool present[] = { true, false, true };
	const struct protocol *p = catalog_find(c, "team-assessment");
	struct session s;
	ok(session_start(&s, st, t, present, p, mode, NULL, 0, 0), "%s: the meeting starts", mode_name);
	is_int(s.n_people, 2, "%s: two present", mode_name);
	enum meeting_result res;
	ok(session_next(&s, 60000, false, &res) && res == MEETING_OK, "%s: on to rating", mode_name);
	session_rate(&s, 3, &res);
	session_rate(&s, 6, &res);
	is_int(count_ratings(st, s.meeting_id), 2, "%s: each rating is in the store at once", mode_name);
	ok(session_undo(&s, &res) && res == MEETING_OK, "%s: undo", mode_name);
	is_int(count_ratings(st, s.meeting_id), 1, "%s: undo removes it from the store", mode_name);
	session_rate(&s, 5, &res);
	session_next(&s, 90000, false, &res);
	session_rate(&s, 2, &res);
	int64_t id = s.meeting_id;

	/* Saving fails: the screen must not show the rating as entered. */
	raw_exec(path, "CREATE TRIGGER no_more BEFORE INSERT ON rating BEGIN "
		       "SELECT RAISE(ABORT, 'disk trouble'); END;");
	size_t before = meeting_rated_count(&s.engine, 1, 1);
	ok(!session_rate(&s, 4, &res), "%s: a failed save is reported", mode_name);
	has_str(session_error(&s), "disk trouble", "%s: with the reason", mode_name);
	is_int(meeting_rated_count(&s.engine, 1, 1), before, "%s: and the engine is put back", mode_name);
	raw_exec(path, "DROP TRIGGER no_more;");
	session_finish(&s);

	/* The app was killed here; the meeting resumes from the store. */
	ok(session_resume(&s, st, c, id, 0), "%s: the meeting resumes", mode_name);
	ok(s.engine.step == 1 && s.engine.dim == 1 && s.engine.view == VIEW_STEP,
	   "%s: at the same dimension", mode_name);
	is_int(s.engine.mode, mode, "%s: in the same mode", mode_name);
	is_int(meeting_rated_count(&s.engine, 1, 0), 2, "%s: dimension 1 has both ratings", mode_name);
	is_int(meeting_rated_count(&s.engine, 1, 1), 1, "%s: dimension 2 has one", mode_name);
	struct rating_stats rs;
	meeting_dimension_stats(&s.engine, 1, 0, &rs);
	ok(rs.min == 3 && rs.max == 5, "%s: with the values entered", mode_name);
	if (mode == RATING_NAMED)
		is_int(meeting_value(&s.engine, 1, 0, 1), 5, "named: Cy's rating is Cy's again");
	is_int(s.engine.steps[0].elapsed_ms, 60000, "%s: the step time survives", mode_name);
	session_rate(&s, 1, &res);
	is_int(count_ratings(st, id), 4, "%s: rating goes on after resuming", mode_name);
	session_next(&s, 0, true, &res);
	ok(session_close(&s, 0), "%s: closes", mode_name);
	session_finish(&s);
	ok(!session_resume(&s, st, c, id, 0), "%s: a closed meeting does not resume", mode_name);
	session_finish(&s);
	team_list_free(&teams);
	store_close(st);
}

static void test_entries(const char *path, struct catalog *c)
{
	struct new_member members[] = { { "Ana", "District" } };
	struct team_list teams;
	struct team *t;
	struct store *st = open_team(path, "Answers", members, 1, &teams, &t);
	bool present[] = { true };
	const struct protocol *p = catalog_find(c, "after-action-review");
	struct session s;
	enum meeting_result res;
	session_start(&s, st, t, present, p, RATING_NAMED, NULL, 0, 0);
	session_next(&s, 0, false, &res);
	session_next(&s, 0, false, &res); /* the step with three questions */
	is_int(s.engine.step, 2, "on the expected/actual step");
	ok(meeting_in_silence(&s.engine), "it opens with quiet writing");
	ok(session_end_silence(&s) && !meeting_in_silence(&s.engine), "the facilitator ends it");
	ok(!session_end_silence(&s), "ending it again is refused");
	has_str(session_error(&s), "no quiet writing", "and says why");
	ok(session_add_entry(&s, 0, "  a quiet evening  "), "an answer is saved");
	is_str(s.engine.steps[2].entries[0].text, "a quiet evening", "trimmed");
	ok(!session_add_entry(&s, 0, "   "), "an empty answer is refused");
	has_str(session_error(&s), "empty", "and says why");
	ok(!session_add_entry(&s, 7, "x"), "there is no question 8");
	session_add_entry(&s, 1, "it rained");
	session_add_entry(&s, 1, "a typo");
	ok(session_edit_entry(&s, 2, "forty families came"), "an answer is edited");
	ok(session_move_entry(&s, 2, 0), "and moved to the other question");
	ok(session_delete_entry(&s, 1), "an answer is deleted");
	ok(!session_delete_entry(&s, 5), "no answer 6");
	int64_t id = s.meeting_id;
	session_finish(&s);

	ok(session_resume(&s, st, c, id, 0), "the meeting resumes");
	is_int(s.engine.step, 2, "on the same step");
	ok(!meeting_in_silence(&s.engine),
	   "the end of the quiet writing was saved: another terminal sees the discussion");
	const struct step_state *ss = &s.engine.steps[2];
	is_int(ss->n_entries, 2, "with its two answers");
	if (ss->n_entries == 2) {
		ok(ss->entries[0].group == 0 && strcmp(ss->entries[0].text, "a quiet evening") == 0,
		   "the first as entered");
		ok(ss->entries[1].group == 0 && strcmp(ss->entries[1].text, "forty families came") == 0,
		   "the second edited and moved");
	}
	struct meeting_record r;
	bool found;
	char key[24];
	snprintf(key, sizeof key, "%lld", (long long)id);
	store_load_meeting(st, key, &found, &r);
	is_int(r.n_groups, 7, "the record keeps the questions as they were");
	meeting_record_free(&r);
	session_finish(&s);
	team_list_free(&teams);
	store_close(st);
}

static void test_votes(const char *path, struct catalog *c)
{
	struct new_member members[] = { { "Ana", "District" }, { "Ben", "Teachers union" } };
	struct team_list teams;
	struct team *t;
	struct store *st = open_team(path, "Voters", members, 2, &teams, &t);
	bool present[] = { true, true };
	struct session s;
	enum meeting_result res;
	session_start(&s, st, t, present, catalog_find(c, "three-box"), RATING_NAMED, NULL, 0, 0);
	session_next(&s, 0, false, &res);
	meeting_end_silence(&s.engine);
	session_add_entry(&s, 0, "peer observation");
	session_add_entry(&s, 2, "student panel");
	session_next(&s, 0, false, &res);
	ok(session_add_entry(&s, 1, "sign-in forms"), "an item added while sorting");
	is_int(s.engine.steps[1].n_entries, 3, "goes to the brainstorm's items");
	session_next(&s, 0, false, &res);
	ok(session_vote_settings(&s, 2, false), "two dots each, set in the meeting");
	int64_t a = s.engine.steps[1].entries[0].id, b = s.engine.steps[1].entries[1].id;
	ok(session_vote(&s, a, 1, &res) && res == MEETING_OK, "a dot is saved");
	session_vote(&s, b, 1, &res);
	ok(session_vote(&s, b, 1, &res) && res == MEETING_NO_DOTS_LEFT, "the room's setting holds");
	meeting_select(&s.engine, 1);
	session_vote(&s, a, 1, &res);
	ok(!session_vote_settings(&s, 4, false), "the setting is fixed once dots are placed");
	int64_t id = s.meeting_id;
	session_finish(&s);
	ok(session_resume(&s, st, c, id, 0), "the vote resumes");
	is_int(s.engine.step, 3, "on the vote");
	is_int(s.engine.steps[3].dots, 2, "with two dots each");
	is_int(meeting_vote_total(&s.engine, 3, a), 2, "peer observation has two dots");
	is_int(meeting_vote_dots(&s.engine, 3, a, 1), 1, "one of them Ben's");
	is_int(meeting_vote_used(&s.engine, 3, 0), 2, "Ana used both");
	meeting_select(&s.engine, 1);
	ok(session_vote_set(&s, b, 1, &res) && res == MEETING_OK, "Ben's dot typed as a number is saved");
	ok(session_vote_set(&s, b, 2, &res) && res == MEETING_NO_DOTS_LEFT,
	   "a number over the dots left is refused");
	session_finish(&s);
	ok(session_resume(&s, st, c, id, 0), "the vote resumes again");
	is_int(meeting_vote_dots(&s.engine, 3, b, 1), 1, "with Ben's typed dot");
	session_finish(&s);
	team_list_free(&teams);
	store_close(st);
}

static int count_rows(const char *path, const char *sql)
{
	sqlite3 *db;
	sqlite3_stmt *q;
	int v = -1;
	sqlite3_open(path, &db);
	if (sqlite3_prepare_v2(db, sql, -1, &q, NULL) == SQLITE_OK && sqlite3_step(q) == SQLITE_ROW)
		v = sqlite3_column_int(q, 0);
	sqlite3_finalize(q);
	sqlite3_close(db);
	return v;
}

static void test_points(const char *path, struct catalog *c)
{
	struct new_member members[] = { { "Ana", "District" }, { "Ben", "Teachers union" },
					{ "Cy", "Teachers union" } };
	struct team_list teams;
	struct team *t;
	struct store *st = open_team(path, "Pointers", members, 3, &teams, &t);
	bool present[] = { true, true, true };
	struct session s;
	enum meeting_result res;
	session_start(&s, st, t, present, catalog_find(c, "talking-points"), RATING_NAMED, NULL, 0, 0);
	session_next(&s, 0, false, &res);
	ok(session_add_entry(&s, 0, "We will pilot peer observation."), "a point is drafted");
	session_add_entry(&s, 0, "Schedules do not change this year.");
	ok(session_confirm(&s, 0, 0, true) && session_confirm(&s, 0, 1, true), "both groups confirm");
	ok(meeting_agreed(&s.engine, 1, 0), "the point is agreed");
	session_confirm(&s, 1, 0, true);
	is_int(count_rows(path, "SELECT count(*) FROM talking_point_agreement"), 3,
	       "each confirmation is in the store");
	ok(session_edit_entry(&s, 1, "Schedules stay the same this school year."), "the second is reworded");
	is_int(count_rows(path, "SELECT count(*) FROM talking_point_agreement"), 2,
	       "rewording removed its confirmation in the store too");
	int64_t id = s.meeting_id;
	session_finish(&s);
	ok(session_resume(&s, st, c, id, 0), "the meeting resumes");
	ok(meeting_agreed(&s.engine, 1, 0), "the agreed point is still agreed");
	ok(!meeting_agreed(&s.engine, 1, 1) && s.engine.steps[1].entries[1].agreed == 0,
	   "the reworded one has no confirmation");
	is_str(s.engine.steps[1].entries[1].text, "Schedules stay the same this school year.",
	       "with its new wording");
	ok(session_delete_entry(&s, 0), "a point is deleted");
	is_int(count_rows(path, "SELECT count(*) FROM talking_point_agreement"), 0,
	       "its confirmations go with it");
	session_finish(&s);
	team_list_free(&teams);
	store_close(st);
}

static void test_decisions(const char *path, struct catalog *c)
{
	struct new_member members[] = { { "Ana", "District" }, { "Bo", "District" }, { "Cy", "District" },
					{ "Di", "District" }, { "Ed", "District" }, { "Flo", "District" },
					{ "Gus", "District" } };
	struct team_list teams;
	struct team *t;
	struct store *st = open_team(path, "Deciders", members, 7, &teams, &t);
	bool present[] = { true, true, true, true, true, true, true };
	struct session s;
	enum meeting_result res;
	session_start(&s, st, t, present, catalog_find(c, "decision-continuum"), RATING_NAMED, NULL, 0, 0);
	struct action_item nowhere = { .text = "x" };
	ok(!session_save_action(&s, 0, &nowhere), "no action items on a text step");
	session_next(&s, 0, false, &res);
	struct decision d = { .topic = "Adopt the pilot", .point = -1, .status = DECISION_DRAFT };
	ok(session_save_decision(&s, 0, &d), "a draft is saved as soon as it has a topic");
	ok(s.engine.steps[1].decisions[0].id > 0, "with the store's id");
	d.point = 5;
	d.text = "Pilot in two schools";
	d.reasons = "Teachers asked";
	d.fist[3] = 2;
	d.fist[5] = 4;
	d.fist[2] = 1;
	d.fist_taken = true;
	d.status = DECISION_DECIDED;
	d.fist[4] = 1;
	ok(!session_save_decision(&s, 0, &d), "a fist to five with more hands than people present is refused");
	has_str(session_error(&s), "8 hands for 7 present", "and the screen says why");
	d.fist[4] = 0;
	ok(session_save_decision(&s, 0, &d), "and completed in place");
	is_int(s.engine.steps[1].n_decisions, 1, "one decision");
	d = (struct decision){ .topic = "Later", .point = 1, .status = DECISION_DEFERRED };
	session_save_decision(&s, 1, &d);
	d.point = 9;
	ok(!session_save_decision(&s, 2, &d), "a point off the continuum is refused");
	int64_t id = s.meeting_id;
	session_finish(&s);
	ok(session_resume(&s, st, c, id, 0), "the meeting resumes");
	const struct step_state *ss = &s.engine.steps[1];
	is_int(ss->n_decisions, 2, "with both decisions");
	if (ss->n_decisions == 2) {
		const struct decision *x = &ss->decisions[0];
		ok(x->point == 5 && x->status == DECISION_DECIDED, "how and where it stands");
		ok(x->fist_taken && x->fist[5] == 4 && decision_objections(x) == 1, "the consensus check");
		is_str(x->reasons, "Teachers asked", "the reasons");
		is_int(ss->decisions[1].status, DECISION_DEFERRED, "the deferred one");
	}
	ok(session_delete_decision(&s, 1), "a decision is deleted");
	session_finish(&s);
	struct meeting_record r;
	bool found;
	char key[24];
	snprintf(key, sizeof key, "%lld", (long long)id);
	store_load_meeting(st, key, &found, &r);
	is_int(r.n_decisions, 1, "the store has one decision left");
	if (r.n_decisions)
		is_str(r.decisions[0].point_title, "The team decides by consensus",
		       "with the title of how it was decided");
	meeting_record_free(&r);
	team_list_free(&teams);
	store_close(st);
}

static void test_actions(const char *path, struct catalog *c)
{
	struct new_member members[] = { { "Ana", "District" }, { "Ben", "Teachers union" } };
	struct team_list teams;
	struct team *t;
	struct store *st = open_team(path, "Doers", members, 2, &teams, &t);
	bool present[] = { true, true };
	struct session s;
	enum meeting_result res;
	session_start(&s, st, t, present, catalog_find(c, "three-box"), RATING_NAMED, NULL, 0, 0);
	/* frame, brainstorm, sort, vote, the vote's results, then the actions */
	for (int i = 0; i < 5; i++)
		session_next(&s, 0, true, &res);
	is_int(meeting_current_step(&s.engine)->kind, STEP_ACTIONS, "three-box ends with action items");
	struct action_item a = { .text = "  Pilot in two schools ", .owner = t->members[1].id,
				 .due = "2027-03-01" };
	ok(session_save_action(&s, 0, &a), "an action item is saved");
	is_str(s.engine.steps[4].actions[0].text, "Pilot in two schools", "trimmed");
	struct action_item bad = { .text = "Later", .due = "2027-02-30" };
	ok(!session_save_action(&s, 1, &bad), "an impossible due date is refused");
	has_str(session_error(&s), "YYYY-MM-DD", "and the message shows the format");
	a.status = ACTION_DONE;
	a.text = "Pilot in two schools";
	ok(session_save_action(&s, 0, &a), "marked done");
	int64_t id = s.meeting_id;
	session_finish(&s);
	ok(session_resume(&s, st, c, id, 0), "the meeting resumes");
	const struct step_state *ss = &s.engine.steps[4];
	ok(ss->n_actions == 1 && ss->actions[0].status == ACTION_DONE &&
		   ss->actions[0].owner == t->members[1].id && strcmp(ss->actions[0].due, "2027-03-01") == 0,
	   "the action item as it was");
	session_finish(&s);
	struct meeting_record r;
	bool found;
	char key[24];
	snprintf(key, sizeof key, "%lld", (long long)id);
	store_load_meeting(st, key, &found, &r);
	ok(r.n_actions == 1 && strcmp(r.actions[0].owner_name, "Ben") == 0, "the record names its owner");
	meeting_record_free(&r);
	team_list_free(&teams);
	store_close(st);
}

static void test_norms(const char *path, struct catalog *c)
{
	struct new_member members[] = { { "Ana", "District" } };
	struct team_list teams;
	struct team *t;
	struct store *st = open_team(path, "Normers", members, 1, &teams, &t);
	bool present[] = { true };
	struct session s;
	enum meeting_result res;
	session_start(&s, st, t, present, catalog_find(c, "seven-norms"), RATING_NAMED, NULL, 0, 0);
	ok(session_norm_focus(&s, 1, true, &res) && res == MEETING_OK, "paraphrasing is a focus");
	session_norm_focus(&s, 2, true, &res);
	ok(session_norm_focus(&s, 3, true, &res) && res == MEETING_FOCUS_FULL, "a third is refused");
	session_next(&s, 0, false, &res);
	session_next(&s, 0, false, &res);
	is_int(s.engine.dim, 1, "the check starts with paraphrasing");
	session_rate(&s, 3, &res);
	int64_t id = s.meeting_id;
	session_finish(&s);
	ok(session_resume(&s, st, c, id, 0), "the meeting resumes");
	is_int(s.engine.steps[0].focus, 6u, "with the two focus norms");
	is_int(s.engine.dim, 1, "on paraphrasing");
	is_int(meeting_rated_count(&s.engine, 2, 1), 1, "with its rating");
	session_finish(&s);
	struct meeting_record r;
	bool found;
	char key[24];
	snprintf(key, sizeof key, "%lld", (long long)id);
	store_load_meeting(st, key, &found, &r);
	ok(r.n_focus == 2 && strcmp(r.focus[0].norm_name, "Paraphrasing") == 0, "the record names the focus");
	ok(r.n_ratings == 1 && strcmp(r.ratings[0].dimension_title, "Paraphrasing") == 0,
	   "and the check's rating");
	meeting_record_free(&r);
	team_list_free(&teams);
	store_close(st);
}

static void test_custom_agenda(const char *path, struct catalog *c)
{
	struct new_member members[] = { { "Ana", "District" } };
	struct team_list teams;
	struct team *t;
	struct store *st = open_team(path, "Planners", members, 1, &teams, &t);
	bool present[] = { true };
	struct diagnostics d = { 0 };
	struct protocol *agenda = agenda_from_spec("custom-agenda", "Agenda: ours",
						   "check-in:5;talking-points/points:10", c, &d);
	struct session s;
	enum meeting_result res;
	ok(session_start(&s, st, t, present, agenda, RATING_NAMED, NULL, 0, 0), "a meeting runs an agenda built in the app");
	s.owned = agenda;
	session_add_entry(&s, 0, "fine, thanks");
	session_next(&s, 0, false, &res);
	session_add_entry(&s, 0, "We pilot it.");
	int64_t id = s.meeting_id;
	session_finish(&s);
	ok(session_resume(&s, st, c, id, 0), "it resumes though no file has its id");
	ok(s.owned && s.engine.protocol == s.owned && s.engine.protocol->n_steps == 2,
	   "rebuilt from the record");
	ok(s.engine.step == 1 && s.engine.steps[1].n_entries == 1, "at its place, with what was entered");
	session_finish(&s);
	team_list_free(&teams);
	store_close(st);
}

static void test_clock(const char *path, struct catalog *c)
{
	struct new_member members[] = { { "Ana", "District" } };
	struct team_list teams;
	struct team *t;
	struct store *st = open_team(path, "Timers", members, 1, &teams, &t);
	bool present[] = { true };
	struct session s;
	enum meeting_result res;
	int64_t now = 5000000;
	session_start(&s, st, t, present, catalog_find(c, "after-action-review"), RATING_NAMED, NULL, 0, now);
	now += 90000;
	session_next(&s, now, false, &res);
	now += 30000;
	ok(session_extend(&s, 120000, now), "two minutes more for the step");
	is_int(s.engine.steps[1].planned_ms, 5 * 60000, "three planned, two added");
	now += 15000;
	ok(session_pause(&s, now), "paused");
	int64_t id = s.meeting_id;
	session_finish(&s);

	ok(session_resume(&s, st, c, id, 42), "the meeting resumes");
	ok(s.engine.paused, "still paused");
	is_int(meeting_step_elapsed_ms(&s.engine, 1, 10000042), 45000, "with the step's 45 seconds, no more");
	is_int(s.engine.steps[1].planned_ms, 5 * 60000, "and its new plan");
	is_int(s.engine.steps[1].agreed_ms, 3 * 60000, "beside the plan agreed at setup");
	is_int(s.engine.steps[0].elapsed_ms, 90000, "the first step's time is kept");
	ok(session_resume_clock(&s, 100) && !s.engine.paused, "the clock runs again");
	ok(session_break(&s, 1100, 10 * 60000), "a break");
	ok(session_break_length(&s, 60000) && s.engine.break_planned_ms == 11 * 60000,
	   "the break is made a minute longer");
	ok(!session_break_length(&s, -12 * 60000) && s.engine.break_planned_ms == 11 * 60000 &&
		   *session_error(&s),
	   "but not shorter than nothing: unchanged, and the screen says why");
	session_finish(&s);

	ok(session_resume(&s, st, c, id, 7), "resumed during the break");
	ok(s.engine.on_break && s.engine.paused, "the break is still on");
	is_int(s.engine.break_planned_ms, 11 * 60000, "with its longer plan, as saved");
	ok(meeting_break_left_ms(&s.engine, 7) > 9 * 60000, "with its countdown");
	int64_t elapsed = meeting_step_elapsed_ms(&s.engine, 1, 7);
	ok(elapsed >= 46000 && elapsed < 50000, "the step counted only until the break");
	ok(session_end_break(&s, 9) && !s.engine.on_break && !s.engine.paused, "the break ends");
	session_finish(&s);

	ok(session_resume(&s, st, c, id, 0), "resumed with the clock running");
	ok(!s.engine.paused, "it runs");
	elapsed = meeting_step_elapsed_ms(&s.engine, 1, 0);
	ok(elapsed >= 46000 && elapsed < 60000, "from where it was, plus the moments since");
	session_finish(&s);
	team_list_free(&teams);
	store_close(st);
}

/* Every move keeps one promise: saved and shown, or neither. */
static void test_failed_moves(const char *path, struct catalog *c)
{
	struct new_member members[] = { { "Ana", "District" } };
	struct team_list teams;
	struct team *t;
	struct store *st = open_team(path, "Moves", members, 1, &teams, &t);
	bool present[] = { true };
	struct session s;
	enum meeting_result res;
	int64_t now = 1000000;
	session_start(&s, st, t, present, catalog_find(c, "after-action-review"), RATING_NAMED, NULL, 0, now);
	now += 60000;
	raw_exec(path, "CREATE TRIGGER stuck BEFORE UPDATE OF cur_step ON meeting BEGIN "
		       "SELECT RAISE(ABORT, 'disk trouble'); END;");
	ok(!session_next(&s, now, false, &res), "a move that cannot be saved is refused");
	has_str(session_error(&s), "disk trouble", "and the screen says why");
	is_int((long long)s.engine.step, 0, "the engine stays on the step the room sees");
	is_int(s.engine.steps[0].elapsed_ms, 0, "and charges it no time it did not leave");
	char *sql = xasprintf("SELECT actual_ms FROM meeting_step WHERE meeting_id = %lld AND "
			      "step_index = 0", (long long)s.meeting_id);
	is_int(count_rows(path, sql), 0, "nothing of the move reached the record");
	raw_exec(path, "DROP TRIGGER stuck;");
	now += 1000;
	ok(session_next(&s, now, false, &res) && s.engine.step == 1, "once it can be saved, it moves");
	is_int(count_rows(path, sql), 61000, "with the time of the step it left");
	free(sql);

	raw_exec(path, "CREATE TRIGGER stuck BEFORE UPDATE OF clock_since ON meeting BEGIN "
		       "SELECT RAISE(ABORT, 'disk trouble'); END;");
	ok(!session_pause(&s, now) && !s.engine.paused, "a pause that cannot be saved leaves the clock running");
	raw_exec(path, "DROP TRIGGER stuck;");
	ok(session_pause(&s, now) && s.engine.paused, "then it pauses");
	raw_exec(path, "CREATE TRIGGER stuck BEFORE UPDATE OF clock_since ON meeting BEGIN "
		       "SELECT RAISE(ABORT, 'disk trouble'); END;");
	ok(!session_resume_clock(&s, now) && s.engine.paused, "and stays paused when running again is not saved");
	raw_exec(path, "DROP TRIGGER stuck;");
	ok(session_resume_clock(&s, now) && !s.engine.paused, "then it runs");
	ok(session_break(&s, now, 5 * 60000), "a break");
	raw_exec(path, "CREATE TRIGGER stuck BEFORE UPDATE OF ended_at ON pause BEGIN "
		       "SELECT RAISE(ABORT, 'disk trouble'); END;");
	ok(!session_end_break(&s, now + 1000), "ending a break that cannot be saved is refused");
	ok(s.engine.on_break && s.engine.paused, "and the break runs on, as in the record");
	raw_exec(path, "DROP TRIGGER stuck;");
	ok(session_end_break(&s, now + 2000) && !s.engine.on_break, "then it ends");
	session_finish(&s);
	team_list_free(&teams);
	store_close(st);
}

static void test_quorum(const char *path, struct catalog *c)
{
	struct new_member members[] = { { "Ana", "District" }, { "Ben", "Teachers union" },
					{ "Cy", "Classified union" } };
	struct team_list teams;
	struct team *t;
	struct store *st = open_team(path, "Quorate", members, 3, &teams, &t);
	bool present[] = { true, true, false };
	struct session s;
	enum meeting_result res;
	session_start(&s, st, t, present, catalog_find(c, "decision-continuum"), RATING_NAMED, NULL, 0, 0);
	ok(!s.quorum, "nobody from the classified union: no quorum");
	is_str(s.missing_groups, "Classified union", "the missing group is named");
	session_next(&s, 0, false, &res);
	struct decision d = { .topic = "Change the day", .point = -1 };
	ok(!session_save_decision(&s, 0, &d), "no decision is recorded without quorum");
	has_str(session_error(&s), "no decision can be made", "and the reason is given");
	is_int(s.engine.steps[1].n_decisions, 0, "none is recorded");
	ok(session_add_entry(&s, 0, "x") == false, "(a decide step has no entries either)");
	int64_t id = s.meeting_id;
	session_finish(&s);
	ok(session_resume(&s, st, c, id, 0) && !s.quorum, "still no quorum after resuming");
	session_finish(&s);
	bool all[] = { true, true, true };
	session_start(&s, st, t, all, catalog_find(c, "decision-continuum"), RATING_NAMED, NULL, 0, 0);
	session_next(&s, 0, false, &res);
	ok(s.quorum && session_save_decision(&s, 0, &d), "with every group present, decisions are made");
	session_finish(&s);
	team_list_free(&teams);
	store_close(st);
}

static void test_step_plans(const char *path, struct catalog *c)
{
	struct new_member members[] = { { "Ana", "District" } };
	struct team_list teams;
	struct team *t;
	struct store *st = open_team(path, "Planners", members, 1, &teams, &t);
	bool present[] = { true };
	const struct protocol *p = catalog_find(c, "after-action-review");
	struct step_time *last;
	size_t n_last;
	ok(store_last_step_times(st, t->id, p->id, &last, &n_last) && n_last == 0,
	   "a first meeting has no last times");
	struct session s;
	enum meeting_result res;
	session_start(&s, st, t, present, p, RATING_NAMED, NULL, 0, 0);
	ok(session_set_plan(&s, 1, 7 * 60000), "a step is planned at seven minutes");
	ok(!session_set_plan(&s, p->n_steps, 60000), "a step that does not exist is refused");
	session_next(&s, 30000, false, &res);
	session_next(&s, 30000 + 6 * 60000, false, &res);
	int64_t id = s.meeting_id;
	session_finish(&s);
	ok(session_resume(&s, st, c, id, 0), "resumed");
	is_int(s.engine.steps[1].planned_ms, 7 * 60000, "the plan survives");
	session_finish(&s);

	ok(store_last_step_times(st, t->id, p->id, &last, &n_last), "the last times are read");
	is_int(n_last, p->n_steps, "one for each step");
	if (n_last > 1) {
		is_str(last[1].title, p->steps[1].title, "by title");
		is_int(last[1].planned_seconds, 7 * 60, "what was planned");
		is_int(last[1].actual_ms, 6 * 60000, "and what it took");
	}
	step_times_free(last, n_last);
	ok(store_last_step_times(st, t->id, "three-box", &last, &n_last) && n_last == 0,
	   "another protocol has none");

	/* The timing page's plan starts with the meeting, in its transaction. */
	int *minutes = xcalloc(p->n_steps, sizeof *minutes);
	for (size_t i = 0; i < p->n_steps; i++)
		minutes[i] = (int)i + 2;
	ok(session_start_planned(&s, st, t, present, p, RATING_NAMED, NULL, 0, minutes, 0),
	   "a meeting starts with its own plan");
	is_int(s.engine.steps[1].planned_ms, 3 * 60000, "the engine has it");
	id = s.meeting_id;
	session_finish(&s);
	char key[24];
	bool found;
	struct meeting_record r;
	snprintf(key, sizeof key, "%lld", (long long)id);
	store_load_meeting(st, key, &found, &r);
	bool all_saved = found && r.n_steps == p->n_steps;
	for (size_t i = 0; all_saved && i < r.n_steps; i++)
		all_saved = r.steps[i].planned_seconds == minutes[i] * 60;
	ok(all_saved, "and so has the record, from the first moment");
	meeting_record_free(&r);
	free(minutes);
	team_list_free(&teams);
	store_close(st);
}

int main(void)
{
	if (!mkdtemp(dir))
		return 1;
	char *dirs[] = { (char *)CONVENE_SOURCE_PROTOCOLS, NULL };
	struct catalog c;
	catalog_load(&c, dirs);
	char *path = xasprintf("%s/s.db", dir);
	run(path, &c, RATING_NAMED);
	run(path, &c, RATING_BLIND);
	test_entries(path, &c);
	test_votes(path, &c);
	test_points(path, &c);
	test_decisions(path, &c);
	test_actions(path, &c);
	test_norms(path, &c);
	test_custom_agenda(path, &c);
	test_clock(path, &c);
	test_failed_moves(path, &c);
	test_quorum(path, &c);
	test_step_plans(path, &c);
	char *cmd = xasprintf("rm -rf '%s'", dir);
	if (system(cmd) != 0)
		fprintf(stderr, "could not remove %s\n", dir);
	free(cmd);
	free(path);
	catalog_free(&c);
	return tap_done();
}
