/* import-fields: the checked readers of an export's fields, each failure
 * a message that names the meeting, the list entry and the line. */
#include "import-internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

bool import_bad(struct ctx *c, const struct json *at, const char *fmt, ...)
{
	int n = snprintf(c->err, c->err_size, "meeting %zu", c->meeting);
	if (c->list && n >= 0 && (size_t)n < c->err_size)
		n += snprintf(c->err + n, c->err_size - (size_t)n, ", %s[%zu]", c->list, c->index);
	if (at && n >= 0 && (size_t)n < c->err_size)
		n += snprintf(c->err + n, c->err_size - (size_t)n, " (line %d)", at->line);
	if (n >= 0 && (size_t)n < c->err_size)
		n += snprintf(c->err + n, c->err_size - (size_t)n, ": ");
	va_list ap;
	va_start(ap, fmt);
	if (n >= 0 && (size_t)n < c->err_size)
		vsnprintf(c->err + n, c->err_size - (size_t)n, fmt, ap);
	va_end(ap);
	return false;
}

/* A string member; NULL is accepted (as NULL) only when it is optional. */
bool import_str(struct ctx *c, const struct json *o, const char *key, bool optional, char **out)
{
	*out = NULL;
	const struct json *v = json_get(o, key);
	if ((!v || v->type == JSON_NULL) && optional)
		return true;
	if (!v || v->type != JSON_STRING)
		return import_bad(c, o, "\"%s\" must be %s", key, optional ? "text or null" : "text");
	*out = xstrdup(v->string);
	return true;
}

bool import_num(struct ctx *c, const struct json *o, const char *key, int64_t min, int64_t max,
		int64_t *out)
{
	const struct json *v = json_get(o, key);
	if (!v || v->type != JSON_NUMBER || !v->integral || v->integer < min || v->integer > max)
		return import_bad(c, o, "\"%s\" must be a whole number from %lld to %lld", key,
			   (long long)min, (long long)max);
	*out = v->integer;
	return true;
}

bool import_flag(struct ctx *c, const struct json *o, const char *key, bool *out)
{
	const struct json *v = json_get(o, key);
	if (!v || (v->type != JSON_TRUE && v->type != JSON_FALSE))
		return import_bad(c, o, "\"%s\" must be true or false", key);
	*out = v->type == JSON_TRUE;
	return true;
}

/* A UTC time as convene writes it: 2026-11-22T10:04:00Z. */
bool import_time_ok(const char *s)
{
	static const char shape[] = "dddd-dd-ddTdd:dd:ddZ";
	if (!s || strlen(s) != sizeof shape - 1)
		return false;
	for (size_t i = 0; shape[i]; i++)
		if (shape[i] == 'd' ? s[i] < '0' || s[i] > '9' : s[i] != shape[i])
			return false;
	return true;
}

bool import_when(struct ctx *c, const struct json *o, const char *key, bool optional, char **out)
{
	if (!import_str(c, o, key, optional, out))
		return false;
	if (*out && !import_time_ok(*out))
		return import_bad(c, o, "\"%s\" must be a time like 2026-11-22T10:04:00Z", key);
	return true;
}

bool import_not_one(struct ctx *c, const struct json *o, const char *key, const char *value)
{
	return import_bad(c, o, "\"%s\" cannot be \"%s\"", key, value);
}

/* The list named key, every element an object; sets the context for messages. */
bool import_list(struct ctx *c, const struct json *doc, const char *key, const struct json **out)
{
	const struct json *v = json_get(doc, key);
	c->list = NULL;
	if (!v || v->type != JSON_ARRAY)
		return import_bad(c, doc, "\"%s\" must be a list", key);
	for (size_t i = 0; i < v->n; i++)
		if (v->items[i].type != JSON_OBJECT) {
			c->list = key;
			c->index = i;
			return import_bad(c, &v->items[i], "each entry must be an object");
		}
	c->list = key;
	*out = v;
	return true;
}

/* A step number (1-based in the file) as an index into r's steps. */
bool import_step_of(struct ctx *c, const struct json *o, const struct meeting_record *r,
		    size_t *out)
{
	int64_t v;
	if (!import_num(c, o, "step", 1, r->n_steps ? (int64_t)r->n_steps : 1, &v) || r->n_steps == 0)
		return r->n_steps ? false : import_bad(c, o, "the meeting has no steps");
	*out = (size_t)(v - 1);
	return true;
}

/* A member named by uid (or null when optional): 1 + its attendance index. */
bool import_member_of(struct ctx *c, const struct json *o, const char *key,
		      const struct meeting_record *r, bool optional, int64_t *out)
{
	char *uid;
	*out = 0;
	if (!import_str(c, o, key, optional, &uid))
		return false;
	if (!uid)
		return true;
	for (size_t i = 0; i < r->n_attendees; i++)
		if (strcmp(r->attendees[i].member_uid, uid) == 0)
			*out = (int64_t)i + 1;
	free(uid);
	return *out ? true : import_bad(c, o, "\"%s\" names nobody in the meeting's attendance", key);
}
