/*
 * export-md: the record as Markdown that reads well pasted into an email:
 * a heading, who was there, then each step with what it produced. Ratings
 * appear as a summary table, never as individual ratings.
 */
#include "export-internal.h"
#include "convene/checklist.h"
#include "convene/quadrants.h"
#include "convene/record-rules.h"

#include <stdlib.h>
#include <string.h>

static void ratings_table(const struct meeting_record *r, const struct dim_summary *sum, size_t n,
			  size_t step, struct strbuf *sb)
{
	bool header = false;
	for (size_t i = 0; i < n; i++) {
		const struct rating_stats *s = &sum[i].stats;
		if (sum[i].step != step)
			continue;
		if (!header) {
			/* A placement's points carry their labels. */
			const char *first = record_point_label(r, step, s->scale_min);
			strbuf_adds(sb, first ? "| Component | Placed | Mean | Median | Range |" :
					      "| Dimension | Rated | Mean | Median | Range |");
			for (int v = s->scale_min; v <= s->scale_max; v++) {
				const char *label = record_point_label(r, step, v);
				strbuf_addf(sb, " %d", v);
				if (label) {
					strbuf_adds(sb, " ");
					md_text(sb, label);
				}
				strbuf_adds(sb, " |");
			}
			strbuf_adds(sb, " Talk about |\n|---|---:|---:|---:|---|");
			for (int v = s->scale_min; v <= s->scale_max; v++)
				strbuf_adds(sb, "---:|");
			strbuf_adds(sb, "---|\n");
			header = true;
		}
		strbuf_adds(sb, "| ");
		md_text(sb, sum[i].title);
		strbuf_addf(sb, " | %zu | %.1f | %g | %d–%d |", s->count, s->mean, s->median,
			    s->min, s->max);
		for (int v = s->scale_min; v <= s->scale_max; v++)
			strbuf_addf(sb, " %zu |", s->counts[v - s->scale_min]);
		strbuf_addf(sb, " %s%s%s |\n", s->lowest ? "lowest score" : "",
			    s->lowest && s->widest ? ", " : "", s->widest ? "widest spread" : "");
	}
}

/* A checklist: its items, most ticked first, with how many lists tick
 * each, or whether the room said it applies. */
static void checklist_list(const struct meeting_record *r, size_t step, struct strbuf *sb)
{
	struct checklist_count *c;
	size_t lists, n = record_checklist_counts(r, step, &c, &lists);
	bool room = record_checklist_room(r, step);
	if (room)
		strbuf_adds(sb, "Ticked by the room.\n\n");
	else
		strbuf_addf(sb, "%zu list%s ticked.\n\n", lists, lists == 1 ? "" : "s");
	for (size_t i = 0; i < n; i++) {
		char *words = record_checklist_words(&c[i], lists, room);
		strbuf_adds(sb, "- ");
		md_text(sb, words);
		strbuf_adds(sb, ": ");
		md_text(sb, c[i].title);
		strbuf_adds(sb, "\n");
		free(words);
	}
	strbuf_adds(sb, n ? "\n" : "");
	free(c);
}

/* A two-way placement's pairs, never whose (quadrants.c). */
static void placements(const struct meeting_record *r, size_t step, struct strbuf *sb)
{
	char *line = record_placements_line(r, step);
	if (line) {
		strbuf_adds(sb, "\n");
		md_text(sb, line);
		strbuf_adds(sb, ".\n\n");
	}
	free(line);
}

/* Each question of the step, as recorded when the meeting began, with its
 * answers in the order they were added. */
static void items_list(const struct meeting_record *r, size_t step, struct strbuf *sb)
{
	for (size_t g = 0; g < r->n_groups; g++) {
		const struct group_record *grp = &r->groups[g];
		if (grp->step != step)
			continue;
		bool header = false;
		for (size_t i = 0; i < r->n_items; i++) {
			const struct item_record *x = &r->items[i];
			if (x->step != step || x->off_record || strcmp(x->group, grp->key) != 0)
				continue;
			if (!header) {
				strbuf_adds(sb, "**");
				md_text(sb, grp->title);
				strbuf_adds(sb, "**\n\n");
				header = true;
			}
			strbuf_adds(sb, "- ");
			md_text(sb, x->text);
			strbuf_addc(sb, '\n');
		}
		if (header)
			strbuf_addc(sb, '\n');
	}
}

static const char *ordinal_suffix(size_t n)
{
	if (n % 100 >= 11 && n % 100 <= 13)
		return "th";
	switch (n % 10) {
	case 1:
		return "st";
	case 2:
		return "nd";
	case 3:
		return "rd";
	default:
		return "th";
	}
}

