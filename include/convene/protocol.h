/*
 * protocol: a facilitation protocol as plain C data, and the loader that
 * builds it from YAML. Loading never exits or crashes on bad input: every
 * problem is collected as a diagnostic with its line and column, so an
 * author sees them all at once.
 */
#ifndef CONVENE_PROTOCOL_H
#define CONVENE_PROTOCOL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#define PROTOCOL_MAX_BYTES (1024 * 1024)
#define PROTOCOL_MAX_DEPTH 32

enum step_kind {
	STEP_TEXT,   /* shows text to the room */
	STEP_RATING, /* everyone rates dimensions on a numeric scale */
	STEP_PROMPT, /* questions whose answers are captured as entries */
	STEP_BOXES,  /* items sorted into named boxes */
	STEP_VOTE,   /* dot voting over the items of an earlier step */
	STEP_TALKING_POINTS, /* points for constituents, agreed by every group */
	STEP_DECIDE, /* decisions, each made at a chosen point of a continuum */
	STEP_ACTIONS, /* action items with an owner, a due date and a status */
	STEP_NORMS,  /* the team's norms, a focus for today, or a check on them */
	STEP_PLACEMENT, /* everyone places the team on labelled points, per component */
	STEP_CHECKLIST, /* which items of a list apply: ticked by each person or by the room */
	STEP_ADOPT_NORMS, /* norms drafted in the room, adopted when every group confirms */
	STEP_LEVELS, /* the level the team agrees it is at, and a target with a date */
	STEP_QUADRANTS, /* each person places the team on two axes at once */
	STEP_KIND_COUNT
};

struct dimension {
	char *id;    /* stable key: ratings are stored against it */
	char *title;
	char *low;   /* what the lowest point of the scale means */
	char *high;  /* what the highest point means */
};

struct scale {
	int min;
	int max;
};

struct question {
	char *id; /* stable key: answers are stored under it */
	char *text;
};

struct continuum_point {
	char *id;
	char *title;
	char *text; /* what it means; may be NULL */
};

struct norm {
	char *id;
	char *name;
	char *description;
	char **starters; /* sentence starters, e.g. "So..." */
	size_t n_starters;
};

/* How a closing check rates the norms: a scale and what its ends mean. */
struct norms_check {
	int min, max;
	char *low, *high;
};

/* An item of a checklist (STEP_CHECKLIST), e.g. a barrier to trust. */
struct checklist_item {
	char *id; /* stable key: ticks are stored under it */
	char *text;
};

/* One axis of a two-way placement: its name and what its ends mean. */
struct axis {
	char *title;
	char *low;
	char *high;
};

/* The names of a two-way placement's four cells, by (x, y) half. */
struct quadrant_names {
	char *low_low;
	char *high_low;  /* x high, y low */
	char *low_high;  /* x low, y high */
	char *high_high;
};

struct box {
	char *id; /* stable key: items are stored under it */
	char *title;
	char *prompt; /* what goes in it; may be NULL */
};

/* A placement's point: its label, and what it means in general. */
struct placement_point {
	char *label;
	char *text; /* may be NULL */
};

/* A placement's component: placed on the points like a rating dimension.
 * descriptors: none, or one per point in order ("" where the source
 * leaves the cell empty). */
struct placement_component {
	char *id;
	char *title;
	char **descriptors;
	size_t n_descriptors;
};

