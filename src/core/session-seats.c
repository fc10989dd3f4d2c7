/*
 * session-seats: a running meeting and its seats. The facilitator's side
 * brings in what seats entered (session_refresh) and types paper slips as
 * ballots; a seat's side writes its person's own input through the same
 * engine rules, only while the step is open to it. A blind rating goes to
 * the secret ballot (store-seats.h), whoever enters it.
 */
#include "convene/i18n.h"
#include "convene/kinds.h"
#include "convene/text.h"
#include "convene/util.h"
#include "session-internal.h"

#include <stdlib.h>
#include <string.h>

void session_seats_free(struct session *s)
{
	poll_entries_free(s->poll, s->n_poll);
	s->poll = NULL;
	s->n_poll = 0;
}

bool session_read_seats(struct session *s)
{
	session_seats_free(s);
	size_t step = s->engine.step;
	if (!store_join_code(s->store, s->meeting_id, false, s->join_code) ||
	    !store_poll_book(s->store, s->meeting_id, step, &s->poll, &s->n_poll) ||
	    !store_fist_counts(s->store, s->meeting_id, step, s->seat_fist, &s->fist_open))
		return session_fail(s, _("cannot read the seats' entries"));
	s->poll_step = step;
	return true;
}

bool session_open_to_seats(struct session *s)
{
	if (!store_join_code(s->store, s->meeting_id, true, s->join_code))
		return session_fail(s, _("the join code was not saved"));
	return true;
}

bool session_refresh(struct session *s, int64_t now_ms)
{
	struct session fresh;
	if (!session_resume_with(&fresh, s->store, s->engine.protocol, s->meeting_id, now_ms)) {
		free(s->error);
		s->error = xstrdup(session_error(&fresh));
		session_finish(&fresh);
		return false;
	}
	size_t step = s->engine.step;
	bool same_place = fresh.engine.step == step;
	if (same_place && !meeting_take_inputs(&s->engine, &fresh.engine, step)) {
		session_finish(&fresh);
		return true; /* attendance changed under us: the next read catches up */
	}
	/* The poll book and the hands, as read: they follow the store. */
	struct poll_entry *poll = s->poll;
	size_t n_poll = s->n_poll;
	s->poll = fresh.poll;
	s->n_poll = fresh.n_poll;
	s->poll_step = fresh.poll_step;
	fresh.poll = poll;
	fresh.n_poll = n_poll;
	memcpy(s->seat_fist, fresh.seat_fist, sizeof s->seat_fist);
	s->fist_open = fresh.fist_open;
	memcpy(s->join_code, fresh.join_code, sizeof s->join_code);
	session_finish(&fresh);
	return true;
}

static bool voted(const struct session *s, const char *question, int64_t member_id)
{
	for (size_t i = 0; i < s->n_poll; i++)
		if (s->poll[i].member_id == member_id && strcmp(s->poll[i].question, question) == 0)
			return true;
	return false;
}

bool session_seat_voted(const struct session *s, size_t dim, size_t place)
{
	const struct step *st = meeting_current_step(&s->engine);
	if (!st || !step_rates(st) || dim >= st->n_dimensions || place >= s->n_people ||
	    s->poll_step != s->engine.step)
		return false;
	return voted(s, st->dimensions[dim].id, s->people[place].member_id);
}

size_t session_seat_votes(const struct session *s, size_t dim)
{
	size_t n = 0;
	for (size_t i = 0; i < s->n_people; i++)
		n += session_seat_voted(s, dim, i);
	return n;
}

bool session_reload_ballots(struct session *s, size_t step, size_t dim)
{
	const struct step *st = &s->engine.protocol->steps[step];
	int *values = xcalloc(s->n_people + 1, sizeof *values);
	size_t n;
	bool ok = store_ballots(s->store, s->meeting_id, step, st->dimensions[dim].id, values,
				s->n_people, &n);
	if (ok)
		meeting_set_ballots(&s->engine, step, dim, values, n);
	free(values);
	return ok;
}

static struct ballot ballot_of(const struct session *s, size_t dim)
{
	const struct step *st = meeting_current_step(&s->engine);
	return (struct ballot){
		.meeting_id = s->meeting_id, .step = s->engine.step, .dim_index = dim,
		.dimension = &st->dimensions[dim], .scale = &st->scale, .previous = -1,
	};
}

/* A paper slip typed by the facilitator: a ballot with nobody in the poll book. */
bool session_slip(struct session *s, int value, enum meeting_result *res)
{
	const struct meeting *m = &s->engine;
	if (!meeting_in_rating_entry(m) || meeting_here_count(m) == 0) {
		*res = MEETING_NOT_RATING;
		return true;
	}
	const struct step *st = meeting_current_step(m);
	if (value < st->scale.min || value > st->scale.max) {
		*res = MEETING_OUT_OF_SCALE;
		return true;
	}
	struct ballot b = ballot_of(s, m->dim);
	b.value = value;
	enum seat_write w = store_cast_ballot(s->store, &b);
	*res = w == SEAT_FULL ? MEETING_ALL_RATED : MEETING_OK;
	if (w == SEAT_FAILED)
		return session_fail(s, _("the rating was not saved"));
	if (w == SEAT_SAVED) {
		s->slips = array_grow(s->slips, s->n_slips, sizeof *s->slips);
		s->slips[s->n_slips++] = (struct session_slip){ m->step, m->dim, value, -1 };
	}
	session_reload_ballots(s, m->step, m->dim);
	return true;
}

