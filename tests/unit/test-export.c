/* Tests of the export formats: CSV quoting and formula guard, JSON escaping,
 * Markdown escaping, and a whole meeting record in each format. */
#include "source-root.h"
#include "convene/export.h"
#include "convene/record-view.h"
#include "tap.h"

#include <stdio.h>
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

/*
 * OWASP's formula characters after leading spaces and invisible characters,
 * and their fullwidth and small forms: each cell starts with a single quote
 * (issue 12, item 9).
 */
static void test_formula_guard(void)
{
	static const struct { const char *lead, *name; } leads[] = {
		{ " ", "a space" },
		{ "   ", "three spaces" },
		{ "\t", "a tab" },
		{ "\r", "a carriage return" },
		{ "\xc2\xa0", "a no-break space (U+00A0)" },
		{ "\xe3\x80\x80", "an ideographic space (U+3000)" },
		{ "\xe2\x80\x8b", "a zero-width space (U+200B)" },
		{ "\xef\xbb\xbf", "a BOM (U+FEFF)" },
		{ "\xe2\x81\xa0", "a word joiner (U+2060)" },
		{ "\xe2\x80\x8b \xc2\xa0\xef\xbb\xbf", "several of them" },
	};
	static const struct { const char *start, *name; } starts[] = {
		{ "=", "=" }, { "+", "+" }, { "-", "-" }, { "@", "@" },
		{ "\xef\xbc\x9d", "a fullwidth = (U+FF1D)" },
		{ "\xef\xbc\x8b", "a fullwidth + (U+FF0B)" },
		{ "\xef\xbc\x8d", "a fullwidth - (U+FF0D)" },
		{ "\xef\xbc\xa0", "a fullwidth @ (U+FF20)" },
		{ "\xef\xb9\xa6", "a small = (U+FE66)" },
		{ "\xef\xb9\xa2", "a small + (U+FE62)" },
		{ "\xef\xb9\xa3", "a small - (U+FE63)" },
		{ "\xef\xb9\xab", "a small @ (U+FE6B)" },
	};
	for (size_t s = 0; s < sizeof starts / sizeof starts[0]; s++) {
		for (size_t l = 0; l <= sizeof leads / sizeof leads[0]; l++) {
			const char *lead = l ? leads[l - 1].lead : "";
			char in[64];
			snprintf(in, sizeof in, "%s%sSUM(A1:A9)", lead, starts[s].start);
			char *got = cell(csv_cell, in);
			ok(strncmp(got, "\"'", 2) == 0, "csv: %s%s%s is guarded (%s)", starts[s].name,
			   l ? " after " : "", l ? leads[l - 1].name : "", got);
			free(got);
		}
	}
	/* The guard changes nothing else: the cell's text follows it whole. */
	check(csv_cell, "\xc2\xa0=1+1", "\"'\xc2\xa0=1+1\"", "csv: a guarded cell keeps its no-break space");
	check(csv_cell, "\xef\xbc\x9dHYPERLINK(\"x\")", "\"'\xef\xbc\x9dHYPERLINK(\"\"x\"\")\"",
	      "csv: a fullwidth formula keeps its text, quotes doubled");
	check(csv_cell, "\t-2", "\"' -2\"", "csv: a leading tab is a space, and guarded");
	/* Text that only looks near one is left as it is. */
	check(csv_cell, "a=b", "a=b", "csv: = inside a cell is no formula");
	check(csv_cell, " plain", " plain", "csv: a leading space alone is no formula");
	check(csv_cell, "\xc2\xa0", "\xc2\xa0", "csv: a cell of only a no-break space");
	check(csv_cell, "\xe2\x88\x92" "5", "\xe2\x88\x92" "5", "csv: a minus sign (U+2212) is text");
}

