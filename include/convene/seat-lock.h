/*
 * seat-lock: who is at a seat now, and whether the facilitator's app has
 * the meeting open, as locks on bytes of the file "<database>-seats"
 * beside the database. The kernel drops a lock when its process ends,
 * however it ends, so a seat killed or cut off frees its name at once and
 * a seat sees at once that the facilitator's app is gone. Nothing about
 * what anyone entered is here.
 */
#ifndef CONVENE_SEAT_LOCK_H
#define CONVENE_SEAT_LOCK_H

#include <stdbool.h>
#include <stdint.h>

struct seat_locks {
	int fd; /* -1 when closed or the database is in memory */
};

/* Opens (creating) the lock file beside the database at db_path, with the
 * database's own permissions. False with errno set. */
bool seat_locks_open(struct seat_locks *l, const char *db_path);
void seat_locks_close(struct seat_locks *l);

enum seat_claim { SEAT_CLAIMED, SEAT_TAKEN, SEAT_CLAIM_FAILED };
/* Takes member's seat in the meeting for as long as this holds it. */
enum seat_claim seat_lock_claim(struct seat_locks *l, int64_t meeting_id, int64_t member_id);
void seat_lock_release(struct seat_locks *l, int64_t meeting_id, int64_t member_id);
/* Someone else holds member's seat. */
bool seat_lock_taken(const struct seat_locks *l, int64_t meeting_id, int64_t member_id);

/* The facilitator's app holds the meeting while it has it open. */
enum seat_claim seat_lock_facilitate(struct seat_locks *l, int64_t meeting_id);
void seat_lock_leave(struct seat_locks *l, int64_t meeting_id);
bool seat_lock_facilitated(const struct seat_locks *l, int64_t meeting_id);

#endif
