/* import-record: each list of a meeting's export read into its record,
 * every field checked; steps first, since the rest refers to them. */
#include "convene/i18n.h"
#include "convene/meeting.h"
#include "convene/rules.h"
#include "import-internal.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Each state is read through its one name table (states.h, meeting.h). */
#define READ_STATE(fn, type, key, parse)                                                \
	static bool fn(struct ctx *c, const struct json *o, type *out)                 \
	{                                                                              \
		char *name = NULL;                                                     \
		bool ok = import_str(c, o, key, false, &name) &&                       \
			  (parse(name, out) || import_not_one(c, o, key, name));       \
		free(name);                                                            \
		return ok;                                                             \
	}
READ_STATE(read_mode, enum rating_mode, "rating_mode", rating_mode_parse)
READ_STATE(read_meeting_status, enum meeting_status, "status", meeting_status_parse)
READ_STATE(read_decision_status, enum decision_status, "status", decision_status_parse)
READ_STATE(read_action_status, enum action_status, "status", action_status_parse)

/* The times of a meeting in the order the app writes them: started, closed
 * (when it is no longer running), approved (when its notes are). */
static bool read_times(struct ctx *c, const struct json *m, const struct meeting_info *i)
{
	bool closed = i->status != MEETING_RUNNING, approved = i->status == MEETING_APPROVED;
	const char *status = meeting_status_name(i->status);
	if (closed != (i->closed_at != NULL))
		return import_bad(c, json_get(m, "closed_at"), _("\"closed_at\" must be %s when the "
				  "status is \"%s\""), closed ? _("a time") : "null", status);
	if (approved != (i->approved_at != NULL))
		return import_bad(c, json_get(m, "approved_at"), _("\"approved_at\" must be %s when "
				  "the status is \"%s\""), approved ? _("a time") : "null", status);
	/* The times have one shape, so their order is the order of their text. */
	if (i->closed_at && strcmp(i->closed_at, i->started_at) < 0)
		return import_bad(c, json_get(m, "closed_at"), _("\"closed_at\" %s is before "
				  "\"started_at\" %s: a meeting closes after it starts"),
				  i->closed_at, i->started_at);
	if (i->approved_at && strcmp(i->approved_at, i->closed_at) < 0)
		return import_bad(c, json_get(m, "approved_at"), _("\"approved_at\" %s is before "
				  "\"closed_at\" %s: notes are approved after the meeting closes"),
				  i->approved_at, i->closed_at);
	return true;
}

static bool read_info(struct ctx *c, const struct json *doc, struct meeting_record *r)
{
	const struct json *m = json_get(doc, "meeting");
	c->list = NULL;
	if (!m || m->type != JSON_OBJECT)
		return import_bad(c, doc, _("\"meeting\" must be an object"));
	struct meeting_info *i = &r->info;
	bool ok = import_num(c, m, "id", 1, INT64_MAX, &i->id) && import_uid(c, m, "uid", false, &i->uid) &&
		  import_name(c, m, "team", &i->team_name) &&
		  import_uid(c, m, "team_uid", false, &i->team_uid) && import_name(c, m, "title", &i->title) &&
		  import_str(c, m, "protocol_id", false, &i->protocol_id) &&
		  import_str(c, m, "protocol_version", false, &i->protocol_version) &&
		  read_mode(c, m, &i->mode) && read_meeting_status(c, m, &i->status) &&
		  import_when(c, m, "started_at", false, &i->started_at) &&
		  import_when(c, m, "closed_at", true, &i->closed_at) &&
		  import_when(c, m, "approved_at", true, &i->approved_at);
	return ok && read_times(c, m, i);
}

/* An attendee's arrivals and departures (a field added later: optional). */
static bool read_changes(struct ctx *c, const struct json *o, int64_t member,
			 struct meeting_record *r)
{
	const struct json *l = json_get(o, "changes");
	if (!l)
		return true;
	if (l->type != JSON_ARRAY)
		return import_bad(c, o, _("\"changes\" must be a list"));
	for (size_t k = 0; k < l->n; k++) {
		const struct json *x = &l->items[k];
		if (x->type != JSON_OBJECT)
			return import_bad(c, x, _("each change must be an object"));
		r->changes = array_grow(r->changes, r->n_changes, sizeof *r->changes);
		struct attendance_change *ch = &r->changes[r->n_changes++];
		*ch = (struct attendance_change){ .member_id = member };
		if (!import_flag(c, x, "present", &ch->present) || !import_when(c, x, "at", false, &ch->at))
			return false;
	}
	return true;
}