struct step {
	enum step_kind kind;
	char *id;      /* optional; other steps refer to a step by it */
	char *title;
	char *text;    /* may be NULL */
	int minutes;   /* planned duration; 0 when the file gives none */
	/* STEP_RATING, and a norms check (its norms become the dimensions) */
	struct scale scale;
	struct dimension *dimensions;
	size_t n_dimensions;
	/* STEP_PROMPT */
	struct question *questions;
	size_t n_questions;
	int silent_minutes; /* quiet writing before the discussion; 0 for none */
	/* STEP_BOXES */
	struct box *boxes;
	size_t n_boxes;
	/* STEP_BOXES (sorting an earlier step's items) and STEP_VOTE */
	char *items_from; /* the id of the step whose items this one uses */
	int from;         /* that step's index, resolved when loading; -1 for none */
	/* STEP_VOTE */
	int dots;         /* per person */
	int max_per_item; /* per person; 0 for no cap */
	int max_per_box;  /* per person; 0 for no cap */
	int top;          /* how many items are marked for follow-up */
	/* STEP_DECIDE */
	struct continuum_point *continuum;
	size_t n_continuum;
	/* Whose continuum it is, e.g. "convene's rendering of the guidebook's
	 * continuum": said wherever the continuum or a point of it is shown,
	 * so a rendering is never taken for the source's own. May be NULL. */
	char *continuum_credit;
	/* STEP_NORMS: a review lists norms; a check rates an earlier step's */
	struct norm *norms;
	size_t n_norms;
	int focus;            /* how many norms the team may pick for today */
	char *norms_from;     /* a check: the id of the norms step it checks */
	int norms_step;       /* that step's index, resolved when loading; -1 */
	struct norms_check check;
	bool checks;          /* the step is a check: it rates (dimensions are its norms) */
	const char *protocol_id; /* in an agenda: the protocol it comes from (borrowed) */
	/* STEP_PLACEMENT: points 1..n_points, lowest first. Its components
	 * become its dimensions and 1..n_points its scale when it is loaded,
	 * so it is entered, stored and shown as a rating. */
	struct placement_point *points;
	size_t n_points;
	struct placement_component *components;
	size_t n_components;
	/* STEP_CHECKLIST: its items, which loading makes its dimensions (the
	 * text as the title) on a scale of 0 (does not apply) to 1 (applies),
	 * so ticks are stored, resumed, exported and reviewed as ratings. */
	struct checklist_item *checklist;
	size_t n_checklist;
	char *ticked_by;  /* "each" (every person ticks their own) or "room"; NULL: each */
	bool room_ticks;  /* ticked_by is "room": one list, ticked by the room */
	/* STEP_NORMS: "show" when the team's own adopted norms (an adopt-norms
	 * step's) are shown instead of this step's, once it has adopted some */
	char *team_norms;
	/* STEP_LEVELS: the earlier step that rates whose dimensions (its
	 * components) get an agreed level and a target, on its scale */
	char *levels_from;
	int levels_step; /* that step's index, resolved when loading; -1 */
	/* STEP_QUADRANTS: its axes (x across, y up) on the one scale, and its
	 * cells' names. When loaded, the axes become its two dimensions ("x"
	 * then "y"), so the placement is entered, stored and exported as a
	 * rating of two dimensions; a person's pair shares their place. */
	struct axis x_axis, y_axis;
	struct quadrant_names quadrants;
};

/* Steps where everyone rates dimensions: rating steps, norms checks and
 * placements. */
bool step_rates(const struct step *st);

/* A placement's label for a value (point number 1..n), or NULL when the
 * step labels no points or the value is not one of them: every view asks
 * here. */
const char *step_point_label(const struct step *st, int value);
/* The descriptor of the point a value names for a dimension (component) of
 * a placement, or NULL when there is none or it is empty. */
const char *step_point_descriptor(const struct step *st, size_t dim, int value);

/* Where a value was in its file: 1-based; line 0 when it came from no file
 * (an agenda rebuilt from the record). */
struct file_pos {
	int line, col;
};

/* One entry of an agenda: a protocol, or some of its steps. */
struct agenda_item {
	char *protocol; /* its id */
	char **steps;   /* step ids to run; all steps when there are none */
	size_t n_steps;
	int minutes;    /* planned minutes for the item; 0 keeps the protocol's */
	/* So that building the agenda can point at what it cannot find. */
	struct file_pos at;       /* the protocol's id */
	struct file_pos *step_at; /* each of steps; NULL when from no file */
};

struct protocol {
	char *path; /* file it came from, or the name given to the loader */
	char *id;
	char *title;
	char *version;
	char *source;
	char *summary;
	struct step *steps;
	size_t n_steps;
	/* An agenda file: its items until catalog_load builds its steps from
	 * the protocols it names. Those steps are borrowed from them. */
	bool is_agenda;
	struct agenda_item *items;
	size_t n_items;
	bool borrows_steps;
};

struct diagnostic {
	int line; /* 1-based; 0 when the problem is with the file as a whole */
	int col;
	char *message;
};

struct diagnostics {
	struct diagnostic *items;
	size_t n;
};

enum load_status {
	LOAD_OK,
	LOAD_INVALID,    /* the file was read and is wrong: see diagnostics */
	LOAD_UNREADABLE, /* missing or unreadable: errno-style message */
};

enum load_status protocol_load_file(const char *path, struct protocol **out,
				    struct diagnostics *diags);
enum load_status protocol_load_buffer(const char *name, const char *data,
				      size_t len, struct protocol **out,
				      struct diagnostics *diags);
void protocol_destroy(struct protocol *p);

const char *step_kind_name(enum step_kind kind);

void diagnostics_add(struct diagnostics *d, int line, int col,
		     const char *fmt, ...) __attribute__((format(printf, 4, 5)));
/* Prints each as "file:line:col: message". */
void diagnostics_print(const struct diagnostics *d, const char *file, FILE *f);
void diagnostics_clear(struct diagnostics *d);

#endif
