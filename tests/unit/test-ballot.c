/* The secret ballot and seats' input: the poll book apart from the
 * ballots; the stored ballots and every export byte for byte the same
 * whatever the order in which the same people entered the same values;
 * nobody counted twice (a seat again, a seat and a paper slip); a ballot
 * changed while the step is open; input refused once the facilitator
 * moved on; the facilitator's screen catching up with seats; the join
 * code; and seat locks. */
#include "convene/export.h"
#include "convene/kinds.h"
#include "convene/seat-lock.h"
#include "convene/session.h"
#include "dbquery.h"
#include "fixture.h"
#include "tap.h"

#include <sys/stat.h>
#include <unistd.h>

static const struct new_member five[] = {
	{ "Ana", "District" }, { "Ben", "Teachers union" }, { "Cy", "Classified union" },
	{ "Dee", "District" }, { "Eve", "Teachers union" },
};

/* The meeting started last. */
#define LAST " meeting_id = (SELECT max(id) FROM meeting)"

static struct store *open_store(const char *path)
{
	enum store_open_error why;
	char *msg = NULL;
	struct store *s = store_open(path, &why, &msg);
	free(msg);
	return s;
}

/* The place of a member named name among the session's people. */
static size_t place_of(const struct session *s, const char *name)
{
	for (size_t i = 0; i < s->n_people; i++)
		if (strcmp(s->people[i].name, name) == 0)
			return i;
	return (size_t)-1;
}

/* is_str on text the test owns, freed after. */
#define is_text(got, ...)                                                                          \
	do {                                                                                       \
		char *is_text_got = (got);                                                         \
		is_str(is_text_got, __VA_ARGS__);                                                  \
		free(is_text_got);                                                                 \
	} while (0)

/* Every stored ballot row of the meeting, all columns, in row order. */
static char *ballot_rows(const char *path)
{
	return db_text(path, "SELECT group_concat(row, ';') FROM (SELECT id || '|' || uid || '|' ||"
			     " step_index || '|' || dimension_id || '|' || slot || '|' ||"
			     " quote(member_id) || '|' || value || '|' || entered_at AS row FROM rating"
			     " WHERE member_id IS NULL ORDER BY id)");
}

static char *poll_rows(const char *path)
{
	return db_text(path, "SELECT group_concat(step_index || '|' || question || '|' || member_id,"
			     " ';') FROM poll_book");
}

static char *export_of(struct store *s, int64_t id, enum export_format f)
{
	char key[24];
	snprintf(key, sizeof key, "%lld", (long long)id);
	struct meeting_record r;
	bool found;
	store_load_meeting(s, key, &found, &r);
	struct strbuf sb = { 0 };
	export_meeting(&r, EXPORT_RATINGS, f, &sb);
	meeting_record_free(&r);
	return strbuf_take(&sb);
}

/* One order of entry: who enters what, from a seat or as a slip typed by
 * the facilitator, on dimension 0 and 1; a seat may change its ballot. */
struct entry_step {
	const char *who; /* NULL: a paper slip */
	size_t dim;
	int value;
};

static void enter(struct session *fac, struct session *seat, const struct entry_step *e,
		  size_t n)
{
	int cast[8][2];
	memset(cast, -1, sizeof cast);
	for (size_t i = 0; i < n; i++) {
		if (!e[i].who) {
			enum meeting_result res;
			fac->engine.dim = e[i].dim;
			session_rate(fac, e[i].value, &res);
			continue;
		}
		size_t p = place_of(seat, e[i].who);
		enum seat_write w = session_seat_rate(seat, p, e[i].dim, e[i].value, &cast[p][e[i].dim]);
		ok(w == SEAT_SAVED, "entry %zu is saved", i);
	}
	fac->engine.dim = 0;
}

