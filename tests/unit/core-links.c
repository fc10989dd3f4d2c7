/*
 * core-links: the core library is whole without ncurses. This program links
 * every object of the core (link_whole) with only SQLite, libyaml and libm,
 * so a core file that called curses fails the build; running it checks
 * that no curses library was loaded either.
 */
#include "tap.h"
#include "convene/text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void)
{
	FILE *maps = fopen("/proc/self/maps", "r");
	ok(maps != NULL, "the process's mappings can be read");
	bool curses = false;
	char line[4096];
	while (maps && fgets(line, sizeof line, maps))
		if (strstr(line, "curses") || strstr(line, "libtinfo"))
			curses = true;
	if (maps)
		fclose(maps);
	ok(!curses, "no curses or terminfo library is loaded by a core-only program");
	char *clean = text_sanitize("plain", TEXT_ONE_LINE);
	is_str(clean, "plain", "the core works on its own");
	free(clean);
	return tap_done();
}
