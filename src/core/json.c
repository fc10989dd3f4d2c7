/* json: the strict JSON reader behind `convene import`. Recursive descent
 * with a depth limit; every failure names its line and column. */
#include "convene/json.h"
#include "convene/text.h"
#include "convene/util.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

PRINTF_LIKE(2, 3) static bool fail(struct json_stream *r, const char *fmt, ...)
{
	if (r->failed)
		return false;
	r->failed = true;
	int n = snprintf(r->err, r->err_size, "line %d, column %zu: ", r->line,
			 r->at - r->line_start + 1);
	va_list ap;
	va_start(ap, fmt);
	if (n >= 0 && (size_t)n < r->err_size)
		vsnprintf(r->err + n, r->err_size - (size_t)n, fmt, ap);
	va_end(ap);
	return false;
}

static bool unexpected(struct json_stream *r)
{
	unsigned char c = (unsigned char)r->s[r->at];
	if (c >= 0x20 && c < 0x7f)
		return fail(r, "unexpected '%c'", c);
	return fail(r, "unexpected byte 0x%02x", c);
}

static void skip_space(struct json_stream *r)
{
	while (r->at < r->len) {
		char c = r->s[r->at];
		if (c == '\n') {
			r->line++;
			r->line_start = r->at + 1;
		} else if (c != ' ' && c != '\t' && c != '\r') {
			return;
		}
		r->at++;
	}
}

static bool literal(struct json_stream *r, const char *word, enum json_type type, struct json *out)
{
	size_t n = strlen(word);
	if (r->len - r->at < n || memcmp(r->s + r->at, word, n) != 0)
		return unexpected(r);
	r->at += n;
	out->type = type;
	return true;
}

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static bool number(struct json_stream *r, struct json *out)
{
	size_t start = r->at;
	bool integral = true;
	if (r->s[r->at] == '-')
		r->at++;
	if (r->at >= r->len || !is_digit(r->s[r->at]))
		return fail(r, "a number needs digits");
	if (r->s[r->at] == '0' && r->at + 1 < r->len && is_digit(r->s[r->at + 1]))
		return fail(r, "a number cannot start with 0");
	while (r->at < r->len && is_digit(r->s[r->at]))
		r->at++;
	if (r->at < r->len && r->s[r->at] == '.') {
		integral = false;
		r->at++;
		if (r->at >= r->len || !is_digit(r->s[r->at]))
			return fail(r, "a number needs digits after its point");
		while (r->at < r->len && is_digit(r->s[r->at]))
			r->at++;
	}
	if (r->at < r->len && (r->s[r->at] == 'e' || r->s[r->at] == 'E')) {
		integral = false;
		r->at++;
		if (r->at < r->len && (r->s[r->at] == '+' || r->s[r->at] == '-'))
			r->at++;
		if (r->at >= r->len || !is_digit(r->s[r->at]))
			return fail(r, "a number needs digits in its exponent");
		while (r->at < r->len && is_digit(r->s[r->at]))
			r->at++;
	}
	char *copy = xstrndup(r->s + start, r->at - start);
	out->type = JSON_NUMBER;
	out->number = strtod(copy, NULL);
	if (integral) {
		errno = 0;
		long long v = strtoll(copy, NULL, 10);
		out->integral = errno == 0;
		out->integer = v;
	}
	free(copy);
	return true;
}

static int hex4(const char *p)
{
	int v = 0;
	for (int i = 0; i < 4; i++) {
		char c = p[i];
		v <<= 4;
		if (c >= '0' && c <= '9')
			v |= c - '0';
		else if (c >= 'a' && c <= 'f')
			v |= c - 'a' + 10;
		else if (c >= 'A' && c <= 'F')
			v |= c - 'A' + 10;
		else
			return -1;
	}
	return v;
}

static void add_utf8(struct strbuf *sb, uint32_t cp)
{
	if (cp < 0x80) {
		strbuf_addc(sb, (char)cp);
	} else if (cp < 0x800) {
		strbuf_addc(sb, (char)(0xC0 | (cp >> 6)));
		strbuf_addc(sb, (char)(0x80 | (cp & 0x3F)));
	} else if (cp < 0x10000) {
		strbuf_addc(sb, (char)(0xE0 | (cp >> 12)));
		strbuf_addc(sb, (char)(0x80 | ((cp >> 6) & 0x3F)));
		strbuf_addc(sb, (char)(0x80 | (cp & 0x3F)));
	} else {
		strbuf_addc(sb, (char)(0xF0 | (cp >> 18)));
		strbuf_addc(sb, (char)(0x80 | ((cp >> 12) & 0x3F)));
		strbuf_addc(sb, (char)(0x80 | ((cp >> 6) & 0x3F)));
		strbuf_addc(sb, (char)(0x80 | (cp & 0x3F)));
	}
}

