/* Tests of reviewing the notes: corrections and off-the-record marks while
 * in draft, approval only once the meeting is closed, and after approval
 * changes only as amendments, with their reason, kept in the record. */
#include "convene/export.h"
#include "convene/record-view.h"
#include "convene/session.h"
#include "convene/util.h"
#include "fixture.h"
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

	ok(store_review_item(st, typo, "The bus was late", -1, NULL), "a draft is corrected");
	ok(store_review_item(st, private, NULL, 1, NULL), "an entry is taken off the record");
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
		if (v.lines[i].item_id == typo)
			typo_line = &v.lines[i];
		if (v.lines[i].item_id == private)
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
	ok(!store_review_item(st, typo, "The bus was very late", -1, NULL),
	   "approved notes refuse a change without a reason");
	has_str(store_error(st), "amendment", "and say why");
	ok(!store_review_item(st, typo, "The bus was very late", -1, ""), "or with an empty one");
	ok(store_review_item(st, typo, "The bus was very late", -1, "Ana remembered it better"),
	   "an amendment with its reason");
	ok(store_review_item(st, private, NULL, 0, "Ben asked for it to be noted"),
	   "an entry put back on the record, as an amendment");
	load(st, id, &r);
	is_str(r.info.status, "approved", "the meeting stays approved");
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
	ok(!store_review_item(st, 9999, "x", -1, "why"), "an entry that is gone is refused");

	fixture_close(&f);
	return tap_done();
}
