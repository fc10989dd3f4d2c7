/* ui: the full-screen app. Returns the program's exit status. */
#ifndef CONVENE_UI_H
#define CONVENE_UI_H

struct store;
struct catalog;

int ui_run(struct store *s, const struct catalog *c);
/* The read-only view that follows a running meeting (meeting NULL: the
 * newest running one). */
int ui_present(struct store *s, const char *meeting);

#endif
