/* Tests of what convene import refuses that is well-formed JSON and a
 * complete export: values the app never writes (a February 30, an empty
 * name, a meeting closed before it started, a uid of the wrong shape), each
 * named with its field and line; and a uid that names two things (two
 * different meetings in one file, a member in two teams, a meeting, member
 * or entry that is another team's or another meeting's here), named with
 * both, with nothing written. */
#include "convene/export.h"
#include "convene/store-import.h"
#include "convene/import.h"
#include "fixture.h"
#include "selected.h"
#include "tap.h"

/* One meeting, a field a line where the tests point (the numbers in the
 * comments are its lines). */
static const char base[] =
	"{\"format\": \"convene-export\", \"format_version\": 1,\n"
	" \"contents\": [\"talking-points\", \"drafts\", \"decisions\", \"actions\", \"focus\","
	" \"ratings\", \"items\", \"votes\"],\n"
	" \"meeting\": {\"id\": 1, \"uid\": \"90000000000000000000000000000001\",\n" /* 3 */
	"  \"team\": \"Valle Verde\", \"team_uid\": \"900000000000000000000000000000aa\",\n" /* 4 */
	"  \"title\": \"Check-in\", \"protocol_id\": \"check-in\", \"protocol_version\": \"1\",\n"
	"  \"rating_mode\": \"named\", \"status\": \"closed\",\n"
	"  \"started_at\": \"2026-01-12T17:00:00Z\",\n" /* 7 */
	"  \"closed_at\": \"2026-01-12T17:10:00Z\",\n" /* 8 */
	"  \"approved_at\": null},\n" /* 9 */
	" \"attendance\": [\n"
	"  {\"name\": \"Ana\", \"member_uid\": \"90000000000000000000000000000011\","
	" \"group\": \"District\", \"present\": true},\n" /* 11 */
	"  {\"name\": \"Ben\", \"member_uid\": \"90000000000000000000000000000012\","
	" \"group\": \"Teachers union\", \"present\": true}\n"
	" ],\n"
	" \"roles\": [],\n"
	" \"steps\": [{\"step\": 1, \"kind\": \"prompt\", \"title\": \"Check-in\", \"protocol_id\":"
	" \"check-in\",\n"
	"  \"planned_seconds\": 600, \"actual_seconds\": 600, \"vote_top\": 0, \"vote_dots\": 0,"
	" \"vote_counted\": false}],\n"
	" \"groups\": [], \"amendments\": [], \"talking_points\": [], \"decisions\": [],"
	" \"actions\": [], \"focus\": [],\n"
	" \"ratings\": [],\n"
	" \"items\": [{\"step\": 1, \"group_id\": null, \"uid\": \"90000000000000000000000000000e01\","
	" \"text\": \"Fine\", \"created_at\": \"2026-01-12T17:05:00Z\"}],\n" /* 19 */
	" \"votes\": []\n"
	"}";

/* text with every `from` replaced by `to`. */
static char *with(const char *text, const char *from, const char *to)
{
	struct strbuf sb;
	strbuf_init(&sb);
	const char *at;
	while (*from && (at = strstr(text, from))) {
		strbuf_addn(&sb, text, (size_t)(at - text));
		strbuf_adds(&sb, to);
		text = at + strlen(from);
	}
	strbuf_adds(&sb, text);
	return strbuf_take(&sb);
}

/* The message for text, "(accepted)" when it is read. Frees text. */
static const char *refusal(char *text)
{
	static char err[512];
	struct import_file f;
	bool read = import_parse(text, strlen(text), &f, err, sizeof err);
	free(text);
	if (!read)
		return err;
	import_file_free(&f);
	return "(accepted)";
}

/* base with one change, refused (or not). */
static const char *changed(const char *from, const char *to)
{
	return refusal(with(base, from, to));
}

/* Two meetings in one file: the first starts on line 2, the second on 23. */
static char *two(const char *first, const char *second)
{
	return xasprintf("{\"meetings\": [\n%s,\n%s\n]}\n", first, second);
}

/* A meeting of another team, Roosevelt: its own uids, one changed back. */
static char *other_team(const char *from, const char *to)
{
	char *a = with(base, "90000000000000000000000000000", "a0000000000000000000000000000");
	char *b = with(a, "Valle Verde", "Roosevelt");
	char *c = with(b, from, to);
	free(a);
	free(b);
	return c;
}