/* Takes back the last slip typed on the current dimension. Slips typed
 * before a restart are not known one from another: none to take back. */
bool session_unslip(struct session *s, enum meeting_result *res)
{
	const struct meeting *m = &s->engine;
	if (!meeting_in_rating_entry(m)) {
		*res = MEETING_NOT_RATING;
		return true;
	}
	size_t i = s->n_slips;
	while (i > 0 && (s->slips[i - 1].step != m->step || s->slips[i - 1].dim != m->dim))
		i--;
	if (i == 0) {
		*res = MEETING_NOTHING_TO_UNDO;
		return true;
	}
	if (s->slips[i - 1].value_y >= 0)
		return session_unslip_pair(s, i - 1, res);
	struct ballot b = ballot_of(s, m->dim);
	b.value = -1;
	b.previous = s->slips[i - 1].value;
	if (store_cast_ballot(s->store, &b) != SEAT_SAVED)
		return session_fail(s, _("the rating was not removed"));
	memmove(&s->slips[i - 1], &s->slips[i], (s->n_slips - i) * sizeof *s->slips);
	s->n_slips--;
	*res = MEETING_OK;
	session_reload_ballots(s, m->step, m->dim);
	return true;
}

enum seat_write session_seat_rate(struct session *s, size_t place, size_t dim, int value,
				  int *cast)
{
	const struct step *st = meeting_current_step(&s->engine);
	if (!st || !step_rates(st) || s->engine.view != VIEW_STEP || dim >= st->n_dimensions)
		return SEAT_CLOSED;
	if (value < st->scale.min || value > st->scale.max || place >= s->n_people)
		return SEAT_REFUSED;
	if (s->engine.mode == RATING_NAMED) {
		struct rating_entry e = {
			.meeting_id = s->meeting_id, .step = s->engine.step, .dim_index = dim,
			.dimension = &st->dimensions[dim], .scale = &st->scale, .slot = place,
			.member_id = s->people[place].member_id, .value = value,
		};
		return store_seat_rating(s->store, &e);
	}
	struct ballot b = ballot_of(s, dim);
	b.voter = s->people[place].member_id;
	b.value = value;
	b.previous = *cast;
	b.from_seat = true;
	enum seat_write w = store_cast_ballot(s->store, &b);
	if (w == SEAT_SAVED)
		*cast = value;
	return w;
}

enum seat_write session_seat_add(struct session *s, size_t group, const char *text)
{
	const struct step *st = meeting_current_step(&s->engine);
	if (!st || s->engine.view != VIEW_STEP || !step_holds(st, HOLDS_ITEMS) ||
	    meeting_entries_step(&s->engine, s->engine.step) != s->engine.step)
		return SEAT_CLOSED;
	const char *key = session_group_key(st, group);
	char *t = text_trim(xstrdup(text));
	if (!key || !*t) {
		free(t);
		return SEAT_REFUSED;
	}
	int64_t id;
	enum seat_write w = store_seat_item(s->store, s->meeting_id, s->engine.step, key, t, &id);
	free(t);
	return w;
}

enum seat_write session_seat_vote(struct session *s, size_t place, int64_t item_id, int delta,
				  enum meeting_result *res)
{
	*res = MEETING_NOT_VOTE;
	const struct step *st = meeting_current_step(&s->engine);
	if (!st || st->kind != STEP_VOTE || s->engine.view != VIEW_STEP)
		return SEAT_CLOSED;
	if (place >= s->n_people || s->engine.steps[s->engine.step].counting)
		return SEAT_REFUSED;
	s->engine.cursor = place;
	struct vote_change c;
	*res = meeting_vote(&s->engine, item_id, delta, &c);
	if (*res != MEETING_OK)
		return SEAT_REFUSED;
	return store_seat_vote(s->store, s->meeting_id, s->engine.step, item_id,
			       s->people[place].member_id, c.dots);
}

enum seat_write session_seat_fist(struct session *s, size_t place, int point, int *shown)
{
	if (!s->fist_open)
		return SEAT_CLOSED;
	if (place >= s->n_people)
		return SEAT_REFUSED;
	enum seat_write w = store_fist_show(s->store, s->meeting_id, s->engine.step,
					    s->people[place].member_id, point, *shown);
	if (w == SEAT_SAVED)
		*shown = point;
	return w;
}

bool session_fist_to_seats(struct session *s, bool open)
{
	if (!store_fist_open(s->store, s->meeting_id, s->engine.step, open))
		return session_fail(s, _("the fist to five was not opened to seats"));
	s->fist_open = open;
	if (open) {
		memset(s->seat_fist, 0, sizeof s->seat_fist);
		for (size_t i = 0; i < s->n_poll;)
			if (strcmp(s->poll[i].question, STORE_FIST_QUESTION) == 0) {
				free(s->poll[i].question);
				s->poll[i] = s->poll[--s->n_poll];
			} else {
				i++;
			}
	}
	return true;
}

bool session_show_opening(struct session *s, const char *norms_protocol)
{
	if (!store_set_opening(s->store, s->meeting_id, norms_protocol))
		return session_fail(s, _("the room view could not be told of the opening norms"));
	free(s->opening_norms);
	s->opening_norms = norms_protocol ? xstrdup(norms_protocol) : NULL;
	return true;
}
