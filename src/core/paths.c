/* paths: XDG locations of the database and protocol directories. */
#include "config.h"
#include "convene/paths.h"
#include "convene/util.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* An XDG variable counts only when set to an absolute path (spec 0.8). */
static char *xdg_dir(const char *var, const char *fallback)
{
	const char *v = getenv(var);
	if (v && v[0] == '/')
		return xstrdup(v);
	const char *home = getenv("HOME");
	if (!home || home[0] != '/')
		return NULL;
	return xasprintf("%s/%s", home, fallback);
}

char *paths_default_db(char **err)
{
	char *base = xdg_dir("XDG_DATA_HOME", ".local/share");
	if (!base) {
		*err = xstrdup("neither XDG_DATA_HOME nor HOME is set to an absolute path; "
			       "use --db FILE");
		return NULL;
	}
	char *dir = xasprintf("%s/convene", base);
	free(base);
	if (!make_dirs(dir)) {
		*err = xasprintf("cannot create %s: %s", dir, strerror(errno));
		free(dir);
		return NULL;
	}
	char *path = xasprintf("%s/convene.db", dir);
	free(dir);
	return path;
}

static void push(char ***list, size_t *n, char *dir)
{
	*list = xreallocarray(*list, *n + 2, sizeof **list);
	(*list)[(*n)++] = dir;
	(*list)[*n] = NULL;
}

char **paths_protocol_dirs(void)
{
	char **list = NULL;
	size_t n = 0;
	char *config = xdg_dir("XDG_CONFIG_HOME", ".config");
	if (config) {
		push(&list, &n, xasprintf("%s/convene/protocols", config));
		free(config);
	}
	struct stat st;
	if (stat(CONVENE_SOURCE_PROTOCOLS, &st) == 0 && S_ISDIR(st.st_mode))
		push(&list, &n, xstrdup(CONVENE_SOURCE_PROTOCOLS));
	else
		push(&list, &n, xstrdup(CONVENE_INSTALLED_PROTOCOLS));
	return list;
}

void paths_free_list(char **list)
{
	for (size_t i = 0; list && list[i]; i++)
		free(list[i]);
	free(list);
}
