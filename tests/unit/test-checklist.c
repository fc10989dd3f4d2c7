/* The checklist step kind: the loader (items become dimensions on 0..1,
 * ticked_by), the engine (whole lists, the cursor, done, undo, counts and
 * their order, the step's move to its results), the session and store
 * (named, blind and the room's lists saved, read back and resumed as if
 * after a kill), the exports' words and the JSON round trip. */
#include "convene/checklist.h"
#include "convene/export.h"
#include "convene/import.h"
#include "convene/kinds.h"
#include "convene/record-view.h"
#include "convene/session-checklist.h"
#include "convene/store-history.h"
#include "convene/store-import.h"
#include "dbquery.h"
#include "fixture.h"
#include "tap.h"

static const struct new_member four[] = {
	{ "Ana", "District" }, { "Ben", "Teachers union" }, { "Cy", "Classified union" },
	{ "Dee", "District" },
};

#define ROOM_FILE                                                                              \
	"id: room-list\ntitle: Room list\nversion: \"1\"\nsource: test\nsummary: test\nsteps:\n" \
	"  - kind: checklist\n    title: What applies?\n    ticked_by: room\n    items:\n"       \
	"      - {id: a, text: Alpha}\n      - {id: b, text: Beta}\n      - {id: c, text: Gamma}\n"

static struct protocol *load(const char *text, struct diagnostics *d)
{
	struct protocol *p = NULL;
	protocol_load_buffer("test.yaml", text, strlen(text), &p, d);
	return p;
}

static bool has_message(const struct diagnostics *d, const char *part)
{
	for (size_t i = 0; i < d->n; i++)
		if (strstr(d->items[i].message, part))
			return true;
	return false;
}

static void test_loader(const struct fixture *f)
{
	const struct protocol *p = catalog_find(&f->catalog, "trust-barriers");
	ok(p != NULL, "the barriers to trust ship");
	if (!p)
		return;
	const struct step *st = &p->steps[0];
	is_int(st->kind, STEP_CHECKLIST, "its first step is a checklist");
	is_int(st->n_dimensions, 9, "its nine barriers are its dimensions");
	ok(st->scale.min == 0 && st->scale.max == 1, "ticked on a scale of 0 to 1");
	is_str(st->dimensions[1].title, "Ineffective communication", "an item's text is its title");
	ok(!st->room_ticks && step_rates(st) && kind_of(st->kind)->one_screen,
	   "ticked by each, rated on one screen");
	ok(p->source && strstr(p->source, "Brewster"), "its source is credited");

	struct diagnostics d = { 0 };
	struct protocol *room = load(ROOM_FILE, &d);
	ok(room && room->steps[0].room_ticks, "ticked_by: room is the room's list");
	protocol_destroy(room);
	diagnostics_clear(&d);
	char *bad = xstrdup(ROOM_FILE);
	memcpy(strstr(bad, "room\n"), "rom \n", 5);
	protocol_destroy(load(bad, &d));
	ok(has_message(&d, "'ticked_by' is each"), "another ticked_by is an error that says the two");
	diagnostics_clear(&d);
	free(bad);
	protocol_destroy(load("id: x\ntitle: X\nversion: \"1\"\nsource: s\nsummary: s\nsteps:\n"
			      "  - kind: checklist\n    title: T\n", &d));
	ok(has_message(&d, "missing 'items'"), "a checklist without items is an error");
	diagnostics_clear(&d);
	protocol_destroy(load("id: x\ntitle: X\nversion: \"1\"\nsource: s\nsummary: s\nsteps:\n"
			      "  - kind: checklist\n    title: T\n    items:\n"
			      "      - {id: a, text: A}\n      - {id: a, text: B}\n", &d));
	ok(has_message(&d, "two items share the id 'a'"), "two items with one id are an error");
	diagnostics_clear(&d);
	struct strbuf many = { 0 };
	strbuf_adds(&many, "id: x\ntitle: X\nversion: \"1\"\nsource: s\nsummary: s\nsteps:\n"
			   "  - kind: checklist\n    title: T\n    items:\n");
	for (int i = 0; i < 25; i++)
		strbuf_addf(&many, "      - {id: i%d, text: Item %d}\n", i, i);
	protocol_destroy(load(many.data, &d));
	ok(d.n > 0, "25 items are more than a checklist takes (24)");
	diagnostics_clear(&d);
	strbuf_finish(&many);
}

