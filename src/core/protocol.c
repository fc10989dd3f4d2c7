/*
 * protocol: reads YAML with libyaml's event API into a ynode tree, enforcing
 * the limits that keep a hostile file harmless (size, nesting depth, node
 * count, no aliases), then hands the tree to the schema. This is the only
 * file in convene that knows libyaml.
 */
#include "convene/i18n.h"
#include "convene/protocol.h"
#include "convene/text.h"
#include "convene/util.h"
#include "protocol-tree.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#define MAX_NODES 200000

void diagnostics_add(struct diagnostics *d, int line, int col, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *msg = xvasprintf(fmt, ap);
	va_end(ap);
	d->items = xreallocarray(d->items, d->n + 1, sizeof *d->items);
	d->items[d->n++] = (struct diagnostic){ line, col, msg };
}

static int diag_cmp(const void *a, const void *b)
{
	const struct diagnostic *x = a, *y = b;
	if (x->line != y->line)
		return x->line < y->line ? -1 : 1;
	return x->col < y->col ? -1 : x->col > y->col;
}

void diagnostics_print(const struct diagnostics *d, const char *file, FILE *f)
{
	/* Authors fix files top to bottom; a stable sort keeps same-spot order. */
	struct diagnostic *sorted = xmalloc(d->n * sizeof *sorted);
	if (d->n)
		memcpy(sorted, d->items, d->n * sizeof *sorted);
	for (size_t i = 1; i < d->n; i++)
		for (size_t j = i; j > 0 && diag_cmp(&sorted[j - 1], &sorted[j]) > 0; j--) {
			struct diagnostic t = sorted[j];
			sorted[j] = sorted[j - 1];
			sorted[j - 1] = t;
		}
	/* A message quotes the file (an unknown kind, a key's name) and the
	 * file's name: both may hold escape sequences. */
	for (size_t i = 0; i < d->n; i++) {
		if (sorted[i].line > 0)
			text_fprintf(f, "%s:%d:%d: %s\n", file, sorted[i].line, sorted[i].col,
				     sorted[i].message);
		else
			text_fprintf(f, "%s: %s\n", file, sorted[i].message);
	}
	free(sorted);
}

void diagnostics_clear(struct diagnostics *d)
{
	for (size_t i = 0; i < d->n; i++)
		free(d->items[i].message);
	free(d->items);
	d->items = NULL;
	d->n = 0;
}

void ynode_destroy(struct ynode *n)
{
	if (!n)
		return;
	for (size_t i = 0; i < n->n; i++)
		ynode_destroy(n->items[i]);
	free(n->items);
	free(n->value);
	free(n);
}

static void ynode_append(struct ynode *parent, struct ynode *child)
{
	parent->items = xreallocarray(parent->items, parent->n + 1, sizeof *parent->items);
	parent->items[parent->n++] = child;
}

static struct ynode *ynode_new(enum ynode_type type, yaml_mark_t mark)
{
	struct ynode *n = xcalloc(1, sizeof *n);
	n->type = type;
	n->line = (int)mark.line + 1;
	n->col = (int)mark.column + 1;
	return n;
}

struct reader {
	yaml_parser_t parser;
	struct diagnostics *diags;
	size_t nodes;
};

static void syntax_error(struct reader *r)
{
	yaml_parser_t *p = &r->parser;
	yaml_mark_t m = p->problem ? p->problem_mark : p->mark;
	const char *problem = p->problem ? p->problem : _("cannot parse");
	if (p->context)
		diagnostics_add(r->diags, (int)m.line + 1, (int)m.column + 1,
				_("YAML syntax error: %s %s"), problem, p->context);
	else
		diagnostics_add(r->diags, (int)m.line + 1, (int)m.column + 1,
				_("YAML syntax error: %s"), problem);
}

/*
 * Reads the node that starts with event ev (already parsed). Returns NULL
 * after adding a diagnostic; parsing stops at the first such error because
 * libyaml cannot resynchronise after one.
 */
