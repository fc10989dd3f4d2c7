/* blocks: block characters or ASCII, decided from the environment (see
 * blocks.h for why each signal counts). */
#include "blocks.h"

#include <ctype.h>
#include <stddef.h>
#include <string.h>

static bool is_set(const char *s)
{
	return s && *s;
}

/* Consoles whose fonts have no block elements, or only some of them: the
 * Linux console (linux, linux-16color), DEC terminals (vt100, vt220),
 * ANSI.SYS (ansi) and the BSD console (cons25). Not vte-256color, which
 * is GNOME's terminal. */
static bool blockless_term(const char *t)
{
	if (!is_set(t))
		return false;
	if (strcmp(t, "linux") == 0 || strncmp(t, "linux-", 6) == 0 || strcmp(t, "ansi") == 0 ||
	    strncmp(t, "ansi-", 5) == 0)
		return true;
	return (strncmp(t, "vt", 2) == 0 && isdigit((unsigned char)t[2])) ||
	       (strncmp(t, "cons", 4) == 0 && isdigit((unsigned char)t[4]));
}

/* "UTF-8", "utf8", "UTF8" and the like. */
static bool names_utf8(const char *codeset, size_t len)
{
	char clean[16];
	size_t n = 0;
	for (size_t i = 0; i < len && n + 1 < sizeof clean; i++)
		if (codeset[i] != '-' && codeset[i] != '_')
			clean[n++] = (char)tolower((unsigned char)codeset[i]);
	clean[n] = '\0';
	return strcmp(clean, "utf8") == 0;
}

static bool locale_utf8(const char *locale, blocks_codeset_fn codeset)
{
	if (strcmp(locale, "C") == 0 || strcmp(locale, "POSIX") == 0)
		return true;
	const char *installed = codeset ? codeset(locale) : NULL;
	if (installed)
		return names_utf8(installed, strlen(installed));
	/* Not installed here: what its name says, if it says. */
	const char *dot = strchr(locale, '.');
	if (!dot)
		return true;
	size_t len = strcspn(dot + 1, "@");
	return names_utf8(dot + 1, len);
}

bool blocks_drawable(const struct blocks_env *env, blocks_codeset_fn codeset)
{
	if (is_set(env->ascii) && strcmp(env->ascii, "0") != 0 && strcmp(env->ascii, "no") != 0)
		return false;
	if (blockless_term(env->term))
		return false;
	const char *locale = is_set(env->lc_all)   ? env->lc_all :
			     is_set(env->lc_ctype) ? env->lc_ctype :
			     is_set(env->lang)	   ? env->lang :
						     NULL;
	return !locale || locale_utf8(locale, codeset);
}
