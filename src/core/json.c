/* json: the strict JSON reader behind `convene import`. Recursive descent
 * with a depth limit; every failure names its line and column. The text is
 * in memory or read from a file through a window (json.h), so every byte is
 * reached through more(), which refills the window when it runs out. */
#include "convene/i18n.h"
#include "convene/json.h"
#include "convene/text.h"
#include "convene/util.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Where the cursor is in the input. */
static size_t pos(const struct json_stream *r)
{
	return r->base + r->at;
}

PRINTF_LIKE(2, 3) static bool fail(struct json_stream *r, const char *fmt, ...)
{
	if (r->failed)
		return false;
	r->failed = true;
	int n = snprintf(r->err, r->err_size, _("line %d, column %zu: "), r->line,
			 pos(r) - r->line_start + 1);
	va_list ap;
	va_start(ap, fmt);
	if (n >= 0 && (size_t)n < r->err_size)
		vsnprintf(r->err + n, r->err_size - (size_t)n, fmt, ap);
	va_end(ap);
	return false;
}

/* Reads more of the file so that need bytes are in hand at the cursor, when
 * there is a file and it holds them. What is before the cursor is let go:
 * nothing looks back, so the window never holds more than JSON_WINDOW. */
static bool refill(struct json_stream *r, size_t need)
{
	if (!r->in || r->eof || r->failed)
		return false;
	size_t left = r->len - r->at;
	memmove(r->buf, r->buf + r->at, left);
	r->base += r->at;
	r->at = 0;
	r->len = left;
	while (r->len - r->at < need && !r->eof) {
		size_t got = fread(r->buf + r->len, 1, r->window - r->len, r->in);
		r->len += got;
		if (got == 0 && ferror(r->in)) {
			r->read_errno = errno ? errno : EIO;
			r->eof = true;
			return fail(r, _("the file could not be read: %s"), strerror(r->read_errno));
		}
		r->eof = got == 0;
		/* A byte order mark is not JSON, but editors add one. */
		if (!r->bom_checked && (r->len >= 3 || r->eof)) {
			r->bom_checked = true;
			if (r->len >= 3 && memcmp(r->buf, "\xEF\xBB\xBF", 3) == 0)
				r->at = 3;
		}
	}
	return r->len - r->at >= need;
}

/* True when need bytes are in hand at the cursor (see refill). */
static inline bool more(struct json_stream *r, size_t need)
{
	return r->len - r->at >= need || refill(r, need);
}

/* The byte at the cursor, or -1 at the end. */
static int peek(struct json_stream *r)
{
	return more(r, 1) ? (unsigned char)r->s[r->at] : -1;
}

/* One value (json_stream_value) is not allowed past its limits. */
static bool too_big(struct json_stream *r)
{
	if (r->max_bytes && pos(r) - r->value_start > r->max_bytes) {
		fail(r, _("one value is larger than %zu MiB"), r->max_bytes >> 20);
		r->over = JSON_TOO_LONG;
		return true;
	}
	if (r->max_values && r->values > r->max_values) {
		fail(r, _("one value holds more than %zu values"), r->max_values);
		r->over = JSON_TOO_MANY;
		return true;
	}
	return false;
}

static bool unexpected(struct json_stream *r)
{
	int c = peek(r);
	if (c >= 0x20 && c < 0x7f)
		return fail(r, _("unexpected '%c'"), c);
	return fail(r, _("unexpected byte 0x%02x"), c);
}

static void skip_space(struct json_stream *r)
{
	while (more(r, 1)) {
		for (; r->at < r->len; r->at++) {
			char c = r->s[r->at];
			if (c == '\n') {
				r->line++;
				r->line_start = pos(r) + 1;
			} else if (c != ' ' && c != '\t' && c != '\r') {
				return;
			}
		}
	}
}

static bool literal(struct json_stream *r, const char *word, enum json_type type, struct json *out)
{
	size_t n = strlen(word);
	if (!more(r, n) || memcmp(r->s + r->at, word, n) != 0)
		return unexpected(r);
	r->at += n;
	out->type = type;
	return true;
}

static bool is_digit(int c)
{
	return c >= '0' && c <= '9';
}

/* A number is copied as it is read (the window may move under it); convene
 * writes none longer than 20 characters. */
#define NUMBER_MAX 400
struct number_text {
	char s[NUMBER_MAX + 4]; /* digits stop at NUMBER_MAX; a sign, a point, an e */
	size_t n;
};

static bool digits(struct json_stream *r, struct number_text *t)
{
	while (is_digit(peek(r))) {
		if (t->n >= NUMBER_MAX)
			return fail(r, _("a number longer than %d characters"), NUMBER_MAX);
		t->s[t->n++] = r->s[r->at++];
	}
	return true;
}

