/* Tests of text sanitizing: nothing that could steer a terminal gets out. */
#include "convene/text.h"
#include "convene/util.h"
#include "tap.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static void check(const char *in, enum text_lines lines, const char *want, const char *what)
{
	char *got = text_sanitize(in, lines);
	is_str(got, want, "%s", what);
	free(got);
}

int main(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	check("plain text", TEXT_ONE_LINE, "plain text", "plain text is unchanged");
	check("caf\xc3\xa9 \xe4\xbc\x9a\xe8\xad\xb0", TEXT_ONE_LINE, "caf\xc3\xa9 \xe4\xbc\x9a\xe8\xad\xb0", "UTF-8 is kept");
	check("a\x1b]0;pwned\x07z", TEXT_ONE_LINE, "a\xef\xbf\xbd]0;pwned\xef\xbf\xbdz", "ESC and BEL become U+FFFD");
	check("a\xc2\x9b" "31mz", TEXT_ONE_LINE, "a\xef\xbf\xbd" "31mz", "a C1 CSI becomes U+FFFD");
	check("over\rwrite", TEXT_ONE_LINE, "overwrite", "a carriage return cannot overwrite");
	check("two\nlines\tand tab", TEXT_ONE_LINE, "two lines and tab", "one line: newline and tab become spaces");
	check("two\nlines", TEXT_MULTI_LINE, "two\nlines", "multi-line keeps newlines");
	check("bad \xff\xfe bytes", TEXT_ONE_LINE, "bad \xef\xbf\xbd\xef\xbf\xbd bytes", "invalid UTF-8 becomes U+FFFD");
	check("\xc0\xaf", TEXT_ONE_LINE, "\xef\xbf\xbd\xef\xbf\xbd", "overlong encodings are invalid");
	check("a\xe2\x80\xaeZ", TEXT_ONE_LINE, "aZ", "bidi overrides are dropped");
	check("del\x7f", TEXT_ONE_LINE, "del\xef\xbf\xbd", "DEL becomes U+FFFD");
	check(NULL, TEXT_ONE_LINE, "", "NULL is empty");

	ok(text_valid_utf8("ok \xc3\xa9", 5), "valid UTF-8");
	ok(!text_valid_utf8("\xed\xa0\x80", 3), "a surrogate is invalid");
	is_int(text_find_forbidden("a\nb\tc", 5), -1, "newline and tab are allowed in files");
	is_int(text_find_forbidden("ab\x1b", 3), 2, "ESC is found at its offset");
	is_int(text_width("\xe4\xbc\x9a\xe8\xad\xb0"), 4, "CJK is two columns a character");
	char s[] = "  padded \n";
	is_str(text_trim(s), "padded", "trim");

	/* Stored times are UTC; screens show local ones (POSIX TZ: no tzdata needed). */
	setenv("TZ", "PST+8", 1);
	tzset();
	char when[40];
	format_local_time("2026-11-22T05:30:00Z", when, sizeof when);
	is_str(when, "Sat 21 Nov 2026 21:30", "a stored time in local time");
	format_local_date("2026-11-22T05:30:00Z", when, sizeof when);
	is_str(when, "2026-11-21", "its local date, a day earlier here");
	format_local_date("yesterday", when, sizeof when);
	is_str(when, "yesterday", "what is not a time is shown as it is");
	ok(text_is_plain("Plain words, 42!") && !text_is_plain("tab\there") &&
	   !text_is_plain("caf\xc3\xa9"), "plain printable ASCII is told apart");
	return tap_done();
}
