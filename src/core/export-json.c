/* export-json: the record as one JSON object (RFC 8259, UTF-8).
 *
 * Written piece by piece with the lengths known where they are written: a
 * history of fifty thousand meetings is some 400 MB of JSON, and going
 * through printf for each key and number cost more than reading it all. */
#include "export-internal.h"
#include "convene/checklist.h"

#include <stdlib.h>

/* Literal text, its length counted by the compiler. */
#define LIT(sb, s) strbuf_addn(sb, s, sizeof s - 1)

static void add_int(struct strbuf *sb, long long v)
{
	if (v < 0) {
		strbuf_addc(sb, '-');
		strbuf_add_uint(sb, 0ULL - (unsigned long long)v);
	} else {
		strbuf_add_uint(sb, (unsigned long long)v);
	}
}

static void add_bool(struct strbuf *sb, bool v)
{
	if (v)
		LIT(sb, "true");
	else
		LIT(sb, "false");
}

static void field_at(struct strbuf *sb, const char *key, size_t n, const char *value, bool comma)
{
	strbuf_addn(sb, key, n);
	json_string(sb, value);
	if (comma)
		LIT(sb, ", ");
}

/* "key": "value", with a comma after when more follows. */
#define field(sb, key, value, comma) \
	field_at(sb, "\"" key "\": ", sizeof "\"" key "\": " - 1, value, comma)

/* "key": number, and the comma: the numbers within an element. */
#define number(sb, key, v) (LIT(sb, "\"" key "\": "), add_int(sb, (long long)(v)), LIT(sb, ", "))

/* Opens a named array; each element then starts with element(). */
static void array_open(struct strbuf *sb, const char *name)
{
	LIT(sb, ",\n  \"");
	strbuf_adds(sb, name);
	LIT(sb, "\": [");
}

static void element(struct strbuf *sb, size_t i)
{
	if (i)
		strbuf_addc(sb, ',');
	LIT(sb, "\n    {");
}

static void array_close(struct strbuf *sb, size_t n)
{
	if (n)
		LIT(sb, "\n  ]");
	else
		strbuf_addc(sb, ']');
}

static void contents(unsigned what, struct strbuf *sb)
{
	static const struct { unsigned what; const char *name; } kinds[] = {
		{ EXPORT_POINTS, "talking-points" }, { EXPORT_DRAFTS, "drafts" },
		{ EXPORT_DECISIONS, "decisions" }, { EXPORT_ACTIONS, "actions" },
		{ EXPORT_FOCUS, "focus" }, { EXPORT_RATINGS, "ratings" }, { EXPORT_ITEMS, "items" },
		{ EXPORT_VOTES, "votes" }, { EXPORT_NORMS, "norms" },
		{ EXPORT_LEVELS, "levels" },
	};
	strbuf_adds(sb, "  \"contents\": [");
	for (size_t i = 0, k = 0; i < ARRAY_LEN(kinds); i++)
		if (what & kinds[i].what) {
			if (k++)
				LIT(sb, ", ");
			strbuf_addc(sb, '"');
			strbuf_adds(sb, kinds[i].name);
			strbuf_addc(sb, '"');
		}
	strbuf_adds(sb, "],\n");
}

/* Each protocol the meeting ran, with its source and version as the file
 * installed at export time gives them: the record keeps no source, and the
 * name says whose they are. Written only when the catalogue was given. */
static void sources_part(const struct meeting_record *r, const struct catalog *now,
			 struct strbuf *sb)
{
	const char *ids[64];
	size_t n = export_protocol_ids(r, ids, ARRAY_LEN(ids));
	array_open(sb, "protocol_sources_at_export");
	for (size_t i = 0; i < n; i++) {
		const struct protocol *p = export_protocol_now(now, ids[i]);
		element(sb, i);
		field(sb, "protocol_id", ids[i], true);
		LIT(sb, "\"installed\": ");
		add_bool(sb, p != NULL);
		LIT(sb, ", ");
		field(sb, "protocol_version_at_export", p ? p->version : NULL, true);
		field(sb, "protocol_source_at_export", p ? p->source : NULL, false);
		strbuf_addc(sb, '}');
	}
	array_close(sb, n);
}

