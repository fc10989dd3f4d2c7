/*
 * main: the command line. Global options (--db, --help, --version) may
 * appear anywhere; the first other word names the command.
 */
#include "config.h"
#include "cli.h"
#include "convene/catalog.h"
#include "convene/config.h"
#include "convene/i18n.h"
#include "convene/paths.h"
#include "convene/store.h"
#include "convene/ui.h"
#include "convene/text.h"
#include "convene/util.h"

#include <errno.h>
#include <langinfo.h>
#include <locale.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sysexits.h>

static const char usage[] =
	"Usage: convene [--db FILE] [COMMAND [ARGS]]\n"
	"\n"
	"Run learning-team meetings from a terminal, screen by screen, and keep\n"
	"the team's record in one SQLite file.\n"
	"\n"
	"Commands (convene help COMMAND, or COMMAND --help, says more of each):\n"
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
	"                    with K - 1 teams like it)\n"
	"  export [--meeting ID | [--team TEAM] [--since DATE] [--until DATE]]\n"
	"         [--what WHAT] [--format md|txt|html|csv|json] [-o FILE]\n"
	"                    print what meetings produced: WHAT is talking-points\n"
	"                    (agreed ones; the default), norms, decisions, actions,\n"
	"                    ratings, items (or notes), votes, levels or all;\n"
	"                    without --meeting, the meetings of the team (or of all\n"
	"                    teams) in the dates given that hold some\n"
	"  import FILE       add the meetings of an export (--what all --format json)\n"
	"                    made on another computer (FILE - reads standard input);\n"
	"                    those already here are left\n"
	"                    as they are, and a bad file changes nothing\n"
	"  search [--limit N] [--] TEXT...\n"
	"                    find answers, items, notes, decisions, talking points\n"
	"                    and action items of every meeting holding all the words\n"
	"\n"
	"Options:\n"
	"  --db FILE         use this database instead of\n"
	"                    $XDG_DATA_HOME/convene/convene.db\n"
	"  --theme NAME      default, projector (high contrast) or mono; NO_COLOR\n"
	"                    set and not empty means mono\n"
	"  --bell            ring the terminal bell when a step runs over\n"
	"  -h, --help        show this help\n"
	"  --version         show the version\n"
	"\n"
	"Settings: $XDG_CONFIG_HOME/convene/config (by default ~/.config/convene/config),\n"
	"one 'key = value' a line: theme (default, projector, mono), bell (yes, no),\n"
	"database (/... or ~/...). CONVENE_DB names the database too. Options win over\n"
	"CONVENE_DB, which wins over the file.\n"
	"\n"
	"Exit status: 0 success, 64 usage, 65 bad data, 66 missing input,\n"
	"73 cannot create, 74 I/O error, 77 not permitted (join), 78 a wrong\n"
	"settings file.\n";

static int dispatch(const char *db, const struct ui_options *opt, int n, char **rest)
{
	if (n == 0)
		return cli_app(db, opt);
	const char *cmd = rest[0];
	if (strcmp(cmd, "help") == 0) {
		if (n == 1) {
			fputs(usage, stdout);
			return 0;
		}
		if (strcmp(rest[1], "join") == 0) {
			char *h[] = { (char *)"--help", NULL };
			return cli_join(db, opt, 1, h);
		}
		return cli_help(rest[1]);
	}
	if (strcmp(cmd, "check") == 0)
		return cli_check(n - 1, rest + 1);
	if (strcmp(cmd, "protocols") == 0)
		return cli_protocols(n - 1, rest + 1);
	if (strcmp(cmd, "demo") == 0)
		return cli_demo(db, n - 1, rest + 1);
	if (strcmp(cmd, "export") == 0)
		return cli_export(db, n - 1, rest + 1);
	if (strcmp(cmd, "import") == 0)
		return cli_import(db, n - 1, rest + 1);
	if (strcmp(cmd, "review") == 0 && n > 1) {
		text_fprintf(stderr, "convene review: unexpected argument '%s'\n", rest[1]);
		return EX_USAGE;
	}
	if (strcmp(cmd, "review") == 0 && n == 1) {
		struct ui_options review = *opt;
		review.review = true;
		return cli_app(db, &review);
	}
	if (strcmp(cmd, "search") == 0)
		return cli_search(db, n - 1, rest + 1);
	if (strcmp(cmd, "present") == 0)
		return cli_present(db, opt, n - 1, rest + 1);
	if (strcmp(cmd, "join") == 0)
		return cli_join(db, opt, n - 1, rest + 1);
	if (strcmp(cmd, "__complete") == 0)
		return cli_complete(db, n - 1, rest + 1);
	if (cmd[0] == '-')
		text_fprintf(stderr, "convene: unknown option '%s'\n", cmd);
	else
		text_fprintf(stderr, "convene: unknown command '%s'\n", cmd);
	fputs("Try 'convene --help'.\n", stderr);
	return EX_USAGE;
}

/* An empty or blank --db is a mistake (--db="$DB" with DB unset), never a
 * name: SQLite would open a private temporary database for "", and the app
 * would say "Saved" while nothing reached the disk. */
static const char db_blank[] =
	"convene: --db was given an empty name (is the variable it came from unset?);\n"
	"name the database file, or leave --db out to use the default one\n";

static bool is_blank(const char *s)
{
	while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r' || *s == '\v' || *s == '\f')
		s++;
	return *s == '\0';
}

/* The settings file (convene/config.h), when there is one: applied under
 * what the command line says. False (the file is wrong) says why. */
