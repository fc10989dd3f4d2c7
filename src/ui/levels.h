/* levels: the levels kind's screens: the facilitator's (screen-levels.c)
 * and the room's body (room-levels.c). */
#ifndef CONVENE_UI_LEVELS_H
#define CONVENE_UI_LEVELS_H

#include "app.h"
#include "room.h"

extern const struct screen screen_levels;
room_body_fn room_body_levels;

#endif
