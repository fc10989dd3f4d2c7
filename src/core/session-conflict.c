/*
 * session-conflict: an edit the store refused because someone changed the
 * entry since the meeting read it (the note taker correcting it in review,
 * another terminal), and settling it: the meeting takes their entry as it
 * is stored now, or only its version, so that saving the edit again writes
 * over theirs knowingly. Nothing is lost without someone having said so.
 */
#include "convene/i18n.h"
#include "convene/kinds.h"
#include "session-internal.h"
#include "convene/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void session_conflict_clear(struct session *s)
{
	free(s->conflict.text);
	s->conflict = (struct session_conflict){ 0 };
}

bool session_conflict_set(struct session *s, enum review_kind kind, int64_t id,
			  struct store_now *now)
{
	session_conflict_clear(s);
	s->conflict = (struct session_conflict){ kind, id, now->version,
						 now->text ? now->text : xstrdup("") };
	now->text = NULL;
	free(s->error);
	s->error = xasprintf(_("someone changed this since you opened it; it now reads \"%s\""),
			     s->conflict.text);
	return false;
}

const char *session_conflict(const struct session *s)
{
	return s->conflict.text;
}

/* Where the meeting holds the entry: its step and index. */
static bool find(const struct session *s, enum review_kind kind, int64_t id, size_t *step,
		 size_t *index)
{
	const struct meeting *m = &s->engine;
	for (size_t i = 0; i < m->protocol->n_steps; i++) {
		const struct step_state *ss = &m->steps[i];
		size_t n = kind == REVIEW_DECISION ? ss->n_decisions :
			   kind == REVIEW_ACTION   ? ss->n_actions :
						     ss->n_entries;
		for (size_t k = 0; k < n; k++) {
			int64_t at = kind == REVIEW_DECISION ? ss->decisions[k].id :
				     kind == REVIEW_ACTION   ? ss->actions[k].id :
							       ss->entries[k].id;
			if (at == id) {
				*step = i;
				*index = k;
				return true;
			}
		}
	}
	return false;
}

/* The entry's version in the meeting. */
static int64_t *version_of(struct session *s, enum review_kind kind, size_t step, size_t index)
{
	struct step_state *ss = &s->engine.steps[step];
	return kind == REVIEW_DECISION ? &ss->decisions[index].version :
	       kind == REVIEW_ACTION   ? &ss->actions[index].version :
					 &ss->entries[index].version;
}

/* The engine's entry set to the stored one: words, group or confirmations
 * (a correction in review keeps them), and version. */
static bool take_entry(struct session *s, const struct meeting_record *r, size_t step,
		       size_t index)
{
	struct entry *e = &s->engine.steps[step].entries[index];
	const struct step *st = &s->engine.protocol->steps[step];
	for (size_t i = 0; s->conflict.kind == REVIEW_ITEM && i < r->n_items; i++) {
		const struct item_record *x = &r->items[i];
		if (x->id != e->id)
			continue;
		size_t g;
		if (session_find_group(st, x->group, &g))
			e->group = g;
		free(e->text);
		e->text = xstrdup(x->text);
		e->version = x->version;
		return true;
	}
	for (size_t i = 0; s->conflict.kind == REVIEW_POINT && i < r->n_points; i++) {
		const struct point_record *x = &r->points[i];
		if (x->id != e->id)
			continue;
		free(e->text);
		e->text = xstrdup(x->text);
		e->version = x->version;
		e->agreed = 0;
		for (size_t k = 0; k < x->n_agreed; k++)
			meeting_restore_confirmation(&s->engine, step, index, x->agreed_by[k]);
		return true;
	}
	return false;
}

static bool take_theirs(struct session *s, size_t step, size_t index)
{
	struct meeting_record r;
	bool found;
	char key[24];
	snprintf(key, sizeof key, "%lld", (long long)s->meeting_id);
	if (!store_load_meeting(s->store, key, &found, &r))
		return session_fail(s, _("cannot read the entry as it is now"));
	bool ok = false;
	const struct step *st = &s->engine.protocol->steps[step];
	enum review_kind kind = s->conflict.kind;
	for (size_t i = 0; found && kind == REVIEW_DECISION && !ok && i < r.n_decisions; i++) {
		if (r.decisions[i].id != s->conflict.id)
			continue;
		struct decision d = session_decision_of(st, &r.decisions[i]);
		ok = meeting_decision_put(&s->engine, step, index, &d);
	}
	for (size_t i = 0; found && kind == REVIEW_ACTION && !ok && i < r.n_actions; i++) {
		if (r.actions[i].id != s->conflict.id)
			continue;
		struct action_item a = session_action_of(&r.actions[i]);
		ok = meeting_action_put(&s->engine, step, index, &a);
	}
	if (found && (kind == REVIEW_ITEM || kind == REVIEW_POINT))
		ok = take_entry(s, &r, step, index);
	meeting_record_free(&r);
	if (!ok) {
		free(s->error);
		s->error = xstrdup(_("that entry is not in the record any more"));
	}
	return ok;
}

bool session_take_theirs(struct session *s, enum review_kind kind, int64_t id,
			 struct store_now *now, const char *again)
{
	char *words = xstrdup(now->text ? now->text : "");
	session_conflict_set(s, kind, id, now);
	if (session_resolve(s, true)) {
		free(s->error);
		s->error = xasprintf(_("this was changed elsewhere since it was read; it now reads "
				     "\"%s\". %s"), words, again);
	}
	free(words);
	return false;
}

bool session_resolve(struct session *s, bool theirs)
{
	size_t step, index;
	if (!s->conflict.text || !find(s, s->conflict.kind, s->conflict.id, &step, &index)) {
		session_conflict_clear(s);
		free(s->error);
		s->error = xstrdup(_("there is no such entry here"));
		return false;
	}
	bool ok = theirs ? take_theirs(s, step, index) : true;
	if (ok && !theirs)
		*version_of(s, s->conflict.kind, step, index) = s->conflict.version;
	session_conflict_clear(s);
	return ok;
}
