/* cli-import: `convene import FILE`, which gathers meetings exported from
 * another database (another laptop) into this one. The whole file is read
 * and checked before the database is opened, and written in one
 * transaction, so a bad file changes nothing. */
#include "cli.h"
#include "convene/import.h"
#include "convene/store.h"
#include "convene/text.h"
#include "convene/util.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

/* An export of years of a district's meetings stays well under this. */
#define IMPORT_MAX_BYTES ((size_t)1 << 30)

static const char usage[] = "Usage: convene import FILE\n"
			    "FILE: made by convene export --what all --format json\n";

static const char *plural(size_t n, const char *one, const char *many)
{
	return n == 1 ? one : many;
}

static void report(const char *file, const struct import_result *r, size_t n)
{
	if (r->added) {
		text_fprintf(stdout, "Imported %zu %s from %s", r->added,
			     plural(r->added, "meeting", "meetings"), file);
		if (r->teams || r->members)
			text_fprintf(stdout, " (%zu new %s, %zu new team %s)", r->teams,
				     plural(r->teams, "team", "teams"), r->members,
				     plural(r->members, "member", "members"));
		text_fprintf(stdout, ".\n");
	} else if (n == 0) {
		text_fprintf(stdout, "%s holds no meetings; nothing was imported.\n", file);
	} else {
		text_fprintf(stdout, "Nothing new in %s.\n", file);
	}
	if (r->already)
		text_fprintf(stdout, "%zu %s already here and left as %s.\n", r->already,
			     plural(r->already, "meeting was", "meetings were"),
			     plural(r->already, "it was", "they were"));
	if (r->running)
		text_fprintf(stdout, "%zu %s still running where %s recorded and left out: close %s "
			     "there and export again.\n", r->running,
			     plural(r->running, "meeting was", "meetings were"),
			     plural(r->running, "it was", "they were"), plural(r->running, "it", "them"));
}

int cli_import(const char *db, int argc, char **argv)
{
	if (argc != 1 || argv[0][0] == '-') {
		text_fprintf(stderr, "convene import: %s\n%s",
			     argc == 1 ? "unknown option" : "name one file to import", usage);
		return EX_USAGE;
	}
	const char *file = argv[0];
	size_t len;
	char *text = read_file(file, IMPORT_MAX_BYTES, &len);
	if (!text) {
		int why = errno;
		text_fprintf(stderr, "convene import: cannot read %s: %s\n", file,
			     why == EFBIG ? "the file is larger than 1 GiB" : strerror(why));
		return why == ENOENT ? EX_NOINPUT : EX_IOERR;
	}
	/* Read through once to check it, before the database is touched. */
	struct import_reader r;
	struct meeting_record m;
	char err[512];
	size_t n = 0;
	int got;
	import_open(&r, text, len, err, sizeof err);
	while ((got = import_next(&r, &m)) == 1) {
		meeting_record_free(&m);
		n++;
	}
	if (got < 0) {
		text_fprintf(stderr, "convene import: %s: %s\nNothing was imported.\n", file, err);
		free(text);
		return EX_DATAERR;
	}
	struct store *s;
	int rc = cli_open_store(db, &s, NULL);
	if (rc) {
		free(text);
		return rc;
	}
	struct import_result result;
	struct importer *im = store_import_begin(s, &result);
	bool ok = im != NULL;
	import_open(&r, text, len, err, sizeof err);
	size_t at = 0;
	while (ok && import_next(&r, &m) == 1) {
		ok = store_import_meeting(im, &m);
		if (!ok)
			text_fprintf(stderr, "convene import: %s: meeting %zu (%s): %s\n", file, at + 1,
				     m.info.uid, store_error(s));
		meeting_record_free(&m);
		at++;
	}
	if (im && store_import_end(im, ok) && ok) {
		report(file, &result, n);
	} else {
		if (!im || ok)
			text_fprintf(stderr, "convene import: %s: %s\n", file, store_error(s));
		text_fprintf(stderr, "Nothing was imported.\n");
		rc = EX_DATAERR;
	}
	store_close(s);
	free(text);
	if (fflush(stdout) != 0)
		return EX_IOERR;
	return rc;
}