/* Markdown escapes what it would read as markup, and only that. */
static void test_md_escapes(void)
{
	static const struct { const char *in, *want, *what; } cases[] = {
		{ "don't", "don't", "an apostrophe" },
		{ "3.5 hours", "3.5 hours", "a decimal" },
		{ "(yes)", "(yes)", "parentheses" },
		{ "Yes! Done, 100% - maybe? a/b: \"q\" 2 + 2 = 4; 3 * 4", "Yes! Done, 100% - maybe? a/b: \"q\" 2 + 2 = 4; 3 * 4",
		  "ordinary punctuation, a spaced * and a spaced -" },
		{ "snake_case_name", "snake_case_name", "an _ inside a word" },
		{ "Peña_año", "Peña_año", "an _ between accented letters" },
		{ "#1 priority", "\\#1 priority", "a leading #" },
		{ "we are #1", "we are #1", "a # inside the text" },
		{ "ends with ##", "ends with \\##", "a closing run of # a heading would drop" },
		{ "* not a list", "\\* not a list", "a leading *" },
		{ "- not a list", "\\- not a list", "a leading -" },
		{ "+ not a list", "\\+ not a list", "a leading +" },
		{ "---", "\\---", "a rule" },
		{ "-5 degrees", "-5 degrees", "a leading minus sign" },
		{ "1. not a list", "1\\. not a list", "a leading 1." },
		{ "2026) year", "2026\\) year", "a leading 2026)" },
		{ "1.5 hours", "1.5 hours", "a leading decimal" },
		{ "> not a quote", "\\> not a quote", "a leading >" },
		{ "a > b", "a > b", "a > inside the text" },
		{ "_emphasis_ here", "\\_emphasis\\_ here", "_ emphasis" },
		{ "*strong* here", "\\*strong\\* here", "* emphasis" },
		{ "~~struck~~", "\\~\\~struck\\~\\~", "~ strikethrough" },
		{ "a\\b", "a\\\\b", "a backslash" },
		{ "`code`", "\\`code\\`", "backticks" },
		{ "<b>bold</b>", "\\<b>bold\\</b>", "HTML" },
		{ "a < b", "a < b", "a spaced <" },
		{ "&amp; &#35; & co", "\\&amp; \\&#35; & co", "entities, not a lone &" },
		{ "[x](y)", "\\[x](y)", "a link" },
		{ "a | b", "a | b", "a | outside a table" },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
		check(md_text, cases[i].in, cases[i].want, cases[i].what);
	check(md_cell, "a | b", "a \\| b", "md: a | in a table's cell");
	check(md_cell, "don't (yes)", "don't (yes)", "md: a cell's ordinary punctuation");
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
	test_formula_guard();
	check(json_string, "say \"hi\"\\", "\"say \\\"hi\\\"\\\\\"", "json: quote and backslash");
	check(json_string, "a\nb", "\"a\\nb\"", "json: newline");
	check(json_string, "a\x01" "b", "\"a\xef\xbf\xbd" "b\"", "json: a control is replaced");
	check(json_string, NULL, "null", "json: NULL is null");
	check(md_text, "*bold* | [link](x) #1", "\\*bold\\* | \\[link](x) #1", "md: markup is escaped");
	test_md_escapes();
}

/* The record's strings are owned (char *) in the store; a fixture made of
 * literals never frees them. */
#ifdef __clang__
#pragma clang diagnostic ignored "-Wincompatible-pointer-types-discards-qualifiers"
#else
#pragma GCC diagnostic ignored "-Wdiscarded-qualifiers"
#endif
static struct meeting_record sample(void)
{
	static struct attendee att[] = { { 1, "Ana", "District", true, 0, "m-ana", false, false },
					 { 2, "Ben, Jr.", "Teachers union", true, 1, "m-ben", false, false },
					 { 3, "Cy", "Classified union", false, 2, "m-cy", false, false } };
	static struct step_record steps[] = {
		{ .kind = "text", .title = "Intro", .planned_seconds = 180, .actual_ms = 200000,
		  .items_step = -1 },
		{ .kind = "rating", .title = "Rate", .planned_seconds = 900, .actual_ms = 600000,
		  .items_step = -1 },
		{ .kind = "vote", .title = "Vote", .items_step = 0, .vote_top = 1 },
	};
	static struct vote_record votes[] = {
		{ 2, 13, 1, "Ana", 2 }, { 2, 10, 2, "Ben, Jr.", 1 }, { 2, 13, 2, "Ben, Jr.", 1 },
		{ 2, 12, 1, "Ana", 3 },
	};
	static struct rating_record ratings[] = {
		{ 1, 0, "goals", "Goals", 0, 1, "Ana", "District", 2, 1, 7, "2026-11-22T10:00:00Z" },
		{ 1, 0, "goals", "Goals", 1, 2, "Ben, Jr.", "Teachers union", 6, 1, 7, "2026-11-22T10:00:05Z" },
		{ 1, 1, "trust", "=Trust", 0, 1, "Ana", "District", 5, 1, 7, "2026-11-22T10:01:00Z" },
		{ 1, 1, "trust", "=Trust", 1, 2, "Ben, Jr.", "Teachers union", 5, 1, 7, "2026-11-22T10:01:05Z" },
	};
	static struct item_record items[] = {
		{ 10, "u10", 0, "expected", "A calm night, \"on time\"", "2026-11-22T10:02:00Z", false, 7 },
		{ 11, "u11", 0, "happened", "=ran late", "2026-11-22T10:03:00Z", false, 7 },
		{ 12, "u12", 0, "expected", "the secret part", "2026-11-22T10:04:00Z", true, 7 },
		{ 13, "u13", 0, "expected", "Families came early", "2026-11-22T10:05:00Z", false, 7 },
	};
	static struct group_record groups[] = { { 0, "expected", "What was expected?" },
						{ 0, "happened", "What actually occurred?" } };
	static char *agreed_all[] = { "District", "Teachers union" };
	static char *agreed_one[] = { "District" };
	static char *agreed_at[] = { "2026-11-22T10:29:00Z", "2026-11-22T10:30:00Z" };
	static struct point_record points[] = {
		{ 20, "p20", 0, "We pilot peer observation.", agreed_all, agreed_at, 2,
		  "2026-11-22T10:30:00Z", NULL, NULL, NULL, 7 },
		{ 21, "p21", 0, "=Schedules stay the same", agreed_one, agreed_at, 1,
		  "2026-11-22T10:31:00Z", NULL, NULL, NULL, 7 },
	};
	static struct decision_record decisions[] = {
		{ .id = 30, .uid = "d30", .step = 1, .topic = "Adopt the pilot", .point_id = "consensus",
		  .point_title = "The team decides by consensus", .text = "Pilot in two schools",
		  .reasons = "Teachers asked, at no cost", .fist = { 0, 0, 1, 2, 3, 3 }, .fist_taken = true,
		  .status = DECISION_DECIDED, .updated_at = "2026-11-22T10:40:00Z", .version = 7 },
	};
	static struct action_record actions[] = {
		{ .id = 40, .uid = "a40", .step = 1, .text = "Pilot in two schools", .owner = 2,
		  .owner_name = "Ben, Jr.", .due = "2027-03-01", .status = ACTION_DONE,
		  .updated_at = "2026-11-22T10:50:00Z", .version = 7 },
		{ .id = 41, .uid = "a41", .step = 1, .text = "Ask the board", .status = ACTION_OPEN,
		  .updated_at = "2026-11-22T10:51:00Z", .version = 7 },
	};
	struct meeting_record r = {
		.info = { .id = 7, .uid = "abc", .team_id = 1, .team_name = "Team \"A\"",
			  .title = "Assessment", .protocol_id = "team-assessment", .protocol_version = "1",
			  .mode = RATING_NAMED, .status = MEETING_CLOSED, .started_at = "2026-11-22T10:00:00Z",
			  .closed_at = "2026-11-22T11:00:00Z" },
		.attendees = att, .n_attendees = 3, .steps = steps, .n_steps = 3,
		.votes = votes, .n_votes = 4, .points = points, .n_points = 2,
		.decisions = decisions, .n_decisions = 1, .actions = actions, .n_actions = 2,
		.ratings = ratings, .n_ratings = 4, .items = items, .n_items = 4,
		.groups = groups, .n_groups = 2,
	};
	return r;
}

static char *export(const struct meeting_record *r, unsigned what, enum export_format f)
{
	struct strbuf sb;
	strbuf_init(&sb);
	export_meeting(r, what, f, &sb);
	return sb.data;
}

static int count(const char *hay, const char *needle)
{
	int n = 0;
	for (const char *p = hay; (p = strstr(p, needle)); p += strlen(needle))
		n++;
	return n;
}

/* The long table of every record (--what all), one row per record. */
static void test_csv_long(const struct meeting_record *r)
{
	char *csv = export(r, EXPORT_ALL, EXPORT_CSV);
	has_str(csv, "meeting,meeting_uid,team,started_at,protocol,record,step,step_title,key,label,"
		     "person,group,value,scale_min,scale_max,text,detail,status,at\r\n", "csv: header row");
	has_str(csv, "\r\n7,abc,\"Team \"\"A\"\"\",2026-11-22T10:00:00Z,team-assessment,rating,2,Rate,"
		     "goals,Goals,Ana,District,2,1,7,,,named,2026-11-22T10:00:00Z\r\n",
		"csv: a rating row, team quoted, step counted from 1");
	has_str(csv, "\"Ben, Jr.\"", "csv: a name with a comma stays one cell");
	has_str(csv, "\"'=Trust\"", "csv: a dimension starting with = is guarded");
	is_int(count(csv, ",rating,"), 4, "csv: one row per rating");
	is_int(count(csv, ",item,"), 3, "csv: and the three items on the record");
	has_str(csv, ",item,1,Intro,expected,What was expected?,,,,,,\"A calm night, \"\"on time\"\"\",,",
		"csv: an item row with its question");
	has_str(csv, "\"'=ran late\"", "csv: an item starting with = is guarded");
	ok(!strstr(csv, "secret"), "csv: an off-the-record item is never exported");
	is_int(count(csv, ",vote,"), 3, "csv: a row per tally, none for the off-the-record item");
	has_str(csv, ",vote,3,Vote,u13,What was expected?,Ana,,2,,,Families came early,,person,",
		"csv: a person's dots on an item");
	has_str(csv, ",result,3,Vote,u13,What was expected?,,,3,,,Families came early,place 1,top,",
		"csv: the ranking puts the item with the most dots on top");
	has_str(csv, ",result,3,Vote,u10,What was expected?,,,1,,,\"A calm night, \"\"on time\"\"\",place 2,,",
		"csv: the next item is not top (top 1)");
	has_str(csv, ",result,3,Vote,u11,What actually occurred?,,,0,,,\"'=ran late\",place 3,,",
		"csv: an item without dots is ranked with 0");
	has_str(csv, ",decision,2,Rate,d30,Adopt the pilot,,The team decides by consensus,1,,,"
		     "Pilot in two schools,\"Teachers asked, at no cost\",decided,",
		"csv: a decision with how it was made, its objections and reasons");
	has_str(csv, ",action,2,Rate,a40,,\"Ben, Jr.\",,,,,Pilot in two schools,2027-03-01,done,",
		"csv: an action item with owner, due date and status");
	has_str(csv, ",action,2,Rate,a41,,,,,,,Ask the board,,open,", "csv: one without owner or date");
	free(csv);
	/* Several kinds but not all: the long table, with those kinds only. */
	csv = export(r, EXPORT_RATINGS | EXPORT_ITEMS, EXPORT_CSV);
	is_int(count(csv, "\r\n"), 8, "csv: ratings and items: the long table, with both");
	ok(!export_csv_columns(EXPORT_RATINGS | EXPORT_ITEMS) && !export_csv_columns(EXPORT_ALL),
	   "csv: several kinds have no table of their own");
	free(csv);
}

#define FIRST "meeting,meeting_uid,team,started_at,protocol,step,step_title,"
#define ROW "7,abc,\"Team \"\"A\"\"\",2026-11-22T10:00:00Z,team-assessment,"

/* One kind per file: a table with its own named columns, one row per
 * record, none of another kind. */
static void test_csv_tables(const struct meeting_record *r)
{
	static const struct {
		unsigned what;
		const char *header, *row, *name;
		int rows;
	} t[] = {
		{ EXPORT_RATINGS,
		  FIRST "dimension_id,dimension,member,member_uid,group,ballot,value,scale_min,"
			"scale_max,label,mode,entered_at\r\n",
		  ROW "2,Rate,trust,\"'=Trust\",\"Ben, Jr.\",m-ben,Teachers union,,5,1,7,,named,"
		      "2026-11-22T10:01:05Z\r\n",
		  "ratings", 4 },
		{ EXPORT_VOTES, FIRST "item_uid,group,item,dots,place,tied,top,counted,dots_by\r\n",
		  ROW "3,Vote,u13,What was expected?,Families came early,3,1,no,yes,no,"
		      "\"Ana 2; Ben, Jr. 1\"\r\n",
		  "votes: a row per item ranked, the dots each gave it", 3 },
		{ EXPORT_DECISIONS,
		  FIRST "decision_uid,topic,decided_by,objections,decision,reasons,status,reopens_uid,"
			"reopens_topic,reopen_in_favour,reopen_present,reopen_info,updated_at\r\n",
		  ROW "2,Rate,d30,Adopt the pilot,The team decides by consensus,1,Pilot in two schools,"
		      "\"Teachers asked, at no cost\",decided,,,,,,2026-11-22T10:40:00Z\r\n",
		  "decisions", 1 },
		{ EXPORT_ACTIONS, FIRST "action_uid,action,owner,owner_uid,due,status,item_uid,updated_at\r\n",
		  ROW "2,Rate,a41,Ask the board,,,,open,,2026-11-22T10:51:00Z\r\n", "actions", 2 },
		{ EXPORT_ITEMS, FIRST "group_id,group,item_uid,text,created_at\r\n",
		  ROW "1,Intro,happened,What actually occurred?,u11,\"'=ran late\",2026-11-22T10:03:00Z\r\n",
		  "items, the off-the-record one left out", 3 },
		{ EXPORT_POINTS,
		  FIRST "point_uid,text,status,agreed_by,waiting_for,agreed_text,corrected_by,"
			"corrected_at,updated_at\r\n",
		  ROW "1,Intro,p20,We pilot peer observation.,agreed,District; Teachers union,,,,,"
		      "2026-11-22T10:30:00Z\r\n",
		  "talking points, agreed ones", 1 },
		{ EXPORT_POINTS | EXPORT_DRAFTS, FIRST "point_uid,",
		  ROW "1,Intro,p21,\"'=Schedules stay the same\",draft,District,Teachers union,,,,"
		      "2026-11-22T10:31:00Z\r\n",
		  "talking points with drafts, and whom a draft waits for", 2 },
	};
	for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
		char *csv = export(r, t[i].what, EXPORT_CSV);
		ok(strncmp(csv, t[i].header, strlen(t[i].header)) == 0, "csv %s: its header", t[i].name);
		has_str(csv, t[i].row, "csv %s: a row", t[i].name);
		is_int(count(csv, "\r\n"), t[i].rows + 1, "csv %s: a header and a row each", t[i].name);
		ok(!strstr(csv, "secret"), "csv %s: nothing off the record", t[i].name);
		const char *columns = export_csv_columns(t[i].what);
		ok(columns && strncmp(csv, columns, strlen(columns)) == 0 &&
			   strncmp(csv + strlen(columns), "\r\n", 2) == 0,
		   "csv %s: export_csv_columns names the header", t[i].name);
		free(csv);
	}
}

