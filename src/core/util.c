/* util: x-allocators, string buffer, whole-file reads and atomic writes. */
#include "config.h"
#include "convene/i18n.h"
#include "convene/util.h"

#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static void out_of_memory(void)
{
	static const char msg[] = "convene: out of memory\n";
	ssize_t r = write(STDERR_FILENO, msg, sizeof msg - 1);
	(void)r;
	abort();
}

void *xmalloc(size_t size)
{
	void *p = malloc(size ? size : 1);
	if (!p)
		out_of_memory();
	return p;
}

void *xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);
	if (!p)
		out_of_memory();
	return p;
}

void *xrealloc(void *p, size_t size)
{
	p = realloc(p, size ? size : 1);
	if (!p)
		out_of_memory();
	return p;
}

void *xreallocarray(void *p, size_t n, size_t size)
{
	if (size && n > SIZE_MAX / size)
		out_of_memory();
	return xrealloc(p, n * size);
}

void *array_grow(void *p, size_t n, size_t size)
{
	/* Capacity is 4, then the next power of two: it is full exactly when
	 * n is 4 or a larger power of two. */
	if (n == 0)
		return xreallocarray(p, 4, size);
	if (n >= 4 && (n & (n - 1)) == 0)
		return xreallocarray(p, n * 2, size);
	return p;
}

struct arena_block {
	struct arena_block *next;
	size_t used, cap;
	char data[];
};

char *arena_strndup(struct arena *a, const char *s, size_t n)
{
	struct arena_block *b = a->head;
	if (!b || b->cap - b->used < n + 1) {
		size_t cap = n + 1 > 65536 ? n + 1 : 65536;
		b = xmalloc(sizeof *b + cap);
		*b = (struct arena_block){ a->head, 0, cap };
		a->head = b;
	}
	char *p = b->data + b->used;
	memcpy(p, s, n);
	p[n] = '\0';
	b->used += n + 1;
	return p;
}

void arena_free(struct arena *a)
{
	while (a->head) {
		struct arena_block *next = a->head->next;
		free(a->head);
		a->head = next;
	}
}

char *xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

char *xstrndup(const char *s, size_t n)
{
	char *p = xmalloc(n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *xvasprintf(const char *fmt, va_list ap)
{
	va_list copy;
	va_copy(copy, ap);
	int n = vsnprintf(NULL, 0, fmt, copy);
	va_end(copy);
	if (n < 0)
		out_of_memory();
	char *p = xmalloc((size_t)n + 1);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	return p;
}

char *xasprintf(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *p = xvasprintf(fmt, ap);
	va_end(ap);
	return p;
}

void strbuf_init(struct strbuf *sb)
{
	sb->cap = 64;
	sb->len = 0;
	sb->data = xmalloc(sb->cap);
	sb->data[0] = '\0';
}

void strbuf_finish(struct strbuf *sb)
{
	free(sb->data);
	sb->data = NULL;
	sb->len = sb->cap = 0;
}

static void strbuf_grow(struct strbuf *sb, size_t extra)
{
	if (sb->len + extra + 1 <= sb->cap)
		return;
	if (sb->cap == 0)
		sb->cap = 64;
	while (sb->len + extra + 1 > sb->cap)
		sb->cap *= 2;
	sb->data = xrealloc(sb->data, sb->cap);
}

void strbuf_addn(struct strbuf *sb, const char *s, size_t n)
{
	strbuf_grow(sb, n);
	memcpy(sb->data + sb->len, s, n);
	sb->len += n;
	sb->data[sb->len] = '\0';
}

void strbuf_adds(struct strbuf *sb, const char *s)
{
	strbuf_addn(sb, s, strlen(s));
}

void strbuf_addc(struct strbuf *sb, char c)
{
	if (sb->len + 2 > sb->cap)
		strbuf_grow(sb, 1);
	sb->data[sb->len++] = c;
	sb->data[sb->len] = '\0';
}

void strbuf_add_uint(struct strbuf *sb, unsigned long long v)
{
	char digits[24];
	size_t at = sizeof digits;
	do
		digits[--at] = (char)('0' + v % 10);
	while ((v /= 10) != 0);
	strbuf_addn(sb, digits + at, sizeof digits - at);
}

/* Formats straight into the room the buffer has, once; a second time only
 * when the room was short. The exports call this for most of what they
 * write. */
void strbuf_addf(struct strbuf *sb, const char *fmt, ...)
{
	va_list ap, again;
	va_start(ap, fmt);
	va_copy(again, ap);
	if (sb->cap == 0)
		strbuf_grow(sb, 0);
	int n = vsnprintf(sb->data + sb->len, sb->cap - sb->len, fmt, ap);
	va_end(ap);
	if (n < 0)
		out_of_memory();
	if ((size_t)n >= sb->cap - sb->len) {
		strbuf_grow(sb, (size_t)n);
		vsnprintf(sb->data + sb->len, (size_t)n + 1, fmt, again);
	}
	va_end(again);
	sb->len += (size_t)n;
}

char *strbuf_take(struct strbuf *sb)
{
	char *p = sb->data;
	sb->data = NULL;
	sb->len = sb->cap = 0;
	return p;
}

char *read_file(const char *path, size_t max, size_t *len)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return NULL;
	struct stat st;
	if (fstat(fd, &st) != 0) {
		int e = errno;
		close(fd);
		errno = e;
		return NULL;
	}
	if (S_ISDIR(st.st_mode)) {
		close(fd);
		errno = EISDIR;
		return NULL;
	}
	size_t cap = 4096, n = 0;
	char *buf = xmalloc(cap + 1);
	for (;;) {
		if (n == cap) {
			if (cap > max) {
				break;
			}
			cap *= 2;
			buf = xrealloc(buf, cap + 1);
		}
		ssize_t r = read(fd, buf + n, cap - n);
		if (r < 0) {
			if (errno == EINTR)
				continue;
			int e = errno;
			free(buf);
			close(fd);
			errno = e;
			return NULL;
		}
		if (r == 0)
			break;
		n += (size_t)r;
		if (n > max)
			break;
	}
	close(fd);
	if (n > max) {
		free(buf);
		errno = EFBIG;
		return NULL;
	}
	buf[n] = '\0';
	if (len)
		*len = n;
	return buf;
}

static bool write_all(int fd, const char *data, size_t len)
{
	while (len > 0) {
		ssize_t w = write(fd, data, len);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			return false;
		}
		data += w;
		len -= (size_t)w;
	}
	return true;
}

