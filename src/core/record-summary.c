/*
 * record-summary: what a meeting settled, in a few lines for the room at
 * its close: decisions made (drafts are not decisions), the talking points
 * every group present agreed (the rule's answer, as every view asks it),
 * and the action items with who owns them and when they are due. Built
 * from the stored record, so it says what the notes will say.
 */
#include "convene/i18n.h"
#include "convene/record-view.h"
#include "export-internal.h"
#include "convene/rules.h"
#include "convene/util.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

static void add(struct record_view *v, enum record_style st, int indent, const char *fmt, ...)
	PRINTF_LIKE(4, 5);

static void add(struct record_view *v, enum record_style st, int indent, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *text = xvasprintf(fmt, ap);
	va_end(ap);
	v->lines = array_grow(v->lines, v->n, sizeof *v->lines);
	v->lines[v->n++] = (struct record_line){ .text = text, .style = st, .indent = indent,
						 .step = -1, .entry_kind = REVIEW_ITEM };
}

static void decisions(struct record_view *v, const struct meeting_record *r)
{
	size_t n = 0, drafts = 0;
	for (size_t i = 0; i < r->n_decisions; i++)
		n += r->decisions[i].status != DECISION_DRAFT;
	drafts = r->n_decisions - n;
	add(v, RECORD_HEADING, 0, _("Decisions: %zu"), n);
	for (size_t i = 0; i < r->n_decisions; i++) {
		const struct decision_record *d = &r->decisions[i];
		if (d->status == DECISION_DRAFT)
			continue;
		add(v, RECORD_TEXT, 2, "%s: %s%s%s", d->topic, d->text,
		    d->status == DECISION_DECIDED ? "" : " — ",
		    d->status == DECISION_DECIDED ? "" : decision_status_name(d->status));
	}
	if (drafts)
		add(v, RECORD_DIM, 2, _("%zu more left as a draft: not decided."), drafts);
}

static void points(struct record_view *v, const struct meeting_record *r)
{
	size_t n = 0, all = 0;
	for (size_t i = 0; i < r->n_points; i++)
		if (!rules_point_is_norm(r, &r->points[i])) {
			all++;
			n += rules_point_agreed(r, &r->points[i]);
		}
	add(v, RECORD_HEADING, 0, _("Talking points agreed by every group: %zu"), n);
	size_t k = 0;
	for (size_t i = 0; i < r->n_points; i++)
		if (!rules_point_is_norm(r, &r->points[i]) && rules_point_agreed(r, &r->points[i]))
			add(v, RECORD_TEXT, 2, _("%zu. %s"), ++k, r->points[i].text);
	if (all > n)
		add(v, RECORD_DIM, 2, _("%zu more not agreed by every group: drafts, not to be said "
		    "outside."), all - n);
}

/* Norms adopted: the team's own, apart from what is said outside; shown
 * only when the meeting drafted some. */
static void norms(struct record_view *v, const struct meeting_record *r)
{
	size_t n = 0, all = 0;
	for (size_t i = 0; i < r->n_points; i++)
		if (rules_point_is_norm(r, &r->points[i])) {
			all++;
			n += rules_point_agreed(r, &r->points[i]);
		}
	if (!all)
		return;
	add(v, RECORD_HEADING, 0, _("Norms adopted by every group: %zu"), n);
	size_t k = 0;
	for (size_t i = 0; i < r->n_points; i++)
		if (rules_point_is_norm(r, &r->points[i]) && rules_point_agreed(r, &r->points[i]))
			add(v, RECORD_TEXT, 2, _("%zu. %s"), ++k, r->points[i].text);
	if (all > n)
		add(v, RECORD_DIM, 2, _("%zu more drafted but not adopted by every group."), all - n);
}

/* The levels the team agreed and the targets it set: shown only when the
 * meeting had a levels step. */
static void levels(struct record_view *v, const struct meeting_record *r)
{
	if (!r->n_levels)
		return;
	add(v, RECORD_HEADING, 0, _("Levels agreed and targets set: %zu"), r->n_levels);
	for (size_t i = 0; i < r->n_levels; i++) {
		struct strbuf sb;
		strbuf_init(&sb);
		export_level_words(r, &r->levels[i], &sb);
		add(v, RECORD_TEXT, 2, "%s: %s", r->levels[i].component_title, sb.data);
		strbuf_finish(&sb);
	}
}

static void actions(struct record_view *v, const struct meeting_record *r)
{
	add(v, RECORD_HEADING, 0, _("Action items: %zu"), r->n_actions);
	for (size_t i = 0; i < r->n_actions; i++) {
		const struct action_record *a = &r->actions[i];
		add(v, RECORD_TEXT, 2, "%s — %s%s%s", a->text,
		    a->owner_name ? a->owner_name : _("nobody owns it yet"), a->due ? _(", due ") : "",
		    a->due ? a->due : "");
	}
}

void record_view_summary(struct record_view *v, const struct meeting_record *r)
{
	memset(v, 0, sizeof *v);
	v->step = -1;
	decisions(v, r);
	points(v, r);
	norms(v, r);
	levels(v, r);
	actions(v, r);
}
