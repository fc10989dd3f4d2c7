/*
 * cli-join: `convene join`, the command that opens a seat. It owns what
 * is said before the seat's screen: the help (what a seat is, how to let
 * participants in over SSH), the refusal without a terminal (ssh without
 * -t), and the check that this account may use the database, which a seat
 * account over SSH shares with the facilitator through a group, with the
 * exact commands that fix it. The seat's screens are ui_join's.
 */
#include "cli.h"
#include "convene/catalog.h"
#include "convene/seat-access.h"
#include "convene/store.h"
#include "convene/text.h"
#include "convene/ui.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>
#include <unistd.h>

static const char join_help[] =
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
	"(the fix is printed), or too many wrong join codes.\n";

static const char usage[] = "Usage: convene join [--meeting N]   (convene join --help says more)\n";

/* Says what keeps this account from the database and how to fix it; false
 * when something does. A path that cannot be made is left to the open. */
static bool access_ok(const char *db)
{
	char *err = NULL;
	char *path = cli_db_path(db, &err);
	free(err);
	if (!path)
		return true;
	struct seat_access a;
	bool ok = seat_access_check(path, &a);
	if (!ok) {
		text_fprintf(stderr, "convene join: the database %s is not set up for this account:\n",
			     path);
		for (size_t i = 0; i < a.n; i++)
			text_fprintf(stderr, "  - %s\n    fix, %s\n", a.problems[i].what,
				     a.problems[i].fix);
		fputs("The README's section \"Seats: each participant at their own terminal\" "
		      "shows the whole arrangement.\n", stderr);
	}
	seat_access_free(&a);
	free(path);
	return ok;
}

/* The meeting --meeting names is on record and running; else says so. */
static bool meeting_open(struct store *s, const char *meeting)
{
	bool found = false;
	struct meeting_info m;
	if (!store_meeting_info(s, strtoll(meeting, NULL, 10), &found, &m)) {
		text_fprintf(stderr, "convene join: %s\n", store_error(s));
		return false;
	}
	if (!found) {
		text_fprintf(stderr, "convene join: there is no meeting %s\n", meeting);
		return false;
	}
	bool running = m.status == MEETING_RUNNING;
	if (!running)
		text_fprintf(stderr, "convene join: meeting %s is closed: there is nothing to join\n",
			     meeting);
	meeting_info_free(&m);
	return running;
}

int cli_join(const char *db, const struct ui_options *opt, int argc, char **argv)
{
	const char *meeting = NULL;
	for (int i = 0; i < argc; i++) {
		if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0) {
			fputs(join_help, stdout);
			return 0;
		}
		if (strcmp(argv[i], "--meeting") != 0) {
			text_fprintf(stderr, "convene join: unknown argument '%s'\n%s", argv[i], usage);
			return EX_USAGE;
		}
		int rc = cli_meeting_option("join", usage, argc, argv, &i, &meeting);
		if (rc)
			return rc;
	}
	/* ssh given a command allocates no terminal unless asked (-t); the
	 * seat's screen needs one. */
	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		fputs("convene join needs a terminal: over SSH connect with ssh -t\n", stderr);
		return EX_USAGE;
	}
	if (!access_ok(db))
		return EX_NOPERM;
	struct store *s;
	int rc = cli_open_store(db, CLI_EXISTING, &s, NULL);
	if (rc)
		return rc;
	if (meeting && !meeting_open(s, meeting)) {
		store_close(s);
		return EX_NOINPUT;
	}
	struct catalog c;
	cli_load_catalog(&c);
	struct ui_options o = *opt;
	o.meeting = meeting;
	rc = ui_join(s, &c, &o);
	catalog_free(&c);
	store_close(s);
	return rc;
}
