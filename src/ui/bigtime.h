/* bigtime: a time drawn in big block digits that fill the space given,
 * readable from the back of a room; plain text when the space is small. */
#ifndef CONVENE_UI_BIGTIME_H
#define CONVENE_UI_BIGTIME_H

#include "draw.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Formats ms as "m:ss" or "h:mm:ss"; a leading '+' for overtime (ms < 0
 * with overtime set). */
void bigtime_format(int64_t ms, bool overtime, char *out, size_t size);
/* Draws text (digits, ':', '+') as large as fits in the box, centred;
 * returns the rows used. */
int bigtime_draw(int y, int x, int w, int h, enum style st, const char *text);

#endif