static bool read_attendance(struct ctx *c, const struct json *doc, struct meeting_record *r)
{
	const struct json *l;
	if (!import_list(c, doc, "attendance", &l))
		return false;
	for (size_t k = 0; k < l->n; k++) {
		const struct json *o = &l->items[k];
		c->index = k;
		r->attendees = array_grow(r->attendees, r->n_attendees, sizeof *r->attendees);
		struct attendee *a = &r->attendees[r->n_attendees++];
		*a = (struct attendee){ .member_id = (int64_t)k + 1, .position = (int)k };
		if (!import_name(c, o, "name", &a->name) || !import_uid(c, o, "member_uid", false, &a->member_uid) ||
		    !import_name(c, o, "group", &a->group) || !import_flag(c, o, "present", &a->present))
			return false;
		for (size_t j = 0; j < k; j++)
			if (strcmp(r->attendees[j].member_uid, a->member_uid) == 0)
				return import_bad(c, o, _("the member is listed twice"));
		if ((json_get(o, "guest") && !import_flag(c, o, "guest", &a->guest)) ||
		    !read_changes(c, o, a->member_id, r))
			return false;
	}
	return true;
}

static bool read_roles(struct ctx *c, const struct json *doc, struct meeting_record *r)
{
	const struct json *l;
	if (!import_list(c, doc, "roles", &l))
		return false;
	for (size_t k = 0; k < l->n; k++) {
		const struct json *o = &l->items[k];
		c->index = k;
		r->roles = array_grow(r->roles, r->n_roles, sizeof *r->roles);
		struct meeting_role *x = &r->roles[r->n_roles++];
		*x = (struct meeting_role){ 0 };
		if (!import_name(c, o, "role", &x->role) || !import_name(c, o, "member", &x->member_name) ||
		    !import_member_of(c, o, "member_uid", r, false, &x->member_id))
			return false;
	}
	return true;
}

static bool read_steps(struct ctx *c, const struct json *doc, struct meeting_record *r)
{
	const struct json *l;
	if (!import_list(c, doc, "steps", &l))
		return false;
	for (size_t k = 0; k < l->n; k++) {
		const struct json *o = &l->items[k];
		c->index = k;
		r->steps = array_grow(r->steps, r->n_steps, sizeof *r->steps);
		struct step_record *x = &r->steps[r->n_steps++];
		*x = (struct step_record){ .items_step = -1 };
		int64_t number, planned, actual, top, dots, from = 0;
		if (!import_num(c, o, "step", (int64_t)k + 1, (int64_t)k + 1, &number) ||
		    !import_str(c, o, "kind", false, &x->kind) || !import_name(c, o, "title", &x->title) ||
		    !import_str(c, o, "protocol_id", false, &x->protocol_id) ||
		    !import_num(c, o, "planned_seconds", 0, 7 * 86400, &planned) ||
		    !import_num(c, o, "actual_seconds", 0, INT32_MAX, &actual) ||
		    !import_num(c, o, "vote_top", 0, 1000, &top) || !import_num(c, o, "vote_dots", 0, 1000, &dots) ||
		    !import_flag(c, o, "vote_counted", &x->vote_counting))
			return false;
		if (json_get(o, "items_from_step") && !import_num(c, o, "items_from_step", 1, (int64_t)k, &from))
			return false;
		x->planned_seconds = (int)planned;
		x->actual_ms = actual * 1000;
		x->vote_top = (int)top;
		x->vote_dots = (int)dots;
		x->items_step = (int)from - 1;
	}
	return true;
}

