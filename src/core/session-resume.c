/* session-resume: rebuilding a running meeting from the store, exactly as
 * it stood, clock included. */
#include "convene/i18n.h"
#include "convene/kinds.h"
#include "session-internal.h"
#include "convene/agenda.h"
#include "convene/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static bool find_dimension(const struct step *st, const char *id, size_t *dim)
{
	for (size_t d = 0; d < st->n_dimensions; d++)
		if (strcmp(st->dimensions[d].id, id) == 0) {
			*dim = d;
			return true;
		}
	return false;
}

static void restore_ratings(struct session *s, const struct meeting_record *r)
{
	const struct protocol *p = s->engine.protocol;
	for (size_t i = 0; i < r->n_ratings; i++) {
		const struct rating_record *x = &r->ratings[i];
		size_t dim, slot = x->slot;
		if (x->step >= p->n_steps || !step_rates(&p->steps[x->step]) ||
		    !find_dimension(&p->steps[x->step], x->dimension_id, &dim))
			continue;
		if (x->member_id) {
			for (slot = 0; slot < s->n_people; slot++)
				if (s->people[slot].member_id == x->member_id)
					break;
		}
		meeting_restore_rating(&s->engine, x->step, dim, slot, x->value);
	}
}

/* The attendance as it stands, and the people in the places they had:
 * those present at the start in the attendance's order, then each newcomer
 * in the order they first arrived, as the running meeting gave them. */
static void restore_attendance(struct session *s, const struct meeting_record *r)
{
	for (size_t i = 0; i < r->n_attendees; i++) {
		const struct attendee *a = &r->attendees[i];
		bool at_start = a->present;
		for (size_t c = 0; c < r->n_changes; c++)
			if (r->changes[c].member_id == a->member_id) {
				at_start = !r->changes[c].present; /* each change is a real change */
				break;
			}
		session_add_attendee(s, a->member_id, a->name, a->group, a->guest, at_start);
	}
	for (size_t c = 0; c < r->n_changes; c++)
		for (size_t i = 0; i < s->n_attendance; i++) {
			struct session_attendee *a = &s->attendance[i];
			if (a->member_id != r->changes[c].member_id)
				continue;
			a->here = r->changes[c].present;
			/* Someone who left keeps their place, marked away. */
			session_add_person(s, a);
		}
}

bool session_find_group(const struct step *st, const char *key, size_t *g)
{
	for (size_t i = 0; key && session_group_key(st, i); i++)
		if (strcmp(session_group_key(st, i), key) == 0) {
			*g = i;
			return true;
		}
	return false;
}

static void restore_items(struct session *s, const struct meeting_record *r)
{
	const struct protocol *p = s->engine.protocol;
	for (size_t i = 0; i < r->n_items; i++) {
		const struct item_record *x = &r->items[i];
		size_t g;
		/* An item whose question left the protocol stays in the database. */
		if (x->step >= p->n_steps || !session_find_group(&p->steps[x->step], x->group, &g) ||
		    !meeting_entry_add(&s->engine, x->step, g, x->id, x->text))
			continue;
		struct step_state *ss = &s->engine.steps[meeting_entries_step(&s->engine, x->step)];
		ss->entries[ss->n_entries - 1].version = x->version;
	}
}

static void restore_points(struct session *s, const struct meeting_record *r)
{
	const struct protocol *p = s->engine.protocol;
	for (size_t i = 0; i < r->n_points; i++) {
		const struct point_record *x = &r->points[i];
		if (x->step >= p->n_steps || !step_holds(&p->steps[x->step], HOLDS_POINTS))
			continue;
		meeting_entry_add(&s->engine, x->step, 0, x->id, x->text);
		size_t index = s->engine.steps[x->step].n_entries - 1;
		s->engine.steps[x->step].entries[index].version = x->version;
		for (size_t k = 0; k < x->n_agreed; k++)
			meeting_restore_confirmation(&s->engine, x->step, index, x->agreed_by[k]);
	}
}

