/* export-words: the words the formats people read use for a record's
 * states and times, in the interface's language, so the Markdown notes,
 * the plain text and the HTML handout say the same thing. The store's own
 * names ("input-only", "approved") stay in CSV and JSON, which are data. */
#include "convene/rotation.h"
#include "convene/i18n.h"
#include "convene/record-rules.h"
#include "export-human.h"

#include <stdlib.h>
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

char *export_action_tail(const struct action_record *a)
{
	struct strbuf sb;
	strbuf_init(&sb);
	const char *owner = a->owner_name ? a->owner_name : _("no owner yet");
	if (a->due)
		/* TRANSLATORS: an action item's owner, due date and state. */
		strbuf_addf(&sb, _(" — %s, due %s (%s)"), owner, a->due, export_action_words(a->status));
	else
		strbuf_addf(&sb, _(" — %s (%s)"), owner, export_action_words(a->status));
	if (a->item_text)
		strbuf_addf(&sb, _(", from the vote: %s"), a->item_text);
	return strbuf_take(&sb);
}

char *export_amendment_words(const struct amendment_record *x)
{
	char when[128];
	export_when(x->amended_at, when, sizeof when);
	if (x->before && x->after)
		return xasprintf(_("%s: %s from \"%s\" to \"%s\". Reason: %s"), when, x->what, x->before,
				 x->after, x->reason ? x->reason : "");
	return xasprintf(_("%s: %s. Reason: %s"), when, x->what, x->reason ? x->reason : "");
}

size_t export_decision_lines(const struct decision_record *d, char *lines[4])
{
	size_t n = 0;
	if (d->reopens_uid)
		lines[n++] = xasprintf(_("Reopens the earlier decision on %s (%d of %d present voted "
					 "to reopen it), on new information: %s"),
				       d->reopens_topic ? d->reopens_topic : "", d->reopen_votes,
				       d->reopen_present, d->reopen_info ? d->reopen_info : "");
	if (d->text && *d->text)
		lines[n++] = xasprintf(_("Decision: %s"), d->text);
	if (d->reasons && *d->reasons)
		lines[n++] = xasprintf(_("Reasons: %s"), d->reasons);
	if (d->fist_taken) {
		struct strbuf fist;
		strbuf_init(&fist);
		record_fist_summary(d, &fist);
		lines[n++] = strbuf_take(&fist);
	}
	return n;
}

char *export_roles_words(const struct meeting_record *r)
{
	if (!r->n_roles)
		return NULL;
	struct strbuf roles;
	strbuf_init(&roles);
	for (size_t i = 0; i < r->n_roles; i++)
		/* TRANSLATORS: a role and who held it, in a list of roles. */
		strbuf_addf(&roles, i ? _(", %s: %s") : _("%s: %s"), role_shown(r->roles[i].role),
			    r->roles[i].member_name);
	char *words = xasprintf(_("Roles: %s."), roles.data);
	strbuf_finish(&roles);
	return words;
}
