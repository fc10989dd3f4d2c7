/* export: the cell writers of CSV and JSON, the shared helpers and the
 * dispatch to the formats (export-csv.c, export-json.c, export-md.c, and
 * the plain text and HTML of export-handout.c). */
#include "convene/i18n.h"
#include "convene/kinds.h"
#include "convene/text.h"
#include "export-human.h"
#include "export-internal.h"

#include <stdlib.h>
#include <string.h>

bool export_parse_what(const char *s, unsigned *out)
{
	static const struct { const char *name; unsigned what; } whats[] = {
		{ "talking-points", EXPORT_POINTS }, { "norms", EXPORT_NORMS },
		{ "decisions", EXPORT_DECISIONS },
		{ "actions", EXPORT_ACTIONS }, { "levels", EXPORT_LEVELS },
		{ "ratings", EXPORT_RATINGS },
		{ "items", EXPORT_ITEMS }, { "notes", EXPORT_ITEMS }, { "votes", EXPORT_VOTES }, { "all", EXPORT_ALL },
	};
	for (size_t i = 0; i < ARRAY_LEN(whats); i++)
		if (strcmp(s, whats[i].name) == 0) {
			*out = whats[i].what;
			return true;
		}
	return false;
}

bool export_parse_format(const char *s, enum export_format *out)
{
	static const struct { const char *name; enum export_format f; } formats[] = {
		{ "csv", EXPORT_CSV }, { "json", EXPORT_JSON }, { "md", EXPORT_MD },
		{ "markdown", EXPORT_MD }, { "txt", EXPORT_TXT }, { "text", EXPORT_TXT },
		{ "html", EXPORT_HTML }, { "htm", EXPORT_HTML },
	};
	for (size_t i = 0; i < ARRAY_LEN(formats); i++)
		if (strcmp(s, formats[i].name) == 0) {
			*out = formats[i].f;
			return true;
		}
	return false;
}

/*
 * Whether a spreadsheet could read a cell starting with cp as a formula:
 * OWASP's = + - @ (tab and CR, its other two, never start a cell here:
 * text_sanitize made them a space and nothing), and their fullwidth and
 * small forms, which are the same characters to a spreadsheet that
 * normalises width (NFKC).
 */
static bool starts_formula(uint32_t cp)
{
	static const uint32_t formula[] = {
		'=', '+', '-', '@',
		0xFF1D, 0xFF0B, 0xFF0D, 0xFF20, /* ＝ ＋ － ＠ */
		0xFE66, 0xFE62, 0xFE63, 0xFE6B, /* ﹦ ﹢ ﹣ ﹫ */
	};
	for (size_t i = 0; i < ARRAY_LEN(formula); i++)
		if (cp == formula[i])
			return true;
	return false;
}

void csv_cell(struct strbuf *sb, const char *s)
{
	s = s ? s : "";
	/* Plain text needs no cleaning, and no copy. */
	char *clean = text_is_plain(s) ? NULL : text_sanitize(s, TEXT_MULTI_LINE);
	const char *t = clean ? clean : s;
	/* A spreadsheet runs a cell starting with a formula character as a
	 * formula, and some skip leading spaces (a no-break space, U+3000)
	 * and invisible characters (U+200B, a BOM) to find it: the first
	 * visible character decides, and the guard goes before everything
	 * (OWASP: a single quote first, so the whole cell is text). */
	bool guard = starts_formula(text_first_visible(t));
	bool quote = guard || strpbrk(t, ",\"\r\n") != NULL;
	if (quote)
		strbuf_addc(sb, '"');
	if (guard)
		strbuf_addc(sb, '\'');
	for (const char *p = t; *p; p++) {
		if (*p == '"')
			strbuf_addc(sb, '"');
		strbuf_addc(sb, *p);
	}
	if (quote)
		strbuf_addc(sb, '"');
	free(clean);
}

/* Writes p escaped up to its end, or (ascii) up to its first byte that is
 * not printable ASCII; returns where it stopped. The text between bytes
 * to escape goes in whole runs: a field is mostly one run. */
