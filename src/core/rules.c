/* rules: quorum, the threshold for reopening a decision, and what a stored
 * meeting agreed and objected to. The views and exports call these instead
 * of their own copies, which had drifted apart. */
#include "convene/i18n.h"
#include "convene/kinds.h"
#include "convene/rules.h"
#include "convene/util.h"

#include <stdlib.h>
#include <string.h>

static const char *const quorum_names[] = {
	[QUORUM_EACH_GROUP] = "each-group",
	[QUORUM_NONE] = "none",
};

const char *quorum_rule_name(enum quorum_rule rule)
{
	return rule == QUORUM_NONE ? quorum_names[QUORUM_NONE] : quorum_names[QUORUM_EACH_GROUP];
}

bool quorum_rule_parse(const char *name, enum quorum_rule *out)
{
	for (int i = 0; name && i < (int)(sizeof quorum_names / sizeof *quorum_names); i++)
		if (strcmp(name, quorum_names[i]) == 0) {
			*out = (enum quorum_rule)i;
			return true;
		}
	return false;
}

static bool listed(const char *g, const char *const *list, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(list[i], g) == 0)
			return true;
	return false;
}

bool rules_quorum(enum quorum_rule rule, const char *const *team_groups, size_t n_team,
		  const char *const *present_groups, size_t n_present, const char **missing,
		  size_t max, size_t *n_missing)
{
	*n_missing = 0;
	if (rule == QUORUM_NONE)
		return n_present > 0;
	for (size_t i = 0; i < n_team; i++) {
		const char *g = team_groups[i];
		/* Each group once, and only groups with nobody present. */
		if (listed(g, team_groups, i) || listed(g, present_groups, n_present))
			continue;
		if (*n_missing < max)
			missing[*n_missing] = g;
		(*n_missing)++;
	}
	return *n_missing == 0 && n_present > 0;
}


int rules_reopen_needed(int present, int threshold_pct)
{
	if (present <= 0)
		return -1;
	if (threshold_pct < 0)
		threshold_pct = 0;
	/* The smallest n with n * 100 >= threshold * present: the same
	 * comparison as rules_reopen_passes, rounded up. */
	long needed = ((long)threshold_pct * present + 99) / 100;
	return needed <= present ? (int)needed : -1;
}

bool rules_reopen_passes(int in_favour, int present, int threshold_pct)
{
	int needed = rules_reopen_needed(present, threshold_pct);
	return needed >= 0 && in_favour >= needed && in_favour <= present;
}

bool rules_counts_toward_quorum(bool guest, bool guests_count)
{
	return !guest || guests_count;
}

/* Whether an attendee's group must confirm a talking point: a member
 * present now (or at the end); a guest never speaks for a group. */
static bool confirms(const struct attendee *a)
{
	return a->present && !a->guest;
}

bool rules_record_quorum(const struct meeting_record *r, const char **missing, size_t max,
			 size_t *n_missing)
{
	enum quorum_rule q;
	/* A rule this version cannot read is taken as the stricter one. */
	if (!quorum_rule_parse(r->info.team_quorum, &q))
		q = QUORUM_EACH_GROUP;
	size_t n = r->n_attendees;
	const char **team = xcalloc(n ? n : 1, sizeof *team), **came = xcalloc(n ? n : 1, sizeof *came);
	size_t n_team = 0, n_came = 0;
	for (size_t i = 0; i < n; i++) {
		const struct attendee *a = &r->attendees[i];
		if (!a->guest)
			team[n_team++] = a->group;
		if (a->present && rules_counts_toward_quorum(a->guest, r->info.guests_count))
			came[n_came++] = a->group;
	}
	bool ok = rules_quorum(q, team, n_team, came, n_came, missing, max, n_missing);
	free(team);
	free(came);
	return ok;
}

size_t rules_groups_present(const struct meeting_record *r, const char **groups, size_t max)
{
	size_t n = 0;
	for (size_t i = 0; i < r->n_attendees; i++) {
		const struct attendee *a = &r->attendees[i];
		bool seen = !confirms(a);
		for (size_t j = 0; j < i && !seen; j++)
			seen = confirms(&r->attendees[j]) && strcmp(r->attendees[j].group, a->group) == 0;
		if (seen)
			continue;
		if (n < max)
			groups[n] = a->group;
		n++;
	}
	return n;
}

static bool confirmed_by(const struct point_record *p, const char *group)
{
	for (size_t k = 0; k < p->n_agreed; k++)
		if (strcmp(p->agreed_by[k], group) == 0)
			return true;
	return false;
}

size_t rules_point_to_confirm(const struct meeting_record *r, const struct point_record *p,
			      const char **missing, size_t max)
{
	size_t n = 0;
	for (size_t i = 0; i < r->n_attendees; i++) {
		const struct attendee *a = &r->attendees[i];
		bool counted = !confirms(a) || confirmed_by(p, a->group);
		for (size_t j = 0; j < i && !counted; j++)
			counted = confirms(&r->attendees[j]) && strcmp(r->attendees[j].group, a->group) == 0;
		if (counted)
			continue;
		if (n < max)
			missing[n] = a->group;
		n++;
	}
	return n;
}

bool rules_point_agreed(const struct meeting_record *r, const struct point_record *p)
{
	const char *none[1];
	/* With nobody present nobody agreed, as in the engine. (Anyone present
	 * means a group present: this is asked of every point of a history's
	 * export, so it does not count the groups.) */
	bool anyone = false;
	for (size_t i = 0; i < r->n_attendees && !anyone; i++)
		anyone = r->attendees[i].present;
	return anyone && rules_point_to_confirm(r, p, none, 0) == 0;
}

bool rules_point_is_norm(const struct meeting_record *r, const struct point_record *p)
{
	return p->step < r->n_steps && kind_name_adopts_norms(r->steps[p->step].kind);
}

int rules_fist_objections(const int fist[FIST_POINTS])
{
	/* The engine's count, so that the room and the record never differ. */
	struct decision d = { .fist_taken = true };
	memcpy(d.fist, fist, sizeof d.fist);
	return decision_objections(&d);
}

int rules_fist_hands(const int fist[FIST_POINTS])
{
	int n = 0;
	for (int i = 0; i < FIST_POINTS; i++)
		n += fist[i];
	return n;
}

int rules_record_objections(const struct decision_record *d)
{
	return d->fist_taken ? rules_fist_objections(d->fist) : 0;
}

const char *target_status_name(enum target_status st)
{
	return st == TARGET_MET ? N_("met") : st == TARGET_MISSED ? N_("missed") : N_("open");
}

enum target_status rules_target_status(int target, const char *set_on, const char *by,
				       const struct level_seen *seen, size_t n, const char *today)
{
	/* Dates are YYYY-MM-DD, so they compare as strings. A level agreed
	 * before the target was set says nothing of reaching it. */
	for (size_t i = 0; target >= 0 && by && i < n; i++)
		if (seen[i].level >= target && seen[i].date && strcmp(seen[i].date, by) <= 0 &&
		    (!set_on || strcmp(seen[i].date, set_on) >= 0))
			return TARGET_MET;
	return by && today && strcmp(today, by) > 0 ? TARGET_MISSED : TARGET_OPEN;
}
