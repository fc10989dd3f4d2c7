/*
 * seat-access: may this account use the database as a seat, and if not,
 * what exactly to run (see seat-access.h). It owns the choice of the group
 * the fixes name: the one the folder or the database already shares with
 * the account, never root's group or a person's own private group.
 */
#include "convene/i18n.h"
#include "convene/seat-access.h"
#include "convene/util.h"

#include <grp.h>
#include <pwd.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

enum { MAY_R = 4, MAY_W = 2, MAY_X = 1 };

/* The group the fixes give the files, and whether the account is in it. */
struct shared {
	char *name;
	bool member;
	bool exists;
};

static void add(struct seat_access *a, char *what, char *fix)
{
	a->problems = array_grow(a->problems, a->n, sizeof *a->problems);
	a->problems[a->n++] = (struct seat_problem){ what, fix };
}

static bool in_group(const struct seat_identity *who, gid_t g)
{
	for (size_t i = 0; i < who->n_groups; i++)
		if (who->groups[i] == g)
			return true;
	return false;
}

/* What the account may do with the file: rwx bits as the kernel picks
 * them, the owner's, else the group's, else everyone's; root may all. */
static int may(const struct stat *st, const struct seat_identity *who)
{
	if (who->uid == 0)
		return MAY_R | MAY_W | MAY_X;
	if (st->st_uid == who->uid)
		return (st->st_mode >> 6) & 7;
	if (in_group(who, st->st_gid))
		return (st->st_mode >> 3) & 7;
	return st->st_mode & 7;
}

static char *user_name(uid_t uid)
{
	struct passwd *pw = getpwuid(uid);
	return pw ? xstrdup(pw->pw_name) : xasprintf("%lu", (unsigned long)uid);
}

static char *group_name(gid_t gid)
{
	struct group *gr = getgrgid(gid);
	return gr ? xstrdup(gr->gr_name) : xasprintf("%lu", (unsigned long)gid);
}

/* A path as one shell word: a fix is meant to be pasted as it is. */
static char *sh_quote(const char *s)
{
	if (*s && strspn(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
			    "0123456789_@%+=:,./-") == strlen(s))
		return xstrdup(s);
	struct strbuf sb;
	strbuf_init(&sb);
	strbuf_addc(&sb, '\'');
	for (; *s; s++)
		if (*s == '\'')
			strbuf_adds(&sb, "'\\''");
		else
			strbuf_addc(&sb, *s);
	strbuf_addc(&sb, '\'');
	return strbuf_take(&sb);
}

/* "(owner maria, group convene, mode 0640)" */
static char *describe(const struct stat *st)
{
	char *u = user_name(st->st_uid), *g = group_name(st->st_gid);
	char *out = xasprintf(_("(owner %s, group %s, mode %04o)"), u, g,
			      (unsigned)(st->st_mode & 07777));
	free(u);
	free(g);
	return out;
}

/* "as maria or root" */
static char *by_owner(const struct stat *st)
{
	if (st->st_uid == 0)
		return xstrdup(_("as root"));
	char *u = user_name(st->st_uid);
	char *out = xasprintf(_("as %s or root"), u);
	free(u);
	return out;
}

/* A group fit to share the database with: not root's, and not the
 * private group of one person (named as its only account). */
static bool shareable(gid_t gid)
{
	if (gid == 0)
		return false;
	struct group *gr = getgrgid(gid);
	if (!gr)
		return false;
	struct passwd *pw = getpwnam(gr->gr_name);
	return !(pw && pw->pw_gid == gid);
}

static struct shared pick_group(const struct stat *dir, const struct stat *db,
				const struct seat_identity *who)
{
	const struct stat *cand[] = { dir, db };
	for (size_t i = 0; i < ARRAY_LEN(cand); i++)
		if (cand[i] && cand[i]->st_gid != 0 && in_group(who, cand[i]->st_gid))
			return (struct shared){ group_name(cand[i]->st_gid), true, true };
	for (size_t i = 0; i < ARRAY_LEN(cand); i++)
		if (cand[i] && shareable(cand[i]->st_gid))
			return (struct shared){ group_name(cand[i]->st_gid), false, true };
	/* Neither will do: the README's group. */
	struct group *gr = getgrnam("convene");
	return (struct shared){ xstrdup("convene"), gr && in_group(who, gr->gr_gid), gr != NULL };
}

/* A folder above the database's that the account cannot pass through. */
static bool check_above(const char *dir, const struct seat_identity *who, struct seat_access *a)
{
	char *p = xstrdup(dir);
	bool ok = true;
	for (char *slash = p + (p[0] == '/'); ok; slash++) {
		slash = strchr(slash, '/');
		if (!slash)
			break;
		*slash = '\0';
		const char *here = p[0] ? p : "/";
		struct stat st;
		if (stat(here, &st) == 0 && !(may(&st, who) & MAY_X)) {
			char *d = describe(&st), *by = by_owner(&st), *q = sh_quote(here);
			add(a, xasprintf(_("%s cannot pass through the folder %s %s, which holds the "
					 "database's folder."), who->name, here, d),
			    xasprintf(_("keep the database in a folder of its own that every seat can "
				      "reach, such as /srv/convene (README, \"Seats\"); or, %s: "
				      "chmod o+x %s"), by, q));
			free(d);
			free(by);
			free(q);
			ok = false;
		}
		*slash = '/';
	}
	free(p);
	return ok;
}