static const unsigned char *json_escape(struct strbuf *sb, const unsigned char *p, bool ascii)
{
	for (;;) {
		const unsigned char *run = p;
		while (*p >= 0x20 && *p != '"' && *p != '\\' && (!ascii || *p < 0x7f))
			p++;
		strbuf_addn(sb, (const char *)run, (size_t)(p - run));
		if (*p == '"')
			strbuf_addn(sb, "\\\"", 2);
		else if (*p == '\\')
			strbuf_addn(sb, "\\\\", 2);
		else if (!*p || ascii)
			return p;
		else if (*p == '\n')
			strbuf_addn(sb, "\\n", 2);
		else
			strbuf_addf(sb, "\\u%04x", *p);
		p++;
	}
}

void json_string(struct strbuf *sb, const char *s)
{
	if (!s) {
		strbuf_addn(sb, "null", 4);
		return;
	}
	/* Keep the true text, but valid UTF-8 and with every control escaped:
	 * plain printable ASCII is written as it is read, anything else is
	 * written again from its sanitized copy. */
	size_t start = sb->len;
	strbuf_addc(sb, '"');
	if (*json_escape(sb, (const unsigned char *)s, true)) {
		sb->len = start + 1;
		char *clean = text_sanitize(s, TEXT_MULTI_LINE);
		json_escape(sb, (const unsigned char *)clean, false);
		free(clean);
	}
	strbuf_addc(sb, '"');
}

struct dim_summary *export_summarize(const struct meeting_record *r, size_t *n_out)
{
	struct dim_summary *out = NULL;
	size_t n = 0;
	int *vals = xmalloc((r->n_ratings ? r->n_ratings : 1) * sizeof *vals);
	for (size_t i = 0; i < r->n_ratings;) {
		const struct rating_record *first = &r->ratings[i];
		size_t k = 0;
		while (i < r->n_ratings && r->ratings[i].step == first->step &&
		       r->ratings[i].dim_index == first->dim_index)
			vals[k++] = r->ratings[i++].value;
		out = xreallocarray(out, n + 1, sizeof *out);
		out[n] = (struct dim_summary){ first->step, first->dim_index, first->dimension_id,
					       first->dimension_title, { 0 } };
		stats_compute(vals, k, first->scale_min, first->scale_max, &out[n].stats);
		n++;
	}
	free(vals);
	struct rating_stats *group = xmalloc((n ? n : 1) * sizeof *group);
	for (size_t i = 0; i < n;) {
		size_t j = i, k = 0;
		while (j < n && out[j].step == out[i].step)
			group[k++] = out[j++].stats;
		stats_mark_focus(group, k);
		for (size_t x = 0; x < k; x++)
			out[i + x].stats = group[x];
		i = j;
	}
	free(group);
	*n_out = n;
	return out;
}

const char *export_step_title(const struct meeting_record *r, size_t step)
{
	return step < r->n_steps ? r->steps[step].title : "";
}

const char *export_group_title(const struct meeting_record *r, size_t step, const char *key)
{
	for (size_t i = 0; i < r->n_groups; i++)
		if (r->groups[i].step == step && strcmp(r->groups[i].key, key) == 0)
			return r->groups[i].title;
	return key;
}

const char *export_member_uid(const struct meeting_record *r, int64_t member_id)
{
	for (size_t i = 0; member_id && i < r->n_attendees; i++)
		if (r->attendees[i].member_id == member_id)
			return r->attendees[i].member_uid;
	return NULL;
}

const struct item_record *export_item(const struct meeting_record *r, int64_t id)
{
	for (size_t i = 0; i < r->n_items; i++)
		if (r->items[i].id == id)
			return &r->items[i];
	return NULL;
}

bool export_point_wanted(const struct meeting_record *r, const struct point_record *p,
			 unsigned what)
{
	unsigned kind = rules_point_is_norm(r, p) ? EXPORT_NORMS : EXPORT_POINTS;
	return (what & kind) && ((what & EXPORT_DRAFTS) || rules_point_agreed(r, p));
}

bool export_is_vote_step(const struct meeting_record *r, size_t step)
{
	return step < r->n_steps && kind_name_holds(r->steps[step].kind, HOLDS_VOTES);
}