/* The ranking as a bulleted list whose places are words: "- 1st: ...",
 * "- 2nd, tied: ...", "- 4th: ...". The review's "1." and "=2." (record_place)
 * would be Markdown here: a line starting "1." opens an ordered list that a
 * renderer numbers 1, 2, 3 whatever the places, and a following "=2." line is
 * folded into the item above it. The places and ties are record_ranking's. */
static void ranking_list(const struct meeting_record *r, size_t step, struct strbuf *sb)
{
	size_t n;
	struct ranked *rank = record_ranking(r, step, &n);
	for (size_t i = 0; i < n; i++) {
		if (rank[i].dots == 0)
			continue;
		strbuf_addf(sb, "- %zu%s%s: ", rank[i].place, ordinal_suffix(rank[i].place),
			    rank[i].tied ? ", tied" : "");
		if (rank[i].top)
			strbuf_adds(sb, "**");
		md_text(sb, rank[i].item->text);
		if (rank[i].top)
			strbuf_adds(sb, "**");
		strbuf_addf(sb, " — %d dot%s (", rank[i].dots, rank[i].dots == 1 ? "" : "s");
		md_text(sb, export_group_title(r, rank[i].item->step, rank[i].item->group));
		strbuf_addf(sb, ")%s\n", rank[i].top ? ", top: for follow-up" : "");
	}
	char *cut = record_cut_words(r, step, rank, n);
	if (cut)
		strbuf_addf(sb, "\n%s\n", cut);
	free(cut);
	strbuf_addc(sb, '\n');
	free(rank);
}

/* Agreed points as a numbered list, ready to paste into a message to
 * constituents; drafts (when asked for) say who has not confirmed yet. */
static void points_list(const struct meeting_record *r, unsigned what, size_t step,
			struct strbuf *sb)
{
	size_t k = 0;
	for (size_t i = 0; i < r->n_points; i++) {
		const struct point_record *p = &r->points[i];
		if (p->step != step || !export_point_wanted(r, p, what))
			continue;
		/* Norms are the team's own, never a message to constituents. */
		if (k == 0 && rules_point_is_norm(r, p))
			strbuf_adds(sb, "Norms (the team's own, adopted when every group present "
					"confirms them):\n\n");
		strbuf_add_uint(sb, ++k);
		strbuf_addn(sb, ". ", 2);
		md_text(sb, p->text);
		const char *missing[32];
		size_t n = rules_point_to_confirm(r, p, missing, 32);
		for (size_t g = 0; g < n && g < 32; g++) {
			strbuf_adds(sb, g ? ", " : " *(draft: not yet confirmed by ");
			md_text(sb, missing[g]);
		}
		if (n)
			strbuf_adds(sb, ")*");
		else if (!rules_point_agreed(r, p))
			strbuf_adds(sb, " *(draft: nobody was present to confirm it)*");
		/* A wording corrected in review goes out with what the groups
		 * agreed, under it, in the same item of the list. */
		if (p->agreed_text) {
			strbuf_adds(sb, "\n   *(wording corrected by ");
			md_text(sb, p->corrected_by);
			strbuf_adds(sb, ", ");
			md_text(sb, p->corrected_at);
			strbuf_adds(sb, "; agreed wording: \"");
			md_text(sb, p->agreed_text);
			strbuf_adds(sb, "\")*");
		}
		strbuf_addc(sb, '\n');
	}
	if (k)
		strbuf_addc(sb, '\n');
}

static void decisions_list(const struct meeting_record *r, size_t step, const struct catalog *now,
			   struct strbuf *sb)
{
	for (size_t i = 0; i < r->n_decisions; i++) {
		const struct decision_record *d = &r->decisions[i];
		if (d->step != step)
			continue;
		strbuf_adds(sb, "**");
		md_text(sb, d->topic);
		strbuf_adds(sb, "**: ");
		md_text(sb, decision_status_name(d->status));
		if (d->point_title) {
			strbuf_adds(sb, " (how: ");
			md_text(sb, d->point_title);
			/* Whose continuum the point is, as on the screen. */
			const char *credit = export_continuum_credit(now, r, d->step);
			if (credit) {
				strbuf_adds(sb, "; ");
				md_text(sb, credit);
			}
			strbuf_addc(sb, ')');
		}
		strbuf_adds(sb, "\n\n");
		if (d->reopens_uid) {
			strbuf_adds(sb, "- Reopens the earlier decision on ");
			md_text(sb, d->reopens_topic);
			strbuf_addf(sb, " (%d of %d present voted to reopen it), on new information: ",
				    d->reopen_votes, d->reopen_present);
			md_text(sb, d->reopen_info);
			strbuf_addc(sb, '\n');
		}
		if (d->text && *d->text) {
			strbuf_adds(sb, "- Decision: ");
			md_text(sb, d->text);
			strbuf_addc(sb, '\n');
		}
		if (d->reasons && *d->reasons) {
			strbuf_adds(sb, "- Reasons: ");
			md_text(sb, d->reasons);
			strbuf_addc(sb, '\n');
		}
		if (d->fist_taken) {
			strbuf_adds(sb, "- ");
			record_fist_summary(d, sb);
			strbuf_addc(sb, '\n');
		}
		strbuf_addc(sb, '\n');
	}
}

