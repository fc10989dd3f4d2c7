/* Tests of the JSON reader behind convene import: what RFC 8259 allows is
 * read exactly, what it refuses is refused with its line and column. */
#include "convene/json.h"
#include "convene/util.h"
#include "tap.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static bool parses(const char *text, struct json *out, char *err)
{
	return json_parse(text, strlen(text), out, err, 160);
}

/* The message for text, which must be refused. */
static const char *refused(const char *text)
{
	static char err[160];
	struct json j;
	if (parses(text, &j, err)) {
		json_free(&j);
		return "(accepted)";
	}
	return err;
}

/* text as a file, read back through the window. */
static FILE *as_file(const char *text, size_t len)
{
	FILE *f = tmpfile();
	if (f) {
		fwrite(text, 1, len, f);
		rewind(f);
	}
	return f;
}

/* The file reader against the reader of a text in memory, on values that
 * cross the window's edge anywhere: the same value, the same messages. */
static void read_from_a_file(void)
{
	/* A long string whose escapes and a surrogate pair straddle the edge,
	 * then a value that is refused far into the file. */
	struct strbuf sb;
	strbuf_init(&sb);
	strbuf_adds(&sb, "{\"a\": \"");
	for (size_t i = 0; sb.len < 3 * JSON_WINDOW; i++)
		strbuf_adds(&sb, i % 7 ? "xy\\u00e9z " : "\\ud83d\\ude00\\n");
	strbuf_adds(&sb, "\",\n \"b\": [1, -2.5e3, true, null],\n \"c\": 12345678901234}");
	struct json mem, file;
	char err[160];
	bool read = json_parse(sb.data, sb.len, &mem, err, sizeof err);
	ok(read, "a value longer than three windows, in memory");
	FILE *f = as_file(sb.data, sb.len);
	struct json_stream js;
	json_stream_init_file(&js, f, err, sizeof err);
	ok(f && json_stream_value(&js, &file) && json_stream_at_end(&js), "and from a file");
	ok(read && json_digest(&mem) == json_digest(&file) && file.n == 3 &&
	   strcmp(mem.items[0].string, file.items[0].string) == 0, "the same value");
	is_int(file.n == 3 ? file.items[1].line : 0, 2, "lines counted across the window");
	json_free(&mem);
	json_free(&file);
	json_stream_close(&js);
	fclose(f);

	strbuf_adds(&sb, "\n\n  [1, 2,]");
	f = as_file(sb.data, sb.len);
	json_stream_init_file(&js, f, err, sizeof err);
	ok(json_stream_value(&js, &file) && !json_stream_at_end(&js), "a value, then more");
	json_free(&file);
	ok(!json_stream_value(&js, &file), "a second value, refused");
	has_str(err, "line 5, column 9", "where, far into the file");
	json_stream_close(&js);
	fclose(f);
	char in_memory[160];
	json_stream_init(&js, sb.data, sb.len, in_memory, sizeof in_memory);
	if (json_stream_value(&js, &file))
		json_free(&file);
	ok(!json_stream_value(&js, &file) && strcmp(err, in_memory) == 0,
	   "the same message as from memory");

	f = as_file("\xEF\xBB\xBF [true]", 10);
	json_stream_init_file(&js, f, err, sizeof err);
	js.window = 8;
	ok(json_stream_value(&js, &file) && file.n == 1 && json_stream_at_end(&js),
	   "a file's byte order mark is skipped, whatever the window");
	json_free(&file);
	json_stream_close(&js);
	fclose(f);

	/* What one value may hold. */
	json_stream_init(&js, sb.data, sb.len, err, sizeof err);
	json_stream_limit(&js, JSON_WINDOW, 0);
	ok(!json_stream_value(&js, &file), "a value over its limit in bytes is refused");
	has_str(err, "larger than", "says so");
	strbuf_finish(&sb);
	strbuf_init(&sb);
	strbuf_adds(&sb, "[0");
	for (int i = 0; i < 2000; i++)
		strbuf_adds(&sb, ",0");
	strbuf_adds(&sb, "] [1]");
	json_stream_init(&js, sb.data, sb.len, err, sizeof err);
	json_stream_limit(&js, 0, 1000);
	ok(!json_stream_value(&js, &file), "a value holding too many values is refused");
	has_str(err, "more than 1000 values", "says so");
	strbuf_finish(&sb);
}

