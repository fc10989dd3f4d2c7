/* export-words: the words the formats people read use for a record's
 * states and times, in the interface's language, so the Markdown notes,
 * the plain text and the HTML handout say the same thing. The store's own
 * names ("input-only", "approved") stay in CSV and JSON, which are data. */
#include "convene/i18n.h"
#include "export-human.h"

#include <string.h>

const char *export_meeting_state_words(enum meeting_status s)
{
	switch (s) {
	case MEETING_APPROVED:
		return _("notes approved");
	case MEETING_CLOSED:
		return _("closed, notes in draft");
	default:
		return _("still running");
	}
}

const char *export_decision_words(enum decision_status s)
{
	switch (s) {
	case DECISION_DECIDED:
		return _("decided");
	case DECISION_DEFERRED:
		return _("deferred");
	case DECISION_INPUT_ONLY:
		return _("input only (someone else decides)");
	default:
		return _("draft");
	}
}

const char *export_action_words(enum action_status s)
{
	switch (s) {
	case ACTION_DONE:
		return _("done");
	case ACTION_CARRIED:
		return _("carried over");
	case ACTION_DROPPED:
		return _("dropped");
	default:
		return _("open");
	}
}

bool export_amendment_wanted(const struct amendment_record *x, unsigned what)
{
	/* The store's names of what was amended (store-review.c), not words
	 * to translate. */
	static const struct { const char *prefix; unsigned what; } kinds[] = {
		{ "talking point", EXPORT_POINTS }, { "decision", EXPORT_DECISIONS },
		{ "action item", EXPORT_ACTIONS }, { "entry", EXPORT_ITEMS },
	};
	for (size_t i = 0; i < ARRAY_LEN(kinds); i++)
		if (strncmp(x->what, kinds[i].prefix, strlen(kinds[i].prefix)) == 0)
			return (what & kinds[i].what) != 0;
	return (what & EXPORT_ITEMS) != 0;
}

void export_when(const char *iso_utc, char *out, size_t size)
{
	i18n_long_datetime(iso_utc, out, size);
}
