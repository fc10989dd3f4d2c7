/*
 * export-md: the record as Markdown that reads well pasted into an email:
 * a heading, who was there, then each step with what it produced. Ratings
 * appear as a summary table, never as individual ratings. Times are local
 * and in words; the words are the interface's language.
 */
#include "convene/checklist.h"
#include "convene/i18n.h"
#include "convene/quadrants.h"
#include "convene/record-rules.h"
#include "convene/text.h"
#include "export-human.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

/* A byte that may sit inside a word: letters, digits, and every byte of a
 * character beyond ASCII. An _ between two of them is no emphasis. */
static bool word_byte(unsigned char c)
{
	return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c >= 0x80;
}

/* What CommonMark reads as an entity: "&amp;", "&#35;", "&#x23;". */
static bool entity_at(const char *p)
{
	size_t n = strspn(p + 1 + (p[1] == '#'), "0123456789abcdefghijklmnopqrstuvwxyz"
						   "ABCDEFGHIJKLMNOPQRSTUVWXYZ");
	return n > 0 && p[1 + (p[1] == '#') + n] == ';';
}

/* Whether the byte at p must be escaped; t is the text's start, which may
 * be a line's (after "- " or "1. " a list item's content starts a line of
 * its own to Markdown). */
static bool md_needs(const char *t, const char *p, bool cell)
{
	unsigned char prev = p > t ? (unsigned char)p[-1] : ' ', next = p[1] ? (unsigned char)p[1] : ' ';
	switch (*p) {
	case '\\': /* always: before punctuation it would escape it */
	case '`':
	case '[':
		return true;
	case '*':
	case '~':
		/* Spaced on both sides it cannot open or close emphasis; at the
		 * start, "* " is a list's item. */
		return p == t || !(prev == ' ' && next == ' ');
	case '_':
		return !(prev == ' ' && next == ' ') && !(word_byte(prev) && word_byte(next));
	case '<': /* raw HTML or an autolink */
		return ((next | 0x20) >= 'a' && (next | 0x20) <= 'z') || next == '/' || next == '!' ||
		       next == '?';
	case '&':
		return entity_at(p);
	case '|':
		return cell;
	case '#': /* a heading's opening, or the closing run a heading drops */
		return p == t || (prev == ' ' && p[strspn(p, "#")] == '\0');
	case '>':
		return p == t;
	case '-':
	case '+':
	case '=': /* a list item, a rule, a heading's underline */
		return p == t && (next == ' ' || next == *p);
	default:
		return false;
	}
}

static void md_escape(struct strbuf *sb, const char *s, bool cell)
{
	s = s ? s : "";
	char *clean = text_is_plain(s) ? NULL : text_sanitize(s, TEXT_ONE_LINE);
	const char *t = clean ? clean : s;
	const char *p = t;
	/* "1." or "1)" then a space at the start: an ordered list's item. */
	size_t digits = strspn(p, "0123456789");
	if (digits && digits <= 9 && (p[digits] == '.' || p[digits] == ')') &&
	    (p[digits + 1] == ' ' || !p[digits + 1])) {
		strbuf_addn(sb, p, digits);
		strbuf_addc(sb, '\\');
		p += digits;
	}
	/* Runs of text without markup go in whole. */
	for (;;) {
		const char *run = p;
		while (*p && (!strchr("\\`[*~_<&|#>-+=", *p) || !md_needs(t, p, cell)))
			p++;
		strbuf_addn(sb, run, (size_t)(p - run));
		if (!*p)
			break;
		strbuf_addc(sb, '\\');
		strbuf_addc(sb, *p++);
	}
	free(clean);
}

void md_text(struct strbuf *sb, const char *s)
{
	md_escape(sb, s, false);
}

void md_cell(struct strbuf *sb, const char *s)
{
	md_escape(sb, s, true);
}

/* The program's own words, formatted with a person's, escaped whole. */
static void md_words(struct strbuf *sb, const char *fmt, ...) PRINTF_LIKE(2, 3);