static bool import_text(struct store *s, const char *text, struct import_result *res)
{
	struct import_file f;
	char err[512];
	if (!import_parse(text, strlen(text), &f, err, sizeof err))
		return false;
	bool ok = store_import_meetings(s, f.meetings, f.n, res, NULL);
	import_file_free(&f);
	return ok;
}

static char *export_all(struct store *s)
{
	struct meeting_selection sel = { 0 };
	struct selected x;
	bool found;
	selected_export(s, &sel, EXPORT_ALL, EXPORT_JSON, 4, &found, &x);
	return strbuf_take(&x.out);
}

static void values_the_app_never_writes(void)
{
	is_str(changed("", ""), "(accepted)", "the meeting as written is read");
	const char *m = changed("2026-01-12T17:00:00Z", "2026-02-30T17:00:00Z");
	has_str(m, "meeting 1 (line 7): \"started_at\" must be a time", "February 30: the field, the line");
	has_str(m, "2026-02-30T17:00:00Z", "and the value");
	has_str(changed("2026-01-12T17:10:00Z", "2026-01-12T24:10:00Z"), "(line 8): \"closed_at\"",
		"an hour 24");
	has_str(changed("2026-01-12T17:10:00Z", "2026-01-12T17:10:60Z"), "(line 8): \"closed_at\"",
		"a second 60");
	has_str(changed("2026-01-12T17:10:00Z", "2026-13-12T17:10:00Z"), "(line 8): \"closed_at\"",
		"a month 13");
	char *leap = with(base, "2026-01-12", "2028-02-29");
	is_str(refusal(leap), "(accepted)", "February 29 of a leap year is a day");
	has_str(changed("2026-01-12", "2027-02-29"), "(line 7): \"started_at\"", "of 2027 is not");
	has_str(changed("2026-01-12", "2100-02-29"), "(line 7): \"started_at\"", "nor of 2100");
	has_str(changed("\"Ana\"", "\"\""), "meeting 1, attendance[0] (line 11): \"name\" must not be empty",
		"an empty name: the field, the line");
	has_str(changed("\"Valle Verde\"", "\"   \""), "(line 4): \"team\" must not be empty",
		"a blank team");
	has_str(changed("\"title\": \"Check-in\", \"protocol_id\": \"check-in\", \"protocol_version\"",
			"\"title\": \"\", \"protocol_id\": \"check-in\", \"protocol_version\""),
		"(line 5): \"title\" must not be empty", "an empty title");
	has_str(changed("\"District\"", "\"\""), "(line 11): \"group\" must not be empty", "an empty group");
	has_str(changed("\"Ana\"", "\"Ana\\u001b]0;x\\u0007\""), "(line 11): \"name\" must be one line",
		"a name with an escape sequence");
	m = changed("2026-01-12T17:10:00Z", "2026-01-12T16:59:00Z");
	has_str(m, "meeting 1 (line 8): \"closed_at\" 2026-01-12T16:59:00Z is before \"started_at\"",
		"closed before it started: the field, the line");
	char *a = with(base, "\"status\": \"closed\"", "\"status\": \"approved\"");
	char *b = with(a, "\"approved_at\": null", "\"approved_at\": \"2026-01-12T17:05:00Z\"");
	has_str(refusal(b), "(line 9): \"approved_at\" 2026-01-12T17:05:00Z is before \"closed_at\"",
		"approved before it closed");
	free(a);
	has_str(changed("\"closed_at\": \"2026-01-12T17:10:00Z\"", "\"closed_at\": null"),
		"(line 8): \"closed_at\" must be a time when the status is \"closed\"",
		"closed without a time");
	has_str(changed("\"90000000000000000000000000000001\"", "\"M-1\""),
		"meeting 1 (line 3): \"uid\" must be a uid as convene makes them", "a meeting uid too short");
	has_str(changed("900000000000000000000000000000aa", "900000000000000000000000000000AA"),
		"(line 4): \"team_uid\" must be a uid", "capital hex digits");
	has_str(changed("90000000000000000000000000000011", "9000000000000000000000000000001"),
		"attendance[0] (line 11): \"member_uid\" must be a uid", "31 digits");
	has_str(changed("90000000000000000000000000000e01", "90000000000000000000000000000g01"),
		"items[0] (line 19): \"uid\" must be a uid", "a letter past f");
}

