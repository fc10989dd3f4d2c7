/* translation: a translation checked against the protocol it translates,
 * field by field, for what the record keeps (see translation.h). */
#include "convene/i18n.h"
#include "convene/translation.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

__attribute__((format(printf, 3, 4))) static bool differs(char *why, size_t size,
							  const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(why, size, fmt, ap);
	va_end(ap);
	return false;
}

static bool same_str(const char *a, const char *b)
{
	return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

static const char *shown(const char *s)
{
	return s ? s : _("(none)");
}

/* The ids of one list of a step: count and order. Each list has its own
 * sentences (the count, singular and plural, and an id), whole for
 * translators. */
#define SAME_IDS(count_fmt, id_fmt, n_tr, n_en, id_tr, id_en)                                    \
	do {                                                                                     \
		if ((n_tr) != (n_en))                                                            \
			return differs(why, size, count_fmt, k + 1, (size_t)(n_tr), (size_t)(n_en)); \
		for (size_t i = 0; i < (n_en); i++)                                              \
			if (!same_str(id_tr, id_en))                                             \
				return differs(why, size, id_fmt, k + 1, i + 1, shown(id_tr),    \
					       shown(id_en));                                    \
	} while (0)

static bool same_step(const struct step *a, const struct step *b, size_t k, char *why,
		      size_t size)
{
	if (a->kind != b->kind)
		return differs(why, size, _("step %zu is of another kind than the English step"),
			       k + 1);
	if (!same_str(a->id, b->id))
		return differs(why, size, _("step %zu has the id '%s' where the English has '%s'"),
			       k + 1, shown(a->id), shown(b->id));
	/* The numbers a meeting plans, enters and stores by. */
	const int na[] = { a->minutes, a->silent_minutes, a->scale.min, a->scale.max, a->dots,
			   a->max_per_item, a->max_per_box, a->top, a->focus, a->check.min,
			   a->check.max, (int)a->n_points, a->room_ticks, a->checks };
	const int nb[] = { b->minutes, b->silent_minutes, b->scale.min, b->scale.max, b->dots,
			   b->max_per_item, b->max_per_box, b->top, b->focus, b->check.min,
			   b->check.max, (int)b->n_points, b->room_ticks, b->checks };
	if (memcmp(na, nb, sizeof na) != 0)
		return differs(why, size, _("step %zu: a number (minutes, a scale, dots, focus, "
					    "points) differs from the English"), k + 1);
	const char *sa[] = { a->items_from, a->norms_from, a->levels_from, a->team_norms };
	const char *sb[] = { b->items_from, b->norms_from, b->levels_from, b->team_norms };
	for (size_t i = 0; i < sizeof sa / sizeof *sa; i++)
		if (!same_str(sa[i], sb[i]))
			return differs(why, size, _("step %zu names the step '%s' where the English "
						    "names '%s'"), k + 1, shown(sa[i]), shown(sb[i]));
	SAME_IDS(ngettext("step %zu: %zu dimension where the English has %zu",
			  "step %zu: %zu dimensions where the English has %zu", a->n_dimensions),
		 _("step %zu: dimension %zu has the id '%s' where the English has '%s'"),
		 a->n_dimensions, b->n_dimensions, a->dimensions[i].id, b->dimensions[i].id);
	SAME_IDS(ngettext("step %zu: %zu question where the English has %zu",
			  "step %zu: %zu questions where the English has %zu", a->n_questions),
		 _("step %zu: question %zu has the id '%s' where the English has '%s'"),
		 a->n_questions, b->n_questions, a->questions[i].id, b->questions[i].id);
	SAME_IDS(ngettext("step %zu: %zu box where the English has %zu",
			  "step %zu: %zu boxes where the English has %zu", a->n_boxes),
		 _("step %zu: box %zu has the id '%s' where the English has '%s'"),
		 a->n_boxes, b->n_boxes, a->boxes[i].id, b->boxes[i].id);
	SAME_IDS(ngettext("step %zu: %zu continuum point where the English has %zu",
			  "step %zu: %zu continuum points where the English has %zu", a->n_continuum),
		 _("step %zu: continuum point %zu has the id '%s' where the English has '%s'"),
		 a->n_continuum, b->n_continuum, a->continuum[i].id, b->continuum[i].id);
	SAME_IDS(ngettext("step %zu: %zu norm where the English has %zu",
			  "step %zu: %zu norms where the English has %zu", a->n_norms),
		 _("step %zu: norm %zu has the id '%s' where the English has '%s'"),
		 a->n_norms, b->n_norms, a->norms[i].id, b->norms[i].id);
	SAME_IDS(ngettext("step %zu: %zu component where the English has %zu",
			  "step %zu: %zu components where the English has %zu", a->n_components),
		 _("step %zu: component %zu has the id '%s' where the English has '%s'"),
		 a->n_components, b->n_components, a->components[i].id, b->components[i].id);
	SAME_IDS(ngettext("step %zu: %zu item where the English has %zu",
			  "step %zu: %zu items where the English has %zu", a->n_checklist),
		 _("step %zu: item %zu has the id '%s' where the English has '%s'"),
		 a->n_checklist, b->n_checklist, a->checklist[i].id, b->checklist[i].id);
	for (size_t i = 0; i < a->n_components; i++)
		if (a->components[i].n_descriptors != b->components[i].n_descriptors)
			return differs(why, size, _("step %zu: component %zu has another number of "
						    "descriptors than the English"), k + 1, i + 1);
	return true;
}

static bool same_items(const struct protocol *a, const struct protocol *b, char *why,
		       size_t size)
{
	if (a->n_items != b->n_items)
		return differs(why, size, ngettext("%zu item where the English agenda has %zu",
						   "%zu items where the English agenda has %zu",
						   a->n_items), a->n_items, b->n_items);
	for (size_t k = 0; k < a->n_items; k++) {
		const struct agenda_item *x = &a->items[k], *y = &b->items[k];
		bool same = same_str(x->protocol, y->protocol) && x->minutes == y->minutes &&
			    x->n_steps == y->n_steps;
		for (size_t i = 0; same && i < x->n_steps; i++)
			same = same_str(x->steps[i], y->steps[i]);
		if (!same)
			return differs(why, size, _("item %zu differs from the English agenda's "
						    "(its protocol, steps or minutes)"), k + 1);
	}
	return true;
}

bool translation_keeps_record(const struct protocol *tr, const struct protocol *en, char *why,
			      size_t size)
{
	if (!same_str(tr->version, en->version))
		return differs(why, size, _("its version '%s' is not the English file's '%s'"),
			       shown(tr->version), shown(en->version));
	if (tr->is_agenda != en->is_agenda)
		return differs(why, size, _("one of the two files is an agenda"));
	if (tr->is_agenda)
		return same_items(tr, en, why, size);
	if (tr->n_steps != en->n_steps)
		return differs(why, size, ngettext("%zu step where the English has %zu",
						   "%zu steps where the English has %zu", tr->n_steps),
			       tr->n_steps, en->n_steps);
	for (size_t k = 0; k < en->n_steps; k++)
		if (!same_step(&tr->steps[k], &en->steps[k], k, why, size))
			return false;
	return true;
}
