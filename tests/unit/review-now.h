/* review-now: a correction in review by someone who has just opened the
 * entry, for the tests of what a correction does: it carries the version
 * the entry has now (what y does after a conflict), so they need not count
 * versions. The tests of the check itself call store_review_entry.
 * Header-only. */
#ifndef CONVENE_TEST_REVIEW_NOW_H
#define CONVENE_TEST_REVIEW_NOW_H

#include "convene/store.h"
#include "convene/store-review.h"

#include <stdlib.h>

static inline bool review_now(struct store *st, enum review_kind kind, int64_t id,
			      const char *text, int off_record, const char *reason, const char *by)
{
	struct store_now now;
	enum store_edit r = store_review_entry(st, kind, id, 0, text, off_record, reason, by, &now);
	if (r == STORE_CHANGED) {
		free(now.text);
		r = store_review_entry(st, kind, id, now.version, text, off_record, reason, by, NULL);
	}
	return r == STORE_SAVED;
}

#endif
