/*
 * config: the settings file's reader (see config.h). Strict on purpose: a
 * key it does not know, or a value it cannot take, is an error naming the
 * line, never ignored, so a typo in "theme = projecter" is not a silent
 * default on the projector.
 */
#include "convene/config.h"
#include "convene/i18n.h"
#include "convene/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *trim(char *s)
{
	while (*s == ' ' || *s == '\t')
		s++;
	size_t n = strlen(s);
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r'))
		s[--n] = '\0';
	return s;
}

static bool take(struct convene_config *c, const char *key, const char *value, const char *home,
		 char *err, size_t err_size, int line)
{
	if (strcmp(key, "theme") == 0) {
		if (strcmp(value, "default") && strcmp(value, "projector") && strcmp(value, "mono")) {
			snprintf(err, err_size, _("line %d: theme is default, projector or mono, not '%s'"),
				 line, value);
			return false;
		}
		free(c->theme);
		c->theme = xstrdup(value);
		return true;
	}
	if (strcmp(key, "bell") == 0) {
		if (strcmp(value, "yes") && strcmp(value, "no")) {
			snprintf(err, err_size, _("line %d: bell is yes or no, not '%s'"), line, value);
			return false;
		}
		c->bell = strcmp(value, "yes") == 0;
		return true;
	}
	if (strcmp(key, "database") == 0) {
		bool tilde = strncmp(value, "~/", 2) == 0;
		if (value[0] != '/' && !(tilde && home && home[0] == '/')) {
			snprintf(err, err_size, _("line %d: database is a file's full path (/... or ~/...), "
				 "not '%s'"), line, value);
			return false;
		}
		free(c->database);
		c->database = tilde ? xasprintf("%s/%s", home, value + 2) : xstrdup(value);
		return true;
	}
	if (strcmp(key, "language") == 0) {
		/* Only a language the interface is translated into: a typo is
		 * not a silent English. */
		if (strcmp(value, "en") && strcmp(value, "es")) {
			snprintf(err, err_size, _("line %d: language is en or es, not '%s'"), line, value);
			return false;
		}
		free(c->language);
		c->language = xstrdup(value);
		return true;
	}
	snprintf(err, err_size, _("line %d: unknown setting '%s' (theme, bell, database or language)"),
		 line, key);
	return false;
}

bool config_parse(const char *text, size_t len, const char *home, struct convene_config *c,
		  char *err, size_t err_size)
{
	*c = (struct convene_config){ .bell = -1 };
	char *copy = xmalloc(len + 1);
	memcpy(copy, text, len);
	copy[len] = '\0';
	int line = 0;
	bool ok = true;
	for (char *save = NULL, *l = copy; ok && l; l = save) {
		save = strchr(l, '\n');
		if (save)
			*save++ = '\0';
		line++;
		char *hash = strchr(l, '#');
		if (hash)
			*hash = '\0';
		char *s = trim(l);
		if (!*s)
			continue;
		char *eq = strchr(s, '=');
		if (!eq) {
			snprintf(err, err_size, _("line %d: write it as 'key = value'"), line);
			ok = false;
			break;
		}
		*eq = '\0';
		char *key = trim(s), *value = trim(eq + 1);
		if (!*value) {
			snprintf(err, err_size, _("line %d: %s has no value"), line, key);
			ok = false;
			break;
		}
		ok = take(c, key, value, home, err, err_size, line);
	}
	free(copy);
	if (!ok)
		config_free(c);
	return ok;
}

void config_free(struct convene_config *c)
{
	free(c->theme);
	free(c->database);
	free(c->language);
	*c = (struct convene_config){ .bell = -1 };
}
