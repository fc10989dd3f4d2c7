/*
 * room: what the projector shows — one view of the running meeting for the
 * room, drawn from the session (the engine and its rules), used both by
 * `convene present` in a second terminal and by the facilitator's own
 * screen when it is the projected one. It has no controls and no footer,
 * and never shows an individual blind rating or an entry off the record.
 *
 * Each step kind draws its body through the UI's table of kinds
 * (kinds-ui.c); the kinds' drawing lives in room-*.c. Bodies are written as blocks of wrapped text
 * (struct room_text) so that what does not fit ends with a line saying how
 * much more there is, instead of being cut.
 */
#ifndef CONVENE_UI_ROOM_H
#define CONVENE_UI_ROOM_H

#include "draw.h"
#include "convene/catalog.h"
#include "convene/session.h"

#include <stdbool.h>
#include <stdint.h>

struct room_box {
	int y, x, w, h;
};

/* What a kind's body is drawn from. */
struct room {
	const struct session *s;
	const struct meeting *m;
	const struct step *st; /* the current step, or NULL after the last */
	int64_t now_ms;
	bool large; /* a projector-sized terminal: key figures drawn big */
};

/* Draws the whole room view over the screen; c names the protocols of an
 * agenda's steps (NULL names the agenda only). */
void room_draw(const struct session *s, const struct catalog *c, int64_t now_ms);

/* Blocks of text for a body: each is wrapped to the box's width at its
 * indent; room_text_draw shows as many as fit and says how many more. */
struct room_block {
	char *text;
	enum style style;
	int indent;
	int gap_before; /* blank lines before it */
	char *prefix;   /* "- ", "2. ": its lines wrap beside it, not under it */
};
struct room_text {
	struct room_block *blocks;
	size_t n;
};
void room_text_add(struct room_text *t, enum style st, int indent, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
/* The same after a blank line. */
void room_text_para(struct room_text *t, enum style st, int indent, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
/* Gives the block added last a prefix it hangs from (a bullet, a number). */
void room_text_prefix(struct room_text *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Draws the blocks into b; returns the rows used. Frees the blocks. */
int room_text_draw(struct room_text *t, struct room_box b);

/* A figure the room should read from afar ("5 of 8"): big when the room
 * is large and it fits, else bold. Returns the rows used. */
int room_figure(const struct room *r, struct room_box b, const char *figure, const char *caption);

/* The bodies of the step kinds (room-*.c), reached through the UI's table
 * of kinds (kinds-ui.c). */
typedef void room_body_fn(const struct room *r, struct room_box b);
void room_body_text(const struct room *r, struct room_box b);
void room_body_rating(const struct room *r, struct room_box b);
void room_body_results(const struct room *r, struct room_box b);
void room_body_norms(const struct room *r, struct room_box b);
void room_body_prompt(const struct room *r, struct room_box b);
void room_body_boxes(const struct room *r, struct room_box b);
void room_body_vote(const struct room *r, struct room_box b);
void room_body_points(const struct room *r, struct room_box b);
void room_body_decide(const struct room *r, struct room_box b);
void room_body_actions(const struct room *r, struct room_box b);
/* After the last step: what the meeting settled (room-closing.c). */
void room_body_closing(const struct room *r, struct room_box b);
/* The team's norms shown before the first step (room-opening.c). */
void room_body_opening(const struct room *r, struct room_box b, const struct protocol *norms);

#endif
