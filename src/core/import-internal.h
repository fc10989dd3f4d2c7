/* import-internal: what the files of the import share: the context that
 * names where a message points, and the checked readers of fields. */
#ifndef CONVENE_IMPORT_INTERNAL_H
#define CONVENE_IMPORT_INTERNAL_H

#include "convene/import.h"
#include "convene/json.h"
#include "convene/text.h"
#include "convene/util.h"

struct ctx {
	char *err;
	size_t err_size;
	size_t meeting; /* 1-based, for messages */
	const char *list; /* the list being read, or NULL */
	size_t index;
};

/* Writes a message naming the meeting, the list entry and the line; false. */
bool import_bad(struct ctx *c, const struct json *at, const char *fmt, ...) PRINTF_LIKE(3, 4);
/* A text member; null is accepted (as NULL) only when it is optional. */
bool import_str(struct ctx *c, const struct json *o, const char *key, bool optional, char **out);
bool import_num(struct ctx *c, const struct json *o, const char *key, int64_t min, int64_t max,
		int64_t *out);
bool import_flag(struct ctx *c, const struct json *o, const char *key, bool *out);
/* A UTC time as convene writes it: 2026-11-22T10:04:00Z. */
bool import_time_ok(const char *s);
bool import_when(struct ctx *c, const struct json *o, const char *key, bool optional, char **out);
/* Says that value, read at key, is not a name in the state's name table
 * (states.h, meeting.h); always false. */
bool import_not_one(struct ctx *c, const struct json *o, const char *key, const char *value);
/* The list named key, every entry an object; names it in later messages. */
bool import_list(struct ctx *c, const struct json *doc, const char *key, const struct json **out);
/* A step number (1-based in the file) as an index into r's steps. */
bool import_step_of(struct ctx *c, const struct json *o, const struct meeting_record *r,
		    size_t *out);
/* A member named by uid (null when optional): 1 + its attendance index. */
bool import_member_of(struct ctx *c, const struct json *o, const char *key,
		      const struct meeting_record *r, bool optional, int64_t *out);

/* A uid as convene makes them (store_new_uid): 32 lowercase hex digits. */
bool import_uid(struct ctx *c, const struct json *o, const char *key, bool optional, char **out);
/* A name or title: text on one line, not blank, without control characters. */
bool import_name(struct ctx *c, const struct json *o, const char *key, char **out);

/* Checks a meeting read against those read before it in the file (see
 * import-seen.c): false (the message written) when a uid is used twice for
 * different things; *repeat when it is a copy of a meeting read before. */
bool import_seen_check(struct import_seen **seen, struct ctx *c, const struct json *doc,
		       const struct meeting_record *m, bool *repeat);
void import_seen_free(struct import_seen *seen);

/* The whole record of one meeting document. */
bool import_meeting(struct ctx *c, const struct json *doc, struct meeting_record *r);

#endif
