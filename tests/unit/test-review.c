/* Tests of reviewing the notes: corrections and off-the-record marks while
 * in draft, approval only once the meeting is closed, and after approval
 * changes only as amendments, with their reason, kept in the record. */
#include "convene/demo.h"
#include "convene/store-review.h"
#include "convene/export.h"
#include "convene/record-view.h"
#include "convene/session.h"
#include "convene/util.h"
#include "fixture.h"
#include "review-now.h"
#include "tap.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void load(struct store *st, int64_t id, struct meeting_record *r)
{
	char key[24];
	bool found;
	snprintf(key, sizeof key, "%lld", (long long)id);
	store_load_meeting(st, key, &found, r);
}

/* The record view's line that shows an entry, and the line after it. */
static const struct record_line *entry_line(const struct record_view *v, enum review_kind kind,
					    int64_t id, const struct record_line **next)
{
	for (size_t i = 0; i < v->n; i++)
		if (v->lines[i].entry_kind == kind && v->lines[i].entry_id == id) {
			*next = i + 1 < v->n ? &v->lines[i + 1] : NULL;
			return &v->lines[i];
		}
	*next = NULL;
	return NULL;
}

/* Correcting the wording of a point the groups agreed keeps what they
 * agreed, who corrected it and when; review and every export show both. */
