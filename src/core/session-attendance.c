/*
 * session-attendance: who is at the meeting while it runs — the
 * attendance it began with, its guests, people arriving late or leaving
 * early — and the quorum that follows from it. Each change is saved with
 * its time before the engine hears of it.
 */
#include "convene/i18n.h"
#include "convene/rules.h"
#include "convene/text.h"
#include "convene/util.h"
#include "session-internal.h"

#include <stdlib.h>
#include <string.h>

void session_add_person(struct session *s, const struct session_attendee *a)
{
	for (size_t i = 0; i < s->n_people; i++)
		if (s->people[i].member_id == a->member_id) {
			s->people[i].away = !a->here;
			return;
		}
	s->people = xreallocarray(s->people, s->n_people + 1, sizeof *s->people);
	s->people[s->n_people++] = (struct participant){ a->member_id, xstrdup(a->name),
							 xstrdup(a->group), a->guest, !a->here };
}

void session_add_attendee(struct session *s, int64_t id, const char *name, const char *group,
			  bool guest, bool present)
{
	s->attendance = xreallocarray(s->attendance, s->n_attendance + 1, sizeof *s->attendance);
	struct session_attendee *a = &s->attendance[s->n_attendance++];
	*a = (struct session_attendee){ id, xstrdup(name), xstrdup(group), guest, present, false };
	if (present)
		session_add_person(s, a);
}

void session_check_quorum(struct session *s)
{
	enum quorum_rule q;
	if (!quorum_rule_parse(s->quorum_rule, &q))
		q = QUORUM_EACH_GROUP;
	size_t n = s->n_attendance;
	const char **team = xcalloc(n ? n : 1, sizeof *team), **came = xcalloc(n ? n : 1, sizeof *came);
	const char *missing[16];
	size_t n_team = 0, n_came = 0, n_missing;
	for (size_t i = 0; i < n; i++) {
		const struct session_attendee *a = &s->attendance[i];
		if (!a->guest)
			team[n_team++] = a->group;
		if (a->here && rules_counts_toward_quorum(a->guest, s->guests_count))
			came[n_came++] = a->group;
	}
	s->quorum = rules_quorum(q, team, n_team, came, n_came, missing, 16, &n_missing);
	struct strbuf sb;
	strbuf_init(&sb);
	for (size_t i = 0; i < n_missing && i < 16; i++)
		strbuf_addf(&sb, "%s%s", i ? ", " : "", missing[i]);
	free(s->missing_groups);
	s->missing_groups = strbuf_take(&sb);
	strbuf_finish(&sb);
	free(team);
	free(came);
}

size_t session_here(const struct session *s)
{
	return meeting_here_count(&s->engine);
}

size_t session_voters(const struct session *s)
{
	size_t n = 0;
	for (size_t i = 0; i < s->n_attendance; i++)
		n += s->attendance[i].here &&
		     rules_counts_toward_quorum(s->attendance[i].guest, s->guests_count);
	return n;
}

/* The engine and the quorum after a change to the attendance. */
static void attendance_changed(struct session *s, struct session_attendee *a)
{
	session_add_person(s, a);
	meeting_people_changed(&s->engine, s->people, s->n_people);
	session_check_quorum(s);
}

bool session_set_present(struct session *s, int64_t member_id, bool here)
{
	struct session_attendee *a = NULL;
	for (size_t i = 0; i < s->n_attendance && !a; i++)
		if (s->attendance[i].member_id == member_id)
			a = &s->attendance[i];
	if (!a) {
		free(s->error);
		s->error = xstrdup(_("that person is not on this meeting's attendance"));
		return false;
	}
	if (a->here == here)
		return true;
	if (!store_set_present(s->store, s->meeting_id, member_id, here))
		return session_fail(s, here ? _("the arrival was not saved") : _("the departure was not saved"));
	a->here = here;
	attendance_changed(s, a);
	return true;
}

bool session_add_guest(struct session *s, const char *name, const char *group)
{
	char *g = text_trim(xstrdup(group ? group : ""));
	int64_t id;
	bool ok = store_add_guest(s->store, s->team_id, name, *g ? g : "guest", &id);
	if (ok && !store_set_present(s->store, s->meeting_id, id, true)) {
		store_remove_guest(s->store, id); /* not on any attendance: nothing lost */
		ok = false;
	}
	if (ok) {
		char *n = text_trim(xstrdup(name));
		session_add_attendee(s, id, n, *g ? g : "guest", true, false);
		free(n);
		struct session_attendee *a = &s->attendance[s->n_attendance - 1];
		a->here = true;
		attendance_changed(s, a);
	} else {
		session_fail(s, _("the guest was not added"));
	}
	free(g);
	return ok;
}
