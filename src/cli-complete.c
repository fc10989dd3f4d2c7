/*
 * cli-complete: `convene __complete teams|meetings|protocols`, what the
 * shell completion scripts (assets/convene.bash, assets/_convene) offer
 * from the database and the protocol folders: one candidate a line, and
 * silence (exit 0) when there is no database yet, so a Tab never prints
 * an error into the command line being typed.
 */
#include "cli.h"
#include "convene/catalog.h"
#include "convene/i18n.h"
#include "convene/store.h"
#include "convene/text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sysexits.h>

static int teams(struct store *s)
{
	struct team_list l;
	if (!store_list_teams(s, &l))
		return EX_IOERR;
	for (size_t i = 0; i < l.n; i++) {
		char *name = text_sanitize(l.teams[i].name, TEXT_ONE_LINE);
		text_fprintf(stdout, "%s\n", name);
		free(name);
	}
	team_list_free(&l);
	return 0;
}

static int meetings(struct store *s)
{
	struct meeting_info *m;
	size_t n;
	if (!store_list_meetings(s, NULL, 200, &m, &n))
		return EX_IOERR;
	for (size_t i = 0; i < n; i++)
		text_fprintf(stdout, "%lld\n", (long long)m[i].id);
	meeting_infos_free(m, n);
	return 0;
}

int cli_complete(const struct cli_args *a)
{
	const char *db = a->db;
	const char *what = a->n == 1 ? a->words[0] : "";
	if (strcmp(what, "protocols") == 0) {
		struct catalog c;
		cli_load_catalog(&c);
		for (size_t i = 0; i < c.n; i++)
			text_fprintf(stdout, "%s\n", c.protocols[i]->id);
		catalog_free(&c);
		return 0;
	}
	if (strcmp(what, "teams") && strcmp(what, "meetings")) {
		cli_usage("__complete", stderr);
		return EX_USAGE;
	}
	char *err = NULL;
	char *path = cli_db_path(db, &err);
	struct stat st;
	bool there = path && stat(path, &st) == 0;
	free(path);
	free(err);
	if (!there)
		return 0;
	struct store *s;
	if (cli_open_store(db, CLI_READ, &s, NULL))
		return 0;
	int rc = strcmp(what, "teams") == 0 ? teams(s) : meetings(s);
	store_close(s);
	return rc;
}
