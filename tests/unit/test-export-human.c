/* The formats people read: the plain text for an email (no Markdown, the
 * talking points first, wrapped at 72 columns, local dates in words, read
 * back point by point) and the HTML handout (self-contained, escaped, a
 * print stylesheet); --what talking-points carries the points alone. */
#include "convene/export.h"
#include "convene/i18n.h"
#include "convene/text.h"
#include "convene/util.h"
#include "tap.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The record is made of literals, held in its char * fields and never
 * freed. */
#if defined(__clang__)
#pragma clang diagnostic ignored "-Wincompatible-pointer-types-discards-qualifiers"
#elif defined(__GNUC__)
#pragma GCC diagnostic ignored "-Wdiscarded-qualifiers"
#endif

#define LONG_POINT                                                                            \
	"Every school sets aside forty-five minutes a week, in the contract day, for teachers " \
	"to observe one another and talk about what they saw, with no evaluation attached."

static struct meeting_record sample(const char *team)
{
	static struct attendee att[] = {
		{ 1, "Ana Pérez", "District", true, 0, "m-ana", false, false },
		{ 2, "Ben Okafor", "Teachers union", true, 1, "m-ben", false, false },
	};
	static struct step_record steps[] = {
		{ .kind = "text", .title = "Check-in", .items_step = -1 },
		{ .kind = "talking-points", .title = "Talking points", .items_step = -1 },
	};
	static struct item_record items[] = {
		{ 10, "u10", 0, "feel", "Tired but hopeful", "2026-11-22T10:02:00Z", false, 1 },
	};
	static struct group_record groups[] = {
		{ .step = 0, .key = "feel", .title = "How are you arriving?" },
	};
	static char *both[] = { "District", "Teachers union" }, *one[] = { "District" };
	static char *when[] = { "2026-11-22T10:29:00Z", "2026-11-22T10:30:00Z" };
	static struct point_record points[] = {
		{ .id = 20, .uid = "p20", .step = 1, .text = "We pilot peer observation in two schools.",
		  .agreed_by = both, .agreed_at = when, .n_agreed = 2 },
		{ .id = 21, .uid = "p21", .step = 1, .text = LONG_POINT, .agreed_by = both,
		  .agreed_at = when, .n_agreed = 2, .agreed_text = "Every school sets time aside.",
		  .corrected_by = "Ana Pérez", .corrected_at = "2026-11-23T09:00:00Z" },
		{ .id = 22, .uid = "p22", .step = 1, .text = "A draft nobody but the district confirmed.",
		  .agreed_by = one, .agreed_at = when, .n_agreed = 1 },
	};
	static struct action_record actions[] = {
		{ .id = 40, .uid = "a40", .step = 1, .text = "Ask the board", .status = ACTION_OPEN },
	};
	static struct meeting_role roles[] = { { "Facilitator", 1, "Ana Pérez" } };
	static struct amendment_record amendments[] = {
		{ "talking point reworded", "Every school sets time aside.", LONG_POINT,
		  "Said more exactly", "2026-11-23T09:00:00Z" },
	};
	struct meeting_record r = {
		.info = { .id = 7, .uid = "m7", .team_id = 1, .team_name = (char *)team,
			  .title = "Talking Points", .protocol_id = "talking-points",
			  .status = MEETING_APPROVED, .started_at = "2026-11-22T10:00:00Z",
			  .closed_at = "2026-11-22T11:00:00Z", .approved_at = "2026-11-23T08:00:00Z" },
		.attendees = att, .n_attendees = 2, .steps = steps, .n_steps = 2,
		.items = items, .n_items = 1, .groups = groups, .n_groups = 1,
		.points = points, .n_points = 3, .actions = actions, .n_actions = 1,
		.roles = roles, .n_roles = 1, .amendments = amendments, .n_amendments = 1,
	};
	return r;
}

static char *export(const struct meeting_record *r, size_t n, unsigned what, enum export_format f)
{
	struct strbuf sb;
	strbuf_init(&sb);
	export_meetings(r, n, what, f, &sb);
	return sb.data;
}

/* Markup a Markdown reader would act on, in lines the program wrote. */
static const char *markdown_in(const char *text)
{
	static const char *const inline_marks[] = { "**", "__", "~~", "`", "[ ]", "[x]", "](", "\\" };
	for (size_t i = 0; i < sizeof inline_marks / sizeof *inline_marks; i++)
		if (strstr(text, inline_marks[i]))
			return inline_marks[i];
	static const char *const line_starts[] = { "#", "- ", "* ", "+ ", "> ", "|", "---", "===" };
	for (const char *line = text; *line; line = strchr(line, '\n') ? strchr(line, '\n') + 1 : "")
		for (size_t i = 0; i < sizeof line_starts / sizeof *line_starts; i++)
			if (strncmp(line, line_starts[i], strlen(line_starts[i])) == 0)
				return line_starts[i];
	return NULL;
}

