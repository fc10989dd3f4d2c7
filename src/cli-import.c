/* cli-import: `convene import FILE`, which gathers meetings exported from
 * another database (another laptop) into this one. The whole file is read
 * and checked before the database is opened, then read again and written in
 * short batches (store-import.c), all taken back if the file is refused part
 * way, so a bad file changes nothing. It is read a window at a
 * time (import.h), never held whole: only a regular file can be read twice,
 * and one whose size says it is not an export is refused before a byte is
 * read. */
#include "cli.h"
#include "convene/store-import.h"
#include "convene/import.h"
#include "convene/i18n.h"
#include "convene/store.h"
#include "convene/text.h"
#include "convene/util.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sysexits.h>
#include <unistd.h>

/* Ten years of a district's teams meeting every two weeks (50,000 meetings
 * of 200 teams, bench/history.sh) export to 400 MB; 1 GiB is two and a half
 * times that. Memory does not depend on it (the file is read a window at a
 * time); it bounds how long one import can hold the database. */
#define IMPORT_MAX_BYTES ((off_t)1 << 30)

static void report(const char *file, const struct import_result *r, size_t n, size_t repeated)
{
	if (r->added && (r->teams || r->members)) {
		char teams[128], members[128];
		snprintf(teams, sizeof teams, ngettext("%zu new team", "%zu new teams", r->teams),
			 r->teams);
		snprintf(members, sizeof members,
			 ngettext("%zu new team member", "%zu new team members", r->members),
			 r->members);
		/* TRANSLATORS: the file, then "1 new team" and "9 new team
		 * members". */
		text_fprintf(stdout, ngettext("Imported %zu meeting from %s (%s, %s).\n",
					      "Imported %zu meetings from %s (%s, %s).\n", r->added),
			     r->added, file, teams, members);
	} else if (r->added) {
		text_fprintf(stdout, ngettext("Imported %zu meeting from %s.\n",
					      "Imported %zu meetings from %s.\n", r->added),
			     r->added, file);
	} else if (n == 0) {
		text_fprintf(stdout, _("%s holds no meetings; nothing was imported.\n"), file);
	} else {
		text_fprintf(stdout, _("Nothing new in %s.\n"), file);
	}
	if (r->already)
		text_fprintf(stdout, ngettext("%zu meeting was already here and left as it was.\n",
					      "%zu meetings were already here and left as they were.\n",
					      r->already),
			     r->already);
	if (repeated)
		text_fprintf(stdout, ngettext("%zu meeting was in the file twice, the same each time, "
					      "and read once.\n",
					      "%zu meetings were in the file twice, the same each "
					      "time, and read once.\n", repeated),
			     repeated);
	if (r->running)
		text_fprintf(stdout, ngettext("%zu meeting was still running where it was recorded "
					      "and left out: close it there and export again.\n",
					      "%zu meetings were still running where they were "
					      "recorded and left out: close them there and export "
					      "again.\n", r->running),
			     r->running);
}

/* What a path that is not a regular file is, for the message that
 * refuses it. */
static const char *kind_of(mode_t mode)
{
	return S_ISDIR(mode) ? _("a folder") : S_ISCHR(mode) || S_ISBLK(mode) ? _("a device") :
	       S_ISFIFO(mode) ? _("a pipe") : S_ISSOCK(mode) ? _("a socket") :
	       _("not a regular file");
}

/* The file, open for reading, when it is a regular file of a size an export
 * can have; NULL with the message written and *rc the exit code otherwise.
 * Opened without waiting (a FIFO would wait for a writer) and checked before
 * anything is read: /dev/zero or a pipe never reach the reader. */
/* Standard input (import -), copied to a temporary file first: an import
 * reads its file twice (to check it, then to write), and a pipe reads once. */
static FILE *open_stdin(int *rc)
{
	FILE *in = tmpfile();
	if (!in) {
		text_fprintf(stderr, _("convene import: cannot make a temporary copy of standard "
				       "input: %s\n"), strerror(errno));
		*rc = EX_IOERR;
		return NULL;
	}
	char buf[65536];
	size_t got;
	off_t total = 0;
	while ((got = fread(buf, 1, sizeof buf, stdin)) > 0) {
		total += (off_t)got;
		if (total > IMPORT_MAX_BYTES) {
			fputs(_("convene import: standard input holds more than the 1 GiB an "
				"import reads.\nNothing was imported.\n"), stderr);
			fclose(in);
			*rc = EX_DATAERR;
			return NULL;
		}
		if (fwrite(buf, 1, got, in) != got) {
			text_fprintf(stderr, _("convene import: cannot copy standard input: %s\n"),
				     strerror(errno));
			fclose(in);
			*rc = EX_IOERR;
			return NULL;
		}
	}
	if (ferror(stdin) || fflush(in) != 0 || fseek(in, 0, SEEK_SET) != 0) {
		text_fprintf(stderr, _("convene import: cannot read standard input: %s\n"),
			     strerror(errno));
		fclose(in);
		*rc = EX_IOERR;
		return NULL;
	}
	return in;
}

