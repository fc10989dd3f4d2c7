/*
 * quadrants-ui: the UI of a two-way placement (step kind `quadrants`).
 * It is entered on the rating screen, an axis a dimension; its results are
 * a 2x2 grid drawn in the terminal (quadrants-grid.c), on the
 * facilitator's results (screen-quadrants.c) and the room's
 * (room-quadrants.c).
 */
#ifndef CONVENE_UI_QUADRANTS_UI_H
#define CONVENE_UI_QUADRANTS_UI_H

#include "app.h"
#include "room.h"
#include "convene/quadrants.h"

extern const struct screen screen_quadrants_results;
void room_body_quadrants_results(const struct room *r, struct room_box b);

/* Draws the grid of st's placements in the box at (y, x), h rows by w
 * columns: the cells with their names and counts, each placement a mark
 * at its (x, y) ('*' for one, its count where several coincide), the
 * scale's points along both axes and the axes' names. Returns the rows
 * used (0 when the box is too small to draw it). */
int quadrants_grid_draw(const struct step *st, const struct placement *p, size_t n, int y, int x,
			int h, int w);

#endif
