/*
 * guest-form: the two fields that add a guest for one meeting (a name, then
 * a group or none for "guest"), shared by the attendance page of setup and
 * the attendance screen of a running meeting.
 */
#ifndef CONVENE_UI_GUEST_FORM_H
#define CONVENE_UI_GUEST_FORM_H

#include "app.h"
#include "input.h"

#include <stdbool.h>

struct guest_form {
	bool open;
	bool on_group; /* the name is typed; now the group */
	struct field name, group;
};

enum guest_step { GUEST_TYPING, GUEST_CANCELLED, GUEST_DONE };

void guest_form_open(struct guest_form *g);
void guest_form_draw(const struct guest_form *g, int y, int w);
/* A key while the form is open: GUEST_DONE when both fields are given (the
 * caller adds the guest and closes the form), GUEST_CANCELLED on Esc. */
enum guest_step guest_form_act(struct app *a, struct guest_form *g, enum action act, int key);
/* The group typed, or "guest" when none was. */
const char *guest_form_group(const struct guest_form *g);

#endif