/* A \u escape (the backslash and u already read), with its pair when it
 * is a high surrogate. */
static bool unicode_escape(struct json_stream *r, struct strbuf *sb)
{
	int hi = r->len - r->at >= 4 ? hex4(r->s + r->at) : -1;
	if (hi < 0)
		return fail(r, "\\u needs four hex digits");
	r->at += 4;
	uint32_t cp = (uint32_t)hi;
	if (hi >= 0xDC00 && hi <= 0xDFFF)
		return fail(r, "a lone low surrogate");
	if (hi >= 0xD800 && hi <= 0xDBFF) {
		int lo = r->len - r->at >= 6 && r->s[r->at] == '\\' && r->s[r->at + 1] == 'u' ?
				 hex4(r->s + r->at + 2) : -1;
		if (lo < 0xDC00 || lo > 0xDFFF)
			return fail(r, "a high surrogate without its low one");
		r->at += 6;
		cp = 0x10000 + (((uint32_t)hi - 0xD800) << 10) + ((uint32_t)lo - 0xDC00);
	}
	if (cp == 0)
		return fail(r, "a string cannot hold \\u0000");
	add_utf8(sb, cp);
	return true;
}

static bool string(struct json_stream *r, char **out)
{
	r->at++; /* the opening quote */
	struct strbuf sb;
	strbuf_init(&sb);
	for (;;) {
		if (r->at >= r->len) {
			strbuf_finish(&sb);
			return fail(r, "a string is not closed");
		}
		unsigned char c = (unsigned char)r->s[r->at];
		if (c == '"') {
			r->at++;
			break;
		}
		if (c < 0x20) {
			strbuf_finish(&sb);
			return fail(r, "a control character in a string");
		}
		if (c != '\\') {
			size_t run = r->at;
			while (run < r->len && r->s[run] != '"' && r->s[run] != '\\' &&
			       (unsigned char)r->s[run] >= 0x20)
				run++;
			strbuf_addn(&sb, r->s + r->at, run - r->at);
			r->at = run;
			continue;
		}
		r->at++;
		char e = r->at < r->len ? r->s[r->at++] : '\0';
		const char *plain = strchr("\"\\/bfnrt", e);
		if (e && plain) {
			static const char to[] = "\"\\/\b\f\n\r\t";
			strbuf_addc(&sb, to[plain - "\"\\/bfnrt"]);
		} else if (e == 'u') {
			if (!unicode_escape(r, &sb)) {
				strbuf_finish(&sb);
				return false;
			}
		} else {
			strbuf_finish(&sb);
			return fail(r, "an unknown escape in a string");
		}
	}
	if (!text_valid_utf8(sb.data, sb.len)) {
		strbuf_finish(&sb);
		return fail(r, "a string is not valid UTF-8");
	}
	*out = strbuf_take(&sb);
	return true;
}

static bool value(struct json_stream *r, struct json *out, int depth);

static bool array(struct json_stream *r, struct json *out, int depth)
{
	out->type = JSON_ARRAY;
	r->at++;
	skip_space(r);
	if (r->at < r->len && r->s[r->at] == ']') {
		r->at++;
		return true;
	}
	for (;;) {
		out->items = array_grow(out->items, out->n, sizeof *out->items);
		if (!value(r, &out->items[out->n++], depth + 1))
			return false;
		skip_space(r);
		if (r->at < r->len && r->s[r->at] == ',') {
			r->at++;
			continue;
		}
		if (r->at < r->len && r->s[r->at] == ']') {
			r->at++;
			return true;
		}
		return fail(r, "expected ',' or ']' in an array");
	}
}