/* Every line at most 72 cells, none ending in a space, no tab, no control:
 * what pastes cleanly into an email. */
static void lines_clean(const char *text, const char *what)
{
	int widest = 0;
	bool trailing = false, control = false;
	for (const char *p = text; *p;) {
		const char *nl = strchr(p, '\n');
		size_t len = nl ? (size_t)(nl - p) : strlen(p);
		char *line = xasprintf("%.*s", (int)len, p);
		int w = text_width(line);
		widest = w > widest ? w : widest;
		trailing |= len && line[len - 1] == ' ';
		for (size_t i = 0; i < len; i++)
			control |= (unsigned char)line[i] < 0x20;
		free(line);
		p += len + (nl != NULL);
	}
	ok(widest <= 72, "txt %s: lines at most 72 cells (widest %d)", what, widest);
	ok(!trailing, "txt %s: no line ends in a space", what);
	ok(!control, "txt %s: no tab or control", what);
	ok(*text && text[strlen(text) - 1] == '\n', "txt %s: ends with a newline", what);
}

/* Reads the talking points back out of the plain text: each numbered
 * item with its wrapped lines joined, up to a note under it (a draft's, a
 * correction's) or the next heading. */
static size_t read_points(const char *text, char out[][512], size_t max)
{
	size_t n = 0;
	bool in_point = false;
	const char *p = strstr(text, "Talking points\n");
	for (p = p ? strchr(p, '\n') + 1 : ""; *p && n <= max;) {
		const char *nl = strchr(p, '\n');
		int len = (int)(nl ? (size_t)(nl - p) : strlen(p));
		size_t digits = strspn(p, "0123456789");
		bool indented = len > 3 && strncmp(p, "   ", 3) == 0;
		if (digits && p[digits] == '.' && p[digits + 1] == ' ' && n < max) {
			snprintf(out[n++], 512, "%.*s", len - (int)digits - 2, p + digits + 2);
			in_point = true;
		} else if (indented && (strncmp(p + 3, "Draft", 5) == 0 || strncmp(p + 3, "Wording", 7) == 0)) {
			in_point = false;
		} else if (indented && in_point) {
			size_t have = strlen(out[n - 1]);
			snprintf(out[n - 1] + have, 512 - have, " %.*s", len - 3, p + 3);
		} else if (len && !indented && n) {
			break; /* the next heading */
		}
		p += len + (nl != NULL);
	}
	return n;
}

static void test_txt(void)
{
	struct meeting_record r = sample("Riverside Team");
	char *points = export(&r, 1, EXPORT_POINTS, EXPORT_TXT);
	char *all = export(&r, 1, EXPORT_ALL, EXPORT_TXT);
	const char *mark = markdown_in(points);
	ok(!mark, "txt: the talking points carry no Markdown (found %s)", mark ? mark : "none");
	mark = markdown_in(all);
	ok(!mark, "txt: the full notes carry no Markdown (found %s)", mark ? mark : "none");
	lines_clean(points, "talking points");
	lines_clean(all, "full notes");

	/* Local time, in words: 10:00 UTC is 2:00 am in PST (TZ=PST+8). */
	has_str(points, "Sunday 22 November 2026, 2:00 am", "txt: the meeting's date and time, local, in words");
	ok(!strstr(points, "2026-11-22T"), "txt: no stored (ISO, UTC) time");
	has_str(points, "Talking Points — Riverside Team", "txt: the title and the team");

	/* What goes to constituents: the agreed points alone. */
	ok(!strstr(points, "Present"), "txt talking points: no attendance");
	ok(!strstr(points, "Roles") && !strstr(points, "Facilitator"), "txt talking points: no roles");
	ok(!strstr(points, "Amendment") && !strstr(points, "Said more exactly") &&
	   !strstr(points, "Wording corrected"), "txt talking points: no amendment or its reason");
	ok(!strstr(points, "A draft nobody"), "txt talking points: no draft");
	ok(!strstr(points, "Ask the board") && !strstr(points, "Tired"),
	   "txt talking points: nothing but the points");

	/* The full notes: the points first, then the rest. */
	const char *tp = strstr(all, "Talking points\n"), *notes = strstr(all, "Meeting notes\n");
	const char *present = strstr(all, "Present: 2 of 2"), *step = strstr(all, "1. Check-in\n");
	ok(tp && notes && present && step && tp < notes && notes < present && present < step,
	   "txt --what all: the talking points first, then attendance and the steps");
	has_str(all, "Roles: Facilitator: Ana Pérez.", "txt --what all: the roles");
	has_str(all, "Reason: Said more exactly", "txt --what all: the amendment's reason");
	has_str(all, "Draft: not yet confirmed by Teachers union.", "txt --what all: a draft says so");
	has_str(all, "• Ask the board — no owner yet (open)", "txt --what all: an action item, bulleted in words");

	/* Read back: each agreed point's words whole, in order. */
	char got[8][512] = { { 0 } };
	size_t n = read_points(points, got, 8);
	ok(n == 2, "txt read back: two agreed points (%zu)", n);
	is_str(got[0], r.points[0].text, "txt read back: the first point's words");
	is_str(got[1], r.points[1].text, "txt read back: a long point's words, unwrapped");
	ok(strstr(points, "2. Every school sets aside forty-five minutes a week, in the contract\n   day,") != NULL,
	   "txt: a long point wraps under its words");
	n = read_points(all, got, 8);
	ok(n == 3 && strcmp(got[1], r.points[1].text) == 0,
	   "txt read back from the full notes: the points, a corrected one's words as they are now");

	/* Several meetings: one after another, a rule between them. */
	struct meeting_record two[2] = { r, sample("Hillside Team") };
	char *both = export(two, 2, EXPORT_POINTS, EXPORT_TXT);
	const char *a = strstr(both, "Riverside Team"), *b = strstr(both, "Hillside Team");
	const char *rule = strstr(both, "\n────");
	ok(a && b && rule && a < rule && rule < b, "txt: two meetings, one after the other, a rule between");
	lines_clean(both, "two meetings");
	free(both);
	free(points);
	free(all);
}

