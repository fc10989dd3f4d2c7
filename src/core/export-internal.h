/* export-internal: what the three export formats share. */
#ifndef CONVENE_EXPORT_INTERNAL_H
#define CONVENE_EXPORT_INTERNAL_H

#include "convene/export.h"
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
const char *export_mode_name(enum rating_mode m);

void export_csv(const struct meeting_record *r, unsigned what, struct strbuf *sb);
void export_json(const struct meeting_record *r, unsigned what, struct strbuf *sb);
void export_md(const struct meeting_record *r, unsigned what, struct strbuf *sb);

#endif