static void uids_twice_in_a_file(void)
{
	char *retitled = with(base, "\"title\": \"Check-in\", \"protocol_id\": \"check-in\", \"protocol_version\"",
			      "\"title\": \"Check-out\", \"protocol_id\": \"check-in\", \"protocol_version\"");
	const char *m = refusal(two(base, retitled));
	has_str(m, "meeting 2 (line 25): \"uid\" 90000000000000000000000000000001 is also the uid of "
		"meeting 1 (line 2)", "two different meetings with one uid: both named");
	free(retitled);

	char *copy = two(base, base);
	struct import_file f;
	char err[512];
	ok(import_parse(copy, strlen(copy), &f, err, sizeof err) && f.n == 1,
	   "the same meeting twice is read once");
	import_file_free(&f);
	struct import_reader r;
	struct meeting_record rec;
	import_open(&r, copy, strlen(copy), err, sizeof err);
	while (import_next(&r, &rec) == 1)
		meeting_record_free(&rec);
	is_int(r.repeated, 1, "and counted as repeated");
	import_close(&r);
	free(copy);

	/* Roosevelt's meeting lists Ana, whom the file has in Valle Verde. */
	char *other = other_team("a0000000000000000000000000000011", "90000000000000000000000000000011");
	m = refusal(two(base, other));
	has_str(m, "meeting 2, attendance[0] (line 33): \"member_uid\" 90000000000000000000000000000011 "
		"(Ana) is a member of team \"Valle Verde\" in meeting 1 (line 12), not of team \"Roosevelt\"",
		"a member in two teams: both named");
	free(other);
	other = other_team("", "");
	is_str(refusal(two(base, other)), "(accepted)", "two teams with their own members are read");
	free(other);
}

/* Imports text into s, which must refuse it and stay as it was; the message. */
static const char *refused_here(struct store *s, const char *text)
{
	static char msg[512];
	char *before = export_all(s);
	struct import_result res;
	bool imported = import_text(s, text, &res);
	snprintf(msg, sizeof msg, "%s", imported ? "(imported)" : store_error(s));
	char *after = export_all(s);
	if (strcmp(before, after) != 0)
		snprintf(msg, sizeof msg, "(the database changed)");
	free(before);
	free(after);
	return msg;
}

static void uids_taken_here(struct fixture *f)
{
	char *path = xasprintf("%s/checks.db", f->dir);
	enum store_open_error why;
	char *msg = NULL;
	struct store *s = store_open(path, &why, &msg);
	free(path);
	free(msg);
	struct import_result res;
	ok(import_text(s, base, &res) && res.added == 1, "Valle Verde's meeting is here");

	char *other = other_team("a0000000000000000000000000000011", "90000000000000000000000000000011");
	has_str(refused_here(s, other), "attendance[0]: \"member_uid\" 90000000000000000000000000000011 "
		"(Ana) is a member of team \"Valle Verde\" here, not of team \"Roosevelt\"",
		"a member of another team here: both teams named, nothing written");
	free(other);

	other = other_team("a0000000000000000000000000000001", "90000000000000000000000000000001");
	has_str(refused_here(s, other), "\"uid\" 90000000000000000000000000000001 is meeting 1 here, "
		"of team \"Valle Verde\", not of team \"Roosevelt\"",
		"a meeting of another team here: both named, nothing written");
	free(other);

	char *again = with(base, "90000000000000000000000000000001", "90000000000000000000000000000002");
	has_str(refused_here(s, again), "items[0]: \"uid\" 90000000000000000000000000000e01 is already "
		"the uid of an item of meeting 1 (\"Check-in\", team \"Valle Verde\")",
		"an entry of another meeting here: both named, nothing written");
	free(again);

	ok(import_text(s, base, &res) && res.added == 0 && res.already == 1,
	   "the same meeting again is left as it is");
	store_close(s);
}

int main(void)
{
	struct fixture f;
	const struct new_member members[] = { { "Ana", "District" } };
	if (!fixture_open(&f, "Checks", members, 1))
		return 1;
	values_the_app_never_writes();
	uids_twice_in_a_file();
	uids_taken_here(&f);
	fixture_close(&f);
	return tap_done();
}
