/* text: sanitizing untrusted text for terminals and exports, and measuring it. */
#include "convene/text.h"
#include "convene/util.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>
#include <wchar.h>

/* Decodes one UTF-8 sequence; returns its length, or 0 when it is invalid. */
static size_t utf8_decode(const unsigned char *s, size_t len, uint32_t *cp)
{
	if (len == 0)
		return 0;
	unsigned char c = s[0];
	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	size_t n;
	uint32_t min;
	if ((c & 0xE0) == 0xC0) {
		n = 2, min = 0x80, *cp = c & 0x1F;
	} else if ((c & 0xF0) == 0xE0) {
		n = 3, min = 0x800, *cp = c & 0x0F;
	} else if ((c & 0xF8) == 0xF0) {
		n = 4, min = 0x10000, *cp = c & 0x07;
	} else {
		return 0;
	}
	if (len < n)
		return 0;
	for (size_t i = 1; i < n; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		*cp = (*cp << 6) | (s[i] & 0x3F);
	}
	if (*cp < min || *cp > 0x10FFFF || (*cp >= 0xD800 && *cp <= 0xDFFF))
		return 0;
	return n;
}

static bool is_control(uint32_t cp)
{
	return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F);
}

static bool is_bidi_override(uint32_t cp)
{
	return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

long text_first_invalid_utf8(const char *s, size_t len, int *line, int *col)
{
	const unsigned char *p = (const unsigned char *)s;
	*line = *col = 1;
	for (size_t i = 0; i < len;) {
		uint32_t cp;
		size_t n = utf8_decode(p + i, len - i, &cp);
		if (n == 0)
			return (long)i;
		*col = cp == '\n' ? 1 : *col + 1;
		*line += cp == '\n';
		i += n;
	}
	return -1;
}

bool text_valid_utf8(const char *s, size_t len)
{
	int line, col;
	return text_first_invalid_utf8(s, len, &line, &col) < 0;
}

long text_find_forbidden(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s;
	for (size_t i = 0; i < len;) {
		uint32_t cp;
		size_t n = utf8_decode(p + i, len - i, &cp);
		if (n == 0)
			return (long)i;
		if (is_control(cp) && cp != '\n' && cp != '\t')
			return (long)i;
		i += n;
	}
	return -1;
}

int text_fprintf(FILE *f, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *msg = xvasprintf(fmt, ap);
	va_end(ap);
	char *clean = text_sanitize(msg, TEXT_MULTI_LINE);
	int rc = fputs(clean, f);
	free(clean);
	free(msg);
	return rc;
}

bool text_is_plain(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	while (*p >= 0x20 && *p < 0x7f)
		p++;
	return *p == '\0';
}

char *text_sanitize(const char *s, enum text_lines lines)
{
	static const char replacement[] = "\xEF\xBF\xBD";
	if (!s)
		return xstrdup("");
	const unsigned char *p = (const unsigned char *)s;
	size_t len = 0;
	/* Most text is plain printable ASCII, which passes through as it is. */
	while (p[len] >= 0x20 && p[len] < 0x7f)
		len++;
	if (p[len] == '\0')
		return xstrndup(s, len);
	len += strlen(s + len);
	struct strbuf sb;
	strbuf_init(&sb);
	for (size_t i = 0; i < len;) {
		uint32_t cp;
		size_t n = utf8_decode(p + i, len - i, &cp);
		if (n == 0) {
			strbuf_adds(&sb, replacement);
			i++;
			continue;
		}
		if (cp == '\n')
			strbuf_addc(&sb, lines == TEXT_MULTI_LINE ? '\n' : ' ');
		else if (cp == '\t')
			strbuf_addc(&sb, ' ');
		else if (cp == '\r')
			; /* a CRLF file's carriage returns carry nothing */
		else if (is_control(cp))
			strbuf_adds(&sb, replacement);
		else if (!is_bidi_override(cp))
			strbuf_addn(&sb, s + i, n);
		i += n;
	}
	return sb.data;
}

/* One cluster of s (len bytes, len > 0): a code point and the zero-width
 * marks after it. Returns its bytes; *w gets its cells. */
static size_t cluster(const char *s, size_t len, int *w)
{
	const unsigned char *p = (const unsigned char *)s;
	uint32_t cp;
	size_t n = utf8_decode(p, len, &cp);
	if (n == 0) {
		*w = 1; /* an invalid byte: drawn as one replacement cell */
		return 1;
	}
	int cw = wcwidth((wchar_t)cp);
	*w = cw < 0 ? 1 : cw;
	while (n < len) {
		size_t m = utf8_decode(p + n, len - n, &cp);
		if (m == 0 || cp == '\n' || wcwidth((wchar_t)cp) != 0)
			break;
		n += m;
	}
	return n;
}

int text_width(const char *s)
{
	size_t len = strlen(s);
	int w = 0;
	for (size_t i = 0; i < len;) {
		int cw;
		i += cluster(s + i, len - i, &cw);
		w += cw;
	}
	return w;
}

const char *text_ellipsis(void)
{
	return MB_CUR_MAX > 1 ? "\xe2\x80\xa6" : "...";
}

size_t text_prefix(const char *s, int cells, int *used)
{
	size_t len = strlen(s), i = 0;
	int w = 0;
	while (i < len) {
		int cw;
		size_t n = cluster(s + i, len - i, &cw);
		if (w + cw > cells)
			break;
		w += cw;
		i += n;
	}
	if (used)
		*used = w;
	return i;
}

/* The ellipsis alone, cut to cells (for a room too small for any text). */
static char *only_ellipsis(int cells)
{
	const char *e = text_ellipsis();
	return xstrndup(e, text_prefix(e, cells < 0 ? 0 : cells, NULL));
}

static bool is_trailing_junk(char c)
{
	return c == ' ' || c == ',' || c == ';' || c == ':';
}

char *text_fit(const char *s, int cells)
{
	const char *e = text_ellipsis();
	int ew = text_width(e);
	if (text_width(s) <= cells)
		return xstrdup(s);
	if (cells <= ew)
		return only_ellipsis(cells);
	int avail = cells - ew;
	size_t len = strlen(s), i = 0, space = 0;
	int w = 0;
	while (i < len) {
		int cw;
		size_t n = cluster(s + i, len - i, &cw);
		if (s[i] == ' ' && 2 * w >= avail)
			space = i;
		if (w + cw > avail)
			break;
		w += cw;
		i += n;
	}
	/* A word that ends exactly at the cut is whole too. */
	size_t cut = (i < len && s[i] == ' ') ? i : space ? space : i;
	while (cut > 0 && is_trailing_junk(s[cut - 1]))
		cut--;
	struct strbuf sb;
	strbuf_init(&sb);
	strbuf_addn(&sb, s, cut);
	strbuf_adds(&sb, e);
	return sb.data;
}

char *text_fit_middle(const char *s, int cells)
{
	const char *e = text_ellipsis();
	int ew = text_width(e), total = text_width(s);
	if (total <= cells)
		return xstrdup(s);
	if (cells <= ew)
		return only_ellipsis(cells);
	int avail = cells - ew, hw;
	size_t head = text_prefix(s, (avail + 1) / 2, &hw);
	int tail_room = avail - hw;
	/* The tail: the first cluster boundary after the head from which the
	 * rest of s fits in the room left. */
	size_t len = strlen(s), i = head;
	int w = hw;
	while (i < len && total - w > tail_room) {
		int cw;
		i += cluster(s + i, len - i, &cw);
		w += cw;
	}
	size_t h = head;
	while (h > 0 && s[h - 1] == ' ')
		h--;
	while (s[i] == ' ')
		i++;
	struct strbuf sb;
	strbuf_init(&sb);
	strbuf_addn(&sb, s, h);
	strbuf_adds(&sb, e);
	strbuf_adds(&sb, s + i);
	return sb.data;
}

char *text_pad(const char *s, int cells, enum text_cut cut)
{
	char *fit = cut == TEXT_CUT_MIDDLE ? text_fit_middle(s, cells) : text_fit(s, cells);
	int w = text_width(fit);
	if (w >= cells)
		return fit;
	struct strbuf sb;
	strbuf_init(&sb);
	strbuf_adds(&sb, fit);
	for (; w < cells; w++)
		strbuf_addc(&sb, ' ');
	free(fit);
	return sb.data;
}

size_t text_line(const char *s, int w, size_t *skip)
{
	/* Only what one line can hold is looked at, so that wrapping a long
	 * text is linear: a line of w cells is at most a few bytes a cell
	 * (more only with runs of combining marks, which then wrap early). */
	size_t bound = (size_t)(w > 0 ? w : 1) * 16 + 64, len = strnlen(s, bound), i = 0, brk = 0;
	if (len == bound)
		while (len > 0 && ((unsigned char)s[len] & 0xC0) == 0x80)
			len--; /* never split a character */
	int used = 0;
	while (i < len && s[i] != '\n') {
		int cw;
		size_t n = cluster(s + i, len - i, &cw);
		if (used + cw > w)
			break;
		if (s[i] == ' ')
			brk = i;
		used += cw;
		i += n;
	}
	if (i == len || s[i] == '\n') {
		*skip = i < len ? 1 : 0;
		return i;
	}
	if (s[i] == ' ') { /* the line ends exactly at a word's end */
		*skip = 1;
		return i;
	}
	*skip = 0;
	if (brk > 0) {
		*skip = 1;
		return brk;
	}
	if (i == 0) { /* one character wider than the line: it goes alone */
		int cw;
		return len ? cluster(s, len, &cw) : 1;
	}
	return i; /* a word longer than the line is cut */
}

/* Spaces (White_Space) and default-ignorable format characters: nothing a
 * reader sees, so nothing a formula guard may stop at. */
static bool is_blank_or_invisible(uint32_t cp)
{
	static const uint32_t ranges[][2] = {
		{ 0x0009, 0x000D }, { 0x0020, 0x0020 }, { 0x0085, 0x0085 }, { 0x00A0, 0x00A0 },
		{ 0x00AD, 0x00AD }, { 0x034F, 0x034F }, { 0x061C, 0x061C }, { 0x115F, 0x1160 },
		{ 0x1680, 0x1680 }, { 0x17B4, 0x17B5 }, { 0x180B, 0x180F }, { 0x2000, 0x200F },
		{ 0x2028, 0x202F }, { 0x205F, 0x206F }, { 0x3000, 0x3000 }, { 0x3164, 0x3164 },
		{ 0xFE00, 0xFE0F }, { 0xFEFF, 0xFEFF }, { 0xFFA0, 0xFFA0 }, { 0x1BCA0, 0x1BCA3 },
		{ 0x1D173, 0x1D17A }, { 0xE0000, 0xE0FFF },
	};
	for (size_t i = 0; i < sizeof ranges / sizeof ranges[0]; i++)
		if (cp >= ranges[i][0] && cp <= ranges[i][1])
			return true;
	return false;
}

uint32_t text_first_visible(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t len = strlen(s);
	for (size_t i = 0; i < len;) {
		uint32_t cp;
		size_t n = utf8_decode(p + i, len - i, &cp);
		if (n == 0)
			return 0;
		if (!is_blank_or_invisible(cp))
			return cp;
		i += n;
	}
	return 0;
}

char *text_trim(char *s)
{
	size_t len = strlen(s);
	while (len > 0 && isspace((unsigned char)s[len - 1]))
		s[--len] = '\0';
	size_t start = 0;
	while (isspace((unsigned char)s[start]))
		start++;
	memmove(s, s + start, len - start + 1);
	return s;
}