static void test_engine(const struct fixture *f)
{
	const struct protocol *p = catalog_find(&f->catalog, "trust-barriers");
	struct participant people[] = { { 1, "Ana", "District", false, false },
					{ 2, "Ben", "Teachers union", false, false },
					{ 3, "Cy", "Classified union", false, false } };
	struct meeting m;
	meeting_init(&m, p, people, 3, RATING_NAMED, 0);
	struct rating_change c[9];
	bool ticks[9] = { false };
	is_int(meeting_next(&m, 10, false), MEETING_INCOMPLETE, "no list in: moving on asks first");
	ticks[1] = ticks[7] = true;
	is_int(meeting_checklist_put(&m, ticks, c), MEETING_OK, "Ana's list is put");
	ok(c[1].value == 1 && c[0].value == 0 && c[1].member_id == 1 && c[8].previous == -1,
	   "the changes name each item's tick and Ana");
	is_int(m.cursor, 1, "then Ben's list");
	ticks[7] = false;
	meeting_checklist_put(&m, ticks, c);
	is_int(meeting_checklist_lists(&m, 0), 2, "two lists in");
	ok(!meeting_checklist_done(&m, 0), "not done while Cy has none");
	is_int(meeting_checklist_undo(&m, c), MEETING_OK, "the last list is taken back");
	ok(!meeting_checklist_has_list(&m, 0, 1) && m.cursor == 1, "Ben's list is gone, Ben's turn");
	meeting_checklist_put(&m, ticks, c);
	memset(ticks, 0, sizeof ticks);
	meeting_checklist_put(&m, ticks, c);
	ok(meeting_checklist_done(&m, 0), "every list is in");
	is_int(meeting_checklist_ticks(&m, 0, 1), 2, "communication is ticked on two lists");
	is_int(meeting_checklist_ticks(&m, 0, 7), 1, "isolation on one");
	int counts[9];
	size_t order[9];
	for (size_t i = 0; i < 9; i++)
		counts[i] = meeting_checklist_ticks(&m, 0, i);
	checklist_order(counts, 9, order);
	ok(order[0] == 1 && order[1] == 7 && order[2] == 0 && order[8] == 8,
	   "most ticked first, ties in the list's order");
	is_str(checklist_word(1), "applies", "a tick applies");
	is_str(checklist_word(0), "does not apply", "no tick does not apply");
	is_int(meeting_next(&m, 20, false), MEETING_OK, "moving on with every list in");
	ok(m.view == VIEW_RESULTS && m.step == 0 && m.dim == 0, "goes straight to the results");
	meeting_back(&m, 30);
	ok(m.view == VIEW_STEP && m.dim == 0, "back is the list again");
	meeting_finish(&m);

	meeting_init(&m, p, people, 3, RATING_BLIND, 0);
	is_int(meeting_checklist_put(&m, ticks, c), MEETING_NOT_RATING,
	       "a blind list is not put by name: the session casts it as ballots");
	meeting_finish(&m);
}

