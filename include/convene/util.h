/*
 * util: allocation that never returns NULL, a growable string buffer, and
 * durable file writing. Out of memory is not a user error: the x-allocators
 * abort, so no caller carries a NULL check for it.
 */
#ifndef CONVENE_UTIL_H
#define CONVENE_UTIL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#define ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))
#define PRINTF_LIKE(f, a) __attribute__((format(printf, f, a)))

void *xmalloc(size_t size);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t size);
void *xreallocarray(void *p, size_t n, size_t size);
/* Room for one more after the n elements of an array that only ever grew
 * by array_grow: reallocates when it is full, doubling, so reading many
 * rows costs few reallocations. */
void *array_grow(void *p, size_t n, size_t size);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
char *xasprintf(const char *fmt, ...) PRINTF_LIKE(1, 2);
char *xvasprintf(const char *fmt, va_list ap) PRINTF_LIKE(1, 0);

/* Many small strings freed together: a bump allocator over large blocks,
 * for reading thousands of records at once without a malloc per field. */
struct arena_block;
struct arena {
	struct arena_block *head;
};
char *arena_strndup(struct arena *a, const char *s, size_t n);
void arena_free(struct arena *a);

/* A growable, always NUL-terminated byte string. */
struct strbuf {
	char *data;
	size_t len;
	size_t cap;
};
void strbuf_init(struct strbuf *sb);
void strbuf_finish(struct strbuf *sb);
void strbuf_addn(struct strbuf *sb, const char *s, size_t n);
void strbuf_adds(struct strbuf *sb, const char *s);
void strbuf_addc(struct strbuf *sb, char c);
void strbuf_addf(struct strbuf *sb, const char *fmt, ...) PRINTF_LIKE(2, 3);
/* A number in decimal, as "%llu" writes it, without printf's cost: the
 * exports write millions. */
void strbuf_add_uint(struct strbuf *sb, unsigned long long v);
/* Hands the buffer to the caller; sb is left finished (nothing to free;
 * strbuf_init it again to reuse it). */
char *strbuf_take(struct strbuf *sb);

/* Reads a whole file of at most max bytes. On failure returns NULL with errno
 * set; EFBIG when the file is larger than max. */
char *read_file(const char *path, size_t max, size_t *len);

/*
 * Writes data to path so that a reader sees either the old file or the whole
 * new one: temporary file in the same directory, fsync, rename, fsync of the
 * directory. Returns false with errno set, leaving no temporary file behind.
 */
bool write_file_atomic(const char *path, const char *data, size_t len);
/*
 * The same written in parts: open, write as often as needed, then commit
 * (sync and rename into place) or abort (nothing is left behind).
 *
 * Only a new path or a regular file is replaced so. A FIFO or a character
 * device (/dev/null, a terminal, /dev/stdout on a pipe) is written through
 * in place, never renamed over: the reader waits on it, and it stays what it
 * is. Anything else is refused with errno set and refused saying why: a
 * folder, a block device, a socket, and a symbolic link to a regular file
 * or to nothing. Replacing the link would break it, following it would
 * write where the link says rather than where the user said (a link planted
 * in a shared folder); the user names the file itself instead.
 */
struct atomic_file {
	int fd;
	char *tmp, *dir, *path;
	bool through;        /* written in place: a FIFO or a device */
	const char *refused; /* after a refusal: why, e.g. "it is a folder" */
};
bool atomic_open(struct atomic_file *f, const char *path);
bool atomic_write(struct atomic_file *f, const char *data, size_t len);
bool atomic_commit(struct atomic_file *f);
void atomic_abort(struct atomic_file *f);

/* Fills buf with n bytes from the system's source of randomness:
 * arc4random_buf where the C library has it (macOS, the BSDs, glibc 2.36),
 * else /dev/urandom. False only when neither can be read. */
bool random_bytes(void *buf, size_t n);

/* Creates dir and its missing parents with mode 0700. */
bool make_dirs(const char *dir);

/* Formats a UTC time stored as "YYYY-MM-DDTHH:MM:SSZ" in local time, e.g.
 * "Sun 22 Nov 2026 10:04"; copies it unchanged if it cannot be parsed. */
void format_local_time(const char *iso_utc, char *out, size_t size);
/* A stored UTC time written by words() in local time; a value that is not
 * such a time is copied as it is. */
struct tm;
void format_local_with(const char *iso_utc, void (*words)(const struct tm *, char *, size_t),
		       char *out, size_t size);
/* Its local date, "2026-11-22". */
void format_local_date(const char *iso_utc, char *out, size_t size);

#endif