static void meeting_part(const struct meeting_record *r, unsigned what, const struct catalog *now,
			 struct strbuf *sb)
{
	const struct meeting_info *m = &r->info;
	strbuf_adds(sb, "{\n  \"format\": \"convene-export\",\n  \"format_version\": 1,\n");
	contents(what, sb);
	LIT(sb, "  \"meeting\": {");
	number(sb, "id", m->id);
	field(sb, "uid", m->uid, true);
	field(sb, "team", m->team_name, true);
	field(sb, "team_uid", m->team_uid, true);
	field(sb, "title", m->title, true);
	field(sb, "protocol_id", m->protocol_id, true);
	field(sb, "protocol_version", m->protocol_version, true);
	field(sb, "rating_mode", rating_mode_name(m->mode), true);
	field(sb, "status", meeting_status_name(m->status), true);
	field(sb, "started_at", m->started_at, true);
	field(sb, "closed_at", m->closed_at, true);
	field(sb, "approved_at", m->approved_at, false);
	strbuf_addc(sb, '}');
	if (now)
		sources_part(r, now, sb);
	array_open(sb, "attendance");
	for (size_t i = 0; i < r->n_attendees; i++) {
		element(sb, i);
		field(sb, "name", r->attendees[i].name, true);
		field(sb, "member_uid", r->attendees[i].member_uid, true);
		field(sb, "group", r->attendees[i].group, true);
		LIT(sb, "\"present\": ");
		add_bool(sb, r->attendees[i].present);
		/* Added in later versions, written only when they say something,
		 * so a file from before reads the same. Whether a member has
		 * retired since is the team's state, not the meeting's: left out,
		 * so a meeting's export never changes after it. */
		if (r->attendees[i].guest)
			strbuf_adds(sb, ", \"guest\": true");
		size_t k = 0;
		for (size_t c = 0; c < r->n_changes; c++) {
			const struct attendance_change *x = &r->changes[c];
			if (x->member_id != r->attendees[i].member_id)
				continue;
			strbuf_adds(sb, k++ ? ", " : ", \"changes\": [");
			LIT(sb, "{\"present\": ");
			add_bool(sb, x->present);
			LIT(sb, ", ");
			field(sb, "at", x->at, false);
			strbuf_addc(sb, '}');
		}
		strbuf_adds(sb, k ? "]}" : "}");
	}
	array_close(sb, r->n_attendees);
	array_open(sb, "roles");
	for (size_t i = 0; i < r->n_roles; i++) {
		element(sb, i);
		field(sb, "role", r->roles[i].role, true);
		field(sb, "member", r->roles[i].member_name, true);
		field(sb, "member_uid", export_member_uid(r, r->roles[i].member_id), false);
		strbuf_addc(sb, '}');
	}
	array_close(sb, r->n_roles);
	array_open(sb, "steps");
	for (size_t i = 0; i < r->n_steps; i++) {
		element(sb, i);
		number(sb, "step", i + 1);
		field(sb, "kind", r->steps[i].kind, true);
		field(sb, "title", r->steps[i].title, true);
		const struct step_record *x = &r->steps[i];
		field(sb, "protocol_id", x->protocol_id, true);
		number(sb, "planned_seconds", x->planned_seconds);
		number(sb, "actual_seconds", x->actual_ms / 1000);
		if (x->items_step >= 0)
			number(sb, "items_from_step", x->items_step + 1);
		number(sb, "vote_top", x->vote_top);
		number(sb, "vote_dots", x->vote_dots);
		if (record_is_checklist(r, i))
			field(sb, "ticked_by", record_checklist_room(r, i) ? "room" : "each", true);
		LIT(sb, "\"vote_counted\": ");
		add_bool(sb, x->vote_counting);
		strbuf_addc(sb, '}');
	}
	array_close(sb, r->n_steps);
	/* The questions and boxes entries were made under: with the entries. */
	if (what & (EXPORT_ITEMS | EXPORT_VOTES)) {
		array_open(sb, "groups");
		for (size_t i = 0; i < r->n_groups; i++) {
			element(sb, i);
			number(sb, "step", r->groups[i].step + 1);
			field(sb, "id", r->groups[i].key, true);
			field(sb, "title", r->groups[i].title, false);
			strbuf_addc(sb, '}');
		}
		array_close(sb, r->n_groups);
	}
	array_open(sb, "amendments");
	for (size_t i = 0; i < r->n_amendments; i++) {
		const struct amendment_record *x = &r->amendments[i];
		element(sb, i);
		field(sb, "what", x->what, true);
		field(sb, "before", x->before, true);
		field(sb, "after", x->after, true);
		field(sb, "reason", x->reason, true);
		field(sb, "amended_at", x->amended_at, false);
		strbuf_addc(sb, '}');
	}
	array_close(sb, r->n_amendments);
}

