/* Tests of the review's record view: it holds what the Markdown notes hold —
 * the focus norms, a vote's ranking with its ties, fist-to-five counts, the
 * LOW and SPREAD flags of ratings, amendments — with the same figures, and
 * marks an off-the-record entry by a flag, not by its words. */
#include "convene/export.h"
#include "convene/record-view.h"
#include "tap.h"

#include <stdlib.h>
#include <string.h>

/* The record's strings are owned (char *) in the store; a fixture made of
 * literals never frees them. */
#ifdef __clang__
#pragma clang diagnostic ignored "-Wincompatible-pointer-types-discards-qualifiers"
#else
#pragma GCC diagnostic ignored "-Wdiscarded-qualifiers"
#endif

#define RATE(dim, id, title, slot, v) \
	{ 1, dim, id, title, slot, 0, NULL, NULL, v, 1, 7, "2026-11-22T10:00:00Z" }
#define FOUR(dim, id, title, a, b, c, d) \
	RATE(dim, id, title, 0, a), RATE(dim, id, title, 1, b), RATE(dim, id, title, 2, c), \
	RATE(dim, id, title, 3, d)

static struct meeting_record sample(void)
{
	static struct attendee att[] = { { 1, "Ana", "District", true, 0, "m-ana", false, false },
					 { 2, "Ben", "Teachers union", true, 1, "m-ben", false, false } };
	static struct step_record steps[] = {
		{ .kind = "norms", .title = "Our norms", .items_step = -1 },
		{ .kind = "rating", .title = "Rate the team", .items_step = -1 },
		{ .kind = "prompt", .title = "Ideas", .items_step = -1 },
		{ .kind = "vote", .title = "Dot vote", .items_step = 2, .vote_top = 1 },
		{ .kind = "decide", .title = "Decide", .items_step = -1 },
	};
	/* Two lowest means (Alpha, Bravo) and two wide spreads (Charlie, Foxtrot). */
	static struct rating_record ratings[] = {
		FOUR(0, "a", "Alpha", 1, 1, 2, 1),   FOUR(1, "b", "Bravo", 2, 2, 2, 2),
		FOUR(2, "c", "Charlie", 1, 7, 1, 7), FOUR(3, "d", "Delta", 5, 5, 5, 5),
		FOUR(4, "e", "Echo", 6, 6, 6, 6),    FOUR(5, "f", "Foxtrot", 2, 6, 2, 6),
	};
	static struct item_record items[] = {
		{ 10, "u10", 2, "ideas", "Weekly PLC time", "2026-11-22T10:02:00Z", false, 0 },
		{ 11, "u11", 2, "ideas", "Shared calendar", "2026-11-22T10:03:00Z", false, 0 },
		{ 12, "u12", 2, "ideas", "Text reminders", "2026-11-22T10:04:00Z", false, 0 },
		{ 13, "u13", 2, "ideas", "Fewer forms", "2026-11-22T10:05:00Z", false, 0 },
		{ 14, "u14", 2, "ideas", "[off the record] only in words", "2026-11-22T10:06:00Z",
		  true, 0 },
		{ 15, "u15", 2, "ideas", "[off the record] but on it", "2026-11-22T10:07:00Z", false, 0 },
	};
	static struct group_record groups[] = { { 2, "ideas", "What could we try?" } };
	static struct vote_record votes[] = {
		{ 3, 10, 1, "Ana", 2 }, { 3, 10, 2, "Ben", 1 }, { 3, 11, 1, "Ana", 1 },
		{ 3, 11, 2, "Ben", 1 }, { 3, 12, 2, "Ben", 2 }, { 3, 13, 1, "Ana", 1 },
		{ 3, 14, 1, "Ana", 5 },
	};
	static struct decision_record decisions[] = {
		{ .id = 30, .uid = "d30", .step = 4, .topic = "Adopt PLC time",
		  .point_title = "Consensus", .text = "Weekly PLC time from January",
		  .fist = { 0, 0, 1, 2, 3, 4 }, .fist_taken = true, .status = DECISION_DECIDED,
		  .updated_at = "2026-11-22T10:40:00Z" },
	};
	static struct focus_record focus[] = {
		{ 0, "paraphrasing", "Paraphrasing", "2026-11-22T10:01:00Z" },
		{ 0, "probing", "Probing", "2026-11-22T10:01:10Z" },
	};
	static struct amendment_record amendments[] = {
		{ "entry reworded", "Shared calender", "Shared calendar", "A typo",
		  "2026-11-23T09:00:00Z" },
		{ "entry taken off the record", NULL, NULL, "Named a student",
		  "2026-11-23T09:05:00Z" },
	};
	struct meeting_record r = {
		.info = { .id = 4, .uid = "m4", .team_id = 1, .team_name = "Team", .title = "Regular",
			  .protocol_id = "agenda", .protocol_version = "1", .mode = RATING_BLIND,
			  .status = MEETING_APPROVED, .started_at = "2026-11-22T10:00:00Z" },
		.attendees = att, .n_attendees = 2, .steps = steps, .n_steps = 5,
		.ratings = ratings, .n_ratings = ARRAY_LEN(ratings), .items = items, .n_items = 6,
		.groups = groups, .n_groups = 1, .votes = votes, .n_votes = ARRAY_LEN(votes),
		.decisions = decisions, .n_decisions = 1, .focus = focus, .n_focus = 2,
		.amendments = amendments, .n_amendments = 2,
	};
	return r;
}

