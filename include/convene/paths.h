/*
 * paths: where convene keeps things, following the XDG base directory spec:
 * the database under $XDG_DATA_HOME/convene, the user's protocols under
 * $XDG_CONFIG_HOME/convene/protocols, the shipped ones where they were
 * installed (or in the source tree when run from a build directory).
 */
#ifndef CONVENE_PATHS_H
#define CONVENE_PATHS_H

#include <stddef.h>

/* The default database path, creating its directory (0700) if needed.
 * Returns NULL with *err set when no directory can be found or made. */
char *paths_default_db(char **err);

/* Directories searched for protocols, most specific first. NULL-terminated;
 * free with paths_free_list. */
char **paths_protocol_dirs(void);
void paths_free_list(char **list);

#endif
