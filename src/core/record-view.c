/*
 * record-view: a meeting's record as lines to read on screen, step by step:
 * attendance, roles, planned and actual times, and everything captured —
 * all that the notes export holds (rating summaries with their flags, the
 * ranking of a vote, fist-to-five counts, the focus norms, amendments), with
 * the figures the export computes. Entries the note taker can correct carry
 * their id; entries off the record are shown (the note taker must see them)
 * and marked.
 */
#include "convene/rotation.h"
#include "convene/i18n.h"
#include "convene/record-view.h"
#include "convene/checklist.h"
#include "convene/util.h"
#include "convene/quadrants.h"
#include "convene/record-rules.h"
#include "convene/text.h"
#include "export-internal.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

static void add(struct record_view *v, enum record_style st, int indent, const char *fmt, ...)
	PRINTF_LIKE(4, 5);

static void vadd(struct record_view *v, enum record_style st, int indent, const char *fmt,
		 va_list ap) PRINTF_LIKE(4, 0);

/* A line longer than this is shown cut, with a note of what is left: an
 * imported answer of megabytes must not take the review over, and the
 * exports have it whole. About a screen of text at 80 columns. */
#define RECORD_LINE_MAX_BYTES 1500

static char *cut_long(char *text)
{
	size_t len = strlen(text);
	if (len <= RECORD_LINE_MAX_BYTES)
		return text;
	size_t at = RECORD_LINE_MAX_BYTES;
	while (at > 0 && ((unsigned char)text[at] & 0xC0) == 0x80)
		at--; /* never split a character */
	size_t space = at;
	while (space > at - 80 && text[space] != ' ')
		space--;
	if (text[space] == ' ')
		at = space;
	text[at] = '\0';
	char *cut = xasprintf(_("%s %s (%zu more bytes, shown whole in the exports)"), text,
			      text_ellipsis(), len - at);
	free(text);
	return cut;
}

static void vadd(struct record_view *v, enum record_style st, int indent, const char *fmt,
		 va_list ap)
{
	char *text = cut_long(xvasprintf(fmt, ap));
	v->lines = array_grow(v->lines, v->n, sizeof *v->lines);
	v->lines[v->n++] = (struct record_line){ .text = text, .style = st, .indent = indent,
						 .step = v->step, .entry_kind = REVIEW_ITEM };
}

static void add(struct record_view *v, enum record_style st, int indent, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vadd(v, st, indent, fmt, ap);
	va_end(ap);
}

/* A line showing an entry the note taker may correct: its kind, id,
 * version (as read, for the correction to be checked against) and words. */
static void add_entry(struct record_view *v, enum review_kind kind, int64_t id, int64_t version,
		      const char *words, const char *fmt, ...) PRINTF_LIKE(6, 7);

static void add_entry(struct record_view *v, enum review_kind kind, int64_t id, int64_t version,
		      const char *words, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vadd(v, RECORD_ENTRY, kind == REVIEW_ITEM ? 4 : 2, fmt, ap);
	va_end(ap);
	struct record_line *l = &v->lines[v->n - 1];
	l->entry_id = id;
	l->entry_kind = kind;
	l->entry_text = xstrdup(words ? words : "");
	l->entry_version = version;
}

static void minutes(char *out, size_t size, int64_t ms)
{
	int64_t s = ms / 1000;
	snprintf(out, size, "%lld:%02lld", (long long)(s / 60), (long long)(s % 60));
}

