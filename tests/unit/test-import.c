/* Tests of convene import: an export read back gives the same export
 * (the round trip), importing twice changes nothing, meetings from two
 * databases gather into one, and a bad or foreign file is refused with a
 * message while the database stays as it was. */
#include "convene/demo.h"
#include "convene/store-review.h"
#include "convene/store-import.h"
#include "convene/export.h"
#include "convene/import.h"
#include "convene/session.h"
#include "fixture.h"
#include "selected.h"
#include "review-now.h"
#include "tap.h"

/* The JSON export of everything (of one team when team is not NULL). */
static char *export_all(struct store *s, const char *team)
{
	struct meeting_selection sel = { .team = team };
	struct selected x;
	bool found;
	selected_export(s, &sel, EXPORT_ALL, EXPORT_JSON, 4, &found, &x);
	return strbuf_take(&x.out);
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

/* The message import_parse gives for text, which it must refuse. */
static const char *refusal(const char *text)
{
	static char err[512];
	struct import_file f;
	if (import_parse(text, strlen(text), &f, err, sizeof err)) {
		import_file_free(&f);
		return "(accepted)";
	}
	return err;
}

/* text with its first `from` replaced by `to`. */
static char *replaced(const char *text, const char *from, const char *to)
{
	const char *at = strstr(text, from);
	if (!at)
		return xstrdup(text);
	return xasprintf("%.*s%s%s", (int)(at - text), text, to, at + strlen(from));
}

/* An after-action review with an entry off the record, approved, then amended. */
static void reviewed_meeting(struct fixture *f)
{
	bool present[] = { true, true };
	struct session s;
	enum meeting_result res;
	session_start(&s, f->store, f->team, present,
		      catalog_find(&f->catalog, "after-action-review"), RATING_NAMED, NULL, 0, 0);
	session_next(&s, 0, false, &res);
	session_next(&s, 0, false, &res);
	session_add_entry(&s, 0, "The bus was late");
	session_add_entry(&s, 0, "Something private");
	int64_t typo = s.engine.steps[2].entries[0].id, private = s.engine.steps[2].entries[1].id;
	int64_t id = s.meeting_id;
	session_close(&s, 0);
	session_finish(&s);
	review_now(f->store, REVIEW_ITEM, private, NULL, 1, NULL, NULL);
	store_approve_notes(f->store, id);
	review_now(f->store, REVIEW_ITEM, typo, "The bus was very late", -1, "Ana remembered", NULL);
}

/* Talking points: one agreed by both groups, its wording then corrected
 * in review (the agreed wording, who and when go with it). */
static void corrected_point(struct fixture *f)
{
	bool present[] = { true, true };
	struct session s;
	enum meeting_result res;
	session_start(&s, f->store, f->team, present, catalog_find(&f->catalog, "talking-points"),
		      RATING_NAMED, NULL, 0, 0);
	session_next(&s, 0, false, &res);
	session_add_entry(&s, 0, "We pilot peer observaton.");
	session_confirm(&s, 0, 0, true);
	session_confirm(&s, 0, 1, true);
	int64_t point = s.engine.steps[1].entries[0].id;
	session_close(&s, 0);
	session_finish(&s);
	review_now(f->store, REVIEW_POINT, point, "We pilot peer observation.", -1, NULL,
			   "Ana Ruiz");
}

/* A meeting with a guest, someone leaving and coming back, and a member
 * retired since: all of it goes through export and import. */
static void changing_meeting(struct fixture *f)
{
	int64_t guest;
	store_add_guest(f->store, f->team->id, "Gil Guest", "guest", &guest);
	struct team t = *f->team;
	struct member m[3] = { t.members[0], t.members[1],
			       { guest, NULL, (char *)"Gil Guest", (char *)"guest", true } };
	t.members = m;
	t.n_members = 3;
	bool present[] = { true, true, true };
	int64_t id;
	store_begin_meeting(f->store, &t, present, catalog_find(&f->catalog, "check-in"),
			    RATING_NAMED, NULL, 0, NULL, &id);
	store_set_present(f->store, id, m[1].id, false);
	store_set_present(f->store, id, m[1].id, true);
	store_set_present(f->store, id, guest, false);
	store_close_meeting(f->store, id);
	store_retire_member(f->store, m[1].id);
}

int main(void)
{
	struct fixture f;
	const struct new_member members[] = { { "Ana", "District" }, { "Ben", "Teachers union" } };
	if (!fixture_open(&f, "Reviewers", members, 2))
		return 1;
	reviewed_meeting(&f);
	corrected_point(&f);
	changing_meeting(&f);
	bool added;
	int64_t demo;
	ok(demo_add_team(f.store, &added, &demo) && demo_add_history(f.store, &f.catalog, demo, 12),
	   "a database with two teams' meetings");
	char *original = export_all(f.store, NULL);
	ok(!strstr(original, "Something private"), "the export leaves out what is off the record");
	has_str(original, "\"amended_at\"", "and carries the amendment");
	has_str(original, "\"guest\": true", "a guest is marked");
	ok(!strstr(original, "retired"), "a member retired since leaves the meeting's export as it was");
	has_str(original, "\"changes\": [{\"present\": false, \"at\": ", "and who left, when");
	has_str(original, "\"agreed_text\": \"We pilot peer observaton.\", \"corrected_by\": "
			  "\"Ana Ruiz\", \"corrected_at\": \"", "and the agreed wording of a corrected point");

	struct store *b = fixture_store(&f, "b.db");
	struct import_result res;
	ok(import_text(b, original, &res), "the export imports into an empty database");
	is_int(res.added, 15, "every meeting");
	is_int(res.teams, 2, "both teams");
	is_int(res.members, 12, "and their members and the guest");
	struct team_list tl;
	ok(store_list_teams(b, &tl) && tl.n == 2, "two teams");
	size_t listed = 0;
	for (size_t i = 0; i < tl.n; i++)
		if (strcmp(tl.teams[i].name, "Reviewers") == 0)
			listed = tl.teams[i].n_members;
	is_int(listed, 2, "the guest is not on the team's list");
	team_list_free(&tl);
	char *copy = export_all(b, NULL);
	ok(strcmp(copy, original) == 0, "export, import, export: the same file");
	free(copy);
	ok(import_text(b, original, &res) && res.added == 0 && res.already == 15 && res.members == 0,
	   "importing it again adds nothing");
	copy = export_all(b, NULL);
	ok(strcmp(copy, original) == 0, "and changes nothing");
	free(copy);

	/* Two laptops: each team's meetings exported apart, gathered in one. */
	char *one = export_all(f.store, "Reviewers");
	char *other = export_all(f.store, "Riverside Unified Learning Team");
	struct store *d = fixture_store(&f, "d.db");
	ok(import_text(d, other, &res) && res.added == 12, "one laptop's meetings");
	ok(import_text(d, one, &res) && res.added == 3, "and the other's");
	copy = export_all(d, NULL);
	ok(strcmp(copy, original) == 0, "gather into the same record");
	free(copy);
	free(one);
	free(other);
	store_close(d);

	/* From a file, through the reader's window: the same meetings. */
	FILE *file_in = tmpfile();
	fputs(original, file_in);
	rewind(file_in);
	struct import_reader rd;
	struct meeting_record rec;
	char rerr[512];
	size_t n_read = 0;
	int got;
	import_open_file(&rd, file_in, rerr, sizeof rerr);
	struct store *c2 = fixture_store(&f, "from-file.db");
	struct importer *im = store_import_begin(c2, &res);
	while ((got = import_next(&rd, &rec)) == 1) {
		n_read += store_import_meeting(im, &rec);
		meeting_record_free(&rec);
	}
	import_close(&rd);
	fclose(file_in);
	ok(strlen(original) > JSON_WINDOW && got == 0 && n_read == res.added && n_read > 1 &&
	   store_import_end(im, true), "a file longer than the window is read a meeting at a time");
	copy = export_all(c2, NULL);
	ok(strcmp(copy, original) == 0, "and gives the same record");
	free(copy);
	store_close(c2);

	/* One meeting of more than the limit is refused, whatever it holds. */
	char *big = xcalloc(IMPORT_MEETING_MAX_BYTES + 2, 1);
	memset(big, 'x', IMPORT_MEETING_MAX_BYTES + 1);
	char *huge = xasprintf("{\"meetings\": [{\"text\": \"%s\"}]}", big);
	free(big);
	has_str(refusal(huge), "meeting larger than 16 MiB", "a meeting over 16 MiB is refused");
	free(huge);
	struct strbuf many;
	strbuf_init(&many);
	strbuf_adds(&many, "{\"meetings\": [{\"x\": [0");
	for (size_t i = 0; i < IMPORT_MEETING_MAX_VALUES; i++)
		strbuf_adds(&many, ",0");
	strbuf_adds(&many, "]}]}");
	has_str(refusal(many.data), "more than 500000 values", "and so is one of too many values");
	strbuf_finish(&many);

	/* Bad files: refused, with a message, before anything is written. */
	has_str(refusal("{\"meetings\": [{\"a\": 1"), "not valid JSON: line 1", "broken JSON");
	has_str(refusal("{\"meetings\": [1, 2"), "meeting 1", "a list of something else");
	has_str(refusal("{\"meetings\": []}"), "(accepted)", "an empty list is no error");
	has_str(refusal("{\"meetings\": []} x"), "column 18", "but text after it is");
	has_str(refusal(""), "not valid JSON", "an empty file");
	has_str(refusal("{\"name\": \"a spreadsheet\"}"), "not a convene export", "a foreign file");
	has_str(refusal("[]"), "not a convene export", "a list");
	char *bad = replaced(original, "\"format_version\": 1", "\"format_version\": 2");
	has_str(refusal(bad), "a newer convene made it", "a newer format");
	free(bad);
	bad = replaced(original, "\"corrected_by\": \"Ana Ruiz\"", "\"corrected_by\": null");
	has_str(refusal(bad), "a corrected point needs", "an agreed wording without its corrector");
	free(bad);
	bad = replaced(original, "\"rating_mode\": \"named\"", "\"rating_mode\": \"loud\"");
	has_str(refusal(bad), "\"rating_mode\" cannot be \"loud\"", "a value it cannot hold");
	free(bad);
	bad = replaced(original, "\"rater_uid\": \"", "\"rater_uid\": \"nobody");
	has_str(refusal(bad), "ratings[0] (line", "a member who was not there: where");
	has_str(refusal(bad), "names nobody in the meeting's attendance", "and what");
	free(bad);
	bad = replaced(original, "\"started_at\": \"", "\"started_at\": \"yesterday");
	has_str(refusal(bad), "must be a time like", "a time that is not one");
	free(bad);
	bad = replaced(original, "\"value\": ", "\"value\": 99, \"was\": ");
	has_str(refusal(bad), "\"value\" must be a whole number from", "a rating off its scale");
	free(bad);
	bad = replaced(original, "\"step\": 1, \"kind\"", "\"step\": 7, \"kind\"");
	has_str(refusal(bad), "\"step\" must be a whole number from 1 to 1", "steps out of order");
	free(bad);
	struct meeting_selection sel = { 0 };
	struct selected points;
	bool found;
	selected_export(f.store, &sel, EXPORT_POINTS, EXPORT_JSON, 4, &found, &points);
	has_str(refusal(points.out.data), "--what all",
		"an export of part of the record says how to make one");
	strbuf_finish(&points.out);

	/* A file that is valid but clashes with this database: nothing written. */
	struct store *e = fixture_store(&f, "e.db");
	ok(import_text(e, original, &res), "a database holding the meetings");
	char *before = export_all(e, NULL);
	/* The reviewed meeting under a new uid: its entries' uids are taken. */
	const char *team = strstr(original, "\"team\": \"Reviewers\"");
	size_t at = team ? (size_t)(team - original) : 0;
	while (at > 0 && strncmp(original + at, "\"uid\": \"", 8) != 0)
		at--;
	char *renamed = xasprintf("%.*sffffffff%s", (int)at + 8, original, original + at + 16);
	struct import_file file;
	char err[512];
	ok(import_parse(renamed, strlen(renamed), &file, err, sizeof err), "reads: %s", err);
	size_t failed = 99;
	ok(!store_import_meetings(e, file.meetings, file.n, &res, &failed),
	   "entries whose uids are taken are refused");
	is_int(failed, 12, "naming the meeting (the last, most recent)");
	import_file_free(&file);
	char *after = export_all(e, NULL);
	ok(strcmp(before, after) == 0, "and the database is as it was");
	free(before);
	free(after);
	free(renamed);
	store_close(e);

	/* A reopened decision links to the one it reopens, wherever it is. */
	ok(import_parse(original, strlen(original), &file, err, sizeof err), "reads again");
	struct meeting_record *first = NULL, *later = NULL;
	for (size_t i = 0; i < file.n; i++)
		if (file.meetings[i].n_decisions)
			*(first ? &later : &first) = later ? later : &file.meetings[i];
	if (first && later) {
		free(later->decisions[0].reopens_uid);
		later->decisions[0].reopens_uid = xstrdup(first->decisions[0].uid);
		struct store *g = fixture_store(&f, "g.db");
		ok(store_import_meetings(g, file.meetings, file.n, &res, NULL), "imports");
		char key[24];
		struct meeting_record r;
		snprintf(key, sizeof key, "%lld", (long long)later->info.id);
		store_load_meeting(g, key, &found, &r);
		ok(found && r.n_decisions && r.decisions[0].reopens_uid &&
		   strcmp(r.decisions[0].reopens_uid, first->decisions[0].uid) == 0,
		   "the reopening links to the earlier decision");
		meeting_record_free(&r);
		store_close(g);
	} else {
		ok(false, "the history has two meetings with decisions");
	}
	import_file_free(&file);

	free(original);
	store_close(b);
	fixture_close(&f);
	return tap_done();
}
