/*
 * export-csv-tables: one kind of record per CSV file, each with columns
 * named for what they hold (a rating's dimension, value and label; a
 * decision's topic, objections and reasons), so a spreadsheet opens it
 * ready to sort and chart. The long table of every record (export-csv.c)
 * stays what --what all writes. Column names and values are data, read by
 * spreadsheets and scripts: English, never translated.
 *
 * Every table begins with the same meeting and step columns; a record
 * corrected or reopened later keeps one row, the correction or reopening
 * in columns of its own (the long table gives each a row of its own).
 */
#include "export-internal.h"
#include "convene/checklist.h"
#include "convene/quadrants.h"

#include <stdlib.h>
#include <string.h>

#define FIRST "meeting,meeting_uid,team,started_at,protocol,step,step_title,"

/* The meeting's cells and the step's (counted from 1), without a comma
 * after: each cell that follows brings its own. */
static void begin_row(const struct meeting_record *r, size_t step, struct strbuf *sb)
{
	strbuf_addf(sb, "%lld,", (long long)r->info.id);
	const char *meeting[] = { r->info.uid, r->info.team_name, r->info.started_at,
				  r->info.protocol_id };
	for (size_t i = 0; i < ARRAY_LEN(meeting); i++) {
		csv_cell(sb, meeting[i]);
		strbuf_addc(sb, ',');
	}
	strbuf_addf(sb, "%zu,", step + 1);
	csv_cell(sb, export_step_title(r, step));
}

static void text(struct strbuf *sb, const char *s)
{
	strbuf_addc(sb, ',');
	csv_cell(sb, s);
}

/* A number, or an empty cell for none. */
static void num(struct strbuf *sb, const int *v)
{
	strbuf_addc(sb, ',');
	if (v)
		strbuf_addf(sb, "%d", *v);
}

static void yes_no(struct strbuf *sb, bool v)
{
	strbuf_adds(sb, v ? ",yes" : ",no");
}

static void end_row(struct strbuf *sb)
{
	strbuf_adds(sb, "\r\n");
}

static void ratings(const struct meeting_record *r, unsigned what, const struct catalog *now,
		    struct strbuf *sb)
{
	for (size_t i = 0; i < r->n_ratings; i++) {
		const struct rating_record *x = &r->ratings[i];
		begin_row(r, x->step, sb);
		text(sb, x->dimension_id);
		text(sb, x->dimension_title);
		text(sb, x->member_name);
		text(sb, export_member_uid(r, x->member_id));
		text(sb, x->member_group);
		/* A blind two-way placement's x and y rows are one ballot. */
		int ballot = (int)x->slot + 1;
		num(sb, !x->member_id && record_places(r, x->step) ? &ballot : NULL);
		num(sb, &x->value);
		num(sb, &x->scale_min);
		num(sb, &x->scale_max);
		/* A checklist's tick in words; a placement's point: its label. */
		text(sb, record_is_checklist(r, x->step) ? checklist_word(x->value) :
							   record_point_label(r, x->step, x->value));
		text(sb, record_checklist_room(r, x->step) ? "ticked by the room" :
							     rating_mode_name(r->info.mode));
		text(sb, x->entered_at);
		end_row(sb);
	}
}

/* "a; b; c": several names in one cell, as the long table joins them. */
static void joined(struct strbuf *sb, const char *const *v, size_t n)
{
	struct strbuf all;
	strbuf_init(&all);
	for (size_t i = 0; i < n; i++)
		strbuf_addf(&all, "%s%s", i ? "; " : "", v[i] ? v[i] : "");
	text(sb, all.data);
	strbuf_finish(&all);
}

/* Talking points or (norms) the norms adopt-norms steps drafted: the two
 * tables have the same columns. */
