/*
 * checklist-record: a checklist as a stored meeting holds it (ratings of 0
 * and 1 under its items), counted once here for every export and the
 * review, in the order every view shows (checklist_order).
 */
#include "convene/checklist.h"
#include "convene/i18n.h"
#include "convene/util.h"

#include <stdlib.h>
#include <string.h>

bool record_is_checklist(const struct meeting_record *r, size_t step)
{
	return step < r->n_steps && strcmp(r->steps[step].kind, "checklist") == 0;
}

bool record_checklist_room(const struct meeting_record *r, size_t step)
{
	return record_is_checklist(r, step) && r->steps[step].vote_counting;
}

size_t record_checklist_counts(const struct meeting_record *r, size_t step,
			       struct checklist_count **out, size_t *lists)
{
	struct checklist_count *items = NULL;
	size_t *rated = NULL, n = 0;
	for (size_t i = 0; i < r->n_ratings; i++) {
		const struct rating_record *x = &r->ratings[i];
		if (x->step != step)
			continue;
		size_t k = 0;
		while (k < n && strcmp(items[k].id, x->dimension_id) != 0)
			k++;
		if (k == n) {
			items = xreallocarray(items, n + 1, sizeof *items);
			rated = xreallocarray(rated, n + 1, sizeof *rated);
			items[n] = (struct checklist_count){ x->dimension_id, x->dimension_title, 0 };
			rated[n++] = 0;
		}
		items[k].ticks += x->value > 0;
		rated[k]++;
	}
	/* Lists are saved whole: the item with the most ratings counts them. */
	*lists = 0;
	for (size_t k = 0; k < n; k++)
		if (rated[k] > *lists)
			*lists = rated[k];
	int *ticks = xcalloc(n ? n : 1, sizeof *ticks);
	size_t *order = xcalloc(n ? n : 1, sizeof *order);
	for (size_t k = 0; k < n; k++)
		ticks[k] = items[k].ticks;
	checklist_order(ticks, n, order);
	*out = xcalloc(n ? n : 1, sizeof **out);
	for (size_t k = 0; k < n; k++)
		(*out)[k] = items[order[k]];
	free(ticks);
	free(order);
	free(items);
	free(rated);
	return n;
}

char *record_checklist_words(const struct checklist_count *c, size_t lists, bool room)
{
	if (room)
		return xstrdup(_(checklist_word(c->ticks)));
	return xasprintf(_("%d of %zu"), c->ticks, lists);
}