/* "chgrp G 'F' && " when the file is not in the group G yet. */
static char *chgrp_part(const struct stat *st, const struct shared *g, const char *quoted)
{
	struct group *gr = getgrgid(st->st_gid);
	if (gr && strcmp(gr->gr_name, g->name) == 0)
		return xstrdup("");
	return xasprintf(_("chgrp %s %s && "), g->name, quoted);
}

/* The database's folder: SQLite creates and deletes -wal and -shm there.
 * True when the account is refused. */
static bool check_folder(const char *dir, const struct stat *st, const struct shared *g,
			 const struct seat_identity *who, struct seat_access *a)
{
	if ((may(st, who) & (MAY_W | MAY_X)) == (MAY_W | MAY_X))
		return false;
	char *d = describe(st), *by = by_owner(st), *q = sh_quote(dir);
	char *chgrp = chgrp_part(st, g, q);
	add(a, xasprintf(_("%s cannot create files in the folder %s %s: SQLite makes the database's "
			 "-wal and -shm files there."), who->name, dir, d),
	    xasprintf(_("%s, when that folder holds only the team's database: %schmod 2770 %s"),
		      by, chgrp, q));
	free(chgrp);
	free(d);
	free(by);
	free(q);
	return true;
}

/* The database or its -wal or -shm: read and written by the account, and
 * by no one outside its owner and group. True when the account is refused. */
static bool check_file(const char *path, const struct stat *st, const struct shared *g,
		       const struct seat_identity *who, struct seat_access *a)
{
	int m = may(st, who);
	bool refused = (m & (MAY_R | MAY_W)) != (MAY_R | MAY_W);
	char *d = describe(st), *by = by_owner(st), *q = sh_quote(path);
	if (refused) {
		char *chgrp = chgrp_part(st, g, q);
		add(a, xasprintf(!(m & MAY_R) && !(m & MAY_W) ? _("%s cannot read or write %s %s.") :
				 !(m & MAY_R) ? _("%s cannot read %s %s.") : _("%s cannot write %s %s."),
				 who->name, path, d),
		    xasprintf(_("%s: %schmod 660 %s"), by, chgrp, q));
		free(chgrp);
	} else if (st->st_mode & 07) {
		add(a, xasprintf(st->st_mode & 04 ?
				 _("%s can be read by every account on this computer %s: the team's "
				   "notes are confidential.") :
				 _("%s can be changed by every account on this computer %s: the "
				   "team's notes are confidential."), path, d),
		    xasprintf(_("%s: chmod o-rwx %s"), by, q));
	}
	free(d);
	free(by);
	free(q);
	return refused;
}

bool seat_access_check_as(const char *path, const struct seat_identity *who,
			  struct seat_access *out)
{
	*out = (struct seat_access){ 0 };
	char *dir = xstrdup(path);
	char *slash = strrchr(dir, '/');
	if (!slash) {
		free(dir);
		dir = xstrdup(".");
	} else {
		slash[slash == dir] = '\0'; /* "/x.db" is in "/" */
	}
	struct stat dst, fst;
	if (!check_above(dir, who, out) || stat(dir, &dst) != 0) {
		free(dir);
		return out->n == 0;
	}
	bool have_db = lstat(path, &fst) == 0 && S_ISREG(fst.st_mode);
	struct shared g = pick_group(&dst, have_db ? &fst : NULL, who);
	size_t first = out->n;
	bool refused = check_folder(dir, &dst, &g, who, out);
	/* "-seats": who is at a seat, as byte locks (seat-lock.c), which
	 * take a file opened for writing. */
	static const char *const suffix[] = { "", "-wal", "-shm", "-seats" };
	for (size_t i = 0; have_db && i < ARRAY_LEN(suffix); i++) {
		char *f = xasprintf("%s%s", path, suffix[i]);
		struct stat st;
		if (lstat(f, &st) == 0 && S_ISREG(st.st_mode))
			refused |= check_file(f, &st, &g, who, out);
		free(f);
	}
	/* Not in the group the fixes name: join it first, or nothing else
	 * helps. Only when something is refused (not for a mode too open). */
	if (refused && !g.member) {
		char *what = xasprintf(_("%s is not in the group %s that shares the database."),
				       who->name, g.name);
		char *fix = g.exists ?
			xasprintf(_("as root: usermod -a -G %s %s (it counts from its next login)"),
				  g.name, who->name) :
			xasprintf(_("as root: groupadd %s && usermod -a -G %s %s, and the same usermod "
				  "for the facilitator's account (each counts from its next login)"),
				  g.name, g.name, who->name);
		add(out, what, fix);
		/* First: the other fixes name the group. */
		struct seat_problem p = out->problems[out->n - 1];
		memmove(out->problems + first + 1, out->problems + first,
			(out->n - 1 - first) * sizeof *out->problems);
		out->problems[first] = p;
	}
	free(g.name);
	free(dir);
	return out->n == 0;
}

bool seat_access_check(const char *path, struct seat_access *out)
{
	int n = getgroups(0, NULL);
	gid_t *groups = xcalloc((size_t)(n > 0 ? n : 0) + 1, sizeof *groups);
	n = getgroups(n > 0 ? n : 0, groups + 1);
	groups[0] = getegid();
	struct seat_identity who = { geteuid(), NULL, groups, (size_t)(n > 0 ? n : 0) + 1 };
	char *name = user_name(who.uid);
	who.name = name;
	bool ok = seat_access_check_as(path, &who, out);
	free(name);
	free(groups);
	return ok;
}

void seat_access_free(struct seat_access *a)
{
	for (size_t i = 0; i < a->n; i++) {
		free(a->problems[i].what);
		free(a->problems[i].fix);
	}
	free(a->problems);
	*a = (struct seat_access){ 0 };
}
