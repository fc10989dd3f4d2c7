/*
 * export-csv: every kind of record in one long table, one row per record,
 * so a spreadsheet filter on the "record" column separates them (--what
 * all; one kind alone has a table of its own, export-csv-tables.c). RFC 4180:
 * a header, CRLF line ends, quoted cells where needed, formulas defused.
 */
#include "export-internal.h"
#include "convene/checklist.h"
#include "convene/quadrants.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char header[] = "meeting,meeting_uid,team,started_at,protocol,record,step,"
			     "step_title,key,label,person,group,value,scale_min,scale_max,"
			     "text,detail,status,at\r\n";

struct csv_row {
	const char *record;
	size_t step;
	const char *key, *label, *person, *group;
	const int *value, *scale_min, *scale_max;
	const char *text, *detail, *status, *at;
};

static void cells(struct strbuf *sb, const char *const *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (i)
			strbuf_addc(sb, ',');
		csv_cell(sb, v[i]);
	}
}

static void number(struct strbuf *sb, const int *v)
{
	strbuf_addc(sb, ',');
	if (v)
		strbuf_addf(sb, "%d", *v);
}

static void row(const struct meeting_record *r, const struct csv_row *x, struct strbuf *sb)
{
	strbuf_addf(sb, "%lld,", (long long)r->info.id);
	const char *meeting[] = { r->info.uid, r->info.team_name, r->info.started_at,
				  r->info.protocol_id, x->record };
	cells(sb, meeting, ARRAY_LEN(meeting));
	/* A record of the meeting as a whole (a role) has no step. */
	if (x->step == (size_t)-1)
		strbuf_adds(sb, ",,");
	else
		strbuf_addf(sb, ",%zu,", x->step + 1);
	const char *what[] = { export_step_title(r, x->step), x->key, x->label, x->person, x->group };
	cells(sb, what, ARRAY_LEN(what));
	number(sb, x->value);
	number(sb, x->scale_min);
	number(sb, x->scale_max);
	strbuf_addc(sb, ',');
	const char *rest[] = { x->text, x->detail, x->status, x->at };
	cells(sb, rest, ARRAY_LEN(rest));
	strbuf_adds(sb, "\r\n");
}

/* A row per item of a vote's ranking with its total, its place (shared by
 * a tie) and whether it is on top. */
static void result(const struct meeting_record *r, size_t step, const struct ranked *x, void *sb)
{
	/* The place in words: a leading "=" would read as a formula. */
	char *place = xasprintf("place %zu%s", x->place, x->tied ? ", tied" : "");
	row(r, &(struct csv_row){ .record = "result", .step = step, .key = x->item->uid,
				  .label = export_group_title(r, x->item->step, x->item->group),
				  .value = &x->dots, .text = x->item->text, .detail = place,
				  .status = x->top ? "top" : "" },
	    sb);
	free(place);
}

/* A row per tally (a person's dots, or a counted total), then the
 * rankings' rows. */
static void votes(const struct meeting_record *r, struct strbuf *sb)
{
	for (size_t i = 0; i < r->n_votes; i++) {
		const struct vote_record *v = &r->votes[i];
		const struct item_record *x = export_item(r, v->item_id);
		if (!x || x->off_record)
			continue;
		row(r, &(struct csv_row){ .record = "vote", .step = v->step, .key = x->uid,
					  .label = export_group_title(r, x->step, x->group),
					  .person = v->member_name, .value = &v->dots, .text = x->text,
					  .status = v->member_id ? "person" : "counted" },
		    sb);
	}
	export_each_ranked(r, result, sb);
}

/* A talking point: the groups that confirmed it as the label. One whose
 * wording was corrected in review is followed by a "correction" row: who
 * corrected it as the person, the wording the groups agreed as the text,
 * the wording now as the detail, when as the time. */