static void test_agreed_point(struct fixture *f)
{
	struct new_member members[] = { { "Ana", "District" }, { "Ben", "Teachers union" } };
	int64_t team_id;
	struct team_list teams;
	store_create_team(f->store, NULL, "Agreers", members, 2, &team_id);
	store_list_teams(f->store, &teams);
	const struct team *t = NULL;
	for (size_t i = 0; i < teams.n; i++)
		if (teams.teams[i].id == team_id)
			t = &teams.teams[i];
	struct store *st = f->store;
	bool present[] = { true, true };
	struct session s;
	enum meeting_result res;
	session_start(&s, st, t, present, catalog_find(&f->catalog, "talking-points"), RATING_NAMED,
		      NULL, 0, 0);
	session_next(&s, 0, false, &res);
	session_add_entry(&s, 0, "We pilot peer observaton in two schools.");
	session_add_entry(&s, 0, "A draft nobody confirmed yet.");
	session_confirm(&s, 0, 0, true);
	session_confirm(&s, 0, 1, true);
	int64_t agreed = s.engine.steps[1].entries[0].id, draft = s.engine.steps[1].entries[1].id;
	int64_t id = s.meeting_id;
	session_close(&s, 0);
	session_finish(&s);
	team_list_free(&teams);

	bool confirmed = false;
	ok(store_point_confirmed(st, agreed, &confirmed) && confirmed, "the agreed point is confirmed");
	ok(store_point_confirmed(st, draft, &confirmed) && !confirmed, "the draft is not");
	ok(!review_now(st, REVIEW_POINT, agreed, "We pilot peer observation in two schools.",
			       -1, NULL, ""), "correcting what the groups agreed needs who corrects it");
	has_str(store_error(st), "say who corrects it", "which it says");
	ok(review_now(st, REVIEW_POINT, agreed, "We pilot peer observation in two schools.",
			      -1, NULL, "Ana Ruiz"), "with a name it is corrected");
	ok(review_now(st, REVIEW_POINT, draft, "A draft, reworded.", -1, NULL, NULL),
	   "a draft nobody confirmed is corrected as before, with nobody named");
	struct meeting_record r;
	load(st, id, &r);
	const struct point_record *p = &r.points[0];
	is_str(p->text, "We pilot peer observation in two schools.", "the point reads as corrected");
	is_str(p->agreed_text, "We pilot peer observaton in two schools.", "the agreed wording is kept");
	is_str(p->corrected_by, "Ana Ruiz", "who corrected it");
	ok(p->corrected_at && strlen(p->corrected_at) == 20, "and when");
	is_int(p->n_agreed, 2, "the confirmations stay");
	ok(!r.points[1].agreed_text && !r.points[1].corrected_by, "the draft keeps no agreed wording");
	is_int(r.n_amendments, 0, "before approval a correction is no amendment");

	struct record_view v;
	record_view_build(&v, &r);
	const struct record_line *next, *l = entry_line(&v, REVIEW_POINT, agreed, &next);
	ok(l && strstr(l->text, "We pilot peer observation in two schools."), "review shows the correction");
	ok(next && strstr(next->text, "Agreed wording: \"We pilot peer observaton in two schools.\"") &&
	   strstr(next->text, "corrected by Ana Ruiz"), "and beside it the agreed wording and who corrected it");
	record_view_free(&v);
	struct strbuf sb;
	strbuf_init(&sb);
	export_meeting(&r, EXPORT_DEFAULT, EXPORT_MD, &sb);
	has_str(sb.data, "We pilot peer observation in two schools.", "the notes have the correction");
	has_str(sb.data, "agreed wording: \"We pilot peer observaton in two schools.\"",
		"and the agreed wording");
	has_str(sb.data, "corrected by Ana Ruiz", "and who corrected it");
	strbuf_finish(&sb);
	strbuf_init(&sb);
	export_meeting(&r, EXPORT_ALL, EXPORT_CSV, &sb);
	has_str(sb.data, ",correction,", "the CSV has a correction row");
	has_str(sb.data, "Ana Ruiz", "naming who corrected it");
	has_str(sb.data, "We pilot peer observaton in two schools.", "with the agreed wording");
	strbuf_finish(&sb);
	strbuf_init(&sb);
	export_meeting(&r, EXPORT_ALL, EXPORT_JSON, &sb);
	has_str(sb.data, "\"agreed_text\": \"We pilot peer observaton in two schools.\"",
		"the JSON has the agreed wording");
	has_str(sb.data, "\"corrected_by\": \"Ana Ruiz\"", "and who corrected it");
	strbuf_finish(&sb);
	meeting_record_free(&r);

	ok(review_now(st, REVIEW_POINT, agreed, "We pilot peer observation in 2 schools.", -1,
			      NULL, "Ben Cho"), "a second correction");
	load(st, id, &r);
	is_str(r.points[0].agreed_text, "We pilot peer observaton in two schools.",
	       "keeps the wording first agreed");
	is_str(r.points[0].corrected_by, "Ben Cho", "and names who corrected it last");
	meeting_record_free(&r);
	ok(review_now(st, REVIEW_POINT, agreed, "We pilot peer observaton in two schools.", -1,
			      NULL, "Ben Cho"), "a correction back to the agreed wording");
	load(st, id, &r);
	ok(!r.points[0].agreed_text && !r.points[0].corrected_by && !r.points[0].corrected_at,
	   "leaves no correction to show");
	meeting_record_free(&r);

	ok(review_now(st, REVIEW_POINT, agreed, "We pilot peer observation in two schools.",
			      -1, NULL, "Ana Ruiz"), "corrected again");
	ok(store_approve_notes(st, id), "the notes are approved");
	ok(!review_now(st, REVIEW_POINT, agreed, "We pilot peer observation in 2 schools.", -1,
			       "clearer", NULL), "after approval, too, the corrector is named");
	ok(review_now(st, REVIEW_POINT, agreed, "We pilot peer observation in 2 schools.", -1,
			      "clearer", "Cy Park"), "an amendment of an agreed point");
	load(st, id, &r);
	is_str(r.points[0].agreed_text, "We pilot peer observaton in two schools.",
	       "still beside the wording agreed");
	is_str(r.points[0].corrected_by, "Cy Park", "by its corrector");
	ok(r.n_amendments == 1 && strcmp(r.amendments[0].before,
					  "We pilot peer observation in two schools.") == 0,
	   "and kept as an amendment with its reason");
	meeting_record_free(&r);
}

