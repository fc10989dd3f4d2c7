/*
 * cli-help: each command's own usage, for `convene help CMD` and
 * `convene CMD --help` (the join command keeps its longer help on letting
 * participants in, cli-join.c). One entry a command; the general help is
 * main.c's.
 */
#include "cli.h"
#include "convene/text.h"

#include <stdio.h>
#include <string.h>
#include <sysexits.h>

static const struct {
	const char *name;
	const char *help;
} commands[] = {
	{ "check", "Usage: convene check FILE...\n"
		   "Validates protocol and agenda files: every problem as file:line:col: message.\n"
		   "An agenda is checked together with the protocol files named with it.\n"
		   "Exit 0 when every file is valid, 65 when one is not, 66 when one is missing.\n" },
	{ "protocols", "Usage: convene protocols\n"
		       "Lists the protocols and agendas found, with their files, and says which\n"
		       "files are not used and why (a file with an id another file uses first).\n" },
	{ "present", "Usage: convene [--db FILE] present [--meeting ID]\n"
		     "Follows the running meeting (or meeting ID), read-only, for a projector in a\n"
		     "second terminal: the step, the clock, the join code for seats.\n" },
	{ "review", "Usage: convene [--db FILE] review\n"
		    "Opens the app on the meetings on record: read them, correct the notes and\n"
		    "approve them.\n" },
	{ "demo", "Usage: convene [--db FILE] demo [--history N [--teams K]]\n"
		  "Adds the demo team (Riverside Unified Learning Team, 9 members), and with\n"
		  "--history N past meetings of it, shared with K - 1 teams like it.\n" },
	{ "export", "Usage: convene [--db FILE] export [--meeting ID | [--team TEAM] [--since DATE]\n"
		    "       [--until DATE]] [--what WHAT] [--format md|csv|json] [-o FILE]\n"
		    "Prints what meetings produced. WHAT: talking-points (agreed by every group;\n"
		    "the default), norms, decisions, actions, ratings, items (or notes), votes,\n"
		    "levels or all. Without --meeting: the meetings of the team (or of every\n"
		    "team) in the dates given (YYYY-MM-DD) that hold some. -o FILE writes the\n"
		    "file; its ending (.md, .csv, .json) gives the format unless --format does.\n" },
	{ "import", "Usage: convene [--db FILE] import FILE\n"
		    "Adds the meetings of a JSON export (convene export --what all --format json)\n"
		    "made on another computer; FILE - reads standard input. Meetings already\n"
		    "here are left as they are, and a bad file changes nothing.\n" },
	{ "search", "Usage: convene [--db FILE] search [--limit N] [--] TEXT...\n"
		    "Finds answers, items, notes, decisions, talking points and action items of\n"
		    "every meeting holding all the words, newest first (at most N, 50 by\n"
		    "default). After --, words that begin with - are searched for too.\n" },
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
			fputs(commands[i].help, stdout);
			return 0;
		}
	text_fprintf(stderr, "convene help: there is no command '%s' (see convene --help)\n", cmd);
	return EX_USAGE;
}
