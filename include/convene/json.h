/*
 * json: a strict reader of JSON (RFC 8259) into a tree, for importing
 * exports. It refuses what the RFC refuses (trailing commas, comments,
 * leading zeros, lone surrogates, invalid UTF-8, control characters in
 * strings) and what convene cannot hold (NUL in a string, nesting deeper
 * than JSON_MAX_DEPTH, objects of more than JSON_MAX_MEMBERS members), and
 * says where: line and column.
 */
#ifndef CONVENE_JSON_H
#define CONVENE_JSON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#define JSON_MAX_DEPTH 64
/* Names are looked for one by one (json_get), so an object with a million
 * would cost a trillion comparisons; convene writes none with thirty. */
#define JSON_MAX_MEMBERS 10000

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
 * one meeting at a time: from a text in memory, or from a file through a
 * window of JSON_WINDOW bytes, so that reading a file of any size holds
 * only the value being read. The fields are the reader's own.
 */
#define JSON_WINDOW ((size_t)64 * 1024)
struct json_stream {
	const char *s; /* the bytes in hand: the whole text, or the window */
	size_t len, at;
	size_t base; /* where s[0] is in the input */
	FILE *in; /* NULL when s is the whole text */
	char *buf;
	size_t window; /* bytes of buf used: JSON_WINDOW; a test may set fewer before reading */
	bool eof, bom_checked;
	int line;
	size_t line_start; /* where the line starts in the input */
	/* Limits on one value (json_stream_value), 0 for none. */
	size_t max_bytes, max_values;
	size_t value_start, values;
	enum { JSON_WITHIN, JSON_TOO_LONG, JSON_TOO_MANY } over; /* which limit failed */
	char *err;
	size_t err_size;
	bool failed;
	int read_errno; /* the file could not be read (the message says why) */
};
/* Starts at the first byte (after a byte order mark); messages go to err. */
void json_stream_init(struct json_stream *js, const char *text, size_t len, char *err,
		      size_t err_size);
/* The same, reading the file in from where it is; free with json_stream_close. */
void json_stream_init_file(struct json_stream *js, FILE *in, char *err, size_t err_size);
void json_stream_close(struct json_stream *js);
/* Limits each value json_stream_value reads to max_bytes of text and
 * max_values values (0: no limit), so one value cannot take all memory. */
void json_stream_limit(struct json_stream *js, size_t max_bytes, size_t max_values);
/* Skips white space; takes c and returns true when it comes next. */
bool json_stream_take(struct json_stream *js, char c);
/* The next value, whole. False (with the message written) on an error. */
bool json_stream_value(struct json_stream *js, struct json *out);
/* The rest of an object whose '{' and first member name (key, taken over)
 * were read, from the ':' on; line and col are where the '{' was. */
bool json_stream_object_rest(struct json_stream *js, char *key, int line, int col,
			     struct json *out);
/* A member name or other string at the cursor. */
bool json_stream_string(struct json_stream *js, char **out);
/* Fails with a message at the cursor, unless an earlier one was written. */
bool json_stream_fail(struct json_stream *js, const char *what);
/* True when only white space is left (and nothing failed). */
bool json_stream_at_end(struct json_stream *js);
/* Where the cursor is: the line, and the column in bytes. */
void json_stream_where(struct json_stream *js, int *line, int *col);

/* Parses len bytes. On failure returns false and writes a message with its
 * line and column into err. Free the tree with json_free. */
bool json_parse(const char *text, size_t len, struct json *out, char *err, size_t err_size);
void json_free(struct json *j);

/* The value of an object's member, NULL when there is none (or j is not
 * an object). */
const struct json *json_get(const struct json *j, const char *key);

/* A digest of a value: the same for the same value, whatever its spacing,
 * so two copies of one meeting can be told from two different meetings. */
uint64_t json_digest(const struct json *j);

#endif