static bool read_groups(struct ctx *c, const struct json *doc, struct meeting_record *r)
{
	const struct json *l;
	if (!import_list(c, doc, "groups", &l))
		return false;
	for (size_t k = 0; k < l->n; k++) {
		const struct json *o = &l->items[k];
		c->index = k;
		r->groups = array_grow(r->groups, r->n_groups, sizeof *r->groups);
		struct group_record *x = &r->groups[r->n_groups++];
		*x = (struct group_record){ 0 };
		if (!import_step_of(c, o, r, &x->step) || !import_str(c, o, "id", false, &x->key) ||
		    !import_str(c, o, "title", false, &x->title))
			return false;
	}
	return true;
}

static bool read_amendments(struct ctx *c, const struct json *doc, struct meeting_record *r)
{
	const struct json *l;
	if (!import_list(c, doc, "amendments", &l))
		return false;
	for (size_t k = 0; k < l->n; k++) {
		const struct json *o = &l->items[k];
		c->index = k;
		r->amendments = array_grow(r->amendments, r->n_amendments, sizeof *r->amendments);
		struct amendment_record *x = &r->amendments[r->n_amendments++];
		*x = (struct amendment_record){ 0 };
		if (!import_str(c, o, "what", false, &x->what) || !import_str(c, o, "before", true, &x->before) ||
		    !import_str(c, o, "after", true, &x->after) || !import_str(c, o, "reason", false, &x->reason) ||
		    !import_when(c, o, "amended_at", false, &x->amended_at))
			return false;
	}
	return true;
}

/* The talking points, or (norms) the norms adopt-norms steps drafted: an
 * export from before adopt-norms has no list of them. */
static bool read_points(struct ctx *c, const struct json *doc, bool norms, struct meeting_record *r)
{
	const struct json *l;
	const char *key = norms ? "adopted_norms" : "talking_points";
	if (norms && !json_get(doc, key))
		return true;
	if (!import_list(c, doc, key, &l))
		return false;
	for (size_t k = 0; k < l->n; k++) {
		const struct json *o = &l->items[k];
		c->index = k;
		r->points = array_grow(r->points, r->n_points, sizeof *r->points);
		struct point_record *x = &r->points[r->n_points++];
		*x = (struct point_record){ .id = (int64_t)r->n_points };
		if (!import_step_of(c, o, r, &x->step))
			return false;
		if (rules_point_is_norm(r, x) != norms)
			return import_bad(c, o, norms ? _("a norm belongs to an adopt-norms step") :
					  _("a talking point cannot be on an adopt-norms step: its norms "
					  "go in \"adopted_norms\""));
		if (!import_uid(c, o, "uid", false, &x->uid) ||
		    !import_str(c, o, "text", false, &x->text) || !import_when(c, o, "updated_at", false, &x->updated_at) ||
		    !import_str(c, o, "agreed_text", true, &x->agreed_text) ||
		    !import_str(c, o, "corrected_by", true, &x->corrected_by) ||
		    !import_when(c, o, "corrected_at", true, &x->corrected_at))
			return false;
		if (!x->agreed_text != !x->corrected_by || !x->agreed_text != !x->corrected_at)
			return import_bad(c, o, _("a corrected point needs \"agreed_text\", "
					  "\"corrected_by\" and \"corrected_at\""));
		const struct json *by = json_get(o, "agreed_by"), *at = json_get(o, "agreed_at");
		if (!by || by->type != JSON_ARRAY || !at || at->type != JSON_ARRAY || by->n != at->n)
			return import_bad(c, o, _("\"agreed_by\" and \"agreed_at\" must be lists of the same length"));
		x->agreed_by = xcalloc(by->n + 1, sizeof *x->agreed_by);
		x->agreed_at = xcalloc(by->n + 1, sizeof *x->agreed_at);
		for (size_t g = 0; g < by->n; g++) {
			if (by->items[g].type != JSON_STRING || at->items[g].type != JSON_STRING ||
			    !import_time_ok(at->items[g].string))
				return import_bad(c, o, _("each confirmation needs a group and a time"));
			x->agreed_by[g] = xstrdup(by->items[g].string);
			x->agreed_at[g] = xstrdup(at->items[g].string);
			x->n_agreed = g + 1;
		}
	}
	return true;
}