/* Action items as a checklist: done ones ticked, dropped ones struck. */
/* A levels step: each component with its agreed level and target. */
static void levels_list(const struct meeting_record *r, size_t step, struct strbuf *sb)
{
	size_t k = 0;
	for (size_t i = 0; i < r->n_levels; i++) {
		const struct level_record *x = &r->levels[i];
		if (x->step != step)
			continue;
		if (!k++)
			strbuf_addf(sb, "Agreed levels and targets (scale %d to %d):\n\n", x->scale_min,
				    x->scale_max);
		strbuf_adds(sb, "- ");
		md_text(sb, x->component_title);
		strbuf_adds(sb, ": ");
		export_level_words(r, x, sb);
		strbuf_adds(sb, "\n");
	}
	if (k)
		strbuf_adds(sb, "\n");
}

static void actions_list(const struct meeting_record *r, size_t step, struct strbuf *sb)
{
	bool any = false;
	for (size_t i = 0; i < r->n_actions; i++) {
		const struct action_record *a = &r->actions[i];
		if (a->step != step)
			continue;
		bool done = a->status == ACTION_DONE, dropped = a->status == ACTION_DROPPED;
		strbuf_adds(sb, done ? "- [x] " : "- [ ] ");
		strbuf_adds(sb, dropped ? "~~" : "");
		md_text(sb, a->text);
		strbuf_adds(sb, dropped ? "~~" : "");
		strbuf_adds(sb, " — ");
		md_text(sb, a->owner_name ? a->owner_name : "no owner yet");
		if (a->due) {
			strbuf_adds(sb, ", due ");
			md_text(sb, a->due);
		}
		strbuf_addf(sb, " (%s)", action_status_name(a->status));
		if (a->item_text) {
			strbuf_adds(sb, ", from the vote: ");
			md_text(sb, a->item_text);
		}
		strbuf_addc(sb, '\n');
		any = true;
	}
	if (any)
		strbuf_addc(sb, '\n');
}

/* Changes made after the notes were approved, with their reasons. */
/* Whether an amendment is about a kind of entry this export shows. */
static bool amendment_wanted(const struct amendment_record *x, unsigned what)
{
	static const struct { const char *prefix; unsigned what; } kinds[] = {
		{ "talking point", EXPORT_POINTS }, { "decision", EXPORT_DECISIONS },
		{ "action item", EXPORT_ACTIONS }, { "entry", EXPORT_ITEMS },
	};
	for (size_t i = 0; i < ARRAY_LEN(kinds); i++)
		if (strncmp(x->what, kinds[i].prefix, strlen(kinds[i].prefix)) == 0)
			return (what & kinds[i].what) != 0;
	return (what & EXPORT_ITEMS) != 0;
}

static void amendments_list(const struct meeting_record *r, unsigned what, struct strbuf *sb)
{
	size_t shown = 0;
	for (size_t i = 0; i < r->n_amendments; i++) {
		const struct amendment_record *x = &r->amendments[i];
		if (!amendment_wanted(x, what))
			continue;
		if (shown++ == 0)
			strbuf_adds(sb, "\n## Amendments after approval\n\n");
		strbuf_adds(sb, "- ");
		md_text(sb, x->amended_at);
		strbuf_adds(sb, ": ");
		md_text(sb, x->what);
		if (x->before && x->after) {
			strbuf_adds(sb, " from \"");
			md_text(sb, x->before);
			strbuf_adds(sb, "\" to \"");
			md_text(sb, x->after);
			strbuf_adds(sb, "\"");
		}
		strbuf_adds(sb, ". Reason: ");
		md_text(sb, x->reason);
		strbuf_addc(sb, '\n');
	}
}

/* A line per protocol the meeting ran, crediting its source as the file
 * installed at export time gives it: the record keeps no source. */