static void test_json(const struct meeting_record *r)
{
	char *json = export(r, EXPORT_RATINGS, EXPORT_JSON);
	has_str(json, "\"team\": \"Team \\\"A\\\"\"", "json: escaped team");
	has_str(json, "\"present\": false", "json: attendance");
	has_str(json, "\"actual_seconds\": 600", "json: step times");
	has_str(json, "\"step\": 2, \"dimension_id\": \"goals\", \"dimension\": \"Goals\", \"count\": 2, "
		      "\"mean\": 4.00, \"median\": 4.0, \"min\": 2, \"max\": 6",
		"json: summary of the first dimension");
	has_str(json, "\"distribution\": {\"1\": 0, \"2\": 1, \"3\": 0, \"4\": 0, \"5\": 0, \"6\": 1, \"7\": 0}",
		"json: distribution");
	ok(!strstr(json, "\"items\""), "json: --what ratings has no items");
	free(json);
	json = export(r, EXPORT_ITEMS, EXPORT_JSON);
	has_str(json, "\"items\": [\n    {\"step\": 1, \"group_id\": \"expected\", \"uid\": \"u10\", "
		      "\"group\": \"What was expected?\", \"text\": \"A calm night, \\\"on time\\\"\"",
		"json: items with their uid and question");
	ok(!strstr(json, "\"ratings\""), "json: --what items has no ratings");
	ok(!strstr(json, "secret"), "json: an off-the-record item is never exported");
	free(json);
	json = export(r, EXPORT_VOTES, EXPORT_JSON);
	has_str(json, "\"ranking\": [\n    {\"step\": 3, \"rank\": 1, \"item_uid\": \"u13\", "
		      "\"item\": \"Families came early\", \"group\": \"What was expected?\", \"dots\": 3, "
		      "\"tied\": false, \"top\": true}", "json: the ranking");
	has_str(json, "{\"step\": 3, \"item_uid\": \"u10\", \"item\": \"A calm night, \\\"on time\\\"\", "
		      "\"voter\": \"Ben, Jr.\", \"voter_uid\": \"m-ben\", \"dots\": 1}", "json: a tally");
	free(json);
}

