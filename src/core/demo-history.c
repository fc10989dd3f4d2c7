/*
 * demo-history: past meetings of the demo team, so a newcomer can explore
 * review, search, trends and the decisions log at once, and benchmarks
 * have data. Every meeting runs a shipped protocol and holds what such a
 * meeting produces: ratings that drift over time, answers, box items,
 * decisions, agreed talking points and action items. The content is
 * varied by a fixed pseudo-random sequence, so a history is reproducible.
 */
#include "convene/kinds.h"
#include "convene/store-import.h"
#include "convene/demo.h"
#include "convene/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static const char *const protocols[] = { "team-assessment", "three-box", "decision-continuum",
					 "after-action-review", "keep-start-stop", "talking-points" };

static const char *const answers[] = {
	"Substitute coverage ran short on Mondays",
	"The bus schedule change moved the start of the school day",
	"Teachers asked for more common planning time",
	"Classified staff were not told about the new badge system",
	"Attendance at parent nights rose after the text reminders",
	"The budget timeline left no room for site input",
	"Peer observation worked well where principals protected the time",
	"New hires did not know who to ask about benefits",
	"The lunch schedule crowds the cafeteria in the second period",
	"Professional development days felt rushed",
};

static const char *const topics[] = {
	"Common planning time",  "Peer observation pilot", "Substitute coverage",
	"Meeting day and time",  "Budget input process",   "New staff onboarding",
};

static const char *const decided[] = {
	"Pilot it in two schools for one semester",
	"Ask each site council for input before the budget draft",
	"Move our meetings to the first Tuesday of the month",
	"Write a one-page guide for new staff together",
};

static const char *const points[] = {
	"We agreed to pilot peer observation in two schools this spring.",
	"District and unions will ask every site for budget input by March.",
	"New staff will get a one-page guide written by the whole team.",
	"Our meetings move to the first Tuesday of each month.",
};

static const char *const actions[] = {
	"Draft the pilot schedule", "Collect site council input", "Write the onboarding guide",
	"Book the library for the next meeting", "Share the talking points with members",
};

/* A small linear congruential sequence: the same history every time. */
static unsigned next_random(unsigned *state)
{
	*state = *state * 1103515245u + 12345u;
	return (*state >> 16) & 0x7fff;
}

static const char *pick(const char *const *list, size_t n, unsigned *rnd)
{
	return list[next_random(rnd) % n];
}

#define PICK(list, rnd) pick(list, ARRAY_LEN(list), rnd)

struct demo_meeting {
	struct store *s;
	const struct team *team;
	const bool *present;
	int64_t id;
	size_t index, total; /* this meeting's place in the history */
	unsigned rnd;
	time_t when;
	enum rating_mode mode;
};

static int value_cmp(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;
	return (x > y) - (x < y);
}

static bool rate(struct demo_meeting *m, size_t step, const struct step *st)
{
	int *values = xcalloc(m->team->n_members + 1, sizeof *values);
	bool ok = true;
	for (size_t d = 0; ok && d < st->n_dimensions; d++) {
		/* Each dimension starts somewhere and drifts upward over the
		 * history, as a team that works on itself does. */
		int span = st->scale.max - st->scale.min;
		int base = st->scale.min + (int)((d * 5 + 3) % 4) * span / 6;
		int trend = (int)(m->index * (size_t)span / (2 * (m->total ? m->total : 1)));
		size_t n = 0;
		int64_t *who = xcalloc(m->team->n_members + 1, sizeof *who);
		for (size_t p = 0; p < m->team->n_members; p++) {
			if (!m->present[p])
				continue;
			int v = base + trend + (int)(next_random(&m->rnd) % 3) - 1;
			who[n] = m->team->members[p].id;
			values[n++] = v < st->scale.min ? st->scale.min : v > st->scale.max ? st->scale.max : v;
		}
		/* Ballots lie in value order, as the secret ballot keeps them. */
		if (m->mode == RATING_BLIND)
			qsort(values, n, sizeof *values, value_cmp);
		for (size_t slot = 0; ok && slot < n; slot++) {
			struct rating_entry e = { .meeting_id = m->id, .step = step, .dim_index = d,
						  .dimension = &st->dimensions[d], .scale = &st->scale,
						  .slot = slot,
						  .member_id = m->mode == RATING_BLIND ? 0 : who[slot],
						  .value = values[slot] };
			ok = store_save_rating(m->s, &e);
		}
		free(who);
	}
	free(values);
	return ok;
}

static bool decide(struct demo_meeting *m, size_t step, const struct step *st)
{
	struct decision d = {
		.topic = (char *)PICK(topics, &m->rnd),
		.point = st->n_continuum ? (int)(next_random(&m->rnd) % st->n_continuum) : -1,
		.text = (char *)PICK(decided, &m->rnd),
		.reasons = (char *)"Every group present could live with it",
		.status = DECISION_DECIDED,
	};
	return store_save_decision(m->s, m->id, step, &d, d.point >= 0 ? &st->continuum[d.point] : NULL,
				   NULL, NULL) == STORE_SAVED;
}