/* The view's lines, one per line of text. */
static char *view_text(const struct record_view *v)
{
	struct strbuf sb;
	strbuf_init(&sb);
	for (size_t i = 0; i < v->n; i++)
		strbuf_addf(&sb, "%s\n", v->lines[i].text);
	return sb.data;
}

/* The line of text that starts with prefix, up to its end. */
static char *line_of(const char *text, const char *prefix)
{
	for (const char *p = text; p && *p; p = strchr(p, '\n') ? strchr(p, '\n') + 1 : NULL)
		if (strncmp(p, prefix, strlen(prefix)) == 0)
			return xstrndup(p, strcspn(p, "\n"));
	return xstrdup("");
}

static void both_have(const char *view, const char *md, const char *s, const char *what)
{
	has_str(view, s, "review: %s", what);
	has_str(md, s, "notes: %s", what);
}

static void test_flags(const char *view, const char *md)
{
	static const struct { const char *dim; bool low, spread; } dims[] = {
		{ "Alpha", true, false }, { "Bravo", true, false }, { "Charlie", false, true },
		{ "Delta", false, false }, { "Echo", false, false }, { "Foxtrot", false, true },
	};
	for (size_t i = 0; i < ARRAY_LEN(dims); i++) {
		char vp[32], mp[32];
		snprintf(vp, sizeof vp, "%s: mean ", dims[i].dim);
		snprintf(mp, sizeof mp, "| %s | ", dims[i].dim);
		char *vl = line_of(view, vp), *ml = line_of(md, mp);
		ok(*vl && *ml, "%s is in both", dims[i].dim);
		is_int(strstr(vl, "LOW") != NULL, dims[i].low, "review: %s LOW as flagged", dims[i].dim);
		is_int(strstr(ml, "lowest score") != NULL, dims[i].low, "notes: %s lowest as flagged",
		       dims[i].dim);
		is_int(strstr(vl, "SPREAD") != NULL, dims[i].spread, "review: %s SPREAD as flagged",
		       dims[i].dim);
		is_int(strstr(ml, "widest spread") != NULL, dims[i].spread,
		       "notes: %s widest spread as flagged", dims[i].dim);
		free(vl);
		free(ml);
	}
	has_str(view, "Alpha: mean 1.2, median 1, 4 rated, from 1 to 2", "review: Alpha's figures");
	has_str(md, "| Alpha | 4 | 1.2 | 1 | 1–2 |", "notes: the same figures");
	has_str(view, "How many gave 1, 2, 3, 4, 5, 6, 7: 3, 1, 0, 0, 0, 0, 0",
		"review: Alpha's distribution");
	has_str(md, "| Alpha | 4 | 1.2 | 1 | 1–2 | 3 | 1 | 0 | 0 | 0 | 0 | 0 |",
		"notes: the same distribution");
}

