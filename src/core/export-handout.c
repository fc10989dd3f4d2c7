/*
 * export-handout: what the plain-text and HTML formats say about a
 * meeting, written once through the writer of export-hout.c. The agreed
 * talking points come first: they are what goes to constituents. An
 * export of the talking points (the default) carries nothing else: not
 * who attended, the roles or the reasons for amendments, which belong to
 * the full notes (--what all). Dates and times are local and in words.
 */
#include "convene/checklist.h"
#include "convene/i18n.h"
#include "convene/quadrants.h"
#include "convene/record-rules.h"
#include "export-human.h"

#include <stdlib.h>
#include <string.h>

static void head(struct hout *o, const struct meeting_record *r)
{
	const struct meeting_info *m = &r->info;
	char when[128];
	hout_begin(o, HB_TITLE, 0);
	/* TRANSLATORS: a meeting's title, then its team's name. */
	hout_words(o, _("%s — %s"), m->title ? m->title : "", m->team_name ? m->team_name : "");
	hout_begin(o, HB_META, 0);
	export_when(m->started_at, when, sizeof when);
	hout_text(o, when);
	hout_begin(o, HB_META, 0);
	if (m->status == MEETING_APPROVED && m->approved_at) {
		export_when(m->approved_at, when, sizeof when);
		hout_words(o, _("Official notes, approved by the team on %s."), when);
	} else if (m->status == MEETING_APPROVED) {
		hout_words(o, "%s", _("Official notes, approved by the team."));
	} else if (m->status == MEETING_CLOSED) {
		hout_words(o, "%s", _("Draft notes: not yet approved by the team."));
	} else {
		hout_words(o, "%s", _("The meeting is still running: these notes are a draft."));
	}
}

/* Who is still to confirm a draft point, or that nobody present could. */
static void draft_note(struct hout *o, const struct meeting_record *r, const struct point_record *p)
{
	const char *missing[32];
	size_t n = rules_point_to_confirm(r, p, missing, ARRAY_LEN(missing));
	if (!n && rules_point_agreed(r, p))
		return;
	struct strbuf who;
	strbuf_init(&who);
	for (size_t g = 0; g < n && g < ARRAY_LEN(missing); g++)
		strbuf_addf(&who, "%s%s", g ? ", " : "", missing[g]);
	hout_break(o);
	hout_em(o, true);
	if (n)
		hout_words(o, _("Draft: not yet confirmed by %s."), who.data);
	else
		hout_words(o, "%s", _("Draft: nobody was present to confirm it."));
	hout_em(o, false);
	strbuf_finish(&who);
}

/* The talking points (or, of an adopt-norms step, the norms) of steps, as
 * a numbered list: step < 0 for every step's. */
static size_t points_list(struct hout *o, const struct meeting_record *r, unsigned what, long step,
			  bool norms)
{
	size_t k = 0;
	for (size_t i = 0; i < r->n_points; i++) {
		const struct point_record *p = &r->points[i];
		if ((step >= 0 && p->step != (size_t)step) || rules_point_is_norm(r, p) != norms ||
		    !export_point_wanted(r, p, what))
			continue;
		if (k == 0 && norms) {
			hout_begin(o, HB_PARA, 0);
			hout_words(o, "%s", _("Norms (the team's own, adopted when every group present "
					      "confirms them):"));
		}
		hout_begin(o, HB_NUMBER, (unsigned)++k);
		hout_text(o, p->text);
		if (!(what & EXPORT_DRAFTS))
			continue;
		draft_note(o, r, p);
		/* A wording corrected in review: what the room agreed, with it
		 * in the full notes; the handout carries the wording as it is. */
		if (p->agreed_text) {
			char when[128];
			export_when(p->corrected_at, when, sizeof when);
			hout_break(o);
			hout_em(o, true);
			hout_words(o, _("Wording corrected by %s, %s; the wording agreed in the room: "
					"\"%s\""), p->corrected_by ? p->corrected_by : "", when,
				   p->agreed_text);
			hout_em(o, false);
		}
	}
	return k;
}