static void test_md(struct meeting_record *r)
{
	char *md = export(r, EXPORT_ALL, EXPORT_MD);
	has_str(md, "# Assessment — Team \"A\"", "md: title");
	has_str(md, "Present: 2 of 3 — Ana, Ben, Jr..", "md: who was present");
	has_str(md, "## 2. Rate\n\n| Dimension |", "md: a section per step, numbered");
	has_str(md, "| Goals | 2 | 4.0 | 4 | 2–6 | 0 | 1 | 0 | 0 | 0 | 1 | 0 |", "md: a summary row");
	has_str(md, "| Talk about |\n", "md: the focus column");
	ok(!strstr(md, "Ana | 2"), "md: no individual ratings in the email-ready summary");
	has_str(md, "## 1. Intro\n\n**What was expected?**\n\n- A calm night, \"on time\"\n"
		    "- Families came early\n\n**What actually occurred?**\n\n- =ran late\n",
		"md: answers listed under their questions, in order");
	ok(!strstr(md, "secret"), "md: an off-the-record item is never exported");
	has_str(md, "## 3. Vote\n\n- 1st: **Families came early** — 3 dots (What was expected?), top: "
		    "for follow-up\n- 2nd: A calm night, \"on time\" — 1 dot (What was expected?)\n\n",
		"md: the vote's ranking, top item in bold, no zero-dot items");
	free(md);
	size_t n = r->n_ratings, k = r->n_items, v = r->n_votes, t = r->n_points, dd = r->n_decisions,
	       aa = r->n_actions;
	r->n_decisions = 0;
	r->n_actions = 0;
	r->n_ratings = 0;
	r->n_items = 0;
	r->n_votes = 0;
	r->n_points = 0;
	md = export(r, EXPORT_ALL, EXPORT_MD);
	has_str(md, "Nothing of this kind was recorded.", "md: an empty meeting says so");
	free(md);
	char *json = export(r, EXPORT_ALL, EXPORT_JSON);
	has_str(json, "\"talking_points\": [],\n  \"adopted_norms\": [],\n  \"decisions\": [],\n  \"actions\": [],\n  \"focus\": [],\n  \"levels\": [],\n  \"ratings\": [],\n  \"summary\": [],\n  \"items\": [],\n  \"votes\": [],\n  \"ranking\": [",
		"json: empty arrays stay valid");
	free(json);
	r->n_ratings = n;
	r->n_items = k;
	r->n_votes = v;
	r->n_points = t;
	r->n_decisions = dd;
	r->n_actions = aa;
}