static bool read_decisions(struct ctx *c, const struct json *doc, struct meeting_record *r)
{
	const struct json *l;
	if (!import_list(c, doc, "decisions", &l))
		return false;
	for (size_t k = 0; k < l->n; k++) {
		const struct json *o = &l->items[k];
		c->index = k;
		r->decisions = array_grow(r->decisions, r->n_decisions, sizeof *r->decisions);
		struct decision_record *x = &r->decisions[r->n_decisions++];
		*x = (struct decision_record){ 0 };
		if (!import_step_of(c, o, r, &x->step) || !import_uid(c, o, "uid", false, &x->uid) ||
		    !import_str(c, o, "topic", false, &x->topic) ||
		    !import_str(c, o, "decided_by_id", true, &x->point_id) ||
		    !import_str(c, o, "decided_by", true, &x->point_title) ||
		    !import_str(c, o, "decision", false, &x->text) || !import_str(c, o, "reasons", false, &x->reasons) ||
		    !read_decision_status(c, o, &x->status) ||
		    !import_uid(c, o, "reopens_uid", true, &x->reopens_uid) ||
		    !import_str(c, o, "reopen_info", true, &x->reopen_info) ||
		    !import_when(c, o, "updated_at", false, &x->updated_at))
			return false;
		const struct json *fist = json_get(o, "fist_to_five");
		if (fist && fist->type == JSON_ARRAY && fist->n == 6) {
			x->fist_taken = true;
			for (size_t v = 0; v < 6 && x->fist_taken; v++) {
				const struct json *e = &fist->items[v];
				x->fist_taken = e->type == JSON_NUMBER && e->integral && e->integer >= 0 &&
						e->integer <= 10000;
				x->fist[v] = x->fist_taken ? (int)e->integer : 0;
			}
			if (!x->fist_taken)
				return import_bad(c, o, _("\"fist_to_five\" must be six counts"));
		} else if (fist && fist->type != JSON_NULL) {
			return import_bad(c, o, _("\"fist_to_five\" must be six counts or null"));
		}
		const struct json *vote = json_get(o, "reopen_vote");
		int64_t in_favour = 0, present = 0;
		if (vote && vote->type == JSON_OBJECT &&
		    (!import_num(c, vote, "in_favour", 0, 10000, &in_favour) ||
		     !import_num(c, vote, "present", 0, 10000, &present)))
			return false;
		x->reopen_votes = (int)in_favour;
		x->reopen_present = (int)present;
	}
	return true;
}

static bool read_actions(struct ctx *c, const struct json *doc, struct meeting_record *r)
{
	const struct json *l;
	if (!import_list(c, doc, "actions", &l))
		return false;
	for (size_t k = 0; k < l->n; k++) {
		const struct json *o = &l->items[k];
		c->index = k;
		r->actions = array_grow(r->actions, r->n_actions, sizeof *r->actions);
		struct action_record *x = &r->actions[r->n_actions++];
		*x = (struct action_record){ 0 };
		if (!import_step_of(c, o, r, &x->step) || !import_uid(c, o, "uid", false, &x->uid) ||
		    !import_str(c, o, "text", false, &x->text) || !import_str(c, o, "owner", true, &x->owner_name) ||
		    !import_member_of(c, o, "owner_uid", r, true, &x->owner) ||
		    !import_str(c, o, "due", true, &x->due) || !read_action_status(c, o, &x->status) ||
		    !import_uid(c, o, "item_uid", true, &x->item_uid) ||
		    !import_when(c, o, "updated_at", false, &x->updated_at))
			return false;
		if (x->due && !action_due_valid(x->due))
			return import_bad(c, o, _("\"due\" must be a date like 2027-03-01"));
	}
	return true;
}

