/*
 * store-history: what the store tells of a team across its meetings
 * (store-history.c, store-trends.c, store-roles.c, store-norms.c): the
 * action items still open, the decisions log, ratings over time, the team's
 * ground rules, the norms it adopted and the rotation of its roles.
 */
#ifndef CONVENE_STORE_HISTORY_H
#define CONVENE_STORE_HISTORY_H

#include "convene/rules.h"
#include "convene/store.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* An action item from an earlier meeting, still open or carried over. */
struct followup_action {
	int64_t id;
	int64_t meeting_id;
	char *date;       /* the meeting's, YYYY-MM-DD local time */
	char *text;
	char *owner_name; /* or NULL */
	char *due;        /* YYYY-MM-DD or NULL */
	enum action_status status;
	int64_t version;  /* as read (enum store_edit) */
};
/* The team's action items open or carried over from meetings other than
 * meeting_id, soonest due first. Free with followup_actions_free. */
bool store_followup_actions(struct store *s, int64_t team_id, int64_t meeting_id,
			    struct followup_action **out, size_t *n);
void followup_actions_free(struct followup_action *f, size_t n);
/* Marks an action item read at version; checked like any edit. */
enum store_edit store_set_action_status(struct store *s, int64_t id, int64_t version,
					enum action_status status, struct store_now *now);

/* A decision in the team's log (drafts left out). */
struct logged_decision {
	int64_t id;
	int64_t meeting_id;
	char *date;     /* the meeting's, YYYY-MM-DD local time */
	char *topic;
	char *how;      /* the continuum point's title, or NULL */
	char *text;
	char *reasons;
	enum decision_status status; /* never a draft */
	int64_t reopens_id;      /* the decision it reopened, or 0 */
	int64_t reopens_meeting; /* that decision's meeting */
	char *reopens_text;      /* what that decision was */
	char *reopen_info;
	int reopen_votes, reopen_present;
	int64_t reopened_in;     /* the meeting that reopened this one, or 0 */
};
/* Every decision of the team, newest meeting first. */
bool store_team_decisions(struct store *s, int64_t team_id, struct logged_decision **out,
			  size_t *n);
void logged_decisions_free(struct logged_decision *d, size_t n);

/* One rated dimension of a team over its meetings, oldest first. */
struct trend_point {
	int64_t meeting_id;
	char *date; /* YYYY-MM-DD, local time */
	double mean;
	int count;
};
struct trend_series {
	char *protocol_id;
	char *dimension_id;
	char *title; /* as its latest meeting recorded it */
	int scale_min, scale_max;
	bool ticks; /* a checklist's item: its mean is the share that ticked it */
	struct trend_point *points;
	size_t n_points;
};
/* Every dimension the team rated, with its latest per_series meetings. */
bool store_rating_trends(struct store *s, int64_t team_id, size_t per_series,
			 struct trend_series **out, size_t *n);
void trend_series_free(struct trend_series *t, size_t n);

/* The norms a team adopted in the room: the set of its latest meeting
 * (other than except_meeting; 0 for none) whose adopt-norms step ended with
 * norms every group present confirmed. n is 0 when it has adopted none;
 * earlier sets stay in their meetings' records (store-norms.c). */
struct team_norms {
	int64_t meeting_id; /* the meeting that adopted them */
	char *date;         /* its date, YYYY-MM-DD local time */
	char **texts;       /* in the order drafted */
	size_t n;
};
bool store_team_norms(struct store *s, int64_t team_id, int64_t except_meeting,
		      struct team_norms *out);
void team_norms_free(struct team_norms *t);
/* One component of a levels step over the team's meetings, oldest first:
 * the level agreed at each, the target set there, and whether that target
 * was met by its date (rules_target_status, over this series). */
struct level_point {
	int64_t meeting_id;
	char *date;        /* of the meeting: YYYY-MM-DD, local time */
	int level, target; /* -1 for none */
	char *target_date; /* NULL without a target */
	enum target_status status;
	char *level_label, *target_label; /* a placement's labels; NULL otherwise */
};
struct level_series {
	char *protocol_id;
	char *component_id;
	char *title;
	int scale_min, scale_max;
	struct level_point *points;
	size_t n_points;
};
/* Every component the team agreed a level or a target for; today is
 * YYYY-MM-DD (local), for whether a target is due. */
bool store_level_trends(struct store *s, int64_t team_id, const char *today,
			struct level_series **out, size_t *n);
void level_series_free(struct level_series *t, size_t n);
/* The series of protocol_id's component_id in t, or NULL. */
const struct level_series *level_series_find(const struct level_series *t, size_t n,
					     const char *protocol_id, const char *component_id);

/* The ground rules a team sets. */
struct team_rules {
	const char *quorum;         /* each-group or none */
	int reopen_threshold;       /* 1 to 100 */
	const char *norms_protocol; /* or NULL */
	const char *const *roles;   /* the roles to rotate, in order (at least one) */
	size_t n_roles;
	bool guests_count;          /* guests count toward quorum */
};
/* Replaces the team's rules in one transaction. */
bool store_save_team_rules(struct store *s, int64_t team_id, const struct team_rules *r);

/* The roles a team rotates, in order; free with team_roles_free. */
bool store_team_roles(struct store *s, int64_t team_id, char ***roles, size_t *n);
void team_roles_free(char **roles, size_t n);

/* Who held which role at every meeting of the team (age 0 is the latest),
 * with the holder's group; the strings are owned by *out; free with
 * role_history_free. */
struct role_record {
	char *role;
	int64_t member_id;
	char *group;
	size_t age;
};
bool store_role_history(struct store *s, int64_t team_id, struct role_record **out, size_t *n);
void role_history_free(struct role_record *h, size_t n);

/* For each member whose attendance the team has taken: how many of the
 * team's meetings there have been since their first, that one included.
 * Members not listed have not been at a meeting yet. Free *out, even when
 * this fails. */
struct member_tenure {
	int64_t member_id;
	size_t meetings;
};
bool store_member_tenure(struct store *s, int64_t team_id, struct member_tenure **out, size_t *n);

#endif