static void ratings_part(const struct meeting_record *r, struct strbuf *sb)
{
	array_open(sb, "ratings");
	for (size_t i = 0; i < r->n_ratings; i++) {
		const struct rating_record *x = &r->ratings[i];
		element(sb, i);
		number(sb, "step", x->step + 1);
		number(sb, "dimension_number", x->dim_index + 1);
		field(sb, "dimension_id", x->dimension_id, true);
		field(sb, "dimension", x->dimension_title, true);
		field(sb, "rater", x->member_name, true);
		field(sb, "rater_uid", export_member_uid(r, x->member_id), true);
		field(sb, "group", x->member_group, true);
		number(sb, "slot", x->slot);
		number(sb, "value", x->value);
		const char *label = record_point_label(r, x->step, x->value);
		if (label)
			field(sb, "point_label", label, true);
		if (record_is_checklist(r, x->step))
			field(sb, "tick", checklist_word(x->value), true);
		number(sb, "scale_min", x->scale_min);
		number(sb, "scale_max", x->scale_max);
		field(sb, "entered_at", x->entered_at, false);
		strbuf_addc(sb, '}');
	}
	array_close(sb, r->n_ratings);
	size_t n;
	struct dim_summary *sum = export_summarize(r, &n);
	array_open(sb, "summary");
	for (size_t i = 0; i < n; i++) {
		const struct rating_stats *s = &sum[i].stats;
		element(sb, i);
		number(sb, "step", sum[i].step + 1);
		field(sb, "dimension_id", sum[i].id, true);
		field(sb, "dimension", sum[i].title, true);
		strbuf_addf(sb, "\"count\": %zu, \"mean\": %.2f, \"median\": %.1f, \"min\": %d, "
				"\"max\": %d, \"distribution\": {", s->count, s->mean, s->median,
			    s->min, s->max);
		for (int v = s->scale_min; v <= s->scale_max; v++) {
			if (v > s->scale_min)
				LIT(sb, ", ");
			strbuf_addc(sb, '"');
			add_int(sb, v);
			LIT(sb, "\": ");
			strbuf_add_uint(sb, s->counts[v - s->scale_min]);
		}
		LIT(sb, "}, \"lowest\": ");
		add_bool(sb, s->lowest);
		LIT(sb, ", \"widest\": ");
		add_bool(sb, s->widest);
		strbuf_addc(sb, '}');
	}
	array_close(sb, n);
	free(sum);
	/* A placement's points as the meeting began with them: only when
	 * there are any, so an export without a placement is as before. */
	if (!r->n_point_labels)
		return;
	array_open(sb, "point_labels");
	for (size_t i = 0; i < r->n_point_labels; i++) {
		const struct point_label_record *x = &r->point_labels[i];
		element(sb, i);
		number(sb, "step", x->step + 1);
		field(sb, "dimension_id", x->dimension_id, true);
		number(sb, "value", x->value);
		field(sb, "label", x->label, true);
		field(sb, "text", x->text, false);
		strbuf_addc(sb, '}');
	}
	array_close(sb, r->n_point_labels);
}

static void items_part(const struct meeting_record *r, struct strbuf *sb)
{
	array_open(sb, "items");
	size_t k = 0;
	for (size_t i = 0; i < r->n_items; i++) {
		const struct item_record *x = &r->items[i];
		if (x->off_record)
			continue;
		element(sb, k++);
		number(sb, "step", x->step + 1);
		field(sb, "group_id", x->group, true);
		field(sb, "uid", x->uid, true);
		field(sb, "group", export_group_title(r, x->step, x->group), true);
		field(sb, "text", x->text, true);
		field(sb, "created_at", x->created_at, false);
		strbuf_addc(sb, '}');
	}
	array_close(sb, k);
}

struct ranking_out {
	struct strbuf *sb;
	size_t k; /* elements written */
};

static void ranked_element(const struct meeting_record *r, size_t step, const struct ranked *x,
			   void *ctx)
{
	struct ranking_out *out = ctx;
	struct strbuf *sb = out->sb;
	element(sb, out->k++);
	/* Items with as many dots share a rank. */
	number(sb, "step", step + 1);
	number(sb, "rank", x->place);
	field(sb, "item_uid", x->item->uid, true);
	field(sb, "item", x->item->text, true);
	field(sb, "group", export_group_title(r, x->item->step, x->item->group), true);
	number(sb, "dots", x->dots);
	LIT(sb, "\"tied\": ");
	add_bool(sb, x->tied);
	LIT(sb, ", \"top\": ");
	add_bool(sb, x->top);
	strbuf_addc(sb, '}');
}

