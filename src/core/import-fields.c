/* import-fields: the checked readers of an export's fields, each failure
 * a message that names the meeting, the list entry and the line. */
#include "convene/i18n.h"
#include "import-internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

bool import_bad(struct ctx *c, const struct json *at, const char *fmt, ...)
{
	int n = snprintf(c->err, c->err_size, _("meeting %zu"), c->meeting);
	if (c->list && n >= 0 && (size_t)n < c->err_size)
		n += snprintf(c->err + n, c->err_size - (size_t)n, ", %s[%zu]", c->list, c->index);
	if (at && n >= 0 && (size_t)n < c->err_size)
		n += snprintf(c->err + n, c->err_size - (size_t)n, _(" (line %d)"), at->line);
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
		return import_bad(c, o, _("\"%s\" must be %s"), key, optional ? _("text or null") : _("text"));
	*out = xstrdup(v->string);
	return true;
}

bool import_num(struct ctx *c, const struct json *o, const char *key, int64_t min, int64_t max,
		int64_t *out)
{
	const struct json *v = json_get(o, key);
	if (!v || v->type != JSON_NUMBER || !v->integral || v->integer < min || v->integer > max)
		return import_bad(c, o, _("\"%s\" must be a whole number from %lld to %lld"), key,
			   (long long)min, (long long)max);
	*out = v->integer;
	return true;
}

bool import_flag(struct ctx *c, const struct json *o, const char *key, bool *out)
{
	const struct json *v = json_get(o, key);
	if (!v || (v->type != JSON_TRUE && v->type != JSON_FALSE))
		return import_bad(c, o, _("\"%s\" must be true or false"), key);
	*out = v->type == JSON_TRUE;
	return true;
}

static int two(const char *s)
{
	return (s[0] - '0') * 10 + (s[1] - '0');
}

/* A UTC time as convene writes it (2026-11-22T10:04:00Z), and one that
 * was: no February 30, no 24:00, no leap second (gmtime never makes one). */
bool import_time_ok(const char *s)
{
	static const char shape[] = "dddd-dd-ddTdd:dd:ddZ";
	static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	if (!s || strlen(s) != sizeof shape - 1)
		return false;
	for (size_t i = 0; shape[i]; i++)
		if (shape[i] == 'd' ? s[i] < '0' || s[i] > '9' : s[i] != shape[i])
			return false;
	int year = two(s) * 100 + two(s + 2), month = two(s + 5), day = two(s + 8);
	bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
	if (month < 1 || month > 12 || day < 1 ||
	    day > days[month - 1] + (month == 2 && leap))
		return false;
	return two(s + 11) < 24 && two(s + 14) < 60 && two(s + 17) < 60;
}

/* Where the value of key is, for a message: the line of the value itself
 * (a member of an object written over several lines has its own). */
static const struct json *at_value(const struct json *o, const char *key)
{
	const struct json *v = json_get(o, key);
	return v ? v : o;
}

/* value for a message: on one line, without control characters, cut. */
static char *shown(const char *value)
{
	char *clean = text_sanitize(value, TEXT_ONE_LINE);
	char *cut = text_fit(clean, 40);
	free(clean);
	return cut;
}

bool import_when(struct ctx *c, const struct json *o, const char *key, bool optional, char **out)
{
	if (!import_str(c, o, key, optional, out))
		return false;
	if (*out && !import_time_ok(*out)) {
		char *v = shown(*out);
		import_bad(c, at_value(o, key), _("\"%s\" must be a time like 2026-11-22T10:04:00Z "
			   "(a day of the calendar, in UTC), not \"%s\""), key, v);
		free(v);
		return false;
	}
	return true;
}

static bool is_uid(const char *s)
{
	size_t n = 0;
	for (; s[n]; n++)
		if (!((s[n] >= '0' && s[n] <= '9') || (s[n] >= 'a' && s[n] <= 'f')))
			return false;
	return n == 32;
}

bool import_uid(struct ctx *c, const struct json *o, const char *key, bool optional, char **out)
{
	if (!import_str(c, o, key, optional, out))
		return false;
	if (!*out || is_uid(*out))
		return true;
	char *v = shown(*out);
	import_bad(c, at_value(o, key), _("\"%s\" must be a uid as convene makes them, 32 digits "
		   "0-9 and a-f, not \"%s\""), key, v);
	free(v);
	return false;
}

bool import_name(struct ctx *c, const struct json *o, const char *key, char **out)
{
	if (!import_str(c, o, key, false, out))
		return false;
	const char *s = *out;
	bool blank = true;
	for (const char *p = s; *p && blank; p++)
		blank = *p == ' ';
	if (blank)
		return import_bad(c, at_value(o, key), _("\"%s\" must not be empty"), key);
	for (const char *p = s; *p; p++)
		if ((unsigned char)*p < 0x20 || *p == 0x7f)
			return import_bad(c, at_value(o, key), _("\"%s\" must be one line of text, "
				   "without control characters"), key);
	if (text_find_forbidden(s, strlen(s)) >= 0)
		return import_bad(c, at_value(o, key), _("\"%s\" must be one line of text, without "
			   "control characters"), key);
	return true;
}

bool import_not_one(struct ctx *c, const struct json *o, const char *key, const char *value)
{
	return import_bad(c, o, _("\"%s\" cannot be \"%s\""), key, value);
}

/* The list named key, every element an object; sets the context for messages. */
bool import_list(struct ctx *c, const struct json *doc, const char *key, const struct json **out)
{
	const struct json *v = json_get(doc, key);
	c->list = NULL;
	if (!v || v->type != JSON_ARRAY)
		return import_bad(c, doc, _("\"%s\" must be a list"), key);
	for (size_t i = 0; i < v->n; i++)
		if (v->items[i].type != JSON_OBJECT) {
			c->list = key;
			c->index = i;
			return import_bad(c, &v->items[i], _("each entry must be an object"));
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
		return r->n_steps ? false : import_bad(c, o, _("the meeting has no steps"));
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
	return *out ? true : import_bad(c, o, _("\"%s\" names nobody in the meeting's attendance"), key);
}