static void head(struct record_view *v, const struct meeting_record *r)
{
	const struct meeting_info *m = &r->info;
	add(v, RECORD_TITLE, 0, "%s — %s", m->title, m->team_name);
	/* When it started, in local time and words a person reads, not as
	 * stored (UTC, for machines). */
	char started[96];
	format_local_time(m->started_at, started, sizeof started);
	add(v, RECORD_DIM, 0, _("Meeting #%lld, started %s; %s"), (long long)m->id, started,
	    m->status == MEETING_APPROVED ? _("notes approved (the official notes)") :
	    m->status == MEETING_CLOSED   ? _("closed, notes in draft") :
					    _("running"));
	struct strbuf in, out;
	strbuf_init(&in);
	strbuf_init(&out);
	size_t present, of;
	record_attendance_line(r, &in, &present, &of);
	for (size_t i = 0; i < r->n_attendees; i++)
		if (!record_attended(r, &r->attendees[i]))
			strbuf_addf(&out, "%s%s", out.len ? ", " : "", r->attendees[i].name);
	if (r->n_ratings)
		add(v, RECORD_DIM, 0, _("Ratings entered %s."), m->mode == RATING_BLIND ?
		    _("blind: no individual ratings were recorded") : _("by name"));
	add(v, RECORD_TEXT, 0, _("Present: %zu of %zu: %s"), present, of, in.len ? in.data : _("nobody"));
	if (out.len)
		add(v, RECORD_TEXT, 0, _("Absent: %s"), out.data);
	strbuf_finish(&in);
	strbuf_finish(&out);
	/* The note taker approves decisions as made: one made without a
	 * quorum must show it. */
	const char *missing[16];
	size_t n_missing;
	if (!rules_record_quorum(r, missing, ARRAY_LEN(missing), &n_missing)) {
		struct strbuf sb;
		strbuf_init(&sb);
		for (size_t i = 0; i < n_missing && i < ARRAY_LEN(missing); i++)
			strbuf_addf(&sb, "%s%s", i ? ", " : "", missing[i]);
		add(v, RECORD_TEXT, 0, _("No quorum (nobody from %s): decisions needed a quorum"),
		    sb.len ? sb.data : _("any group"));
		strbuf_finish(&sb);
	}
	for (size_t i = 0; i < r->n_roles; i++)
		add(v, RECORD_TEXT, 0, "%s%s: %s", i ? "" : _("Roles: "), role_shown(r->roles[i].role),
		    r->roles[i].member_name);
}

static void items(struct record_view *v, const struct meeting_record *r, size_t step)
{
	const char *group = NULL;
	for (size_t i = 0; i < r->n_items; i++) {
		const struct item_record *x = &r->items[i];
		if (x->step != step)
			continue;
		if (!group || strcmp(group, x->group) != 0) {
			group = x->group;
			add(v, RECORD_DIM, 2, "%s", export_group_title(r, step, group));
		}
		add_entry(v, REVIEW_ITEM, x->id, x->version, x->text, "%s%s",
			  x->off_record ? _("[off the record] ") : "", x->text);
		v->lines[v->n - 1].off_record = x->off_record;
	}
}

/* A two-way placement's pairs in a line, never whose. */
static void placements(struct record_view *v, const struct meeting_record *r, size_t step)
{
	char *line = record_placements_line(r, step);
	if (line)
		add(v, RECORD_TEXT, 2, "%s", line);
	free(line);
}

/* Each dimension's summary, flagged as the results screen flags it: LOW
 * and SPREAD are what the team talks about first. */
static void ratings(struct record_view *v, const struct meeting_record *r,
		    const struct dim_summary *sum, size_t n, size_t step)
{
	for (size_t i = 0; i < n; i++) {
		const struct rating_stats *s = &sum[i].stats;
		if (sum[i].step != step || !s->count)
			continue;
		add(v, RECORD_TEXT, 2, _("%s: mean %.1f, median %g, %zu rated, from %d to %d%s%s%s"),
		    sum[i].title, s->mean, s->median, s->count, s->min, s->max,
		    s->lowest || s->widest ? "  —" : "", s->lowest ? _(" LOW (lowest score)") : "",
		    s->widest ? _(" SPREAD (widest spread)") : "");
		struct strbuf scores, counts;
		strbuf_init(&scores);
		strbuf_init(&counts);
		for (int x = s->scale_min; x <= s->scale_max; x++) {
			const char *label = record_point_label(r, step, x);
			if (label)
				strbuf_addf(&scores, "%s%d %s", x > s->scale_min ? ", " : "", x, label);
			else
				strbuf_addf(&scores, "%s%d", x > s->scale_min ? ", " : "", x);
			strbuf_addf(&counts, "%s%zu", x > s->scale_min ? ", " : "",
				    s->counts[x - s->scale_min]);
		}
		add(v, RECORD_DIM, 4, _("How many gave %s: %s"), scores.data, counts.data);
		strbuf_finish(&scores);
		strbuf_finish(&counts);
	}
}

