/*
 * protocol-tree: the YAML document as a small tree of positioned nodes.
 * protocol.c builds it with libyaml; protocol-schema.c validates it. The tree
 * is the seam that keeps libyaml inside one file.
 */
#ifndef CONVENE_PROTOCOL_TREE_H
#define CONVENE_PROTOCOL_TREE_H

#include "convene/protocol.h"

enum ynode_type { YNODE_SCALAR, YNODE_SEQUENCE, YNODE_MAPPING };

struct ynode {
	enum ynode_type type;
	int line, col;
	bool plain;     /* scalar written without quotes */
	char *value;    /* scalar bytes, NUL-terminated */
	size_t len;     /* scalar length, which may include NUL bytes */
	struct ynode **items; /* sequence entries, or mapping key, value, key, ... */
	size_t n;
};

void ynode_destroy(struct ynode *n);

/* Validates the tree against the protocol schema and builds the protocol.
 * Returns NULL when any diagnostic was added. */
struct protocol *schema_build_protocol(const struct ynode *root,
				       struct diagnostics *diags);
void schema_free_protocol(struct protocol *p);

#endif
