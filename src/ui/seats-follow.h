/*
 * seats-follow: the facilitator's app and the seats. While the app has a
 * meeting open it holds the meeting (seats see the facilitator is there;
 * without it they say the meeting is paused), gives it a join code, reads
 * what seats enter as they enter it, and counts the seats open. The room
 * view in another terminal (convene present) counts seats the same way.
 */
#ifndef CONVENE_UI_SEATS_FOLLOW_H
#define CONVENE_UI_SEATS_FOLLOW_H

#include "convene/seat-lock.h"
#include "convene/session.h"

#include <stdbool.h>
#include <stdint.h>

struct seats_follow {
	struct seat_locks locks;
	bool open;
	int64_t version;      /* the store's data_version when last read */
	int64_t counted_ms;   /* when the seats were last counted */
	bool other_facilitator; /* another app holds the meeting */
};

/* The meeting opens to seats: a join code, and the app holds it. True
 * when a fist to five was still open to seats (the app had stopped during
 * one): it is closed, and the hands shown from seats are not kept. */
bool seats_follow_start(struct seats_follow *f, struct session *s);
void seats_follow_stop(struct seats_follow *f, struct session *s);
/* Reads what seats entered when another connection wrote, and counts the
 * seats open about once a second. True when the screen should be drawn
 * again. */
bool seats_follow_poll(struct seats_follow *f, struct session *s, int64_t now_ms);
/* How many seats are open on the session's meeting now; marks who is at
 * one (session_attendee.seated). */
size_t seats_count(const struct seat_locks *l, struct session *s);
/* The person in place is at a seat, as last counted. */
bool seats_seated(const struct session *s, size_t place);
/* How long the app may wait for a key before polling again. */
#define SEATS_POLL_MS 150

#endif