void export_each_ranked(const struct meeting_record *r,
			void (*fn)(const struct meeting_record *r, size_t step,
				   const struct ranked *x, void *ctx),
			void *ctx)
{
	for (size_t step = 0; step < r->n_steps; step++) {
		if (!export_is_vote_step(r, step))
			continue;
		size_t n;
		struct ranked *rank = record_ranking(r, step, &n);
		for (size_t i = 0; i < n; i++)
			fn(r, step, &rank[i], ctx);
		free(rank);
	}
}

bool export_step_has(const struct meeting_record *r, unsigned what, size_t step)
{
	for (size_t i = 0; (what & EXPORT_RATINGS) && i < r->n_ratings; i++)
		if (r->ratings[i].step == step)
			return true;
	for (size_t i = 0; (what & EXPORT_ITEMS) && i < r->n_items; i++)
		if (r->items[i].step == step && !r->items[i].off_record)
			return true;
	for (size_t i = 0; (what & EXPORT_VOTES) && i < r->n_votes; i++)
		if (r->votes[i].step == step)
			return true;
	for (size_t i = 0; i < r->n_points; i++)
		if (r->points[i].step == step && export_point_wanted(r, &r->points[i], what))
			return true;
	for (size_t i = 0; (what & EXPORT_DECISIONS) && i < r->n_decisions; i++)
		if (r->decisions[i].step == step)
			return true;
	for (size_t i = 0; (what & EXPORT_ACTIONS) && i < r->n_actions; i++)
		if (r->actions[i].step == step)
			return true;
	for (size_t i = 0; (what & EXPORT_FOCUS) && i < r->n_focus; i++)
		if (r->focus[i].step == step)
			return true;
	for (size_t i = 0; (what & EXPORT_LEVELS) && i < r->n_levels; i++)
		if (r->levels[i].step == step)
			return true;
	return false;
}

bool export_holds(const struct meeting_record *r, unsigned what)
{
	for (size_t step = 0; step < r->n_steps; step++)
		if (export_step_has(r, what, step))
			return true;
	return false;
}

void export_selection(unsigned what, struct meeting_selection *sel)
{
	static const struct { unsigned what, kind; } kinds[] = {
		{ EXPORT_RATINGS, RECORD_RATINGS }, { EXPORT_ITEMS, RECORD_ITEMS },
		{ EXPORT_VOTES, RECORD_VOTES }, { EXPORT_POINTS, RECORD_POINTS },
		{ EXPORT_NORMS, RECORD_POINTS },
		{ EXPORT_DECISIONS, RECORD_DECISIONS },
		{ EXPORT_ACTIONS, RECORD_ACTIONS }, { EXPORT_FOCUS, RECORD_FOCUS },
		{ EXPORT_LEVELS, RECORD_LEVELS },
	};
	sel->kinds = 0;
	for (size_t i = 0; i < ARRAY_LEN(kinds); i++)
		if (what & kinds[i].what)
			sel->kinds |= kinds[i].kind;
	/* Whether a point is agreed depends on who was present: export_holds
	 * decides that once the meetings with points are read. */
	sel->every_meeting = what == EXPORT_ALL;
}

size_t export_protocol_ids(const struct meeting_record *r, const char **ids, size_t max)
{
	size_t n = 0;
	for (size_t i = 0; i <= r->n_steps && n < max; i++) {
		const char *id = i == 0 ? r->info.protocol_id : r->steps[i - 1].protocol_id;
		bool seen = !id;
		for (size_t k = 0; k < n && !seen; k++)
			seen = strcmp(ids[k], id) == 0;
		if (!seen)
			ids[n++] = id;
	}
	return n;
}

const struct protocol *export_protocol_now(const struct catalog *now, const char *id)
{
	return now && id ? catalog_find(now, id) : NULL;
}

const char *export_continuum_credit(const struct catalog *now, const struct meeting_record *r,
				    size_t step)
{
	if (step >= r->n_steps)
		return NULL;
	const struct step_record *x = &r->steps[step];
	const struct protocol *p =
		export_protocol_now(now, x->protocol_id ? x->protocol_id : r->info.protocol_id);
	/* The record keeps the step's title, not its id: the decide step of
	 * that title, or the protocol's only decide step. */
	const struct step *only = NULL;
	size_t decides = 0;
	for (size_t i = 0; p && i < p->n_steps; i++) {
		if (p->steps[i].kind != STEP_DECIDE)
			continue;
		if (x->title && strcmp(p->steps[i].title, x->title) == 0)
			return p->steps[i].continuum_credit;
		only = &p->steps[i];
		decides++;
	}
	return decides == 1 ? only->continuum_credit : NULL;
}

