/*
 * main: the program's start. The locale and the interface's language, the
 * settings file, then the command line (cli-options.c reads it: global
 * options anywhere, each command's own after it), and the command runs
 * with the command line winning over CONVENE_DB, which wins over the file.
 */
#include "cli.h"
#include "convene/config.h"
#include "convene/i18n.h"
#include "convene/paths.h"
#include "convene/text.h"
#include "convene/ui.h"
#include "convene/util.h"

#include <errno.h>
#include <langinfo.h>
#include <locale.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sysexits.h>

/* The settings file (convene/config.h), when there is one. False (the file
 * is wrong) with why in err: said once the command line has been read, so
 * --help and --version answer even then. */
static bool read_config(struct convene_config *c, char *err, size_t size)
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
			text_fprintf(stderr, _("convene: cannot read %s (%s): going on without it\n"),
				     path, strerror(why));
		free(path);
		return true;
	}
	char why[256];
	bool ok = config_parse(text, len, getenv("HOME"), c, why, sizeof why);
	if (!ok)
		snprintf(err, size, "convene: %s: %s\n", path, why);
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
	/* Meeting notes are confidential: exports and folders are created for
	 * their owner only, the database for its owner and group and never for
	 * every account (cli_open_store: the group is how seats share it). */
	umask(077);
	/* The locale's language first, so even a wrong settings file is
	 * reported in it; then the file's language speaks for everything, the
	 * help and the command line's errors too. */
	i18n_init(NULL);
	struct convene_config conf;
	char conf_err[512] = "";
	bool conf_ok = read_config(&conf, conf_err, sizeof conf_err);
	if (conf_ok && conf.language)
		i18n_init(conf.language);
	struct ui_options ui = { .theme = THEME_DEFAULT };
	struct cli_global g = { .ui = &ui };
	const struct cli_command *cmd;
	struct cli_args a;
	int status = cli_parse(argc, argv, &g, &cmd, &a);
	if (status < 0 && !conf_ok) {
		text_fprintf(stderr, "%s", conf_err);
		status = EX_CONFIG;
	}
	const char *env_db = getenv("CONVENE_DB");
	if (status < 0 && !g.db && env_db && cli_is_blank(env_db)) {
		fputs(_("convene: CONVENE_DB is set but empty: name the database file, or unset it\n"),
		      stderr);
		status = EX_USAGE;
	}
	if (status < 0) {
		a.db = g.db ? g.db : env_db ? env_db : conf.database;
		if (!g.theme_given && conf.theme)
			ui_theme_parse(conf.theme, &ui.theme);
		if (!g.bell_given && conf.bell >= 0)
			ui.bell = conf.bell == 1;
		a.ui = &ui;
		status = cli_run(cmd, &a);
	}
	config_free(&conf);
	free(a.words);
	return status;
}
