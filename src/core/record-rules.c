/*
 * record-rules: the ranking of a dot vote (places shared by ties) and the
 * count of a fist-to-five check, as every reader of a record shows them:
 * the Markdown, CSV and JSON exports and the review's record view.
 */
#include "convene/i18n.h"
#include "convene/record-rules.h"
#include "convene/rules.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static int vote_total(const struct meeting_record *r, size_t step, int64_t item)
{
	int n = 0;
	for (size_t i = 0; i < r->n_votes; i++)
		if (r->votes[i].step == step && r->votes[i].item_id == item)
			n += r->votes[i].dots;
	return n;
}

/* Most dots first; ties keep the order the items were added in. */
static int by_total(const void *a, const void *b)
{
	const struct ranked *x = a, *y = b;
	if (x->dots != y->dots)
		return x->dots > y->dots ? -1 : 1;
	return (x->item > y->item) - (x->item < y->item);
}

struct ranked *record_ranking(const struct meeting_record *r, size_t step, size_t *n_out)
{
	struct ranked *out = NULL;
	size_t n = 0;
	int source = step < r->n_steps ? r->steps[step].items_step : -1;
	for (size_t i = 0; source >= 0 && i < r->n_items; i++) {
		const struct item_record *x = &r->items[i];
		if ((int)x->step != source || x->off_record)
			continue;
		out = xreallocarray(out, n + 1, sizeof *out);
		out[n++] = (struct ranked){ x, vote_total(r, step, x->id), false, 0, false };
	}
	if (n > 1)
		qsort(out, n, sizeof *out, by_total);
	/* Places and the top by the engine's rule, on the stored dots. */
	int top = step < r->n_steps ? r->steps[step].vote_top : 0;
	int *dots = xmalloc((n ? n : 1) * sizeof *dots);
	struct vote_place *places = xmalloc((n ? n : 1) * sizeof *places);
	for (size_t i = 0; i < n; i++)
		dots[i] = out[i].dots;
	vote_places(dots, n, top > 0 ? (size_t)top : 0, places);
	for (size_t i = 0; i < n; i++) {
		out[i].place = places[i].place;
		out[i].tied = places[i].tied;
		out[i].top = places[i].top;
	}
	free(dots);
	free(places);
	*n_out = n;
	return out;
}

char *record_cut_words(const struct meeting_record *r, size_t step, const struct ranked *rank,
		       size_t n)
{
	int top = step < r->n_steps ? r->steps[step].vote_top : 0;
	struct vote_place *places = xmalloc((n ? n : 1) * sizeof *places);
	for (size_t i = 0; i < n; i++)
		places[i] = (struct vote_place){ rank[i].place, rank[i].tied, rank[i].top };
	char *words = vote_cut_words(places, n, top > 0 ? (size_t)top : 0);
	free(places);
	return words;
}

void record_place(const struct ranked *x, struct strbuf *sb)
{
	strbuf_addf(sb, "%s%zu.", x->tied ? "=" : "", x->place);
}

int record_fist_below(const struct decision_record *d)
{
	/* The below-three rule is the engine's, through rules.c. */
	return d->fist_taken ? rules_record_objections(d) : 0;
}

void record_fist_summary(const struct decision_record *d, struct strbuf *sb)
{
	if (!d->fist_taken)
		return;
	int below = record_fist_below(d);
	strbuf_addf(sb, _("Fist to five: %d at 5, %d at 4, %d at 3, %d below three%s"), d->fist[5],
		    d->fist[4], d->fist[3], below, below ? _(" (objections stated)") : "");
}

bool record_attended(const struct meeting_record *r, const struct attendee *a)
{
	if (a->present)
		return true;
	for (size_t c = 0; c < r->n_changes; c++)
		if (r->changes[c].member_id == a->member_id)
			return true;
	return false;
}

/* "10:40", the local time of a stored UTC time. */
static void clock_time(const char *iso, char out[8])
{
	struct tm tm;
	memset(&tm, 0, sizeof tm);
	if (!iso || !strptime(iso, "%Y-%m-%dT%H:%M:%SZ", &tm)) {
		snprintf(out, 8, "?");
		return;
	}
	time_t t = timegm(&tm);
	struct tm local;
	localtime_r(&t, &local);
	strftime(out, 8, "%H:%M", &local);
}

void record_attendance_line(const struct meeting_record *r, struct strbuf *sb, size_t *members,
			    size_t *of)
{
	*members = *of = 0;
	size_t k = 0;
	for (size_t i = 0; i < r->n_attendees; i++) {
		const struct attendee *a = &r->attendees[i];
		*of += !a->guest;
		if (!record_attended(r, a))
			continue;
		*members += !a->guest;
		/* Not printf: this runs for everyone present at every meeting of
		 * a history's export. */
		if (k++)
			strbuf_addn(sb, ", ", 2);
		strbuf_adds(sb, a->name);
		size_t notes = 0;
		if (a->guest) {
			strbuf_adds(sb, " (");
			strbuf_adds(sb, _("guest"));
			notes++;
		}
		for (size_t c = 0; c < r->n_changes; c++) {
			if (r->changes[c].member_id != a->member_id)
				continue;
			char at[8];
			clock_time(r->changes[c].at, at);
			strbuf_adds(sb, notes++ ? ", " : " (");
			strbuf_addf(sb, r->changes[c].present ? _("arrived %s") : _("left %s"), at);
		}
		if (notes)
			strbuf_addc(sb, ')');
	}
}

void record_focus_names(const struct meeting_record *r, size_t step, struct strbuf *sb)
{
	size_t start = sb->len;
	for (size_t i = 0; i < r->n_focus; i++)
		if (r->focus[i].step == step)
			strbuf_addf(sb, "%s%s", sb->len > start ? ", " : "", r->focus[i].norm_name);
}
