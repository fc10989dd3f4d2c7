/*
 * cli-options: the command line, read one way for every command with
 * getopt_long. The global options (--db, --theme, --bell, -h/--help,
 * --version) come before the command; after it, the command's own table,
 * which holds the global options too. So --opt=value and --opt value,
 * options before or after the command's words, and -- ending the options
 * (after it, search's words and check's files may begin with -) hold for
 * every command, and an option a command does not take is named with that
 * command. A command is a row of commands[]: its table of options and what
 * runs it; the words after the options it reads itself.
 */
#include "config.h"
#include "cli.h"
#include "convene/i18n.h"
#include "convene/text.h"
#include "convene/ui.h"
#include "convene/util.h"

#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

/* What getopt_long returns for each option: a command's option 0x100 plus
 * its enum cli_option (-o and --output 'o'), the global ones G_. */
#define OPT(id) (0x100 + (id))
enum { G_HELP = 'h', G_DB = 0x200, G_THEME, G_BELL, G_VERSION };

#define GLOBAL_OPTIONS                                                                 \
	{ "db", required_argument, NULL, G_DB }, { "theme", required_argument, NULL, G_THEME }, \
	{ "bell", no_argument, NULL, G_BELL }, { "help", no_argument, NULL, G_HELP },           \
	{ "version", no_argument, NULL, G_VERSION }, { NULL, 0, NULL, 0 }

static const struct option global_options[] = { GLOBAL_OPTIONS };
static const struct option meeting_options[] = {
	{ "meeting", required_argument, NULL, OPT(CLI_MEETING) },
	GLOBAL_OPTIONS
};
static const struct option export_options[] = {
	{ "meeting", required_argument, NULL, OPT(CLI_MEETING) },
	{ "team", required_argument, NULL, OPT(CLI_TEAM) },
	{ "since", required_argument, NULL, OPT(CLI_SINCE) },
	{ "until", required_argument, NULL, OPT(CLI_UNTIL) },
	{ "what", required_argument, NULL, OPT(CLI_WHAT) },
	{ "format", required_argument, NULL, OPT(CLI_FORMAT) },
	{ "output", required_argument, NULL, 'o' },
	{ "bom", no_argument, NULL, OPT(CLI_BOM) },
	GLOBAL_OPTIONS
};
static const struct option demo_options[] = {
	{ "history", required_argument, NULL, OPT(CLI_HISTORY) },
	{ "teams", required_argument, NULL, OPT(CLI_TEAMS) },
	GLOBAL_OPTIONS
};
static const struct option search_options[] = {
	{ "limit", required_argument, NULL, OPT(CLI_LIMIT) },
	GLOBAL_OPTIONS
};

struct cli_command {
	const char *name;
	int (*run)(const struct cli_args *a);
	const struct option *options;
	const char *short_options; /* besides -h */
	int max_words;             /* -1: any number */
	/* How to give a word that begins with -, said after "unknown
	 * option" to a command whose words may. */
	enum { DASH_NONE, DASH_FILE, DASH_IMPORT, DASH_WORD } dash;
};

static const struct cli_command commands[] = {
	{ "check", cli_check, global_options, "", -1, DASH_FILE },
	{ "protocols", cli_protocols, global_options, "", 0, DASH_NONE },
	{ "present", cli_present, meeting_options, "", 0, DASH_NONE },
	{ "join", cli_join, meeting_options, "", 0, DASH_NONE },
	{ "review", cli_review, global_options, "", 0, DASH_NONE },
	{ "demo", cli_demo, demo_options, "", 0, DASH_NONE },
	{ "export", cli_export, export_options, "o:", 0, DASH_NONE },
	{ "import", cli_import, global_options, "", 1, DASH_IMPORT },
	{ "search", cli_search, search_options, "", -1, DASH_WORD },
	{ "help", cli_help_command, global_options, "", 1, DASH_NONE },
	/* For the shell completion scripts; not in the help. */
	{ "__complete", cli_complete, global_options, "", -1, DASH_NONE },
};