void export_meeting_now(const struct meeting_record *r, unsigned what, enum export_format f,
			const struct catalog *now, struct strbuf *out)
{
	switch (f) {
	case EXPORT_CSV:
		export_csv_header(what, out);
		export_csv(r, what, now, out);
		break;
	case EXPORT_JSON:
		export_json(r, what, now, out);
		break;
	case EXPORT_MD:
		export_md(r, what, now, out);
		break;
	case EXPORT_TXT:
		export_txt(r, what, now, out);
		break;
	case EXPORT_HTML:
		export_html_page(r, what, now, out);
		break;
	}
}

void export_meeting(const struct meeting_record *r, unsigned what, enum export_format f,
		    struct strbuf *out)
{
	export_meeting_now(r, what, f, NULL, out);
}

void export_begin(struct export_stream *x, unsigned what, enum export_format f,
		  struct strbuf *out)
{
	*x = (struct export_stream){ what, f, 0, NULL };
	if (f == EXPORT_CSV)
		export_csv_header(what, out);
	if (f == EXPORT_JSON)
		strbuf_adds(out, "{\"meetings\": [\n");
	if (f == EXPORT_HTML)
		export_html_begin(out, export_html_title(what));
}

void export_add(struct export_stream *x, const struct meeting_record *rs, size_t n,
		struct strbuf *out)
{
	for (size_t i = 0; i < n; i++) {
		if (x->what != EXPORT_ALL && !export_holds(&rs[i], x->what))
			continue;
		switch (x->format) {
		case EXPORT_CSV:
			export_csv(&rs[i], x->what, x->now, out);
			break;
		case EXPORT_JSON:
			if (x->shown)
				strbuf_adds(out, ",\n");
			export_json(&rs[i], x->what, x->now, out);
			break;
		case EXPORT_MD:
			if (x->shown)
				strbuf_adds(out, "\n---\n\n");
			export_md(&rs[i], x->what, x->now, out);
			break;
		case EXPORT_TXT:
		case EXPORT_HTML:
			if (x->shown)
				export_human_separator(out, x->format == EXPORT_HTML);
			(x->format == EXPORT_HTML ? export_html : export_txt)(&rs[i], x->what, x->now, out);
			break;
		}
		x->shown++;
	}
}

void export_end(struct export_stream *x, struct strbuf *out)
{
	if (x->format == EXPORT_JSON)
		strbuf_adds(out, "]}\n");
	if (x->format == EXPORT_HTML)
		export_html_end(out);
}

void export_meetings(const struct meeting_record *rs, size_t n, unsigned what,
		     enum export_format f, struct strbuf *out)
{
	struct export_stream x;
	export_begin(&x, what, f, out);
	export_add(&x, rs, n, out);
	export_end(&x, out);
}

void export_level_words(const struct meeting_record *r, const struct level_record *x,
			struct strbuf *sb)
{
	const char *now = record_level_label(r, x, x->level);
	const char *goal = record_level_label(r, x, x->target);
	/* Read by people (notes, review, the closing summary), never by
	 * import: in the interface's language. */
	if (x->level >= 0 && now)
		/* TRANSLATORS: an agreed level: its number and label. */
		strbuf_addf(sb, _("now %d %s"), x->level, now);
	else if (x->level >= 0)
		strbuf_addf(sb, _("now %d"), x->level);
	if (x->target >= 0)
		strbuf_adds(sb, x->level >= 0 ? "; " : "");
	const char *by = x->target_date ? x->target_date : "?";
	if (x->target >= 0 && goal)
		/* TRANSLATORS: a target level, its label and the date to reach it. */
		strbuf_addf(sb, _("target %d %s by %s"), x->target, goal, by);
	else if (x->target >= 0)
		strbuf_addf(sb, _("target %d by %s"), x->target, by);
}