static void test_order(struct fixture *f)
{
	const struct protocol *p = catalog_find(&f->catalog, "team-assessment");
	bool present[] = { true, true, true, true, true };
	struct session s;
	enum meeting_result res;
	session_start(&s, f->store, f->team, present, p, RATING_BLIND, NULL, 0, 0);
	session_next(&s, 1000, false, &res);
	int64_t id = s.meeting_id;
	session_finish(&s);
	store_close(f->store);
	/* Two copies of one meeting at the blind rating, entered differently. */
	char *other = xasprintf("%s/other.db", f->dir);
	char *cmd = xasprintf("cp '%s' '%s'", f->path, other);
	ok(system(cmd) == 0, "the meeting is copied");
	free(cmd);
	static const struct entry_step a[] = {
		{ "Ana", 0, 3 }, { "Ben", 0, 5 }, { "Cy", 1, 2 }, { "Cy", 0, 3 }, { NULL, 0, 6 },
		{ "Ana", 0, 4 }, { "Ben", 1, 7 }, { NULL, 1, 1 },
	};
	static const struct entry_step b[] = {
		{ NULL, 1, 1 }, { NULL, 0, 6 }, { "Ben", 1, 7 }, { "Cy", 0, 3 }, { "Ana", 0, 4 },
		{ "Cy", 1, 2 }, { "Ben", 0, 5 },
	};
	const char *paths[] = { f->path, other };
	const struct entry_step *orders[] = { a, b };
	size_t lens[] = { ARRAY_LEN(a), ARRAY_LEN(b) };
	char *rows[2], *polls[2], *exports[2][3];
	for (int k = 0; k < 2; k++) {
		struct store *st = open_store(paths[k]);
		struct session fac, seat;
		session_resume(&fac, st, &f->catalog, id, 0);
		session_resume(&seat, st, &f->catalog, id, 0);
		enter(&fac, &seat, orders[k], lens[k]);
		session_finish(&seat);
		session_finish(&fac);
		for (int x = 0; x < 3; x++)
			exports[k][x] = export_of(st, id, (enum export_format)x);
		store_close(st);
		rows[k] = ballot_rows(paths[k]);
		polls[k] = poll_rows(paths[k]);
	}
	ok(rows[0] && strlen(rows[0]) > 20, "ballots are stored");
	is_str(rows[1], rows[0], "the stored ballots are the same rows, byte for byte, in either order");
	is_str(polls[1], polls[0], "and so is the poll book");
	const char *names[] = { "CSV", "JSON", "Markdown" };
	for (int x = 0; x < 3; x++) {
		is_str(exports[1][x], exports[0][x], "the %s export is byte-identical", names[x]);
		free(exports[0][x]);
		free(exports[1][x]);
	}
	ok(db_int(f->path, "SELECT count(*) FROM rating WHERE member_id IS NOT NULL") == 0,
	   "no ballot names anyone");
	ok(db_int(f->path, "SELECT count(DISTINCT entered_at) FROM rating") == 1,
	   "every ballot has the meeting's start as its time, nothing finer");
	is_text(db_text(f->path, "SELECT group_concat(value) FROM (SELECT value FROM rating WHERE"
				 " dimension_index = 0 ORDER BY id)"), "3,4,5,6",
	       "a dimension's ballots lie in value order");
	for (int k = 0; k < 2; k++) {
		free(rows[k]);
		free(polls[k]);
	}
	free(other);
	f->store = open_store(f->path);
}

