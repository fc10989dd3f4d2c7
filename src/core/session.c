/* session: starting a meeting, applying its events and saving them. */
#include "convene/i18n.h"
#include "convene/kinds.h"
#include "session-internal.h"
#include "convene/rules.h"
#include "convene/session.h"
#include "convene/text.h"
#include "convene/util.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

bool session_fail(struct session *s, const char *what)
{
	free(s->error);
	s->error = xasprintf("%s: %s", what, store_error(s->store));
	return false;
}

const char *session_error(const struct session *s)
{
	return s->error ? s->error : _("no error");
}

int64_t session_parse_utc(const char *iso)
{
	struct tm tm;
	memset(&tm, 0, sizeof tm);
	const char *end = iso ? strptime(iso, "%Y-%m-%dT%H:%M:%SZ", &tm) : NULL;
	return end ? (int64_t)timegm(&tm) : (int64_t)time(NULL);
}

/* The store key of group g of a step: its question or box id. */
const char *session_group_key(const struct step *st, size_t g)
{
	const struct kind_def *k = kind_of(st->kind);
	return k->group_key && k->groups && g < k->groups(st) ? k->group_key(st, g) : NULL;
}

void session_add_role(struct session *s, const char *role, int64_t member, const char *name)
{
	s->roles = xreallocarray(s->roles, s->n_roles + 1, sizeof *s->roles);
	s->roles[s->n_roles++] = (struct meeting_role){ xstrdup(role), member, xstrdup(name) };
}

bool session_start(struct session *s, struct store *st, const struct team *t,
		   const bool *present, const struct protocol *p, enum rating_mode mode,
		   const struct role_assignment *roles, size_t n_roles, int64_t now_ms)
{
	return session_start_planned(s, st, t, present, p, mode, roles, n_roles, NULL, now_ms);
}

bool session_start_planned(struct session *s, struct store *st, const struct team *t,
			   const bool *present, const struct protocol *p, enum rating_mode mode,
			   const struct role_assignment *roles, size_t n_roles, const int *minutes,
			   int64_t now_ms)
{
	memset(s, 0, sizeof *s);
	s->store = st;
	if (!store_begin_meeting(st, t, present, p, mode, roles, n_roles, minutes, &s->meeting_id))
		return session_fail(s, _("cannot start the meeting"));
	for (size_t r = 0; r < n_roles; r++)
		for (size_t i = 0; i < t->n_members; i++)
			if (roles[r].member_id && t->members[i].id == roles[r].member_id)
				session_add_role(s, roles[r].role, roles[r].member_id, t->members[i].name);
	s->team_name = xstrdup(t->name);
	s->started_at = (int64_t)time(NULL);
	s->team_id = t->id;
	s->reopen_threshold = t->reopen_threshold;
	s->quorum_rule = xstrdup(t->quorum ? t->quorum : "each-group");
	s->guests_count = t->guests_count;
	for (size_t i = 0; i < t->n_members; i++)
		session_add_attendee(s, t->members[i].id, t->members[i].name, t->members[i].group,
				     t->members[i].guest, present[i]);
	session_check_quorum(s);
	meeting_init(&s->engine, p, s->people, s->n_people, mode, now_ms);
	for (size_t i = 0; minutes && i < p->n_steps; i++)
		s->engine.steps[i].planned_ms = s->engine.steps[i].agreed_ms = (int64_t)minutes[i] * 60000;
	return true;
}

void session_finish(struct session *s)
{
	meeting_finish(&s->engine);
	protocol_destroy(s->owned);
	for (size_t i = 0; i < s->n_roles; i++) {
		free(s->roles[i].role);
		free(s->roles[i].member_name);
	}
	free(s->roles);
	for (size_t i = 0; i < s->n_people; i++) {
		free((char *)s->people[i].name);
		free((char *)s->people[i].group);
	}
	free(s->people);
	for (size_t i = 0; i < s->n_attendance; i++) {
		free(s->attendance[i].name);
		free(s->attendance[i].group);
	}
	free(s->attendance);
	free(s->quorum_rule);
	free(s->team_name);
	free(s->missing_groups);
	free(s->opening_norms);
	session_conflict_clear(s);
	session_seats_free(s);
	free(s->slips);
	free(s->error);
	memset(s, 0, sizeof *s);
}