static void attendance(struct hout *o, const struct meeting_record *r)
{
	struct strbuf who;
	strbuf_init(&who);
	size_t present, of;
	record_attendance_line(r, &who, &present, &of);
	hout_begin(o, HB_PARA, 0);
	if (who.len)
		hout_words(o, ngettext("Present: %zu of %zu member: %s.",
				       "Present: %zu of %zu members: %s.", of), present, of, who.data);
	else
		hout_words(o, ngettext("Present: %zu of %zu member.", "Present: %zu of %zu members.",
				       of), present, of);
	strbuf_finish(&who);
	char *roles = export_roles_words(r);
	if (roles) {
		hout_begin(o, HB_PARA, 0);
		hout_text(o, roles);
	}
	free(roles);
}

/* Where each protocol the meeting ran comes from, as installed now. */
static void sources(struct hout *o, const struct meeting_record *r, const struct catalog *now)
{
	const char *ids[64];
	size_t n = export_protocol_ids(r, ids, ARRAY_LEN(ids));
	for (size_t i = 0; now && i < n; i++) {
		const struct protocol *p = export_protocol_now(now, ids[i]);
		hout_begin(o, HB_META, 0);
		if (p)
			hout_words(o, _("Source of %s (%s, from the protocol file installed at export "
					"time, version %s): %s"),
				   p->title, ids[i], p->version ? p->version : "?",
				   p->source ? p->source : "");
		else
			hout_words(o, _("Source of %s: the protocol is not installed at export time, "
					"and the record keeps no source."), ids[i]);
	}
}

static void ratings(struct hout *o, const struct meeting_record *r, const struct dim_summary *sum,
		    size_t n, size_t step)
{
	if (record_is_checklist(r, step)) {
		struct checklist_count *c;
		size_t lists, k = record_checklist_counts(r, step, &c, &lists);
		bool room = record_checklist_room(r, step);
		hout_begin(o, HB_PARA, 0);
		if (room)
			hout_words(o, "%s", _("Ticked by the room."));
		else
			hout_words(o, ngettext("%zu list ticked.", "%zu lists ticked.", lists), lists);
		for (size_t i = 0; i < k; i++) {
			char *words = record_checklist_words(&c[i], lists, room);
			hout_begin(o, HB_BULLET, 0);
			hout_words(o, _("%s: %s"), words, c[i].title);
			free(words);
		}
		free(c);
		return;
	}
	for (size_t i = 0; i < n; i++) {
		const struct rating_stats *s = &sum[i].stats;
		if (sum[i].step != step || !s->count)
			continue;
		hout_begin(o, HB_BULLET, 0);
		hout_words(o, ngettext("%s: %zu rating, mean %.1f, median %g, from %d to %d",
				       "%s: %zu ratings, mean %.1f, median %g, from %d to %d", s->count),
			   sum[i].title, s->count, s->mean, s->median, s->min, s->max);
		if (s->lowest)
			hout_words(o, "%s", _("; the lowest score"));
		if (s->widest)
			hout_words(o, "%s", _("; the widest spread"));
	}
	char *line = record_placements_line(r, step);
	if (line) {
		hout_begin(o, HB_PARA, 0);
		hout_text(o, line);
	}
	free(line);
}

static void items(struct hout *o, const struct meeting_record *r, size_t step)
{
	for (size_t g = 0; g < r->n_groups; g++) {
		const struct group_record *grp = &r->groups[g];
		bool header = false;
		for (size_t i = 0; grp->step == step && i < r->n_items; i++) {
			const struct item_record *x = &r->items[i];
			if (x->step != step || x->off_record || strcmp(x->group, grp->key) != 0)
				continue;
			if (!header) {
				hout_begin(o, HB_SUB, 0);
				hout_text(o, grp->title);
				header = true;
			}
			hout_begin(o, HB_BULLET, 0);
			hout_text(o, x->text);
		}
	}
}

