/* Tests that every view of one meeting gives each rule the same answer: the
 * facilitator's (the engine, through the session), review (the record
 * view's lines) and the exports (Markdown, CSV, JSON), read from the same
 * stored meeting. Each view once had its own copy of these rules, and the
 * copies disagreed; here they are held to the one answer of rules.h. */
#include "convene/export.h"
#include "convene/record-view.h"
#include "convene/rules.h"
#include "convene/session.h"
#include "convene/util.h"
#include "fixture.h"
#include "tap.h"

/* Fixtures fill structs whose strings are owned (char *) with literals that
 * the code under test only copies. */
#ifdef __clang__
#pragma clang diagnostic ignored "-Wincompatible-pointer-types-discards-qualifiers"
#else
#pragma GCC diagnostic ignored "-Wdiscarded-qualifiers"
#endif

#include <stdlib.h>
#include <string.h>

/* The record view's line holding needle, or NULL. */
static const char *view_line(const struct record_view *v, const char *needle)
{
	for (size_t i = 0; i < v->n; i++)
		if (strstr(v->lines[i].text, needle))
			return v->lines[i].text;
	return NULL;
}

static char *export_of(const struct meeting_record *r, unsigned what, enum export_format f)
{
	struct strbuf sb;
	strbuf_init(&sb);
	export_meeting(r, what, f, &sb);
	char *out = strbuf_take(&sb);
	return out ? out : xstrdup("");
}

static bool load(struct store *st, int64_t id, struct meeting_record *r)
{
	char key[24];
	bool found = false;
	snprintf(key, sizeof key, "%lld", (long long)id);
	return store_load_meeting(st, key, &found, r) && found;
}

#define AGREED "We will pilot peer observation"
#define DRAFT "Schedules do not change this year"

/* Two groups present (the Classified union's only member is away): a point
 * both confirmed, and one only the District confirmed. */
static void talking_points(struct fixture *f)
{
	bool present[] = { true, true, false };
	struct session s;
	enum meeting_result res;
	const struct protocol *p = catalog_find(&f->catalog, "talking-points");
	if (!session_start(&s, f->store, f->team, present, p, RATING_NAMED, NULL, 0, 0)) {
		ok(false, "the meeting starts: %s", session_error(&s));
		return;
	}
	session_next(&s, 0, false, &res);
	size_t step = s.engine.step, district, teachers;
	ok(session_add_entry(&s, 0, AGREED) && session_add_entry(&s, 0, DRAFT), "two points drafted");
	ok(meeting_group_index(&s.engine, "District", &district) &&
		   meeting_group_index(&s.engine, "Teachers union", &teachers) &&
		   s.engine.n_groups == 2,
	   "two groups present");
	ok(session_confirm(&s, 0, district, true) && session_confirm(&s, 0, teachers, true) &&
		   session_confirm(&s, 1, district, true),
	   "both groups confirm the first, one the second");

	/* The facilitator's view. */
	ok(meeting_agreed(&s.engine, step, 0), "engine: confirmed by both groups present is agreed");
	ok(!meeting_agreed(&s.engine, step, 1), "engine: confirmed by one of two is not");
	ok(!s.quorum && strcmp(s.missing_groups, "Classified union") == 0,
	   "session: no quorum, the Classified union missing");
	int64_t id = s.meeting_id;

	/* The stored meeting, as review and the exports read it. */
	struct meeting_record r;
	if (!load(f->store, id, &r)) {
		ok(false, "the meeting reads back");
		session_finish(&s);
		return;
	}
	ok(r.n_points == 2, "two points stored");
	const char *missing[4];
	ok(rules_point_agreed(&r, &r.points[0]) && rules_point_to_confirm(&r, &r.points[0], missing, 4) == 0,
	   "rule: the first is agreed");
	ok(!rules_point_agreed(&r, &r.points[1]) &&
		   rules_point_to_confirm(&r, &r.points[1], missing, 4) == 1 &&
		   strcmp(missing[0], "Teachers union") == 0,
	   "rule: the second waits for the Teachers union only (the absent group is not asked)");
	size_t n_missing;
	ok(!rules_record_quorum(&r, missing, 4, &n_missing) && n_missing == 1 &&
		   strcmp(missing[0], "Classified union") == 0,
	   "rule: the stored meeting had no quorum, as the session said");

	struct record_view v;
	record_view_build(&v, &r);
	const char *line = view_line(&v, "Talking point: " AGREED);
	ok(line && strstr(line, ": agreed") && !strstr(line, "draft"), "review: the first is agreed");
	line = view_line(&v, "Talking point: " DRAFT);
	ok(line && !strstr(line, ": agreed") && strstr(line, "still to confirm: Teachers union"),
	   "review: the second is a draft waiting for the Teachers union");
	ok(view_line(&v, "No quorum (nobody from Classified union)") != NULL,
	   "review: says there was no quorum");
	record_view_free(&v);

	char *md = export_of(&r, EXPORT_DEFAULT, EXPORT_MD);
	ok(strstr(md, AGREED) && !strstr(md, DRAFT), "md: the agreed-points export has only the first");
	free(md);
	md = export_of(&r, EXPORT_ALL, EXPORT_MD);
	has_str(md, DRAFT " *(draft: not yet confirmed by Teachers union)*",
		"md: with drafts, the second waits for the Teachers union");
	free(md);
	char *csv = export_of(&r, EXPORT_DEFAULT, EXPORT_CSV);
	ok(strstr(csv, AGREED ",agreed,") && !strstr(csv, DRAFT), "csv: only the first, agreed");
	free(csv);
	csv = export_of(&r, EXPORT_ALL, EXPORT_CSV);
	has_str(csv, DRAFT ",,draft,", "csv: with drafts, the second is a draft");
	free(csv);
	char *json = export_of(&r, EXPORT_DEFAULT, EXPORT_JSON);
	ok(strstr(json, AGREED) && !strstr(json, DRAFT), "json: only the first by default");
	free(json);
	json = export_of(&r, EXPORT_ALL, EXPORT_JSON);
	has_str(json, "\"text\": \"" AGREED "\", \"agreed\": true", "json: the first is agreed");
	has_str(json, "\"text\": \"" DRAFT "\", \"agreed\": false", "json: the second is not");
	has_str(json, "\"waiting_for\": [\"Teachers union\"]", "json: and waits for the Teachers union");
	free(json);
	meeting_record_free(&r);

	/* The facilitator's view again after a restart, rebuilt from the store. */
	session_finish(&s);
	ok(session_resume(&s, f->store, &f->catalog, id, 0) && meeting_agreed(&s.engine, step, 0) &&
		   !meeting_agreed(&s.engine, step, 1),
	   "engine after a resume: the same answers");
	session_finish(&s);
}