/* Why path may not be written, or NULL (with *through set when it is to
 * be written in place); errno set for a refusal. */
static const char *target_refusal(const char *path, bool *through)
{
	struct stat st;
	*through = false;
	if (lstat(path, &st) != 0)
		return NULL; /* a new file, or an error atomic_open meets itself */
	if (S_ISLNK(st.st_mode)) {
		if (stat(path, &st) != 0) {
			errno = ENOENT;
			return _("it is a symbolic link to nothing: name a file instead");
		}
		if (S_ISREG(st.st_mode)) {
			errno = ELOOP;
			return _("it is a symbolic link to a file: name that file itself to replace it");
		}
	}
	if (S_ISREG(st.st_mode))
		return NULL;
	if (S_ISFIFO(st.st_mode) || S_ISCHR(st.st_mode)) {
		*through = true;
		return NULL;
	}
	errno = S_ISDIR(st.st_mode) ? EISDIR : ENOTSUP;
	return S_ISDIR(st.st_mode) ? _("it is a folder: name a file in it") :
	       S_ISBLK(st.st_mode) ? _("it is a disk (a block device), which is never written to") :
	       S_ISSOCK(st.st_mode) ? _("it is a socket") : _("it is not a file");
}

/* Refuses: nothing is left behind, errno is kept and f says why. */
static bool refuse(struct atomic_file *f, const char *why)
{
	int e = errno;
	atomic_abort(f);
	f->refused = why;
	errno = e;
	return false;
}

bool atomic_open(struct atomic_file *f, const char *path)
{
	*f = (struct atomic_file){ .fd = -1 };
	bool through;
	const char *why = target_refusal(path, &through);
	if (why)
		return refuse(f, why);
	f->path = xstrdup(path);
	if (through) {
		/* No O_CREAT: it is there; no O_TRUNC: a FIFO or device has
		 * nothing to cut. Opening a FIFO waits for its reader. */
		f->fd = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC);
		struct stat st;
		if (f->fd < 0)
			return refuse(f, NULL);
		f->through = true;
		if (fstat(f->fd, &st) != 0)
			return refuse(f, NULL);
		if (!S_ISFIFO(st.st_mode) && !S_ISCHR(st.st_mode)) {
			errno = EAGAIN;
			return refuse(f, _("it was changed while it was being opened: try again"));
		}
		return true;
	}
	char *dircopy = xstrdup(path), *basecopy = xstrdup(path);
	f->dir = xstrdup(dirname(dircopy));
	f->tmp = xasprintf("%s/.%s.XXXXXX", f->dir, basename(basecopy));
	free(dircopy);
	free(basecopy);
	f->fd = mkstemp(f->tmp);
	if (f->fd >= 0)
		return true;
	return refuse(f, NULL);
}