static void sources_list(const struct meeting_record *r, const struct catalog *now,
			 struct strbuf *sb)
{
	const char *ids[64];
	size_t n = export_protocol_ids(r, ids, ARRAY_LEN(ids));
	for (size_t i = 0; now && i < n; i++) {
		const struct protocol *p = export_protocol_now(now, ids[i]);
		/* The protocol by its title, as people know it; its id after. */
		strbuf_adds(sb, "\nSource of ");
		md_text(sb, p ? p->title : ids[i]);
		if (!p) {
			strbuf_adds(sb, ": the protocol is not installed at export time, and the record "
				    "keeps no source.\n");
			continue;
		}
		strbuf_adds(sb, " (");
		md_text(sb, ids[i]);
		strbuf_adds(sb, ", from the protocol file installed at export time, version ");
		md_text(sb, p->version);
		strbuf_adds(sb, "): ");
		md_text(sb, p->source);
		strbuf_addc(sb, '\n');
	}
}

void export_md(const struct meeting_record *r, unsigned what, const struct catalog *now,
	       struct strbuf *sb)
{
	const struct meeting_info *m = &r->info;
	strbuf_adds(sb, "# ");
	md_text(sb, m->title);
	strbuf_adds(sb, " — ");
	md_text(sb, m->team_name);
	strbuf_adds(sb, "\n\nMeeting ");
	if (m->id < 0)
		strbuf_addc(sb, '-');
	strbuf_add_uint(sb, m->id < 0 ? 0ULL - (unsigned long long)m->id : (unsigned long long)m->id);
	strbuf_adds(sb, ", started ");
	md_text(sb, m->started_at);
	strbuf_adds(sb, " (");
	strbuf_adds(sb, meeting_status_name(m->status));
	strbuf_adds(sb, ").");
	if ((what & EXPORT_RATINGS) && r->n_ratings)
		strbuf_addf(sb, " Ratings entered %s.", m->mode == RATING_BLIND ?
				"blind: no individual ratings were recorded" : "by name");
	struct strbuf who;
	strbuf_init(&who);
	size_t present, of;
	record_attendance_line(r, &who, &present, &of);
	strbuf_adds(sb, "\n\nPresent: ");
	strbuf_add_uint(sb, present);
	strbuf_adds(sb, " of ");
	strbuf_add_uint(sb, of);
	if (who.len) {
		strbuf_adds(sb, " — ");
		md_text(sb, who.data);
	}
	strbuf_finish(&who);
	strbuf_adds(sb, ".\n");
	for (size_t i = 0; i < r->n_roles; i++) {
		strbuf_adds(sb, i ? ", " : "\nRoles: ");
		md_text(sb, r->roles[i].role);
		strbuf_adds(sb, " ");
		md_text(sb, r->roles[i].member_name);
		strbuf_adds(sb, i + 1 == r->n_roles ? ".\n" : "");
	}
	sources_list(r, now, sb);
	size_t n;
	struct dim_summary *sum = export_summarize(r, &n);
	bool any = false;
	for (size_t step = 0; step < r->n_steps; step++) {
		if (!export_step_has(r, what, step))
			continue;
		any = true;
		strbuf_adds(sb, "\n## ");
		strbuf_add_uint(sb, step + 1);
		strbuf_adds(sb, ". ");
		md_text(sb, export_step_title(r, step));
		strbuf_adds(sb, "\n\n");
		if ((what & EXPORT_RATINGS) && record_is_checklist(r, step))
			checklist_list(r, step, sb);
		else if (what & EXPORT_RATINGS) {
			ratings_table(r, sum, n, step, sb);
			placements(r, step, sb);
		}
		if (what & EXPORT_ITEMS)
			items_list(r, step, sb);
		if ((what & EXPORT_VOTES) && export_is_vote_step(r, step))
			ranking_list(r, step, sb);
		if (what & (EXPORT_POINTS | EXPORT_NORMS))
			points_list(r, what, step, sb);
		if (what & EXPORT_DECISIONS)
			decisions_list(r, step, now, sb);
		if (what & EXPORT_ACTIONS)
			actions_list(r, step, sb);
		if (what & EXPORT_LEVELS)
			levels_list(r, step, sb);
		for (size_t i = 0, k = 0; (what & EXPORT_FOCUS) && i < r->n_focus; i++)
			if (r->focus[i].step == step) {
				strbuf_adds(sb, k++ ? ", " : "Focus today: ");
				md_text(sb, r->focus[i].norm_name);
				if (i + 1 == r->n_focus || r->focus[i + 1].step != step)
					strbuf_adds(sb, "\n\n");
			}
	}
	if (!any)
		strbuf_adds(sb, what == EXPORT_POINTS ?
				"\nNo talking point was agreed by every group present.\n" :
				"\nNothing of this kind was recorded.\n");
	free(sum);
	amendments_list(r, what, sb);
}
