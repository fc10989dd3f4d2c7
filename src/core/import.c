/* import: a JSON export read back into meeting records (see import.h).
 * Every field is checked here, before the store writes anything, and a
 * message names the meeting, the list and the line of what is wrong. */
#include "convene/i18n.h"
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
		return import_bad(c, doc, _("this is not a convene export (it has no \"format\": "
				   "\"convene-export\")"));
	if (!version || version->type != JSON_NUMBER || !version->integral || version->integer != 1)
		return import_bad(c, doc, _("this export's format version is not one this convene reads "
				   "(it reads version 1); a newer convene made it"));
	if (!has_all_contents(doc))
		return import_bad(c, doc, _("this export holds only part of the record; make the file with "
				   "`convene export --what all --format json`"));
	return import_meeting(c, doc, r);
}

static void opened(struct import_reader *r, char *err, size_t err_size)
{
	r->err = err;
	r->err_size = err_size;
	json_stream_limit(&r->js, IMPORT_MEETING_MAX_BYTES, IMPORT_MEETING_MAX_VALUES);
}

void import_open(struct import_reader *r, const char *text, size_t len, char *err,
		 size_t err_size)
{
	*r = (struct import_reader){ .state = IMPORT_START };
	json_stream_init(&r->js, text, len, err, err_size);
	opened(r, err, err_size);
}

void import_open_file(struct import_reader *r, FILE *in, char *err, size_t err_size)
{
	*r = (struct import_reader){ .state = IMPORT_START };
	json_stream_init_file(&r->js, in, err, err_size);
	opened(r, err, err_size);
}

void import_close(struct import_reader *r)
{
	json_stream_close(&r->js);
	json_free(&r->first);
	import_seen_free(r->seen);
	r->seen = NULL;
	r->has_first = false;
	r->state = IMPORT_DONE;
}

/* A JSON error, in the words of the messages about fields. */
static int not_json(struct import_reader *r)
{
	char jerr[200];
	snprintf(jerr, sizeof jerr, "%s", r->err);
	if (r->js.over == JSON_TOO_LONG)
		snprintf(r->err, r->err_size, _("meeting %zu (line %d) is a meeting larger than %zu MiB; "
			 "convene writes none that comes near"), r->meeting + 1, r->line,
			 IMPORT_MEETING_MAX_BYTES >> 20);
	else if (r->js.over == JSON_TOO_MANY)
		snprintf(r->err, r->err_size, _("meeting %zu (line %d) is a meeting of more than %zu "
			 "values; convene writes none that comes near"), r->meeting + 1, r->line,
			 IMPORT_MEETING_MAX_VALUES);
	else if (!r->js.read_errno)
		snprintf(r->err, r->err_size, _("this is not valid JSON: %s"), jerr);
	r->state = IMPORT_DONE;
	return -1;
}

/* Where the file starts: {"meetings": [ ... ]} is read one meeting at a
 * time; anything else is one meeting's document (or no export at all). The
 * first member name tells which, and is never read twice: a file is read
 * once, front to back. 0, or -1 when the file is wrong. */
static int start(struct import_reader *r)
{
	int line, col;
	json_stream_where(&r->js, &line, &col);
	r->line = line;
	r->state = IMPORT_ONE;
	if (!json_stream_take(&r->js, '{'))
		return 0; /* read as a value: it says what it is */
	r->has_first = true;
	if (json_stream_take(&r->js, '}')) {
		r->first = (struct json){ .type = JSON_OBJECT, .line = line, .col = col };
		return 0;
	}
	char *key = NULL;
	if (!json_stream_string(&r->js, &key))
		return not_json(r);
	if (strcmp(key, "meetings") != 0) {
		if (!json_stream_object_rest(&r->js, key, line, col, &r->first))
			return not_json(r);
		return 0;
	}
	free(key);
	r->has_first = false;
	if (!json_stream_take(&r->js, ':')) {
		json_stream_fail(&r->js, _("expected ':' after a member name"));
		return not_json(r);
	}
	if (!json_stream_take(&r->js, '[')) {
		snprintf(r->err, r->err_size, _("this is not a convene export (its \"meetings\" is not "
			 "a list)"));
		r->state = IMPORT_DONE;
		return -1;
	}
	r->state = IMPORT_LIST;
	if (!json_stream_take(&r->js, ']'))
		return 0;
	r->state = IMPORT_DONE;
	if (!json_stream_take(&r->js, '}')) {
		json_stream_fail(&r->js, _("expected '}' after the list of meetings"));
		return not_json(r);
	}
	if (!json_stream_at_end(&r->js)) {
		json_stream_fail(&r->js, _("more text after the end of the value"));
		return not_json(r);
	}
	return 0;
}

int import_next(struct import_reader *r, struct meeting_record *out)
{
	memset(out, 0, sizeof *out);
	if (r->state == IMPORT_START && start(r) < 0)
		return -1;
	for (;;) {
		if (r->state == IMPORT_DONE)
			return 0;
		struct json doc;
		int col;
		json_stream_where(&r->js, &r->line, &col);
		if (r->has_first) {
			doc = r->first;
			r->first = (struct json){ .type = JSON_NULL };
			r->has_first = false;
		} else if (!json_stream_value(&r->js, &doc)) {
			return not_json(r);
		}
		bool last = r->state == IMPORT_ONE;
		if (r->state == IMPORT_LIST && !json_stream_take(&r->js, ',')) {
			last = true;
			if (!json_stream_take(&r->js, ']') || !json_stream_take(&r->js, '}')) {
				json_free(&doc);
				json_stream_fail(&r->js, _("expected ',' or ']' after a meeting"));
				return not_json(r);
			}
		}
		if (last && !json_stream_at_end(&r->js)) {
			json_free(&doc);
			json_stream_fail(&r->js, _("more text after the end of the value"));
			return not_json(r);
		}
		struct ctx c = { r->err, r->err_size, ++r->meeting, NULL, 0 };
		r->line = doc.line;
		bool repeat = false;
		bool ok = document(&c, &doc, out) &&
			  import_seen_check(&r->seen, &c, &doc, out, &repeat);
		json_free(&doc);
		r->state = last ? IMPORT_DONE : r->state;
		if (!ok) {
			meeting_record_free(out);
			r->state = IMPORT_DONE;
			return -1;
		}
		if (!repeat)
			return 1;
		/* A second copy of a meeting read before: read once. */
		meeting_record_free(out);
		memset(out, 0, sizeof *out);
		r->repeated++;
	}
}

bool import_parse(const char *text, size_t len, struct import_file *out, char *err,
		  size_t err_size)
{
	memset(out, 0, sizeof *out);
	struct import_reader r;
	import_open(&r, text, len, err, err_size);
	struct meeting_record one;
	int rc;
	while ((rc = import_next(&r, &one)) == 1) {
		out->meetings = array_grow(out->meetings, out->n, sizeof *out->meetings);
		out->meetings[out->n++] = one;
	}
	import_close(&r);
	if (rc < 0)
		import_file_free(out);
	return rc == 0;
}

void import_file_free(struct import_file *f)
{
	meeting_records_free(f->meetings, f->n);
	memset(f, 0, sizeof *f);
}