/* A vote step's ranking, as the notes rank it (zero-dot items left out). */
static void ranking(struct record_view *v, const struct meeting_record *r, size_t step)
{
	if (!export_is_vote_step(r, step))
		return;
	size_t n, shown = 0;
	struct ranked *rank = record_ranking(r, step, &n);
	for (size_t i = 0; i < n; i++) {
		if (rank[i].dots == 0)
			continue;
		if (shown++ == 0)
			add(v, RECORD_DIM, 2, _("Ranking by dots:"));
		struct strbuf place;
		strbuf_init(&place);
		record_place(&rank[i], &place);
		add(v, RECORD_TEXT, 4, ngettext("%s %s — %d dot (%s)%s", "%s %s — %d dots (%s)%s",
						rank[i].dots),
		    place.data, rank[i].item->text, rank[i].dots,
		    export_group_title(r, rank[i].item->step, rank[i].item->group),
		    rank[i].top ? _(", top: for follow-up") : "");
		strbuf_finish(&place);
	}
	char *cut = record_cut_words(r, step, rank, n);
	if (cut)
		add(v, RECORD_TEXT, 2, "%s", cut);
	free(cut);
	if (!shown)
		add(v, RECORD_DIM, 2, _("No dots were placed."));
	free(rank);
}

static void focus(struct record_view *v, const struct meeting_record *r, size_t step)
{
	struct strbuf sb;
	strbuf_init(&sb);
	record_focus_names(r, step, &sb);
	if (sb.len)
		add(v, RECORD_TEXT, 2, _("Focus today: %s"), sb.data);
	strbuf_finish(&sb);
}

/* A levels step's record: each component's agreed level and target. */
static void levels(struct record_view *v, const struct meeting_record *r, size_t step)
{
	for (size_t i = 0; i < r->n_levels; i++) {
		const struct level_record *x = &r->levels[i];
		if (x->step != step)
			continue;
		struct strbuf sb;
		strbuf_init(&sb);
		export_level_words(r, x, &sb);
		add(v, RECORD_TEXT, 2, "%s: %s", x->component_title, sb.data);
		strbuf_finish(&sb);
	}
}

static void captured(struct record_view *v, const struct meeting_record *r, size_t step)
{
	for (size_t i = 0; i < r->n_points; i++) {
		const struct point_record *p = &r->points[i];
		if (p->step != step)
			continue;
		struct strbuf sb;
		strbuf_init(&sb);
		for (size_t k = 0; k < p->n_agreed; k++)
			strbuf_addf(&sb, "%s%s", k ? ", " : "", p->agreed_by[k]);
		/* Whether it is agreed, and who is still to confirm, are the
		 * rule's answer: the groups that confirmed are not enough to
		 * tell when a group present has not. */
		struct strbuf state;
		strbuf_init(&state);
		const char *missing[32];
		size_t n = rules_point_to_confirm(r, p, missing, ARRAY_LEN(missing));
		if (rules_point_agreed(r, p))
			strbuf_adds(&state, rules_point_is_norm(r, p) ? _(": adopted") : _(": agreed"));
		for (size_t g = 0; g < n && g < ARRAY_LEN(missing); g++)
			strbuf_addf(&state, "%s%s", g ? ", " : _("; draft, still to confirm: "), missing[g]);
		if (!n && !rules_point_agreed(r, p))
			strbuf_adds(&state, _("; draft, nobody present to confirm it"));
		add_entry(v, REVIEW_POINT, p->id, p->version, p->text, "%s: %s (%s%s%s)",
			  rules_point_is_norm(r, p) ? _("Norm") : _("Talking point"), p->text,
			  sb.len ? _("confirmed by ") : _("not confirmed"), sb.len ? sb.data : "",
			  state.data ? state.data : "");
		/* What the groups agreed stays beside a correction of its wording. */
		if (p->agreed_text) {
			char when[64];
			format_local_time(p->corrected_at, when, sizeof when);
			add(v, RECORD_DIM, 4, _("Agreed wording: \"%s\" — corrected by %s, %s"), p->agreed_text,
			    p->corrected_by, when);
		}
		strbuf_finish(&state);
		strbuf_finish(&sb);
	}
	for (size_t i = 0; i < r->n_decisions; i++) {
		const struct decision_record *d = &r->decisions[i];
		if (d->step != step)
			continue;
		const char *credit = d->point_title ? export_continuum_credit(v->now, r, step) : NULL;
		add_entry(v, REVIEW_DECISION, d->id, d->version, d->text, _("Decision on %s: %s (%s%s%s%s%s)"),
			  d->topic,
			  d->text, _(decision_status_name(d->status)), d->point_title ? ", " : "",
			  d->point_title ? d->point_title : "", credit ? "; " : "", credit ? credit : "");
		if (d->reopens_uid)
			add(v, RECORD_DIM, 4, _("Reopens the earlier decision on %s (%d of %d present "
			    "voted to reopen it), on new information: %s"), d->reopens_topic,
			    d->reopen_votes, d->reopen_present, d->reopen_info ? d->reopen_info : "");
		if (d->reasons && *d->reasons)
			add(v, RECORD_DIM, 4, _("Reasons: %s"), d->reasons);
		struct strbuf fist;
		strbuf_init(&fist);
		record_fist_summary(d, &fist);
		if (fist.len)
			add(v, RECORD_TEXT, 4, "%s", fist.data);
		strbuf_finish(&fist);
	}
	for (size_t i = 0; i < r->n_actions; i++) {
		const struct action_record *a = &r->actions[i];
		if (a->step != step)
			continue;
		add_entry(v, REVIEW_ACTION, a->id, a->version, a->text, _("Action: %s (%s%s%s, %s)"),
			  a->text,
			  a->owner_name ? a->owner_name : _("nobody yet"), a->due ? _(", due ") : "",
			  a->due ? a->due : "", _(action_status_name(a->status)));
		if (a->item_text)
			add(v, RECORD_DIM, 4, _("From the vote: %s"), a->item_text);
	}
}

