/*
 * config: the user's settings file, $XDG_CONFIG_HOME/convene/config, one
 * "key = value" a line ('#' starts a comment): theme (default, projector or
 * mono), bell (yes or no), database (a file: absolute, or ~/...) and
 * language (en or es; otherwise the locale's). The
 * command line wins over it, and CONVENE_DB over its database.
 */
#ifndef CONVENE_CONFIG_H
#define CONVENE_CONFIG_H

#include <stdbool.h>
#include <stddef.h>

struct convene_config {
	char *theme;    /* as written; NULL when not set */
	int bell;       /* 1 yes, 0 no, -1 not set */
	char *database; /* ~ expanded; NULL when not set */
	char *language; /* "en" or "es"; NULL when not set */
};

/* Reads text (len bytes) into c; home expands a leading "~/". False with
 * err "line N: why" on the first line it cannot take (c is then freed). */
bool config_parse(const char *text, size_t len, const char *home, struct convene_config *c,
		  char *err, size_t err_size);
void config_free(struct convene_config *c);

#endif
