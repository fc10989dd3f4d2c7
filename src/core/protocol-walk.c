/*
 * protocol-walk: applies a schema table to a YAML tree: every key checked
 * against the fields allowed, every value against its type and bounds, the
 * C structs filled as it goes, and every problem reported with its place.
 */
#include "convene/i18n.h"
#include "convene/kinds.h"
#include "convene/protocol.h"
#include "convene/text.h"
#include "convene/util.h"
#include "protocol-schema-internal.h"

#include <assert.h>
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

static const char *type_noun(enum field_type t)
{
	switch (t) {
	case FIELD_LINE:
	case FIELD_TEXT:
	case FIELD_ID:
		return "text";
	case FIELD_INT:
		return _("a whole number");
	case FIELD_OBJECT:
		return _("a mapping (key: value lines)");
	case FIELD_LIST:
	case FIELD_LINES:
	case FIELD_TEXTS:
		return _("a list");
	}
	return "?";
}

const char *schema_node_noun(const struct ynode *n)
{
	switch (n->type) {
	case YNODE_SCALAR:
		return "text";
	case YNODE_SEQUENCE:
		return _("a list");
	case YNODE_MAPPING:
		return _("a mapping");
	}
	return "?";
}

static bool parse_int(const struct ynode *n, long *out)
{
	if (!n->plain || n->len == 0 || n->len > 12)
		return false;
	char *end;
	errno = 0;
	long v = strtol(n->value, &end, 10);
	if (errno || *end != '\0' || (n->value[0] != '-' && (n->value[0] < '0' || n->value[0] > '9')))
		return false;
	*out = v;
	return true;
}

static bool valid_id(const char *s)
{
	if (!(*s >= 'a' && *s <= 'z') && !(*s >= '0' && *s <= '9'))
		return false;
	for (; *s; s++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '-'))
			return false;
	return true;
}

/* Errors inside a scalar point at the scalar's start: libyaml gives no finer
 * position for bytes inside block scalars. */
PRINTF_LIKE(3, 4) static void scalar_error(struct diagnostics *d, const struct ynode *n,
					   const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *msg = xvasprintf(fmt, ap);
	va_end(ap);
	diagnostics_add(d, n->line, n->col, "%s", msg);
	free(msg);
}

static bool fill_string(const struct field *f, const struct ynode *v, char **dst,
			struct diagnostics *d)
{
	if (memchr(v->value, '\0', v->len) || text_find_forbidden(v->value, v->len) >= 0) {
		if (text_valid_utf8(v->value, v->len))
			scalar_error(d, v, _("'%s' contains a control character"), f->key);
		else
			scalar_error(d, v, _("'%s' is not valid UTF-8"), f->key);
		return false;
	}
	char *s = text_trim(xstrdup(v->value));
	if (f->type == FIELD_LINE && strchr(s, '\n')) {
		scalar_error(d, v, _("'%s' must be a single line"), f->key);
		free(s);
		return false;
	}
	if (f->type == FIELD_ID && !valid_id(s)) {
		scalar_error(d, v,
			     _("'%s' must use only lower-case letters, digits and dashes (like "
			       "team-assessment)"), f->key);
		free(s);
		return false;
	}
	size_t chars = 0;
	for (const char *p = s; *p; p++)
		chars += ((unsigned char)*p & 0xC0) != 0x80;
	if ((int)chars < f->min) {
		scalar_error(d, v, _("'%s' must not be empty"), f->key);
		free(s);
		return false;
	}
	if ((int)chars > f->max) {
		scalar_error(d, v, _("'%s' is longer than %d characters"), f->key, f->max);
		free(s);
		return false;
	}
	*dst = s;
	return true;
}