static void points(const struct meeting_record *r, unsigned what, struct strbuf *sb)
{
	for (size_t i = 0; i < r->n_points; i++) {
		const struct point_record *p = &r->points[i];
		if (!export_point_wanted(r, p, what))
			continue;
		struct strbuf by;
		strbuf_init(&by);
		for (size_t k = 0; k < p->n_agreed; k++)
			strbuf_addf(&by, "%s%s", k ? "; " : "", p->agreed_by[k]);
		bool norm = rules_point_is_norm(r, p);
		/* A norm every group confirmed is adopted, as the room saw it. */
		row(r, &(struct csv_row){ .record = norm ? "norm" : "talking-point", .step = p->step,
					  .key = p->uid, .label = by.data, .text = p->text,
					  .status = !rules_point_agreed(r, p) ? "draft" :
						    norm ? "adopted" : "agreed",
					  .at = p->updated_at },
		    sb);
		if (p->agreed_text)
			row(r, &(struct csv_row){ .record = "correction", .step = p->step, .key = p->uid,
						  .person = p->corrected_by, .text = p->agreed_text,
						  .detail = p->text, .status = "corrected",
						  .at = p->corrected_at },
			    sb);
		strbuf_finish(&by);
	}
}

/* A decision: its topic as the label, how it was decided in the group
 * column, the number below three in a fist-to-five check as the value, the
 * decision as the text and its reasons as the detail. A decision that
 * reopens an earlier one is followed by a "reopening" row: the earlier
 * topic as the label, the votes to reopen out of those present as value
 * and scale_max, the new information as the text, the earlier decision's
 * uid as the detail. */
static void decisions(const struct meeting_record *r, const struct catalog *now,
		      struct strbuf *sb)
{
	for (size_t i = 0; i < r->n_decisions; i++) {
		const struct decision_record *d = &r->decisions[i];
		int below = rules_record_objections(d);
		/* The point is named with whose continuum it is, as on screen. */
		const char *credit = d->point_title ? export_continuum_credit(now, r, d->step) : NULL;
		char *how = credit ? xasprintf("%s (%s)", d->point_title, credit) : NULL;
		row(r, &(struct csv_row){ .record = "decision", .step = d->step, .key = d->uid,
					  .label = d->topic, .group = how ? how : d->point_title,
					  .value = d->fist_taken ? &below : NULL, .text = d->text,
					  .detail = d->reasons, .status = decision_status_name(d->status), .at = d->updated_at },
		    sb);
		free(how);
		if (d->reopens_uid)
			row(r, &(struct csv_row){ .record = "reopening", .step = d->step,
						  .key = d->uid, .label = d->reopens_topic,
						  .value = &d->reopen_votes,
						  .scale_max = &d->reopen_present,
						  .text = d->reopen_info, .detail = d->reopens_uid,
						  .status = "reopened", .at = d->updated_at },
			    sb);
	}
}

/* An action item: its owner as the person, its due date as the detail. */
static void actions(const struct meeting_record *r, struct strbuf *sb)
{
	for (size_t i = 0; i < r->n_actions; i++) {
		const struct action_record *a = &r->actions[i];
		row(r, &(struct csv_row){ .record = "action", .step = a->step, .key = a->uid,
					  .person = a->owner_name, .text = a->text, .detail = a->due,
					  .status = action_status_name(a->status), .at = a->updated_at },
		    sb);
	}
}

void export_csv_header(unsigned what, struct strbuf *sb)
{
	if (!export_csv_table_header(what, sb))
		strbuf_adds(sb, header);
}

/* A row per protocol the meeting ran: its source as the protocol file
 * installed at export time gives it (the record keeps no source), that
 * file's version as the label, under a record name that says so. */
static void sources(const struct meeting_record *r, const struct catalog *now, struct strbuf *sb)
{
	const char *ids[64];
	size_t n = export_protocol_ids(r, ids, ARRAY_LEN(ids));
	for (size_t i = 0; now && i < n; i++) {
		const struct protocol *p = export_protocol_now(now, ids[i]);
		row(r, &(struct csv_row){ .record = "protocol_source_at_export", .step = (size_t)-1,
					  .key = ids[i], .label = p ? p->version : NULL,
					  .text = p ? p->source : "not installed at export time" },
		    sb);
	}
}

