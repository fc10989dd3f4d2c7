/* selected: a unit test's export of many meetings, by the same path as
 * `convene export`: store_each_meetings in batches, export_add per batch.
 * It also notes what the batches held, for the tests of the selection.
 * Header-only. */
#ifndef CONVENE_TEST_SELECTED_H
#define CONVENE_TEST_SELECTED_H

#include "convene/export.h"
#include "convene/store.h"

#include <string.h>

struct selected {
	struct export_stream stream;
	struct strbuf out;
	size_t read;    /* meetings the batches held */
	size_t holding; /* of them, those holding something of what */
	bool ordered;   /* each started no earlier than the one before */
	char last[32];  /* the start of the last one read */
	char first[32];
};

static bool selected_batch(struct meeting_record *rs, size_t n, void *ctx)
{
	struct selected *x = ctx;
	export_add(&x->stream, rs, n, &x->out);
	for (size_t i = 0; i < n; i++) {
		const char *at = rs[i].info.started_at;
		x->ordered = x->ordered && strcmp(x->last, at) <= 0;
		if (x->read == 0)
			snprintf(x->first, sizeof x->first, "%s", at);
		snprintf(x->last, sizeof x->last, "%s", at);
		x->holding += x->stream.what == EXPORT_ALL || export_holds(&rs[i], x->stream.what);
		x->read++;
	}
	return true;
}

/* Exports the meetings sel names, what of them, in format f, reading batch
 * meetings at a time; false when the store failed. Free x->out with
 * strbuf_finish. */
static bool selected_export(struct store *s, struct meeting_selection *sel, unsigned what,
			    enum export_format f, size_t batch, bool *found, struct selected *x)
{
	memset(x, 0, sizeof *x);
	x->ordered = true;
	strbuf_init(&x->out);
	export_selection(what, sel);
	export_begin(&x->stream, what, f, &x->out);
	bool ok = store_each_meetings(s, sel, batch, found, selected_batch, x);
	export_end(&x->stream, &x->out);
	return ok;
}

#endif