const struct cli_command *cli_find(const char *name)
{
	for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
		if (strcmp(commands[i].name, name) == 0)
			return &commands[i];
	return NULL;
}

int cli_run(const struct cli_command *cmd, const struct cli_args *a)
{
	return cmd ? cmd->run(a) : cli_app(a);
}

int cli_usage_error(const char *cmd, const char *fmt, ...)
{
	char msg[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	text_fprintf(stderr, "convene %s: %s\n", cmd, msg);
	cli_usage(cmd, stderr);
	return EX_USAGE;
}

/* getopt_long starts over: optind 0 makes glibc read its optstring's
 * '+' or '-' again, and the BSDs' (macOS) reset too (they take optind 0
 * as optreset). */
static void getopt_restart(void)
{
	optind = 0;
	opterr = 0; /* the messages are ours: they name the command */
}

bool cli_is_blank(const char *s)
{
	while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r' || *s == '\v' || *s == '\f')
		s++;
	return *s == '\0';
}

/* A global option, before or after the command (cmd NULL: before one):
 * -1 to go on, else the exit code of what it answered. The last --db or
 * --theme given wins. */
static int global_option(struct cli_global *g, const char *cmd, int ch, const char *arg)
{
	switch (ch) {
	case G_DB:
		if (cli_is_blank(arg)) {
			fputs(_("convene: --db was given an empty name (is the variable it came from "
				"unset?);\nname the database file, or leave --db out to use the default "
				"one\n"), stderr);
			return EX_USAGE;
		}
		g->db = arg;
		return -1;
	case G_THEME:
		if (!ui_theme_parse(arg, &g->ui->theme)) {
			text_fprintf(stderr, "convene: %s\n",
				     _("--theme takes default, projector or mono"));
			return EX_USAGE;
		}
		g->theme_given = true;
		return -1;
	case G_BELL:
		g->ui->bell = true;
		g->bell_given = true;
		return -1;
	case G_VERSION:
		text_fprintf(stdout, "convene %s\n", CONVENE_VERSION);
		return 0;
	case G_HELP:
		if (cmd)
			return cli_help(cmd);
		cli_general_help();
		return 0;
	}
	return -1;
}

/* How many options of the table begin with name (up to an '='). */
static int options_begun(const struct option *o, const char *name)
{
	size_t len = strcspn(name, "=");
	int n = 0;
	for (; o->name; o++)
		n += strncmp(o->name, name, len) == 0;
	return n;
}

/* The name of the option getopt_long returned ch for: --meeting, -o. */
static const char *option_name(const struct option *o, int ch)
{
	static char name[64];
	if (ch == 'o')
		return "-o";
	for (; o->name; o++)
		if (o->val == ch)
			break;
	snprintf(name, sizeof name, "--%s", o->name ? o->name : "?");
	return name;
}

/* What getopt_long refused ('?' or ':') in the word arg, said with the
 * command it was given to (c NULL: before any command). */
static int option_error(const struct cli_command *c, int ch, const char *arg)
{
	const struct option *table = c ? c->options : global_options;
	char shown[256];
	char msg[512];
	if (ch != ':' && optopt && strncmp(arg, "--", 2) != 0)
		snprintf(shown, sizeof shown, "-%c", optopt);
	else
		snprintf(shown, sizeof shown, "%.*s", (int)strcspn(arg, "="), arg);
	if (ch == ':' && optopt == G_DB)
		snprintf(msg, sizeof msg, "%s", _("--db needs a file name"));
	else if (ch == ':' && optopt == G_THEME)
		snprintf(msg, sizeof msg, "%s", _("--theme takes default, projector or mono"));
	else if (ch == ':' && optopt == OPT(CLI_MEETING))
		snprintf(msg, sizeof msg, "%s", _("--meeting takes a meeting's number"));
	else if (ch == ':')
		snprintf(msg, sizeof msg, _("%s needs a value"), shown);
	else if (optopt && strncmp(arg, "--", 2) == 0)
		snprintf(msg, sizeof msg, _("%s takes no value"), shown);
	else if (!optopt && options_begun(table, arg + 2) > 1)
		snprintf(msg, sizeof msg, _("%s is ambiguous: more than one option begins so"), shown);
	else if (c && c->dash == DASH_FILE)
		/* TRANSLATORS: the second %s is the first, what was typed. */
		snprintf(msg, sizeof msg, _("unknown option '%s' (a file named so: ./%s, or put -- "
					    "before it)"), shown, arg);
	else if (c && c->dash == DASH_IMPORT)
		snprintf(msg, sizeof msg, _("unknown option '%s' (a file named so: ./%s; - alone "
					    "reads standard input)"), shown, arg);
	else if (c && c->dash == DASH_WORD)
		snprintf(msg, sizeof msg, _("unknown option '%s' (to search for it, put -- before "
					    "it)"), shown);
	else
		snprintf(msg, sizeof msg, _("unknown option '%s'"), shown);
	if (c)
		return cli_usage_error(c->name, "%s", msg);
	text_fprintf(stderr, "convene: %s\n", msg);
	fputs(_("Try 'convene --help'.\n"), stderr);
	return EX_USAGE;
}

/* The command's own options and its words, argv[0] being its name. */
static int parse_command(const struct cli_command *c, int argc, char **argv, struct cli_global *g,
			 struct cli_args *a)
{
	char short_options[16];
	/* '-': words come back in order (1), not moved behind the options;
	 * ':': a missing value is told apart from an unknown option. */
	snprintf(short_options, sizeof short_options, "-:h%s", c->short_options);
	getopt_restart();
	int ch, at;
	/* at: the word being read (getopt_long moves optind past a word of
	 * short options, -xy, only once it has read them all). */
	while ((at = optind > 0 ? optind : 1),
	       (ch = getopt_long(argc, argv, short_options, c->options, NULL)) != -1) {
		if (ch == 1) {
			a->words[a->n++] = optarg;
		} else if (ch == '?' || ch == ':') {
			return option_error(c, ch, argv[at]);
		} else if (ch == 'o' || (ch >= OPT(0) && ch < OPT(CLI_OPTIONS))) {
			int id = ch == 'o' ? CLI_OUTPUT : ch - OPT(0);
			/* Which of the two was meant cannot be guessed. */
			if (a->value[id])
				return cli_usage_error(c->name, _("%s was given twice: give it once"),
						       option_name(c->options, ch));
			a->value[id] = optarg ? optarg : "";
		} else {
			int rc = global_option(g, c->name, ch, optarg);
			if (rc >= 0)
				return rc;
		}
	}
	/* After --: words, whatever they begin with. */
	while (optind < argc)
		a->words[a->n++] = argv[optind++];
	a->words[a->n] = NULL;
	if (c->max_words >= 0 && a->n > c->max_words)
		return cli_usage_error(c->name, _("unexpected argument '%s'"), a->words[c->max_words]);
	return -1;
}

int cli_parse(int argc, char **argv, struct cli_global *g, const struct cli_command **cmd,
	      struct cli_args *a)
{
	*cmd = NULL;
	*a = (struct cli_args){ .words = xcalloc((size_t)argc + 1, sizeof *a->words) };
	/* '+': the first word that is not an option is the command. */
	getopt_restart();
	int ch, at;
	while ((at = optind > 0 ? optind : 1),
	       (ch = getopt_long(argc, argv, "+:h", global_options, NULL)) != -1) {
		if (ch == '?' || ch == ':')
			return option_error(NULL, ch, argv[at]);
		int rc = global_option(g, NULL, ch, optarg);
		if (rc >= 0)
			return rc;
	}
	if (optind >= argc)
		return -1;
	const struct cli_command *c = cli_find(argv[optind]);
	if (!c) {
		text_fprintf(stderr, _("convene: unknown command '%s'\n"), argv[optind]);
		fputs(_("Try 'convene --help'.\n"), stderr);
		return EX_USAGE;
	}
	*cmd = c;
	a->cmd = c->name;
	return parse_command(c, argc - optind, argv + optind, g, a);
}
