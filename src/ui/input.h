/* input: a one-line text field that edits UTF-8 by whole characters. */
#ifndef CONVENE_UI_INPUT_H
#define CONVENE_UI_INPUT_H

#include <stdbool.h>
#include <stddef.h>

/* What a field holds: anything typed, and an entry as long as the app
 * takes one; an imported entry longer than that is not edited (field_set
 * says so), so editing never saves less than was there. */
#define FIELD_MAX_BYTES 2000

struct field {
	char text[FIELD_MAX_BYTES + 1];
	size_t len;    /* bytes */
	size_t cursor; /* byte offset, always at a character boundary */
};

/* False (and the field emptied) when s is longer than a field holds. */
bool field_set(struct field *f, const char *s);
void field_clear(struct field *f);
/* Inserts one character (a Unicode code point); false if it does not fit or
 * is a control character. */
bool field_insert(struct field *f, unsigned cp);
void field_erase(struct field *f);
/* Delete: the character under the cursor. */
void field_erase_next(struct field *f);
void field_left(struct field *f);
void field_right(struct field *f);
/* Erases everything before the cursor, as Ctrl-U does in a shell. */
void field_kill_before(struct field *f);
/* Draws the field in w columns at y, x, placing the cursor when focused. */
void field_draw(const struct field *f, int y, int x, int w, bool focused);

#endif
