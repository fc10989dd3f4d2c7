/* import: a JSON export read back into meeting records (see import.h).
 * Every field is checked here, before the store writes anything, and a
 * message names the meeting, the list and the line of what is wrong. */
#include "import-internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static bool has_all_contents(const struct json *doc)
{
	static const char *const needed[] = { "talking-points", "drafts", "decisions", "actions",
					      "focus", "ratings", "items", "votes" };
	const struct json *v = json_get(doc, "contents");
	if (!v || v->type != JSON_ARRAY)
		return false;
	for (size_t i = 0; i < ARRAY_LEN(needed); i++) {
		bool found = false;
		for (size_t k = 0; k < v->n && !found; k++)
			found = v->items[k].type == JSON_STRING && strcmp(v->items[k].string, needed[i]) == 0;
		if (!found)
			return false;
	}
	return true;
}

static bool document(struct ctx *c, const struct json *doc, struct meeting_record *r)
{
	const struct json *format = json_get(doc, "format");
	const struct json *version = json_get(doc, "format_version");
	if (doc->type != JSON_OBJECT || !format || format->type != JSON_STRING ||
	    strcmp(format->string, "convene-export") != 0)
		return import_bad(c, doc, "this is not a convene export (it has no \"format\": "
				   "\"convene-export\")");
	if (!version || version->type != JSON_NUMBER || !version->integral || version->integer != 1)
		return import_bad(c, doc, "this export's format version is not one this convene reads "
				   "(it reads version 1); a newer convene made it");
	if (!has_all_contents(doc))
		return import_bad(c, doc, "this export holds only part of the record; make the file with "
				   "`convene export --what all --format json`");
	return import_meeting(c, doc, r);
}

bool import_parse(const char *text, size_t len, struct import_file *out, char *err,
		  size_t err_size)
{
	memset(out, 0, sizeof *out);
	struct json root;
	char jerr[160];
	if (!json_parse(text, len, &root, jerr, sizeof jerr)) {
		snprintf(err, err_size, "this is not valid JSON: %s", jerr);
		return false;
	}
	struct ctx c = { err, err_size, 1, NULL, 0 };
	const struct json *many = json_get(&root, "meetings");
	bool ok;
	if (root.type == JSON_OBJECT && many && !json_get(&root, "format")) {
		ok = many->type == JSON_ARRAY || import_bad(&c, many, "\"meetings\" must be a list");
		if (ok) {
			out->meetings = xcalloc(many->n ? many->n : 1, sizeof *out->meetings);
			for (size_t i = 0; ok && i < many->n; i++) {
				c.meeting = i + 1;
				ok = document(&c, &many->items[i], &out->meetings[i]);
				out->n = i + 1;
			}
		}
	} else {
		out->meetings = xcalloc(1, sizeof *out->meetings);
		out->n = 1;
		ok = document(&c, &root, &out->meetings[0]);
	}
	json_free(&root);
	if (!ok)
		import_file_free(out);
	return ok;
}

void import_file_free(struct import_file *f)
{
	meeting_records_free(f->meetings, f->n);
	memset(f, 0, sizeof *f);
}