static void test_counting(struct fixture *f)
{
	const struct protocol *p = catalog_find(&f->catalog, "team-assessment");
	bool present[] = { true, true, true, true, false };
	struct session fac, seat;
	enum meeting_result res;
	session_start(&fac, f->store, f->team, present, p, RATING_BLIND, NULL, 0, 0);
	session_next(&fac, 1000, false, &res);
	session_resume(&seat, f->store, &f->catalog, fac.meeting_id, 0);
	size_t ana = place_of(&seat, "Ana"), ben = place_of(&seat, "Ben");
	int cast = -1, again = -1, bens = -1;
	is_int(session_seat_rate(&seat, ana, 0, 2, &cast), SEAT_SAVED, "Ana rates from her seat");
	is_int(cast, 2, "her seat remembers her ballot");
	is_int(session_seat_rate(&seat, ana, 0, 6, &cast), SEAT_SAVED, "and changes it");
	is_int(db_int(f->path, "SELECT count(*) FROM rating WHERE dimension_index = 0 AND" LAST), 1,
	       "still one ballot of hers");
	is_int(db_int(f->path, "SELECT value FROM rating WHERE dimension_index = 0 AND" LAST), 6,
	       "holding her new rating");
	is_int(session_seat_rate(&seat, ana, 0, 3, &again), SEAT_VOTED,
	       "a seat that forgot her ballot (joined again) cannot vote twice");
	ok(session_refresh(&fac, 2000), "the facilitator's screen reads the seats");
	is_int(meeting_rated_count(&fac.engine, 1, 0), 1, "and counts Ana's ballot");
	ok(session_seat_voted(&fac, 0, place_of(&fac, "Ana")), "knows Ana has voted");
	ok(!session_seat_voted(&fac, 0, place_of(&fac, "Ben")), "and Ben not yet");
	is_int(session_seat_votes(&fac, 0), 1, "one from a seat");
	session_rate(&fac, 4, &res);
	session_rate(&fac, 4, &res);
	is_int(res, MEETING_OK, "two paper slips are typed");
	is_int(session_seat_rate(&seat, ben, 0, 5, &bens), SEAT_SAVED, "Ben rates: four of four");
	session_refresh(&fac, 3000);
	session_rate(&fac, 1, &res);
	is_int(res, MEETING_ALL_RATED, "a fifth slip for four present is refused");
	int dee = -1;
	is_int(session_seat_rate(&seat, place_of(&seat, "Dee"), 0, 1, &dee), SEAT_FULL,
	       "and so is a seat once every present has a ballot: nobody counts twice");
	ok(session_undo(&fac, &res) && res == MEETING_OK, "the last slip is taken back");
	is_int(db_int(f->path, "SELECT count(*) FROM rating WHERE dimension_index = 0 AND" LAST), 3,
	       "leaving three ballots");
	is_text(db_text(f->path, "SELECT group_concat(value) FROM (SELECT value FROM rating WHERE"
				 " dimension_index = 0 AND" LAST " ORDER BY slot)"), "4,5,6",
	       "one slip of 4 taken back, whichever row it was");
	is_int(session_seat_rate(&seat, place_of(&seat, "Dee"), 0, 1, &dee), SEAT_SAVED,
	       "then Dee's seat can vote");
	while (fac.engine.view == VIEW_STEP)
		session_next(&fac, 4000, true, &res);
	int late = -1;
	is_int(session_seat_rate(&seat, ben, 1, 3, &late), SEAT_CLOSED,
	       "a rating sent after the facilitator moved on is refused");
	char *wal = xasprintf("%s-wal", f->path);
	struct stat sb;
	ok(stat(wal, &sb) != 0 || sb.st_size == 0,
	   "leaving the step empties the log that held each state of its ballots");
	free(wal);
	session_finish(&seat);
	session_close(&fac, 6000);
	session_finish(&fac);
}

static void test_named(struct fixture *f)
{
	const struct protocol *p = catalog_find(&f->catalog, "team-assessment");
	bool present[] = { true, true, true, false, false };
	struct session fac, seat;
	enum meeting_result res;
	session_start(&fac, f->store, f->team, present, p, RATING_NAMED, NULL, 0, 0);
	session_next(&fac, 1000, false, &res);
	session_resume(&seat, f->store, &f->catalog, fac.meeting_id, 0);
	size_t ana = place_of(&seat, "Ana");
	int cast = -1;
	is_int(session_seat_rate(&seat, ana, 0, 5, &cast), SEAT_SAVED, "named: Ana rates from her seat");
	is_int(db_int(f->path, "SELECT count(*) FROM rating WHERE member_id IS NOT NULL AND value = 5"),
	       1, "named: stored with her name");
	session_refresh(&fac, 2000);
	is_int(meeting_value(&fac.engine, 1, 0, place_of(&fac, "Ana")), 5,
	       "named: the facilitator's screen shows it as hers");
	ok(fac.engine.cursor != place_of(&fac, "Ana"), "named: the turn passes over her");
	fac.engine.cursor = place_of(&fac, "Ana");
	session_rate(&fac, 3, &res);
	is_int(db_int(f->path, "SELECT count(*) FROM rating WHERE member_id IS NOT NULL AND"
			       " dimension_index = 0"), 1,
	       "named: a slip typed for her replaces hers, never a second");
	session_finish(&seat);
	session_next(&fac, 3000, true, &res);
	session_next(&fac, 3000, true, &res);
	session_close(&fac, 4000);
	session_finish(&fac);
}

