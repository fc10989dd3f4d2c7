/*
 * Tests of the seat's access check (seat-access.c): which owner, group and
 * mode of the database, its folder and its -wal and -shm let another
 * account use it as a seat, and the exact commands each refusal names.
 * Files are made in a private temporary folder; the account checked is
 * given (seat_access_check_as), so the same cases run as root or not.
 */
#include "convene/seat-access.h"
#include "convene/util.h"
#include "tap.h"

#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char top[4096];
static gid_t team;      /* the group the files share */
static char *team_name; /* its name */
static char *owner;     /* the name of the account that owns the files */

static char *at(const char *name)
{
	return xasprintf("%s/%s", top, name);
}

static void make_file(const char *path, mode_t mode)
{
	int fd = open(path, O_CREAT | O_WRONLY | O_TRUNC, 0600);
	if (fd >= 0)
		close(fd);
	if (chown(path, (uid_t)-1, team) != 0 || chmod(path, mode) != 0)
		perror(path);
}

static void make_dir(const char *path, mode_t mode)
{
	mkdir(path, 0700);
	if (chown(path, (uid_t)-1, team) != 0 || chmod(path, mode) != 0)
		perror(path);
}

/* The folder name (made dir_mode) holding team.db (made db_mode, and
 * -wal and -shm 0660 when asked), all in the team's group. */
static char *make_db(const char *name, mode_t dir_mode, mode_t db_mode, bool wal)
{
	char *dir = at(name);
	make_dir(dir, dir_mode);
	char *db = xasprintf("%s/team.db", dir);
	make_file(db, db_mode);
	if (wal) {
		char *w = xasprintf("%s-wal", db), *s = xasprintf("%s-shm", db);
		make_file(w, 0660);
		make_file(s, 0660);
		free(w);
		free(s);
	}
	free(dir);
	return db;
}

/* As the README sets it up: a 2770 folder, files 0660. */
static char *shared(const char *name, bool wal)
{
	return make_db(name, 02770, 0660, wal);
}

/* Another account: not the files' owner, in the given groups. */
static struct seat_identity seat(const gid_t *groups, size_t n)
{
	uid_t me = getuid();
	return (struct seat_identity){ me == 0 ? 4242 : me + 4242, "seat", groups, n };
}

static void test_owner_and_group(void)
{
	char *db = make_db("mine", 0700, 0600, false);
	gid_t mine[] = { team };
	struct seat_identity me = { getuid(), "me", mine, 1 };
	struct seat_access a;
	ok(seat_access_check_as(db, &me, &a), "the owner may use a private database in a private folder");
	seat_access_free(&a);
	free(db);

	db = shared("shared", true);
	struct seat_identity s = seat(mine, 1);
	ok(seat_access_check_as(db, &s, &a), "a seat in the team's group may use a 2770 folder and 0660 files");
	is_int(a.n, 0, "and nothing is listed");
	seat_access_free(&a);
	free(db);
}

/* One file of a shared folder given a wrong mode: the one problem said. */
static const struct {
	const char *name;   /* the folder */
	const char *file;   /* the suffix of team.db changed, or NULL: the folder */
	mode_t mode;
	const char *what;   /* in the problem */
	const char *fix;    /* in its fix */
	const char *title;
} wrong[] = {
	{ "ro", "", 0640, "seat cannot write", "chmod 660 ", "a database 0640 refuses the seat" },
	{ "dir-ro", NULL, 02750, "cannot create files in the folder", "chmod 2770 ",
	  "a folder the group cannot write refuses the seat (SQLite makes -wal and -shm there)" },
	{ "shm", "-shm", 0640, "team.db-shm", "chmod 660 ", "so does an -shm the group cannot write" },
	{ "seats", "-seats", 0600, "team.db-seats", "chmod 660 ",
	  "and a -seats lock file only its owner may open" },
	{ "world", "", 0664, "can be read by every account", "chmod o-rwx ",
	  "a database every account can read is refused" },
	{ "world-wal", "-wal", 0662, "can be changed by every account", "chmod o-rwx ",
	  "so is a -wal every account can write" },
};

static void test_modes(void)
{
	gid_t in[] = { 12345, team };
	struct seat_identity s = seat(in, 2);
	struct seat_access a;
	for (size_t i = 0; i < ARRAY_LEN(wrong); i++) {
		char *db = shared(wrong[i].name, true);
		char *dir = at(wrong[i].name);
		char *f = wrong[i].file ? xasprintf("%s%s", db, wrong[i].file) : xstrdup(dir);
		if (wrong[i].file)
			make_file(f, wrong[i].mode);
		else
			make_dir(f, wrong[i].mode);
		bool refused = !seat_access_check_as(db, &s, &a);
		ok(refused && a.n == 1, "%s", wrong[i].title);
		if (a.n == 1) {
			has_str(a.problems[0].what, wrong[i].what, "%s: what", wrong[i].name);
			char *fix = xasprintf("%s%s", wrong[i].fix, f);
			has_str(a.problems[0].fix, fix, "%s: the fix", wrong[i].name);
			free(fix);
		}
		if (i == 0 && a.n == 1) {
			has_str(a.problems[0].what, "mode 0640", "the mode is named");
			char *want = getuid() == 0 ? xasprintf("as root: chmod 660 %s", db) :
				     xasprintf("as %s or root: chmod 660 %s", owner, db);
			is_str(a.problems[0].fix, want, "the fix is chmod 660, by the owner; the group is right already");
			free(want);
		}
		seat_access_free(&a);
		free(f);
		free(dir);
		free(db);
	}
}

