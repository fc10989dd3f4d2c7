/* Tests of text sanitizing: nothing that could steer a terminal gets out. */
#include "convene/text.h"
#include "convene/util.h"
#include "tap.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

/* Wrapping is linear: a line reads only what the line can hold. The text
 * runs up to a page no one may read and has no end there; a text_line that
 * looked for the end of the whole text (strlen per line: quadratic on a
 * megabyte answer) would crash on it. */
static void test_line_reads_one_line(void)
{
	long page = sysconf(_SC_PAGESIZE);
	char *two = mmap(NULL, (size_t)page * 2, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS,
			 -1, 0);
	if (two == MAP_FAILED || mprotect(two + page, (size_t)page, PROT_NONE) != 0) {
		ok(false, "a guard page for the wrapping test");
		return;
	}
	memset(two, 'a', (size_t)page);
	for (long i = 5; i < page; i += 6)
		two[i] = ' ';
	size_t skip, n = text_line(two, 80, &skip);
	ok(n > 0 && n <= 80, "a line of a text with no end in sight is wrapped from what it holds");
	munmap(two, (size_t)page * 2);
}

static void fit(const char *in, int cells, enum text_cut cut, const char *want, const char *what)
{
	char *got = cut == TEXT_CUT_MIDDLE ? text_fit_middle(in, cells) : text_fit(in, cells);
	is_str(got, want, "%s", what);
	ok(text_width(got) <= cells, "%s: within %d cells", what, cells);
	free(got);
}

/* The lines text_line makes of s in w columns, joined by '|'. */
static void lines(const char *s, int w, const char *want, const char *what)
{
	struct strbuf sb;
	strbuf_init(&sb);
	while (*s) {
		size_t skip, n = text_line(s, w, &skip);
		if (sb.len)
			strbuf_addc(&sb, '|');
		strbuf_addn(&sb, s, n);
		s += n + skip;
	}
	is_str(sb.data, want, "%s", what);
	strbuf_finish(&sb);
}

/* Display cells: accented (precomposed and combining), CJK and long names. */
static void test_cells(void)
{
	const char *jose = "Jos\xc3\xa9";        /* José, precomposed */
	const char *jose_comb = "Jose\xcc\x81";  /* José, e + U+0301 */
	const char *long_name = "Maximiliana Alexandra Featherstonehaugh-Worthington";
	is_int(text_width(jose), 4, "a precomposed accent is one cell");
	is_int(text_width(jose_comb), 4, "a combining accent adds no cell");
	is_int(text_width("\xe9\x99\x88\xe4\xbc\x9f Chen"), 9, "CJK two cells a character");
	is_str(text_ellipsis(), "\xe2\x80\xa6", "the UTF-8 ellipsis");

	fit(jose, 4, TEXT_CUT_END, jose, "what fits is unchanged");
	fit(jose_comb, 4, TEXT_CUT_END, jose_comb, "combining text that fits is unchanged");
	fit("Jose\xcc\x81 Maria", 4, TEXT_CUT_END, "Jos\xe2\x80\xa6", "cut mid-word when no word fits");
	fit("Jose\xcc\x81 Maria", 5, TEXT_CUT_END, "Jose\xcc\x81\xe2\x80\xa6",
	    "a combining mark stays with its base");
	fit("Build upon what works in our schools", 20, TEXT_CUT_END, "Build upon what\xe2\x80\xa6",
	    "cut after the last whole word");
	fit("Build upon what works", 16, TEXT_CUT_END, "Build upon what\xe2\x80\xa6",
	    "a word ending exactly at the cut is kept");
	fit("Items, notes; more", 8, TEXT_CUT_END, "Items\xe2\x80\xa6", "no comma before the ellipsis");
	fit("\xe4\xbc\x9a\xe8\xad\xb0\xe4\xbc\x9a\xe8\xad\xb0", 4, TEXT_CUT_END,
	    "\xe4\xbc\x9a\xe2\x80\xa6", "a wide character is never split");
	fit(long_name, 0, TEXT_CUT_END, "", "no room, no text");
	fit(long_name, 1, TEXT_CUT_END, "\xe2\x80\xa6", "one cell: the ellipsis alone");
	fit(long_name, 20, TEXT_CUT_MIDDLE, "Maximilian\xe2\x80\xa6rthington",
	    "a long name keeps its start and end");
	fit(long_name, 24, TEXT_CUT_MIDDLE, "Maximiliana\xe2\x80\xa6Worthington",
	    "no space beside the middle ellipsis");
	fit("Jos\xc3\xa9 N\xc3\xba\xc3\xb1" "ez-Ib\xc3\xa1\xc3\xb1" "ez", 10, TEXT_CUT_MIDDLE,
	    "Jos\xc3\xa9\xe2\x80\xa6\xc3\xa1\xc3\xb1" "ez",
	    "accented letters count one cell each in the middle cut");

	char *p = text_pad(jose_comb, 8, TEXT_CUT_MIDDLE);
	is_str(p, "Jose\xcc\x81    ", "padding counts cells, not bytes");
	free(p);
	p = text_pad("\xe4\xbc\x9a\xe8\xad\xb0\xe4\xbc\x9a", 4, TEXT_CUT_END);
	is_str(p, "\xe4\xbc\x9a\xe2\x80\xa6 ", "a wide character that does not fit leaves a space");
	free(p);
	p = text_pad(long_name, 12, TEXT_CUT_MIDDLE);
	is_int(text_width(p), 12, "a long name is padded to exactly the column");
	free(p);

	lines("Build upon what works", 10, "Build upon|what works", "wrap at spaces");
	lines("Build upon what", 5, "Build|upon|what", "a word that fills the line is whole");
	lines("a Featherstonehaugh b", 8, "a|Feathers|tonehaug|h b", "only a word longer than the line is cut");
	lines("one\n\ntwo", 10, "one||two", "newlines and empty lines are kept");
	lines("\xe4\xbc\x9a\xe8\xad\xb0\xe4\xbc\x9a", 3, "\xe4\xbc\x9a|\xe8\xad\xb0|\xe4\xbc\x9a",
	      "wide characters are not split across lines");
	lines("\xe4\xbc\x9a", 1, "\xe4\xbc\x9a", "a character wider than the line goes alone");

	setlocale(LC_ALL, "C");
	is_str(text_ellipsis(), "...", "the ellipsis outside UTF-8");
	fit("Build upon what works", 12, TEXT_CUT_END, "Build...", "three dots outside UTF-8");
	fit("Build upon what works", 2, TEXT_CUT_END, "..", "the dots cut to a tiny room");
	setlocale(LC_ALL, "C.UTF-8");
}

