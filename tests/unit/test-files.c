/*
 * Tests of writing a file a user named (atomic_open, write_file_atomic):
 * a new path or a regular file is replaced whole; a FIFO or a character
 * device is written through and stays what it is; a folder, a symbolic
 * link to a file or to nothing is refused, left as it was (issue 12,
 * item 8). Everything is made in a private temporary folder. And the
 * randomness uids are made from: random_bytes fills what it is given.
 */
#include "convene/util.h"
#include "tap.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

static char dir[4096];

static char *at(const char *name)
{
	return xasprintf("%s/%s", dir, name);
}

static char *contents(const char *path)
{
	size_t len;
	char *s = read_file(path, 1 << 20, &len);
	return s ? s : xstrdup("(unreadable)");
}

static mode_t kind(const char *path)
{
	struct stat st;
	return lstat(path, &st) == 0 ? st.st_mode & S_IFMT : 0;
}

/* Files in the folder whose name starts with a dot: a temporary file left. */
static int leftovers(void)
{
	DIR *d = opendir(dir);
	int n = 0;
	for (struct dirent *e; (e = readdir(d));)
		n += e->d_name[0] == '.' && strcmp(e->d_name, ".") && strcmp(e->d_name, "..");
	closedir(d);
	return n;
}

static void test_regular(void)
{
	char *p = at("new.md");
	ok(write_file_atomic(p, "one\n", 4), "a new path is written");
	char *s = contents(p);
	is_str(s, "one\n", "with what was written");
	free(s);
	ok(write_file_atomic(p, "two\n", 4), "a regular file is replaced");
	s = contents(p);
	is_str(s, "two\n", "whole");
	free(s);
	is_int(leftovers(), 0, "no temporary file is left");
	free(p);
}

static void test_fifo(void)
{
	char *p = at("fifo");
	ok(mkfifo(p, 0600) == 0, "a FIFO is made");
	/* The reader is there first, so the writer does not wait for it. */
	int rd = open(p, O_RDONLY | O_NONBLOCK);
	struct atomic_file f;
	ok(atomic_open(&f, p) && f.through, "a FIFO is opened to be written through");
	ok(atomic_write(&f, "through\n", 8), "written");
	ok(atomic_commit(&f), "and closed");
	char buf[32] = { 0 };
	ssize_t n = read(rd, buf, sizeof buf - 1);
	close(rd);
	is_int(n, 8, "the reader gets everything");
	is_str(buf, "through\n", "as written");
	ok(S_ISFIFO(kind(p)), "the FIFO is still a FIFO");
	is_int(leftovers(), 0, "no temporary file beside it");
	free(p);
}

static void test_device(void)
{
	char *null = at("null"), *full = at("full");
	/* A character device can be made only by root, on a filesystem
	 * that allows devices: else the case is skipped, and says so. */
	if (mknod(null, S_IFCHR | 0600, makedev(1, 3)) != 0 ||
	    mknod(full, S_IFCHR | 0600, makedev(1, 7)) != 0 ||
	    !write_file_atomic(null, "", 0)) {
		ok(1, "a character device is written through # SKIP cannot make one here (%s)",
		   strerror(errno));
		unlink(null);
		unlink(full);
		free(null);
		free(full);
		return;
	}
	ok(write_file_atomic(null, "gone\n", 5), "a null device is written through");
	ok(S_ISCHR(kind(null)), "and stays a character device");
	errno = 0;
	ok(!write_file_atomic(full, "x", 1) && errno == ENOSPC, "a full device says ENOSPC");
	ok(S_ISCHR(kind(full)), "and stays a character device");
	is_int(leftovers(), 0, "no temporary file beside them");
	unlink(null);
	unlink(full);
	free(null);
	free(full);
}

static void test_refused(void)
{
	char *target = at("real.md"), *link = at("link.md"), *dangling = at("dangling.md"),
	     *nowhere = at("nowhere.md"), *folder = at("folder");
	write_file_atomic(target, "kept\n", 5);
	ok(symlink("real.md", link) == 0 && symlink("nowhere.md", dangling) == 0 &&
	   mkdir(folder, 0700) == 0, "a link to a file, a link to nothing and a folder");

	struct atomic_file f;
	ok(!atomic_open(&f, link), "a symbolic link to a file is refused");
	has_str(f.refused, "symbolic link to a file", "saying so: %s", f.refused);
	ok(S_ISLNK(kind(link)), "the link is still a link");
	char *s = contents(target);
	is_str(s, "kept\n", "and the file it names is untouched");
	free(s);

	ok(!atomic_open(&f, dangling), "a symbolic link to nothing is refused");
	has_str(f.refused, "symbolic link to nothing", "saying so: %s", f.refused);
	ok(S_ISLNK(kind(dangling)) && kind(nowhere) == 0, "nothing is made where it points");

	ok(!atomic_open(&f, folder) && errno == EISDIR, "a folder is refused");
	has_str(f.refused, "folder", "saying so: %s", f.refused);
	ok(S_ISDIR(kind(folder)), "and is still a folder");

	ok(!write_file_atomic(link, "x", 1), "write_file_atomic refuses a link too");
	is_int(leftovers(), 0, "no temporary file is left by a refusal");
	unlink(link);
	unlink(dangling);
	unlink(target);
	rmdir(folder);
	free(target);
	free(link);
	free(dangling);
	free(nowhere);
	free(folder);
}

/* Two draws of 32 bytes are never equal, and the whole buffer is written:
 * a fill that stopped short would leave the marker bytes. */
static void test_random(void)
{
	unsigned char a[32], b[32];
	memset(a, 0xa5, sizeof a);
	memset(b, 0xa5, sizeof b);
	ok(random_bytes(a, sizeof a) && random_bytes(b, sizeof b), "random bytes are read");
	ok(memcmp(a, b, sizeof a) != 0, "two draws differ");
	int marker_runs = 0;
	for (size_t i = 0; i + 4 <= sizeof a; i++)
		marker_runs += a[i] == 0xa5 && a[i + 1] == 0xa5 && a[i + 2] == 0xa5 && a[i + 3] == 0xa5;
	ok(marker_runs == 0, "the whole buffer is filled");
}

int main(void)
{
	const char *tmp = getenv("TMPDIR");
	snprintf(dir, sizeof dir, "%s/convene-files.XXXXXX", tmp && *tmp ? tmp : "/tmp");
	if (!mkdtemp(dir)) {
		ok(0, "a temporary folder: %s", strerror(errno));
		return tap_done();
	}
	test_regular();
	test_fifo();
	test_device();
	test_refused();
	test_random();
	char *p = at("new.md");
	unlink(p);
	free(p);
	rmdir(dir);
	return tap_done();
}