/* Everyone present: a decision with a fist-to-five check, one without, and
 * the votes a reopening needs. */
static void decisions(struct fixture *f)
{
	bool present[] = { true, true, true };
	struct session s;
	enum meeting_result res;
	const struct protocol *p = catalog_find(&f->catalog, "decision-continuum");
	if (!session_start(&s, f->store, f->team, present, p, RATING_NAMED, NULL, 0, 0)) {
		ok(false, "the meeting starts: %s", session_error(&s));
		return;
	}
	session_next(&s, 0, false, &res);
	size_t step = s.engine.step;
	/* 1 fist, 2 at two fingers: 3 below three, one per person present. */
	struct decision d = { .topic = "Adopt the pilot", .point = 0, .text = "Pilot in two schools",
			      .reasons = "Teachers asked", .fist = { 1, 0, 2, 0, 0, 0 },
			      .fist_taken = true, .status = DECISION_DECIDED };
	struct decision later = { .topic = "Parking", .point = 0, .text = "Revisit in spring",
				  .status = DECISION_DEFERRED };
	ok(session_save_decision(&s, 0, &d) && session_save_decision(&s, 1, &later),
	   "two decisions saved");
	const struct step_state *ss = &s.engine.steps[step];
	ok(ss->n_decisions == 2 && decision_objections(&ss->decisions[0]) == 3 &&
		   decision_objections(&ss->decisions[1]) == 0,
	   "engine: 3 objections, and none without a check");
	is_int(rules_fist_objections(d.fist), 3, "rule: the counts show 3 below three");

	/* Reopening: the session and the rule need the same count. */
	int needed = rules_reopen_needed(3, s.reopen_threshold);
	is_int(session_reopen_needed(&s), needed, "session and rule: the same votes to reopen");
	ok(rules_reopen_passes(needed, 3, s.reopen_threshold) &&
		   !rules_reopen_passes(needed - 1, 3, s.reopen_threshold),
	   "that count passes and one fewer does not");
	struct earlier_decision old = { .id = 1, .topic = "Late start", .text = "Start at 9" };
	size_t at;
	char want[32];
	snprintf(want, sizeof want, "(%d)", needed);
	ok(!session_reopen_decision(&s, &old, "new bus times", needed - 1, &at) &&
		   strstr(session_error(&s), want),
	   "the session refuses one vote short, naming the count the rule needs");

	struct meeting_record r;
	if (!load(f->store, s.meeting_id, &r) || r.n_decisions != 2) {
		ok(false, "the decisions read back");
		session_finish(&s);
		return;
	}
	ok(rules_record_objections(&r.decisions[0]) == 3 && rules_record_objections(&r.decisions[1]) == 0,
	   "rule on the record: 3, and none without a check");
	size_t n_missing;
	const char *missing[4];
	ok(rules_record_quorum(&r, missing, 4, &n_missing), "rule: everyone there is a quorum");
	struct record_view v;
	record_view_build(&v, &r);
	ok(view_line(&v, "3 below three (objections stated)") != NULL, "review: 3 below three");
	ok(!view_line(&v, "No quorum"), "review: no word of a missing quorum");
	record_view_free(&v);
	char *md = export_of(&r, EXPORT_ALL, EXPORT_MD);
	has_str(md, "- Fist to five: 0 at 5, 0 at 4, 0 at 3, 3 below three (objections stated)",
		"md: 3 below three");
	free(md);
	char *csv = export_of(&r, EXPORT_ALL, EXPORT_CSV);
	char title[160];
	snprintf(title, sizeof title, "%s,3,,,Pilot in two schools", p->steps[step].continuum[0].title);
	has_str(csv, title, "csv: 3 as the decision's value");
	free(csv);
	char *json = export_of(&r, EXPORT_ALL, EXPORT_JSON);
	has_str(json, "\"fist_to_five\": [1, 0, 2, 0, 0, 0], \"objections\": 3", "json: 3 objections");
	has_str(json, "\"fist_to_five\": null, \"objections\": null", "json: none counted without a check");
	free(json);
	meeting_record_free(&r);
	session_finish(&s);
}

int main(void)
{
	struct new_member members[] = { { "Ana", "District" }, { "Ben", "Teachers union" },
					{ "Dee", "Classified union" } };
	struct fixture f;
	if (!fixture_open(&f, "Views", members, 3)) {
		ok(false, "the fixture opens");
		return tap_done();
	}
	talking_points(&f);
	decisions(&f);
	fixture_close(&f);
	return tap_done();
}
