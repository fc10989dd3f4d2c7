/*
 * seat-lock: seats and the facilitator's app as byte locks (see
 * seat-lock.h). Open file description locks where the system has them, so
 * two seats in one process (the tests) conflict as two processes do, and
 * closing another descriptor of the file drops nothing; POSIX record locks
 * elsewhere.
 */
#include "convene/seat-lock.h"
#include "convene/util.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifdef F_OFD_SETLK
#define LOCK_SET F_OFD_SETLK
#define LOCK_GET F_OFD_GETLK
#else
#define LOCK_SET F_SETLK
#define LOCK_GET F_GETLK
#endif

bool seat_locks_open(struct seat_locks *l, const char *db_path)
{
	l->fd = -1;
	if (!db_path)
		return true;
	char *path = xasprintf("%s-seats", db_path);
	struct stat db;
	int fd = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
	if (fd >= 0) {
		/* As readable as the database and no more: the group that
		 * shares it with the seat account shares this too. */
		if (stat(db_path, &db) == 0)
			(void)fchmod(fd, db.st_mode & 0660);
	} else if (errno == EEXIST) {
		fd = open(path, O_RDWR | O_CLOEXEC);
		/* Enough to see the locks, not to take one (the room view). */
		if (fd < 0 && errno == EACCES)
			fd = open(path, O_RDONLY | O_CLOEXEC);
	}
	free(path);
	if (fd < 0)
		return false;
	l->fd = fd;
	return true;
}

void seat_locks_close(struct seat_locks *l)
{
	if (l->fd >= 0)
		close(l->fd);
	l->fd = -1;
}

static off_t byte_of(int64_t meeting_id, int64_t member_id)
{
	return (off_t)(((uint64_t)meeting_id << 32) + (uint64_t)member_id);
}

static struct flock region(short type, off_t at)
{
	struct flock f;
	memset(&f, 0, sizeof f);
	f.l_type = type;
	f.l_whence = SEEK_SET;
	f.l_start = at;
	f.l_len = 1;
	return f;
}

static enum seat_claim claim(struct seat_locks *l, off_t at)
{
	if (l->fd < 0)
		return SEAT_CLAIMED;
	struct flock f = region(F_WRLCK, at);
	if (fcntl(l->fd, LOCK_SET, &f) == 0)
		return SEAT_CLAIMED;
	return errno == EACCES || errno == EAGAIN ? SEAT_TAKEN : SEAT_CLAIM_FAILED;
}

static void release(struct seat_locks *l, off_t at)
{
	if (l->fd < 0)
		return;
	struct flock f = region(F_UNLCK, at);
	(void)fcntl(l->fd, LOCK_SET, &f);
}

static bool held(const struct seat_locks *l, off_t at)
{
	if (l->fd < 0)
		return false;
	struct flock f = region(F_WRLCK, at);
	return fcntl(l->fd, LOCK_GET, &f) == 0 && f.l_type != F_UNLCK;
}

enum seat_claim seat_lock_claim(struct seat_locks *l, int64_t meeting_id, int64_t member_id)
{
	return claim(l, byte_of(meeting_id, member_id));
}

void seat_lock_release(struct seat_locks *l, int64_t meeting_id, int64_t member_id)
{
	release(l, byte_of(meeting_id, member_id));
}

bool seat_lock_taken(const struct seat_locks *l, int64_t meeting_id, int64_t member_id)
{
	return held(l, byte_of(meeting_id, member_id));
}

enum seat_claim seat_lock_facilitate(struct seat_locks *l, int64_t meeting_id)
{
	return claim(l, byte_of(meeting_id, 0));
}

void seat_lock_leave(struct seat_locks *l, int64_t meeting_id)
{
	release(l, byte_of(meeting_id, 0));
}

bool seat_lock_facilitated(const struct seat_locks *l, int64_t meeting_id)
{
	return held(l, byte_of(meeting_id, 0));
}