static FILE *open_export(const char *file, int *rc)
{
	if (strcmp(file, "-") == 0)
		return open_stdin(rc);
	int fd = open(file, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
	struct stat st;
	if (fd < 0 || fstat(fd, &st) != 0) {
		int why = errno;
		text_fprintf(stderr, _("convene import: cannot read %s: %s\n"), file, strerror(why));
		if (fd >= 0)
			close(fd);
		*rc = why == ENOENT || why == EACCES || why == ENOTDIR ? EX_NOINPUT : EX_IOERR;
		return NULL;
	}
	if (!S_ISREG(st.st_mode)) {
		/* TRANSLATORS: the second %s is "a folder", "a device", "a pipe"... */
		text_fprintf(stderr, _("convene import: %s is %s, not a file: import reads the file "
				       "`convene export --what all --format json` wrote\n"), file,
			     kind_of(st.st_mode));
		close(fd);
		*rc = EX_NOINPUT;
		return NULL;
	}
	if (st.st_size > IMPORT_MAX_BYTES) {
		text_fprintf(stderr, _("convene import: %s is %lld MB, more than the 1 GiB an import "
				       "reads (an export of ten years of a district's meetings is some "
				       "400 MB)\nNothing was imported.\n"), file,
			     (long long)(st.st_size / 1000000));
		close(fd);
		*rc = EX_DATAERR;
		return NULL;
	}
	FILE *in = NULL;
	int flags = fcntl(fd, F_GETFL);
	if (flags < 0 || fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) < 0 || !(in = fdopen(fd, "r"))) {
		text_fprintf(stderr, _("convene import: cannot read %s: %s\n"), file, strerror(errno));
		close(fd);
		*rc = EX_IOERR;
	}
	return in;
}

/* The reader's failure: 74 when the file could not be read, 65 when it is wrong. */
static int refused(const char *file, const struct import_reader *r, const char *err)
{
	text_fprintf(stderr, _("convene import: %s: %s\nNothing was imported.\n"), file, err);
	return r->js.read_errno ? EX_IOERR : EX_DATAERR;
}

int cli_import(const struct cli_args *a)
{
	const char *db = a->db;
	char **argv = a->words;
	if (a->n != 1)
		return cli_usage_error("import", "%s", _("name one file to import"));
	int rc = 0;
	FILE *in = open_export(argv[0], &rc);
	if (!in)
		return rc;
	/* What the messages call it. */
	const char *file = strcmp(argv[0], "-") == 0 ? _("standard input") : argv[0];
	/* Read through once to check it, before the database is touched. */
	struct import_reader r;
	struct meeting_record m;
	char err[512];
	size_t n = 0, repeated;
	int got;
	import_open_file(&r, in, err, sizeof err);
	while ((got = import_next(&r, &m)) == 1) {
		meeting_record_free(&m);
		n++;
	}
	repeated = r.repeated;
	if (got < 0) {
		rc = refused(file, &r, err);
		import_close(&r);
		fclose(in);
		return rc;
	}
	import_close(&r);
	struct store *s;
	rc = cli_open_store(db, CLI_CREATE, &s, NULL);
	if (rc) {
		fclose(in);
		return rc;
	}
	/* Then again from the start, writing as it reads. */
	struct import_result result;
	struct importer *im = store_import_begin(s, &result);
	bool ok = im != NULL, told = false;
	if (!ok) {
		text_fprintf(stderr, "convene import: %s: %s\n", file, store_error(s));
	} else if (fseek(in, 0, SEEK_SET) != 0) {
		text_fprintf(stderr, _("convene import: cannot read %s again: %s\n"), file,
			     strerror(errno));
		ok = false;
		rc = EX_IOERR;
	}
	import_open_file(&r, in, err, sizeof err);
	got = 0;
	while (ok && (got = import_next(&r, &m)) == 1) {
		ok = store_import_meeting(im, &m);
		if (!ok)
			text_fprintf(stderr, _("convene import: %s: meeting %zu (line %d): %s\n"), file,
				     r.meeting, r.line, store_error(s));
		meeting_record_free(&m);
	}
	if (ok && got < 0) { /* the file changed since it was checked */
		ok = false;
		rc = refused(file, &r, err);
		told = true;
	}
	import_close(&r);
	if (im && store_import_end(im, ok) && ok) {
		report(file, &result, n, repeated);
	} else {
		if (im && ok) /* the commit failed */
			text_fprintf(stderr, "convene import: %s: %s\n", file, store_error(s));
		if (!told)
			fputs(_("Nothing was imported.\n"), stderr);
		/* A full or failing disk is an I/O error, not the file's fault. */
		rc = rc ? rc : store_error_is_io(s) ? EX_IOERR : EX_DATAERR;
	}
	store_close(s);
	fclose(in);
	if (fflush(stdout) != 0)
		return EX_IOERR;
	return rc;
}
