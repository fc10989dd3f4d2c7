/*
 * session-checklist: saving a checklist's list through the engine and the
 * store (see session-checklist.h). A named list or the room's is put in
 * the engine, saved in one transaction, and put back when the save fails;
 * a blind list is one paper slip per item, cast through the secret ballot.
 */
#include "convene/checklist.h"
#include "convene/i18n.h"
#include "convene/session-checklist.h"
#include "convene/util.h"
#include "session-internal.h"

#include <stdlib.h>

static bool save_changes(struct session *s, const struct rating_change *c, size_t n)
{
	const struct step *st = &s->engine.protocol->steps[s->engine.step];
	struct rating_entry *e = xcalloc(n ? n : 1, sizeof *e);
	for (size_t i = 0; i < n; i++)
		e[i] = (struct rating_entry){
			.meeting_id = s->meeting_id, .step = c[i].step, .dim_index = c[i].dim,
			.dimension = &st->dimensions[c[i].dim], .scale = &st->scale,
			.slot = c[i].slot, .member_id = c[i].member_id, .value = c[i].value,
		};
	bool ok = store_save_list(s->store, e, n);
	free(e);
	return ok;
}

/* A blind list: a slip per item, with the engine on that item meanwhile. */
static bool cast_list(struct session *s, const bool *ticks, enum meeting_result *res)
{
	struct meeting *m = &s->engine;
	const struct step *st = meeting_current_step(m);
	if (meeting_checklist_lists(m, m->step) >= meeting_here_count(m)) {
		*res = MEETING_ALL_RATED;
		return true;
	}
	size_t dim = m->dim;
	bool ok = true;
	*res = MEETING_OK;
	for (size_t d = 0; ok && *res == MEETING_OK && d < st->n_dimensions; d++) {
		m->dim = d;
		ok = session_slip(s, ticks[d], res);
	}
	m->dim = dim;
	return ok;
}

static bool uncast_list(struct session *s, enum meeting_result *res)
{
	struct meeting *m = &s->engine;
	const struct step *st = meeting_current_step(m);
	size_t dim = m->dim;
	bool ok = true, any = false;
	for (size_t d = 0; ok && d < st->n_dimensions; d++) {
		m->dim = d;
		ok = session_unslip(s, res);
		any |= *res == MEETING_OK;
	}
	m->dim = dim;
	*res = any ? MEETING_OK : MEETING_NOTHING_TO_UNDO;
	return ok;
}

static bool blind_list(const struct session *s)
{
	const struct step *st = meeting_current_step(&s->engine);
	return s->engine.mode == RATING_BLIND && st && !st->room_ticks;
}

/* A named list or the room's, put (ticks) or taken back (NULL) in the
 * engine and saved; put back when the save fails. */
static bool change_list(struct session *s, const bool *ticks, enum meeting_result *res,
			const char *failed)
{
	const struct step *st = meeting_current_step(&s->engine);
	size_t n = st ? st->n_dimensions : 0, cursor = s->engine.cursor;
	struct rating_change *c = xcalloc(n ? n : 1, sizeof *c);
	*res = ticks ? meeting_checklist_put(&s->engine, ticks, c) :
		       meeting_checklist_undo(&s->engine, c);
	bool ok = *res != MEETING_OK || save_changes(s, c, n);
	if (!ok) {
		meeting_checklist_revert(&s->engine, c, cursor);
		session_fail(s, failed);
	}
	free(c);
	return ok;
}

bool session_checklist_save(struct session *s, const bool *ticks, enum meeting_result *res)
{
	if (blind_list(s) && s->engine.view == VIEW_STEP)
		return cast_list(s, ticks, res);
	return change_list(s, ticks, res, _("the list was not saved"));
}

bool session_checklist_undo(struct session *s, enum meeting_result *res)
{
	if (blind_list(s) && s->engine.view == VIEW_STEP)
		return uncast_list(s, res);
	return change_list(s, NULL, res, _("the list was not taken back"));
}