bool session_save_change(struct session *s, const struct rating_change *c)
{
	const struct step *st = &s->engine.protocol->steps[c->step];
	if (c->value < 0)
		return store_delete_rating(s->store, s->meeting_id, c->step,
					   st->dimensions[c->dim].id, c->slot);
	struct rating_entry e = {
		.meeting_id = s->meeting_id, .step = c->step, .dim_index = c->dim,
		.dimension = &st->dimensions[c->dim], .scale = &st->scale, .slot = c->slot,
		.member_id = c->member_id, .value = c->value,
	};
	return store_save_rating(s->store, &e);
}

bool session_rate(struct session *s, int value, enum meeting_result *res)
{
	if (s->engine.mode == RATING_BLIND)
		return session_slip(s, value, res);
	size_t cursor = s->engine.cursor;
	struct rating_change c;
	*res = meeting_rate(&s->engine, value, &c);
	if (*res != MEETING_OK || session_save_change(s, &c))
		return true;
	/* Put the engine back: the slot's old value, and whose turn it is. */
	struct rating_change removed;
	meeting_undo(&s->engine, &removed);
	if (c.previous >= 0)
		meeting_restore_rating(&s->engine, c.step, c.dim, c.slot, c.previous);
	s->engine.cursor = cursor;
	return session_fail(s, _("the rating was not saved"));
}

bool session_undo(struct session *s, enum meeting_result *res)
{
	if (s->engine.mode == RATING_BLIND)
		return session_unslip(s, res);
	size_t cursor = s->engine.cursor;
	struct rating_change c;
	*res = meeting_undo(&s->engine, &c);
	if (*res != MEETING_OK || session_save_change(s, &c))
		return true;
	meeting_restore_rating(&s->engine, c.step, c.dim, c.slot, c.previous);
	s->engine.cursor = cursor;
	return session_fail(s, _("the rating was not removed"));
}

/* Saves where the engine now stands, having left left_step, in one
 * change: the time charged to the step left, the place and the clock. */
static bool save_position(struct session *s, size_t left_step, int64_t now_ms)
{
	const struct meeting *m = &s->engine;
	size_t n = m->protocol->n_steps;
	struct store_move mv = {
		.has_left = left_step < n, .left_step = left_step,
		.left_ms = left_step < n ? meeting_step_elapsed_ms(m, left_step, now_ms) : 0,
		.step = m->step, .dim = m->dim, .view = m->view,
		.on_step = m->step < n,
		.step_ms = m->step < n ? meeting_step_elapsed_ms(m, m->step, now_ms) : 0,
		.running = !m->paused,
	};
	if (!store_save_move(s->store, s->meeting_id, &mv))
		return session_fail(s, _("the meeting's place was not saved"));
	return true;
}

/* A move is saved before it shows: when the save fails the engine is put
 * back where it was, and the screen says why. */
static bool move_saved(struct session *s, const struct meeting_place *before, int64_t now_ms)
{
	if (save_position(s, before->step, now_ms))
		return true;
	meeting_place_restore(&s->engine, before);
	return false;
}

/* A move closes input from seats to the step left, and a fist to five
 * open to them; what seats have entered on the step now is read. */
static bool moved_for_seats(struct session *s, const struct meeting_place *before, int64_t now_ms)
{
	if (!move_saved(s, before, now_ms))
		return false;
	if (s->fist_open)
		session_fist_to_seats(s, false);
	/* Leaving a blind rating's entry: the log that held each state of its
	 * ballots, one after another, goes. */
	size_t n = s->engine.protocol->n_steps;
	if (s->engine.mode == RATING_BLIND && before->step < n &&
	    step_rates(&s->engine.protocol->steps[before->step]) && before->view == VIEW_STEP &&
	    (s->engine.step != before->step || s->engine.view != VIEW_STEP))
		store_forget_history(s->store);
	session_read_seats(s);
	return true;
}

bool session_next(struct session *s, int64_t now_ms, bool force, enum meeting_result *res)
{
	struct meeting_place before = meeting_place_of(&s->engine);
	*res = meeting_next(&s->engine, now_ms, force);
	return *res != MEETING_OK || moved_for_seats(s, &before, now_ms);
}

bool session_back(struct session *s, int64_t now_ms, enum meeting_result *res)
{
	struct meeting_place before = meeting_place_of(&s->engine);
	*res = meeting_back(&s->engine, now_ms);
	return *res != MEETING_OK || moved_for_seats(s, &before, now_ms);
}

