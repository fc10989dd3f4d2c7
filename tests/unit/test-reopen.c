/* Tests of reopening a decision from an earlier meeting: only with new
 * information and a vote reaching the team's threshold, linked to the
 * earlier decision in the record and kept through a resume. */
#include "convene/export.h"
#include "convene/store-history.h"
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
#include <unistd.h>

int main(void)
{
	struct new_member members[] = { { "Ana", "District" }, { "Ben", "District" },
					{ "Cy", "District" }, { "Di", "District" } };
	struct fixture f;
	if (!fixture_open(&f, "Reopeners", members, 4))
		return 1;
	struct store *st = f.store;
	const struct team *t = f.team;
	int64_t team_id = t->id;
	const struct protocol *p = catalog_find(&f.catalog, "decision-continuum");
	bool all[] = { true, true, true, true };
	struct session s;
	enum meeting_result res;

	session_start(&s, st, t, all, p, RATING_NAMED, NULL, 0, 0);
	session_next(&s, 0, false, &res);
	struct decision d = { .topic = "Late start Mondays", .point = 0, .text = "Start at 9",
			      .status = DECISION_DECIDED };
	ok(session_save_decision(&s, 0, &d), "a decision is made in the first meeting");
	struct decision draft = { .topic = "Parking", .point = -1, .status = DECISION_DRAFT };
	session_save_decision(&s, 1, &draft);
	int64_t first = s.meeting_id;
	session_close(&s, 0);
	session_finish(&s);

	session_start(&s, st, t, all, p, RATING_NAMED, NULL, 0, 0);
	struct earlier_decision *old;
	size_t n_old;
	ok(store_earlier_decisions(st, team_id, s.meeting_id, &old, &n_old), "earlier decisions are read");
	is_int(n_old, 1, "only the one decided (not the draft)");
	is_str(old[0].topic, "Late start Mondays", "with its topic");
	is_int(old[0].meeting_id, first, "and its meeting");
	size_t at = 99;
	ok(!session_reopen_decision(&s, &old[0], "new bus times", 3, &at), "not outside a decide step");
	session_next(&s, 0, false, &res);
	ok(!session_reopen_decision(&s, &old[0], "", 4, &at), "not without new information");
	has_str(session_error(&s), "new information", "which is asked for");
	ok(!session_reopen_decision(&s, &old[0], "new bus times", 2, &at), "2 of 4 do not reach 75%%");
	has_str(session_error(&s), "2 of 4 in favour", "the vote is told back");
	ok(!session_reopen_decision(&s, &old[0], "new bus times", 5, &at), "5 of 4 is refused");
	is_int(s.engine.steps[1].n_decisions, 0, "nothing is recorded by a failed vote");
	ok(session_reopen_decision(&s, &old[0], "new bus times", 3, &at), "3 of 4 reopen it");
	is_int(at, 0, "as the step's first decision");
	const struct decision *nd = &s.engine.steps[1].decisions[0];
	ok(nd->reopens_id == old[0].id && nd->status == DECISION_DRAFT && nd->point == -1,
	   "a draft linked to the earlier decision");
	is_str(nd->topic, "Late start Mondays", "about the same topic");
	int64_t second = s.meeting_id;
	session_finish(&s);

	ok(session_resume(&s, st, &f.catalog, second, 0), "the meeting resumes");
	nd = &s.engine.steps[1].decisions[0];
	ok(nd->reopens_id == old[0].id && nd->reopen_votes == 3 && nd->reopen_present == 4,
	   "the link and the vote come back");
	is_str(nd->reopen_info, "new bus times", "with the new information");
	struct decision done = *nd;
	done.point = 1;
	done.text = "Start at 9:30";
	done.status = DECISION_DECIDED;
	ok(session_save_decision(&s, 0, &done), "the new decision is recorded");
	session_finish(&s);

	struct meeting_record r;
	bool found;
	char key[24];
	snprintf(key, sizeof key, "%lld", (long long)second);
	store_load_meeting(st, key, &found, &r);
	ok(found && r.n_decisions == 1 && r.decisions[0].reopens_uid, "the record links it");
	if (found && r.n_decisions == 1) {
		is_str(r.decisions[0].reopens_topic, "Late start Mondays", "to the earlier decision");
		is_str(r.decisions[0].reopen_info, "new bus times", "with the new information");
		struct strbuf sb;
		strbuf_init(&sb);
		export_meeting(&r, EXPORT_DECISIONS, EXPORT_MD, &sb);
		has_str(sb.data, "Reopens the earlier decision on Late start Mondays (3 of 4 present voted "
				 "to reopen it), on new information: new bus times",
			"the notes say what was reopened, by what vote and why");
		strbuf_finish(&sb);
		strbuf_init(&sb);
		export_meeting(&r, EXPORT_DECISIONS, EXPORT_JSON, &sb);
		has_str(sb.data, "\"reopen_vote\": {\"in_favour\": 3, \"present\": 4}", "and so does JSON");
		strbuf_finish(&sb);
		strbuf_init(&sb);
		export_meeting(&r, EXPORT_ALL, EXPORT_CSV, &sb);
		char *row = xasprintf(",reopening,%zu,", r.decisions[0].step + 1);
		has_str(sb.data, row, "and CSV, in a row of its own");
		char *tail = xasprintf("Late start Mondays,,,3,,4,new bus times,%s,reopened,",
				       r.decisions[0].reopens_uid);
		has_str(sb.data, tail, "with the topic, the vote, the new information and the link");
		free(row);
		free(tail);
		strbuf_finish(&sb);
		strbuf_init(&sb);
		export_meeting(&r, EXPORT_DECISIONS, EXPORT_CSV, &sb);
		tail = xasprintf(",%s,Late start Mondays,3,4,new bus times,", r.decisions[0].reopens_uid);
		has_str(sb.data, tail, "the decisions table: the reopening in the decision's own row");
		free(tail);
		strbuf_finish(&sb);
	}
	meeting_record_free(&r);

	struct logged_decision *log;
	size_t n_log;
	ok(store_team_decisions(st, team_id, &log, &n_log), "the decisions log is read");
	is_int(n_log, 2, "both decisions, not the draft");
	if (n_log == 2) {
		ok(log[0].meeting_id == second && log[0].reopens_id == old[0].id &&
		   log[0].reopens_meeting == first, "newest first, linked to the one it reopened");
		is_str(log[0].reopens_text, "Start at 9", "with what that one decided");
		is_str(log[0].how, p->steps[1].continuum[1].title, "and how the new one was made");
		ok(log[1].meeting_id == first && log[1].reopened_in == second,
		   "the earlier one says which meeting reopened it");
	}
	logged_decisions_free(log, n_log);
	earlier_decisions_free(old, n_old);

	fixture_close(&f);
	return tap_done();
}