bool atomic_write(struct atomic_file *f, const char *data, size_t len)
{
	return write_all(f->fd, data, len);
}

void atomic_abort(struct atomic_file *f)
{
	if (f->fd >= 0) {
		close(f->fd);
		if (!f->through)
			unlink(f->tmp);
	}
	free(f->tmp);
	free(f->dir);
	free(f->path);
	*f = (struct atomic_file){ .fd = -1 };
}

bool atomic_commit(struct atomic_file *f)
{
	if (f->through) {
		/* What was written is with the reader already; a FIFO or a
		 * device has nothing to sync. */
		int fd = f->fd;
		f->fd = -1;
		int rc = close(fd);
		int e = errno;
		atomic_abort(f);
		errno = e;
		return rc == 0;
	}
	if (fsync(f->fd) != 0)
		return refuse(f, NULL);
	/* Checked again at the last moment: what appeared at the path since
	 * it was opened (a FIFO, a link) is not renamed over either. */
	bool through;
	const char *why = target_refusal(f->path, &through);
	if (!why && through) {
		errno = EAGAIN;
		why = _("it was made a FIFO or a device meanwhile: try again");
	}
	if (why)
		return refuse(f, why);
	int fd = f->fd;
	f->fd = -1;
	if (close(fd) != 0 || rename(f->tmp, f->path) != 0) {
		int e = errno;
		unlink(f->tmp);
		atomic_abort(f);
		errno = e;
		return false;
	}
	int dfd = open(f->dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (dfd >= 0) {
		fsync(dfd);
		close(dfd);
	}
	atomic_abort(f); /* frees the names; the file is in place */
	return true;
}

bool write_file_atomic(const char *path, const char *data, size_t len)
{
	struct atomic_file f;
	if (!atomic_open(&f, path))
		return false;
	if (!atomic_write(&f, data, len)) {
		int e = errno;
		atomic_abort(&f);
		errno = e;
		return false;
	}
	return atomic_commit(&f);
}

bool make_dirs(const char *dir)
{
	char *p = xstrdup(dir);
	bool ok = true;
	for (char *s = p + 1; ok; s++) {
		if (*s != '/' && *s != '\0')
			continue;
		char c = *s;
		*s = '\0';
		if (mkdir(p, 0700) != 0 && errno != EEXIST)
			ok = false;
		*s = c;
		if (c == '\0')
			break;
	}
	free(p);
	if (ok) {
		struct stat st;
		if (stat(dir, &st) != 0)
			return false;
		if (!S_ISDIR(st.st_mode)) {
			errno = ENOTDIR;
			return false;
		}
	}
	return ok;
}

/* The local time of a stored UTC time; false when it is not one. */
static bool local_tm(const char *iso_utc, struct tm *local)
{
	struct tm tm;
	memset(&tm, 0, sizeof tm);
	const char *end = iso_utc ? strptime(iso_utc, "%Y-%m-%dT%H:%M:%SZ", &tm) : NULL;
	if (!end || *end != '\0')
		return false;
	time_t t = timegm(&tm);
	localtime_r(&t, local);
	return true;
}

void format_local_with(const char *iso_utc, void (*words)(const struct tm *, char *, size_t),
		       char *out, size_t size)
{
	struct tm local;
	if (local_tm(iso_utc, &local))
		words(&local, out, size);
	else
		snprintf(out, size, "%s", iso_utc ? iso_utc : "");
}

void format_local_time(const char *iso_utc, char *out, size_t size)
{
	format_local_with(iso_utc, i18n_short_datetime, out, size);
}

void format_local_date(const char *iso_utc, char *out, size_t size)
{
	struct tm local;
	if (local_tm(iso_utc, &local))
		strftime(out, size, "%Y-%m-%d", &local);
	else
		snprintf(out, size, "%.10s", iso_utc ? iso_utc : "");
}

bool random_bytes(void *buf, size_t n)
{
#if HAVE_ARC4RANDOM_BUF
	arc4random_buf(buf, n);
	return true;
#else
	int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return false;
	size_t got = 0;
	while (got < n) {
		ssize_t r = read(fd, (char *)buf + got, n - got);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			break;
		got += (size_t)r;
	}
	close(fd);
	return got == n;
#endif
}
