/*
 * tap: a minimal TAP producer for the unit tests. Each check prints one
 * "ok"/"not ok" line; tap_done() prints the plan and the exit status that
 * meson reads.
 */
#ifndef CONVENE_TEST_TAP_H
#define CONVENE_TEST_TAP_H

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static int tap_count, tap_failed;

#define ok(cond, ...) tap_ok(!!(cond), __FILE__, __LINE__, __VA_ARGS__)
#define is_int(got, want, ...) \
	tap_is_int((long long)(got), (long long)(want), __FILE__, __LINE__, __VA_ARGS__)
#define is_str(got, want, ...) tap_is_str((got), (want), __FILE__, __LINE__, __VA_ARGS__)
#define has_str(hay, needle, ...) tap_has_str((hay), (needle), __FILE__, __LINE__, __VA_ARGS__)

__attribute__((format(printf, 4, 5), unused)) static int tap_ok(int pass, const char *file, int line,
							 const char *fmt, ...)
{
	va_list ap;
	tap_count++;
	if (!pass)
		tap_failed++;
	printf("%s %d - ", pass ? "ok" : "not ok", tap_count);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
	if (!pass)
		printf("#   failed at %s:%d\n", file, line);
	fflush(stdout); /* a crash later must not swallow what passed */
	return pass;
}

/* Prints a value as TAP diagnostics: every line behind "#   ". */
static void tap_diag(const char *label, const char *s)
{
	printf("#   %s", label);
	for (; s && *s; s++) {
		putchar(*s);
		if (*s == '\n' && s[1])
			printf("#   ");
	}
	printf(s ? "\n" : "(null)\n");
}

#define TAP_MSG(fmt)                       \
	char msg[512];                     \
	va_list ap;                        \
	va_start(ap, fmt);                 \
	vsnprintf(msg, sizeof msg, fmt, ap); \
	va_end(ap)

__attribute__((format(printf, 5, 6), unused)) static int tap_is_int(long long got, long long want,
							     const char *file, int line,
							     const char *fmt, ...)
{
	TAP_MSG(fmt);
	int pass = tap_ok(got == want, file, line, "%s", msg);
	if (!pass)
		printf("#   got %lld, want %lld\n", got, want);
	return pass;
}

__attribute__((format(printf, 5, 6), unused)) static int tap_is_str(const char *got, const char *want,
							     const char *file, int line,
							     const char *fmt, ...)
{
	TAP_MSG(fmt);
	int pass = tap_ok(got && want && strcmp(got, want) == 0, file, line, "%s", msg);
	if (!pass) {
		tap_diag("got:  ", got);
		tap_diag("want: ", want);
	}
	return pass;
}

__attribute__((format(printf, 5, 6), unused)) static int tap_has_str(const char *hay, const char *needle,
							      const char *file, int line,
							      const char *fmt, ...)
{
	TAP_MSG(fmt);
	int pass = tap_ok(hay && strstr(hay, needle) != NULL, file, line, "%s", msg);
	if (!pass) {
		tap_diag("text: ", hay);
		tap_diag("does not contain: ", needle);
	}
	return pass;
}

static int tap_done(void)
{
	printf("1..%d\n", tap_count);
	return tap_failed ? 1 : 0;
}

#endif
