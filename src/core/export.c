/* export: writing a meeting record's ratings as CSV, JSON or Markdown. */
#include "convene/export.h"
#include "convene/stats.h"
#include "convene/text.h"

#include <stdlib.h>
#include <string.h>

bool export_parse_format(const char *s, enum export_format *out)
{
	static const struct { const char *name; enum export_format f; } formats[] = {
		{ "csv", EXPORT_CSV }, { "json", EXPORT_JSON }, { "md", EXPORT_MD },
		{ "markdown", EXPORT_MD },
	};
	for (size_t i = 0; i < ARRAY_LEN(formats); i++)
		if (strcmp(s, formats[i].name) == 0) {
			*out = formats[i].f;
			return true;
		}
	return false;
}

void csv_cell(struct strbuf *sb, const char *s)
{
	char *clean = text_sanitize(s ? s : "", TEXT_MULTI_LINE);
	/* A spreadsheet runs a cell starting with these as a formula (OWASP). */
	bool guard = strchr("=+-@", clean[0]) && clean[0] != '\0';
	bool quote = guard || strpbrk(clean, ",\"\r\n") != NULL;
	if (quote)
		strbuf_addc(sb, '"');
	if (guard)
		strbuf_addc(sb, '\'');
	for (const char *p = clean; *p; p++) {
		if (*p == '"')
			strbuf_addc(sb, '"');
		strbuf_addc(sb, *p);
	}
	if (quote)
		strbuf_addc(sb, '"');
	free(clean);
}

void json_string(struct strbuf *sb, const char *s)
{
	if (!s) {
		strbuf_adds(sb, "null");
		return;
	}
	/* Keep the true text, but valid UTF-8 and with every control escaped. */
	char *clean = text_sanitize(s, TEXT_MULTI_LINE);
	strbuf_addc(sb, '"');
	for (const unsigned char *p = (const unsigned char *)clean; *p; p++) {
		switch (*p) {
		case '"': strbuf_adds(sb, "\\\""); break;
		case '\\': strbuf_adds(sb, "\\\\"); break;
		case '\n': strbuf_adds(sb, "\\n"); break;
		default:
			if (*p < 0x20)
				strbuf_addf(sb, "\\u%04x", *p);
			else
				strbuf_addc(sb, (char)*p);
		}
	}
	strbuf_addc(sb, '"');
	free(clean);
}

void md_text(struct strbuf *sb, const char *s)
{
	char *clean = text_sanitize(s ? s : "", TEXT_ONE_LINE);
	for (const char *p = clean; *p; p++) {
		if (strchr("\\`*_[]#|<>", *p))
			strbuf_addc(sb, '\\');
		strbuf_addc(sb, *p);
	}
	free(clean);
}

struct dim_summary {
	size_t step, dim_index;
	const char *id, *title;
	struct rating_stats stats;
};

/* Groups the ratings (sorted by step and dimension) into per-dimension stats
 * with focus flags computed within each step. */
static struct dim_summary *summarize(const struct meeting_record *r, size_t *n_out)
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

static const char *mode_name(enum rating_mode m)
{
	return m == RATING_BLIND ? "blind" : "named";
}

static void export_csv(const struct meeting_record *r, struct strbuf *sb)
{
	strbuf_adds(sb, "meeting,meeting_uid,team,started_at,protocol,step,dimension_id,dimension,"
			"mode,rater,group,value,scale_min,scale_max,entered_at\r\n");
	for (size_t i = 0; i < r->n_ratings; i++) {
		const struct rating_record *x = &r->ratings[i];
		const char *step = x->step < r->n_steps ? r->steps[x->step].title : "";
		strbuf_addf(sb, "%lld,", (long long)r->info.id);
		const char *cells[] = { r->info.uid, r->info.team_name, r->info.started_at,
					r->info.protocol_id, step, x->dimension_id,
					x->dimension_title, mode_name(r->info.mode),
					x->member_name, x->member_group };
		for (size_t c = 0; c < ARRAY_LEN(cells); c++) {
			csv_cell(sb, cells[c]);
			strbuf_addc(sb, ',');
		}
		strbuf_addf(sb, "%d,%d,%d,", x->value, x->scale_min, x->scale_max);
		csv_cell(sb, x->entered_at);
		strbuf_adds(sb, "\r\n");
	}
}

static void json_field(struct strbuf *sb, const char *key, const char *value, bool comma)
{
	strbuf_addf(sb, "\"%s\": ", key);
	json_string(sb, value);
	if (comma)
		strbuf_adds(sb, ", ");
}

