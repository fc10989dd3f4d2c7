/* input: the one-line text field. */
#include "input.h"
#include "draw.h"
#include "convene/text.h"

#include <string.h>

bool field_set(struct field *f, const char *s)
{
	size_t n = strlen(s);
	if (n > FIELD_MAX_BYTES) {
		f->text[0] = '\0';
		f->len = f->cursor = 0;
		return false;
	}
	memcpy(f->text, s, n + 1);
	f->len = f->cursor = n;
	return true;
}

void field_clear(struct field *f)
{
	field_set(f, "");
}

bool field_insert(struct field *f, unsigned cp)
{
	if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F) || cp > 0x10FFFF ||
	    (cp >= 0xD800 && cp <= 0xDFFF))
		return false;
	char buf[4];
	size_t n;
	if (cp < 0x80) {
		buf[0] = (char)cp, n = 1;
	} else if (cp < 0x800) {
		buf[0] = (char)(0xC0 | (cp >> 6)), buf[1] = (char)(0x80 | (cp & 0x3F)), n = 2;
	} else if (cp < 0x10000) {
		buf[0] = (char)(0xE0 | (cp >> 12)), buf[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		buf[2] = (char)(0x80 | (cp & 0x3F)), n = 3;
	} else {
		buf[0] = (char)(0xF0 | (cp >> 18)), buf[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
		buf[2] = (char)(0x80 | ((cp >> 6) & 0x3F)), buf[3] = (char)(0x80 | (cp & 0x3F));
		n = 4;
	}
	if (f->len + n > FIELD_MAX_BYTES)
		return false;
	memmove(f->text + f->cursor + n, f->text + f->cursor, f->len - f->cursor + 1);
	memcpy(f->text + f->cursor, buf, n);
	f->len += n;
	f->cursor += n;
	return true;
}

static size_t prev_boundary(const struct field *f, size_t at)
{
	while (at > 0 && ((unsigned char)f->text[--at] & 0xC0) == 0x80)
		;
	return at;
}

void field_erase(struct field *f)
{
	if (f->cursor == 0)
		return;
	size_t start = prev_boundary(f, f->cursor);
	memmove(f->text + start, f->text + f->cursor, f->len - f->cursor + 1);
	f->len -= f->cursor - start;
	f->cursor = start;
}

void field_erase_next(struct field *f)
{
	if (f->cursor >= f->len)
		return;
	size_t at = f->cursor;
	field_right(f);
	field_erase(f);
	f->cursor = at;
}

void field_left(struct field *f)
{
	f->cursor = prev_boundary(f, f->cursor);
}

void field_kill_before(struct field *f)
{
	memmove(f->text, f->text + f->cursor, f->len - f->cursor + 1);
	f->len -= f->cursor;
	f->cursor = 0;
}

void field_right(struct field *f)
{
	if (f->cursor >= f->len)
		return;
	f->cursor++;
	while (f->cursor < f->len && ((unsigned char)f->text[f->cursor] & 0xC0) == 0x80)
		f->cursor++;
}

void field_draw(const struct field *f, int y, int x, int w, bool focused)
{
	/* Keep the cursor in view: show the tail when the text is wider. */
	char before[FIELD_MAX_BYTES + 1];
	memcpy(before, f->text, f->cursor);
	before[f->cursor] = '\0';
	const char *shown = f->text;
	while (text_width(before + (shown - f->text)) > w - 2 && *shown) {
		shown++;
		while (((unsigned char)*shown & 0xC0) == 0x80)
			shown++;
	}
	draw_fill(y, x, w, focused ? STYLE_REVERSE : STYLE_NORMAL);
	draw_text(y, x, w, focused ? STYLE_REVERSE : STYLE_BOLD, shown);
	if (focused)
		draw_cursor(y, x + text_width(before + (shown - f->text)), true);
}