struct decision session_decision_of(const struct step *st, const struct decision_record *x)
{
	struct decision d = { .id = x->id, .topic = x->topic, .point = -1, .text = x->text,
			      .reasons = x->reasons, .status = x->status,
			      .fist_taken = x->fist_taken,
			      .reopens_id = x->reopens_id, .reopen_info = x->reopen_info,
			      .reopen_votes = x->reopen_votes,
			      .reopen_present = x->reopen_present, .version = x->version };
	memcpy(d.fist, x->fist, sizeof d.fist);
	for (size_t k = 0; x->point_id && k < st->n_continuum; k++)
		if (strcmp(st->continuum[k].id, x->point_id) == 0)
			d.point = (int)k;
	return d;
}

static void restore_decisions(struct session *s, const struct meeting_record *r)
{
	const struct protocol *p = s->engine.protocol;
	for (size_t i = 0; i < r->n_decisions; i++) {
		const struct decision_record *x = &r->decisions[i];
		if (x->step >= p->n_steps || !step_holds(&p->steps[x->step], HOLDS_DECISIONS))
			continue;
		struct decision d = session_decision_of(&p->steps[x->step], x);
		meeting_decision_put(&s->engine, x->step, s->engine.steps[x->step].n_decisions, &d);
	}
}

struct action_item session_action_of(const struct action_record *x)
{
	struct action_item a = { .id = x->id, .text = x->text, .owner = x->owner,
				 .status = x->status, .item_id = x->item_id,
				 .version = x->version };
	snprintf(a.due, sizeof a.due, "%s", x->due ? x->due : "");
	return a;
}

static void restore_actions(struct session *s, const struct meeting_record *r)
{
	const struct protocol *p = s->engine.protocol;
	for (size_t i = 0; i < r->n_actions; i++) {
		const struct action_record *x = &r->actions[i];
		if (x->step >= p->n_steps || !step_holds(&p->steps[x->step], HOLDS_ACTIONS))
			continue;
		struct action_item a = session_action_of(x);
		meeting_action_put(&s->engine, x->step, s->engine.steps[x->step].n_actions, &a);
	}
}

static void restore_focus(struct session *s, const struct meeting_record *r)
{
	const struct protocol *p = s->engine.protocol;
	for (size_t i = 0; i < r->n_focus; i++) {
		const struct focus_record *x = &r->focus[i];
		if (x->step >= p->n_steps || !step_holds(&p->steps[x->step], HOLDS_FOCUS))
			continue;
		const struct step *st = &p->steps[x->step];
		for (size_t k = 0; k < st->n_norms && k < 32; k++)
			if (strcmp(st->norms[k].id, x->norm_id) == 0)
				s->engine.steps[x->step].focus |= 1u << k;
	}
}

static void restore_levels(struct session *s, const struct meeting_record *r)
{
	for (size_t i = 0; i < r->n_levels; i++) {
		const struct level_record *x = &r->levels[i];
		const struct step *src = meeting_levels_source(&s->engine, x->step);
		/* By the component's id: a protocol file edited since may have
		 * moved it, or dropped it (then it stays in the record only). */
		for (size_t k = 0; src && k < src->n_dimensions; k++)
			if (strcmp(src->dimensions[k].id, x->component_id) == 0) {
				struct agreed_level l = { .level = x->level, .target = x->target };
				if (x->target_date)
					snprintf(l.date, sizeof l.date, "%s", x->target_date);
				meeting_level_put(&s->engine, x->step, k, &l);
			}
	}
}

static void restore_votes(struct session *s, const struct meeting_record *r)
{
	for (size_t i = 0; i < r->n_steps && i < s->engine.protocol->n_steps; i++) {
		if (r->steps[i].vote_dots)
			s->engine.steps[i].dots = r->steps[i].vote_dots;
		s->engine.steps[i].counting = r->steps[i].vote_counting;
	}
	for (size_t i = 0; i < r->n_votes; i++) {
		const struct vote_record *v = &r->votes[i];
		size_t slot = s->n_people;
		for (size_t p = 0; v->member_id && p < s->n_people; p++)
			if (s->people[p].member_id == v->member_id)
				slot = p;
		if (v->member_id == 0 || slot < s->n_people)
			meeting_restore_tally(&s->engine, v->step, v->item_id, slot, v->dots);
	}
}

/* The step times and plans as saved, and the clock as it was: running
 * time (the time since it was saved counts: the room went on), paused, or
 * on a break. */
