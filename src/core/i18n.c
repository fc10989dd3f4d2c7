/*
 * i18n: which language the interface speaks, the catalogue it reads, and
 * what depends on the language beyond the catalogue's strings: the keys
 * that answer yes or no, and dates written out in words. Day and month
 * names are our own translations, not the C library's, so a Spanish
 * interface writes Spanish dates even where no Spanish locale is
 * installed (LANG=C over ssh).
 */
#include "config.h"
#include "convene/i18n.h"
#include "convene/util.h"

#include <ctype.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define DOMAIN "convene"

static char language[8] = "en";
/* What this program put in LANGUAGE, which is not the user's choice when
 * the language is chosen again. */
static char set_here[8];

/* "es_US.UTF-8" → "es"; "C" and "POSIX" → "en". */
static void take_code(const char *s)
{
	size_t n = 0;
	while (s[n] && isalpha((unsigned char)s[n]) && n < sizeof language - 1)
		n++;
	if (n == 0 || (n == 1 && (s[0] == 'C' || s[0] == 'c')) || strncmp(s, "POSIX", 5) == 0) {
		strcpy(language, "en");
		return;
	}
	for (size_t i = 0; i < n; i++)
		language[i] = (char)tolower((unsigned char)s[i]);
	language[n] = '\0';
}

void i18n_init(const char *configured)
{
	const char *from = configured;
	/* gettext's own order for messages: LANGUAGE first, then the locale. */
	static const char *const vars[] = { "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG" };
	for (size_t i = 0; (!from || !*from) && i < sizeof vars / sizeof *vars; i++) {
		from = getenv(vars[i]);
		if (i == 0 && from && strcmp(from, set_here) == 0)
			from = NULL;
	}
	take_code(from ? from : "");
	/* The language is told to gettext through LANGUAGE, which it honours
	 * whenever the messages' locale is not plain C, so es works where no
	 * es_* locale is installed. */
	setenv("LANGUAGE", language, 1);
	strcpy(set_here, language);
	const char *messages = setlocale(LC_MESSAGES, NULL);
	if (messages && (strcmp(messages, "C") == 0 || strcmp(messages, "POSIX") == 0))
		setlocale(LC_MESSAGES, "C.UTF-8");
	const char *dir = getenv("CONVENE_LOCALE_DIR");
	bindtextdomain(DOMAIN, dir && *dir ? dir : CONVENE_LOCALEDIR);
	bind_textdomain_codeset(DOMAIN, "UTF-8");
	/* Setting the domain again makes gettext forget what it looked up in
	 * the language it had before. */
	textdomain(DOMAIN);
}

const char *i18n_pgettext(const char *context_and_msgid, const char *msgid)
{
	const char *t = gettext(context_and_msgid);
	/* Untranslated, gettext gives back its argument, context and all. */
	return t == context_and_msgid ? msgid : t;
}

const char *i18n_context_gettext(const char *entry)
{
	return i18n_pgettext(entry, strchr(entry, '\004') + 1);
}

const char *i18n_language(void)
{
	return language;
}

/* The one letter a translation gives for a key, or 0. */
static int key_letter(const char *translated)
{
	return translated[0] && !translated[1] ? (unsigned char)translated[0] : 0;
}

bool i18n_is_yes_key(int key)
{
	/* TRANSLATORS: the key that answers "yes" to a question, one letter
	 * (y in English, s for sí in Spanish); y keeps working too. */
	int own = key_letter(_("y"));
	return key == 'y' || key == 'Y' || (own && (key == own || key == toupper(own)));
}

bool i18n_is_no_key(int key)
{
	/* TRANSLATORS: the key that answers "no" to a question, one letter. */
	int own = key_letter(_("n"));
	return key == 'n' || key == 'N' || (own && (key == own || key == toupper(own)));
}

static const char *const weekdays[] = {
	N_("Sunday"), N_("Monday"), N_("Tuesday"), N_("Wednesday"),
	N_("Thursday"), N_("Friday"), N_("Saturday"),
};

static const char *const months[] = {
	N_("January"), N_("February"), N_("March"), N_("April"), N_("May"), N_("June"),
	N_("July"), N_("August"), N_("September"), N_("October"), N_("November"),
	N_("December"),
};

static const char *const short_weekdays[] = {
	NC_("weekday", "Sun"), NC_("weekday", "Mon"), NC_("weekday", "Tue"), NC_("weekday", "Wed"),
	NC_("weekday", "Thu"), NC_("weekday", "Fri"), NC_("weekday", "Sat"),
};

static const char *const short_months[] = {
	NC_("month", "Jan"), NC_("month", "Feb"), NC_("month", "Mar"), NC_("month", "Apr"),
	NC_("month", "May"), NC_("month", "Jun"), NC_("month", "Jul"), NC_("month", "Aug"),
	NC_("month", "Sep"), NC_("month", "Oct"), NC_("month", "Nov"), NC_("month", "Dec"),
};

void i18n_short_datetime(const struct tm *t, char *out, size_t size)
{
	/* TRANSLATORS: a short date and time in lists: weekday, day, month,
	 * year, hours, minutes ("Mon 30 Nov 2026 04:43"). */
	snprintf(out, size, _("%1$s %2$02d %3$s %4$d %5$02d:%6$02d"),
		 i18n_context_gettext(short_weekdays[t->tm_wday]), t->tm_mday,
		 i18n_context_gettext(short_months[t->tm_mon]), t->tm_year + 1900, t->tm_hour,
		 t->tm_min);
}

static void date_words(const struct tm *t, char *out, size_t size)
{
	/* TRANSLATORS: a date in words: weekday, day of the month, month, year
	 * ("Tuesday 3 March 2026"); reorder with the numbers, e.g.
	 * "%1$s %2$d de %3$s de %4$d". */
	snprintf(out, size, _("%1$s %2$d %3$s %4$d"), _(weekdays[t->tm_wday]), t->tm_mday,
		 _(months[t->tm_mon]), t->tm_year + 1900);
}

static void clock_words(const struct tm *t, char *out, size_t size)
{
	/* TRANSLATORS: "12h" if times are written "4:00 pm" in your language,
	 * "24h" if they are written "16:00". */
	if (strcmp(_("12h"), "24h") == 0) {
		snprintf(out, size, "%d:%02d", t->tm_hour, t->tm_min);
		return;
	}
	int hour = t->tm_hour % 12 ? t->tm_hour % 12 : 12;
	snprintf(out, size, "%d:%02d %s", hour, t->tm_min, t->tm_hour < 12 ? "am" : "pm");
}

static void datetime_words(const struct tm *t, char *out, size_t size)
{
	char date[96], clock[16];
	date_words(t, date, sizeof date);
	clock_words(t, clock, sizeof clock);
	/* TRANSLATORS: a date in words, then a time of day. */
	snprintf(out, size, _("%1$s, %2$s"), date, clock);
}

void i18n_long_date(const char *iso_utc, char *out, size_t size)
{
	format_local_with(iso_utc, date_words, out, size);
}

void i18n_clock_time(const char *iso_utc, char *out, size_t size)
{
	format_local_with(iso_utc, clock_words, out, size);
}

void i18n_long_datetime(const char *iso_utc, char *out, size_t size)
{
	format_local_with(iso_utc, datetime_words, out, size);
}
