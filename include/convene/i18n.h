/*
 * i18n: the interface's language. Every string a person reads goes through
 * _() (or ngettext for counts); strings in static tables are marked N_()
 * and translated where they are shown. The language follows the config
 * file's "language", else LANGUAGE, LC_ALL, LC_MESSAGES, LANG, as gettext
 * itself would, and works even where that locale is not installed.
 */
#ifndef CONVENE_I18N_H
#define CONVENE_I18N_H

#include <libintl.h>
#include <stdbool.h>
#include <stddef.h>

#define _(s) gettext(s)
#define N_(s) (s)
/* A word whose Spanish depends on where it is used ("left": a person who
 * went, or the time that remains): msgctxt "context". */
#define C_(context, s) i18n_pgettext(context "\004" s, s)

/* The same marked in a static table: the entry holds context and word,
 * and i18n_context_gettext(entry) translates it where it is shown. */
#define NC_(context, s) context "\004" s

const char *i18n_pgettext(const char *context_and_msgid, const char *msgid);
const char *i18n_context_gettext(const char *entry);

/* Chooses the language (configured: "en", "es", or NULL to follow the
 * environment) and binds the catalogue: CONVENE_LOCALE_DIR when set (the
 * build tree's, for tests), else the installed one. May be called again
 * once the settings file has been read. */
void i18n_init(const char *configured);

/* The interface's language as a short code: "en" or "es". */
const char *i18n_language(void);

/* Whether key answers yes / no in the interface's language ('y' always
 * means yes, so English habits keep working; 's' for sí in Spanish). */
bool i18n_is_yes_key(int key);
bool i18n_is_no_key(int key);

/* A stored UTC time ("YYYY-MM-DDTHH:MM:SSZ") as a person writes it in a
 * letter: "Tuesday 3 March 2026, 4:00 pm"; the date alone, "Tuesday 3
 * March 2026"; the time alone, "4:00 pm". In the interface's language.
 * A value that is not such a time is copied as it is. */
void i18n_long_datetime(const char *iso_utc, char *out, size_t size);
void i18n_long_date(const char *iso_utc, char *out, size_t size);
void i18n_clock_time(const char *iso_utc, char *out, size_t size);
/* A local time in a short form for lists: "Mon 30 Nov 2026 04:43". */
struct tm;
void i18n_short_datetime(const struct tm *local, char *out, size_t size);

#endif
