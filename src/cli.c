/* cli: the commands that run without the full-screen app. */
#include "cli.h"
#include "convene/catalog.h"
#include "convene/demo.h"
#include "convene/i18n.h"
#include "convene/paths.h"
#include "convene/store.h"
#include "convene/text.h"
#include "convene/ui.h"
#include "convene/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>
#include <errno.h>
#include <fcntl.h>
#include <linux/magic.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <unistd.h>

/* The database named with --db, always a file: SQLite reads ":memory:",
 * and "file:" URIs such as "file:x?mode=memory", as databases that live in
 * memory, which would say "Saved" and keep nothing. "./" in front makes
 * either a plain name. (main refuses an empty one.) */
static char *db_file(const char *db)
{
	if (db[0] == ':' || strncmp(db, "file:", 5) == 0)
		return xasprintf("./%s", db);
	return xstrdup(db);
}

/* What is wrong with path as a database file, said before SQLite's
 * "unable to open database file"; an exit code, 0 when it may be opened. */
static int check_db_path(const char *path, enum cli_open how)
{
	int bad = how == CLI_CREATE ? EX_CANTCREAT : EX_NOINPUT;
	struct stat st;
	struct statfs fs;
	if (lstat(path, &st) != 0) {
		if (errno != ENOENT) {
			text_fprintf(stderr, _("convene: cannot open %s: %s\n"), path, strerror(errno));
			return bad;
		}
		if (how != CLI_CREATE) {
			text_fprintf(stderr, _("convene: %s: there is no database file of that name "
					       "(nothing was created: check the name given to --db)\n"),
				     path);
			return EX_NOINPUT;
		}
		char *dir = xstrdup(path);
		char *slash = strrchr(dir, '/');
		bool missing = slash && slash != dir && (*slash = '\0', stat(dir, &st) != 0);
		if (missing)
			text_fprintf(stderr, _("convene: cannot create %s: the folder %s does not exist\n"),
				     path, dir);
		free(dir);
		return missing ? EX_CANTCREAT : 0;
	}
	if (S_ISLNK(st.st_mode)) {
		char target[4096];
		ssize_t n = readlink(path, target, sizeof target - 1);
		target[n > 0 ? n : 0] = '\0';
		/* Never followed (SQLITE_OPEN_NOFOLLOW): a link could send the
		 * team's record somewhere else than where it is looked for. */
		if (n > 0)
			text_fprintf(stderr, _("convene: %s is a symbolic link (to %s): convene opens only "
					       "the database file itself; name that file\n"), path, target);
		else
			text_fprintf(stderr, _("convene: %s is a symbolic link: convene opens only the "
					       "database file itself; name that file\n"), path);
		return bad;
	}
	if (S_ISDIR(st.st_mode)) {
		text_fprintf(stderr, _("convene: %1$s is a folder, not a database file: name a file "
				       "(for example %1$s/convene.db)\n"), path);
		return bad;
	}
	if (!S_ISREG(st.st_mode)) {
		text_fprintf(stderr, _("convene: %s is not a regular file (a device, a pipe or a "
				       "socket): name a database file\n"), path);
		return bad;
	}
	if (statfs(path, &fs) == 0 && (fs.f_type == PROC_SUPER_MAGIC || fs.f_type == SYSFS_MAGIC)) {
		text_fprintf(stderr, _("convene: %s is a file the kernel makes up (/proc or /sys), "
				       "not a database file\n"), path);
		return bad;
	}
	return 0;
}

char *cli_db_path(const char *db, char **err)
{
	return db ? db_file(db) : paths_default_db(err);
}

/* A new database is read and written by its owner and its group, and by no
 * other account: 0660, whatever the umask (main's 077 is for exports).
 * SQLite would create it 0644 minus the umask, and its -wal and -shm copy
 * the database's mode, so the mode is set here, before SQLite first opens
 * it. In a setgid folder the file takes the folder's group, which is how a
 * seat account shares it (README, "Seats"); in a private folder (the
 * default one is 0700) the group reaches nothing. True when it made the
 * file; otherwise SQLite creates it, or says why it cannot. */
static bool create_db_file(const char *path)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
	if (fd < 0)
		return false;
	if (fchmod(fd, 0660) != 0) {
		close(fd);
		unlink(path);
		return false;
	}
	close(fd);
	return true;
}

int cli_open_store(const char *db, enum cli_open how, struct store **out, char **path_out)
{
	char *err = NULL;
	char *path = cli_db_path(db, &err);
	*out = NULL;
	if (!path) {
		text_fprintf(stderr, "convene: %s\n", err);
		free(err);
		return EX_CANTCREAT;
	}
	int rc = check_db_path(path, how);
	if (rc) {
		free(path);
		return rc;
	}
	bool made = how == CLI_CREATE && create_db_file(path);
	enum store_open_error why;
	*out = how == CLI_READ ? store_open_read(path, &why, &err) : store_open(path, &why, &err);
	struct stat st;
	/* An empty file it made is not left behind by a failed open. */
	if (!*out && made && stat(path, &st) == 0 && st.st_size == 0)
		unlink(path);
	if (!*out) {
		text_fprintf(stderr, "convene: %s\n", err);
		free(err);
		free(path);
		switch (why) {
		case STORE_OPEN_CANNOT_CREATE:
			return EX_CANTCREAT;
		case STORE_OPEN_EMPTY:
			return EX_NOINPUT;
		case STORE_OPEN_NOT_CONVENE:
		case STORE_OPEN_TOO_NEW:
			return EX_DATAERR;
		default:
			return EX_IOERR;
		}
	}
	if (path_out)
		*path_out = path;
	else
		free(path);
	return 0;
}

