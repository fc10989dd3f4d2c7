/*
 * Tests of where convene looks for protocols (paths_protocol_dirs): the
 * user's folder first, then CONVENE_DATA_DIR alone when set (a build run
 * from its source tree), else XDG_DATA_HOME's, each absolute entry of
 * XDG_DATA_DIRS (its default when unset) and the installed $datadir, each
 * folder once.
 */
#include "convene/paths.h"
#include "convene/util.h"
#include "tap.h"

#include <stdlib.h>
#include <string.h>

/* The list as one line, "a | b | c". */
static char *listed(void)
{
	char **dirs = paths_protocol_dirs();
	struct strbuf sb;
	strbuf_init(&sb);
	for (size_t i = 0; dirs && dirs[i]; i++)
		strbuf_addf(&sb, "%s%s", i ? " | " : "", dirs[i]);
	paths_free_list(dirs);
	return strbuf_take(&sb);
}

int main(void)
{
	setenv("HOME", "/home/ana", 1);
	unsetenv("XDG_CONFIG_HOME");
	unsetenv("XDG_DATA_HOME");
	unsetenv("XDG_DATA_DIRS");
	unsetenv("CONVENE_DATA_DIR");
	char *l = listed();
	has_str(l, "/home/ana/.config/convene/protocols | /home/ana/.local/share/convene/protocols | "
		"/usr/local/share/convene/protocols | /usr/share/convene/protocols",
		"by default: the user's folders, then XDG_DATA_DIRS' default");
	free(l);

	setenv("XDG_DATA_DIRS", "/opt/district/share/:relative/share:/usr/share", 1);
	l = listed();
	has_str(l, "/home/ana/.local/share/convene/protocols | /opt/district/share/convene/protocols | "
		"/usr/share/convene/protocols", "a district's folder in XDG_DATA_DIRS, in its order");
	ok(!strstr(l, "relative"), "a relative entry does not count");
	free(l);
	setenv("XDG_DATA_DIRS", "/usr/share:/usr/share/", 1);
	l = listed();
	const char *first = strstr(l, "/usr/share/convene/protocols");
	ok(first && !strstr(first + 1, "/usr/share/convene/protocols"), "a folder is listed once");
	free(l);
	setenv("XDG_DATA_DIRS", "/opt/district/share", 1);

	setenv("XDG_CONFIG_HOME", "/cfg", 1);
	setenv("CONVENE_DATA_DIR", "/src/convene", 1);
	l = listed();
	is_str(l, "/cfg/convene/protocols | /src/convene/protocols",
	       "CONVENE_DATA_DIR: the user's folder, then its protocols, nothing installed");
	free(l);

	setenv("CONVENE_DATA_DIR", "", 1);
	l = listed();
	ok(strstr(l, "/opt/district/share/convene/protocols") != NULL,
	   "an empty CONVENE_DATA_DIR counts as unset");
	free(l);
	return tap_done();
}