/* The ranking in the notes is a bulleted list: "=2." at the start of a line
 * is folded by a Markdown renderer into the item above it, and "1." ... "4."
 * open an ordered list that it renumbers 1, 2, 3. */
static void test_ranking_markdown(const char *md)
{
	const char *p = md;
	for (; p && *p; p = strchr(p, '\n') ? strchr(p, '\n') + 1 : NULL)
		if (*p == '=')
			break;
	ok(!p || !*p, "notes: no line starts with '=' (a tie's place, read as Markdown)");
	const char *sec = strstr(md, "## 4. Dot vote\n\n");
	ok(sec != NULL, "notes: the vote's section");
	if (!sec)
		return;
	sec += strlen("## 4. Dot vote\n\n");
	const char *end = strstr(sec, "\n## ");
	size_t lines = 0, bullets = 0;
	for (p = sec; p && *p && (!end || p < end); p = strchr(p, '\n') ? strchr(p, '\n') + 1 : NULL) {
		if (*p == '\n')
			continue;
		lines++;
		bullets += strncmp(p, "- ", 2) == 0;
	}
	is_int((int)lines, 4, "notes: a line per item with dots");
	is_int((int)bullets, 4, "notes: each a bullet, never a number Markdown would renumber");
}

/* An answer of a megabyte is shown cut in review, with what is left said,
 * while the line keeps its words whole for a correction and the notes
 * export them whole. */
static void test_long_entry(void)
{
	struct meeting_record r = sample();
	struct item_record items[6];
	memcpy(items, r.items, sizeof items);
	size_t len = 1 << 20;
	char *big = xmalloc(len + 1);
	for (size_t i = 0; i < len; i++)
		big[i] = i % 7 == 6 ? ' ' : 'w';
	big[len] = '\0';
	items[3].text = big;
	r.items = items;
	struct record_view v;
	record_view_build(&v, &r);
	const struct record_line *l = NULL;
	for (size_t i = 0; i < v.n; i++)
		if (v.lines[i].entry_id == items[3].id)
			l = &v.lines[i];
	ok(l && strlen(l->text) < 1700 && strstr(l->text, "more bytes, shown whole in the exports"),
	   "review shows a megabyte answer cut, saying how much more there is");
	ok(l && strlen(l->entry_text) == len, "and keeps its words whole for a correction");
	struct strbuf sb;
	strbuf_init(&sb);
	export_meeting(&r, EXPORT_ALL, EXPORT_MD, &sb);
	ok(sb.data && strstr(sb.data, big), "the notes have it whole");
	strbuf_finish(&sb);
	record_view_free(&v);
	free(big);
}

/* The summary for the room at the close: decisions made (not drafts), the
 * points every group present agreed (not drafts), every action item with
 * its owner; nothing else of the record. */
