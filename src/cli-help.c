/*
 * cli-help: what the command line says of itself: the general help
 * (convene --help), and each command's usage (which its errors print) and
 * own help (convene help CMD, convene CMD --help: the usage, then what the
 * command does; join's says how to let participants in). Every text is
 * written once, here, and translated where it is printed.
 */
#include "cli.h"
#include "convene/i18n.h"
#include "convene/text.h"

#include <stdio.h>
#include <string.h>
#include <sysexits.h>

/* The general help, a paragraph a message, so a translator is given one
 * section at a time. Option and command names stay as they are. */
static const char *const general[] = {
	N_("Usage: convene [OPTION...] [COMMAND [ARGS]]\n"
	   "\n"
	   "Run learning-team meetings from a terminal, screen by screen, and keep\n"
	   "the team's record in one SQLite file.\n"
	   "\n"),
	N_("Commands (convene help COMMAND, or COMMAND --help, says more of each):\n"
	   "  (none)            open the app: teams, new meeting, resume\n"
	   "  check FILE...     validate protocol files; errors as file:line:col\n"
	   "  protocols         list the protocols found, with their files\n"
	   "  present [--meeting ID]\n"
	   "                    follow the running meeting, read-only, for a projector\n"
	   "  join [--meeting N]\n"
	   "                    a seat: one participant's own screen in a running\n"
	   "                    meeting, locally or over SSH (see convene join --help)\n"
	   "  review            open the app on the meetings on record, to read them,\n"
	   "                    correct the notes and approve them\n"
	   "  demo [--history N [--teams K]]\n"
	   "                    add the demo team (and N past meetings of it, shared\n"
	   "                    with K - 1 teams like it)\n"),
	N_("  export [--meeting ID | [--team TEAM] [--since DATE] [--until DATE]]\n"
	   "         [--what WHAT] [--format md|txt|html|csv|json] [--bom] [-o FILE]\n"
	   "                    print what meetings produced: WHAT is talking-points\n"
	   "                    (agreed ones; the default), norms, decisions, actions,\n"
	   "                    ratings, items (or notes), votes, levels or all;\n"
	   "                    without --meeting, the meetings of the team (or of all\n"
	   "                    teams) in the dates given that hold some\n"
	   "  import FILE       add the meetings of an export (--what all --format json)\n"
	   "                    made on another computer (FILE - reads standard input);\n"
	   "                    those already here are left as they are, and a bad\n"
	   "                    file changes nothing\n"
	   "  search [--limit N] [--] TEXT...\n"
	   "                    find answers, items, notes, decisions, talking points\n"
	   "                    and action items of every meeting holding all the words\n"
	   "  help [COMMAND]    that command's own usage, or this help\n"
	   "\n"),
	N_("Options (before or after the command; --opt=value is --opt value, and --\n"
	   "ends the options):\n"
	   "  --db FILE         use this database instead of\n"
	   "                    $XDG_DATA_HOME/convene/convene.db\n"
	   "  --theme NAME      default, projector (high contrast) or mono; NO_COLOR\n"
	   "                    set and not empty means mono\n"
	   "  --bell            ring the terminal bell when a step runs over\n"
	   "  -h, --help        show this help (after a command: that command's)\n"
	   "  --version         show the version\n"
	   "\n"),
	N_("Settings: $XDG_CONFIG_HOME/convene/config (by default ~/.config/convene/config),\n"
	   "one 'key = value' a line: theme (default, projector, mono), bell (yes, no),\n"
	   "database (/... or ~/...), language (en, es; otherwise the locale's).\n"
	   "CONVENE_DB names the database too. Options win over CONVENE_DB, which wins\n"
	   "over the file.\n"
	   "\n"),
	N_("Exit status: 0 success, 64 usage, 65 bad data, 66 missing input,\n"
	   "73 cannot create, 74 I/O error, 77 not permitted (join), 78 a wrong\n"
	   "settings file.\n"),
};

void cli_general_help(void)
{
	for (size_t i = 0; i < sizeof general / sizeof general[0]; i++)
		fputs(_(general[i]), stdout);
}