void cli_load_catalog(struct catalog *c)
{
	char **dirs = paths_protocol_dirs();
	catalog_load(c, dirs);
	paths_free_list(dirs);
}

bool cli_meeting_number(const struct cli_args *a)
{
	const char *m = a->value[CLI_MEETING];
	char *end = NULL;
	long long id = m ? strtoll(m, &end, 10) : 1;
	if (id <= 0 || (end && (*end || end == m))) {
		cli_usage_error(a->cmd, _("--meeting takes a meeting's number, not '%s'"), m);
		return false;
	}
	return true;
}

/* A whole number from min to max, or false. */
static bool number_in(const char *text, long min, long max, long *out)
{
	char *end;
	long n = strtol(text, &end, 10);
	if (end == text || *end || n < min || n > max)
		return false;
	*out = n;
	return true;
}

int cli_demo(const struct cli_args *a)
{
	const char *db = a->db;
	long history = 0, teams = 1;
	const char *h = a->value[CLI_HISTORY], *k = a->value[CLI_TEAMS];
	if (h && !number_in(h, 1, 100000, &history))
		return cli_usage_error("demo", _("--history takes a number from 1 to 100000, not '%s'"),
				       h);
	if (k && !number_in(k, 1, 1000, &teams))
		return cli_usage_error("demo", _("--teams takes a number from 1 to 1000, not '%s'"), k);
	if (teams > 1 && history == 0)
		return cli_usage_error("demo", "%s", _("--teams shares out a --history"));
	struct store *s;
	int rc = cli_open_store(db, CLI_CREATE, &s, NULL);
	if (rc)
		return rc;
	bool added;
	int64_t *ids = xcalloc((size_t)teams, sizeof *ids);
	bool ok = demo_add_team(s, &added, &ids[0]);
	if (ok && added)
		text_fprintf(stdout, ngettext("Added the demo team \"%s\" with %zu member.\n",
					      "Added the demo team \"%s\" with %zu members.\n",
					      demo_member_count()),
			     demo_team_name(), demo_member_count());
	else if (ok)
		text_fprintf(stdout, _("The demo team \"%s\" is already there.\n"), demo_team_name());
	for (long t = 1; ok && t < teams; t++)
		ok = demo_add_copy(s, (size_t)t + 1, &ids[t]);
	if (ok && teams > 1)
		text_fprintf(stdout, ngettext("Added %ld more team like it, \"Demo team %ld\".\n",
					      "Added %ld more teams like it, \"Demo team 2\" to "
					      "\"Demo team %ld\".\n", teams - 1),
			     teams - 1, teams);
	if (ok && history > 0) {
		struct catalog c;
		cli_load_catalog(&c);
		/* Shared out, the first teams taking one more when it does not divide. */
		for (long t = 0; ok && t < teams; t++) {
			long n = history / teams + (t < history % teams);
			ok = n == 0 || demo_add_history(s, &c, ids[t], (size_t)n);
		}
		catalog_free(&c);
		if (ok && teams > 1)
			text_fprintf(stdout, ngettext("Added %ld past meeting, shared among the teams, "
						      "one every two weeks up to today.\n",
						      "Added %ld past meetings, shared among the teams, "
						      "one every two weeks up to today.\n", history),
				     history);
		else if (ok)
			text_fprintf(stdout, ngettext("Added %ld past meeting, one every two weeks up to "
						      "today.\n",
						      "Added %ld past meetings, one every two weeks up to "
						      "today.\n", history),
				     history);
	}
	if (!ok && history)
		text_fprintf(stderr, _("convene: the history was not added: %s\n"), store_error(s));
	else if (!ok)
		text_fprintf(stderr, "convene: %s\n", store_error(s));
	free(ids);
	store_close(s);
	return ok ? 0 : EX_IOERR;
}

static int run_app(const char *db, const struct ui_options *opt)
{
	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		fputs(_("convene: the app needs a terminal; see 'convene --help' for the commands\n"),
		      stderr);
		return EX_USAGE;
	}
	struct store *s;
	int rc = cli_open_store(db, opt->review ? CLI_EXISTING : CLI_CREATE, &s, NULL);
	if (rc)
		return rc;
	struct catalog c;
	cli_load_catalog(&c);
	rc = ui_run(s, &c, opt);
	catalog_free(&c);
	store_close(s);
	return rc;
}

int cli_app(const struct cli_args *a)
{
	return run_app(a->db, a->ui);
}

int cli_review(const struct cli_args *a)
{
	struct ui_options review = *a->ui;
	review.review = true;
	return run_app(a->db, &review);
}

int cli_present(const struct cli_args *a)
{
	const char *db = a->db, *meeting = a->value[CLI_MEETING];
	if (!cli_meeting_number(a))
		return EX_USAGE;
	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		fputs(_("convene present: it needs a terminal\n"), stderr);
		return EX_USAGE;
	}
	struct store *s;
	int rc = cli_open_store(db, CLI_READ, &s, NULL);
	if (rc)
		return rc;
	bool found = true;
	struct meeting_info m;
	if (meeting && store_meeting_info(s, strtoll(meeting, NULL, 10), &found, &m) && found)
		meeting_info_free(&m);
	if (!found) {
		/* Said now, rather than waiting on a screen for what never comes. */
		text_fprintf(stderr, _("convene present: there is no meeting %s\n"), meeting);
		store_close(s);
		return EX_NOINPUT;
	}
	struct catalog c;
	cli_load_catalog(&c);
	rc = ui_present(s, &c, meeting, a->ui);
	catalog_free(&c);
	store_close(s);
	return rc;
}
