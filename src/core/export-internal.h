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

bool export_is_vote_step(const struct meeting_record *r, size_t step);

/* Whether a talking point belongs in this export: agreed points always,
 * drafts only when asked for. Agreement is rules_point_agreed's, as in
 * every other view. */
bool export_point_wanted(const struct meeting_record *r, const struct point_record *p,
			 unsigned what);

/* Whether the step holds anything of what. */
bool export_step_has(const struct meeting_record *r, unsigned what, size_t step);

void export_csv_header(struct strbuf *sb);
/* The rows of one meeting, without the header. */
void export_csv(const struct meeting_record *r, unsigned what, struct strbuf *sb);
void export_json(const struct meeting_record *r, unsigned what, struct strbuf *sb);
void export_md(const struct meeting_record *r, unsigned what, struct strbuf *sb);

#endif