static void points(const struct meeting_record *r, unsigned what, bool norms, struct strbuf *sb)
{
	for (size_t i = 0; i < r->n_points; i++) {
		const struct point_record *p = &r->points[i];
		if (rules_point_is_norm(r, p) != norms || !export_point_wanted(r, p, what))
			continue;
		const char *missing[32];
		size_t n_missing = rules_point_to_confirm(r, p, missing, ARRAY_LEN(missing));
		begin_row(r, p->step, sb);
		text(sb, p->uid);
		text(sb, p->text);
		text(sb, !rules_point_agreed(r, p) ? "draft" : norms ? "adopted" : "agreed");
		joined(sb, (const char *const *)p->agreed_by, p->n_agreed);
		joined(sb, missing, n_missing < ARRAY_LEN(missing) ? n_missing : ARRAY_LEN(missing));
		text(sb, p->agreed_text);
		text(sb, p->corrected_by);
		text(sb, p->corrected_at);
		text(sb, p->updated_at);
		end_row(sb);
	}
}

static void talking_points(const struct meeting_record *r, unsigned what,
			   const struct catalog *now, struct strbuf *sb)
{
	points(r, what, false, sb);
}

static void norms(const struct meeting_record *r, unsigned what, const struct catalog *now,
		  struct strbuf *sb)
{
	points(r, what, true, sb);
}

static void decisions(const struct meeting_record *r, unsigned what, const struct catalog *now,
		      struct strbuf *sb)
{
	for (size_t i = 0; i < r->n_decisions; i++) {
		const struct decision_record *d = &r->decisions[i];
		begin_row(r, d->step, sb);
		text(sb, d->uid);
		text(sb, d->topic);
		/* The point is named with whose continuum it is, as on screen. */
		const char *credit = d->point_title ? export_continuum_credit(now, r, d->step) : NULL;
		char *how = credit ? xasprintf("%s (%s)", d->point_title, credit) : NULL;
		text(sb, how ? how : d->point_title);
		free(how);
		int below = rules_record_objections(d);
		num(sb, d->fist_taken ? &below : NULL);
		text(sb, d->text);
		text(sb, d->reasons);
		text(sb, decision_status_name(d->status));
		text(sb, d->reopens_uid);
		text(sb, d->reopens_topic);
		num(sb, d->reopens_uid ? &d->reopen_votes : NULL);
		num(sb, d->reopens_uid ? &d->reopen_present : NULL);
		text(sb, d->reopen_info);
		text(sb, d->updated_at);
		end_row(sb);
	}
}

static void actions(const struct meeting_record *r, unsigned what, const struct catalog *now,
		    struct strbuf *sb)
{
	for (size_t i = 0; i < r->n_actions; i++) {
		const struct action_record *a = &r->actions[i];
		begin_row(r, a->step, sb);
		text(sb, a->uid);
		text(sb, a->text);
		text(sb, a->owner_name);
		text(sb, export_member_uid(r, a->owner));
		text(sb, a->due);
		text(sb, action_status_name(a->status));
		text(sb, a->item_uid);
		text(sb, a->updated_at);
		end_row(sb);
	}
}

static void levels(const struct meeting_record *r, unsigned what, const struct catalog *now,
		   struct strbuf *sb)
{
	for (size_t i = 0; i < r->n_levels; i++) {
		const struct level_record *x = &r->levels[i];
		begin_row(r, x->step, sb);
		text(sb, x->component_id);
		text(sb, x->component_title);
		num(sb, x->level >= 0 ? &x->level : NULL);
		text(sb, record_level_label(r, x, x->level));
		num(sb, x->target >= 0 ? &x->target : NULL);
		text(sb, record_level_label(r, x, x->target));
		text(sb, x->target_date);
		num(sb, &x->scale_min);
		num(sb, &x->scale_max);
		text(sb, x->updated_at);
		end_row(sb);
	}
}

static void items(const struct meeting_record *r, unsigned what, const struct catalog *now,
		  struct strbuf *sb)
{
	for (size_t i = 0; i < r->n_items; i++) {
		const struct item_record *x = &r->items[i];
		if (x->off_record)
			continue;
		begin_row(r, x->step, sb);
		text(sb, x->group);
		text(sb, export_group_title(r, x->step, x->group));
		text(sb, x->uid);
		text(sb, x->text);
		text(sb, x->created_at);
		end_row(sb);
	}
}