static bool fill_field(const struct field *f, const struct ynode *v, void *obj,
		       struct diagnostics *d)
{
	char *base = obj;
	bool want_scalar = f->type != FIELD_OBJECT && f->type != FIELD_LIST &&
			   f->type != FIELD_LINES && f->type != FIELD_TEXTS;
	enum ynode_type want = want_scalar ? YNODE_SCALAR :
			       f->type == FIELD_OBJECT ? YNODE_MAPPING : YNODE_SEQUENCE;
	if (v->type != want) {
		diagnostics_add(d, v->line, v->col, _("'%s' must be %s, not %s"), f->key,
				type_noun(f->type), schema_node_noun(v));
		return false;
	}
	switch (f->type) {
	case FIELD_LINE:
	case FIELD_TEXT:
	case FIELD_ID:
		return fill_string(f, v, (char **)(base + f->offset), d);
	case FIELD_INT: {
		long n;
		if (!parse_int(v, &n)) {
			diagnostics_add(d, v->line, v->col, _("'%s' must be a whole number, not '%s'"),
					f->key, v->value);
			return false;
		}
		if (n < f->min || n > f->max) {
			diagnostics_add(d, v->line, v->col, _("'%s' must be between %d and %d, not %ld"),
					f->key, f->min, f->max, n);
			return false;
		}
		*(int *)(base + f->offset) = (int)n;
		return true;
	}
	case FIELD_OBJECT:
		return schema_fill_object(f->object, v, base + f->offset, d);
	case FIELD_LINES:
	case FIELD_TEXTS: {
		if ((int)v->n < f->min || (int)v->n > f->max) {
			diagnostics_add(d, v->line, v->col, _("'%s' must have between %d and %d entries, not %zu"),
					f->key, f->min, f->max, v->n);
			return false;
		}
		char **lines = xcalloc(v->n, sizeof *lines);
		*(char ***)(base + f->offset) = lines;
		*(size_t *)(base + f->count_offset) = v->n;
		/* A text of a list may be empty: a cell the source leaves blank. */
		struct field each = f->type == FIELD_TEXTS ?
			(struct field){ f->key, FIELD_TEXT, 0, 0, 0, 0, 1000, NULL, 0, f->help } :
			(struct field){ f->key, FIELD_LINE, 0, 0, 0, 1, LINE_MAX_CHARS, NULL, 0, f->help };
		bool ok = true;
		for (size_t i = 0; i < v->n; i++) {
			if (v->items[i]->type != YNODE_SCALAR) {
				diagnostics_add(d, v->items[i]->line, v->items[i]->col,
						_("each entry of '%s' must be a line of text, not %s"), f->key,
						schema_node_noun(v->items[i]));
				ok = false;
				continue;
			}
			ok &= fill_string(&each, v->items[i], &lines[i], d);
		}
		return ok;
	}
	case FIELD_LIST: {
		if ((int)v->n < f->min || (int)v->n > f->max) {
			diagnostics_add(d, v->line, v->col, _("'%s' must have between %d and %d entries, not %zu"),
					f->key, f->min, f->max, v->n);
			return false;
		}
		size_t size = f->object->size;
		char *items = xcalloc(v->n, size);
		*(void **)(base + f->offset) = items;
		*(size_t *)(base + f->count_offset) = v->n;
		bool ok = true;
		for (size_t i = 0; i < v->n; i++) {
			const struct ynode *item = v->items[i];
			if (item->type != YNODE_MAPPING) {
				diagnostics_add(d, item->line, item->col,
						_("each entry of '%s' must be a mapping (key: value lines), not %s"),
						f->key, schema_node_noun(item));
				ok = false;
				continue;
			}
			ok &= schema_fill_object(f->object, item, items + i * size, d);
		}
		return ok;
	}
	}
	return false;
}

static const struct field *find_field(const struct object_schema *s, const char *key)
{
	for (size_t i = 0; i < s->n_fields; i++)
		if (strcmp(s->fields[i].key, key) == 0)
			return &s->fields[i];
	return NULL;
}

static char *allowed_keys(const struct object_schema *s, unsigned kind_bit)
{
	struct strbuf sb;
	strbuf_init(&sb);
	for (size_t i = 0; i < s->n_fields; i++) {
		if (s->has_kind && !(s->fields[i].kinds & kind_bit))
			continue;
		strbuf_adds(&sb, sb.len ? ", " : "");
		strbuf_adds(&sb, s->fields[i].key);
	}
	return sb.data;
}

