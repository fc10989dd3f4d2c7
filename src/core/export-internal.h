/* export-internal: what the three export formats share. */
#ifndef CONVENE_EXPORT_INTERNAL_H
#define CONVENE_EXPORT_INTERNAL_H

#include "convene/export.h"
#include "convene/rules.h"
#include "convene/record-rules.h"
#include "convene/stats.h"

struct dim_summary {
	size_t step, dim_index;
	const char *id, *title;
	struct rating_stats stats;
};

/* Per-dimension stats of the ratings, focus flags set within each step. */
struct dim_summary *export_summarize(const struct meeting_record *r, size_t *n);
const char *export_step_title(const struct meeting_record *r, size_t step);
/* The question or box title of an item, or its key if none was recorded. */
const char *export_group_title(const struct meeting_record *r, size_t step, const char *key);
const struct item_record *export_item(const struct meeting_record *r, int64_t id);

/* A component's agreed level and target as every view writes them:
 * "now 2; target 4 by 2027-06-30", "now 2", "target 4 by 2027-06-30". */
/* "now 3 Traditional; target 4 Cooperative by 2027-06-30": a placement's
 * points with their labels. */
void export_level_words(const struct meeting_record *r, const struct level_record *x,
			struct strbuf *sb);

bool export_is_vote_step(const struct meeting_record *r, size_t step);
/* Calls fn with each item every vote step ranked (record_ranking's order:
 * most dots first), the steps in order. */
void export_each_ranked(const struct meeting_record *r,
			void (*fn)(const struct meeting_record *r, size_t step,
				   const struct ranked *x, void *ctx),
			void *ctx);

/* Whether a talking point belongs in this export: agreed points always,
 * drafts only when asked for. Agreement is rules_point_agreed's, as in
 * every other view. */
bool export_point_wanted(const struct meeting_record *r, const struct point_record *p,
			 unsigned what);

/* Whether the step holds anything of what. */
bool export_step_has(const struct meeting_record *r, unsigned what, size_t step);

/* The protocols a record ran, each id once: the meeting's (an agenda's
 * own), then its steps' in order. Returns how many, at most max. */
size_t export_protocol_ids(const struct meeting_record *r, const char **ids, size_t max);
/* The protocol installed now under id, or NULL (no catalogue, or gone). */
const struct protocol *export_protocol_now(const struct catalog *now, const char *id);
/* The continuum credit of a step's decide step in the protocol installed
 * now, or NULL: found by the step's protocol and title. */
const char *export_continuum_credit(const struct catalog *now, const struct meeting_record *r,
				    size_t step);

/* The uid of a member of the meeting's team, found among its attendance. */
const char *export_member_uid(const struct meeting_record *r, int64_t member_id);

/* CSV's header and one meeting's rows (without the header): one kind's own
 * table (export-csv-tables.c), or the long table of several kinds. */
void export_csv_header(unsigned what, struct strbuf *sb);
void export_csv(const struct meeting_record *r, unsigned what, const struct catalog *now,
		struct strbuf *sb);
/* The table of one kind of record (export-csv-tables.c): false, and
 * nothing written, when what is several kinds. */
bool export_csv_table_header(unsigned what, struct strbuf *sb);
bool export_csv_table(const struct meeting_record *r, unsigned what, const struct catalog *now,
		      struct strbuf *sb);
void export_json(const struct meeting_record *r, unsigned what, const struct catalog *now,
		 struct strbuf *sb);
void export_md(const struct meeting_record *r, unsigned what, const struct catalog *now,
	       struct strbuf *sb);

#endif