static void votes_part(const struct meeting_record *r, struct strbuf *sb)
{
	array_open(sb, "votes");
	size_t k = 0;
	for (size_t i = 0; i < r->n_votes; i++) {
		const struct vote_record *v = &r->votes[i];
		const struct item_record *x = export_item(r, v->item_id);
		if (!x || x->off_record)
			continue;
		element(sb, k++);
		number(sb, "step", v->step + 1);
		field(sb, "item_uid", x->uid, true);
		field(sb, "item", x->text, true);
		field(sb, "voter", v->member_name, true);
		field(sb, "voter_uid", export_member_uid(r, v->member_id), true);
		LIT(sb, "\"dots\": ");
		add_int(sb, v->dots);
		strbuf_addc(sb, '}');
	}
	array_close(sb, k);
	array_open(sb, "ranking");
	struct ranking_out out = { sb, 0 };
	export_each_ranked(r, ranked_element, &out);
	array_close(sb, out.k);
}

/* The talking points, or (norms) the norms adopt-norms steps drafted, in a
 * list of their own so that neither is taken for the other. */
static void points_part(const struct meeting_record *r, unsigned what, bool norms,
			struct strbuf *sb)
{
	array_open(sb, norms ? "adopted_norms" : "talking_points");
	size_t k = 0;
	for (size_t i = 0; i < r->n_points; i++) {
		const struct point_record *p = &r->points[i];
		if (rules_point_is_norm(r, p) != norms || !export_point_wanted(r, p, what))
			continue;
		const char *missing[32];
		size_t n_missing = rules_point_to_confirm(r, p, missing, 32);
		element(sb, k++);
		number(sb, "step", p->step + 1);
		field(sb, "uid", p->uid, true);
		field(sb, "text", p->text, true);
		LIT(sb, "\"agreed\": ");
		add_bool(sb, rules_point_agreed(r, p));
		LIT(sb, ", \"agreed_by\": [");
		for (size_t g = 0; g < p->n_agreed; g++) {
			strbuf_adds(sb, g ? ", " : "");
			json_string(sb, p->agreed_by[g]);
		}
		strbuf_adds(sb, "], \"agreed_at\": [");
		for (size_t g = 0; g < p->n_agreed; g++) {
			strbuf_adds(sb, g ? ", " : "");
			json_string(sb, p->agreed_at ? p->agreed_at[g] : NULL);
		}
		strbuf_adds(sb, "], \"waiting_for\": [");
		for (size_t g = 0; g < n_missing && g < 32; g++) {
			strbuf_adds(sb, g ? ", " : "");
			json_string(sb, missing[g]);
		}
		strbuf_adds(sb, "], ");
		/* A wording corrected in review: what the groups agreed, who
		 * corrected it, when; null when nobody did. */
		field(sb, "agreed_text", p->agreed_text, true);
		field(sb, "corrected_by", p->corrected_by, true);
		field(sb, "corrected_at", p->corrected_at, true);
		field(sb, "updated_at", p->updated_at, false);
		strbuf_addc(sb, '}');
	}
	array_close(sb, k);
}

static void decisions_part(const struct meeting_record *r, const struct catalog *now,
			   struct strbuf *sb)
{
	array_open(sb, "decisions");
	for (size_t i = 0; i < r->n_decisions; i++) {
		const struct decision_record *d = &r->decisions[i];
		element(sb, i);
		number(sb, "step", d->step + 1);
		field(sb, "uid", d->uid, true);
		field(sb, "topic", d->topic, true);
		field(sb, "decided_by_id", d->point_id, true);
		field(sb, "decided_by", d->point_title, true);
		/* Whose continuum the point is, from the file installed now. */
		const char *credit = d->point_title ? export_continuum_credit(now, r, d->step) : NULL;
		if (credit)
			field(sb, "decided_by_credit_at_export", credit, true);
		field(sb, "decision", d->text, true);
		field(sb, "reasons", d->reasons, true);
		if (d->fist_taken)
			strbuf_addf(sb, "\"fist_to_five\": [%d, %d, %d, %d, %d, %d], \"objections\": %d, ",
				    d->fist[0], d->fist[1], d->fist[2], d->fist[3], d->fist[4], d->fist[5],
				    rules_record_objections(d));
		else
			strbuf_adds(sb, "\"fist_to_five\": null, \"objections\": null, ");
		field(sb, "status", decision_status_name(d->status), true);
		field(sb, "reopens_uid", d->reopens_uid, true);
		field(sb, "reopen_info", d->reopen_info, true);
		if (d->reopens_uid)
			strbuf_addf(sb, "\"reopen_vote\": {\"in_favour\": %d, \"present\": %d}, ",
				    d->reopen_votes, d->reopen_present);
		else
			strbuf_adds(sb, "\"reopen_vote\": null, ");
		field(sb, "updated_at", d->updated_at, false);
		strbuf_addc(sb, '}');
	}
	array_close(sb, r->n_decisions);
}