static void ranking(struct hout *o, const struct meeting_record *r, size_t step)
{
	size_t n;
	struct ranked *rank = record_ranking(r, step, &n);
	for (size_t i = 0; i < n; i++) {
		if (rank[i].dots == 0)
			continue;
		struct strbuf place;
		strbuf_init(&place);
		record_place(&rank[i], &place);
		hout_begin(o, HB_BULLET, 0);
		hout_words(o, "%s ", place.data);
		if (rank[i].top)
			hout_strong(o, true);
		hout_text(o, rank[i].item->text);
		if (rank[i].top)
			hout_strong(o, false);
		/* TRANSLATORS: an item of a dot vote: its dots, the question it
		 * answered. */
		hout_words(o, ngettext(" — %d dot (%s)", " — %d dots (%s)", rank[i].dots), rank[i].dots,
			   export_group_title(r, rank[i].item->step, rank[i].item->group));
		if (rank[i].top)
			hout_words(o, "%s", _(", top: for follow-up"));
		strbuf_finish(&place);
	}
	char *cut = record_cut_words(r, step, rank, n);
	if (cut) {
		hout_begin(o, HB_PARA, 0);
		hout_text(o, cut);
	}
	free(cut);
	free(rank);
}

static void decisions(struct hout *o, const struct meeting_record *r, size_t step,
		      const struct catalog *now)
{
	for (size_t i = 0; i < r->n_decisions; i++) {
		const struct decision_record *d = &r->decisions[i];
		if (d->step != step)
			continue;
		hout_begin(o, HB_SUB, 0);
		hout_words(o, _("%s: %s"), d->topic ? d->topic : "", export_decision_words(d->status));
		if (d->point_title) {
			const char *credit = export_continuum_credit(now, r, d->step);
			hout_begin(o, HB_BULLET, 0);
			if (credit)
				hout_words(o, _("How: %s (%s)"), d->point_title, credit);
			else
				hout_words(o, _("How: %s"), d->point_title);
		}
		char *lines[4];
		size_t k = export_decision_lines(d, lines);
		for (size_t l = 0; l < k; l++) {
			hout_begin(o, HB_BULLET, 0);
			hout_text(o, lines[l]);
			free(lines[l]);
		}
	}
}

static void actions(struct hout *o, const struct meeting_record *r, size_t step)
{
	for (size_t i = 0, k = 0; i < r->n_actions; i++) {
		const struct action_record *a = &r->actions[i];
		if (a->step != step)
			continue;
		if (k++ == 0) {
			hout_begin(o, HB_SUB, 0);
			hout_words(o, "%s", _("Action items"));
		}
		hout_begin(o, HB_BULLET, 0);
		hout_text(o, a->text);
		char *tail = export_action_tail(a);
		hout_text(o, tail);
		free(tail);
	}
}

static void levels(struct hout *o, const struct meeting_record *r, size_t step)
{
	for (size_t i = 0; i < r->n_levels; i++) {
		const struct level_record *x = &r->levels[i];
		if (x->step != step)
			continue;
		struct strbuf words;
		strbuf_init(&words);
		export_level_words(r, x, &words);
		hout_begin(o, HB_BULLET, 0);
		hout_words(o, _("%s: %s"), x->component_title, words.data);
		strbuf_finish(&words);
	}
}

static void focus(struct hout *o, const struct meeting_record *r, size_t step)
{
	struct strbuf names;
	strbuf_init(&names);
	record_focus_names(r, step, &names);
	if (names.len) {
		hout_begin(o, HB_PARA, 0);
		hout_words(o, _("Focus today: %s"), names.data);
	}
	strbuf_finish(&names);
}

/* Each step with what it produced, the talking points aside (they came
 * first). */
