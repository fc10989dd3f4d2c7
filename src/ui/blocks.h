/*
 * blocks: whether the terminal can draw block characters (the half blocks
 * of big digits, the eighth blocks of the trends chart), or has to make do
 * with ASCII. Pure: it reads what it is given, so a unit test can ask it.
 */
#ifndef CONVENE_UI_BLOCKS_H
#define CONVENE_UI_BLOCKS_H

#include <stdbool.h>

struct blocks_env {
	const char *ascii;    /* CONVENE_ASCII: set and not "0" or "no" asks for ASCII */
	const char *term;     /* TERM */
	const char *lc_all;   /* LC_ALL, LC_CTYPE, LANG: the locale the user chose, */
	const char *lc_ctype; /* read from the environment because main switches */
	const char *lang;     /* a non-UTF-8 LC_CTYPE to C.UTF-8 before the UI runs */
};

/* codeset(locale) names a locale's character set ("UTF-8", "ISO-8859-1"),
 * or returns NULL when the locale is not installed; may be NULL itself. */
typedef const char *(*blocks_codeset_fn)(const char *locale);

/* False when the terminal should get ASCII: asked for (CONVENE_ASCII), a
 * console whose fonts lack the blocks (TERM=linux, vt100 and the like), or
 * a locale the user chose whose character set is not UTF-8 (es_US.ISO-8859-1;
 * "es_US" alone where that locale is Latin-1). "C" and "POSIX" say nothing
 * about the terminal (LANG=C over ssh to a UTF-8 terminal is common): they
 * keep the blocks, as the rest of the app keeps UTF-8 there. */
bool blocks_drawable(const struct blocks_env *env, blocks_codeset_fn codeset);

#endif