static void md_words(struct strbuf *sb, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *s = xvasprintf(fmt, ap);
	va_end(ap);
	md_text(sb, s);
	free(s);
}

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
			const char *const cols[] = { first ? _("Component") : _("Dimension"),
						     first ? _("Placed") : _("Rated"), _("Mean"),
						     _("Median"), _("Range") };
			strbuf_adds(sb, "|");
			for (size_t c = 0; c < ARRAY_LEN(cols); c++) {
				strbuf_adds(sb, " ");
				md_cell(sb, cols[c]);
				strbuf_adds(sb, " |");
			}
			for (int v = s->scale_min; v <= s->scale_max; v++) {
				const char *label = record_point_label(r, step, v);
				strbuf_addf(sb, " %d", v);
				if (label) {
					strbuf_adds(sb, " ");
					md_cell(sb, label);
				}
				strbuf_adds(sb, " |");
			}
			strbuf_adds(sb, " ");
			md_cell(sb, _("Talk about"));
			strbuf_adds(sb, " |\n|---|---:|---:|---:|---|");
			for (int v = s->scale_min; v <= s->scale_max; v++)
				strbuf_adds(sb, "---:|");
			strbuf_adds(sb, "---|\n");
			header = true;
		}
		strbuf_adds(sb, "| ");
		md_cell(sb, sum[i].title);
		strbuf_addf(sb, " | %zu | %.1f | %g | %d–%d |", s->count, s->mean, s->median,
			    s->min, s->max);
		for (int v = s->scale_min; v <= s->scale_max; v++)
			strbuf_addf(sb, " %zu |", s->counts[v - s->scale_min]);
		strbuf_adds(sb, " ");
		if (s->lowest)
			md_cell(sb, _("lowest score"));
		strbuf_adds(sb, s->lowest && s->widest ? ", " : "");
		if (s->widest)
			md_cell(sb, _("widest spread"));
		strbuf_adds(sb, " |\n");
	}
	/* A table runs on to the next line that is not blank. */
	if (header)
		strbuf_addc(sb, '\n');
}

/* A checklist: its items, most ticked first, with how many lists tick
 * each, or whether the room said it applies. */