static void test_points(const struct meeting_record *r)
{
	char *md = export(r, EXPORT_DEFAULT, EXPORT_MD);
	has_str(md, "## 1. Intro\n\n1. We pilot peer observation.\n\n", "md: the agreed points, numbered");
	ok(!strstr(md, "Schedules"), "md: a point one group has not confirmed is not exported by default");
	ok(!strstr(md, "Ratings entered"), "md: the default export is only the talking points");
	free(md);
	md = export(r, EXPORT_ALL, EXPORT_MD);
	has_str(md, "2. =Schedules stay the same *(draft: not yet confirmed by Teachers union)*",
		"md: all includes drafts, saying who has not confirmed");
	free(md);
	char *csv = export(r, EXPORT_ALL, EXPORT_CSV);
	has_str(csv, ",talking-point,1,Intro,p20,District; Teachers union,,,,,,We pilot peer observation.,,agreed,",
		"csv: an agreed point with the groups that confirmed it");
	has_str(csv, ",talking-point,1,Intro,p21,District,,,,,,\"'=Schedules stay the same\",,draft,",
		"csv: a draft, its formula defused");
	free(csv);
	char *json = export(r, EXPORT_DEFAULT, EXPORT_JSON);
	has_str(json, "\"talking_points\": [\n    {\"step\": 1, \"uid\": \"p20\", \"text\": \"We pilot peer "
		      "observation.\", \"agreed\": true, \"agreed_by\": [\"District\", \"Teachers union\"], "
		      "\"agreed_at\": [\"2026-11-22T10:29:00Z\", \"2026-11-22T10:30:00Z\"], "
		      "\"waiting_for\": []", "json: the agreed point");
	ok(!strstr(json, "p21"), "json: no draft by default");
	free(json);
}