static void test_summary(void)
{
	struct meeting_record r = sample();
	static char *both[] = { "District", "Teachers union" }, *one[] = { "District" };
	static char *at[] = { "2026-11-22T10:29:00Z", "2026-11-22T10:30:00Z" };
	static struct point_record points[] = {
		{ .id = 20, .uid = "p20", .step = 4, .text = "We pilot PLC time.", .agreed_by = both,
		  .agreed_at = at, .n_agreed = 2 },
		{ .id = 21, .uid = "p21", .step = 4, .text = "A draft.", .agreed_by = one,
		  .agreed_at = at, .n_agreed = 1 },
	};
	static struct decision_record decisions[] = {
		{ .id = 30, .topic = "Adopt PLC time", .text = "Weekly PLC time from January",
		  .status = DECISION_DECIDED },
		{ .id = 31, .topic = "Calendar", .text = "Still talking", .status = DECISION_DRAFT },
		{ .id = 32, .topic = "Forms", .text = "Next month", .status = DECISION_DEFERRED },
	};
	static struct action_record actions[] = {
		{ .id = 40, .step = 4, .text = "Book the room", .owner = 1, .owner_name = "Ana",
		  .due = "2026-12-01", .status = ACTION_OPEN },
		{ .id = 41, .step = 4, .text = "Tell the staff", .status = ACTION_OPEN },
	};
	r.points = points;
	r.n_points = 2;
	r.decisions = decisions;
	r.n_decisions = 3;
	r.actions = actions;
	r.n_actions = 2;
	struct record_view v;
	record_view_summary(&v, &r);
	char *text = view_text(&v);
	has_str(text, "Decisions: 2\n", "summary: the decisions made, drafts left out");
	has_str(text, "Adopt PLC time: Weekly PLC time from January\n", "a decision, topic first");
	has_str(text, "Forms: Next month — deferred\n", "one not decided says so");
	ok(!strstr(text, "Still talking"), "a draft is no decision");
	has_str(text, "1 more left as a draft: not decided.", "but it is counted");
	has_str(text, "Talking points agreed by every group: 1\n1. We pilot PLC time.\n",
		"the agreed points, numbered");
	ok(!strstr(text, "A draft."), "a point one group has not confirmed is not shown");
	has_str(text, "1 more not agreed by every group", "but counted");
	has_str(text, "Action items: 2\nBook the room — Ana, due 2026-12-01\n"
		      "Tell the staff — nobody owns it yet\n", "every action with its owner");
	ok(!strstr(text, "Focus today") && !strstr(text, "Fist to five") && !strstr(text, "dots"),
	   "and nothing else of the record");
	bool headings = true;
	for (size_t i = 0; i < v.n; i++)
		if (strncmp(v.lines[i].text, "Decisions", 9) == 0 ||
		    strncmp(v.lines[i].text, "Action items", 12) == 0)
			headings &= v.lines[i].style == RECORD_HEADING;
	ok(headings, "each part under a heading");
	free(text);
	record_view_free(&v);
}