static void test_not_in_group(void)
{
	gid_t other[] = { 12345 };
	struct seat_identity s = seat(other, 1);
	struct seat_access a;
	char *db = shared("outsider", true);
	ok(!seat_access_check_as(db, &s, &a), "an account outside the group is refused");
	is_int(a.n, 5, "the group, the folder, the database, -wal and -shm");
	if (a.n == 5) {
		has_str(a.problems[0].what, "seat is not in the group", "joining the group comes first");
		has_str(a.problems[0].fix, "usermod -a -G ", "with usermod");
		has_str(a.problems[2].what, "cannot read or write", "then the database");
	}
	seat_access_free(&a);
	free(db);
}

static void test_path_above(void)
{
	char *locked = at("locked");
	make_dir(locked, 0700);
	char *db = shared("locked/shared", false);
	gid_t in[] = { team };
	struct seat_identity s = seat(in, 1);
	struct seat_access a;
	ok(!seat_access_check_as(db, &s, &a), "a folder above that the seat cannot pass refuses it");
	is_int(a.n, 1, "one problem, the first folder in the way");
	if (a.n == 1) {
		has_str(a.problems[0].what, locked, "naming it");
		has_str(a.problems[0].fix, "/srv/convene", "the fix: a folder of its own");
		has_str(a.problems[0].fix, "chmod o+x", "or let accounts through");
	}
	seat_access_free(&a);
	free(db);
	free(locked);

	free(shared("lonely", false));
	db = at("lonely/no-such.db");
	ok(seat_access_check_as(db, &s, &a), "a missing database is left to the open to report");
	seat_access_free(&a);
	free(db);
}

static void test_quoting(void)
{
	char *db = make_db("it's here", 02770, 0640, false);
	gid_t in[] = { team };
	struct seat_identity s = seat(in, 1);
	struct seat_access a;
	ok(!seat_access_check_as(db, &s, &a), "a refused database in a folder with a quote in its name");
	if (a.n == 1)
		has_str(a.problems[0].fix, "chmod 660 '", "its path is quoted for the shell");
	if (a.n == 1)
		has_str(a.problems[0].fix, "it'\\''s here/team.db'", "with the quote escaped");
	seat_access_free(&a);
	free(db);
}

/* As root: files of another group get a chgrp, and root's group or a
 * person's private group is never the one a fix names. */
static void test_groups_as_root(void)
{
	if (getuid() != 0) {
		ok(1, "# SKIP chgrp cases need root");
		return;
	}
	gid_t in[] = { team };
	struct seat_identity s = seat(in, 1);
	struct seat_access a;
	char *db = shared("regroup", false);
	if (chown(db, (uid_t)-1, 0) != 0)
		perror(db);
	ok(!seat_access_check_as(db, &s, &a), "a database in root's group refuses the seat");
	if (a.n == 1) {
		char *want = xasprintf("chgrp %s %s && chmod 660 %s", team_name, db, db);
		has_str(a.problems[0].fix, want, "the fix gives it the folder's group");
		free(want);
	}
	seat_access_free(&a);
	free(db);

	char *dir = at("rootgroup");
	mkdir(dir, 0770);
	chmod(dir, 0770);
	db = xasprintf("%s/team.db", dir);
	int fd = open(db, O_CREAT | O_WRONLY, 0660);
	close(fd);
	chmod(db, 0660);
	ok(!seat_access_check_as(db, &s, &a), "files in root's group refuse an outsider");
	if (a.n >= 1) {
		has_str(a.problems[0].what, "not in the group convene", "the fixes name the README's group");
		if (!getgrnam("convene"))
			has_str(a.problems[0].fix, "groupadd convene", "and make it");
		ok(!strstr(a.problems[0].fix, "-G root"), "never root's group");
	}
	seat_access_free(&a);
	free(db);
	free(dir);

	struct seat_identity root = { 0, "root", in, 1 };
	db = shared("for-root", false);
	chmod(db, 0600);
	ok(seat_access_check_as(db, &root, &a), "root may use any database not open to all");
	seat_access_free(&a);
	free(db);
}

static void test_this_account(void)
{
	char *db = make_db("self", 0700, 0600, false);
	struct seat_access a;
	ok(seat_access_check(db, &a), "this account may use its own database");
	seat_access_free(&a);
	chmod(db, 0644);
	ok(!seat_access_check(db, &a), "but not one every account can read");
	if (a.n == 1)
		has_str(a.problems[0].fix, "chmod o-rwx", "and says how to close it");
	seat_access_free(&a);
	free(db);
}

int main(void)
{
	/* In /tmp: every account can pass through it, as a seat must. */
	snprintf(top, sizeof top, "/tmp/convene-seat-XXXXXX");
	if (!mkdtemp(top)) {
		perror("mkdtemp");
		return 1;
	}
	/* Root's group is never shared; as root, the files go to nogroup. */
	team = getgid();
	if (getuid() == 0) {
		struct group *g = getgrnam("nogroup");
		team = g ? g->gr_gid : 65534;
	}
	struct group *g = getgrgid(team);
	team_name = g ? xstrdup(g->gr_name) : xasprintf("%lu", (unsigned long)team);
	struct passwd *pw = getpwuid(getuid());
	owner = pw ? xstrdup(pw->pw_name) : xasprintf("%lu", (unsigned long)getuid());
	chmod(top, 0755);

	test_owner_and_group();
	test_modes();
	test_not_in_group();
	test_path_above();
	test_quoting();
	test_groups_as_root();
	test_this_account();

	char *rm = xasprintf("rm -rf '%s'", top);
	if (system(rm) != 0)
		perror(rm);
	free(rm);
	free(team_name);
	free(owner);
	return tap_done();
}
