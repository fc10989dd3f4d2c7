/* ui: the full-screen app. Returns the program's exit status. */
#ifndef CONVENE_UI_H
#define CONVENE_UI_H

#include <stdbool.h>

struct store;
struct catalog;

enum ui_theme {
	THEME_DEFAULT,   /* the terminal's colours with a few accents */
	THEME_PROJECTOR, /* high contrast: white on black, alerts black on yellow */
	THEME_MONO,      /* attributes only (NO_COLOR, or no colours) */
};

struct ui_options {
	enum ui_theme theme;
	bool bell;   /* ring the terminal bell when a step runs over */
	bool review; /* open on the meetings on record rather than home */
	const char *meeting; /* convene join --meeting: the only meeting a seat
			      * may join (a number); NULL: any running one */
};

/* Parses "default", "projector" or "mono". */
bool ui_theme_parse(const char *name, enum ui_theme *out);

int ui_run(struct store *s, const struct catalog *c, const struct ui_options *opt);
/* The read-only view that follows a running meeting (meeting NULL: the
 * newest running one). */
int ui_present(struct store *s, const struct catalog *c, const char *meeting,
	       const struct ui_options *opt);
/* A seat (convene join): one participant's own screen in a running
 * meeting, on a store opened for writing (src/ui/seat*.c). */
int ui_join(struct store *s, const struct catalog *c, const struct ui_options *opt);

#endif