static bool object(struct json_stream *r, struct json *out, int depth)
{
	out->type = JSON_OBJECT;
	r->at++;
	skip_space(r);
	if (r->at < r->len && r->s[r->at] == '}') {
		r->at++;
		return true;
	}
	for (;;) {
		skip_space(r);
		if (r->at >= r->len || r->s[r->at] != '"')
			return fail(r, "expected a member name in quotes");
		char *key;
		if (!string(r, &key))
			return false;
		if (json_get(out, key)) {
			free(key);
			return fail(r, "the member name is there twice");
		}
		out->items = array_grow(out->items, out->n, sizeof *out->items);
		out->keys = array_grow(out->keys, out->n, sizeof *out->keys);
		out->keys[out->n] = key;
		memset(&out->items[out->n], 0, sizeof *out->items);
		out->n++;
		skip_space(r);
		if (r->at >= r->len || r->s[r->at] != ':')
			return fail(r, "expected ':' after a member name");
		r->at++;
		if (!value(r, &out->items[out->n - 1], depth + 1))
			return false;
		skip_space(r);
		if (r->at < r->len && r->s[r->at] == ',') {
			r->at++;
			continue;
		}
		if (r->at < r->len && r->s[r->at] == '}') {
			r->at++;
			return true;
		}
		return fail(r, "expected ',' or '}' in an object");
	}
}

static bool value(struct json_stream *r, struct json *out, int depth)
{
	memset(out, 0, sizeof *out);
	skip_space(r);
	out->line = r->line;
	out->col = (int)(r->at - r->line_start + 1);
	if (depth > JSON_MAX_DEPTH)
		return fail(r, "nested deeper than %d", JSON_MAX_DEPTH);
	if (r->at >= r->len)
		return fail(r, "the text ends where a value should be");
	switch (r->s[r->at]) {
	case '{':
		return object(r, out, depth);
	case '[':
		return array(r, out, depth);
	case '"':
		out->type = JSON_STRING;
		return string(r, &out->string);
	case 't':
		return literal(r, "true", JSON_TRUE, out);
	case 'f':
		return literal(r, "false", JSON_FALSE, out);
	case 'n':
		return literal(r, "null", JSON_NULL, out);
	default:
		if (r->s[r->at] == '-' || is_digit(r->s[r->at]))
			return number(r, out);
		return unexpected(r);
	}
}

void json_stream_init(struct json_stream *js, const char *text, size_t len, char *err,
		      size_t err_size)
{
	*js = (struct json_stream){ text, len, 0, 1, 0, err, err_size, false };
	if (err_size)
		err[0] = '\0';
	/* A byte order mark is not JSON, but editors add one. */
	if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
		js->at = 3;
}

bool json_stream_take(struct json_stream *js, char c)
{
	skip_space(js);
	if (js->at < js->len && js->s[js->at] == c) {
		js->at++;
		return true;
	}
	return false;
}

bool json_stream_value(struct json_stream *js, struct json *out)
{
	if (value(js, out, 0))
		return true;
	json_free(out);
	return false;
}

bool json_stream_string(struct json_stream *js, char **out)
{
	skip_space(js);
	if (js->at >= js->len || js->s[js->at] != '"')
		return fail(js, "expected a string");
	return string(js, out);
}

bool json_stream_fail(struct json_stream *js, const char *what)
{
	return fail(js, "%s", what);
}

bool json_stream_at_end(struct json_stream *js)
{
	skip_space(js);
	return js->at >= js->len;
}

bool json_parse(const char *text, size_t len, struct json *out, char *err, size_t err_size)
{
	struct json_stream r;
	json_stream_init(&r, text, len, err, err_size);
	bool ok = json_stream_value(&r, out);
	if (ok && !json_stream_at_end(&r))
		ok = fail(&r, "more text after the end of the value");
	if (!ok) {
		json_free(out);
		memset(out, 0, sizeof *out);
	}
	return ok;
}

void json_free(struct json *j)
{
	for (size_t i = 0; i < j->n; i++) {
		json_free(&j->items[i]);
		if (j->keys)
			free(j->keys[i]);
	}
	free(j->items);
	free(j->keys);
	free(j->string);
	memset(j, 0, sizeof *j);
}

const struct json *json_get(const struct json *j, const char *key)
{
	if (!j || j->type != JSON_OBJECT)
		return NULL;
	for (size_t i = 0; i < j->n; i++)
		if (strcmp(j->keys[i], key) == 0)
			return &j->items[i];
	return NULL;
}
