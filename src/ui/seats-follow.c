/*
 * seats-follow: the facilitator's side of seats (see seats-follow.h).
 */
#include "seats-follow.h"
#include "convene/store-seats.h"

size_t seats_count(const struct seat_locks *l, struct session *s)
{
	size_t n = 0;
	for (size_t i = 0; i < s->n_attendance; i++) {
		s->attendance[i].seated = seat_lock_taken(l, s->meeting_id, s->attendance[i].member_id);
		n += s->attendance[i].seated;
	}
	return n;
}

bool seats_seated(const struct session *s, size_t place)
{
	for (size_t i = 0; place < s->n_people && i < s->n_attendance; i++)
		if (s->attendance[i].member_id == s->people[place].member_id)
			return s->attendance[i].seated;
	return false;
}

bool seats_follow_start(struct seats_follow *f, struct session *s)
{
	seats_follow_stop(f, s);
	session_open_to_seats(s);
	/* A fist to five left open when the app stopped is taken again. */
	bool fist = s->fist_open;
	if (fist)
		session_fist_to_seats(s, false);
	f->open = seat_locks_open(&f->locks, store_file(s->store));
	f->other_facilitator =
		f->open && seat_lock_facilitate(&f->locks, s->meeting_id) == SEAT_TAKEN;
	f->version = store_data_version(s->store);
	f->counted_ms = 0;
	return fist;
}

void seats_follow_stop(struct seats_follow *f, struct session *s)
{
	if (f->open) {
		seat_lock_leave(&f->locks, s->meeting_id);
		seat_locks_close(&f->locks);
	}
	f->open = false;
	f->locks.fd = -1;
}

bool seats_follow_poll(struct seats_follow *f, struct session *s, int64_t now_ms)
{
	bool changed = false;
	int64_t v = store_data_version(s->store);
	if (v != f->version) {
		/* Read again on the next poll when this read fails (a writer
		 * holds the file): nothing is lost, only later. */
		if (session_refresh(s, now_ms)) {
			f->version = v;
			changed = true;
		}
	}
	if (f->open && (now_ms - f->counted_ms >= 1000 || changed)) {
		size_t n = seats_count(&f->locks, s);
		changed |= n != s->seats_open;
		s->seats_open = n;
		f->counted_ms = now_ms;
	}
	return changed;
}
