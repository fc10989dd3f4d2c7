/*
 * entries: the list editor shared by the screens that capture entries
 * (answers to questions, items in boxes): a selection over the current
 * step's entries in display order, and adding, editing and deleting through
 * one text field and a confirmation. The screens draw the layout; this
 * module owns what the keys do.
 */
#ifndef CONVENE_UI_ENTRIES_H
#define CONVENE_UI_ENTRIES_H

#include "app.h"
#include "input.h"

#include <stdbool.h>
#include <stddef.h>

#define NO_ENTRY ((size_t)-1)

enum entry_edit { EDIT_NONE, EDIT_ADD, EDIT_CHANGE };

struct entries_view {
	size_t group;          /* where new entries go; follows the selection */
	size_t sel;            /* the selected entry's index, or NO_ENTRY */
	enum entry_edit editing;
	struct field field;
};

void entries_reset(struct entries_view *v);
bool entries_typing(const struct entries_view *v);
/* Handles the keys of entry capture; false when act is not one of them. */
bool entries_act(struct entries_view *v, struct app *a, enum action act, int key);
/* Entry indexes of the current step in display order: by group, then in
 * the order they were added. Returns the count; caller frees *out. */
size_t entries_order(const struct app *a, size_t **out);
/* Draws the text field (when editing) on row y with a label before it. */
void entries_draw_field(const struct entries_view *v, int y, int w, const char *label);
/* The step's entries: those of the step itself, or of the step it sorts. */
const struct step_state *entries_state(const struct app *a);

/* Quiet writing before the discussion: the countdown, what the room is
 * asked, and how long the loop may sleep before the next second. */
void entries_draw_silence(const struct entries_view *v, const struct app *a, int y, int w);
int entries_wait_ms(const struct entries_view *v, const struct app *a);
/* Handles a key during quiet writing; false when there is none. */
bool entries_silence_act(struct app *a, enum action act);
/* Which keys apply now on a screen of entries (the footer shows those). */
bool entries_available(const struct entries_view *v, const struct app *a, enum action act);

#endif