static void steps(struct hout *o, const struct meeting_record *r, unsigned what,
		  const struct catalog *now)
{
	size_t n;
	struct dim_summary *sum = export_summarize(r, &n);
	unsigned rest = what & ~EXPORT_POINTS;
	for (size_t step = 0; step < r->n_steps; step++) {
		if (!export_step_has(r, rest, step))
			continue;
		hout_begin(o, HB_HEADING, 0);
		/* TRANSLATORS: a step's number and title, as a heading. */
		hout_words(o, _("%zu. %s"), step + 1, export_step_title(r, step));
		if (what & EXPORT_RATINGS)
			ratings(o, r, sum, n, step);
		if (what & EXPORT_ITEMS)
			items(o, r, step);
		if ((what & EXPORT_VOTES) && export_is_vote_step(r, step))
			ranking(o, r, step);
		if (what & EXPORT_NORMS)
			points_list(o, r, rest, (long)step, true);
		if (what & EXPORT_DECISIONS)
			decisions(o, r, step, now);
		if (what & EXPORT_ACTIONS)
			actions(o, r, step);
		if (what & EXPORT_LEVELS)
			levels(o, r, step);
		if (what & EXPORT_FOCUS)
			focus(o, r, step);
	}
	free(sum);
}

static void amendments(struct hout *o, const struct meeting_record *r, unsigned what)
{
	size_t shown = 0;
	for (size_t i = 0; i < r->n_amendments; i++) {
		const struct amendment_record *x = &r->amendments[i];
		if (!export_amendment_wanted(x, what))
			continue;
		if (shown++ == 0) {
			hout_begin(o, HB_HEADING, 0);
			hout_words(o, "%s", _("Amendments after approval"));
		}
		char *words = export_amendment_words(x);
		hout_begin(o, HB_BULLET, 0);
		hout_text(o, words);
		free(words);
	}
}

static void handout(struct hout *o, const struct meeting_record *r, unsigned what,
		    const struct catalog *now)
{
	head(o, r);
	if (what & EXPORT_POINTS) {
		hout_begin(o, HB_HEADING, 0);
		hout_words(o, "%s", _("Talking points"));
		if (!points_list(o, r, what, -1, false)) {
			hout_begin(o, HB_PARA, 0);
			hout_words(o, "%s", _("No talking point was agreed by every group present."));
		}
	}
	/* The talking points alone go to constituents: nothing more. */
	if (!(what & ~EXPORT_POINTS))
		return;
	if (what == EXPORT_ALL) {
		hout_begin(o, HB_HEADING, 0);
		hout_words(o, "%s", _("Meeting notes"));
		attendance(o, r);
		sources(o, r, now);
	}
	steps(o, r, what, now);
	amendments(o, r, what);
}

void export_txt(const struct meeting_record *r, unsigned what, const struct catalog *now,
		struct strbuf *sb)
{
	struct hout o;
	hout_init(&o, sb, false);
	handout(&o, r, what, now);
	hout_finish(&o);
}

void export_html(const struct meeting_record *r, unsigned what, const struct catalog *now,
		 struct strbuf *sb)
{
	struct hout o;
	hout_init(&o, sb, true);
	strbuf_adds(sb, "<article>\n");
	handout(&o, r, what, now);
	hout_finish(&o);
	strbuf_adds(sb, "</article>\n");
}

void export_html_page(const struct meeting_record *r, unsigned what, const struct catalog *now,
		      struct strbuf *sb)
{
	char *title = xasprintf(_("%s — %s"), r->info.title ? r->info.title : "",
				r->info.team_name ? r->info.team_name : "");
	export_html_begin(sb, title);
	free(title);
	export_html(r, what, now, sb);
	export_html_end(sb);
}

const char *export_html_title(unsigned what)
{
	return what == EXPORT_POINTS ? _("Talking points") : _("Meeting notes");
}
