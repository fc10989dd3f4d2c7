/* The exports, byte for byte: a meeting record with every shape of record
 * and awkward text (quotes, backslashes, accents, a tab, a carriage return,
 * controls, bytes that are not UTF-8, a scale below zero) written in each
 * format and compared with the files in tests/data/export/, which the
 * printf-based writers wrote before the JSON export was made fast. A
 * change of a single byte in any format fails here. GENERATE=1 writes the
 * files anew (only for an intended change of format, after reading the
 * diff). */
#include "source-root.h"
#include "convene/export.h"
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

static struct meeting_record awkward_record(void)
{
	static struct attendee att[] = {
		{ 1, "Ana Pérez", "District", true, 0, "m-ana", false, false },
		{ 2, "Ben \"Jr.\" O\\Neil", "Teachers union", true, 1, "m-ben", false, false },
		{ 3, "Cy\tTab", "Classified union", false, 2, "m-cy", true, false },
	};
	static struct attendance_change changes[] = {
		{ 2, true, "2026-11-22T10:12:00Z" }, { 3, true, "2026-11-22T10:20:00Z" },
		{ 3, false, "2026-11-22T10:40:00Z" },
	};
	static struct step_record steps[] = {
		{ .kind = "text", .title = "Intro\r\nline two", .planned_seconds = 180,
		  .actual_ms = 200999, .items_step = -1, .protocol_id = "p-intro" },
		{ .kind = "rating", .title = "Rate", .planned_seconds = 900, .actual_ms = 600000,
		  .items_step = -1 },
		{ .kind = "vote", .title = "Vote ✓", .items_step = 0, .vote_top = 2, .vote_dots = 3,
		  .vote_counting = true },
	};
	static struct vote_record votes[] = {
		{ 2, 13, 1, "Ana Pérez", 2 }, { 2, 10, 2, "Ben \"Jr.\" O\\Neil", 1 },
		{ 2, 13, 2, "Ben \"Jr.\" O\\Neil", 1 }, { 2, 12, 1, "Ana Pérez", 3 },
	};
	static struct rating_record ratings[] = {
		{ 1, 0, "goals", "Goals", 0, 1, "Ana Pérez", "District", -2, -2, 2, "2026-11-22T10:00:00Z" },
		{ 1, 0, "goals", "Goals", 1, 2, "Ben \"Jr.\" O\\Neil", "Teachers union", 1, -2, 2,
		  "2026-11-22T10:00:05Z" },
		{ 1, 1, "trust", "=Trust\x7f", 0, 1, "Ana Pérez", "District", 5, 1, 7,
		  "2026-11-22T10:01:00Z" },
		{ 1, 1, "trust", "=Trust\x7f", 1, 2, NULL, NULL, 7, 1, 7, "2026-11-22T10:01:05Z" },
	};
	/* A version (the store's count of changes) that no export may write. */
	static struct item_record items[] = {
		{ 10, "u10", 0, "expected", "A calm night, \"on time\"\nthen \\ rain", "2026-11-22T10:02:00Z",
		  false, 5 },
		{ 11, "u11", 0, "happened", "=ran late \x01\x1b[2J bad \xff\xfe byte", "2026-11-22T10:03:00Z",
		  false, 5 },
		{ 12, "u12", 0, "expected", "the secret part", "2026-11-22T10:04:00Z", true, 5 },
		{ 13, "u13", 0, "expected", "Families came early — 早く", "2026-11-22T10:05:00Z", false, 5 },
	};
	static struct group_record groups[] = {
		{ .step = 0, .key = "expected", .title = "What was expected?" },
		{ .step = 0, .key = "happened", .title = "What actually occurred?" },
	};
	static char *by_both[] = { "District", "Teachers union" }, *by_one[] = { "District" };
	static char *when[] = { "2026-11-22T10:29:00Z", "2026-11-22T10:30:00Z" };
	static struct point_record points[] = {
		{ .id = 20, .uid = "p20", .step = 0, .text = "We pilot peer observation.",
		  .agreed_by = by_both, .agreed_at = when, .n_agreed = 2,
		  .updated_at = "2026-11-22T10:30:00Z" },
		{ .id = 21, .uid = "p21", .step = 0, .text = "=Schedules stay \"the same\"",
		  .agreed_by = by_one, .n_agreed = 1, .updated_at = "2026-11-22T10:31:00Z",
		  .agreed_text = "Schedules stay\tthe same", .corrected_by = "Ana Pérez",
		  .corrected_at = "2026-11-22T10:35:00Z" },
	};
	static struct decision_record decisions[] = {
		{ .id = 30, .uid = "d30", .step = 1, .topic = "Adopt the pilot", .point_id = "consensus",
		  .point_title = "The team decides by consensus", .text = "Pilot in two schools",
		  .reasons = "Teachers asked, at no cost", .fist = { 0, 0, 1, 2, 3, 3 }, .fist_taken = true,
		  .status = DECISION_DECIDED, .updated_at = "2026-11-22T10:40:00Z" },
		{ .id = 31, .uid = "d31", .step = 1, .topic = "Reopen \"it\"", .text = "Stop",
		  .status = DECISION_DECIDED, .reopens_uid = "d30", .reopen_info = "new facts",
		  .reopen_votes = 7, .reopen_present = 9, .updated_at = "2026-11-22T10:45:00Z" },
	};
	static struct action_record actions[] = {
		{ .id = 40, .uid = "a40", .step = 1, .text = "Pilot in two schools", .owner = 2,
		  .owner_name = "Ben \"Jr.\" O\\Neil", .due = "2027-03-01", .status = ACTION_DONE,
		  .updated_at = "2026-11-22T10:50:00Z", .item_uid = "u10" },
		{ .id = 41, .uid = "a41", .step = 1, .text = "Ask the board", .status = ACTION_OPEN,
		  .updated_at = "2026-11-22T10:51:00Z" },
	};
	static struct focus_record focus[] = {
		{ .step = 0, .norm_id = "listen", .norm_name = "We listen", .picked_at = "2026-11-22T10:01:00Z" },
	};
	static struct meeting_role roles[] = { { "Facilitator", 1, "Ana Pérez" },
					      { "Note taker", 9, "Guest" } };
	static struct amendment_record amendments[] = {
		{ "entry", "old \"words\"", "new words", "typo", "2026-11-23T09:00:00Z" },
	};
	struct meeting_record r = {
		.info = { .id = 1234567, .uid = "abc", .team_id = 1, .team_name = "Team \"A\" \\ B",
			  .title = "Assessment\tweek", .protocol_id = "team-assessment",
			  .protocol_version = "1", .mode = RATING_BLIND, .status = MEETING_APPROVED,
			  .started_at = "2026-11-22T10:00:00Z", .closed_at = "2026-11-22T11:00:00Z",
			  .team_uid = "t-1", .approved_at = "2026-11-23T08:00:00Z" },
		.attendees = att, .n_attendees = 3, .steps = steps, .n_steps = 3,
		.votes = votes, .n_votes = 4, .points = points, .n_points = 2,
		.decisions = decisions, .n_decisions = 2, .actions = actions, .n_actions = 2,
		.ratings = ratings, .n_ratings = 4, .items = items, .n_items = 4,
		.groups = groups, .n_groups = 2, .focus = focus, .n_focus = 1, .roles = roles,
		.n_roles = 2, .amendments = amendments, .n_amendments = 1, .changes = changes,
		.n_changes = 3,
	};
	return r;
}

