/* Tests of the JSON reader behind convene import: what RFC 8259 allows is
 * read exactly, what it refuses is refused with its line and column. */
#include "convene/json.h"
#include "convene/util.h"
#include "tap.h"

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
	return tap_done();
}
