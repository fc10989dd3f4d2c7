/* Tests of the export formats: CSV quoting and formula guard, JSON escaping,
 * Markdown escaping, and a whole meeting record in each format. */
#include "convene/export.h"
#include "tap.h"

#include <stdlib.h>
#include <string.h>

static char *cell(void (*fn)(struct strbuf *, const char *), const char *s)
{
	struct strbuf sb;
	strbuf_init(&sb);
	fn(&sb, s);
	return sb.data;
}

static void check(void (*fn)(struct strbuf *, const char *), const char *in, const char *want,
		  const char *what)
{
	char *got = cell(fn, in);
	is_str(got, want, "%s", what);
	free(got);
}

static void test_cells(void)
{
	check(csv_cell, "plain", "plain", "csv: plain");
	check(csv_cell, "a,b", "\"a,b\"", "csv: a comma is quoted");
	check(csv_cell, "say \"hi\"", "\"say \"\"hi\"\"\"", "csv: quotes are doubled");
	check(csv_cell, "two\nlines", "\"two\nlines\"", "csv: a newline is quoted");
	check(csv_cell, "=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"", "csv: a formula is defused");
	check(csv_cell, "+1", "\"'+1\"", "csv: + is guarded");
	check(csv_cell, "-2", "\"'-2\"", "csv: - is guarded");
	check(csv_cell, "@SUM", "\"'@SUM\"", "csv: @ is guarded");
	check(csv_cell, "", "", "csv: empty");
	check(csv_cell, "a\x1b[2Jb", "a\xef\xbf\xbd[2Jb", "csv: escape sequences are defused");
	check(json_string, "say \"hi\"\\", "\"say \\\"hi\\\"\\\\\"", "json: quote and backslash");
	check(json_string, "a\nb", "\"a\\nb\"", "json: newline");
	check(json_string, "a\x01" "b", "\"a\xef\xbf\xbd" "b\"", "json: a control is replaced");
	check(json_string, NULL, "null", "json: NULL is null");
	check(md_text, "*bold* | [link](x) #1", "\\*bold\\* \\| \\[link\\](x) \\#1", "md: markup is escaped");
}

/* The record's strings are owned (char *) in the store; a fixture made of
 * literals never frees them. */
#pragma GCC diagnostic ignored "-Wdiscarded-qualifiers"
static struct meeting_record sample(void)
{
	static struct attendee att[] = { { 1, "Ana", "District", true },
					 { 2, "Ben, Jr.", "Teachers union", true },
					 { 3, "Cy", "Classified union", false } };
	static struct step_record steps[] = { { "text", "Intro", 180, 200000 },
					      { "rating", "Rate", 900, 600000 } };
	static struct rating_record ratings[] = {
		{ 1, 0, "goals", "Goals", 0, 1, "Ana", "District", 2, 1, 7, "2026-11-22T10:00:00Z" },
		{ 1, 0, "goals", "Goals", 1, 2, "Ben, Jr.", "Teachers union", 6, 1, 7, "2026-11-22T10:00:05Z" },
		{ 1, 1, "trust", "=Trust", 0, 1, "Ana", "District", 5, 1, 7, "2026-11-22T10:01:00Z" },
		{ 1, 1, "trust", "=Trust", 1, 2, "Ben, Jr.", "Teachers union", 5, 1, 7, "2026-11-22T10:01:05Z" },
	};
	struct meeting_record r = {
		.info = { .id = 7, .uid = "abc", .team_id = 1, .team_name = "Team \"A\"",
			  .title = "Assessment", .protocol_id = "team-assessment", .protocol_version = "1",
			  .mode = RATING_NAMED, .status = "closed", .started_at = "2026-11-22T10:00:00Z",
			  .closed_at = "2026-11-22T11:00:00Z" },
		.attendees = att, .n_attendees = 3, .steps = steps, .n_steps = 2,
		.ratings = ratings, .n_ratings = 4,
	};
	return r;
}

static void test_record(void)
{
	struct meeting_record r = sample();
	struct strbuf sb;
	strbuf_init(&sb);
	export_ratings(&r, EXPORT_CSV, &sb);
	has_str(sb.data, "meeting,meeting_uid,team,", "csv: header row");
	has_str(sb.data, "\r\n7,abc,\"Team \"\"A\"\"\"", "csv: CRLF rows, quoted team");
	has_str(sb.data, "\"Ben, Jr.\"", "csv: a name with a comma stays one cell");
	has_str(sb.data, "\"'=Trust\"", "csv: a dimension starting with = is guarded");
	int rows = 0;
	for (char *p = sb.data; (p = strstr(p, "\r\n")); p += 2)
		rows++;
	is_int(rows, 5, "csv: a header and one row per rating");
	strbuf_finish(&sb);

	strbuf_init(&sb);
	export_ratings(&r, EXPORT_JSON, &sb);
	has_str(sb.data, "\"team\": \"Team \\\"A\\\"\"", "json: escaped team");
	has_str(sb.data, "\"present\": false", "json: attendance");
	has_str(sb.data, "\"actual_seconds\": 600", "json: step times");
	has_str(sb.data, "\"count\": 2, \"mean\": 4.00, \"median\": 4.0, \"min\": 2, \"max\": 6",
		"json: summary of the first dimension");
	has_str(sb.data, "\"distribution\": {\"1\": 0, \"2\": 1, \"3\": 0, \"4\": 0, \"5\": 0, \"6\": 1, \"7\": 0}",
		"json: distribution");
	strbuf_finish(&sb);

	strbuf_init(&sb);
	export_ratings(&r, EXPORT_MD, &sb);
	has_str(sb.data, "# Assessment — Team \"A\"", "md: title");
	has_str(sb.data, "Present: 2 of 3 — Ana, Ben, Jr..", "md: who was present");
	has_str(sb.data, "| Goals | 2 | 4.0 | 4 | 2–6 | 0 | 1 | 0 | 0 | 0 | 1 | 0 |", "md: a summary row");
	has_str(sb.data, "lowest score", "md: the focus column");
	ok(!strstr(sb.data, "Ana | 2"), "md: no individual ratings in the email-ready summary");
	strbuf_finish(&sb);

	r.n_ratings = 0;
	strbuf_init(&sb);
	export_ratings(&r, EXPORT_MD, &sb);
	has_str(sb.data, "No ratings were entered.", "md: a meeting without ratings says so");
	strbuf_finish(&sb);
	strbuf_init(&sb);
	export_ratings(&r, EXPORT_JSON, &sb);
	has_str(sb.data, "\"ratings\": [],\n  \"summary\": []", "json: empty arrays stay valid");
	strbuf_finish(&sb);

	enum export_format f;
	ok(export_parse_format("csv", &f) && f == EXPORT_CSV, "format csv");
	ok(!export_parse_format("pdf", &f), "pdf is not a format");
}

int main(void)
{
	test_cells();
	test_record();
	return tap_done();
}
