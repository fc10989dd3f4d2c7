/* text: sanitizing untrusted text for terminals and exports, and measuring it. */
#include "convene/text.h"
#include "convene/util.h"

#include <ctype.h>
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

bool text_valid_utf8(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s;
	for (size_t i = 0; i < len;) {
		uint32_t cp;
		size_t n = utf8_decode(p + i, len - i, &cp);
		if (n == 0)
			return false;
		i += n;
	}
	return true;
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

int text_width(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t len = strlen(s);
	int w = 0;
	for (size_t i = 0; i < len;) {
		uint32_t cp;
		size_t n = utf8_decode(p + i, len - i, &cp);
		if (n == 0) {
			w++;
			i++;
			continue;
		}
		int cw = wcwidth((wchar_t)cp);
		w += cw < 0 ? 1 : cw;
		i += n;
	}
	return w;
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