bool session_close(struct session *s, int64_t now_ms)
{
	if (!save_position(s, s->engine.step, now_ms))
		return false;
	if (!store_close_meeting(s->store, s->meeting_id))
		return session_fail(s, _("the meeting was not closed"));
	store_forget_history(s->store);
	return true;
}

static const struct step *here(const struct session *s)
{
	return meeting_current_step(&s->engine);
}

/* Trims text into a new string; NULL (with the error set) when empty. */
static char *clean_text(struct session *s, const char *text)
{
	char *t = text_trim(xstrdup(text));
	if (*t)
		return t;
	free(t);
	free(s->error);
	s->error = xstrdup(_("empty text is not saved"));
	return NULL;
}

static bool no_entry(struct session *s)
{
	free(s->error);
	s->error = xstrdup(_("there is no such entry here"));
	return false;
}

/* The step that holds the current step's entries, and its index. */
static const struct step *source(const struct session *s, size_t *index)
{
	*index = meeting_entries_step(&s->engine, s->engine.step);
	return &s->engine.protocol->steps[*index];
}

bool session_add_entry(struct session *s, size_t group, const char *text)
{
	if (!here(s) || group >= meeting_group_count(&s->engine, s->engine.step))
		return no_entry(s);
	char *t = clean_text(s, text);
	if (!t)
		return false;
	int64_t id;
	size_t at;
	const struct step *st = source(s, &at);
	bool ok = step_holds(st, HOLDS_POINTS) ?
			  store_add_point(s->store, s->meeting_id, at, t, &id) :
			  store_add_item(s->store, s->meeting_id, at, session_group_key(st, group), t, &id);
	if (ok)
		meeting_entry_add(&s->engine, s->engine.step, group, id, t);
	else
		session_fail(s, _("the entry was not saved"));
	free(t);
	return ok;
}

static struct entry *entry_here(struct session *s, size_t index)
{
	if (!here(s))
		return NULL;
	struct step_state *ss = &s->engine.steps[meeting_entries_step(&s->engine, s->engine.step)];
	return index < ss->n_entries ? &ss->entries[index] : NULL;
}

static bool points_here(const struct session *s)
{
	size_t at;
	return step_holds(source(s, &at), HOLDS_POINTS);
}

static const char *key_here(const struct session *s, size_t group)
{
	size_t at;
	return session_group_key(source(s, &at), group);
}

bool session_edit_entry(struct session *s, size_t index, const char *text)
{
	session_conflict_clear(s);
	struct entry *e = entry_here(s, index);
	if (!e)
		return no_entry(s);
	char *t = clean_text(s, text);
	if (!t)
		return false;
	bool point = points_here(s);
	struct store_now now;
	enum store_edit r = point ? store_reword_point(s->store, e->id, e->version, t, &now) :
				    store_update_item(s->store, e->id, e->version,
						      key_here(s, e->group), t, &now);
	if (r == STORE_SAVED) {
		meeting_entry_edit(&s->engine, s->engine.step, index, t);
		e->version = now.version;
	} else if (r == STORE_CHANGED) {
		session_conflict_set(s, point ? REVIEW_POINT : REVIEW_ITEM, e->id, &now);
	} else {
		session_fail(s, _("the change was not saved"));
	}
	free(t);
	return r == STORE_SAVED;
}

bool session_move_entry(struct session *s, size_t index, size_t group)
{
	session_conflict_clear(s);
	struct entry *e = entry_here(s, index);
	if (!e || group >= meeting_group_count(&s->engine, s->engine.step))
		return no_entry(s);
	/* The move keeps the words as stored: it never writes the meeting's
	 * copy of them over a correction made elsewhere. */
	struct store_now now;
	enum store_edit r = store_update_item(s->store, e->id, e->version, key_here(s, group), NULL,
					      &now);
	if (r == STORE_CHANGED)
		return session_take_theirs(s, REVIEW_ITEM, e->id, &now,
					   _("Move it again if it belongs elsewhere"));
	if (r != STORE_SAVED)
		return session_fail(s, _("the move was not saved"));
	meeting_entry_move(&s->engine, s->engine.step, index, group);
	e->version = now.version;
	return true;
}

