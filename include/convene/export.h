/*
 * export: a meeting's record as CSV (RFC 4180, CRLF, formula-guarded cells),
 * JSON (RFC 8259, UTF-8) or Markdown (for pasting into an email). Text is
 * sanitized on the way out, so an export is as safe to print as the screen.
 * Entries marked off the record are never exported.
 */
#ifndef CONVENE_EXPORT_H
#define CONVENE_EXPORT_H

#include "convene/catalog.h"
#include "convene/store.h"
#include "convene/util.h"

#include <stdbool.h>

enum export_format { EXPORT_CSV, EXPORT_JSON, EXPORT_MD,
	EXPORT_TXT,  /* plain text for an email: no markup, wrapped at 72 columns */
	EXPORT_HTML, /* one self-contained page to print and hand out */
};

/* What to export: a set of these bits. */
enum export_what {
	EXPORT_RATINGS = 1u << 0,
	EXPORT_ITEMS = 1u << 1, /* answers to questions, items in boxes */
	EXPORT_VOTES = 1u << 2, /* dots and the ranking they make */
	EXPORT_POINTS = 1u << 3, /* talking points agreed by every group present */
	EXPORT_DRAFTS = 1u << 4, /* with EXPORT_POINTS: the points not agreed too */
	EXPORT_DECISIONS = 1u << 5,
	EXPORT_ACTIONS = 1u << 6,
	EXPORT_FOCUS = 1u << 7, /* the norms picked to focus on */
	/* Norms an adopt-norms step drafted: never among the talking points,
	 * which go to constituents; with EXPORT_DRAFTS the ones not agreed too. */
	EXPORT_NORMS = 1u << 8,
	EXPORT_LEVELS = 1u << 9, /* agreed levels and targets */
	EXPORT_ALL = EXPORT_RATINGS | EXPORT_ITEMS | EXPORT_VOTES | EXPORT_POINTS | EXPORT_DRAFTS |
		     EXPORT_DECISIONS | EXPORT_ACTIONS | EXPORT_FOCUS | EXPORT_NORMS | EXPORT_LEVELS,
	EXPORT_DEFAULT = EXPORT_POINTS,
};

/* Parses "csv", "json", "md", "txt" or "html"; false when it is none of them. */
bool export_parse_format(const char *s, enum export_format *out);
/* Parses "talking-points", "norms", "decisions", "actions", "ratings", "items",
 * "votes" or "all"; false when it is none of them. */
bool export_parse_what(const char *s, unsigned *out);

void export_meeting(const struct meeting_record *r, unsigned what, enum export_format f,
		    struct strbuf *out);
/* The same, with the protocols installed now (NULL: none). A record keeps
 * each protocol's id and version, not its source: the export names the
 * installed file's source and version under names that say so
 * (protocol_source_at_export, protocol_version_at_export), so a reader can
 * tell when the file changed after the meeting; and a chosen continuum
 * point carries its decide step's continuum_credit, as on the screen. */
void export_meeting_now(const struct meeting_record *r, unsigned what, enum export_format f,
			const struct catalog *now, struct strbuf *out);

/* Whether the meeting holds anything of what. */
bool export_holds(const struct meeting_record *r, unsigned what);
/* Which meetings an export of several shows: those holding something of
 * what (every meeting for "all"), and what to read of each. */
void export_selection(unsigned what, struct meeting_selection *sel);

/* Several meetings in one document: CSV rows under one header, a JSON
 * object {"meetings": [...]}, Markdown summaries separated by rules. Only
 * the meetings holding something of what are shown (every one for
 * "all"): a history's talking points are not buried under the meetings
 * that agreed none. */
void export_meetings(const struct meeting_record *rs, size_t n, unsigned what,
		     enum export_format f, struct strbuf *out);

/* The same written a batch of meetings at a time (store_each_meetings):
 * begin, add each batch, end. */
struct export_stream {
	unsigned what;
	enum export_format format;
	size_t shown; /* meetings written so far */
	const struct catalog *now; /* set after export_begin; as export_meeting_now */
};
void export_begin(struct export_stream *x, unsigned what, enum export_format f,
		  struct strbuf *out);
void export_add(struct export_stream *x, const struct meeting_record *rs, size_t n,
		struct strbuf *out);
void export_end(struct export_stream *x, struct strbuf *out);

/* CSV of one kind of record (EXPORT_RATINGS, EXPORT_POINTS with or without
 * EXPORT_DRAFTS, ...) is a table of that kind's own named columns; of
 * several kinds, or all, the long table of every record with a "record"
 * column. The named table's header (without its CRLF), or NULL when what
 * gets the long table. */
const char *export_csv_columns(unsigned what);

/* Cell writers, exposed for their tests. */
void csv_cell(struct strbuf *sb, const char *s);
void json_string(struct strbuf *sb, const char *s);
/* Markdown escapes only what Markdown would read as markup: "don't",
 * "3.5" and "(yes)" pass as they are; a leading "#", "-", "+", ">" or
 * "1.", emphasis (*, _ and ~ where they could open or close it, never a
 * snake_case word's), code, links, HTML and entities, backslashes are
 * escaped. md_cell is the same in a table's cell, where | is escaped too. */
void md_text(struct strbuf *sb, const char *s);
void md_cell(struct strbuf *sb, const char *s);

#endif
