/*
 * meeting-decide: the decisions of a decide step. Each records the topic,
 * the point of the decision-making continuum the team chose ("deciding how
 * to decide"), the decision and its reasons, an optional fist-to-five check
 * and a status.
 */
#include "convene/i18n.h"
#include "convene/meeting.h"
#include "convene/util.h"

#include <stdlib.h>
#include <string.h>

static const char *const status_names[DECISION_STATUS_COUNT] = {
	/* TRANSLATORS: a decision's status (una decisión: feminine). Stored in
	 * English; a screen shows it translated. */
	[DECISION_DRAFT] = N_("draft"),
	[DECISION_DECIDED] = N_("decided"),
	[DECISION_DEFERRED] = N_("deferred"),
	[DECISION_INPUT_ONLY] = N_("input-only"),
};

const char *decision_status_name(enum decision_status s)
{
	return s < DECISION_STATUS_COUNT ? status_names[s] : "draft";
}

bool decision_status_parse(const char *name, enum decision_status *out)
{
	for (int i = 0; i < DECISION_STATUS_COUNT; i++)
		if (name && strcmp(name, status_names[i]) == 0) {
			*out = (enum decision_status)i;
			return true;
		}
	return false;
}

int decision_objections(const struct decision *d)
{
	return d->fist_taken ? d->fist[0] + d->fist[1] + d->fist[2] : 0;
}

static char *dup_or_null(const char *s)
{
	return s ? xstrdup(s) : NULL;
}

void decision_copy(struct decision *dst, const struct decision *src)
{
	*dst = *src;
	dst->topic = dup_or_null(src->topic);
	dst->text = dup_or_null(src->text);
	dst->reasons = dup_or_null(src->reasons);
	dst->reopen_info = dup_or_null(src->reopen_info);
}

void decision_free(struct decision *d)
{
	free(d->topic);
	free(d->text);
	free(d->reasons);
	free(d->reopen_info);
	d->topic = d->text = d->reasons = d->reopen_info = NULL;
}

bool meeting_decision_put(struct meeting *m, size_t step, size_t index, const struct decision *d)
{
	if (step >= m->protocol->n_steps || m->protocol->steps[step].kind != STEP_DECIDE ||
	    d->point >= (int)m->protocol->steps[step].n_continuum)
		return false;
	struct step_state *st = &m->steps[step];
	if (index > st->n_decisions)
		return false;
	/* Copied before anything is freed or moved: d may be a shallow copy
	 * of the decision it replaces. */
	struct decision copy;
	decision_copy(&copy, d);
	if (index == st->n_decisions) {
		st->decisions = xreallocarray(st->decisions, st->n_decisions + 1, sizeof *st->decisions);
		st->n_decisions++;
	} else {
		decision_free(&st->decisions[index]);
	}
	st->decisions[index] = copy;
	return true;
}

bool meeting_decision_delete(struct meeting *m, size_t step, size_t index)
{
	if (step >= m->protocol->n_steps || index >= m->steps[step].n_decisions)
		return false;
	struct step_state *st = &m->steps[step];
	decision_free(&st->decisions[index]);
	memmove(&st->decisions[index], &st->decisions[index + 1],
		(st->n_decisions - index - 1) * sizeof *st->decisions);
	st->n_decisions--;
	return true;
}