static void test_named_store(struct fixture *f)
{
	const struct protocol *p = catalog_find(&f->catalog, "trust-barriers");
	bool present[] = { true, true, true, true };
	struct session s;
	enum meeting_result res;
	ok(session_start(&s, f->store, f->team, present, p, RATING_NAMED, NULL, 0, 0), "a meeting starts");
	int64_t id = s.meeting_id;
	bool ticks[9] = { false };
	ticks[0] = ticks[4] = true;
	ok(session_checklist_save(&s, ticks, &res) && res == MEETING_OK, "Ana's list is saved");
	ticks[4] = false;
	session_checklist_save(&s, ticks, &res);
	ok(session_checklist_undo(&s, &res) && res == MEETING_OK, "Ben's list is taken back");
	session_checklist_save(&s, ticks, &res);
	session_checklist_save(&s, ticks, &res);
	char *q = xasprintf("SELECT count(*) FROM rating WHERE meeting_id = %lld", (long long)id);
	is_int(db_int(f->path, q), 27, "three whole lists are stored (27 rows)");
	free(q);
	/* As after a kill: nothing closed, the store read again. */
	session_finish(&s);
	ok(session_resume(&s, f->store, &f->catalog, id, 100), "the meeting resumes");
	is_int(meeting_checklist_lists(&s.engine, 0), 3, "its three lists are back");
	is_int(meeting_checklist_ticks(&s.engine, 0, 0), 3, "the top-down barrier on all three");
	is_int(meeting_checklist_ticks(&s.engine, 0, 4), 1, "the staff barrier on Ana's");
	is_int(s.engine.cursor, 3, "Dee's list is next");
	session_checklist_save(&s, ticks, &res);
	ok(session_next(&s, 200, false, &res) && res == MEETING_OK && s.engine.view == VIEW_RESULTS,
	   "every list in: the results");
	session_close(&s, 300);
	session_finish(&s);

	char key[24];
	snprintf(key, sizeof key, "%lld", (long long)id);
	struct meeting_record r;
	bool found;
	ok(store_load_meeting(f->store, key, &found, &r) && found, "the record is read");
	struct checklist_count *c;
	size_t lists, n = record_checklist_counts(&r, 0, &c, &lists);
	ok(n == 9 && lists == 4 && c[0].ticks == 4 && strcmp(c[0].id, "top-down") == 0 &&
	   c[1].ticks == 1 && strcmp(c[1].id, "ineffective-staff") == 0,
	   "the record counts 4 lists, most ticked first");
	free(c);
	struct strbuf md = { 0 }, csv = { 0 }, json = { 0 };
	export_meeting(&r, EXPORT_ALL, EXPORT_MD, &md);
	export_meeting(&r, EXPORT_ALL, EXPORT_CSV, &csv);
	export_meeting(&r, EXPORT_ALL, EXPORT_JSON, &json);
	has_str(md.data, "- 4 of 4: Top-down decision-making", "the notes count each item");
	has_str(md.data, "4 lists ticked.", "the notes say how many lists");
	has_str(csv.data, ",applies,", "CSV says applies");
	has_str(csv.data, ",does not apply,", "CSV says does not apply");
	has_str(json.data, "\"tick\": \"applies\"", "JSON says applies beside the value");
	has_str(json.data, "\"ticked_by\": \"each\"", "JSON says who ticked the step");
	struct record_view v;
	record_view_build_now(&v, &r, NULL);
	bool seen = false;
	for (size_t i = 0; i < v.n; i++)
		seen |= strstr(v.lines[i].text, "4 of 4: Top-down") != NULL;
	ok(seen, "review counts each item as the exports do");
	record_view_free(&v);

	/* The round trip: the JSON export imported elsewhere exports the same. */
	char *other = xasprintf("%s/other.db", f->dir);
	enum store_open_error why;
	char *msg = NULL;
	struct store *o = store_open(other, &why, &msg);
	struct import_file file;
	char err[256];
	ok(o && import_parse(json.data, json.len, &file, err, sizeof err), "the export parses");
	struct import_result ir;
	ok(o && store_import_meetings(o, file.meetings, file.n, &ir, NULL), "and imports");
	import_file_free(&file);
	struct meeting_record back;
	char *uid = xasprintf("%s", r.info.uid);
	ok(store_load_meeting(o, uid, &found, &back) && found, "the imported meeting is read");
	struct strbuf again = { 0 };
	if (found) {
		export_meeting(&back, EXPORT_ALL, EXPORT_MD, &again);
		is_str(again.data, md.data, "its notes read the same");
		meeting_record_free(&back);
	}
	strbuf_finish(&again);
	free(uid);
	store_close(o);
	free(msg);
	free(other);
	strbuf_finish(&md);
	strbuf_finish(&csv);
	strbuf_finish(&json);
	meeting_record_free(&r);
}

static void test_blind_store(struct fixture *f)
{
	const struct protocol *p = catalog_find(&f->catalog, "trust-barriers");
	bool present[] = { true, true, true, true };
	struct session s;
	enum meeting_result res;
	session_start(&s, f->store, f->team, present, p, RATING_BLIND, NULL, 0, 0);
	int64_t id = s.meeting_id;
	bool ticks[9] = { false };
	ticks[2] = true;
	for (int i = 0; i < 4; i++)
		ok(session_checklist_save(&s, ticks, &res) && res == MEETING_OK, "blind list %d is cast", i + 1);
	ok(session_checklist_save(&s, ticks, &res) && res == MEETING_ALL_RATED, "a fifth list is refused");
	ok(session_checklist_undo(&s, &res) && res == MEETING_OK, "the last list is taken back");
	is_int(meeting_checklist_lists(&s.engine, 0), 3, "three lists in");
	char *q = xasprintf("SELECT count(*) FROM rating WHERE meeting_id = %lld AND member_id IS NULL",
			    (long long)id);
	is_int(db_int(f->path, q), 27, "three lists of ballots, without names");
	free(q);
	session_finish(&s);
	ok(session_resume(&s, f->store, &f->catalog, id, 100), "the blind meeting resumes");
	is_int(meeting_checklist_lists(&s.engine, 0), 3, "with its three lists");
	is_int(meeting_checklist_ticks(&s.engine, 0, 2), 3, "and their ticks");
	session_finish(&s);
}