static size_t count(const char *s, const char *what)
{
	size_t n = 0;
	for (const char *p = s; (p = strstr(p, what)); p += strlen(what))
		n++;
	return n;
}

static void test_html(void)
{
	struct meeting_record r = sample("<b>&\"x'");
	char *points = export(&r, 1, EXPORT_POINTS, EXPORT_HTML);
	char *all = export(&r, 1, EXPORT_ALL, EXPORT_HTML);
	struct strbuf one;
	strbuf_init(&one);
	export_meeting(&r, EXPORT_POINTS, EXPORT_HTML, &one);
	const char *pages[] = { points, all, one.data };
	for (size_t i = 0; i < 3; i++) {
		const char *h = pages[i];
		ok(strncmp(h, "<!DOCTYPE html>\n<html lang=\"", 28) == 0, "html %zu: a page with its language", i);
		has_str(h, "<html lang=\"en\">", "html: lang from the interface's language");
		has_str(h, "<meta charset=\"utf-8\">", "html: UTF-8");
		ok(!strstr(h, "<script") && !strstr(h, "<SCRIPT"), "html %zu: no script", i);
		ok(!strstr(h, "http://") && !strstr(h, "https://") && !strstr(h, "src=") &&
		   !strstr(h, "href=") && !strstr(h, "<link") && !strstr(h, "url("),
		   "html %zu: nothing fetched from anywhere", i);
		ok(strstr(h, "@media print") && strstr(h, "@page") && strstr(h, "break-inside:avoid"),
		   "html %zu: a print stylesheet, points never split across pages", i);
		ok(!strstr(h, "<b>&\"x'"), "html %zu: a team named <b>&\"x' never raw", i);
		has_str(h, "&lt;b&gt;&amp;&quot;x&#39;", "html: the name escaped");
		static const char *const tags[] = { "html", "head", "body", "style", "article", "ol", "ul", "li",
						    "h1", "h2", "p" };
		bool balanced = true;
		for (size_t t = 0; t < sizeof tags / sizeof *tags; t++) {
			char open[16], open_attr[16], close[16];
			snprintf(open, sizeof open, "<%s>", tags[t]);
			snprintf(open_attr, sizeof open_attr, "<%s ", tags[t]);
			snprintf(close, sizeof close, "</%s>", tags[t]);
			balanced &= count(h, open) + count(h, open_attr) == count(h, close);
		}
		ok(balanced, "html %zu: every element closed", i);
		ok(strstr(h, "</html>\n") && strlen(strstr(h, "</html>\n")) == 8, "html %zu: ends with </html>", i);
	}
	has_str(points, "<li value=\"1\">We pilot peer observation in two schools.</li>",
		"html: the agreed points, numbered");
	ok(!strstr(points, "Present") && !strstr(points, "Facilitator") && !strstr(points, "Said more"),
	   "html talking points: no attendance, roles or amendment reasons");
	has_str(points, "Official notes, approved by the team on Monday 23 November 2026, 12:00 am.",
		"html: who approved the notes, and when, local");
	has_str(one.data, "<title>Talking Points — &lt;b&gt;&amp;&quot;x&#39;</title>",
		"html of one meeting: titled by the meeting and its team, escaped");
	ok(strstr(all, "<h2>Talking points</h2>") < strstr(all, "<h2>Meeting notes</h2>"),
	   "html --what all: the talking points first");
	strbuf_finish(&one);
	free(points);
	free(all);
}

int main(void)
{
	/* Local times, in a zone that needs no tzdata. */
	setenv("TZ", "PST+8", 1);
	test_txt();
	test_html();
	return tap_done();
}