static const struct {
	const char *name;
	unsigned what;
	enum export_format format;
} cases[] = {
	{ "all.json", EXPORT_ALL, EXPORT_JSON },
	{ "points.json", EXPORT_POINTS, EXPORT_JSON },
	{ "drafts.json", EXPORT_POINTS | EXPORT_DRAFTS, EXPORT_JSON },
	{ "all.md", EXPORT_ALL, EXPORT_MD },
	{ "all.csv", EXPORT_ALL, EXPORT_CSV },
	{ "all.txt", EXPORT_ALL, EXPORT_TXT },
	{ "points.txt", EXPORT_POINTS, EXPORT_TXT },
	{ "all.html", EXPORT_ALL, EXPORT_HTML },
	{ "points.html", EXPORT_POINTS, EXPORT_HTML },
};

int main(void)
{
	/* The notes write local times: these are the UTC ones, in words. */
	setenv("TZ", "UTC", 1);
	struct meeting_record r = awkward_record();
	/* Two meetings, as the export of a history writes them. */
	struct meeting_record two[2] = { r, r };
	two[1].info.id = 0;
	two[1].n_ratings = 0;
	two[1].n_attendees = 0;
	bool generate = getenv("GENERATE") && strcmp(getenv("GENERATE"), "1") == 0;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct strbuf sb;
		strbuf_init(&sb);
		export_meetings(two, 2, cases[i].what, cases[i].format, &sb);
		char *path = xasprintf("%s/../tests/data/export/%s", CONVENE_SOURCE_PROTOCOLS,
				       cases[i].name);
		if (generate) {
			FILE *f = fopen(path, "wb");
			ok(f && fwrite(sb.data, 1, sb.len, f) == sb.len && fclose(f) == 0,
			   "%s written", cases[i].name);
		} else {
			size_t len = 0;
			char *want = read_file(path, 1 << 20, &len);
			ok(want && len == sb.len && memcmp(want, sb.data, len) == 0,
			   "%s: the same bytes as tests/data/export/%s", cases[i].name, cases[i].name);
			if (!want || len != sb.len || memcmp(want, sb.data, len) != 0)
				tap_diag("got", sb.data);
			free(want);
		}
		free(path);
		strbuf_finish(&sb);
	}
	return tap_done();
}
