/*
 * bigtext: short ASCII text drawn in block characters for the back of the
 * room — step titles, questions, counts, timers. Each 3x5 glyph pixel is a
 * half block (▀ ▄ █), so pixels are square on a terminal; where blocks
 * cannot be drawn (draw_blocks) a pixel is '#' over whole rows. Text the font lacks (accented names) is not drawn big:
 * callers fall back to ordinary bold text.
 */
#ifndef CONVENE_UI_BIGTEXT_H
#define CONVENE_UI_BIGTEXT_H

#include "draw.h"

#include <stdbool.h>

/* Whether every character of s has a big glyph (letters in any case are
 * drawn as capitals). */
bool bigtext_fits(const char *s);
/* The largest scale (1 to max_scale) at which s, word-wrapped, fits in w
 * columns and h rows; 0 when it does not fit even at scale 1. */
int bigtext_scale(const char *s, int w, int h, int max_scale);
/* Rows and columns s takes at scale, wrapped to w columns. */
int bigtext_height(const char *s, int w, int scale);
/* Draws s at scale, word-wrapped to w columns, each line centred in w
 * when centre is set; returns the rows used. */
int bigtext_draw(int y, int x, int w, int scale, bool centre, enum style st, const char *s);

#endif
