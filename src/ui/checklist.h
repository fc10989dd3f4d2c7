/*
 * checklist (UI): a checklist step's screens and room body: ticking a
 * list (screen-checklist.c), its counts (screen-checklist-results.c) and
 * what the room sees of both (room-checklist.c), and a
 * seat's own list (seat-checklist.c).
 */
#ifndef CONVENE_UI_CHECKLIST_H
#define CONVENE_UI_CHECKLIST_H

#include "app.h"
#include "room.h"

extern const struct screen screen_checklist, screen_checklist_results, screen_seat_checklist;
void room_body_checklist(const struct room *r, struct room_box b);

/* The count beside item i in the results: "5 of 8" (each) or "applies"
 * (the room's); the caller frees it. */
char *checklist_count_words(const struct meeting *m, size_t step, size_t item);

#endif