static struct ynode *read_node(struct reader *r, yaml_event_t *ev, int depth)
{
	if (++r->nodes > MAX_NODES) {
		diagnostics_add(r->diags, (int)ev->start_mark.line + 1,
				(int)ev->start_mark.column + 1,
				_("too many YAML nodes (more than %d)"), MAX_NODES);
		return NULL;
	}
	const yaml_char_t *anchor = NULL;
	switch (ev->type) {
	case YAML_ALIAS_EVENT:
		diagnostics_add(r->diags, (int)ev->start_mark.line + 1,
				(int)ev->start_mark.column + 1,
				_("aliases (*%s) are not allowed in protocol files"),
				(const char *)ev->data.alias.anchor);
		return NULL;
	case YAML_SCALAR_EVENT:
		anchor = ev->data.scalar.anchor;
		break;
	case YAML_SEQUENCE_START_EVENT:
		anchor = ev->data.sequence_start.anchor;
		break;
	case YAML_MAPPING_START_EVENT:
		anchor = ev->data.mapping_start.anchor;
		break;
	default:
		diagnostics_add(r->diags, (int)ev->start_mark.line + 1,
				(int)ev->start_mark.column + 1, _("unexpected YAML event"));
		return NULL;
	}
	if (anchor) {
		diagnostics_add(r->diags, (int)ev->start_mark.line + 1,
				(int)ev->start_mark.column + 1,
				_("anchors (&%s) are not allowed in protocol files"),
				(const char *)anchor);
		return NULL;
	}
	if (ev->type == YAML_SCALAR_EVENT) {
		struct ynode *n = ynode_new(YNODE_SCALAR, ev->start_mark);
		n->len = ev->data.scalar.length;
		n->value = xstrndup((const char *)ev->data.scalar.value, n->len);
		n->plain = ev->data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
		return n;
	}
	if (depth >= PROTOCOL_MAX_DEPTH) {
		diagnostics_add(r->diags, (int)ev->start_mark.line + 1,
				(int)ev->start_mark.column + 1,
				_("nesting is deeper than %d levels"), PROTOCOL_MAX_DEPTH);
		return NULL;
	}
	bool mapping = ev->type == YAML_MAPPING_START_EVENT;
	yaml_event_type_t end = mapping ? YAML_MAPPING_END_EVENT : YAML_SEQUENCE_END_EVENT;
	struct ynode *n = ynode_new(mapping ? YNODE_MAPPING : YNODE_SEQUENCE, ev->start_mark);
	for (;;) {
		yaml_event_t child;
		if (!yaml_parser_parse(&r->parser, &child)) {
			syntax_error(r);
			ynode_destroy(n);
			return NULL;
		}
		if (child.type == end) {
			yaml_event_delete(&child);
			return n;
		}
		struct ynode *c = read_node(r, &child, depth + 1);
		yaml_event_delete(&child);
		if (!c) {
			ynode_destroy(n);
			return NULL;
		}
		if (mapping && (n->n % 2) == 0 && c->type != YNODE_SCALAR) {
			diagnostics_add(r->diags, c->line, c->col,
					_("mapping keys must be plain text"));
			ynode_destroy(c);
			ynode_destroy(n);
			return NULL;
		}
		ynode_append(n, c);
	}
}

/* Expects the next event to be of type t; adds a diagnostic otherwise. */
static bool expect(struct reader *r, yaml_event_type_t t, yaml_event_t *ev)
{
	if (!yaml_parser_parse(&r->parser, ev)) {
		syntax_error(r);
		return false;
	}
	if (ev->type != t) {
		yaml_event_delete(ev);
		return false;
	}
	return true;
}