/* A row per item a vote step ranked: its total, its place (shared by a
 * tie), whether it is on top, and the dots each person gave it ("Ana 2;
 * Ben 1"), or the totals typed in when the room's dots were counted. */
static void ranked_row(const struct meeting_record *r, size_t step, const struct ranked *x,
		       void *ctx)
{
	struct strbuf *sb = ctx, by;
	strbuf_init(&by);
	bool counted = r->steps[step].vote_counting;
	for (size_t v = 0; v < r->n_votes; v++) {
		const struct vote_record *t = &r->votes[v];
		if (t->step != step || t->item_id != x->item->id)
			continue;
		counted |= !t->member_id;
		if (t->member_id)
			strbuf_addf(&by, "%s%s %d", by.len ? "; " : "",
				    t->member_name ? t->member_name : "?", t->dots);
	}
	begin_row(r, step, sb);
	text(sb, x->item->uid);
	text(sb, export_group_title(r, x->item->step, x->item->group));
	text(sb, x->item->text);
	num(sb, &x->dots);
	int place = (int)x->place;
	num(sb, &place);
	yes_no(sb, x->tied);
	yes_no(sb, x->top);
	yes_no(sb, counted);
	text(sb, by.data);
	end_row(sb);
	strbuf_finish(&by);
}

static void votes(const struct meeting_record *r, unsigned what, const struct catalog *now,
		  struct strbuf *sb)
{
	export_each_ranked(r, ranked_row, sb);
}

static const struct csv_table {
	unsigned what;
	const char *columns;
	void (*rows)(const struct meeting_record *r, unsigned what, const struct catalog *now,
		     struct strbuf *sb);
} tables[] = {
	{ EXPORT_RATINGS,
	  FIRST "dimension_id,dimension,member,member_uid,group,ballot,value,scale_min,scale_max,"
		"label,mode,entered_at",
	  ratings },
	{ EXPORT_POINTS,
	  FIRST "point_uid,text,status,agreed_by,waiting_for,agreed_text,corrected_by,"
		"corrected_at,updated_at",
	  talking_points },
	{ EXPORT_NORMS,
	  FIRST "norm_uid,text,status,agreed_by,waiting_for,agreed_text,corrected_by,"
		"corrected_at,updated_at",
	  norms },
	{ EXPORT_DECISIONS,
	  FIRST "decision_uid,topic,decided_by,objections,decision,reasons,status,reopens_uid,"
		"reopens_topic,reopen_in_favour,reopen_present,reopen_info,updated_at",
	  decisions },
	{ EXPORT_ACTIONS,
	  FIRST "action_uid,action,owner,owner_uid,due,status,item_uid,updated_at", actions },
	{ EXPORT_LEVELS,
	  FIRST "component_id,component,level,level_label,target,target_label,target_date,"
		"scale_min,scale_max,updated_at",
	  levels },
	{ EXPORT_ITEMS, FIRST "group_id,group,item_uid,text,created_at", items },
	{ EXPORT_VOTES,
	  FIRST "item_uid,group,item,dots,place,tied,top,counted,dots_by", votes },
};

/* The table of what: one kind, with or without drafts; NULL for several
 * kinds (and every kind), which the long table holds. */
static const struct csv_table *table_of(unsigned what)
{
	for (size_t i = 0; i < ARRAY_LEN(tables); i++)
		if ((what & ~(unsigned)EXPORT_DRAFTS) == tables[i].what)
			return &tables[i];
	return NULL;
}

const char *export_csv_columns(unsigned what)
{
	const struct csv_table *t = table_of(what);
	return t ? t->columns : NULL;
}

bool export_csv_table_header(unsigned what, struct strbuf *sb)
{
	const struct csv_table *t = table_of(what);
	if (t) {
		strbuf_adds(sb, t->columns);
		strbuf_adds(sb, "\r\n");
	}
	return t != NULL;
}

bool export_csv_table(const struct meeting_record *r, unsigned what, const struct catalog *now,
		      struct strbuf *sb)
{
	const struct csv_table *t = table_of(what);
	if (t)
		t->rows(r, what, now, sb);
	return t != NULL;
}