bool session_delete_entry(struct session *s, size_t index)
{
	session_conflict_clear(s);
	const struct entry *e = entry_here(s, index);
	if (!e)
		return no_entry(s);
	bool point = points_here(s);
	struct store_now now;
	enum store_edit r = point ? store_delete_point(s->store, e->id, e->version, &now) :
				    store_delete_item(s->store, e->id, e->version, &now);
	if (r == STORE_CHANGED)
		return session_take_theirs(s, point ? REVIEW_POINT : REVIEW_ITEM, e->id, &now,
					   _("Delete it again if it should go"));
	if (r != STORE_SAVED)
		return session_fail(s, _("the entry was not deleted"));
	meeting_entry_delete(&s->engine, s->engine.step, index);
	return true;
}

/* Saves a change the engine made to a tally, or takes it back. */
static bool vote_saved(struct session *s, const struct vote_change *c)
{
	if (store_set_vote(s->store, s->engine.step, c->item_id, c->member_id, c->dots))
		return true;
	struct vote_change undo;
	meeting_vote_set(&s->engine, c->item_id, c->previous, &undo);
	return session_fail(s, _("the dot was not saved"));
}

bool session_vote(struct session *s, int64_t item_id, int delta, enum meeting_result *res)
{
	struct vote_change c;
	*res = meeting_vote(&s->engine, item_id, delta, &c);
	return *res != MEETING_OK || vote_saved(s, &c);
}

bool session_vote_set(struct session *s, int64_t item_id, int dots, enum meeting_result *res)
{
	struct vote_change c;
	*res = meeting_vote_set(&s->engine, item_id, dots, &c);
	return *res != MEETING_OK || vote_saved(s, &c);
}

bool session_vote_settings(struct session *s, int dots, bool counting)
{
	struct step_state *v = &s->engine.steps[s->engine.step];
	int old_dots = v->dots;
	bool old_counting = v->counting;
	if (!meeting_vote_set_dots(&s->engine, dots) ||
	    !meeting_vote_set_counting(&s->engine, counting)) {
		v->dots = old_dots;
		v->counting = old_counting;
		free(s->error);
		s->error = xstrdup(_("dots have been placed: remove them before changing how the vote works"));
		return false;
	}
	if (!store_save_vote_settings(s->store, s->meeting_id, s->engine.step, dots, counting)) {
		v->dots = old_dots;
		v->counting = old_counting;
		return session_fail(s, _("the change was not saved"));
	}
	return true;
}

bool session_end_silence(struct session *s)
{
	if (!meeting_in_silence(&s->engine)) {
		free(s->error);
		s->error = xstrdup(_("this step has no quiet writing going on"));
		return false;
	}
	if (!store_end_silence(s->store, s->meeting_id, s->engine.step))
		return session_fail(s, _("the end of the quiet writing was not saved"));
	meeting_end_silence(&s->engine);
	return true;
}

bool session_confirm(struct session *s, size_t index, size_t group, bool confirmed)
{
	const struct entry *e = entry_here(s, index);
	if (!e || !points_here(s) || group >= s->engine.n_groups)
		return no_entry(s);
	if (!store_set_confirmation(s->store, e->id, s->engine.groups[group], confirmed))
		return session_fail(s, _("the confirmation was not saved"));
	meeting_confirm(&s->engine, s->engine.step, index, group, confirmed);
	return true;
}

bool session_save_decision(struct session *s, size_t index, const struct decision *d)
{
	const struct step *st = here(s);
	struct step_state *ss = &s->engine.steps[s->engine.step];
	if (!st || !step_holds(st, HOLDS_DECISIONS) || index > ss->n_decisions ||
	    d->point >= (int)st->n_continuum)
		return no_entry(s);
	if (!s->quorum) {
		free(s->error);
		s->error = xasprintf(_("there is no quorum (nobody from: %s): the team may discuss, but "
				     "no decision can be made"), s->missing_groups);
		return false;
	}
	if (d->fist_taken && rules_fist_hands(d->fist) > (int)session_voters(s)) {
		free(s->error);
		s->error = xasprintf(_("%d hands for %zu present: a fist to five counts each person once"),
				     rules_fist_hands(d->fist), session_voters(s));
		return false;
	}
	session_conflict_clear(s);
	/* Saved over the decision as the meeting read it: its version is
	 * the engine's, whatever copy the screen edits. */
	struct decision saved = *d;
	saved.id = index < ss->n_decisions ? ss->decisions[index].id : 0;
	saved.version = index < ss->n_decisions ? ss->decisions[index].version : 0;
	int64_t id;
	struct store_now now;
	enum store_edit r = store_save_decision(s->store, s->meeting_id, s->engine.step, &saved,
						d->point >= 0 ? &st->continuum[d->point] : NULL,
						&id, &now);
	if (r == STORE_CHANGED)
		return session_conflict_set(s, REVIEW_DECISION, saved.id, &now);
	if (r != STORE_SAVED)
		return session_fail(s, _("the decision was not saved"));
	saved.id = id;
	saved.version = now.version;
	meeting_decision_put(&s->engine, s->engine.step, index, &saved);
	return true;
}