/* Each command's usage, then what it does. */
static const struct {
	const char *name;
	const char *usage;
	const char *help;
} commands[] = {
	{ "check", N_("Usage: convene check FILE...\n"),
	  N_("Validates protocol and agenda files: every problem as file:line:col: message.\n"
	     "An agenda is checked together with the protocol files named with it.\n"
	     "Exit 0 when every file is valid, 65 when one is not, 66 when one is missing.\n") },
	{ "protocols", N_("Usage: convene protocols\n"),
	  N_("Lists the protocols and agendas found, with their files, and says which\n"
	     "files are not used and why (a file with an id another file uses first).\n") },
	{ "present", N_("Usage: convene present [--meeting ID]\n"),
	  N_("Follows the running meeting (or meeting ID), read-only, for a projector in a\n"
	     "second terminal: the step, the clock, the join code for seats.\n"
	     "--theme and --bell apply to it as to the app.\n") },
	{ "join", N_("Usage: convene join [--meeting N]   (convene join --help says more)\n"),
	  NULL },
	{ "review", N_("Usage: convene review\n"),
	  N_("Opens the app on the meetings on record: read them, correct the notes and\n"
	     "approve them.\n") },
	{ "demo", N_("Usage: convene demo [--history N [--teams K]]\n"
		     "N: from 1 to 100000; K: from 1 to 1000\n"),
	  N_("Adds the demo team (Riverside Unified Learning Team, 9 members), and with\n"
	     "--history N past meetings of it, shared with K - 1 teams like it.\n") },
	{ "export",
	  N_("Usage: convene export [--meeting ID | [--team TEAM] [--since DATE]\n"
	     "                      [--until DATE]] [--what WHAT]\n"
	     "                      [--format md|txt|html|csv|json] [--bom] [-o FILE]\n"
	     "FILE: its name's ending (.md, .txt, .html, .csv, .json) gives the format\n"
	     "      unless --format does\n"
	     "WHAT: talking-points (the default), norms, decisions, actions, ratings, items\n"
	     "      (or notes), votes, levels, all\n"
	     "DATE: YYYY-MM-DD; TEAM: its name or number\n"
	     "CSV: one kind of record per file, with its own columns; --what all: every\n"
	     "     record in one long table; --bom starts the file with a UTF-8 byte order\n"
	     "     mark, for Excel on Windows\n"),
	  N_("Prints what meetings produced: the talking points agreed by every group by\n"
	     "default. Without --meeting: the meetings of the team (or of every team) in\n"
	     "the dates given that hold some. -o FILE (or --output FILE) writes the file\n"
	     "atomically; - is standard output.\n") },
	{ "import",
	  N_("Usage: convene import FILE\n"
	     "FILE: made by convene export --what all --format json; - reads it from\n"
	     "standard input\n"),
	  N_("Adds the meetings of an export made on another computer. Meetings already\n"
	     "here are left as they are, and a bad file changes nothing.\n") },
	{ "search",
	  N_("Usage: convene search [--limit N] [--] TEXT...\n"
	     "(after --, words that begin with - are searched for too)\n"),
	  N_("Finds answers, items, notes, decisions, talking points and action items of\n"
	     "every meeting holding all the words, newest first (at most N, 50 by default).\n"
	     "Exit 1 when nothing matches.\n") },
	{ "help", N_("Usage: convene help [COMMAND]\n"),
	  N_("Prints that command's own usage and what it does (as convene COMMAND --help),\n"
	     "or without a command the general help (convene --help).\n") },
	{ "__complete", N_("Usage: convene __complete teams|meetings|protocols (for shell completion)\n"),
	  N_("Prints what the shell completion scripts offer, one a line: the teams or the\n"
	     "meetings of the database, or the protocols found.\n") },
};

/* join's own help: what a seat is and how to let participants in. */
static const char join_help[] = N_(
	"Usage: convene [--db FILE] join [--meeting N]\n"
	"\n"
	"Open a seat: one participant's own screen in a running meeting, in a\n"
	"terminal of their own. They type the join code shown on the room's\n"
	"screen, pick their name, and enter their own ratings (on a blind step as\n"
	"a secret ballot, stored without their name); the facilitator keeps the\n"
	"controls.\n"
	"\n"
	"On the facilitator's computer: open a second terminal, run convene join.\n"
	"Over SSH: a 'seat' account in the database's group, whose only program\n"
	"is convene --db FILE join (an sshd Match block with ForceCommand and no\n"
	"forwarding); participants connect with ssh -t seat@HOST. The README's\n"
	"section \"Seats: each participant at their own terminal\" has the commands.\n"
	"\n"
	"Options:\n"
	"  --meeting N       join meeting N only (otherwise any running meeting)\n"
	"  -h, --help        show this help\n"
	"\n"
	"Exit status: 0 the seat was left, 64 usage or no terminal, 66 no such\n"
	"database or meeting, 77 this account may not use the database as it is\n"
	"(the fix is printed), or too many wrong join codes.\n");

static int find(const char *cmd)
{
	for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
		if (strcmp(commands[i].name, cmd) == 0)
			return (int)i;
	return -1;
}

void cli_usage(const char *cmd, FILE *f)
{
	int i = find(cmd);
	if (i >= 0)
		fputs(_(commands[i].usage), f);
}

int cli_help(const char *cmd)
{
	int i = find(cmd);
	if (i < 0) {
		text_fprintf(stderr, _("convene help: there is no command '%s' (see convene --help)\n"),
			     cmd);
		return EX_USAGE;
	}
	if (!commands[i].help) {
		fputs(_(join_help), stdout);
		return 0;
	}
	fputs(_(commands[i].usage), stdout);
	fputs(_(commands[i].help), stdout);
	return 0;
}

int cli_help_command(const struct cli_args *a)
{
	if (a->n == 0) {
		cli_general_help();
		return 0;
	}
	return cli_help(a->words[0]);
}
