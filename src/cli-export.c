/* cli-export: the commands that read the record out: export (one meeting,
 * or those of a team and a date range) and search. */
#include "cli.h"
#include "convene/store-review.h"
#include "convene/export.h"
#include "convene/i18n.h"
#include "convene/store.h"
#include "convene/text.h"
#include "convene/util.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sysexits.h>
#include <unistd.h>

/*
 * Where an export goes: stdout, or a file written atomically, in parts as
 * the meetings are read, so a long history is never held whole. A FIFO or
 * a device named with -o is written through, never replaced; a folder, a
 * disk or a symbolic link is refused (atomic_open says why).
 *
 * On stdout the export is the same bytes whether a terminal, a pipe or a
 * file: its text is data, already made safe cell by cell (text_sanitize
 * in CSV and Markdown, escapes in JSON), so no escape sequence reaches a
 * terminal, and filtering it again would make `> file` differ from -o.
 */
struct sink {
	const char *path; /* NULL: stdout */
	struct atomic_file file;
	bool failed;
	int error;
	const char *refused; /* why the path may not be written */
};

/* Whether path is a link to what stdout is (/dev/stdout, /dev/fd/1 when
 * stdout is a file): written there as to stdout, where the shell put it,
 * with its >> kept, rather than refused as a link to a file. */
static bool names_stdout(const char *path)
{
	struct stat st, out;
	return lstat(path, &st) == 0 && S_ISLNK(st.st_mode) && stat(path, &st) == 0 &&
	       fstat(STDOUT_FILENO, &out) == 0 && st.st_dev == out.st_dev && st.st_ino == out.st_ino;
}

static bool sink_open(struct sink *k, const char *out)
{
	bool to_stdout = !out || strcmp(out, "-") == 0 || names_stdout(out);
	*k = (struct sink){ .path = to_stdout ? NULL : out };
	if (k->path && !atomic_open(&k->file, k->path)) {
		k->failed = true;
		k->error = errno;
		k->refused = k->file.refused;
	}
	return !k->failed;
}

/* Writes what sb holds and empties it. */
static bool sink_put(struct sink *k, struct strbuf *sb)
{
	if (!k->failed && (k->path ? !atomic_write(&k->file, sb->data, sb->len) :
				     fwrite(sb->data, 1, sb->len, stdout) != sb->len)) {
		k->failed = true;
		k->error = errno;
	}
	sb->len = 0;
	sb->data[0] = '\0';
	return !k->failed;
}

/* Puts the file in place when everything went well, else leaves none;
 * an exit code. */
static int sink_close(struct sink *k, bool ok)
{
	if (k->path && !k->failed && ok && !atomic_commit(&k->file)) {
		k->failed = true;
		k->error = errno;
		k->refused = k->file.refused;
	} else if (k->path && (!ok || k->failed) && k->file.path) {
		atomic_abort(&k->file);
	}
	if (!k->path && !k->failed && fflush(stdout) != 0) {
		k->failed = true;
		k->error = errno;
	}
	if (!k->failed)
		return 0;
	const char *why = k->refused ? k->refused : strerror(k->error);
	if (k->path)
		text_fprintf(stderr, _("convene: cannot write %s: %s\n"), k->path, why);
	else
		text_fprintf(stderr, _("convene: cannot write the export: %s\n"), why);
	return k->path && (k->refused || k->error == ENOENT || k->error == EACCES) ? EX_CANTCREAT :
									      EX_IOERR;
}

struct export_args {
	const char *meeting, *team, *since, *until, *what, *format, *out;
	bool bom; /* a UTF-8 byte order mark first: Excel on Windows reads UTF-8 CSV by it */
};

/* The byte order mark: never written unless asked for (it is not text to
 * any other program, and RFC 8259 forbids it in JSON). */
static const char utf8_bom[] = "\xEF\xBB\xBF";

/* The options read (cli-options.c: each once), checked together. */
static int parse_export_args(const struct cli_args *a, struct export_args *x)
{
	*x = (struct export_args){ .meeting = a->value[CLI_MEETING], .team = a->value[CLI_TEAM],
				   .since = a->value[CLI_SINCE], .until = a->value[CLI_UNTIL],
				   .what = a->value[CLI_WHAT], .format = a->value[CLI_FORMAT],
				   .out = a->value[CLI_OUTPUT], .bom = a->value[CLI_BOM] != NULL };
	if (x->meeting && (x->team || x->since || x->until)) {
		return cli_usage_error("export", "%s", _("--meeting names one meeting; --team, --since "
							 "and --until select several"));
	}
	const char *dates[] = { x->since, x->until };
	for (size_t i = 0; i < 2; i++)
		if (dates[i] && (!*dates[i] || !action_due_valid(dates[i]))) {
			text_fprintf(stderr, _("convene export: '%s' is not a date: write it "
					       "YYYY-MM-DD\n"), dates[i]);
			return EX_USAGE;
		}
	if (x->since && x->until && strcmp(x->since, x->until) > 0) {
		text_fprintf(stderr, _("convene export: --since %s is after --until %s: no meeting can "
				       "be in both; swap them?\n"), x->since, x->until);
		return EX_USAGE;
	}
	return 0;
}