static void actions_part(const struct meeting_record *r, struct strbuf *sb)
{
	array_open(sb, "actions");
	for (size_t i = 0; i < r->n_actions; i++) {
		const struct action_record *a = &r->actions[i];
		element(sb, i);
		number(sb, "step", a->step + 1);
		field(sb, "uid", a->uid, true);
		field(sb, "text", a->text, true);
		field(sb, "owner", a->owner_name, true);
		field(sb, "owner_uid", export_member_uid(r, a->owner), true);
		field(sb, "due", a->due, true);
		field(sb, "status", action_status_name(a->status), true);
		field(sb, "item_uid", a->item_uid, true);
		field(sb, "updated_at", a->updated_at, false);
		strbuf_addc(sb, '}');
	}
	array_close(sb, r->n_actions);
}

/* A number, or null for none (-1). */
static void level_number(struct strbuf *sb, const char *key, int v)
{
	strbuf_addf(sb, "\"%s\": ", key);
	if (v >= 0)
		add_int(sb, v);
	else
		LIT(sb, "null");
	LIT(sb, ", ");
}

static void levels_part(const struct meeting_record *r, struct strbuf *sb)
{
	array_open(sb, "levels");
	for (size_t i = 0; i < r->n_levels; i++) {
		const struct level_record *x = &r->levels[i];
		element(sb, i);
		number(sb, "step", x->step + 1);
		field(sb, "uid", x->uid, true);
		number(sb, "component_index", x->component_index + 1);
		field(sb, "component_id", x->component_id, true);
		field(sb, "component", x->component_title, true);
		level_number(sb, "level", x->level);
		/* A placement's labels beside its numbers (absent on a rating's). */
		const char *now = record_level_label(r, x, x->level);
		if (now)
			field(sb, "level_label", now, true);
		level_number(sb, "target", x->target);
		const char *goal = record_level_label(r, x, x->target);
		if (goal)
			field(sb, "target_label", goal, true);
		field(sb, "target_date", x->target_date, true);
		number(sb, "scale_min", x->scale_min);
		number(sb, "scale_max", x->scale_max);
		field(sb, "created_at", x->created_at, true);
		field(sb, "updated_at", x->updated_at, false);
		strbuf_addc(sb, '}');
	}
	array_close(sb, r->n_levels);
}

void export_json(const struct meeting_record *r, unsigned what, const struct catalog *now,
		 struct strbuf *sb)
{
	meeting_part(r, what, now, sb);
	if (what & EXPORT_POINTS)
		points_part(r, what, false, sb);
	if (what & EXPORT_NORMS)
		points_part(r, what, true, sb);
	if (what & EXPORT_DECISIONS)
		decisions_part(r, now, sb);
	if (what & EXPORT_ACTIONS)
		actions_part(r, sb);
	if (what & EXPORT_FOCUS) {
		array_open(sb, "focus");
		for (size_t i = 0; i < r->n_focus; i++) {
			element(sb, i);
			number(sb, "step", r->focus[i].step + 1);
			field(sb, "norm_id", r->focus[i].norm_id, true);
			field(sb, "norm", r->focus[i].norm_name, true);
			field(sb, "picked_at", r->focus[i].picked_at, false);
			strbuf_addc(sb, '}');
		}
		array_close(sb, r->n_focus);
	}
	if (what & EXPORT_LEVELS)
		levels_part(r, sb);
	if (what & EXPORT_RATINGS)
		ratings_part(r, sb);
	if (what & EXPORT_ITEMS)
		items_part(r, sb);
	if (what & EXPORT_VOTES)
		votes_part(r, sb);
	strbuf_adds(sb, "\n}\n");
}
