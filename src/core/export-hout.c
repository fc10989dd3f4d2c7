/*
 * export-hout: the writer of the plain-text and HTML formats (see
 * export-human.h). Plain text is for pasting into an email: no markup of
 * any kind, each block wrapped at 72 columns measured in cells
 * (text_line), list items with a hanging indent, no trailing spaces, one
 * blank line between blocks. HTML is one self-contained page: its style
 * inline, no scripts, nothing fetched; every text escaped (& < > " ').
 */
#include "convene/i18n.h"
#include "convene/text.h"
#include "export-human.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

void hout_init(struct hout *o, struct strbuf *sb, bool html)
{
	*o = (struct hout){ .sb = sb, .html = html };
	strbuf_init(&o->line);
}

static void html_escape(struct strbuf *sb, const char *s)
{
	for (;;) {
		size_t run = strcspn(s, "&<>\"'");
		strbuf_addn(sb, s, run);
		s += run;
		if (!*s)
			return;
		switch (*s++) {
		case '&':
			strbuf_adds(sb, "&amp;");
			break;
		case '<':
			strbuf_adds(sb, "&lt;");
			break;
		case '>':
			strbuf_adds(sb, "&gt;");
			break;
		case '"':
			strbuf_adds(sb, "&quot;");
			break;
		default:
			strbuf_adds(sb, "&#39;");
			break;
		}
	}
}

static const char *const html_tags[] = {
	[HB_TITLE] = "h1", [HB_HEADING] = "h2", [HB_SUB] = "h3", [HB_PARA] = "p",
	[HB_META] = "p class=\"meta\"", [HB_BULLET] = "li", [HB_NUMBER] = "li",
};

static char list_of(enum hblock b)
{
	return b == HB_BULLET ? 'u' : b == HB_NUMBER ? 'o' : 0;
}

static void html_list(struct hout *o, char list)
{
	if (o->list == list)
		return;
	if (o->list)
		strbuf_adds(o->sb, o->list == 'u' ? "</ul>\n" : "</ol>\n");
	if (list)
		strbuf_adds(o->sb, list == 'u' ? "<ul>\n" : "<ol class=\"points\">\n");
	o->list = list;
}

void hout_begin(struct hout *o, enum hblock b, unsigned number)
{
	if (o->open)
		hout_end(o);
	/* One blank line between blocks; a bulleted list's items run on, and
	 * so do the lines under the title. */
	bool run_on = (b == HB_BULLET && o->block == HB_BULLET) ||
		      (b == HB_META && (o->block == HB_TITLE || o->block == HB_META));
	o->block = b;
	o->number = number;
	o->open = true;
	if (o->html) {
		html_list(o, list_of(b));
		if (b == HB_NUMBER)
			strbuf_addf(o->sb, "<li value=\"%u\">", number);
		else
			strbuf_addf(o->sb, "<%s>", html_tags[b]);
		return;
	}
	if (o->any && !run_on)
		strbuf_addc(o->sb, '\n');
	o->line.len = 0;
	if (o->line.data)
		o->line.data[0] = '\0';
}

/* Plain text: the block's words wrapped at HOUT_WIDTH, the first line
 * after its marker ("1. ", "• "), the others under the words. */
static void txt_flush(struct hout *o)
{
	char marker[32] = "";
	if (o->block == HB_NUMBER)
		snprintf(marker, sizeof marker, "%u. ", o->number);
	else if (o->block == HB_BULLET)
		snprintf(marker, sizeof marker, "%s", "\xe2\x80\xa2 "); /* • */
	int indent = text_width(marker);
	const char *s = o->line.data ? o->line.data : "";
	bool first = true;
	while (first || *s) {
		size_t skip, n = text_line(s, HOUT_WIDTH - indent, &skip);
		/* A line never ends in spaces: a paste must not carry them. */
		size_t end = n;
		while (end > 0 && s[end - 1] == ' ')
			end--;
		if (first)
			strbuf_adds(o->sb, marker);
		else if (end)
			strbuf_addf(o->sb, "%*s", indent, "");
		strbuf_addn(o->sb, s, end);
		strbuf_addc(o->sb, '\n');
		s += n + skip;
		first = false;
	}
	if (o->block == HB_TITLE || o->block == HB_HEADING) {
		/* Underlined in the lines' own characters, never Markdown's. */
		int w = text_width(o->line.data ? o->line.data : "");
		for (int i = 0; i < (w < HOUT_WIDTH ? w : HOUT_WIDTH); i++)
			strbuf_adds(o->sb, o->block == HB_TITLE ? "\xe2\x95\x90" : "\xe2\x94\x80");
		strbuf_addc(o->sb, '\n');
	}
}

