/* session-internal: what the session's files share and nothing else sees. */
#ifndef CONVENE_SESSION_INTERNAL_H
#define CONVENE_SESSION_INTERNAL_H

#include "convene/session.h"

/* Sets the error to what failed and the store's reason; returns false. */
bool session_fail(struct session *s, const char *what);
/* Seconds since 1970 of a stored "YYYY-MM-DDTHH:MM:SSZ", or now. */
int64_t session_parse_utc(const char *iso);
/* Adds someone to the attendance; and, when present, to the people. */
void session_add_attendee(struct session *s, int64_t id, const char *name, const char *group,
			  bool guest, bool present);
/* Gives someone on the attendance a place among the people (or back). */
void session_add_person(struct session *s, const struct session_attendee *a);
/* Applies the team's quorum rule to who is here now. */
void session_check_quorum(struct session *s);
/* Saves the current step's time spent and whether its clock runs. */
bool session_sync_clock(struct session *s, int64_t now_ms);
/* The store key of group g of a step: its question or box id. */
const char *session_group_key(const struct step *st, size_t g);
void session_add_role(struct session *s, const char *role, int64_t member,
		      const char *name);
/* The group of step st whose store key is key, or false. */
bool session_find_group(const struct step *st, const char *key, size_t *g);
/* The engine's decision and action item of a stored one (its strings
 * borrowed from x). */
struct decision session_decision_of(const struct step *st, const struct decision_record *x);
struct action_item session_action_of(const struct action_record *x);
/* Someone changed entry id since it was read: kept (taking now's words)
 * for session_conflict, with the error said; returns false. */
bool session_conflict_set(struct session *s, enum review_kind kind, int64_t id,
			  struct store_now *now);
void session_conflict_clear(struct session *s);
/* For a key with nothing to ask (a move, a delete, a status): the meeting
 * takes entry id as it is now, and the error says so and what to do
 * (again: "Move it again if it belongs elsewhere"). Returns false. */
bool session_take_theirs(struct session *s, enum review_kind kind, int64_t id,
			 struct store_now *now, const char *again);

/* Reads the join code, the poll book of the current step and the hands
 * shown from seats (session-seats.c). */
bool session_read_seats(struct session *s);
/* A blind rating typed by the facilitator (a paper slip) and taking the
 * last one back: ballots, as from a seat but with nobody in the poll book. */
bool session_slip(struct session *s, int value, enum meeting_result *res);
bool session_unslip(struct session *s, enum meeting_result *res);
/* Takes back slip i, a two-way placement's pair (session-pairs.c). */
bool session_unslip_pair(struct session *s, size_t i, enum meeting_result *res);
/* Reads a blind dimension's ballots into the engine, in slot order. */
bool session_reload_ballots(struct session *s, size_t step, size_t dim);
/* Saves a rating the engine changed (value -1: removed). */
bool session_save_change(struct session *s, const struct rating_change *c);
/* Frees what session_read_seats read. */
void session_seats_free(struct session *s);

#endif
