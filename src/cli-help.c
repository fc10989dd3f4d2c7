/*
 * cli-help: each command's own usage, for `convene help CMD` and
 * `convene CMD --help` (the join command keeps its longer help on letting
 * participants in, cli-join.c): its usage, then what it does. One entry
 * a command; the general help is main.c's.
 */
#include "cli.h"
#include "convene/text.h"

#include <stdio.h>
#include <string.h>
#include <sysexits.h>

/* A command's usage line is its own (cli.h), the one its errors print;
 * here only what the command does. */
static const struct {
	const char *name;
	const char *usage; /* NULL: the first line of help is the usage */
	const char *help;
} commands[] = {
	{ "check", NULL,
	  "Usage: convene check FILE...\n"
	  "Validates protocol and agenda files: every problem as file:line:col: message.\n"
	  "An agenda is checked together with the protocol files named with it.\n"
	  "Exit 0 when every file is valid, 65 when one is not, 66 when one is missing.\n" },
	{ "protocols", NULL,
	  "Usage: convene protocols\n"
	  "Lists the protocols and agendas found, with their files, and says which\n"
	  "files are not used and why (a file with an id another file uses first).\n" },
	{ "present", cli_present_usage,
	  "Follows the running meeting (or meeting ID), read-only, for a projector in a\n"
	  "second terminal: the step, the clock, the join code for seats.\n" },
	{ "review", NULL,
	  "Usage: convene review\n"
	  "Opens the app on the meetings on record: read them, correct the notes and\n"
	  "approve them.\n" },
	{ "demo", cli_demo_usage,
	  "Adds the demo team (Riverside Unified Learning Team, 9 members), and with\n"
	  "--history N past meetings of it, shared with K - 1 teams like it.\n" },
	{ "export", cli_export_usage,
	  "Prints what meetings produced: the talking points agreed by every group by\n"
	  "default. Without --meeting: the meetings of the team (or of every team) in\n"
	  "the dates given that hold some.\n" },
	{ "import", cli_import_usage,
	  "Adds the meetings of an export made on another computer. Meetings already\n"
	  "here are left as they are, and a bad file changes nothing.\n" },
	{ "search", cli_search_usage,
	  "Finds answers, items, notes, decisions, talking points and action items of\n"
	  "every meeting holding all the words, newest first (at most N, 50 by default).\n" },
};

bool cli_has_help(const char *cmd)
{
	for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
		if (strcmp(commands[i].name, cmd) == 0)
			return true;
	return false;
}

int cli_help(const char *cmd)
{
	for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
		if (strcmp(commands[i].name, cmd) == 0) {
			if (commands[i].usage)
				fputs(commands[i].usage, stdout);
			fputs(commands[i].help, stdout);
			return 0;
		}
	text_fprintf(stderr, "convene help: there is no command '%s' (see convene --help)\n", cmd);
	return EX_USAGE;
}