static void test_decisions(const struct meeting_record *r)
{
	char *json = export(r, EXPORT_DECISIONS, EXPORT_JSON);
	has_str(json, "\"decided_by\": \"The team decides by consensus\", \"decision\": \"Pilot in two "
		      "schools\", \"reasons\": \"Teachers asked, at no cost\", \"fist_to_five\": [0, 0, 1, 2, 3, 3], "
		      "\"objections\": 1, \"status\": \"decided\"", "json: the decision");
	free(json);
	char *md = export(r, EXPORT_DECISIONS, EXPORT_MD);
	has_str(md, "**Adopt the pilot**: decided (how: The team decides by consensus)\n\n"
		    "- Decision: Pilot in two schools\n- Reasons: Teachers asked, at no cost\n"
		    "- Fist to five: 3 at 5, 3 at 4, 2 at 3, 1 below three (objections stated)\n",
		"md: the decision, ready for the notes");
	free(md);
}

static void test_actions(const struct meeting_record *r)
{
	char *md = export(r, EXPORT_ACTIONS, EXPORT_MD);
	has_str(md, "- [x] Pilot in two schools — Ben, Jr., due 2027-03-01 (done)\n"
		    "- [ ] Ask the board — no owner yet (open)\n", "md: a checklist");
	free(md);
	char *json = export(r, EXPORT_ACTIONS, EXPORT_JSON);
	has_str(json, "\"owner\": \"Ben, Jr.\", \"owner_uid\": \"m-ben\", \"due\": \"2027-03-01\", "
		      "\"status\": \"done\"", "json: the action item");
	has_str(json, "\"contents\": [\"actions\"]", "json: says what it holds");
	has_str(json, "\"owner\": null, \"owner_uid\": null, \"due\": null, \"status\": \"open\"", "json: nulls where nothing was set");
	free(json);
}

