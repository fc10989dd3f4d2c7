/*
 * paths: where convene keeps things, following the XDG base directory spec:
 * the database under $XDG_DATA_HOME/convene, the user's protocols under
 * $XDG_CONFIG_HOME/convene/protocols, then $XDG_DATA_HOME's and each of
 * $XDG_DATA_DIRS' convene/protocols, then where the program was installed
 * ($datadir); CONVENE_DATA_DIR (a folder holding protocols/, such as the
 * source tree) replaces all but the user's own.
 */
#ifndef CONVENE_PATHS_H
#define CONVENE_PATHS_H

#include <stddef.h>

/* The default database path, creating its directory (0700) if needed.
 * Returns NULL with *err set when no directory can be found or made. */
char *paths_default_db(char **err);

/* Directories searched for protocols, most specific first (a file in an
 * earlier one wins over one with its id in a later one). NULL-terminated;
 * free with paths_free_list. */
char **paths_protocol_dirs(void);
void paths_free_list(char **list);
/* The settings file: $XDG_CONFIG_HOME/convene/config (by default
 * ~/.config/convene/config); NULL when neither that nor HOME is set. */
char *paths_config_file(void);

#endif
