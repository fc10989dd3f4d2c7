/*
 * cli-join: `convene join`, the command that opens a seat. It owns what
 * is said before the seat's screen (its help, what a seat is and how to
 * let participants in over SSH, is cli-help.c's): the refusal without a
 * terminal (ssh without -t), and the check that this account may use the database, which a seat
 * account over SSH shares with the facilitator through a group, with the
 * exact commands that fix it. The seat's screens are ui_join's.
 */
#include "cli.h"
#include "convene/catalog.h"
#include "convene/i18n.h"
#include "convene/seat-access.h"
#include "convene/store.h"
#include "convene/text.h"
#include "convene/ui.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>
#include <unistd.h>

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
		text_fprintf(stderr, _("convene join: the database %s is not set up for this "
				       "account:\n"), path);
		for (size_t i = 0; i < a.n; i++)
			/* TRANSLATORS: a problem, then the command that fixes it. */
			text_fprintf(stderr, _("  - %s\n    fix, %s\n"), a.problems[i].what,
				     a.problems[i].fix);
		fputs(_("The README's section \"Seats: each participant at their own terminal\" "
			"shows the whole arrangement.\n"), stderr);
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
		text_fprintf(stderr, _("convene join: there is no meeting %s\n"), meeting);
		return false;
	}
	bool running = m.status == MEETING_RUNNING;
	if (!running)
		text_fprintf(stderr, _("convene join: meeting %s is closed: there is nothing to "
				       "join\n"), meeting);
	meeting_info_free(&m);
	return running;
}

int cli_join(const struct cli_args *a)
{
	const char *db = a->db, *meeting = a->value[CLI_MEETING];
	if (!cli_meeting_number(a))
		return EX_USAGE;
	/* ssh given a command allocates no terminal unless asked (-t); the
	 * seat's screen needs one. */
	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		fputs(_("convene join needs a terminal: over SSH connect with ssh -t\n"), stderr);
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
	struct ui_options o = *a->ui;
	o.meeting = meeting;
	rc = ui_join(s, &c, &o);
	catalog_free(&c);
	store_close(s);
	return rc;
}
