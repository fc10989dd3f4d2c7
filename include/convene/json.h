/*
 * json: a strict reader of JSON (RFC 8259) into a tree, for importing
 * exports. It refuses what the RFC refuses (trailing commas, comments,
 * leading zeros, lone surrogates, invalid UTF-8, control characters in
 * strings) and what convene cannot hold (NUL in a string, nesting deeper
 * than JSON_MAX_DEPTH), and says where: line and column.
 */
#ifndef CONVENE_JSON_H
#define CONVENE_JSON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define JSON_MAX_DEPTH 64

enum json_type { JSON_NULL, JSON_FALSE, JSON_TRUE, JSON_NUMBER, JSON_STRING, JSON_ARRAY, JSON_OBJECT };

struct json {
	enum json_type type;
	double number;
	bool integral; /* a number written without fraction or exponent */
	int64_t integer; /* its value when integral and it fits */
	char *string; /* a string's text, NUL-terminated */
	size_t n; /* an array's elements or an object's members */
	struct json *items; /* the elements, or the members' values */
	char **keys; /* an object's member names, in file order */
	int line, col; /* where the value starts, for messages */
};

/*
 * Reading a long text value by value, so a file of many meetings is held
 * one meeting at a time. The fields are the reader's own.
 */
struct json_stream {
	const char *s;
	size_t len, at;
	int line;
	size_t line_start;
	char *err;
	size_t err_size;
	bool failed;
};
/* Starts at the first byte (after a byte order mark); messages go to err. */
void json_stream_init(struct json_stream *js, const char *text, size_t len, char *err,
		      size_t err_size);
/* Skips white space; takes c and returns true when it comes next. */
bool json_stream_take(struct json_stream *js, char c);
/* The next value, whole. False (with the message written) on an error. */
bool json_stream_value(struct json_stream *js, struct json *out);
/* A member name or other string at the cursor. */
bool json_stream_string(struct json_stream *js, char **out);
/* Fails with a message at the cursor, unless an earlier one was written. */
bool json_stream_fail(struct json_stream *js, const char *what);
/* True when only white space is left. */
bool json_stream_at_end(struct json_stream *js);

/* Parses len bytes. On failure returns false and writes a message with its
 * line and column into err. Free the tree with json_free. */
bool json_parse(const char *text, size_t len, struct json *out, char *err, size_t err_size);
void json_free(struct json *j);

/* The value of an object's member, NULL when there is none (or j is not
 * an object). */
const struct json *json_get(const struct json *j, const char *key);

#endif