static void test_room_store(struct fixture *f)
{
	struct diagnostics d = { 0 };
	struct protocol *p = load(ROOM_FILE, &d);
	bool present[] = { true, true, true, true };
	struct session s;
	enum meeting_result res;
	session_start(&s, f->store, f->team, present, p, RATING_BLIND, NULL, 0, 0);
	int64_t id = s.meeting_id;
	ok(session_next(&s, 10, false, &res) && res == MEETING_INCOMPLETE,
	   "moving on before the room's list is saved asks first");
	bool ticks[3] = { true, false, true };
	ok(session_checklist_save(&s, ticks, &res) && res == MEETING_OK, "the room's list is saved");
	ticks[2] = false;
	ok(session_checklist_save(&s, ticks, &res) && res == MEETING_OK, "and saved again, changed");
	char *q = xasprintf("SELECT count(*) || '|' || sum(value) || '|' || max(slot) || '|' ||"
			    " count(member_id) FROM rating WHERE meeting_id = %lld", (long long)id);
	char *rows = db_text(f->path, q);
	is_str(rows, "3|1|0|0", "one list of three, in place 0, with no member");
	free(rows);
	free(q);
	q = xasprintf("SELECT vote_counting FROM meeting_step WHERE meeting_id = %lld", (long long)id);
	is_int(db_int(f->path, q), 1, "its step is marked as entered for the room");
	free(q);
	session_finish(&s);
	ok(session_resume_with(&s, f->store, p, id, 100), "the room's meeting resumes");
	ok(meeting_checklist_done(&s.engine, 0) && meeting_checklist_ticks(&s.engine, 0, 0) == 1 &&
	   meeting_checklist_ticks(&s.engine, 0, 2) == 0, "with the room's list as saved last");
	session_close(&s, 200);
	session_finish(&s);
	char key[24];
	snprintf(key, sizeof key, "%lld", (long long)id);
	struct meeting_record r;
	bool found;
	store_load_meeting(f->store, key, &found, &r);
	struct strbuf md = { 0 }, csv = { 0 };
	export_meeting(&r, EXPORT_ALL, EXPORT_MD, &md);
	export_meeting(&r, EXPORT_ALL, EXPORT_CSV, &csv);
	has_str(md.data, "Ticked by the room.", "the notes say the room ticked it");
	has_str(md.data, "- applies: Alpha", "and what applies");
	has_str(md.data, "- does not apply: Gamma", "and what does not");
	has_str(csv.data, "ticked by the room", "CSV says the room ticked it");
	strbuf_finish(&md);
	strbuf_finish(&csv);
	meeting_record_free(&r);
	protocol_destroy(p);
}

/* Trends know a checklist's items from rated dimensions (the store says
 * so from the step's kind), so the view counts ticks instead of a mean. */
static void test_trends(struct fixture *f)
{
	struct trend_series *t;
	size_t n;
	ok(store_rating_trends(f->store, f->team->id, 8, &t, &n) && n > 0, "trends read");
	size_t items = 0;
	for (size_t i = 0; i < n; i++)
		items += t[i].ticks;
	ok(items > 0, "a checklist's items are marked as ticks");
	trend_series_free(t, n);
	/* A rating on a 0 to 1 scale is no checklist: it keeps its mean. */
	struct diagnostics d = { 0 };
	struct protocol *p = NULL;
	const char *yaml = "id: yn\ntitle: YN\nversion: '1'\nsource: S\nsummary: Y\nsteps:\n"
			   "  - kind: rating\n    title: R\n    scale: {min: 0, max: 1}\n"
			   "    dimensions: [{id: yes, title: Yes or no, low: no, high: yes}]\n";
	protocol_load_buffer("yn.yaml", yaml, strlen(yaml), &p, &d);
	bool present[] = { true, true, true, true };
	struct session s;
	memset(&s, 0, sizeof s);
	enum meeting_result res;
	ok(p && session_start(&s, f->store, f->team, present, p, RATING_NAMED, NULL, 0, 0) &&
		   session_rate(&s, 1, &res), "a 0-1 rating is saved");
	session_finish(&s);
	ok(store_rating_trends(f->store, f->team->id, 8, &t, &n), "trends read again");
	bool rating_ticks = true;
	for (size_t i = 0; i < n; i++)
		if (strcmp(t[i].dimension_id, "yes") == 0)
			rating_ticks = t[i].ticks;
	ok(!rating_ticks, "a rating on a 0 to 1 scale is not taken for ticks");
	trend_series_free(t, n);
	protocol_destroy(p);
	diagnostics_clear(&d);
}

int main(void)
{
	struct fixture f;
	if (!fixture_open(&f, "Team", four, ARRAY_LEN(four))) {
		printf("not ok 1 - fixture\n1..1\n");
		return 1;
	}
	test_loader(&f);
	test_engine(&f);
	test_named_store(&f);
	test_blind_store(&f);
	test_room_store(&f);
	test_trends(&f);
	fixture_close(&f);
	return tap_done();
}