void export_csv(const struct meeting_record *r, unsigned what, const struct catalog *now,
		struct strbuf *sb)
{
	if (export_csv_table(r, what, now, sb))
		return;
	sources(r, now, sb);
	for (size_t i = 0; (what & EXPORT_ALL) == EXPORT_ALL && i < r->n_roles; i++)
		row(r, &(struct csv_row){ .record = "role", .step = (size_t)-1, .key = r->roles[i].role,
					  .person = r->roles[i].member_name },
		    sb);
	points(r, what, sb);
	if (what & EXPORT_DECISIONS)
		decisions(r, now, sb);
	if (what & EXPORT_ACTIONS)
		actions(r, sb);
	for (size_t i = 0; (what & EXPORT_FOCUS) && i < r->n_focus; i++)
		row(r, &(struct csv_row){ .record = "focus", .step = r->focus[i].step,
					  .key = r->focus[i].norm_id, .label = r->focus[i].norm_name },
		    sb);
	/* An agreed level: the component as key and label, the level as the
	 * value on its scale; a target: its level as the value, its date as
	 * the detail. */
	for (size_t i = 0; (what & EXPORT_LEVELS) && i < r->n_levels; i++) {
		const struct level_record *x = &r->levels[i];
		if (x->level >= 0)
			row(r, &(struct csv_row){ .record = "level", .step = x->step,
						  .key = x->component_id, .label = x->component_title,
						  .value = &x->level, .scale_min = &x->scale_min,
						  .scale_max = &x->scale_max, .status = "agreed",
						  .text = record_level_label(r, x, x->level),
						  .at = x->updated_at },
			    sb);
		if (x->target >= 0)
			row(r, &(struct csv_row){ .record = "target", .step = x->step,
						  .key = x->component_id, .label = x->component_title,
						  .value = &x->target, .scale_min = &x->scale_min,
						  .scale_max = &x->scale_max, .detail = x->target_date,
						  .text = record_level_label(r, x, x->target),
						  .status = "target", .at = x->updated_at },
			    sb);
	}
	for (size_t i = 0; (what & EXPORT_RATINGS) && i < r->n_ratings; i++) {
		const struct rating_record *x = &r->ratings[i];
		/* A checklist's tick says what it means beside its 0 or 1. */
		bool tick = record_is_checklist(r, x->step);
		/* A blind two-way placement's x and y rows are one ballot: the
		 * detail names it, as a person's name joins a named pair. */
		char ballot[32] = "";
		if (!x->member_id && record_places(r, x->step))
			snprintf(ballot, sizeof ballot, "ballot %zu", x->slot + 1);
		row(r, &(struct csv_row){ .record = "rating", .step = x->step, .key = x->dimension_id,
					  .label = x->dimension_title, .person = x->member_name,
					  .group = x->member_group, .value = &x->value,
					  .scale_min = &x->scale_min, .scale_max = &x->scale_max,
					  /* A checklist's tick in words; a placement's point: its label. */
					  .text = tick ? checklist_word(x->value) :
						  record_point_label(r, x->step, x->value),
					  .status = record_checklist_room(r, x->step) ? "ticked by the room" :
						    rating_mode_name(r->info.mode),
					  .detail = ballot[0] ? ballot : NULL, .at = x->entered_at },
		    sb);
	}
	for (size_t i = 0; (what & EXPORT_ITEMS) && i < r->n_items; i++) {
		const struct item_record *x = &r->items[i];
		if (x->off_record)
			continue;
		row(r, &(struct csv_row){ .record = "item", .step = x->step, .key = x->group,
					  .label = export_group_title(r, x->step, x->group),
					  .text = x->text, .at = x->created_at },
		    sb);
	}
	if (what & EXPORT_VOTES)
		votes(r, sb);
}
