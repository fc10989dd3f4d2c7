/*
 * Tests of blocks_drawable (src/ui/blocks.c): when the big digits and the
 * trends chart are drawn in block characters and when in ASCII. The
 * locales "installed" here are a table, so the answer does not depend on
 * the machine the test runs on.
 */
#include "../../src/ui/blocks.h"
#include "tap.h"

#include <string.h>

static const char *codeset(const char *locale)
{
	if (strcmp(locale, "es_US") == 0 || strcmp(locale, "en_US.ISO-8859-1") == 0)
		return "ISO-8859-1";
	if (strcmp(locale, "es_US.UTF-8") == 0 || strcmp(locale, "C.UTF-8") == 0)
		return "UTF-8";
	return NULL;
}

static bool drawable(const char *ascii, const char *term, const char *lc_all, const char *lang)
{
	struct blocks_env env = { ascii, term, lc_all, NULL, lang };
	return blocks_drawable(&env, codeset);
}

int main(void)
{
	ok(drawable(NULL, "xterm-256color", NULL, "es_US.UTF-8"), "a UTF-8 terminal gets blocks");
	ok(drawable(NULL, "tmux-256color", NULL, NULL), "no locale at all: blocks");
	ok(drawable(NULL, "vte-256color", NULL, "C"), "LANG=C says nothing of the terminal: blocks");
	ok(drawable(NULL, "xterm", "POSIX", NULL), "POSIX likewise");
	ok(!drawable("1", "xterm-256color", NULL, "C.UTF-8"), "CONVENE_ASCII=1 asks for ASCII");
	ok(drawable("0", "xterm-256color", NULL, "C.UTF-8"), "CONVENE_ASCII=0 does not");
	ok(drawable("no", "xterm-256color", NULL, "C.UTF-8"), "CONVENE_ASCII=no does not");
	ok(drawable("", "xterm-256color", NULL, "C.UTF-8"), "CONVENE_ASCII empty does not");
	ok(!drawable(NULL, "linux", NULL, "C.UTF-8"), "the Linux console gets ASCII");
	ok(!drawable(NULL, "linux-16color", NULL, "C.UTF-8"), "linux-16color too");
	ok(!drawable(NULL, "vt100", NULL, "C.UTF-8"), "a vt100 gets ASCII");
	ok(!drawable(NULL, "vt220", NULL, NULL), "a vt220 too");
	ok(!drawable(NULL, "ansi", NULL, NULL), "ansi too");
	ok(!drawable(NULL, "cons25", NULL, NULL), "the BSD console too");
	ok(drawable(NULL, "vte", NULL, NULL), "vte is not a vt100");
	ok(!drawable(NULL, "xterm", NULL, "en_US.ISO-8859-1"), "an installed Latin-1 locale: ASCII");
	ok(!drawable(NULL, "xterm", NULL, "es_US"), "es_US installed as Latin-1: ASCII");
	ok(drawable(NULL, "xterm", NULL, "fr_FR"), "a locale not installed and named with no "
						    "charset: blocks");
	ok(!drawable(NULL, "xterm", NULL, "de_DE.ISO-8859-15@euro"),
	   "a locale not installed whose name says Latin-9: ASCII");
	ok(drawable(NULL, "xterm", NULL, "de_DE.utf8@euro"), "utf8 spelt without the dash");
	ok(drawable(NULL, "xterm", "es_US.UTF-8", "es_US"), "LC_ALL wins over LANG");
	struct blocks_env ctype = { NULL, "xterm", NULL, "en_US.ISO-8859-1", "es_US.UTF-8" };
	ok(!blocks_drawable(&ctype, codeset), "LC_CTYPE wins over LANG");
	ok(drawable(NULL, NULL, NULL, NULL), "nothing set: blocks");
	return tap_done();
}
