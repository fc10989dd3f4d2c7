/*
 * Tests of the settings file's reader (config_parse): each key, comments
 * and blank lines, ~ in the database's path, and every mistake refused
 * with its line, never taken as a default.
 */
#include "convene/config.h"
#include "tap.h"

#include <string.h>

static bool parse(const char *text, struct convene_config *c, char *err)
{
	return config_parse(text, strlen(text), "/home/ana", c, err, 256);
}

int main(void)
{
	struct convene_config c;
	char err[256];
	ok(parse("# my settings\n\ntheme = projector\nbell=yes   # ring it\n"
		 "database = ~/meetings/team.db\n", &c, err), "a file with every key reads");
	is_str(c.theme, "projector", "theme");
	is_int(c.bell, 1, "bell");
	is_str(c.database, "/home/ana/meetings/team.db", "database, ~ expanded");
	config_free(&c);

	ok(parse("", &c, err) && !c.theme && c.bell == -1 && !c.database, "an empty file sets nothing");
	config_free(&c);
	ok(parse("bell = no\r\ndatabase = /srv/convene/team.db\r\n", &c, err) && c.bell == 0 &&
		   strcmp(c.database, "/srv/convene/team.db") == 0, "CRLF line ends and an absolute path");
	config_free(&c);

	ok(!parse("theme = projecter\n", &c, err), "a misspelt theme is refused");
	is_str(err, "line 1: theme is default, projector or mono, not 'projecter'", "with its line");
	ok(!parse("\nbell = sometimes\n", &c, err), "bell takes yes or no");
	has_str(err, "line 2: bell is yes or no", "and says so");
	ok(!parse("database = team.db\n", &c, err), "a relative database path is refused");
	has_str(err, "full path", "saying it must be a full path");
	ok(!parse("colour = blue\n", &c, err), "an unknown key is refused");
	is_str(err, "line 1: unknown setting 'colour' (theme, bell, database or language)", "naming the keys");
	ok(!parse("theme projector\n", &c, err), "a line without '=' is refused");
	ok(!parse("theme =\n", &c, err), "a key without a value is refused");
	has_str(err, "theme has no value", "and says which");
	ok(parse("language = es\n", &c, err), "language es reads");
	is_str(c.language, "es", "language");
	config_free(&c);
	ok(!parse("language = fr\n", &c, err), "a language with no translation is refused");
	is_str(err, "line 1: language is en or es, not 'fr'", "saying which there are");
	return tap_done();
}