static void test_items_votes_fist(struct fixture *f)
{
	bool present[] = { true, true, true, true, true };
	struct session fac, seat;
	enum meeting_result res;
	session_start(&fac, f->store, f->team, present, catalog_find(&f->catalog, "keep-start-stop"),
		      RATING_NAMED, NULL, 0, 0);
	session_resume(&seat, f->store, &f->catalog, fac.meeting_id, 0);
	ok(meeting_current_step(&fac.engine)->kind == STEP_BOXES, "the meeting opens on boxes");
	is_int(session_seat_add(&seat, 1, "  quiet idea  "), SEAT_SAVED, "a seat adds an item");
	is_int(session_seat_add(&seat, 1, "   "), SEAT_REFUSED, "not an empty one");
	session_refresh(&fac, 0);
	size_t n = fac.engine.steps[fac.engine.step].n_entries;
	ok(n == 1 && strcmp(fac.engine.steps[fac.engine.step].entries[0].text, "quiet idea") == 0,
	   "the facilitator's engine has it, trimmed");
	is_int(fac.engine.steps[fac.engine.step].entries[0].group, 1, "in the box it was put in");
	session_add_entry(&fac, 0, "typed idea");
	session_next(&fac, 0, true, &res);
	ok(meeting_current_step(&fac.engine)->kind == STEP_VOTE, "on to the vote");
	is_int(session_seat_add(&seat, 0, "late idea"), SEAT_CLOSED,
	       "a seat still showing the step left cannot add to it");
	session_finish(&seat);
	session_resume(&seat, f->store, &f->catalog, fac.meeting_id, 0);
	size_t ben = place_of(&seat, "Ben");
	const struct step_state *src = &seat.engine.steps[meeting_entries_step(&seat.engine, seat.engine.step)];
	int64_t item = src->entries[0].id;
	int dots = seat.engine.steps[seat.engine.step].dots;
	int placed = 0;
	for (int i = 0; i < dots + 2; i++) {
		enum seat_write w = session_seat_vote(&seat, ben, item, 1, &res);
		placed += w == SEAT_SAVED;
		if (w != SEAT_SAVED)
			break;
	}
	ok(placed >= 1 && placed <= dots, "a seat places its own dots within the caps (%d of %d)", placed,
	   dots);
	is_int(db_int(f->path, "SELECT sum(dots) FROM vote"), placed, "each stored as Ben's");
	session_refresh(&fac, 0);
	int total = 0;
	for (size_t i = 0; i < fac.engine.steps[fac.engine.step].n_tallies; i++)
		total += fac.engine.steps[fac.engine.step].tallies[i].dots;
	is_int(total, placed, "the facilitator's screen has the dots");
	session_finish(&seat);
	session_finish(&fac);

	session_start(&fac, f->store, f->team, present, catalog_find(&f->catalog, "decision-continuum"),
		      RATING_NAMED, NULL, 0, 0);
	session_next(&fac, 0, true, &res);
	session_resume(&seat, f->store, &f->catalog, fac.meeting_id, 0);
	int shown = -1, again = -1;
	is_int(session_seat_fist(&seat, 0, 4, &shown), SEAT_CLOSED, "no fist to five is open yet");
	ok(session_fist_to_seats(&fac, true), "the facilitator opens one to seats");
	session_finish(&seat);
	session_resume(&seat, f->store, &f->catalog, fac.meeting_id, 0);
	is_int(session_seat_fist(&seat, 0, 4, &shown), SEAT_SAVED, "Ana shows four");
	is_int(session_seat_fist(&seat, 0, 2, &shown), SEAT_SAVED, "then two");
	is_int(session_seat_fist(&seat, 0, 5, &again), SEAT_VOTED, "a forgetful seat cannot show twice");
	session_seat_fist(&seat, 1, 5, &again);
	session_refresh(&fac, 0);
	ok(fac.seat_fist[2] == 1 && fac.seat_fist[5] == 1 && fac.seat_fist[4] == 0,
	   "the facilitator sees the tally: one two, one five");
	is_int(db_int(f->path, "SELECT count(*) FROM pragma_table_info('fist_count') WHERE name ="
			       " 'member_id'"), 0, "the tally names nobody");
	ok(session_fist_to_seats(&fac, false), "and closes it");
	int late = -1;
	is_int(session_seat_fist(&seat, 2, 3, &late), SEAT_CLOSED,
	       "a hand shown after it closed is refused");
	session_finish(&seat);
	session_finish(&fac);
}