static int export_one(struct store *s, const struct export_args *x, unsigned what,
		      enum export_format f, const struct catalog *now)
{
	struct meeting_record r;
	bool found;
	if (!store_load_meeting(s, x->meeting, &found, &r)) {
		text_fprintf(stderr, "convene: %s\n", store_error(s));
		meeting_record_free(&r);
		return EX_IOERR;
	}
	if (!found) {
		text_fprintf(stderr, _("convene export: there is no meeting '%s'\n"), x->meeting);
		return EX_NOINPUT;
	}
	struct strbuf sb;
	strbuf_init(&sb);
	if (x->bom)
		strbuf_adds(&sb, utf8_bom);
	export_meeting_now(&r, what, f, now, &sb);
	meeting_record_free(&r);
	struct sink k;
	if (sink_open(&k, x->out))
		sink_put(&k, &sb);
	strbuf_finish(&sb);
	return sink_close(&k, true);
}

struct export_run {
	struct export_stream stream;
	struct strbuf sb;
	struct sink sink;
	size_t meetings; /* holding what is asked: none says why the export is empty */
};

/* What is written out at a time: the export of a batch is never held
 * whole (a batch of the history's JSON is megabytes). */
#define EXPORT_CHUNK (256 * 1024)

static bool export_batch(struct meeting_record *rs, size_t n, void *ctx)
{
	struct export_run *run = ctx;
	for (size_t i = 0; i < n; i++) {
		run->meetings += run->stream.what == EXPORT_ALL || export_holds(&rs[i], run->stream.what);
		export_add(&run->stream, &rs[i], 1, &run->sb);
		if (run->sb.len >= EXPORT_CHUNK && !sink_put(&run->sink, &run->sb))
			return false;
	}
	return sink_put(&run->sink, &run->sb);
}

/* A batch of meetings at a time: memory stays small however long the
 * history, and the file grows as they are read. A batch holds a few
 * megabytes: 500 meetings with their ratings and answers (some 5 KB each),
 * 2,000 without. The larger the batch, the fewer times the pages a batch
 * shares with the next are read. */
static size_t export_batch_size(unsigned what)
{
	return what & (EXPORT_RATINGS | EXPORT_ITEMS | EXPORT_VOTES) ? 500 : 2000;
}

static int export_many(struct store *s, const struct export_args *x, unsigned what,
		       enum export_format f, const struct catalog *now)
{
	struct export_run run;
	if (!sink_open(&run.sink, x->out))
		return sink_close(&run.sink, false);
	strbuf_init(&run.sb);
	run.meetings = 0;
	if (x->bom)
		strbuf_adds(&run.sb, utf8_bom);
	export_begin(&run.stream, what, f, &run.sb);
	run.stream.now = now;
	struct meeting_selection sel = { .team = x->team, .since = x->since, .until = x->until };
	export_selection(what, &sel);
	bool found;
	bool ok = store_each_meetings(s, &sel, export_batch_size(what), &found, export_batch, &run);
	int rc = 0;
	if (!ok && !run.sink.failed) {
		text_fprintf(stderr, "convene: %s\n", store_error(s));
		rc = EX_IOERR;
	} else if (!found) {
		text_fprintf(stderr, _("convene export: there is no team '%s'\n"), x->team);
		rc = EX_NOINPUT;
	}
	/* An empty export is not an error, but it is never silent. */
	bool chosen = x->team || x->since || x->until;
	if (!rc && ok && run.meetings == 0 && what == EXPORT_DEFAULT)
		fputs(chosen ? _("convene export: no meeting in the team and dates given holds a talking "
				 "point agreed by every group yet (--what all exports every meeting's "
				 "record)\n") :
			       _("convene export: no meeting holds a talking point agreed by every group "
				 "yet (--what all exports every meeting's record)\n"),
		      stderr);
	else if (!rc && ok && run.meetings == 0)
		fputs(chosen ? _("convene export: no meeting in the team and dates given holds what "
				 "--what asks for yet (--what all exports every meeting's record)\n") :
			       _("convene export: no meeting holds what --what asks for yet (--what all "
				 "exports every meeting's record)\n"),
		      stderr);
	if (!rc && ok) {
		export_end(&run.stream, &run.sb);
		sink_put(&run.sink, &run.sb);
	}
	strbuf_finish(&run.sb);
	int wrc = sink_close(&run.sink, !rc && ok);
	return rc ? rc : wrc;
}

