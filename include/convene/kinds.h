/*
 * kinds: the core's table of step kinds. What the engine, the session, the
 * schema and the store ask of a step's kind is answered here, once per
 * kind, instead of by a switch in each of them: its name in a protocol
 * file, what its steps keep in the record, the groups its entries go in,
 * whether it rates, has quiet writing or a results view, and the checks a
 * protocol file must pass beyond its fields. The UI has its own table
 * (src/ui/kinds-ui.c) for how each kind is drawn.
 */
#ifndef CONVENE_KINDS_H
#define CONVENE_KINDS_H

#include "convene/protocol.h"

#include <stdbool.h>
#include <stddef.h>

/* What a step keeps in the record: each is one shape of stored data, with
 * its own table, export columns and review lines. A kind keeps any of them. */
enum kind_holds {
	HOLDS_ITEMS = 1u << 0,     /* entries under a question or in a box */
	HOLDS_RATINGS = 1u << 1,   /* ratings of dimensions */
	HOLDS_VOTES = 1u << 2,     /* dots on an earlier step's items */
	HOLDS_POINTS = 1u << 3,    /* talking points, confirmed group by group */
	HOLDS_DECISIONS = 1u << 4, /* decisions with their fist-to-five */
	HOLDS_ACTIONS = 1u << 5,   /* action items */
	HOLDS_FOCUS = 1u << 6,     /* the norms picked for today */
	HOLDS_LEVELS = 1u << 7,    /* agreed levels and targets of an earlier step's dimensions */
};

struct kind_def {
	const char *name; /* as a protocol file writes it */
	unsigned holds;   /* enum kind_holds bits */
	/* Entries: the groups a step's entries go in (questions, boxes, the
	 * one list of talking points); NULL when it takes no entries. */
	size_t (*groups)(const struct step *st);
	const char *(*group_title)(const struct step *st, size_t g);
	/* The key its entries are stored under, or NULL when the store keeps
	 * them without one (talking points). */
	const char *(*group_key)(const struct step *st, size_t g);
	const char *group_noun; /* "question", "box": for messages */
	/* Whether the room rates dimensions on this step (a norms step only
	 * when it checks). NULL for never. */
	bool (*rates)(const struct step *st);
	const char *dimension_noun; /* "Dimension", "Norm" */
	bool quiet_writing;  /* silent_minutes applies */
	bool results_view;   /* a results view follows without rating (the ranking) */
	/* Kinds whose items items_from may name (bits of 1u << kind); 0 when
	 * the kind takes no items_from. */
	unsigned items_from;
	/* A checklist: every dimension is entered on one screen, a person's
	 * whole list at once, and the step has its own screens (not the
	 * rating screens) though it rates. */
	bool one_screen;
	/* What its points are called on every view and export: "talking
	 * point", or "norm" for norms the team adopts; NULL without points. */
	const char *point_noun;
	/* Checks across fields once the step is read; NULL for none. */
	void (*check)(const struct step *st, int line, int col, struct diagnostics *d);
	/* Fills the fields the kind derives from its own once the step has
	 * passed its checks (a placement's dimensions and scale, a checklist's
	 * dimensions from its items); NULL for none. */
	void (*derive)(struct step *st);
};

/* The row of kind; never NULL for a kind below STEP_KIND_COUNT. */
const struct kind_def *kind_of(enum step_kind kind);
/* The kind a protocol file or a stored record names, or false. */
bool kind_by_name(const char *name, enum step_kind *kind);
/* The names of the kinds in mask (bits of 1u << kind), "a, b or c", for
 * messages; the caller frees it. */
char *kind_names(unsigned mask);
/* Whether a stored step of the kind named keeps data of the given shape. */
bool kind_name_holds(const char *name, unsigned holds);
/* Whether a stored step of the kind named adopts the team's norms: its
 * points are norms, never talking points for constituents. */
bool kind_name_adopts_norms(const char *name);
/* The point as a view writes it: "3" or "3 Accelerating" (a placement's
 * label, from step_point_label); "-" for none (-1). */
void step_point_text(const struct step *st, size_t dim, int value, char *out, size_t size);
static inline bool step_holds(const struct step *st, unsigned holds)
{
	return (kind_of(st->kind)->holds & holds) != 0;
}

#endif
