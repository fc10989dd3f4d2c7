/* fixture: what the unit tests that run meetings set up alike: a private
 * temporary folder, the shipped protocols, and a store there holding one
 * team. Header-only: each test program includes it once. */
#ifndef CONVENE_TEST_FIXTURE_H
#define CONVENE_TEST_FIXTURE_H

#include "source-root.h"
#include "convene/catalog.h"
#include "convene/store.h"
#include "convene/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct fixture {
	char dir[64];
	struct catalog catalog;
	char *path; /* the database */
	struct store *store;
	struct team_list teams;
	const struct team *team; /* the team created, within teams */
};

/* False (the test cannot run) when the folder cannot be made. */
static bool fixture_open(struct fixture *f, const char *team, const struct new_member *members,
			 size_t n)
{
	memset(f, 0, sizeof *f);
	strcpy(f->dir, "/tmp/convene-test-XXXXXX");
	if (!mkdtemp(f->dir))
		return false;
	char *dirs[] = { (char *)CONVENE_SOURCE_PROTOCOLS, NULL };
	catalog_load(&f->catalog, dirs);
	f->path = xasprintf("%s/test.db", f->dir);
	enum store_open_error why;
	char *msg;
	f->store = store_open(f->path, &why, &msg);
	int64_t id = 0;
	if (!f->store || !store_create_team(f->store, NULL, team, members, n, &id) ||
	    !store_list_teams(f->store, &f->teams))
		return false;
	for (size_t i = 0; i < f->teams.n; i++)
		if (f->teams.teams[i].id == id)
			f->team = &f->teams.teams[i];
	return f->team != NULL;
}

/* Another database in the fixture's folder, e.g. to import into; NULL
 * when it cannot be opened. */
static inline struct store *fixture_store(const struct fixture *f, const char *name)
{
	char *path = xasprintf("%s/%s", f->dir, name);
	enum store_open_error why;
	char *msg = NULL;
	struct store *s = store_open(path, &why, &msg);
	free(path);
	free(msg);
	return s;
}

static void fixture_close(struct fixture *f)
{
	team_list_free(&f->teams);
	if (f->store)
		store_close(f->store);
	char *cmd = xasprintf("rm -rf '%s'", f->dir);
	if (system(cmd) != 0)
		fprintf(stderr, "could not remove %s\n", f->dir);
	free(cmd);
	free(f->path);
	catalog_free(&f->catalog);
}

#endif
