/*
 * protocol-schema-internal: the shape of the schema tables, shared by the
 * tables (protocol-schema.c) and the walker that applies them
 * (protocol-walk.c).
 */
#ifndef CONVENE_PROTOCOL_SCHEMA_INTERNAL_H
#define CONVENE_PROTOCOL_SCHEMA_INTERNAL_H

#include "protocol-tree.h"

#include <stdbool.h>
#include <stddef.h>

enum field_type {
	FIELD_LINE,    /* one line of text */
	FIELD_TEXT,    /* text that may span lines */
	FIELD_ID,      /* lower-case letters, digits and dashes */
	FIELD_INT,
	FIELD_OBJECT,  /* a nested mapping stored inside the parent struct */
	FIELD_LIST,    /* a sequence of mappings stored as array + count */
	FIELD_LINES,   /* a sequence of single lines stored as char ** + count */
	FIELD_TEXTS,   /* a sequence of texts, each may be empty: char ** + count */
};

#define ALL_KINDS (~0u)
#define KIND(k) (1u << (k))

struct object_schema;

struct field {
	const char *key;
	enum field_type type;
	size_t offset;
	unsigned kinds;    /* step kinds that allow it (steps only) */
	unsigned required; /* step kinds that require it; ALL_KINDS for always */
	int min, max;      /* integer range, or length / item count bounds */
	const struct object_schema *object;
	size_t count_offset;
	const char *help;
};

struct object_schema {
	const char *name;
	size_t size;
	const struct field *fields;
	size_t n_fields;
	bool has_kind; /* a "kind" key selects which fields apply */
	void (*check)(void *obj, const struct ynode *node, struct diagnostics *d);
};

#define LINE_MAX_CHARS 200
#define TEXT_MAX_CHARS 8000

/* Validates node against s while filling obj; adds a diagnostic for every
 * problem. A schema with has_kind fills a struct step and picks the fields
 * that apply by its "kind" key. */
bool schema_fill_object(const struct object_schema *s, const struct ynode *node, void *obj,
			struct diagnostics *d);
/* Frees what schema_fill_object allocated in obj (not obj itself). */
void schema_free_object(const struct object_schema *s, void *obj);
/* "text", "a list" or "a mapping", for messages. */
const char *schema_node_noun(const struct ynode *n);
/* The value node of key in a mapping node, or NULL. */
const struct ynode *schema_value_of(const struct ynode *map, const char *key);

#endif