bool session_delete_decision(struct session *s, size_t index)
{
	const struct step *st = here(s);
	struct step_state *ss = &s->engine.steps[s->engine.step];
	if (!st || !step_holds(st, HOLDS_DECISIONS) || index >= ss->n_decisions)
		return no_entry(s);
	session_conflict_clear(s);
	const struct decision *d = &ss->decisions[index];
	struct store_now now;
	enum store_edit r = store_delete_decision(s->store, d->id, d->version, &now);
	if (r == STORE_CHANGED)
		return session_take_theirs(s, REVIEW_DECISION, d->id, &now,
					   _("Delete it again if it should go"));
	if (r != STORE_SAVED)
		return session_fail(s, _("the decision was not deleted"));
	meeting_decision_delete(&s->engine, s->engine.step, index);
	return true;
}

bool session_save_action(struct session *s, size_t index, const struct action_item *a)
{
	const struct step *st = here(s);
	struct step_state *ss = &s->engine.steps[s->engine.step];
	if (!st || !step_holds(st, HOLDS_ACTIONS) || index > ss->n_actions)
		return no_entry(s);
	struct action_item saved = *a;
	char *t = clean_text(s, a->text ? a->text : "");
	if (!t)
		return false;
	if (!action_due_valid(a->due)) {
		free(t);
		free(s->error);
		s->error = xstrdup(_("a due date is written YYYY-MM-DD, like 2026-12-15"));
		return false;
	}
	session_conflict_clear(s);
	saved.text = t;
	saved.id = index < ss->n_actions ? ss->actions[index].id : 0;
	saved.version = index < ss->n_actions ? ss->actions[index].version : 0;
	int64_t id;
	struct store_now now;
	enum store_edit r = store_save_action(s->store, s->meeting_id, s->engine.step, &saved, &id,
					      &now);
	if (r == STORE_SAVED) {
		saved.id = id;
		saved.version = now.version;
		meeting_action_put(&s->engine, s->engine.step, index, &saved);
	} else if (r == STORE_CHANGED) {
		session_conflict_set(s, REVIEW_ACTION, saved.id, &now);
	} else {
		session_fail(s, _("the action item was not saved"));
	}
	free(t);
	return r == STORE_SAVED;
}

bool session_delete_action(struct session *s, size_t index)
{
	const struct step *st = here(s);
	struct step_state *ss = &s->engine.steps[s->engine.step];
	if (!st || !step_holds(st, HOLDS_ACTIONS) || index >= ss->n_actions)
		return no_entry(s);
	session_conflict_clear(s);
	const struct action_item *a = &ss->actions[index];
	struct store_now now;
	enum store_edit r = store_delete_action(s->store, a->id, a->version, &now);
	if (r == STORE_CHANGED)
		return session_take_theirs(s, REVIEW_ACTION, a->id, &now,
					   _("Delete it again if it should go"));
	if (r != STORE_SAVED)
		return session_fail(s, _("the action item was not deleted"));
	meeting_action_delete(&s->engine, s->engine.step, index);
	return true;
}

bool session_norm_focus(struct session *s, size_t norm, bool on, enum meeting_result *res)
{
	unsigned before = s->engine.step < s->engine.protocol->n_steps ?
				  s->engine.steps[s->engine.step].focus : 0;
	*res = meeting_norm_focus(&s->engine, norm, on);
	if (*res != MEETING_OK)
		return true;
	if (store_set_focus(s->store, s->meeting_id, s->engine.step, &here(s)->norms[norm], on))
		return true;
	s->engine.steps[s->engine.step].focus = before;
	return session_fail(s, _("the focus was not saved"));
}

void session_select(struct session *s, int delta)
{
	meeting_select(&s->engine, delta);
}

