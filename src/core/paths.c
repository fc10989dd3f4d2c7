/* paths: XDG locations of the database and protocol directories. */
#include "config.h"
#include "convene/i18n.h"
#include "convene/paths.h"
#include "convene/util.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

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
		*err = xstrdup(_("neither XDG_DATA_HOME nor HOME is set to an absolute path; "
			       "use --db FILE"));
		return NULL;
	}
	char *dir = xasprintf("%s/convene", base);
	free(base);
	if (!make_dirs(dir)) {
		*err = xasprintf(_("cannot create %s: %s"), dir, strerror(errno));
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

/* Adds dir unless it is listed already. */
static void push_new(char ***list, size_t *n, char *dir)
{
	for (size_t i = 0; i < *n; i++)
		if (strcmp((*list)[i], dir) == 0) {
			free(dir);
			return;
		}
	push(list, n, dir);
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
	/* A build run from its source tree, and the tests: CONVENE_DATA_DIR
	 * names the folder holding protocols/ and replaces the installed ones. */
	const char *data = getenv("CONVENE_DATA_DIR");
	if (data && *data) {
		push(&list, &n, xasprintf("%s/protocols", data));
		return list;
	}
	char *home = xdg_dir("XDG_DATA_HOME", ".local/share");
	if (home) {
		push_new(&list, &n, xasprintf("%s/convene/protocols", home));
		free(home);
	}
	/* XDG_DATA_DIRS: where a district installs protocols for every user;
	 * only absolute entries count (spec 0.8). */
	const char *dirs = getenv("XDG_DATA_DIRS");
	if (!dirs || !*dirs)
		dirs = "/usr/local/share:/usr/share";
	char *copy = xstrdup(dirs);
	for (char *save = NULL, *d = strtok_r(copy, ":", &save); d; d = strtok_r(NULL, ":", &save))
		if (d[0] == '/')
			push_new(&list, &n, xasprintf("%s%sconvene/protocols", d,
						      d[strlen(d) - 1] == '/' ? "" : "/"));
	free(copy);
	push_new(&list, &n, xstrdup(CONVENE_INSTALLED_PROTOCOLS));
	return list;
}

void paths_free_list(char **list)
{
	for (size_t i = 0; list && list[i]; i++)
		free(list[i]);
	free(list);
}

char *paths_config_file(void)
{
	char *config = xdg_dir("XDG_CONFIG_HOME", ".config");
	if (!config)
		return NULL;
	char *path = xasprintf("%s/convene/config", config);
	free(config);
	return path;
}
