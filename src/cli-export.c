/* cli-export: the commands that read the record out: export (one meeting,
 * or those of a team and a date range) and search. */
#include "cli.h"
#include "convene/export.h"
#include "convene/store.h"
#include "convene/text.h"
#include "convene/util.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

static const char export_usage[] =
	"Usage: convene export [--meeting ID | [--team TEAM] [--since DATE] [--until DATE]]\n"
	"                      [--what WHAT] [--format md|csv|json] [-o FILE]\n"
	"WHAT: talking-points (the default), decisions, actions, ratings, items (or notes), votes, all\n"
	"DATE: YYYY-MM-DD; TEAM: its name or number\n";

static int export_write(const char *out, const struct strbuf *sb)
{
	if (out && strcmp(out, "-") != 0) {
		if (!write_file_atomic(out, sb->data, sb->len)) {
			fprintf(stderr, "convene: cannot write %s: %s\n", out, strerror(errno));
			return errno == ENOENT || errno == EACCES ? EX_CANTCREAT : EX_IOERR;
		}
		return 0;
	}
	if (fwrite(sb->data, 1, sb->len, stdout) != sb->len || fflush(stdout) != 0) {
		fprintf(stderr, "convene: cannot write the export: %s\n", strerror(errno));
		return EX_IOERR;
	}
	return 0;
}

struct export_args {
	const char *meeting, *team, *since, *until, *what, *format, *out;
};

static int parse_export_args(int argc, char **argv, struct export_args *x)
{
	for (int i = 0; i < argc; i++) {
		const char *a = argv[i];
		const char **slot = strcmp(a, "--meeting") == 0 ? &x->meeting :
				    strcmp(a, "--team") == 0 ? &x->team :
				    strcmp(a, "--since") == 0 ? &x->since :
				    strcmp(a, "--until") == 0 ? &x->until :
				    strcmp(a, "--what") == 0 ? &x->what :
				    strcmp(a, "--format") == 0 ? &x->format :
				    strcmp(a, "-o") == 0 || strcmp(a, "--output") == 0 ? &x->out : NULL;
		if (!slot) {
			fprintf(stderr, "convene export: unknown argument '%s'\n%s", a, export_usage);
			return EX_USAGE;
		}
		if (i + 1 >= argc) {
			fprintf(stderr, "convene export: %s needs a value\n%s", a, export_usage);
			return EX_USAGE;
		}
		*slot = argv[++i];
	}
	if (x->meeting && (x->team || x->since || x->until)) {
		fprintf(stderr, "convene export: --meeting names one meeting; --team, --since and "
				"--until select several\n%s", export_usage);
		return EX_USAGE;
	}
	const char *dates[] = { x->since, x->until };
	for (size_t i = 0; i < 2; i++)
		if (dates[i] && (!*dates[i] || !action_due_valid(dates[i]))) {
			fprintf(stderr, "convene export: '%s' is not a date: write it YYYY-MM-DD\n",
				dates[i]);
			return EX_USAGE;
		}
	return 0;
}

/* Loads the meetings the arguments name into *rs; an exit code. */
static int load_selected(struct store *s, const struct export_args *x, unsigned what,
			 struct meeting_record **rs, size_t *n)
{
	*rs = NULL;
	*n = 0;
	bool found;
	if (x->meeting) {
		*rs = xcalloc(1, sizeof **rs);
		*n = 1; /* freed whatever part was read */
		if (!store_load_meeting(s, x->meeting, &found, *rs))
			goto io_error;
		if (!found) {
			fprintf(stderr, "convene export: there is no meeting '%s'\n", x->meeting);
			return EX_NOINPUT;
		}
		return 0;
	}
	struct meeting_selection sel = { .team = x->team, .since = x->since, .until = x->until };
	export_selection(what, &sel);
	if (!store_load_meetings(s, &sel, &found, rs, n))
		goto io_error;
	if (!found) {
		fprintf(stderr, "convene export: there is no team '%s'\n", x->team);
		return EX_NOINPUT;
	}
	return 0;
io_error:
	fprintf(stderr, "convene: %s\n", store_error(s));
	return EX_IOERR;
}

int cli_export(const char *db, int argc, char **argv)
{
	struct export_args x = { .format = "md" };
	int rc = parse_export_args(argc, argv, &x);
	if (rc)
		return rc;
	enum export_format f;
	if (!export_parse_format(x.format, &f)) {
		fprintf(stderr, "convene export: unknown format '%s' (use md, csv or json)\n", x.format);
		return EX_USAGE;
	}
	unsigned kinds = EXPORT_DEFAULT;
	if (x.what && !export_parse_what(x.what, &kinds)) {
		fprintf(stderr, "convene export: unknown --what '%s' (use talking-points, decisions, "
				"actions, ratings, items, votes or all)\n", x.what);
		return EX_USAGE;
	}
	struct store *s;
	rc = cli_open_store(db, &s, NULL);
	if (rc)
		return rc;
	struct meeting_record *rs;
	size_t n;
	rc = load_selected(s, &x, kinds, &rs, &n);
	store_close(s);
	if (!rc) {
		struct strbuf sb;
		strbuf_init(&sb);
		if (x.meeting)
			export_meeting(&rs[0], kinds, f, &sb);
		else
			export_meetings(rs, n, kinds, f, &sb);
		rc = export_write(x.out, &sb);
		strbuf_finish(&sb);
	}
	meeting_records_free(rs, n);
	return rc;
}

int cli_search(const char *db, int argc, char **argv)
{
	static const char usage[] = "Usage: convene search [--limit N] TEXT...\n";
	long limit = 50;
	struct strbuf words;
	strbuf_init(&words);
	for (int i = 0; i < argc; i++) {
		if (strcmp(argv[i], "--limit") == 0) {
			char *end;
			limit = i + 1 < argc ? strtol(argv[++i], &end, 10) : 0;
			if (limit < 1 || *end) {
				fprintf(stderr, "convene search: --limit takes a number from 1\n%s", usage);
				strbuf_finish(&words);
				return EX_USAGE;
			}
		} else {
			strbuf_addf(&words, "%s%s", words.len ? " " : "", argv[i]);
		}
	}
	if (!words.len) {
		fprintf(stderr, "convene search: what should it look for?\n%s", usage);
		strbuf_finish(&words);
		return EX_USAGE;
	}
	struct store *s;
	int rc = cli_open_store(db, &s, NULL);
	struct search_hit *h = NULL;
	size_t n = 0;
	if (!rc && !store_search(s, words.data, (size_t)limit, &h, &n)) {
		fprintf(stderr, "convene: %s\n", store_error(s));
		rc = EX_IOERR;
	}
	if (s)
		store_close(s);
	if (!rc && n == 0) {
		fprintf(stderr, "Nothing recorded matches \"%s\".\n", words.data);
		rc = 1;
	}
	for (size_t i = 0; !rc && i < n; i++) {
		char *team = text_sanitize(h[i].team, TEXT_ONE_LINE);
		char *step = h[i].step_title ? text_sanitize(h[i].step_title, TEXT_ONE_LINE) : NULL;
		char *text = text_sanitize(h[i].text, TEXT_ONE_LINE);
		printf("#%lld %s %s", (long long)h[i].meeting_id, h[i].date, team);
		if (h[i].step >= 0)
			printf(", step %d%s%s", h[i].step + 1, step ? " " : "", step ? step : "");
		printf(" (%s)\n    %s\n", h[i].kind, text);
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