static bool read_focus(struct ctx *c, const struct json *doc, struct meeting_record *r)
{
	const struct json *l;
	if (!import_list(c, doc, "focus", &l))
		return false;
	for (size_t k = 0; k < l->n; k++) {
		const struct json *o = &l->items[k];
		c->index = k;
		r->focus = array_grow(r->focus, r->n_focus, sizeof *r->focus);
		struct focus_record *x = &r->focus[r->n_focus++];
		*x = (struct focus_record){ 0 };
		if (!import_step_of(c, o, r, &x->step) || !import_str(c, o, "norm_id", false, &x->norm_id) ||
		    !import_str(c, o, "norm", false, &x->norm_name) ||
		    !import_when(c, o, "picked_at", false, &x->picked_at))
			return false;
	}
	return true;
}

/* A level or a target: a point of the scale, or null for none. */
static bool read_point(struct ctx *c, const struct json *o, const char *key, int min, int max,
		       int *out)
{
	const struct json *v = json_get(o, key);
	int64_t n;
	*out = -1;
	if (v && v->type == JSON_NULL)
		return true;
	if (!import_num(c, o, key, min, max, &n))
		return false;
	*out = (int)n;
	return true;
}

/* Agreed levels: an export made before there were any has no list. */
static bool read_levels(struct ctx *c, const struct json *doc, struct meeting_record *r)
{
	const struct json *l;
	if (!json_get(doc, "levels"))
		return true;
	if (!import_list(c, doc, "levels", &l))
		return false;
	for (size_t k = 0; k < l->n; k++) {
		const struct json *o = &l->items[k];
		c->index = k;
		r->levels = array_grow(r->levels, r->n_levels, sizeof *r->levels);
		struct level_record *x = &r->levels[r->n_levels++];
		*x = (struct level_record){ 0 };
		int64_t index, lo, hi;
		if (!import_step_of(c, o, r, &x->step) || !import_uid(c, o, "uid", false, &x->uid) ||
		    !import_num(c, o, "component_index", 1, 1000, &index) ||
		    !import_str(c, o, "component_id", false, &x->component_id) ||
		    !import_name(c, o, "component", &x->component_title) ||
		    !import_num(c, o, "scale_min", 0, 9, &lo) || !import_num(c, o, "scale_max", lo, 9, &hi) ||
		    !read_point(c, o, "level", (int)lo, (int)hi, &x->level) ||
		    !read_point(c, o, "target", (int)lo, (int)hi, &x->target) ||
		    !import_str(c, o, "target_date", true, &x->target_date) ||
		    !import_when(c, o, "created_at", false, &x->created_at) ||
		    !import_when(c, o, "updated_at", false, &x->updated_at))
			return false;
		x->component_index = (size_t)(index - 1);
		x->scale_min = (int)lo;
		x->scale_max = (int)hi;
		if ((x->target >= 0) != (x->target_date != NULL) ||
		    (x->target_date && (!action_due_valid(x->target_date) || !*x->target_date)))
			return import_bad(c, o, _("a target needs its \"target_date\", a date like 2027-03-01, "
					  "and a date needs its target"));
		if (x->level < 0 && x->target < 0)
			return import_bad(c, o, _("an agreed level needs a \"level\" or a \"target\""));
	}
	return true;
}

static bool read_ratings(struct ctx *c, const struct json *doc, struct meeting_record *r)
{
	const struct json *l;
	if (!import_list(c, doc, "ratings", &l))
		return false;
	for (size_t k = 0; k < l->n; k++) {
		const struct json *o = &l->items[k];
		c->index = k;
		r->ratings = array_grow(r->ratings, r->n_ratings, sizeof *r->ratings);
		struct rating_record *x = &r->ratings[r->n_ratings++];
		*x = (struct rating_record){ 0 };
		int64_t dim, slot, value, lo, hi;
		if (!import_step_of(c, o, r, &x->step) || !import_num(c, o, "dimension_number", 1, 1000, &dim) ||
		    !import_str(c, o, "dimension_id", false, &x->dimension_id) ||
		    !import_str(c, o, "dimension", false, &x->dimension_title) ||
		    !import_member_of(c, o, "rater_uid", r, true, &x->member_id) ||
		    !import_num(c, o, "slot", 0, 100000, &slot) || !import_num(c, o, "scale_min", -1000, 1000, &lo) ||
		    !import_num(c, o, "scale_max", lo, 1000, &hi) || !import_num(c, o, "value", lo, hi, &value) ||
		    !import_when(c, o, "entered_at", false, &x->entered_at))
			return false;
		x->dim_index = (size_t)dim - 1;
		x->slot = (size_t)slot;
		x->value = (int)value;
		x->scale_min = (int)lo;
		x->scale_max = (int)hi;
	}
	return true;
}

