/* md_text read back by a CommonMark renderer (cmark, the reference
 * implementation): each text, escaped and put in a list item as the notes
 * put it, renders as exactly the text typed, whatever markup it holds
 * (a leading "#", "-", "1.", emphasis, code, links, HTML, entities,
 * backslashes). Skipped when cmark is not installed (scripts/deps.sh test
 * installs it). */
#include "convene/export.h"
#include "convene/util.h"
#include "tap.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* The text of cmark's HTML: tags dropped, its five entities read. */
static char *text_of(const char *html)
{
	static const struct { const char *entity, *c; } entities[] = {
		{ "&amp;", "&" }, { "&lt;", "<" }, { "&gt;", ">" }, { "&quot;", "\"" }, { "&#39;", "'" },
	};
	struct strbuf sb;
	strbuf_init(&sb);
	for (const char *p = html; *p;) {
		if (*p == '<') {
			const char *end = strchr(p, '>');
			p = end ? end + 1 : p + strlen(p);
			continue;
		}
		size_t e = 0;
		while (e < sizeof entities / sizeof *entities &&
		       strncmp(p, entities[e].entity, strlen(entities[e].entity)) != 0)
			e++;
		if (e < sizeof entities / sizeof *entities) {
			strbuf_adds(&sb, entities[e].c);
			p += strlen(entities[e].entity);
		} else if (*p != '\n') {
			strbuf_addc(&sb, *p++);
		} else {
			p++;
		}
	}
	return strbuf_take(&sb);
}

static char *render(const char *markdown, const char *dir)
{
	char *path = xasprintf("%s/in.md", dir);
	FILE *f = fopen(path, "w");
	if (!f || fputs(markdown, f) == EOF || fclose(f) != 0) {
		free(path);
		return NULL;
	}
	char *cmd = xasprintf("cmark --to html '%s'", path);
	FILE *p = popen(cmd, "r");
	struct strbuf sb;
	strbuf_init(&sb);
	char buf[4096];
	size_t n;
	while (p && (n = fread(buf, 1, sizeof buf, p)) > 0)
		strbuf_addn(&sb, buf, n);
	if (p)
		pclose(p);
	free(cmd);
	free(path);
	char *text = text_of(sb.data ? sb.data : "");
	strbuf_finish(&sb);
	return text;
}

int main(void)
{
	if (system("cmark --version >/dev/null 2>&1") != 0) {
		printf("1..0 # SKIP cmark is not installed\n");
		return 0;
	}
	static const char *const texts[] = {
		"don't", "3.5 hours", "(yes)", "#1 priority", "we are #1", "ends with ##", "* not a list",
		"- not a list", "+ not a list", "---", "***", "___", "-5 degrees", "1. not a list",
		"2026) a year", "1.5 hours", "> not a quote", "_emphasis_ here", "snake_case_name",
		"__init__", "x_", "*strong* here", "a*b*c", "3 * 4", "~~struck~~", "a\\b", "C:\\Users\\",
		"`code`", "<b>bold</b>", "a < b", "<http://example.org>", "&amp; &#35; & co", "[x](y)",
		"![img](x)", "[ref]: http://x", "a | b", "Peña_año", "Families came early — 早く",
		"1st: **top** — 3 dots", "=SUM(A1)", "<!-- comment -->",
	};
	char dir[] = "/tmp/convene-md-XXXXXX";
	if (!mkdtemp(dir)) {
		printf("Bail out! no temporary folder\n");
		return 1;
	}
	for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
		struct strbuf md;
		strbuf_init(&md);
		strbuf_adds(&md, "- ");
		md_text(&md, texts[i]);
		strbuf_adds(&md, "\n");
		char *got = render(md.data, dir);
		is_str(got ? got : "", texts[i], "cmark reads md_text(\"%s\") (%.*s) as typed", texts[i],
		       (int)md.len - 1, md.data);
		free(got);
		strbuf_finish(&md);
	}
	char *in = xasprintf("%s/in.md", dir);
	unlink(in);
	free(in);
	rmdir(dir);
	return tap_done();
}