static void export_json(const struct meeting_record *r, struct strbuf *sb)
{
	const struct meeting_info *m = &r->info;
	strbuf_adds(sb, "{\n  \"format\": \"convene-export\",\n  \"format_version\": 1,\n");
	strbuf_addf(sb, "  \"meeting\": {\"id\": %lld, ", (long long)m->id);
	json_field(sb, "uid", m->uid, true);
	json_field(sb, "team", m->team_name, true);
	json_field(sb, "title", m->title, true);
	json_field(sb, "protocol_id", m->protocol_id, true);
	json_field(sb, "protocol_version", m->protocol_version, true);
	json_field(sb, "rating_mode", mode_name(m->mode), true);
	json_field(sb, "status", m->status, true);
	json_field(sb, "started_at", m->started_at, true);
	json_field(sb, "closed_at", m->closed_at, false);
	strbuf_adds(sb, "},\n  \"attendance\": [");
	for (size_t i = 0; i < r->n_attendees; i++) {
		strbuf_adds(sb, i ? ",\n    {" : "\n    {");
		json_field(sb, "name", r->attendees[i].name, true);
		json_field(sb, "group", r->attendees[i].group, true);
		strbuf_addf(sb, "\"present\": %s}", r->attendees[i].present ? "true" : "false");
	}
	strbuf_adds(sb, r->n_attendees ? "\n  ],\n  \"steps\": [" : "],\n  \"steps\": [");
	for (size_t i = 0; i < r->n_steps; i++) {
		strbuf_addf(sb, "%s{\"index\": %zu, ", i ? ",\n    " : "\n    ", i);
		json_field(sb, "kind", r->steps[i].kind, true);
		json_field(sb, "title", r->steps[i].title, true);
		strbuf_addf(sb, "\"planned_seconds\": %d, \"actual_seconds\": %lld}",
			    r->steps[i].planned_seconds, (long long)(r->steps[i].actual_ms / 1000));
	}
	strbuf_adds(sb, r->n_steps ? "\n  ],\n  \"ratings\": [" : "],\n  \"ratings\": [");
	for (size_t i = 0; i < r->n_ratings; i++) {
		const struct rating_record *x = &r->ratings[i];
		strbuf_addf(sb, "%s{\"step\": %zu, ", i ? ",\n    " : "\n    ", x->step);
		json_field(sb, "dimension_id", x->dimension_id, true);
		json_field(sb, "dimension", x->dimension_title, true);
		json_field(sb, "rater", x->member_name, true);
		json_field(sb, "group", x->member_group, true);
		strbuf_addf(sb, "\"value\": %d, \"scale_min\": %d, \"scale_max\": %d, ", x->value,
			    x->scale_min, x->scale_max);
		json_field(sb, "entered_at", x->entered_at, false);
		strbuf_addc(sb, '}');
	}
	size_t n;
	struct dim_summary *sum = summarize(r, &n);
	strbuf_adds(sb, r->n_ratings ? "\n  ],\n  \"summary\": [" : "],\n  \"summary\": [");
	for (size_t i = 0; i < n; i++) {
		const struct rating_stats *s = &sum[i].stats;
		strbuf_addf(sb, "%s{\"step\": %zu, ", i ? ",\n    " : "\n    ", sum[i].step);
		json_field(sb, "dimension_id", sum[i].id, true);
		json_field(sb, "dimension", sum[i].title, true);
		strbuf_addf(sb, "\"count\": %zu, \"mean\": %.2f, \"median\": %.1f, \"min\": %d, "
				"\"max\": %d, \"distribution\": {", s->count, s->mean, s->median,
			    s->min, s->max);
		for (int v = s->scale_min; v <= s->scale_max; v++)
			strbuf_addf(sb, "%s\"%d\": %zu", v > s->scale_min ? ", " : "", v,
				    s->counts[v - s->scale_min]);
		strbuf_addf(sb, "}, \"lowest\": %s, \"widest\": %s}", s->lowest ? "true" : "false",
			    s->widest ? "true" : "false");
	}
	strbuf_adds(sb, n ? "\n  ]\n}\n" : "]\n}\n");
	free(sum);
}

static void export_md(const struct meeting_record *r, struct strbuf *sb)
{
	const struct meeting_info *m = &r->info;
	strbuf_adds(sb, "# ");
	md_text(sb, m->title);
	strbuf_adds(sb, " — ");
	md_text(sb, m->team_name);
	strbuf_addf(sb, "\n\nMeeting %lld, started ", (long long)m->id);
	md_text(sb, m->started_at);
	strbuf_addf(sb, " (%s). Ratings entered %s.\n\n", m->status,
		    m->mode == RATING_BLIND ? "blind: no individual ratings were recorded" :
					      "by name");
	size_t present = 0;
	for (size_t i = 0; i < r->n_attendees; i++)
		present += r->attendees[i].present;
	strbuf_addf(sb, "Present: %zu of %zu", present, r->n_attendees);
	for (size_t i = 0, k = 0; i < r->n_attendees; i++)
		if (r->attendees[i].present) {
			strbuf_adds(sb, k++ ? ", " : " — ");
			md_text(sb, r->attendees[i].name);
		}
	strbuf_adds(sb, ".\n");
	size_t n;
	struct dim_summary *sum = summarize(r, &n);
	for (size_t i = 0; i < n; i++) {
		const struct rating_stats *s = &sum[i].stats;
		if (i == 0 || sum[i].step != sum[i - 1].step) {
			strbuf_adds(sb, "\n## ");
			md_text(sb, sum[i].step < r->n_steps ? r->steps[sum[i].step].title : "Ratings");
			strbuf_adds(sb, "\n\n| Dimension | Rated | Mean | Median | Range |");
			for (int v = s->scale_min; v <= s->scale_max; v++)
				strbuf_addf(sb, " %d |", v);
			strbuf_adds(sb, " Talk about |\n|---|---:|---:|---:|---|");
			for (int v = s->scale_min; v <= s->scale_max; v++)
				strbuf_adds(sb, "---:|");
			strbuf_adds(sb, "---|\n");
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
	if (n == 0)
		strbuf_adds(sb, "\nNo ratings were entered.\n");
	free(sum);
}

void export_ratings(const struct meeting_record *r, enum export_format f, struct strbuf *out)
{
	switch (f) {
	case EXPORT_CSV:
		export_csv(r, out);
		break;
	case EXPORT_JSON:
		export_json(r, out);
		break;
	case EXPORT_MD:
		export_md(r, out);
		break;
	}
}