static bool number(struct json_stream *r, struct json *out)
{
	struct number_text t = { .n = 0 };
	bool integral = true;
	if (peek(r) == '-')
		t.s[t.n++] = r->s[r->at++];
	if (!is_digit(peek(r)))
		return fail(r, _("a number needs digits"));
	if (r->s[r->at] == '0' && more(r, 2) && is_digit(r->s[r->at + 1]))
		return fail(r, _("a number cannot start with 0"));
	if (!digits(r, &t))
		return false;
	if (peek(r) == '.') {
		integral = false;
		t.s[t.n++] = r->s[r->at++];
		if (!is_digit(peek(r)))
			return fail(r, _("a number needs digits after its point"));
		if (!digits(r, &t))
			return false;
	}
	if (peek(r) == 'e' || peek(r) == 'E') {
		integral = false;
		t.s[t.n++] = r->s[r->at++];
		if (peek(r) == '+' || peek(r) == '-')
			t.s[t.n++] = r->s[r->at++];
		if (!is_digit(peek(r)))
			return fail(r, _("a number needs digits in its exponent"));
		if (!digits(r, &t))
			return false;
	}
	t.s[t.n] = '\0';
	out->type = JSON_NUMBER;
	out->number = strtod(t.s, NULL);
	if (integral) {
		errno = 0;
		long long v = strtoll(t.s, NULL, 10);
		out->integral = errno == 0;
		out->integer = v;
	}
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
	int hi = more(r, 4) ? hex4(r->s + r->at) : -1;
	if (hi < 0)
		return fail(r, _("\\u needs four hex digits"));
	r->at += 4;
	uint32_t cp = (uint32_t)hi;
	if (hi >= 0xDC00 && hi <= 0xDFFF)
		return fail(r, _("a lone low surrogate"));
	if (hi >= 0xD800 && hi <= 0xDBFF) {
		int lo = more(r, 6) && r->s[r->at] == '\\' && r->s[r->at + 1] == 'u' ?
				 hex4(r->s + r->at + 2) : -1;
		if (lo < 0xDC00 || lo > 0xDFFF)
			return fail(r, _("a high surrogate without its low one"));
		r->at += 6;
		cp = 0x10000 + (((uint32_t)hi - 0xD800) << 10) + ((uint32_t)lo - 0xDC00);
	}
	if (cp == 0)
		return fail(r, _("a string cannot hold \\u0000"));
	add_utf8(sb, cp);
	return true;
}

/* The string's text after its opening quote, into sb. */
static bool string_text(struct json_stream *r, struct strbuf *sb)
{
	for (;;) {
		int c = peek(r);
		if (c < 0)
			return fail(r, _("a string is not closed"));
		if (c == '"') {
			r->at++;
			return true;
		}
		if (c < 0x20)
			return fail(r, _("a control character in a string"));
		if (c != '\\') {
			size_t run = r->at;
			while (run < r->len && r->s[run] != '"' && r->s[run] != '\\' &&
			       (unsigned char)r->s[run] >= 0x20)
				run++;
			strbuf_addn(sb, r->s + r->at, run - r->at);
			r->at = run;
			if (too_big(r))
				return false;
			continue;
		}
		r->at++;
		int e = peek(r);
		const char *plain = e > 0 ? strchr("\"\\/bfnrt", e) : NULL;
		if (e > 0)
			r->at++;
		if (plain) {
			static const char to[] = "\"\\/\b\f\n\r\t";
			strbuf_addc(sb, to[plain - "\"\\/bfnrt"]);
		} else if (e == 'u') {
			if (!unicode_escape(r, sb))
				return false;
		} else {
			return fail(r, _("an unknown escape in a string"));
		}
	}
}

static bool string(struct json_stream *r, char **out)
{
	r->at++; /* the opening quote */
	struct strbuf sb;
	strbuf_init(&sb);
	if (!string_text(r, &sb)) {
		strbuf_finish(&sb);
		return false;
	}
	if (!text_valid_utf8(sb.data, sb.len)) {
		strbuf_finish(&sb);
		return fail(r, _("a string is not valid UTF-8"));
	}
	*out = strbuf_take(&sb);
	return true;
}

static bool value(struct json_stream *r, struct json *out, int depth);

/* Takes c when it comes next (after white space). */
static bool take(struct json_stream *r, char c)
{
	skip_space(r);
	if (peek(r) == c) {
		r->at++;
		return true;
	}
	return false;
}

static bool array(struct json_stream *r, struct json *out, int depth)
{
	out->type = JSON_ARRAY;
	r->at++;
	if (take(r, ']'))
		return true;
	for (;;) {
		out->items = array_grow(out->items, out->n, sizeof *out->items);
		if (!value(r, &out->items[out->n++], depth + 1))
			return false;
		if (take(r, ','))
			continue;
		if (take(r, ']'))
			return true;
		return fail(r, _("expected ',' or ']' in an array"));
	}
}

/* An object's members from the first name on; key, when not NULL, is the
 * first name, already read (and taken over). */
