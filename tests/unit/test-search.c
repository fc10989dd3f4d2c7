/* Tests of full-text search: what meetings capture is found by any of its
 * words, accents aside; edits, deletions and entries taken off the record
 * reach the index; typed punctuation is only text; an upgraded database
 * finds what it held before. */
#include "convene/record-view.h"
#include "convene/store-review.h"
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

#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static size_t count(struct store *st, const char *text)
{
	struct search_hit *h;
	size_t n;
	if (!store_search(st, text, 100, &h, &n))
		return 999;
	search_hits_free(h, n);
	return n;
}

int main(void)
{
	struct new_member members[] = { { "Ana", "District" } };
	struct fixture f;
	if (!fixture_open(&f, "Searchers", members, 1))
		return 1;
	struct store *st = f.store;
	const char *path = f.path;
	bool present[] = { true };
	struct session s;
	enum meeting_result res;

	session_start(&s, st, f.team, present, catalog_find(&f.catalog, "after-action-review"),
		      RATING_NAMED, NULL, 0, 0);
	session_next(&s, 0, false, &res);
	session_next(&s, 0, false, &res);
	session_add_entry(&s, 0, "The bus schedule changed in October");
	session_add_entry(&s, 0, "Résumé of the pilot");
	session_add_entry(&s, 0, "Snacks were late");
	struct search_hit *h;
	size_t n;
	ok(store_search(st, "bus", 10, &h, &n) && n == 1, "an answer is found by a word");
	if (n == 1) {
		is_str(h[0].text, "The bus schedule changed in October", "its text");
		is_str(h[0].kind, "item", "what it is");
		is_str(h[0].team, "Searchers", "the team");
		ok(h[0].meeting_id == s.meeting_id && h[0].step == 2, "the meeting and step");
		ok(h[0].step_title && *h[0].step_title, "the step's title");
		ok(h[0].date && strlen(h[0].date) == 10, "the meeting's date");
	}
	search_hits_free(h, n);
	/* A result names its entry as review does: the line review selects
	 * for it shows that very entry, not the step's first one. */
	ok(store_search(st, "snacks", 10, &h, &n) && n == 1, "the third answer of the step is found");
	if (n == 1) {
		ok(h[0].entry_id != 0 && h[0].entry_kind == REVIEW_ITEM, "as an entry review lists");
		struct meeting_record r;
		bool found;
		char key[24];
		snprintf(key, sizeof key, "%lld", (long long)s.meeting_id);
		ok(store_load_meeting(st, key, &found, &r) && found, "its meeting loads");
		struct record_view v;
		record_view_build(&v, &r);
		size_t at = v.n, first = v.n;
		for (size_t i = 0; i < v.n; i++) {
			if (v.lines[i].entry_id && first == v.n)
				first = i;
			if (v.lines[i].entry_id == h[0].entry_id &&
			    v.lines[i].entry_kind == h[0].entry_kind)
				at = i;
		}
		ok(at < v.n && at != first, "review has a line for it, not the step's first entry");
		if (at < v.n)
			is_str(v.lines[at].entry_text, "Snacks were late", "showing the result's words");
		record_view_free(&v);
		meeting_record_free(&r);
	}
	search_hits_free(h, n);
	is_int(count(st, "BUS october"), 1, "every word must match, in any case");
	is_int(count(st, "bus snacks"), 0, "words in different entries do not make a match");
	is_int(count(st, "sched"), 1, "a word matches as a prefix");
	is_int(count(st, "resume"), 1, "accents aside");
	is_int(count(st, "\"bus\" AND (NEAR* -"), 0, "quotes, operators and brackets are just text");
	is_int(count(st, "   "), 0, "nothing typed finds nothing");

	ok(session_edit_entry(&s, 0, "The train schedule changed"), "an answer is reworded");
	is_int(count(st, "bus"), 0, "the old words are gone");
	is_int(count(st, "train"), 1, "the new ones are found");
	ok(session_delete_entry(&s, 2), "an answer is deleted");
	is_int(count(st, "snacks"), 0, "and is not found");
	sqlite3 *db;
	sqlite3_open(path, &db);
	sqlite3_exec(db, "UPDATE item SET off_record = 1 WHERE text LIKE 'R%'", NULL, NULL, NULL);
	sqlite3_close(db);
	is_int(count(st, "pilot"), 0, "an entry taken off the record is not found");
	session_finish(&s);

	session_start(&s, st, f.team, present, catalog_find(&f.catalog, "decision-continuum"),
		      RATING_NAMED, NULL, 0, 0);
	session_next(&s, 0, false, &res);
	struct decision d = { .topic = "Meeting day", .point = 0, .text = "Tuesdays",
			      .reasons = "the board meets Mondays", .status = DECISION_DECIDED };
	session_save_decision(&s, 0, &d);
	ok(store_search(st, "board", 10, &h, &n) && n == 1, "a decision is found by its reasons");
	if (n == 1) {
		is_str(h[0].kind, "decision", "as a decision");
		ok(h[0].entry_id != 0 && h[0].entry_kind == REVIEW_DECISION, "and review's decision");
	}
	search_hits_free(h, n);
	is_int(count(st, "meeting tuesdays"), 1, "and by its topic and decision together");
	session_finish(&s);

	/* A database from before search: what it held is found after the upgrade. */
	sqlite3_open(path, &db);
	sqlite3_exec(db, "DROP TABLE search_index; DROP TABLE search_pending;"
			 "DROP TRIGGER item_search_insert; DROP TRIGGER item_search_update;"
			 "DROP TRIGGER item_search_delete; DROP TRIGGER note_search_insert;"
			 "DROP TRIGGER note_search_update; DROP TRIGGER note_search_delete;"
			 "DROP TRIGGER decision_search_insert; DROP TRIGGER decision_search_update;"
			 "DROP TRIGGER decision_search_delete;"
			 "DROP TRIGGER talking_point_search_insert; DROP TRIGGER talking_point_search_update;"
			 "DROP TRIGGER talking_point_search_delete;"
			 "DROP TRIGGER action_item_search_insert; DROP TRIGGER action_item_search_update;"
			 "DROP TRIGGER action_item_search_delete; DROP TABLE amendment;"
			 "DROP INDEX item_by_meeting; DROP INDEX note_by_meeting;"
			 "DROP INDEX decision_by_meeting; DROP INDEX decision_by_reopens;"
			 "DROP INDEX talking_point_by_meeting; DROP INDEX action_by_meeting;"
			 "DROP INDEX action_open; DROP INDEX pause_by_meeting;"
			 "DROP INDEX meeting_by_status_start; DROP INDEX meeting_by_start;"
			 "ALTER TABLE meeting_step DROP COLUMN silence_over;"
			 "ALTER TABLE meeting_step DROP COLUMN agreed_seconds;"
			 "ALTER TABLE action_item DROP COLUMN item_id;"
			 "DROP TABLE attendance_change; ALTER TABLE member DROP COLUMN guest;"
			 "ALTER TABLE team DROP COLUMN guests_count;"
			 "ALTER TABLE attendance DROP COLUMN name; ALTER TABLE attendance DROP COLUMN grp;"
			 "ALTER TABLE talking_point DROP COLUMN agreed_text;"
			 "ALTER TABLE talking_point DROP COLUMN corrected_by;"
			 "ALTER TABLE talking_point DROP COLUMN corrected_at;"
			 "ALTER TABLE item DROP COLUMN version;"
			 "ALTER TABLE talking_point DROP COLUMN version;"
			 "ALTER TABLE decision DROP COLUMN version;"
			 "ALTER TABLE action_item DROP COLUMN version;"
			 "ALTER TABLE meeting DROP COLUMN join_code;"
			 "ALTER TABLE meeting DROP COLUMN fist_open;"
			 "DROP TABLE poll_book; DROP TABLE fist_count; DROP TABLE point_label;"
			 "DROP TABLE agreed_level; ALTER TABLE meeting DROP COLUMN opening_norms;"
			 "PRAGMA user_version = 3;",
		     NULL, NULL, NULL);
	sqlite3_close(db);
	store_close(st);
	enum store_open_error why;
	char *msg;
	st = f.store = store_open(path, &why, &msg);
	ok(st != NULL, "the older database opens and is upgraded");
	is_int(count(st, "train"), 1, "its answers are found");
	is_int(count(st, "board"), 1, "its decisions are found");
	is_int(count(st, "pilot"), 0, "and what was off the record is still left out");

	fixture_close(&f);
	return tap_done();
}