int main(void)
{
	struct json j;
	char err[160];
	ok(parses("{\"a\": [1, -2.5e3, true, false, null, \"x\"], \"b\": {}}", &j, err),
	   "an object with every kind of value");
	const struct json *a = json_get(&j, "a");
	ok(a && a->type == JSON_ARRAY && a->n == 6, "the array and its six values");
	if (a && a->n == 6) {
		ok(a->items[0].integral && a->items[0].integer == 1, "a whole number");
		ok(!a->items[1].integral && a->items[1].number == -2500.0, "a number with an exponent");
		ok(a->items[2].type == JSON_TRUE && a->items[3].type == JSON_FALSE &&
		   a->items[4].type == JSON_NULL, "true, false and null");
		is_str(a->items[5].string, "x", "a string");
	}
	ok(json_get(&j, "b") && json_get(&j, "b")->type == JSON_OBJECT && !json_get(&j, "c"),
	   "members found by name, a missing one is NULL");
	json_free(&j);

	ok(parses("\"\\u00e9\\ud83d\\ude00 \\\"q\\\" \\\\ \\/ \\n\\t\"", &j, err), "escapes");
	is_str(j.string, "\xC3\xA9\xF0\x9F\x98\x80 \"q\" \\ / \n\t", "decode to UTF-8, pairs joined");
	json_free(&j);
	ok(parses("\xEF\xBB\xBF[]", &j, err) && j.type == JSON_ARRAY && j.n == 0,
	   "a byte order mark is skipped");
	json_free(&j);
	ok(parses(" \n\t[\r\n]\n ", &j, err), "white space around values");
	json_free(&j);
	ok(parses("9223372036854775807", &j, err) && j.integral && j.integer == INT64_MAX,
	   "the largest whole number");
	json_free(&j);
	ok(parses("9223372036854775808", &j, err) && !j.integral, "one more is not a whole number");
	json_free(&j);

	has_str(refused("[1, 2,]"), "line 1, column 7", "a trailing comma, with where");
	has_str(refused("{\"a\": 1,\n \"a\": 2}"), "line 2", "a member twice");
	has_str(refused("{\"a\": 1,\n \"a\": 2}"), "twice", "says so");
	has_str(refused("012"), "cannot start with 0", "a leading zero");
	has_str(refused("1."), "after its point", "a point without digits");
	has_str(refused("-"), "needs digits", "a minus alone");
	has_str(refused("1e"), "exponent", "an empty exponent");
	has_str(refused("\"\\ud800\""), "high surrogate", "a lone high surrogate");
	has_str(refused("\"\\udc00\""), "low surrogate", "a lone low surrogate");
	has_str(refused("\"\\u0000\""), "\\u0000", "a NUL in a string");
	has_str(refused("\"\\u12\""), "four hex digits", "a short \\u escape");
	has_str(refused("\"\\x\""), "unknown escape", "an unknown escape");
	has_str(refused("\"a\tb\""), "control character", "a raw tab in a string");
	has_str(refused("\"\xC3\x28\""), "UTF-8", "invalid UTF-8");
	has_str(refused("\"abc"), "not closed", "an unclosed string");
	has_str(refused("[1] [2]"), "more text", "two values");
	has_str(refused(""), "ends where a value should be", "nothing at all");
	has_str(refused("{\"a\" 1}"), "':'", "a missing colon");
	has_str(refused("{a: 1}"), "member name in quotes", "an unquoted name");
	has_str(refused("[1 2]"), "',' or ']'", "a missing comma");
	has_str(refused("// c\n1"), "unexpected '/'", "a comment");
	has_str(refused("tru"), "unexpected 't'", "a cut literal");
	has_str(refused("\x01"), "byte 0x01", "a control byte shown as a number");
	char deep[200];
	memset(deep, '[', 70);
	memset(deep + 70, ']', 70);
	deep[140] = '\0';
	has_str(refused(deep), "nested deeper than 64", "nesting has a limit");
	memset(deep, '[', 60);
	memset(deep + 60, ']', 60);
	deep[120] = '\0';
	ok(parses(deep, &j, err), "sixty levels are fine");
	json_free(&j);

	struct strbuf wide;
	strbuf_init(&wide);
	strbuf_addc(&wide, '{');
	for (int i = 0; i <= JSON_MAX_MEMBERS; i++)
		strbuf_addf(&wide, "%s\"k%d\": 0", i ? ", " : "", i);
	strbuf_addc(&wide, '}');
	has_str(refused(wide.data), "more than 10000 members", "an object's members have a limit");
	strbuf_finish(&wide);
	read_from_a_file();
	return tap_done();
}