static void test_parse(void)
{
	enum export_format f;
	unsigned what;
	ok(export_parse_format("csv", &f) && f == EXPORT_CSV, "format csv");
	ok(!export_parse_format("pdf", &f), "pdf is not a format");
	ok(export_parse_what("all", &what) && what == EXPORT_ALL, "what all");
	ok(export_parse_what("items", &what) && what == EXPORT_ITEMS, "what items");
	ok(!export_parse_what("everything", &what), "what everything is not known");
}

static void test_several(const struct meeting_record *r)
{
	struct meeting_record two[2] = { *r, *r };
	struct strbuf sb;
	strbuf_init(&sb);
	export_meetings(two, 2, EXPORT_ALL, EXPORT_CSV, &sb);
	char *one = export(r, EXPORT_ALL, EXPORT_CSV);
	is_int(count(sb.data, "meeting,meeting_uid,"), 1, "several meetings in CSV: one header");
	size_t header = (size_t)(strstr(one, "\r\n") + 2 - one);
	is_int((int)sb.len, (int)(2 * strlen(one) - header), "and each meeting's rows");
	free(one);
	strbuf_finish(&sb);
	strbuf_init(&sb);
	export_meetings(two, 2, EXPORT_POINTS, EXPORT_JSON, &sb);
	ok(strncmp(sb.data, "{\"meetings\": [\n{", strlen("{\"meetings\": [\n{")) == 0 &&
	   count(sb.data, "\"format\": \"convene-export\"") == 2,
	   "in JSON, a list of the meeting objects");
	ok(strstr(sb.data, "\n}\n,\n{") && strcmp(sb.data + sb.len - 3, "]}\n") == 0,
	   "separated by commas and closed");
	strbuf_finish(&sb);
	strbuf_init(&sb);
	export_meetings(two, 0, EXPORT_POINTS, EXPORT_JSON, &sb);
	is_str(sb.data, "{\"meetings\": [\n]}\n", "no meeting: an empty list");
	strbuf_finish(&sb);
	strbuf_init(&sb);
	export_meetings(two, 2, EXPORT_POINTS, EXPORT_MD, &sb);
	is_int(count(sb.data, "\n---\n"), 1, "in Markdown, summaries separated by a rule");
	strbuf_finish(&sb);
}

/* An entry's version is the store's bookkeeping against lost updates:
 * the sample's rows have one, and no format writes it. */