static void restore_clock(struct session *s, const struct meeting_record *r, int64_t now_ms)
{
	struct meeting *m = &s->engine;
	for (size_t i = 0; i < r->n_steps && i < m->protocol->n_steps; i++) {
		m->steps[i].elapsed_ms = r->steps[i].actual_ms;
		m->steps[i].planned_ms = (int64_t)r->steps[i].planned_seconds * 1000;
		m->steps[i].agreed_ms = (int64_t)r->steps[i].agreed_seconds * 1000;
		m->steps[i].silence_over = r->steps[i].silence_over;
	}
	m->entered_ms = now_ms;
	m->paused = r->info.clock_running_ms < 0;
	if (!m->paused && m->step < m->protocol->n_steps)
		m->steps[m->step].elapsed_ms += r->info.clock_running_ms;
	s->pause_id = r->info.pause_id;
	if (r->info.break_id) {
		m->paused_before_break = r->info.pause_id != 0;
		m->paused = m->on_break = true;
		m->break_started_ms = now_ms - r->info.break_running_ms;
		m->break_planned_ms = r->info.break_planned_ms;
		s->break_id = r->info.break_id;
	}
}

static bool load(struct session *s, struct store *st, const struct catalog *c,
		 const struct protocol *given, int64_t meeting_id, int64_t now_ms)
{
	memset(s, 0, sizeof *s);
	s->store = st;
	struct meeting_record r;
	bool found;
	char key[24];
	snprintf(key, sizeof key, "%lld", (long long)meeting_id);
	if (!store_load_meeting(st, key, &found, &r))
		return session_fail(s, _("cannot read the meeting"));
	if (!found || r.info.status != MEETING_RUNNING) {
		s->error = xasprintf(_("meeting %lld is not running"), (long long)meeting_id);
		meeting_record_free(&r);
		return false;
	}
	const struct protocol *p = given ? given : catalog_find(c, r.info.protocol_id);
	if (!p && r.info.agenda_items) {
		/* An agenda built in the app, or whose file is gone: the record
		 * says which protocols it ran. */
		struct diagnostics d = { 0 };
		s->owned = agenda_from_spec(r.info.protocol_id, r.info.title, r.info.agenda_items, c, &d);
		diagnostics_clear(&d);
		p = s->owned;
	}
	if (!p) {
		s->error = xasprintf(_("the protocol '%s' of this meeting was not found; put its file "
				     "back in a protocol folder to resume"), r.info.protocol_id);
		meeting_record_free(&r);
		return false;
	}
	s->meeting_id = meeting_id;
	s->team_name = xstrdup(r.info.team_name);
	s->started_at = session_parse_utc(r.info.started_at);
	s->team_id = r.info.team_id;
	s->reopen_threshold = r.info.reopen_threshold;
	s->quorum_rule = xstrdup(r.info.team_quorum ? r.info.team_quorum : "each-group");
	s->guests_count = r.info.guests_count;
	s->opening_norms = r.info.opening_norms ? xstrdup(r.info.opening_norms) : NULL;
	restore_attendance(s, &r);
	session_check_quorum(s);
	meeting_init(&s->engine, p, s->people, s->n_people, r.info.mode, now_ms);
	for (size_t i = 0; i < r.n_roles; i++)
		session_add_role(s, r.roles[i].role, r.roles[i].member_id, r.roles[i].member_name);
	restore_ratings(s, &r);
	restore_items(s, &r);
	restore_points(s, &r);
	restore_decisions(s, &r);
	restore_actions(s, &r);
	restore_focus(s, &r);
	restore_levels(s, &r);
	restore_votes(s, &r);
	/* A protocol file edited since the meeting began may not have the
	 * stored position any more; the meeting then resumes at its start. */
	meeting_restore_position(&s->engine, r.info.step, r.info.dim, r.info.view, now_ms);
	restore_clock(s, &r, now_ms);
	meeting_record_free(&r);
	return session_read_seats(s);
}

bool session_resume(struct session *s, struct store *st, const struct catalog *c,
		    int64_t meeting_id, int64_t now_ms)
{
	return load(s, st, c, NULL, meeting_id, now_ms);
}

bool session_resume_with(struct session *s, struct store *st, const struct protocol *p,
			 int64_t meeting_id, int64_t now_ms)
{
	return load(s, st, NULL, p, meeting_id, now_ms);
}