static bool members(struct json_stream *r, struct json *out, int depth, char *key)
{
	for (;;) {
		if (!key) {
			skip_space(r);
			if (peek(r) != '"')
				return fail(r, _("expected a member name in quotes"));
			if (!string(r, &key))
				return false;
		}
		if (out->n == JSON_MAX_MEMBERS) {
			free(key);
			return fail(r, _("an object with more than %d members"), JSON_MAX_MEMBERS);
		}
		if (json_get(out, key)) {
			free(key);
			return fail(r, _("the member name is there twice"));
		}
		out->items = array_grow(out->items, out->n, sizeof *out->items);
		out->keys = array_grow(out->keys, out->n, sizeof *out->keys);
		out->keys[out->n] = key;
		key = NULL;
		memset(&out->items[out->n], 0, sizeof *out->items);
		out->n++;
		if (!take(r, ':'))
			return fail(r, _("expected ':' after a member name"));
		if (!value(r, &out->items[out->n - 1], depth + 1))
			return false;
		if (take(r, ','))
			continue;
		if (take(r, '}'))
			return true;
		return fail(r, _("expected ',' or '}' in an object"));
	}
}

static bool object(struct json_stream *r, struct json *out, int depth)
{
	out->type = JSON_OBJECT;
	r->at++;
	if (take(r, '}'))
		return true;
	return members(r, out, depth, NULL);
}

static bool value(struct json_stream *r, struct json *out, int depth)
{
	memset(out, 0, sizeof *out);
	skip_space(r);
	out->line = r->line;
	out->col = (int)(pos(r) - r->line_start + 1);
	if (depth > JSON_MAX_DEPTH)
		return fail(r, _("nested deeper than %d"), JSON_MAX_DEPTH);
	r->values++;
	if (too_big(r))
		return false;
	int c = peek(r);
	switch (c) {
	case -1:
		return fail(r, _("the text ends where a value should be"));
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
		if (c == '-' || is_digit(c))
			return number(r, out);
		return unexpected(r);
	}
}

/* A byte order mark is not JSON, but editors add one. */
static void skip_bom(struct json_stream *js)
{
	if (js->len >= 3 && memcmp(js->s, "\xEF\xBB\xBF", 3) == 0)
		js->at = 3;
}

void json_stream_init(struct json_stream *js, const char *text, size_t len, char *err,
		      size_t err_size)
{
	*js = (struct json_stream){ .s = text, .len = len, .line = 1, .err = err,
				    .err_size = err_size };
	if (err_size)
		err[0] = '\0';
	skip_bom(js);
}

void json_stream_init_file(struct json_stream *js, FILE *in, char *err, size_t err_size)
{
	char *buf = xmalloc(JSON_WINDOW);
	*js = (struct json_stream){ .s = buf, .buf = buf, .window = JSON_WINDOW, .in = in, .line = 1,
				    .err = err, .err_size = err_size };
	if (err_size)
		err[0] = '\0';
	/* Nothing is read yet: the first refill skips a byte order mark. */
}

void json_stream_close(struct json_stream *js)
{
	free(js->buf);
	js->buf = NULL;
	js->s = NULL;
	js->len = js->at = 0;
}

void json_stream_limit(struct json_stream *js, size_t max_bytes, size_t max_values)
{
	js->max_bytes = max_bytes;
	js->max_values = max_values;
}

bool json_stream_take(struct json_stream *js, char c)
{
	return take(js, c);
}

/* Each value read from the outside starts its own count against the limits. */
static void begin_value(struct json_stream *js)
{
	skip_space(js);
	js->value_start = pos(js);
	js->values = 0;
}

bool json_stream_value(struct json_stream *js, struct json *out)
{
	begin_value(js);
	if (value(js, out, 0))
		return true;
	json_free(out);
	return false;
}

bool json_stream_object_rest(struct json_stream *js, char *key, int line, int col,
			     struct json *out)
{
	begin_value(js);
	memset(out, 0, sizeof *out);
	out->type = JSON_OBJECT;
	out->line = line;
	out->col = col;
	js->values = 1;
	if (members(js, out, 0, key))
		return true;
	json_free(out);
	return false;
}

bool json_stream_string(struct json_stream *js, char **out)
{
	skip_space(js);
	if (peek(js) != '"')
		return fail(js, _("expected a string"));
	return string(js, out);
}

bool json_stream_fail(struct json_stream *js, const char *what)
{
	return fail(js, "%s", what);
}

bool json_stream_at_end(struct json_stream *js)
{
	skip_space(js);
	return !js->failed && !more(js, 1);
}

void json_stream_where(struct json_stream *js, int *line, int *col)
{
	skip_space(js);
	*line = js->line;
	*col = (int)(pos(js) - js->line_start + 1);
}

bool json_parse(const char *text, size_t len, struct json *out, char *err, size_t err_size)
{
	struct json_stream r;
	json_stream_init(&r, text, len, err, err_size);
	bool ok = json_stream_value(&r, out);
	if (ok && !json_stream_at_end(&r))
		ok = fail(&r, _("more text after the end of the value"));
	if (!ok) {
		json_free(out);
		memset(out, 0, sizeof *out);
	}
	return ok;
}