static bool read_items(struct ctx *c, const struct json *doc, struct meeting_record *r)
{
	const struct json *l;
	if (!import_list(c, doc, "items", &l))
		return false;
	for (size_t k = 0; k < l->n; k++) {
		const struct json *o = &l->items[k];
		c->index = k;
		r->items = array_grow(r->items, r->n_items, sizeof *r->items);
		struct item_record *x = &r->items[r->n_items++];
		*x = (struct item_record){ .id = (int64_t)k + 1 };
		if (!import_step_of(c, o, r, &x->step) || !import_str(c, o, "group_id", true, &x->group) ||
		    !import_uid(c, o, "uid", false, &x->uid) || !import_str(c, o, "text", false, &x->text) ||
		    !import_when(c, o, "created_at", false, &x->created_at))
			return false;
	}
	return true;
}

static bool read_votes(struct ctx *c, const struct json *doc, struct meeting_record *r)
{
	const struct json *l;
	if (!import_list(c, doc, "votes", &l))
		return false;
	for (size_t k = 0; k < l->n; k++) {
		const struct json *o = &l->items[k];
		c->index = k;
		r->votes = array_grow(r->votes, r->n_votes, sizeof *r->votes);
		struct vote_record *x = &r->votes[r->n_votes++];
		*x = (struct vote_record){ 0 };
		char *item;
		int64_t dots;
		if (!import_step_of(c, o, r, &x->step) || !import_member_of(c, o, "voter_uid", r, true, &x->member_id) ||
		    !import_num(c, o, "dots", 1, 1000, &dots) || !import_str(c, o, "item_uid", false, &item))
			return false;
		x->dots = (int)dots;
		for (size_t i = 0; i < r->n_items && !x->item_id; i++)
			if (strcmp(r->items[i].uid, item) == 0)
				x->item_id = r->items[i].id;
		free(item);
		if (!x->item_id)
			return import_bad(c, o, _("\"item_uid\" names no item of the meeting"));
	}
	return true;
}

/* A placement's labelled points: only in an export that has one. */
static bool read_point_labels(struct ctx *c, const struct json *doc, struct meeting_record *r)
{
	const struct json *l;
	if (!json_get(doc, "point_labels"))
		return true;
	if (!import_list(c, doc, "point_labels", &l))
		return false;
	for (size_t k = 0; k < l->n; k++) {
		const struct json *o = &l->items[k];
		c->index = k;
		r->point_labels = array_grow(r->point_labels, r->n_point_labels, sizeof *r->point_labels);
		struct point_label_record *x = &r->point_labels[r->n_point_labels++];
		*x = (struct point_label_record){ 0 };
		int64_t value;
		if (!import_step_of(c, o, r, &x->step) ||
		    !import_str(c, o, "dimension_id", false, &x->dimension_id) ||
		    !import_num(c, o, "value", 1, 7, &value) ||
		    !import_str(c, o, "label", false, &x->label) ||
		    !import_str(c, o, "text", true, &x->text))
			return false;
		x->value = (int)value;
	}
	return true;
}

/* The whole record of one meeting; steps before what refers to them. */
bool import_meeting(struct ctx *c, const struct json *doc, struct meeting_record *r)
{
	return read_info(c, doc, r) && read_attendance(c, doc, r) && read_roles(c, doc, r) &&
	       read_steps(c, doc, r) && read_groups(c, doc, r) && read_amendments(c, doc, r) &&
	       read_points(c, doc, false, r) && read_points(c, doc, true, r) && read_decisions(c, doc, r) && read_actions(c, doc, r) &&
	       read_focus(c, doc, r) && read_levels(c, doc, r) && read_ratings(c, doc, r) && read_items(c, doc, r) &&
	       read_votes(c, doc, r) && read_point_labels(c, doc, r);
}