int main(void)
{
	/* The notes write local times: these are the UTC ones, in words. */
	setenv("TZ", "UTC", 1);
	test_summary();
	struct meeting_record r = sample();
	struct record_view v;
	record_view_build(&v, &r);
	char *view = view_text(&v);
	struct strbuf sb;
	strbuf_init(&sb);
	export_meeting(&r, EXPORT_ALL, EXPORT_MD, &sb);
	char *md = sb.data;

	has_str(view, "Meeting #4, started Sun 22 Nov 2026 10:00;",
		"review says when the meeting started in local time, not as stored");
	both_have(view, md, "Focus today: Paraphrasing, Probing", "the focus norms");

	/* The same places, ties and top; the notes say the place in words,
	 * since "1." and "=2." at the start of a line are Markdown. */
	has_str(view, "\n1. Weekly PLC time — 3 dots (What could we try?), top: for follow-up\n",
		"review: the top of the ranking");
	has_str(md, "\n- 1st: **Weekly PLC time** — 3 dots (What could we try?), top: for follow-up\n",
		"notes: the same top");
	has_str(view, "\n=2. Shared calendar — 2 dots (What could we try?)\n", "review: a tie shares 2nd");
	has_str(md, "\n- 2nd, tied: Shared calendar — 2 dots (What could we try?)\n",
		"notes: a tie shares 2nd");
	has_str(view, "\n=2. Text reminders — 2 dots (What could we try?)\n", "review: both tied items");
	has_str(md, "\n- 2nd, tied: Text reminders — 2 dots (What could we try?)\n",
		"notes: both tied items");
	has_str(view, "\n4. Fewer forms — 1 dot (What could we try?)\n",
		"review: the place after a tie skips the shared one");
	has_str(md, "\n- 4th: Fewer forms — 1 dot (What could we try?)\n",
		"notes: the place after a tie skips the shared one");
	test_ranking_markdown(md);
	ok(!strstr(view, "5 dots") && !strstr(md, "5 dots"),
	   "dots on an off-the-record item count in neither");

	both_have(view, md, "Fist to five: 4 at 5, 3 at 4, 2 at 3, 1 below three (objections stated)",
		  "the fist-to-five counts");
	test_flags(view, md);
	/* The same amendment; the notes give its time local and in words. */
	both_have(view, md, ": entry reworded from \"Shared calender\" to "
		  "\"Shared calendar\". Reason: A typo", "an amendment with both wordings");
	both_have(view, md, ": entry taken off the record. Reason: Named a student",
		  "an amendment without wordings");
	ok(strstr(view, "2026-11-23T09:00:00Z: entry reworded") &&
	   strstr(md, "- Monday 23 November 2026, 9:00 am: entry reworded"),
	   "notes: an amendment's time local and in words (the review: as stored)");
	has_str(view, "Ratings entered blind", "review: the rating mode, as the notes say it");

	/* Off the record is a flag on the line, whatever the words say. */
	int flagged = 0, shown = 0;
	for (size_t i = 0; i < v.n; i++) {
		const struct record_line *l = &v.lines[i];
		if (l->entry_id == 14) {
			shown++;
			ok(l->off_record, "the entry off the record is flagged");
		}
		if (l->entry_id == 15)
			ok(!l->off_record, "an entry on the record whose words say otherwise is not");
		flagged += l->off_record;
	}
	is_int(shown, 1, "the entry off the record is shown to the note taker");
	is_int(flagged, 1, "only it is flagged");
	ok(!strstr(md, "only in words"), "and the notes leave it out");

	ok(!strstr(view, "Tie at the cut") && !strstr(md, "Tie at the cut"),
	   "a top of one above a tie for second: no tie at the cut");
	free(view);
	free(md);
	record_view_free(&v);

	/* A top of two: the tie for second straddles the cut, all three are top
	 * and both the review and the notes say so in words. */
	r.steps[3].vote_top = 2;
	record_view_build(&v, &r);
	view = view_text(&v);
	strbuf_init(&sb);
	export_meeting(&r, EXPORT_ALL, EXPORT_MD, &sb);
	md = sb.data;
	both_have(view, md, "Tie at the cut: 3 items for the top 2, all marked for follow-up.",
		  "a tie at the cut, in words");
	has_str(view, "\n=2. Text reminders — 2 dots (What could we try?), top: for follow-up\n",
		"review: the tied item past the cut is top too");
	has_str(md, "\n- 2nd, tied: **Text reminders** — 2 dots (What could we try?), top: for follow-up\n",
		"notes: and in the notes");
	strbuf_init(&sb);
	export_meeting(&r, EXPORT_ALL, EXPORT_CSV, &sb);
	has_str(sb.data, ",Text reminders,\"place 2, tied\",top,", "csv: the shared place and the top");
	strbuf_finish(&sb);
	strbuf_init(&sb);
	export_meeting(&r, EXPORT_VOTES, EXPORT_JSON, &sb);
	has_str(sb.data, "\"rank\": 2, \"item_uid\": \"u12\", \"item\": \"Text reminders\", "
		    "\"group\": \"What could we try?\", \"dots\": 2, \"tied\": true, \"top\": true}",
		"json: the shared rank, tied, top");
	strbuf_finish(&sb);
	free(view);
	free(md);
	record_view_free(&v);
	test_long_entry();
	return tap_done();
}