static bool agree_point(struct demo_meeting *m, size_t step)
{
	int64_t id;
	if (!store_add_point(m->s, m->id, step, PICK(points, &m->rnd), &id))
		return false;
	for (size_t p = 0; p < m->team->n_members; p++) {
		const char *g = m->team->members[p].group;
		if (m->present[p] && !store_set_confirmation(m->s, id, g, true))
			return false;
	}
	return true;
}

static bool add_action(struct demo_meeting *m, size_t step)
{
	struct action_item a = {
		.text = (char *)PICK(actions, &m->rnd),
		.owner = m->team->members[next_random(&m->rnd) % m->team->n_members].id,
		/* All but the latest meetings' items are done. */
		.status = m->index + 2 < m->total ? ACTION_DONE : ACTION_OPEN,
	};
	time_t due = m->when + 14 * 24 * 3600;
	struct tm tm;
	localtime_r(&due, &tm);
	/* Four-digit years even for the far past of a benchmark's history. */
	snprintf(a.due, sizeof a.due, "%04u-%02u-%02u", (unsigned)(tm.tm_year + 1900) % 10000u,
		 (unsigned)(tm.tm_mon + 1) % 100u, (unsigned)tm.tm_mday % 100u);
	return store_save_action(m->s, m->id, step, &a, NULL, NULL) == STORE_SAVED;
}

static bool fill_step(struct demo_meeting *m, size_t step, const struct step *st)
{
	bool ok = true;
	int64_t id;
	if (step_rates(st))
		ok = rate(m, step, st);
	/* Two answers under each question or box of a step with its own. */
	const struct kind_def *kind = kind_of(st->kind);
	size_t groups = kind->group_key && st->from < 0 ? kind->groups(st) : 0;
	for (size_t g = 0; ok && g < groups; g++)
		for (int k = 0; ok && k < 2; k++)
			ok = store_add_item(m->s, m->id, step, kind->group_key(st, g),
					    PICK(answers, &m->rnd), &id);
	if (ok && step_holds(st, HOLDS_DECISIONS))
		ok = decide(m, step, st);
	if (ok && step_holds(st, HOLDS_POINTS))
		ok = agree_point(m, step);
	if (ok && step_holds(st, HOLDS_ACTIONS))
		ok = add_action(m, step);
	int64_t planned = (int64_t)(st->minutes ? st->minutes : 5) * 60000;
	int64_t actual = planned * (80 + (int64_t)(next_random(&m->rnd) % 50)) / 100;
	return ok && store_save_step_time(m->s, m->id, step, actual);
}

static bool one_meeting(struct store *s, const struct catalog *c, const struct team *t,
			size_t index, size_t total, time_t now)
{
	const struct protocol *p = catalog_find(c, protocols[index % ARRAY_LEN(protocols)]);
	if (!p)
		return true;
	bool *present = xcalloc(t->n_members + 1, sizeof *present);
	for (size_t i = 0; i < t->n_members; i++)
		present[i] = i != index % (t->n_members + 2);
	struct demo_meeting m = { .s = s, .team = t, .present = present, .index = index,
				  .total = total, .rnd = (unsigned)index * 2654435761u + 1,
				  .when = now - (time_t)(total - index) * 14 * 24 * 3600,
				  .mode = (index / ARRAY_LEN(protocols)) % 2 ? RATING_BLIND : RATING_NAMED };
	bool ok = store_begin_meeting(s, t, present, p, m.mode, NULL, 0, NULL, &m.id);
	for (size_t i = 0; ok && i < p->n_steps; i++)
		ok = fill_step(&m, i, &p->steps[i]);
	ok = ok && store_close_meeting(s, m.id) && store_backdate_meeting(s, m.id, m.when, 90);
	free(present);
	return ok;
}

bool demo_add_history(struct store *s, const struct catalog *c, int64_t team_id, size_t n)
{
	struct team_list teams;
	if (!store_list_teams(s, &teams))
		return false;
	const struct team *t = NULL;
	for (size_t i = 0; i < teams.n; i++)
		if (teams.teams[i].id == team_id)
			t = &teams.teams[i];
	bool ok = t != NULL;
	time_t now = time(NULL);
	/* Thousands of small transactions: a crash here loses only demo data. */
	ok = ok && store_set_bulk(s, true);
	for (size_t i = 0; ok && i < n; i++)
		ok = one_meeting(s, c, t, i, n, now);
	store_set_bulk(s, false);
	team_list_free(&teams);
	return ok;
}