/* Reads the "kind" key of a step. Returns the kind's bit, or 0 if unknown. */
static unsigned read_kind(const struct ynode *node, enum step_kind *kind, struct diagnostics *d)
{
	for (size_t i = 0; i + 1 < node->n; i += 2) {
		if (strcmp(node->items[i]->value, "kind") != 0)
			continue;
		const struct ynode *v = node->items[i + 1];
		if (v->type == YNODE_SCALAR)
			for (int k = 0; k < STEP_KIND_COUNT; k++)
				if (strcmp(v->value, step_kind_name((enum step_kind)k)) == 0) {
					*kind = (enum step_kind)k;
					return KIND(k);
				}
		char *names = kind_names(ALL_KINDS);
		diagnostics_add(d, v->line, v->col, _("unknown step kind '%s' (known kinds: %s)"),
				v->type == YNODE_SCALAR ? v->value : schema_node_noun(v), names);
		free(names);
		return 0;
	}
	char *names = kind_names(ALL_KINDS);
	diagnostics_add(d, node->line, node->col, _("step is missing 'kind' (what the step does: %s)"),
			names);
	free(names);
	return 0;
}

bool schema_fill_object(const struct object_schema *s, const struct ynode *node, void *obj,
			struct diagnostics *d)
{
	bool ok = true;
	unsigned kind_bit = ALL_KINDS;
	if (s->has_kind) {
		enum step_kind kind = STEP_TEXT;
		kind_bit = read_kind(node, &kind, d);
		if (!kind_bit)
			return false;
		((struct step *)obj)->kind = kind;
	}
	bool seen[64] = { false }; /* more than any object's fields: a step has the most */
	assert(s->n_fields <= ARRAY_LEN(seen));
	for (size_t i = 0; i + 1 < node->n; i += 2) {
		const struct ynode *k = node->items[i], *v = node->items[i + 1];
		const struct field *f = find_field(s, k->value);
		if (f && s->has_kind && !(f->kinds & kind_bit)) {
			diagnostics_add(d, k->line, k->col, _("'%s' is not used by a '%s' step"),
					k->value, step_kind_name(((struct step *)obj)->kind));
			ok = false;
			continue;
		}
		if (!f) {
			char *allowed = allowed_keys(s, kind_bit);
			diagnostics_add(d, k->line, k->col, _("unknown key '%s' in %s (allowed: %s)"),
					k->value, _(s->name), allowed);
			free(allowed);
			ok = false;
			continue;
		}
		size_t idx = (size_t)(f - s->fields);
		if (seen[idx]) {
			diagnostics_add(d, k->line, k->col, _("duplicate key '%s'"), k->value);
			ok = false;
			continue;
		}
		seen[idx] = true;
		if (s->has_kind && strcmp(f->key, "kind") == 0)
			continue;
		ok &= fill_field(f, v, obj, d);
	}
	for (size_t i = 0; i < s->n_fields; i++)
		if (!seen[i] && (s->fields[i].required & kind_bit)) {
			diagnostics_add(d, node->line, node->col, _("%s is missing '%s' (%s)"), _(s->name),
					s->fields[i].key, _(s->fields[i].help));
			ok = false;
		}
	if (ok && s->check) {
		size_t before = d->n;
		s->check(obj, node, d);
		ok = d->n == before;
	}
	return ok;
}

/* The mapping node of the value of key in a mapping, or NULL. */
const struct ynode *schema_value_of(const struct ynode *map, const char *key)
{
	for (size_t i = 0; i + 1 < map->n; i += 2)
		if (strcmp(map->items[i]->value, key) == 0)
			return map->items[i + 1];
	return NULL;
}

void schema_free_object(const struct object_schema *s, void *obj)
{
	char *base = obj;
	for (size_t i = 0; i < s->n_fields; i++) {
		const struct field *f = &s->fields[i];
		switch (f->type) {
		case FIELD_LINE:
		case FIELD_TEXT:
		case FIELD_ID:
			if (!(s->has_kind && strcmp(f->key, "kind") == 0))
				free(*(char **)(base + f->offset));
			break;
		case FIELD_INT:
			break;
		case FIELD_OBJECT:
			schema_free_object(f->object, base + f->offset);
			break;
		case FIELD_LINES:
		case FIELD_TEXTS: {
			char **lines = *(char ***)(base + f->offset);
			size_t n = *(size_t *)(base + f->count_offset);
			for (size_t j = 0; j < n; j++)
				free(lines[j]);
			free(lines);
			break;
		}
		case FIELD_LIST: {
			char *items = *(char **)(base + f->offset);
			size_t n = *(size_t *)(base + f->count_offset);
			for (size_t j = 0; j < n; j++)
				schema_free_object(f->object, items + j * f->object->size);
			free(items);
			break;
		}
		}
	}
}