void hout_end(struct hout *o)
{
	if (!o->open)
		return;
	o->open = false;
	o->any = true;
	if (o->html) {
		const char *tag = html_tags[o->block];
		strbuf_addf(o->sb, "</%.*s>\n", (int)strcspn(tag, " "), tag);
		return;
	}
	txt_flush(o);
}

void hout_finish(struct hout *o)
{
	hout_end(o);
	if (o->html)
		html_list(o, 0);
	strbuf_finish(&o->line);
}

void hout_text(struct hout *o, const char *s)
{
	s = s ? s : "";
	char *clean = text_is_plain(s) ? NULL : text_sanitize(s, TEXT_ONE_LINE);
	const char *t = clean ? clean : s;
	if (o->html)
		html_escape(o->sb, t);
	else
		strbuf_adds(&o->line, t);
	free(clean);
}

void hout_words(struct hout *o, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *s = xvasprintf(fmt, ap);
	va_end(ap);
	/* A translation is text too, and the words may quote a person's:
	 * cleaned and escaped like the rest. */
	hout_text(o, s);
	free(s);
}

void hout_strong(struct hout *o, bool on)
{
	if (o->html)
		strbuf_adds(o->sb, on ? "<strong>" : "</strong>");
}

void hout_em(struct hout *o, bool on)
{
	if (o->html)
		strbuf_adds(o->sb, on ? "<span class=\"note\">" : "</span>");
}

void hout_break(struct hout *o)
{
	if (o->html)
		strbuf_adds(o->sb, "<br>");
	else
		strbuf_addc(&o->line, '\n');
}

void export_human_separator(struct strbuf *sb, bool html)
{
	if (html) {
		strbuf_adds(sb, "<hr>\n");
		return;
	}
	strbuf_addc(sb, '\n');
	for (int i = 0; i < HOUT_WIDTH; i++)
		strbuf_adds(sb, "\xe2\x94\x80"); /* ─ */
	strbuf_adds(sb, "\n\n");
}

/* The page's style: readable on a screen, and printed at 11.5pt with
 * margins, a point or a heading never split from what follows it. */
static const char style[] =
	"body{font-family:Georgia,\"Times New Roman\",serif;font-size:12pt;line-height:1.4;"
	"color:#000;background:#fff;max-width:42em;margin:2em auto;padding:0 1em}\n"
	"h1{font-size:18pt;margin:0 0 .3em}\n"
	"h2{font-size:14pt;margin:1.2em 0 .4em;border-bottom:1px solid #888}\n"
	"h3{font-size:12pt;margin:.9em 0 .3em}\n"
	"p{margin:.4em 0}\n"
	".meta{color:#222}\n"
	".note{font-size:10.5pt;color:#333}\n"
	"ol.points>li{margin:.5em 0}\n"
	"li{margin:.2em 0}\n"
	"hr{border:0;border-top:1px solid #888;margin:2em 0}\n"
	"@page{size:auto;margin:2cm 2cm 2cm 2cm}\n"
	"@media print{body{max-width:none;margin:0;padding:0;font-size:11.5pt}"
	"li,p,h3{break-inside:avoid;page-break-inside:avoid}"
	"h1,h2,h3{break-after:avoid;page-break-after:avoid}"
	"}\n";

void export_html_begin(struct strbuf *sb, const char *title)
{
	strbuf_adds(sb, "<!DOCTYPE html>\n<html lang=\"");
	html_escape(sb, i18n_language());
	strbuf_adds(sb, "\">\n<head>\n<meta charset=\"utf-8\">\n"
			"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
			"<title>");
	char *clean = text_sanitize(title ? title : "", TEXT_ONE_LINE);
	html_escape(sb, clean);
	free(clean);
	strbuf_adds(sb, "</title>\n<style>\n");
	strbuf_adds(sb, style);
	strbuf_adds(sb, "</style>\n</head>\n<body>\n");
}

void export_html_end(struct strbuf *sb)
{
	strbuf_adds(sb, "</body>\n</html>\n");
}