static void checklist_list(const struct meeting_record *r, size_t step, struct strbuf *sb)
{
	struct checklist_count *c;
	size_t lists, n = record_checklist_counts(r, step, &c, &lists);
	bool room = record_checklist_room(r, step);
	if (room)
		md_words(sb, "%s", _("Ticked by the room."));
	else
		md_words(sb, ngettext("%zu list ticked.", "%zu lists ticked.", lists), lists);
	strbuf_adds(sb, "\n\n");
	for (size_t i = 0; i < n; i++) {
		char *words = record_checklist_words(&c[i], lists, room);
		strbuf_adds(sb, "- ");
		md_words(sb, _("%s: %s"), words, c[i].title);
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
		strbuf_adds(sb, "- ");
		/* TRANSLATORS: a place in a vote's ranking, "1st": the number and
		 * the English suffix (st, nd, rd, th), which a language may leave
		 * out ("%1$zu.º"). */
		md_words(sb, _("%1$zu%2$s"), rank[i].place, ordinal_suffix(rank[i].place));
		if (rank[i].tied)
			md_words(sb, "%s", _(", tied"));
		strbuf_adds(sb, ": ");
		if (rank[i].top)
			strbuf_adds(sb, "**");
		md_text(sb, rank[i].item->text);
		if (rank[i].top)
			strbuf_adds(sb, "**");
		md_words(sb, ngettext(" — %d dot (%s)", " — %d dots (%s)", rank[i].dots), rank[i].dots,
			 export_group_title(r, rank[i].item->step, rank[i].item->group));
		if (rank[i].top)
			md_words(sb, "%s", _(", top: for follow-up"));
		strbuf_addc(sb, '\n');
	}
	char *cut = record_cut_words(r, step, rank, n);
	if (cut) {
		strbuf_adds(sb, "\n");
		md_text(sb, cut);
		strbuf_adds(sb, "\n");
	}
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
		if (k == 0 && rules_point_is_norm(r, p)) {
			md_words(sb, "%s", _("Norms (the team's own, adopted when every group present "
					     "confirms them):"));
			strbuf_adds(sb, "\n\n");
		}
		strbuf_add_uint(sb, ++k);
		strbuf_addn(sb, ". ", 2);
		md_text(sb, p->text);
		const char *missing[32];
		size_t n = rules_point_to_confirm(r, p, missing, 32);
		struct strbuf who;
		strbuf_init(&who);
		for (size_t g = 0; g < n && g < 32; g++)
			strbuf_addf(&who, "%s%s", g ? ", " : "", missing[g]);
		if (n || !rules_point_agreed(r, p)) {
			strbuf_adds(sb, " *(");
			if (n)
				md_words(sb, _("draft: not yet confirmed by %s"), who.data);
			else
				md_words(sb, "%s", _("draft: nobody was present to confirm it"));
			strbuf_adds(sb, ")*");
		}
		strbuf_finish(&who);
		/* A wording corrected in review goes out with what the groups
		 * agreed, under it, in the same item of the list. */
		if (p->agreed_text) {
			char when[128];
			export_when(p->corrected_at, when, sizeof when);
			strbuf_adds(sb, "\n   *(");
			md_words(sb, _("wording corrected by %s, %s; agreed wording: \"%s\""),
				 p->corrected_by ? p->corrected_by : "", when, p->agreed_text);
			strbuf_adds(sb, ")*");
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
		md_text(sb, export_decision_words(d->status));
		if (d->point_title) {
			/* Whose continuum the point is, as on the screen. */
			const char *credit = export_continuum_credit(now, r, d->step);
			strbuf_adds(sb, " (");
			if (credit)
				md_words(sb, _("how: %s; %s"), d->point_title, credit);
			else
				md_words(sb, _("how: %s"), d->point_title);
			strbuf_addc(sb, ')');
		}
		strbuf_adds(sb, "\n\n");
		char *lines[4];
		size_t k = export_decision_lines(d, lines);
		for (size_t l = 0; l < k; l++) {
			strbuf_adds(sb, "- ");
			md_text(sb, lines[l]);
			strbuf_addc(sb, '\n');
			free(lines[l]);
		}
		strbuf_addc(sb, '\n');
	}
}

/* A levels step: each component with its agreed level and target. */
static void levels_list(const struct meeting_record *r, size_t step, struct strbuf *sb)
{
	size_t k = 0;
	for (size_t i = 0; i < r->n_levels; i++) {
		const struct level_record *x = &r->levels[i];
		if (x->step != step)
			continue;
		if (!k++) {
			md_words(sb, _("Agreed levels and targets (scale %d to %d):"), x->scale_min,
				 x->scale_max);
			strbuf_adds(sb, "\n\n");
		}
		struct strbuf words;
		strbuf_init(&words);
		export_level_words(r, x, &words);
		strbuf_adds(sb, "- ");
		md_words(sb, _("%s: %s"), x->component_title, words.data);
		strbuf_adds(sb, "\n");
		strbuf_finish(&words);
	}
	if (k)
		strbuf_adds(sb, "\n");
}

/* Action items as a checklist: done ones ticked, dropped ones struck. */
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
		char *tail = export_action_tail(a);
		md_text(sb, tail);
		free(tail);
		strbuf_addc(sb, '\n');
		any = true;
	}
	if (any)
		strbuf_addc(sb, '\n');
}