static void test_join_code_and_locks(struct fixture *f)
{
	bool present[] = { true, true, true, true, true };
	struct session fac;
	session_start(&fac, f->store, f->team, present, catalog_find(&f->catalog, "check-in"),
		      RATING_NAMED, NULL, 0, 0);
	ok(session_open_to_seats(&fac), "the meeting gets a join code");
	is_int((int)strlen(fac.join_code), 6, "of six digits");
	char spaced[16];
	snprintf(spaced, sizeof spaced, "%.3s %.3s", fac.join_code, fac.join_code + 3);
	int64_t found = 0;
	ok(store_meeting_by_code(f->store, spaced, &found) && found == fac.meeting_id,
	   "typed with a space it finds the meeting");
	char wrong[8];
	snprintf(wrong, sizeof wrong, "%06d", (atoi(fac.join_code) + 1) % 1000000);
	store_meeting_by_code(f->store, wrong, &found);
	is_int(found, 0, "a wrong code finds nothing");
	store_meeting_by_code(f->store, "12345x", &found);
	is_int(found, 0, "nor does one that is not digits");
	char code[8];
	store_join_code(f->store, fac.meeting_id, true, code);
	is_str(code, fac.join_code, "the code stays the same for the meeting");

	struct seat_locks one, two;
	ok(seat_locks_open(&one, f->path) && seat_locks_open(&two, f->path), "seat locks open");
	is_int(seat_lock_claim(&one, fac.meeting_id, 7), SEAT_CLAIMED, "a seat takes a name");
	ok(seat_lock_taken(&two, fac.meeting_id, 7), "another sees it taken");
	is_int(seat_lock_claim(&two, fac.meeting_id, 7), SEAT_TAKEN, "and cannot take it");
	is_int(seat_lock_claim(&two, fac.meeting_id, 8), SEAT_CLAIMED, "but can take another");
	ok(!seat_lock_facilitated(&two, fac.meeting_id), "no facilitator holds the meeting yet");
	seat_lock_facilitate(&one, fac.meeting_id);
	ok(seat_lock_facilitated(&two, fac.meeting_id), "then one does");
	seat_locks_close(&one);
	ok(!seat_lock_taken(&two, fac.meeting_id, 7), "a seat that ends frees its name at once");
	ok(!seat_lock_facilitated(&two, fac.meeting_id), "and the facilitator's app its hold");
	seat_locks_close(&two);
	session_close(&fac, 0);
	store_meeting_by_code(f->store, fac.join_code, &found);
	is_int(found, 0, "a closed meeting's code finds nothing");
	session_finish(&fac);
}

int main(void)
{
	struct fixture f;
	if (!fixture_open(&f, "Seats", five, ARRAY_LEN(five))) {
		ok(false, "a temporary folder and store");
		return tap_done();
	}
	test_order(&f);
	test_counting(&f);
	test_named(&f);
	test_items_votes_fist(&f);
	test_join_code_and_locks(&f);
	fixture_close(&f);
	return tap_done();
}
