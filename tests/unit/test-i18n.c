/*
 * Tests of the interface's language (i18n.c): chosen from the settings or
 * the environment as gettext would, Spanish read from the build's
 * catalogue even under LANG=C, dates written out in words in either
 * language, and the keys that answer yes and no.
 */
#include "convene/i18n.h"
#include "tap.h"

#include <stdlib.h>
#include <string.h>

int main(void)
{
	char out[128];
	setenv("TZ", "UTC", 1);
	unsetenv("LANGUAGE");
	unsetenv("LC_ALL");
	unsetenv("LC_MESSAGES");
	setenv("LANG", "C", 1);
	i18n_init(NULL);
	is_str(i18n_language(), "en", "LANG=C is English");
	i18n_long_datetime("2026-03-03T16:00:00Z", out, sizeof out);
	is_str(out, "Tuesday 3 March 2026, 4:00 pm", "a date and time as a letter writes it");
	i18n_clock_time("2026-03-03T00:05:00Z", out, sizeof out);
	is_str(out, "12:05 am", "just after midnight");
	i18n_clock_time("2026-03-03T12:30:00Z", out, sizeof out);
	is_str(out, "12:30 pm", "just after noon");
	i18n_long_date("not a time", out, sizeof out);
	is_str(out, "not a time", "what is not a time is copied");
	ok(i18n_is_yes_key('y') && !i18n_is_yes_key('s') && i18n_is_no_key('n'), "y and n in English");

	setenv("LANG", "es_US.UTF-8", 1);
	i18n_init(NULL);
	is_str(i18n_language(), "es", "LANG=es_US.UTF-8 is Spanish, installed or not");
	i18n_long_datetime("2026-03-03T16:00:00Z", out, sizeof out);
	is_str(out, "martes 3 de marzo de 2026, 16:00", "the same date in Spanish, on a 24-hour clock");
	ok(i18n_is_yes_key('s') && i18n_is_yes_key('S') && i18n_is_yes_key('y'),
	   "s for sí answers yes, and y still does");
	ok(!i18n_is_yes_key('n') && i18n_is_no_key('n'), "n answers no");

	setenv("LANGUAGE", "en", 1);
	i18n_init(NULL);
	is_str(i18n_language(), "en", "LANGUAGE comes before LANG, as in gettext");
	i18n_init("es");
	is_str(i18n_language(), "es", "the settings file's language wins");
	i18n_long_date("2026-11-01T10:00:00Z", out, sizeof out);
	is_str(out, "domingo 1 de noviembre de 2026", "and is read at once");
	return tap_done();
}