static bool read_config(struct convene_config *c)
{
	*c = (struct convene_config){ .bell = -1 };
	char *path = paths_config_file();
	if (!path)
		return true;
	size_t len;
	char *text = read_file(path, 64 * 1024, &len);
	if (!text) {
		/* A file that is there and cannot be read is said, and left out; a
		 * folder this account cannot look into (another account's home,
		 * a seat's) hides no settings of its own. */
		int why = errno;
		struct stat st;
		if (why != ENOENT && why != ENOTDIR && stat(path, &st) == 0)
			text_fprintf(stderr, "convene: cannot read %s (%s): going on without it\n", path,
				     strerror(why));
		free(path);
		return true;
	}
	char err[256];
	bool ok = config_parse(text, len, getenv("HOME"), c, err, sizeof err);
	if (!ok)
		text_fprintf(stderr, "convene: %s: %s\n", path, err);
	free(text);
	free(path);
	return ok;
}

int main(int argc, char **argv)
{
	setlocale(LC_ALL, "");
	/* Names and notes are UTF-8 whatever the locale says (LANG=C over ssh
	 * or from cron): widths, typing and drawing work in UTF-8, or the app
	 * refuses to start (draw_open) where no UTF-8 locale exists. */
	if (strcmp(nl_langinfo(CODESET), "UTF-8") != 0)
		setlocale(LC_CTYPE, "C.UTF-8");
	/* The locale's language now, so even a wrong settings file is reported
	 * in it; the file's "language", when it has one, below. */
	i18n_init(NULL);
	/* Meeting notes are confidential: exports and folders are created for
	 * their owner only, the database for its owner and group and never for
	 * every account (cli_open_store: the group is how seats share it). */
	umask(077);
	const char *db = NULL;
	struct ui_options opt = { .theme = THEME_DEFAULT };
	bool theme_given = false, bell_given = false;
	/* --opt=value is --opt value, for every command's options: split here
	 * once, before anything reads them (not after --, where words are
	 * search words). */
	/* Kept for the whole run (static: reachable to the end, as argv is). */
	static char **split;
	split = xcalloc(2 * (size_t)argc + 1, sizeof *split);
	int m = 0;
	for (int i = 0, words = 0; i < argc; i++) {
		const char *eq = !words && i > 0 ? strchr(argv[i], '=') : NULL;
		words |= i > 0 && strcmp(argv[i], "--") == 0;
		if (eq && strncmp(argv[i], "--", 2) == 0 && eq > argv[i] + 2) {
			split[m++] = xstrndup(argv[i], (size_t)(eq - argv[i]));
			split[m++] = xstrdup(eq + 1);
		} else {
			split[m++] = xstrdup(argv[i]);
		}
	}
	argc = m;
	argv = split;
	char **rest = xcalloc((size_t)argc + 1, sizeof *rest);
	int n = 0;
	bool only_args = false;
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (!only_args && strcmp(a, "--") == 0) {
			only_args = true;
			/* search reads it too: after it, "-x" is a word to find. */
			if (n > 0 && strcmp(rest[0], "search") == 0)
				rest[n++] = argv[i];
		} else if (!only_args && (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0)) {
			/* join has help of its own: how to let participants in. */
			if (n > 0 && strcmp(rest[0], "join") == 0) {
				rest[n++] = argv[i];
				continue;
			}
			/* After a command: that command's own usage. */
			int status = n > 0 && cli_has_help(rest[0]) ? cli_help(rest[0]) :
								      (fputs(usage, stdout), 0);
			free(rest);
			return status;
		} else if (!only_args && strcmp(a, "--version") == 0) {
			text_fprintf(stdout, "convene %s\n", CONVENE_VERSION);
			free(rest);
			return 0;
		} else if (!only_args && (strcmp(a, "--db") == 0 || strncmp(a, "--db=", 5) == 0)) {
			db = a[4] == '=' ? a + 5 : i + 1 < argc ? argv[++i] : NULL;
			if (!db || is_blank(db)) {
				fputs(db ? db_blank : "convene: --db needs a file name\n", stderr);
				free(rest);
				return EX_USAGE;
			}
		} else if (!only_args && strcmp(a, "--bell") == 0) {
			opt.bell = true;
			bell_given = true;
		} else if (!only_args && strcmp(a, "--theme") == 0) {
			if (i + 1 >= argc || !ui_theme_parse(argv[i + 1], &opt.theme)) {
				fputs("convene: --theme takes default, projector or mono\n", stderr);
				free(rest);
				return EX_USAGE;
			}
			theme_given = true;
			i++;
		} else {
			rest[n++] = argv[i];
		}
	}
	rest[n] = NULL;
	/* The command line wins; then CONVENE_DB for the database; then the
	 * settings file. */
	struct convene_config conf;
	if (!read_config(&conf)) {
		free(rest);
		return EX_CONFIG;
	}
	if (conf.language)
		i18n_init(conf.language);
	const char *env_db = getenv("CONVENE_DB");
	if (!db && env_db) {
		if (is_blank(env_db)) {
			fputs("convene: CONVENE_DB is set but empty: name the database file, or unset it\n",
			      stderr);
			config_free(&conf);
			free(rest);
			return EX_USAGE;
		}
		db = env_db;
	}
	if (!db)
		db = conf.database;
	if (!theme_given && conf.theme)
		ui_theme_parse(conf.theme, &opt.theme);
	if (!bell_given && conf.bell >= 0)
		opt.bell = conf.bell == 1;
	int status = dispatch(db, &opt, n, rest);
	config_free(&conf);
	free(rest);
	return status;
}
