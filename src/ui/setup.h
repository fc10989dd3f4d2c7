/*
 * setup: what the pages of the setup screen share (screen-setup.c, with
 * the agenda page in setup-agenda.c and the roles page in setup-roles.c).
 */
#ifndef CONVENE_UI_SETUP_H
#define CONVENE_UI_SETUP_H

#include "app.h"
#include "guest-form.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum page { PAGE_PROTOCOL, PAGE_AGENDA, PAGE_ATTENDANCE, PAGE_ROLES, PAGE_TIMING, PAGE_MODE };

#define MAX_ROLES 8

#define MAX_AGENDA 12

struct agenda_entry {
	size_t protocol; /* index in the catalog */
	int minutes;
};

struct setup_state {
	struct store *store; /* borrowed: to take back guests of a meeting not started */
	struct team_list teams;
	/* The team within teams; guests added at attendance are appended to
	 * its members (marked guest), for this meeting only. */
	struct team *team;
	enum page page;
	size_t proto_sel;
	bool *present;
	size_t member_sel;
	struct guest_form guest;
	enum rating_mode mode;
	/* An agenda put together here, and what it is built into. */
	struct agenda_entry agenda[MAX_AGENDA];
	size_t n_agenda, agenda_sel;
	bool in_agenda_list;
	struct protocol *built;
	/* Who holds which role, proposed by rotation. */
	char **roles;
	size_t n_roles, role_sel;
	int64_t holders[MAX_ROLES];
	/* Planned minutes per step for this meeting, and last time's. */
	int *minutes;
	size_t n_minutes, timing_sel;
	struct step_time *last;
	size_t n_last;
};

extern struct setup_state setup;


int setup_total_minutes(const struct protocol *p);

void setup_draw_agenda(const struct app *a, int y, int w);
void setup_agenda_act(struct app *a, enum action act);
/* Moves the protocol selection to the next protocol that is not an agenda. */
void setup_next_protocol(const struct app *a, int delta);

void setup_draw_timing(const struct app *a, int y, int w);
/* Loads the plan for the chosen protocol and last time's times. */
void setup_prepare_timing(struct app *a);
void setup_timing_act(struct app *a, enum action act);
void setup_release_timing(void);
/* The protocol or agenda the meeting will run. */
const struct protocol *setup_chosen(const struct app *a);

/* The attendance page: who is here, guests, and whether quorum holds
 * (setup-attendance.c). */
void setup_draw_attendance(int y, int w);
size_t setup_present_count(void);
/* Handles the attendance page's own keys (guests); false when act is not one. */
bool setup_attendance_act(struct app *a, enum action act, int key);
/* Takes back the guests of a meeting that did not start. */
void setup_drop_guests(void);
/* The quorum line for who is marked present, or NULL when quorum holds;
 * newly allocated. */
char *setup_quorum_missing(void);

void setup_draw_roles(int y, int w);
void setup_propose_roles(struct app *a);
void setup_change_holder(int delta);

#endif