static void test_no_version(const struct meeting_record *r)
{
	static const char *const names[] = { "CSV", "JSON", "Markdown" };
	for (int f = EXPORT_CSV; f <= EXPORT_MD; f++) {
		char *out = export(r, EXPORT_ALL, (enum export_format)f);
		ok(!strstr(out, "\"version\"") && !strstr(out, ",version") &&
			   !strstr(out, "version,"), "%s leaves the entries' versions out", names[f]);
		free(out);
	}
}

static char *export_now(const struct meeting_record *r, unsigned what, enum export_format f,
			const struct catalog *now)
{
	struct strbuf sb;
	strbuf_init(&sb);
	export_meeting_now(r, what, f, now, &sb);
	return sb.data;
}

/* The record keeps no protocol's source: with the installed protocols an
 * export names each one's source and version under names that say they
 * are the installed file's, and a chosen point of a continuum carries its
 * credit. Without them, the export is as before. */
static void test_sources(const struct meeting_record *sample_record)
{
	char *dirs[] = { (char *)CONVENE_SOURCE_PROTOCOLS, NULL };
	struct catalog c;
	catalog_load(&c, dirs);
	char *md = export_now(sample_record, EXPORT_RATINGS, EXPORT_MD, &c);
	has_str(md, "\nSource of Effective Team Assessment (team-assessment, from the protocol file installed at export time, "
		    "version 1): Adapted from the Effective Team Assessment",
		"md: the protocol's source, said to be the installed file's");
	free(md);
	char *csv = export_now(sample_record, EXPORT_ALL, EXPORT_CSV, &c);
	has_str(csv, ",team-assessment,protocol_source_at_export,,,team-assessment,1,,,,,,\"Adapted from",
		"csv: a row with the source, its record named for what it is");
	free(csv);
	char *json = export_now(sample_record, EXPORT_RATINGS, EXPORT_JSON, &c);
	has_str(json, "\"protocol_sources_at_export\": [\n    {\"protocol_id\": \"team-assessment\", "
		      "\"installed\": true, \"protocol_version_at_export\": \"1\", "
		      "\"protocol_source_at_export\": \"Adapted from",
		"json: the source under a name that says it is the installed file's");
	free(json);
	char *plain = export_now(sample_record, EXPORT_RATINGS, EXPORT_MD, NULL);
	ok(!strstr(plain, "Source of"), "without the installed protocols, no source line");
	free(plain);

	struct meeting_record r = *sample_record;
	struct step_record steps[3];
	memcpy(steps, r.steps, sizeof steps);
	steps[1].kind = "decide";
	steps[1].title = "Our decisions";
	r.steps = steps;
	r.info.protocol_id = "decision-continuum";
	md = export_now(&r, EXPORT_DECISIONS, EXPORT_MD, &c);
	has_str(md, "(how: The team decides by consensus; convene's rendering of the guidebook's continuum)",
		"md: the chosen point with whose continuum it is");
	free(md);
	csv = export_now(&r, EXPORT_DECISIONS, EXPORT_CSV, &c);
	has_str(csv, ",The team decides by consensus (convene's rendering of the guidebook's continuum),",
		"csv: the same in the decision's how");
	free(csv);
	json = export_now(&r, EXPORT_DECISIONS, EXPORT_JSON, &c);
	has_str(json, "\"decided_by_credit_at_export\": \"convene's rendering of the guidebook's continuum\"",
		"json: the same, named as the installed file's");
	free(json);

	struct record_view v;
	record_view_build_now(&v, &r, &c);
	bool named = false;
	for (size_t i = 0; i < v.n; i++)
		named |= strstr(v.lines[i].text, "The team decides by consensus; convene's rendering of the "
						 "guidebook's continuum)") != NULL;
	ok(named, "review: the same beside the chosen point");
	record_view_free(&v);

	r.info.protocol_id = "gone-since";
	md = export_now(&r, EXPORT_DECISIONS, EXPORT_MD, &c);
	has_str(md, "Source of gone-since: the protocol is not installed at export time, and the record "
		    "keeps no source.", "md: a protocol no longer installed is said to be");
	ok(!strstr(md, "rendering"), "and no credit is guessed for it");
	free(md);
	catalog_free(&c);
}

int main(void)
{
	test_cells();
	struct meeting_record r = sample();
	test_csv_long(&r);
	test_csv_tables(&r);
	test_json(&r);
	test_md(&r);
	test_points(&r);
	test_decisions(&r);
	test_actions(&r);
	test_parse();
	test_several(&r);
	test_no_version(&r);
	test_sources(&r);
	return tap_done();
}