static struct ynode *read_document(struct reader *r)
{
	yaml_event_t ev;
	if (!expect(r, YAML_STREAM_START_EVENT, &ev))
		return NULL;
	yaml_event_delete(&ev);
	if (!yaml_parser_parse(&r->parser, &ev)) {
		syntax_error(r);
		return NULL;
	}
	if (ev.type != YAML_DOCUMENT_START_EVENT) {
		yaml_event_delete(&ev);
		diagnostics_add(r->diags, 1, 1, _("the file is empty"));
		return NULL;
	}
	yaml_event_delete(&ev);
	if (!yaml_parser_parse(&r->parser, &ev)) {
		syntax_error(r);
		return NULL;
	}
	struct ynode *root = read_node(r, &ev, 0);
	yaml_event_delete(&ev);
	if (!root)
		return NULL;
	if (!expect(r, YAML_DOCUMENT_END_EVENT, &ev)) {
		ynode_destroy(root);
		return NULL;
	}
	yaml_event_delete(&ev);
	if (!yaml_parser_parse(&r->parser, &ev)) {
		syntax_error(r);
		ynode_destroy(root);
		return NULL;
	}
	if (ev.type != YAML_STREAM_END_EVENT) {
		diagnostics_add(r->diags, (int)ev.start_mark.line + 1,
				(int)ev.start_mark.column + 1,
				_("a protocol file holds one YAML document only"));
		yaml_event_delete(&ev);
		ynode_destroy(root);
		return NULL;
	}
	yaml_event_delete(&ev);
	return root;
}

enum load_status protocol_load_buffer(const char *name, const char *data, size_t len,
				      struct protocol **out, struct diagnostics *diags)
{
	*out = NULL;
	if (len > PROTOCOL_MAX_BYTES) {
		diagnostics_add(diags, 1, 1, _("the file is larger than %d bytes (1 MiB)"),
				PROTOCOL_MAX_BYTES);
		return LOAD_INVALID;
	}
	/* Said before libyaml reads it, which points at the file's first line
	 * whatever the byte, and in words an author can act on. */
	int line, col;
	long bad = text_first_invalid_utf8(data, len, &line, &col);
	const unsigned char *u = (const unsigned char *)data;
	if (bad >= 0 && len >= 2 && ((u[0] == 0xff && u[1] == 0xfe) || (u[0] == 0xfe && u[1] == 0xff))) {
		diagnostics_add(diags, 1, 1, _("the file is UTF-16, not UTF-8: save the file as UTF-8"));
		return LOAD_INVALID;
	}
	if (bad >= 0) {
		diagnostics_add(diags, line, col, _("the file is not UTF-8: the byte 0x%02X here is not "
				"valid UTF-8; save the file as UTF-8"), u[bad]);
		return LOAD_INVALID;
	}
	struct reader r = { .diags = diags };
	if (!yaml_parser_initialize(&r.parser))
		abort(); /* only fails when out of memory */
	yaml_parser_set_input_string(&r.parser, (const unsigned char *)data, len);
	yaml_parser_set_encoding(&r.parser, YAML_UTF8_ENCODING);
	struct ynode *root = read_document(&r);
	yaml_parser_delete(&r.parser);
	if (!root) {
		if (diags->n == 0)
			diagnostics_add(diags, 1, 1, _("the file is not valid YAML"));
		return LOAD_INVALID;
	}
	struct protocol *p = schema_build_protocol(root, diags);
	ynode_destroy(root);
	if (!p)
		return LOAD_INVALID;
	p->path = xstrdup(name);
	*out = p;
	return LOAD_OK;
}

enum load_status protocol_load_file(const char *path, struct protocol **out,
				    struct diagnostics *diags)
{
	*out = NULL;
	size_t len;
	char *data = read_file(path, PROTOCOL_MAX_BYTES, &len);
	if (!data) {
		if (errno == EFBIG) {
			diagnostics_add(diags, 1, 1, _("the file is larger than %d bytes (1 MiB)"),
					PROTOCOL_MAX_BYTES);
			return LOAD_INVALID;
		}
		diagnostics_add(diags, 0, 0, "%s", strerror(errno));
		return LOAD_UNREADABLE;
	}
	enum load_status st = protocol_load_buffer(path, data, len, out, diags);
	free(data);
	return st;
}

void protocol_destroy(struct protocol *p)
{
	schema_free_protocol(p);
}