int main(void)
{
	struct new_member members[] = { { "Ana", "District" } };
	struct fixture f;
	if (!fixture_open(&f, "Reviewers", members, 1))
		return 1;
	struct store *st = f.store;
	bool present[] = { true };
	struct session s;
	enum meeting_result res;
	session_start(&s, st, f.team, present, catalog_find(&f.catalog, "after-action-review"),
		      RATING_NAMED, NULL, 0, 0);
	session_next(&s, 0, false, &res);
	session_next(&s, 0, false, &res);
	session_add_entry(&s, 0, "The bsu was late");
	session_add_entry(&s, 0, "Ben's divorce came up");
	int64_t typo = s.engine.steps[2].entries[0].id, private = s.engine.steps[2].entries[1].id;
	int64_t id = s.meeting_id;
	ok(!store_approve_notes(st, id), "a running meeting's notes cannot be approved");
	session_close(&s, 0);
	session_finish(&s);

	ok(review_now(st, REVIEW_ITEM, typo, "The bus was late", -1, NULL, NULL), "a draft is corrected");
	ok(review_now(st, REVIEW_ITEM, private, NULL, 1, NULL, NULL), "an entry is taken off the record");
	struct meeting_record r;
	load(st, id, &r);
	ok(r.n_items == 2 && strcmp(r.items[0].text, "The bus was late") == 0, "the correction is kept");
	ok(r.items[1].off_record && strcmp(r.items[1].text, "Ben's divorce came up") == 0,
	   "the entry is kept, marked off the record");
	is_int(r.n_amendments, 0, "changes to a draft are no amendments");
	struct record_view v;
	record_view_build(&v, &r);
	const struct record_line *typo_line = NULL, *private_line = NULL, *heading = NULL;
	bool attendance = false;
	for (size_t i = 0; i < v.n; i++) {
		if (v.lines[i].entry_id == typo)
			typo_line = &v.lines[i];
		if (v.lines[i].entry_id == private)
			private_line = &v.lines[i];
		if (v.lines[i].style == RECORD_HEADING && strstr(v.lines[i].text, "3. "))
			heading = &v.lines[i];
		attendance |= strcmp(v.lines[i].text, "Present: 1 of 1: Ana") == 0;
	}
	ok(attendance, "the record view shows who was present");
	ok(heading && strstr(heading->text, "(planned 12 min, took 0:00)"), "each step with its times");
	ok(typo_line && strcmp(typo_line->text, "The bus was late") == 0 &&
	   typo_line->style == RECORD_ENTRY, "an entry, with its id to correct it");
	ok(private_line && strcmp(private_line->text, "[off the record] Ben's divorce came up") == 0,
	   "an entry off the record is shown to the note taker, marked");
	record_view_free(&v);
	struct strbuf sb;
	strbuf_init(&sb);
	export_meeting(&r, EXPORT_ALL, EXPORT_MD, &sb);
	ok(strstr(sb.data, "bus was late") && !strstr(sb.data, "divorce"),
	   "the notes leave out what is off the record");
	strbuf_finish(&sb);
	meeting_record_free(&r);

	ok(store_approve_notes(st, id), "the notes are approved");
	ok(!store_approve_notes(st, id), "once");
	ok(!review_now(st, REVIEW_ITEM, typo, "The bus was very late", -1, NULL, NULL),
	   "approved notes refuse a change without a reason");
	has_str(store_error(st), "amendment", "and say why");
	ok(!review_now(st, REVIEW_ITEM, typo, "The bus was very late", -1, "", NULL), "or with an empty one");
	ok(review_now(st, REVIEW_ITEM, typo, "The bus was very late", -1, "Ana remembered it better", NULL),
	   "an amendment with its reason");
	ok(review_now(st, REVIEW_ITEM, private, NULL, 0, "Ben asked for it to be noted", NULL),
	   "an entry put back on the record, as an amendment");
	load(st, id, &r);
	is_int(r.info.status, MEETING_APPROVED, "the meeting stays approved");
	is_str(r.items[0].text, "The bus was very late", "the amendment is applied");
	is_int(r.n_amendments, 2, "and both are kept");
	if (r.n_amendments == 2) {
		is_str(r.amendments[0].before, "The bus was late", "with what it was");
		is_str(r.amendments[0].after, "The bus was very late", "what it became");
		is_str(r.amendments[0].reason, "Ana remembered it better", "why");
		ok(r.amendments[0].amended_at && *r.amendments[0].amended_at, "and when");
		is_str(r.amendments[1].what, "entry put back on the record", "the second says what");
		ok(!r.amendments[1].before && !r.amendments[1].after,
		   "without the words of an entry that was off the record");
	}
	strbuf_init(&sb);
	export_meeting(&r, EXPORT_ALL, EXPORT_MD, &sb);
	has_str(sb.data, "entry reworded from \"The bus was late\" to \"The bus was very late\". "
			 "Reason: Ana remembered it better", "the notes list the amendments");
	strbuf_finish(&sb);
	meeting_record_free(&r);
	ok(!review_now(st, REVIEW_ITEM, 9999, "x", -1, "why", NULL), "an entry that is gone is refused");

	/* Talking points, decisions and action items are corrected the same way. */
	bool added;
	int64_t demo;
	demo_add_team(st, &added, &demo);
	demo_add_history(st, &f.catalog, demo, 12);
	struct meeting_info *infos;
	size_t n;
	store_list_meetings(st, NULL, 0, &infos, &n);
	int64_t with_point = 0, with_decision = 0, with_action = 0;
	for (size_t i = 0; i < n; i++) {
		load(st, infos[i].id, &r);
		if (r.n_points && !with_point)
			with_point = infos[i].id;
		if (r.n_decisions && !with_decision)
			with_decision = infos[i].id;
		if (r.n_actions && !with_action)
			with_action = infos[i].id;
		meeting_record_free(&r);
	}
	meeting_infos_free(infos, n);
	ok(with_point && with_decision && with_action, "the history has points, decisions, actions");
	load(st, with_point, &r);
	int64_t point = r.points[0].id;
	size_t agreed = r.points[0].n_agreed;
	meeting_record_free(&r);
	ok(!agreed || !review_now(st, REVIEW_POINT, point, "Reworded point", -1, NULL, NULL),
	   "a confirmed talking point is not corrected without saying who");
	ok(review_now(st, REVIEW_POINT, point, "Reworded point", -1, NULL, "Ana"),
	   "a draft's talking point is corrected");
	ok(!review_now(st, REVIEW_POINT, point, NULL, 1, NULL, NULL), "but never off the record");
	has_str(store_error(st), "only answers and items", "which it says");
	load(st, with_point, &r);
	is_str(r.points[0].text, "Reworded point", "the correction is kept");
	is_int(r.points[0].n_agreed, agreed, "with the groups' confirmations");
	meeting_record_free(&r);

	load(st, with_decision, &r);
	int64_t decision = r.decisions[0].id;
	char *was = xstrdup(r.decisions[0].text);
	meeting_record_free(&r);
	ok(store_approve_notes(st, with_decision), "a meeting with a decision is approved");
	ok(!review_now(st, REVIEW_DECISION, decision, "Something else", -1, NULL, NULL),
	   "its decision is not changed without a reason");
	ok(review_now(st, REVIEW_DECISION, decision, "Decided, worded better", -1,
			      "The minutes were unclear", NULL), "but is amended with one");
	load(st, with_decision, &r);
	is_str(r.decisions[0].text, "Decided, worded better", "the decision reads as amended");
	ok(r.n_amendments == 1 && strcmp(r.amendments[0].what, "decision reworded") == 0 &&
	   strcmp(r.amendments[0].before, was) == 0, "and the amendment says what it was");
	strbuf_init(&sb);
	export_meeting(&r, EXPORT_DECISIONS, EXPORT_MD, &sb);
	has_str(sb.data, "decision reworded from", "an export of the decisions lists it");
	strbuf_finish(&sb);
	strbuf_init(&sb);
	export_meeting(&r, EXPORT_ACTIONS, EXPORT_MD, &sb);
	ok(!strstr(sb.data, "Amendments after approval"), "one of the action items does not");
	strbuf_finish(&sb);
	meeting_record_free(&r);
	free(was);

	load(st, with_action, &r);
	int64_t action = r.actions[0].id;
	record_view_build(&v, &r);
	bool action_line = false;
	for (size_t i = 0; i < v.n; i++)
		action_line |= v.lines[i].entry_kind == REVIEW_ACTION && v.lines[i].entry_id == action &&
			       strcmp(v.lines[i].entry_text, r.actions[0].text) == 0;
	ok(action_line, "the record view offers the action's words to correct");
	record_view_free(&v);
	meeting_record_free(&r);
	ok(review_now(st, REVIEW_ACTION, action, "Book the big room", -1, "A clearer word", NULL),
	   "an action item is corrected");
	load(st, with_action, &r);
	is_str(r.actions[0].text, "Book the big room", "and reads so");
	meeting_record_free(&r);

	test_agreed_point(&f);
	fixture_close(&f);
	return tap_done();
}