static void check(const char *in, enum text_lines lines, const char *want, const char *what)
{
	char *got = text_sanitize(in, lines);
	is_str(got, want, "%s", what);
	free(got);
}

/* What text_fprintf writes, read back from a memory stream. */
static char *printed(const char *value)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	text_fprintf(f, "file %s: '%s'\n", "a.yaml", value);
	fclose(f);
	return buf;
}

/* The command line prints nothing raw that came from a file or the
 * database (issue 12, item 7): every terminal control becomes U+FFFD. */
static void test_fprintf(void)
{
	static const struct { const char *in, *want, *what; } cases[] = {
		{ "\x1b]52;c;aGFja2Vk\x07", "\xef\xbf\xbd]52;c;aGFja2Vk\xef\xbf\xbd",
		  "an OSC 52 clipboard write (ESC ] 52 ... BEL)" },
		{ "\x1b]0;pwned\x1b\\", "\xef\xbf\xbd]0;pwned\xef\xbf\xbd\\",
		  "an OSC 0 title change ending in ST (ESC \\)" },
		{ "\x1b[2J\x1b[H", "\xef\xbf\xbd[2J\xef\xbf\xbd[H", "a CSI clear screen" },
		{ "\xc2\x9b" "2J", "\xef\xbf\xbd" "2J", "a C1 CSI as UTF-8 (U+009B)" },
		{ "\x9b" "2J", "\xef\xbf\xbd" "2J", "a C1 CSI as a raw byte" },
		{ "\xc2\x9d" "0;t\xc2\x9c", "\xef\xbf\xbd" "0;t\xef\xbf\xbd", "a C1 OSC and ST" },
		{ "ok\rEVIL", "okEVIL", "a carriage return cannot rewrite the line" },
		{ "bell\x07", "bell\xef\xbf\xbd", "a bell" },
		{ "caf\xc3\xa9", "caf\xc3\xa9", "UTF-8 text is kept" },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *got = printed(cases[i].in);
		char want[128];
		snprintf(want, sizeof want, "file a.yaml: '%s'\n", cases[i].want);
		is_str(got, want, "printing: %s is defused", cases[i].what);
		free(got);
	}
	char *got = printed("line\nnext");
	is_str(got, "file a.yaml: 'line\nnext'\n", "printing: newlines are kept");
	free(got);
}

static void test_first_visible(void)
{
	is_int(text_first_visible("=1"), '=', "first visible: the first character");
	is_int(text_first_visible(" \t\xc2\xa0\xe3\x80\x80\xe2\x80\x8b\xef\xbb\xbf=1"), '=',
	       "first visible: after spaces, U+00A0, U+3000, U+200B and a BOM");
	is_int(text_first_visible("\xe2\x80\x8b\xef\xbc\x9d"), 0xFF1D,
	       "first visible: a fullwidth = after a zero-width space");
	is_int(text_first_visible(" \xc2\xa0"), 0, "first visible: none in blank text");
	is_int(text_first_visible(""), 0, "first visible: none in empty text");
}

int main(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	test_fprintf();
	test_first_visible();
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
	int line, col;
	is_int(text_first_invalid_utf8("a\n\xc3\xa9t\xc3\xa9 \xe9", 9, &line, &col), 8,
	       "the first byte that is not UTF-8, at its offset");
	ok(line == 2 && col == 5, "on its line, the column in characters (got %d:%d)", line, col);
	is_int(text_first_invalid_utf8("ok \xc3\xa9", 5, &line, &col), -1, "none in valid UTF-8");
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
	test_cells();
	test_line_reads_one_line();
	return tap_done();
}