int cli_export(const struct cli_args *a)
{
	const char *db = a->db;
	struct export_args x;
	int rc = parse_export_args(a, &x);
	if (rc)
		return rc;
	/* Without --format the file's name says it (notes.csv is CSV); an
	 * ending that names no format is refused rather than silently given
	 * Markdown. A name with no ending (a FIFO, a device) gets Markdown. */
	const char *slash = x.out ? strrchr(x.out, '/') : NULL;
	const char *dot = x.out ? strrchr(slash ? slash : x.out, '.') : NULL;
	if (!x.format && dot && dot[1]) {
		enum export_format guess;
		if (!export_parse_format(dot + 1, &guess)) {
			text_fprintf(stderr, _("convene export: %s does not end in a format convene "
					       "writes: end it with .md, .txt, .html, .csv or .json, "
					       "or give --format\n"), x.out);
			return EX_USAGE;
		}
		x.format = dot + 1;
	}
	if (!x.format)
		x.format = "md";
	enum export_format f;
	if (!export_parse_format(x.format, &f)) {
		text_fprintf(stderr, _("convene export: unknown format '%s' (use md, txt, html, csv "
				       "or json)\n"),
			     x.format);
		return EX_USAGE;
	}
	if (x.bom && f != EXPORT_CSV) {
		text_fprintf(stderr, _("convene export: --bom is for CSV only (a spreadsheet reads "
				       "the mark; other formats must not start with it)\n"));
		return EX_USAGE;
	}
	if (x.what && f == EXPORT_CSV && strchr(x.what, ',')) {
		/* One kind per file: each has columns of its own. */
		text_fprintf(stderr, _("convene export: a CSV file holds one kind of record, with its "
				       "own columns: give one --what, or --what all for every record "
				       "in one long table\n"));
		return EX_USAGE;
	}
	unsigned kinds = EXPORT_DEFAULT;
	if (x.what && !export_parse_what(x.what, &kinds)) {
		text_fprintf(stderr, _("convene export: unknown --what '%s' (use talking-points, norms, "
				       "decisions, actions, ratings, items, notes, votes, levels or "
				       "all)\n"), x.what);
		return EX_USAGE;
	}
	struct store *s;
	rc = cli_open_store(db, CLI_READ, &s, NULL);
	if (rc)
		return rc;
	/* The record keeps no protocol's source: the export names the source
	 * of each protocol as installed now, and says so. */
	struct catalog now;
	cli_load_catalog(&now);
	rc = x.meeting ? export_one(s, &x, kinds, f, &now) : export_many(s, &x, kinds, f, &now);
	catalog_free(&now);
	store_close(s);
	return rc;
}

int cli_search(const struct cli_args *a)
{
	const char *db = a->db;
	long limit = 50;
	if (a->value[CLI_LIMIT]) {
		char *end;
		limit = strtol(a->value[CLI_LIMIT], &end, 10);
		if (limit < 1 || *end || end == a->value[CLI_LIMIT])
			return cli_usage_error("search", _("--limit takes a number from 1, not '%s'"),
					       a->value[CLI_LIMIT]);
	}
	struct strbuf words;
	strbuf_init(&words);
	for (int i = 0; i < a->n; i++)
		strbuf_addf(&words, "%s%s", words.len ? " " : "", a->words[i]);
	if (!words.len) {
		strbuf_finish(&words);
		return cli_usage_error("search", "%s", _("what should it look for?"));
	}
	struct store *s;
	int rc = cli_open_store(db, CLI_READ, &s, NULL);
	struct search_hit *h = NULL;
	size_t n = 0;
	if (!rc && !store_search(s, words.data, (size_t)limit, &h, &n)) {
		text_fprintf(stderr, "convene: %s\n", store_error(s));
		rc = EX_IOERR;
	}
	if (s)
		store_close(s);
	if (!rc && n == 0) {
		text_fprintf(stderr, _("Nothing recorded matches \"%s\".\n"), words.data);
		rc = 1;
	}
	for (size_t i = 0; !rc && i < n; i++) {
		char *team = text_sanitize(h[i].team, TEXT_ONE_LINE);
		char *step = h[i].step_title ? text_sanitize(h[i].step_title, TEXT_ONE_LINE) : NULL;
		char *text = text_sanitize(h[i].text, TEXT_ONE_LINE);
		text_fprintf(stdout, "#%lld %s %s", (long long)h[i].meeting_id, h[i].date, team);
		if (h[i].step >= 0 && step)
			text_fprintf(stdout, _(", step %d %s"), h[i].step + 1, step);
		else if (h[i].step >= 0)
			text_fprintf(stdout, _(", step %d"), h[i].step + 1);
		/* The kind's name comes translated (store-search.c). */
		text_fprintf(stdout, " (%s)\n    %s\n", h[i].kind, text);
		free(team);
		free(step);
		free(text);
	}
	search_hits_free(h, n);
	strbuf_finish(&words);
	if (fflush(stdout) != 0)
		return EX_IOERR;
	return rc;
}
