/*
 * seat-access: whether an account may use a database as a seat, and the
 * commands that set it right when it may not. A seat over SSH runs as
 * another account than the facilitator's, the two sharing the database
 * through a group (README, "Seats"). SQLite must read and write the
 * database, create its -wal and -shm files in the database's folder, and
 * read and write them once they exist, as a seat must its "-seats" lock
 * file (seat-lock.h). A mode wrong for any of these fails only later, in
 * the middle of the meeting ("attempt to write a readonly database"), so
 * a seat checks them all before it opens.
 *
 * The check goes by owner, group and mode as `ls -l` shows them (ACLs are
 * not read), which is what the fixes change. No SQLite, no terminal.
 */
#ifndef CONVENE_SEAT_ACCESS_H
#define CONVENE_SEAT_ACCESS_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

struct seat_identity {
	uid_t uid;
	const char *name;    /* the account's name, as the messages say it */
	const gid_t *groups; /* every group it is in: primary and supplementary */
	size_t n_groups;
};

struct seat_problem {
	char *what; /* what is wrong, naming the file, its owner, group and mode */
	char *fix;  /* who runs what to set it right: exact commands */
};

struct seat_access {
	struct seat_problem *problems; /* in the order to fix them */
	size_t n;
};

/* Checks the database at path, its folder (and the folders above it),
 * and its -wal, -shm and -seats files as the account who. True when
 * nothing is wrong; otherwise out lists the problems (free with
 * seat_access_free). A database that does not exist is not a problem
 * here: opening it says so. None of these files may be readable or
 * writable by every account (the notes are confidential). */
bool seat_access_check_as(const char *path, const struct seat_identity *who,
			  struct seat_access *out);
/* The same, as the account this program runs as. */
bool seat_access_check(const char *path, struct seat_access *out);
void seat_access_free(struct seat_access *a);

#endif
