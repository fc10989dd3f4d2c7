/*
 * session-pairs: a blind two-way placement, whose ballot is a pair (x, y)
 * that must stay one (store-pairs.c): paper slips typed as both numbers at
 * once, taken back as one, and a seat's pair cast at once. Named
 * placements need none of this: each person's two ratings keep the pair.
 */
#include "convene/i18n.h"
#include "convene/session.h"
#include "convene/util.h"
#include "session-internal.h"

#include <string.h>

bool session_enters_pairs(const struct session *s)
{
	const struct step *st = meeting_current_step(&s->engine);
	return st && st->kind == STEP_QUADRANTS && st->n_dimensions == 2 &&
	       s->engine.mode == RATING_BLIND;
}

static struct pair_ballot pair_of(const struct session *s)
{
	const struct step *st = meeting_current_step(&s->engine);
	return (struct pair_ballot){
		.meeting_id = s->meeting_id, .step = s->engine.step, .x = &st->dimensions[0],
		.y = &st->dimensions[1], .scale = &st->scale, .value = { -1, -1 },
		.previous = { -1, -1 },
	};
}

static void reload(struct session *s)
{
	session_reload_ballots(s, s->engine.step, 0);
	session_reload_ballots(s, s->engine.step, 1);
}

static bool on_scale(const struct step *st, int v)
{
	return v >= st->scale.min && v <= st->scale.max;
}

bool session_slip_pair(struct session *s, int x, int y, enum meeting_result *res)
{
	const struct meeting *m = &s->engine;
	if (!session_enters_pairs(s) || !meeting_in_rating_entry(m) || meeting_here_count(m) == 0) {
		*res = MEETING_NOT_RATING;
		return true;
	}
	const struct step *st = meeting_current_step(m);
	if (!on_scale(st, x) || !on_scale(st, y)) {
		*res = MEETING_OUT_OF_SCALE;
		return true;
	}
	struct pair_ballot b = pair_of(s);
	b.value = (struct ballot_pair){ x, y };
	enum seat_write w = store_cast_pair(s->store, &b);
	*res = w == SEAT_FULL ? MEETING_ALL_RATED : MEETING_OK;
	if (w == SEAT_FAILED)
		return session_fail(s, _("the placement was not saved"));
	if (w == SEAT_SAVED) {
		s->slips = array_grow(s->slips, s->n_slips, sizeof *s->slips);
		s->slips[s->n_slips++] = (struct session_slip){ m->step, m->dim, x, y };
	}
	reload(s);
	return true;
}

bool session_unslip_pair(struct session *s, size_t i, enum meeting_result *res)
{
	struct pair_ballot b = pair_of(s);
	b.previous = (struct ballot_pair){ s->slips[i].value, s->slips[i].value_y };
	if (store_cast_pair(s->store, &b) != SEAT_SAVED)
		return session_fail(s, _("the placement was not removed"));
	memmove(&s->slips[i], &s->slips[i + 1], (s->n_slips - i - 1) * sizeof *s->slips);
	s->n_slips--;
	*res = MEETING_OK;
	reload(s);
	return true;
}

enum seat_write session_seat_place(struct session *s, size_t place, int x, int y,
				   struct ballot_pair *cast)
{
	const struct step *st = meeting_current_step(&s->engine);
	if (!session_enters_pairs(s) || s->engine.view != VIEW_STEP)
		return SEAT_CLOSED;
	if (!on_scale(st, x) || !on_scale(st, y) || place >= s->n_people)
		return SEAT_REFUSED;
	struct pair_ballot b = pair_of(s);
	b.voter = s->people[place].member_id;
	b.value = (struct ballot_pair){ x, y };
	b.previous = *cast;
	b.from_seat = true;
	enum seat_write w = store_cast_pair(s->store, &b);
	if (w == SEAT_SAVED)
		*cast = b.value;
	return w;
}
