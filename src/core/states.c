/* states: the one name table of meeting statuses and of rating modes. */
#include "convene/i18n.h"
#include "convene/states.h"

#include <string.h>

static const char *const meeting_names[MEETING_STATUS_COUNT] = {
	/* TRANSLATORS: a meeting's status (una reunión: feminine). Stored in
	 * English; a screen shows it translated. */
	[MEETING_RUNNING] = N_("running"),
	[MEETING_CLOSED] = N_("closed"),
	[MEETING_APPROVED] = N_("approved"),
};

const char *meeting_status_name(enum meeting_status s)
{
	return s < MEETING_STATUS_COUNT ? meeting_names[s] : "running";
}

bool meeting_status_parse(const char *name, enum meeting_status *out)
{
	for (int i = 0; name && i < MEETING_STATUS_COUNT; i++)
		if (strcmp(name, meeting_names[i]) == 0) {
			*out = (enum meeting_status)i;
			return true;
		}
	return false;
}

static const char *const mode_names[] = {
	[RATING_NAMED] = N_("named"),
	[RATING_BLIND] = N_("blind"),
};

const char *rating_mode_name(enum rating_mode m)
{
	return m == RATING_BLIND ? mode_names[RATING_BLIND] : mode_names[RATING_NAMED];
}

bool rating_mode_parse(const char *name, enum rating_mode *out)
{
	for (int i = 0; name && i < (int)(sizeof mode_names / sizeof *mode_names); i++)
		if (strcmp(name, mode_names[i]) == 0) {
			*out = (enum rating_mode)i;
			return true;
		}
	return false;
}