/* Changes made after the notes were approved, with their reasons. */
static void amendments_list(const struct meeting_record *r, unsigned what, struct strbuf *sb)
{
	size_t shown = 0;
	for (size_t i = 0; i < r->n_amendments; i++) {
		const struct amendment_record *x = &r->amendments[i];
		if (!export_amendment_wanted(x, what))
			continue;
		if (shown++ == 0) {
			strbuf_adds(sb, "\n## ");
			md_text(sb, _("Amendments after approval"));
			strbuf_adds(sb, "\n\n");
		}
		char *words = export_amendment_words(x);
		strbuf_adds(sb, "- ");
		md_text(sb, words);
		strbuf_addc(sb, '\n');
		free(words);
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
		strbuf_adds(sb, "\n");
		/* The protocol by its title, as people know it; its id after. */
		if (p)
			md_words(sb, _("Source of %s (%s, from the protocol file installed at export "
				       "time, version %s): %s"), p->title, ids[i],
				 p->version ? p->version : "", p->source ? p->source : "");
		else
			md_words(sb, _("Source of %s: the protocol is not installed at export time, and "
				       "the record keeps no source."), ids[i]);
		strbuf_addc(sb, '\n');
	}
}

/* The first lines: what, whose, when, and whether the notes are approved. */
static void heading(const struct meeting_record *r, unsigned what, struct strbuf *sb)
{
	const struct meeting_info *m = &r->info;
	char started[128], approved[128], state[192], id[24];
	strbuf_adds(sb, "# ");
	md_words(sb, _("%s — %s"), m->title ? m->title : "", m->team_name ? m->team_name : "");
	strbuf_adds(sb, "\n\n");
	export_when(m->started_at, started, sizeof started);
	snprintf(id, sizeof id, "%lld", (long long)m->id);
	if (m->status == MEETING_APPROVED && m->approved_at) {
		export_when(m->approved_at, approved, sizeof approved);
		/* TRANSLATORS: a meeting's state, with when its notes were approved. */
		snprintf(state, sizeof state, _("notes approved %s"), approved);
	} else {
		snprintf(state, sizeof state, "%s", export_meeting_state_words(m->status));
	}
	/* TRANSLATORS: the meeting's number, when it started, its state. */
	md_words(sb, _("Meeting %s, started %s (%s)."), id, started, state);
	if ((what & EXPORT_RATINGS) && r->n_ratings)
		md_words(sb, " %s", m->mode == RATING_BLIND ?
			 _("Ratings entered blind: no individual ratings were recorded.") :
			 _("Ratings entered by name."));
	struct strbuf who;
	strbuf_init(&who);
	size_t present, of;
	record_attendance_line(r, &who, &present, &of);
	strbuf_adds(sb, "\n\n");
	if (who.len)
		md_words(sb, _("Present: %zu of %zu — %s."), present, of, who.data);
	else
		md_words(sb, _("Present: %zu of %zu."), present, of);
	strbuf_finish(&who);
	strbuf_adds(sb, "\n");
	char *roles = export_roles_words(r);
	if (roles) {
		strbuf_adds(sb, "\n");
		md_text(sb, roles);
		strbuf_adds(sb, "\n");
	}
	free(roles);
}

void export_md(const struct meeting_record *r, unsigned what, const struct catalog *now,
	       struct strbuf *sb)
{
	heading(r, what, sb);
	sources_list(r, now, sb);
	size_t n;
	struct dim_summary *sum = export_summarize(r, &n);
	bool any = false;
	for (size_t step = 0; step < r->n_steps; step++) {
		if (!export_step_has(r, what, step))
			continue;
		any = true;
		/* "1." in a heading is no list: the number goes as it is. */
		strbuf_addf(sb, "\n## %zu. ", step + 1);
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
		struct strbuf names;
		strbuf_init(&names);
		if (what & EXPORT_FOCUS)
			record_focus_names(r, step, &names);
		if (names.len) {
			md_words(sb, _("Focus today: %s"), names.data);
			strbuf_adds(sb, "\n\n");
		}
		strbuf_finish(&names);
	}
	if (!any) {
		strbuf_adds(sb, "\n");
		md_text(sb, what == EXPORT_POINTS ? _("No talking point was agreed by every group present.") :
						    _("Nothing of this kind was recorded."));
		strbuf_adds(sb, "\n");
	}
	free(sum);
	amendments_list(r, what, sb);
}