void record_view_build(struct record_view *v, const struct meeting_record *r)
{
	record_view_build_now(v, r, NULL);
}

/* A checklist: each item with its count (or whether the room said it
 * applies), most ticked first, as on the results screen. */
static void checklist(struct record_view *v, const struct meeting_record *r, size_t step)
{
	struct checklist_count *c;
	size_t lists, n = record_checklist_counts(r, step, &c, &lists);
	bool room = record_checklist_room(r, step);
	if (n && room)
		add(v, RECORD_DIM, 2, "%s", _("Ticked by the room:"));
	else if (n)
		add(v, RECORD_DIM, 2, ngettext("%zu list ticked, the most ticked first:",
					       "%zu lists ticked, the most ticked first:", lists),
		    lists);
	for (size_t i = 0; i < n; i++) {
		char *words = record_checklist_words(&c[i], lists, room);
		add(v, RECORD_TEXT, 2, "%s: %s", words, c[i].title);
		free(words);
	}
	free(c);
}

void record_view_build_now(struct record_view *v, const struct meeting_record *r,
			   const struct catalog *now)
{
	memset(v, 0, sizeof *v);
	v->step = -1;
	v->now = now;
	head(v, r);
	size_t n;
	struct dim_summary *sum = export_summarize(r, &n);
	for (size_t step = 0; step < r->n_steps; step++) {
		const struct step_record *s = &r->steps[step];
		char took[24];
		minutes(took, sizeof took, s->actual_ms);
		add(v, RECORD_BLANK, 0, "%s", "");
		v->step = (int)step;
		add(v, RECORD_HEADING, 0, _("%zu. %s  (planned %d min, took %s)"), step + 1,
		    export_step_title(r, step), s->planned_seconds / 60, took);
		if (record_is_checklist(r, step))
			checklist(v, r, step);
		else
			ratings(v, r, sum, n, step);
		placements(v, r, step);
		items(v, r, step);
		ranking(v, r, step);
		captured(v, r, step);
		focus(v, r, step);
		levels(v, r, step);
	}
	free(sum);
	v->step = -1;
	if (r->n_amendments) {
		add(v, RECORD_BLANK, 0, "%s", "");
		add(v, RECORD_HEADING, 0, _("Amendments after approval"));
	}
	for (size_t i = 0; i < r->n_amendments; i++) {
		const struct amendment_record *x = &r->amendments[i];
		if (x->before && x->after)
			add(v, RECORD_TEXT, 2, _("%s: %s from \"%s\" to \"%s\". Reason: %s"), x->amended_at,
			    x->what, x->before, x->after, x->reason);
		else
			add(v, RECORD_TEXT, 2, _("%s: %s. Reason: %s"), x->amended_at, x->what,
			    x->reason);
	}
}

void record_view_free(struct record_view *v)
{
	for (size_t i = 0; i < v->n; i++) {
		free(v->lines[i].text);
		free(v->lines[i].entry_text);
	}
	free(v->lines);
	memset(v, 0, sizeof *v);
}
