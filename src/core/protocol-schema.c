/*
 * protocol-schema: the protocol and agenda file formats, described once as
 * tables, and the checks that span fields and steps (unique ids, references
 * between steps). A new step kind adds its fields to step_fields[] with the
 * kinds they belong to, and nothing else here: the checks of one kind's
 * fields together are its row's in the table of kinds (kinds.c).
 */
#include "convene/i18n.h"
#include "convene/kinds.h"
#include "convene/protocol.h"
#include "convene/util.h"
#include "protocol-schema-internal.h"

#include <stdlib.h>
#include <string.h>

static void check_scale(void *obj, const struct ynode *node, struct diagnostics *d);
static void check_step(void *obj, const struct ynode *node, struct diagnostics *d);
static void check_protocol(void *obj, const struct ynode *node, struct diagnostics *d);

static const struct field dimension_fields[] = {
	{ "id", FIELD_ID, offsetof(struct dimension, id), 0, ALL_KINDS, 1, 40, NULL, 0,
	  N_("stable key the ratings are stored under") },
	{ "title", FIELD_LINE, offsetof(struct dimension, title), 0, ALL_KINDS, 1, LINE_MAX_CHARS, NULL, 0,
	  N_("name shown to the room") },
	{ "low", FIELD_TEXT, offsetof(struct dimension, low), 0, ALL_KINDS, 1, 1000, NULL, 0,
	  N_("what the lowest point of the scale means") },
	{ "high", FIELD_TEXT, offsetof(struct dimension, high), 0, ALL_KINDS, 1, 1000, NULL, 0,
	  N_("what the highest point of the scale means") },
};
static const struct object_schema dimension_schema = {
	N_("dimension"), sizeof(struct dimension), dimension_fields, ARRAY_LEN(dimension_fields), false, NULL,
};

static const struct field scale_fields[] = {
	{ "min", FIELD_INT, offsetof(struct scale, min), 0, ALL_KINDS, 0, 9, NULL, 0,
	  N_("lowest point (0-9)") },
	{ "max", FIELD_INT, offsetof(struct scale, max), 0, ALL_KINDS, 0, 9, NULL, 0,
	  N_("highest point (0-9)") },
};
static const struct object_schema scale_schema = {
	N_("scale"), sizeof(struct scale), scale_fields, ARRAY_LEN(scale_fields), false, check_scale,
};

static const struct field axis_fields[] = {
	{ "title", FIELD_LINE, offsetof(struct axis, title), 0, ALL_KINDS, 1, 60, NULL, 0,
	  N_("the axis's name, e.g. Trust") },
	{ "low", FIELD_LINE, offsetof(struct axis, low), 0, ALL_KINDS, 1, 60, NULL, 0,
	  N_("what its low end means, e.g. Low trust") },
	{ "high", FIELD_LINE, offsetof(struct axis, high), 0, ALL_KINDS, 1, 60, NULL, 0,
	  N_("what its high end means, e.g. High trust") },
};
static const struct object_schema axis_schema = {
	N_("axis"), sizeof(struct axis), axis_fields, ARRAY_LEN(axis_fields), false, NULL,
};

static const struct field quadrant_fields[] = {
	{ "low_low", FIELD_LINE, offsetof(struct quadrant_names, low_low), 0, ALL_KINDS, 1, 40, NULL, 0,
	  N_("the cell of low x and low y") },
	{ "high_low", FIELD_LINE, offsetof(struct quadrant_names, high_low), 0, ALL_KINDS, 1, 40, NULL, 0,
	  N_("the cell of high x and low y") },
	{ "low_high", FIELD_LINE, offsetof(struct quadrant_names, low_high), 0, ALL_KINDS, 1, 40, NULL, 0,
	  N_("the cell of low x and high y") },
	{ "high_high", FIELD_LINE, offsetof(struct quadrant_names, high_high), 0, ALL_KINDS, 1, 40, NULL, 0,
	  N_("the cell of high x and high y") },
};
static const struct object_schema quadrants_schema = {
	N_("quadrants"), sizeof(struct quadrant_names), quadrant_fields, ARRAY_LEN(quadrant_fields), false,
	NULL,
};

static const struct field question_fields[] = {
	{ "id", FIELD_ID, offsetof(struct question, id), 0, ALL_KINDS, 1, 40, NULL, 0,
	  N_("stable key the answers are stored under") },
	{ "text", FIELD_LINE, offsetof(struct question, text), 0, ALL_KINDS, 1, LINE_MAX_CHARS, NULL, 0,
	  N_("the question as the room reads it") },
};
static const struct object_schema question_schema = {
	N_("question"), sizeof(struct question), question_fields, ARRAY_LEN(question_fields), false, NULL,
};

static const struct field box_fields[] = {
	{ "id", FIELD_ID, offsetof(struct box, id), 0, ALL_KINDS, 1, 40, NULL, 0,
	  N_("stable key the items are stored under") },
	{ "title", FIELD_LINE, offsetof(struct box, title), 0, ALL_KINDS, 1, 60, NULL, 0,
	  N_("the box's name, e.g. Build upon what works") },
	{ "prompt", FIELD_LINE, offsetof(struct box, prompt), 0, 0, 1, LINE_MAX_CHARS, NULL, 0,
	  N_("the question that fills it") },
};
static const struct object_schema box_schema = {
	N_("box"), sizeof(struct box), box_fields, ARRAY_LEN(box_fields), false, NULL,
};

static const struct field continuum_fields[] = {
	{ "id", FIELD_ID, offsetof(struct continuum_point, id), 0, ALL_KINDS, 1, 40, NULL, 0,
	  N_("stable key decisions record") },
	{ "title", FIELD_LINE, offsetof(struct continuum_point, title), 0, ALL_KINDS, 1, 100, NULL, 0,
	  N_("the point as the room reads it") },
	{ "text", FIELD_TEXT, offsetof(struct continuum_point, text), 0, 0, 1, 1000, NULL, 0,
	  N_("what deciding this way means") },
};
static const struct object_schema continuum_schema = {
	N_("continuum point"), sizeof(struct continuum_point), continuum_fields,
	ARRAY_LEN(continuum_fields), false, NULL,
};

static const struct field norm_fields[] = {
	{ "id", FIELD_ID, offsetof(struct norm, id), 0, ALL_KINDS, 1, 40, NULL, 0,
	  N_("stable key the focus and the check are stored under") },
	{ "name", FIELD_LINE, offsetof(struct norm, name), 0, ALL_KINDS, 1, 80, NULL, 0,
	  N_("the norm's name, e.g. Pausing") },
	{ "description", FIELD_TEXT, offsetof(struct norm, description), 0, ALL_KINDS, 1, 1000, NULL, 0,
	  N_("what practising it looks like") },
	{ "starters", FIELD_LINES, offsetof(struct norm, starters), 0, 0, 1, 8, NULL,
	  offsetof(struct norm, n_starters), N_("sentence starters, e.g. So...") },
};
static const struct object_schema norm_schema = {
	N_("norm"), sizeof(struct norm), norm_fields, ARRAY_LEN(norm_fields), false, NULL,
};

static const struct field checklist_fields[] = {
	{ "id", FIELD_ID, offsetof(struct checklist_item, id), 0, ALL_KINDS, 1, 40, NULL, 0,
	  N_("stable key the ticks are stored under") },
	{ "text", FIELD_LINE, offsetof(struct checklist_item, text), 0, ALL_KINDS, 1, LINE_MAX_CHARS, NULL, 0,
	  N_("the item as the room reads it") },
};
static const struct object_schema checklist_schema = {
	N_("checklist item"), sizeof(struct checklist_item), checklist_fields, ARRAY_LEN(checklist_fields),
	false, NULL,
};

static void check_norms_check(void *obj, const struct ynode *node, struct diagnostics *d);

static const struct field norms_check_fields[] = {
	{ "min", FIELD_INT, offsetof(struct norms_check, min), 0, ALL_KINDS, 0, 9, NULL, 0,
	  N_("lowest point (0-9)") },
	{ "max", FIELD_INT, offsetof(struct norms_check, max), 0, ALL_KINDS, 0, 9, NULL, 0,
	  N_("highest point (0-9)") },
	{ "low", FIELD_LINE, offsetof(struct norms_check, low), 0, ALL_KINDS, 1, 100, NULL, 0,
	  N_("what the lowest point means, e.g. Rarely") },
	{ "high", FIELD_LINE, offsetof(struct norms_check, high), 0, ALL_KINDS, 1, 100, NULL, 0,
	  N_("what the highest point means, e.g. Consistently") },
};
static const struct object_schema norms_check_schema = {
	N_("check"), sizeof(struct norms_check), norms_check_fields, ARRAY_LEN(norms_check_fields), false,
	check_norms_check,
};

static const struct field point_fields[] = {
	{ "label", FIELD_LINE, offsetof(struct placement_point, label), 0, ALL_KINDS, 1, 40, NULL, 0,
	  N_("the point's name, e.g. Partnership") },
	{ "text", FIELD_TEXT, offsetof(struct placement_point, text), 0, 0, 1, 1000, NULL, 0,
	  N_("what the point means in general") },
};
static const struct object_schema point_schema = {
	N_("point"), sizeof(struct placement_point), point_fields, ARRAY_LEN(point_fields), false, NULL,
};

static const struct field component_fields[] = {
	{ "id", FIELD_ID, offsetof(struct placement_component, id), 0, ALL_KINDS, 1, 40, NULL, 0,
	  N_("stable key the placements are stored under") },
	{ "title", FIELD_LINE, offsetof(struct placement_component, title), 0, ALL_KINDS, 1,
	  LINE_MAX_CHARS, NULL, 0, N_("name shown to the room") },
	{ "descriptors", FIELD_TEXTS, offsetof(struct placement_component, descriptors), 0, 0, 2, 7,
	  NULL, offsetof(struct placement_component, n_descriptors),
	  N_("what each point means for this component, one per point in order (\"\" for none)") },
};
static const struct object_schema component_schema = {
	N_("component"), sizeof(struct placement_component), component_fields,
	ARRAY_LEN(component_fields), false, NULL,
};

static const struct field step_fields[] = {
	{ "kind", FIELD_ID, offsetof(struct step, kind), ALL_KINDS, ALL_KINDS, 1, 40, NULL, 0,
	  N_("what the step does: one of the kinds the table of kinds names (kinds.c)") },
	{ "id", FIELD_ID, offsetof(struct step, id), ALL_KINDS, 0, 1, 40, NULL, 0,
	  N_("a name other steps use to refer to this one") },
	{ "title", FIELD_LINE, offsetof(struct step, title), ALL_KINDS, ALL_KINDS, 1, LINE_MAX_CHARS, NULL, 0,
	  N_("heading of the step's screen") },
	{ "text", FIELD_TEXT, offsetof(struct step, text), ALL_KINDS, KIND(STEP_TEXT), 1, TEXT_MAX_CHARS, NULL, 0,
	  N_("what the room reads; instructions for the step") },
	{ "minutes", FIELD_INT, offsetof(struct step, minutes), ALL_KINDS, 0, 0, 600, NULL, 0,
	  N_("planned duration in minutes") },
	{ "scale", FIELD_OBJECT, offsetof(struct step, scale), KIND(STEP_RATING) | KIND(STEP_QUADRANTS),
	  KIND(STEP_RATING) | KIND(STEP_QUADRANTS), 0, 0,
	  &scale_schema, 0, N_("the rating scale: min and max (a two-way placement's, both axes)") },
	{ "dimensions", FIELD_LIST, offsetof(struct step, dimensions), KIND(STEP_RATING), KIND(STEP_RATING), 1, 50,
	  &dimension_schema, offsetof(struct step, n_dimensions), N_("what is rated, each with its anchors") },
	{ "questions", FIELD_LIST, offsetof(struct step, questions), KIND(STEP_PROMPT), KIND(STEP_PROMPT), 1, 16,
	  &question_schema, offsetof(struct step, n_questions), N_("the questions, each with an id and its text") },
	{ "silent_minutes", FIELD_INT, offsetof(struct step, silent_minutes),
	  KIND(STEP_PROMPT) | KIND(STEP_BOXES), 0, 0, 30, NULL, 0,
	  N_("minutes of quiet writing before the discussion") },
	{ "boxes", FIELD_LIST, offsetof(struct step, boxes), KIND(STEP_BOXES), 0, 2, 6,
	  &box_schema, offsetof(struct step, n_boxes), N_("the boxes, each with an id and a title") },
	{ "items_from", FIELD_ID, offsetof(struct step, items_from), KIND(STEP_BOXES) | KIND(STEP_VOTE),
	  KIND(STEP_VOTE), 1, 40, NULL, 0, N_("the id of an earlier step whose items this step uses") },
	{ "dots", FIELD_INT, offsetof(struct step, dots), KIND(STEP_VOTE), KIND(STEP_VOTE), 1, 20, NULL, 0,
	  N_("dots each person has") },
	{ "max_per_item", FIELD_INT, offsetof(struct step, max_per_item), KIND(STEP_VOTE), 0, 1, 20, NULL, 0,
	  N_("most dots one person may put on one item") },
	{ "max_per_box", FIELD_INT, offsetof(struct step, max_per_box), KIND(STEP_VOTE), 0, 1, 20, NULL, 0,
	  N_("most dots one person may put in one box") },
	{ "top", FIELD_INT, offsetof(struct step, top), KIND(STEP_VOTE), 0, 1, 20, NULL, 0,
	  N_("how many of the top items are marked for follow-up") },
	{ "continuum", FIELD_LIST, offsetof(struct step, continuum), KIND(STEP_DECIDE), KIND(STEP_DECIDE),
	  2, 12, &continuum_schema, offsetof(struct step, n_continuum),
	  N_("the ways a decision can be made, from the leader alone to the whole group") },
	{ "continuum_credit", FIELD_LINE, offsetof(struct step, continuum_credit), KIND(STEP_DECIDE), 0,
	  1, 100, NULL, 0,
	  N_("whose continuum this is, shown beside it and wherever a chosen point is named") },
	{ "norms", FIELD_LIST, offsetof(struct step, norms), KIND(STEP_NORMS), 0, 1, 20, &norm_schema,
	  offsetof(struct step, n_norms), N_("the norms, each with an id, a name and a description") },
	{ "focus", FIELD_INT, offsetof(struct step, focus), KIND(STEP_NORMS), 0, 0, 3, NULL, 0,
	  N_("how many norms the team may pick to focus on today") },
	{ "norms_from", FIELD_ID, offsetof(struct step, norms_from), KIND(STEP_NORMS), 0, 1, 40, NULL, 0,
	  N_("for a check: the id of the earlier norms step it checks") },
	{ "check", FIELD_OBJECT, offsetof(struct step, check), KIND(STEP_NORMS), 0, 0, 0,
	  &norms_check_schema, 0, N_("for a check: the scale, and what its ends mean") },
	{ "points", FIELD_LIST, offsetof(struct step, points), KIND(STEP_PLACEMENT),
	  KIND(STEP_PLACEMENT), 2, 7, &point_schema, offsetof(struct step, n_points),
	  N_("the labelled points, lowest first, each with a label") },
	{ "components", FIELD_LIST, offsetof(struct step, components), KIND(STEP_PLACEMENT),
	  KIND(STEP_PLACEMENT), 1, 16, &component_schema, offsetof(struct step, n_components),
	  N_("what is placed on the points, each with an id and a title") },
	{ "items", FIELD_LIST, offsetof(struct step, checklist), KIND(STEP_CHECKLIST), KIND(STEP_CHECKLIST),
	  1, 24, &checklist_schema, offsetof(struct step, n_checklist),
	  N_("the checklist's items, each with an id and its text") },
	{ "ticked_by", FIELD_ID, offsetof(struct step, ticked_by), KIND(STEP_CHECKLIST), 0, 1, 40, NULL, 0,
	  N_("each (every person ticks their own list; the default) or room (one list for the room)") },
	{ "team_norms", FIELD_ID, offsetof(struct step, team_norms), KIND(STEP_NORMS), 0, 1, 10, NULL, 0,
	  N_("'show': the team's own adopted norms instead of 'norms', once it has adopted some") },
	{ "levels_from", FIELD_ID, offsetof(struct step, levels_from), KIND(STEP_LEVELS), KIND(STEP_LEVELS),
	  1, 40, NULL, 0, N_("the id of an earlier step that rates: its dimensions get a level and a target") },
	{ "x", FIELD_OBJECT, offsetof(struct step, x_axis), KIND(STEP_QUADRANTS), KIND(STEP_QUADRANTS),
	  0, 0, &axis_schema, 0, N_("a two-way placement's axis across: title, low and high") },
	{ "y", FIELD_OBJECT, offsetof(struct step, y_axis), KIND(STEP_QUADRANTS), KIND(STEP_QUADRANTS),
	  0, 0, &axis_schema, 0, N_("its axis up: title, low and high") },
	{ "quadrants", FIELD_OBJECT, offsetof(struct step, quadrants), KIND(STEP_QUADRANTS),
	  KIND(STEP_QUADRANTS), 0, 0, &quadrants_schema, 0,
	  N_("the names of its four cells: low_low, high_low, low_high, high_high (x first)") },
};
static const struct object_schema step_schema = {
	N_("step"), sizeof(struct step), step_fields, ARRAY_LEN(step_fields), true, check_step,
};

static const struct field protocol_fields[] = {
	{ "id", FIELD_ID, offsetof(struct protocol, id), 0, ALL_KINDS, 1, 60, NULL, 0,
	  N_("unique name of the protocol, e.g. team-assessment") },
	{ "title", FIELD_LINE, offsetof(struct protocol, title), 0, ALL_KINDS, 1, LINE_MAX_CHARS, NULL, 0,
	  N_("title shown in menus") },
	{ "version", FIELD_LINE, offsetof(struct protocol, version), 0, ALL_KINDS, 1, 40, NULL, 0,
	  N_("version of this file, e.g. 1 or 2024-05") },
	{ "source", FIELD_TEXT, offsetof(struct protocol, source), 0, ALL_KINDS, 1, 2000, NULL, 0,
	  N_("where the content comes from") },
	{ "summary", FIELD_TEXT, offsetof(struct protocol, summary), 0, ALL_KINDS, 1, 2000, NULL, 0,
	  N_("one or two sentences on what the protocol is for") },
	{ "steps", FIELD_LIST, offsetof(struct protocol, steps), 0, ALL_KINDS, 1, 100, &step_schema,
	  offsetof(struct protocol, n_steps), N_("the screens, in order") },
};
static const struct object_schema protocol_schema = {
	N_("protocol"), sizeof(struct protocol), protocol_fields, ARRAY_LEN(protocol_fields), false,
	check_protocol,
};

static const struct field agenda_item_fields[] = {
	{ "protocol", FIELD_ID, offsetof(struct agenda_item, protocol), 0, ALL_KINDS, 1, 60, NULL, 0,
	  N_("the id of the protocol to run") },
	{ "steps", FIELD_LINES, offsetof(struct agenda_item, steps), 0, 0, 1, 100, NULL,
	  offsetof(struct agenda_item, n_steps), N_("the ids of the protocol's steps to run (all when left out)") },
	{ "minutes", FIELD_INT, offsetof(struct agenda_item, minutes), 0, 0, 1, 600, NULL, 0,
	  N_("planned minutes for this item; its steps' times are scaled to fit") },
};
/* Keeps where the item's protocol and steps were written: whether they
 * exist is known only when the agenda is built against the protocols. */
static void locate_agenda_item(void *obj, const struct ynode *node, struct diagnostics *d)
{
	(void)d;
	struct agenda_item *item = obj;
	const struct ynode *id = schema_value_of(node, "protocol");
	const struct ynode *steps = schema_value_of(node, "steps");
	if (id)
		item->at = (struct file_pos){ id->line, id->col };
	if (!steps || steps->type != YNODE_SEQUENCE || steps->n != item->n_steps)
		return;
	item->step_at = xcalloc(item->n_steps ? item->n_steps : 1, sizeof *item->step_at);
	for (size_t i = 0; i < item->n_steps; i++)
		item->step_at[i] = (struct file_pos){ steps->items[i]->line, steps->items[i]->col };
}

static const struct object_schema agenda_item_schema = {
	N_("agenda item"), sizeof(struct agenda_item), agenda_item_fields, ARRAY_LEN(agenda_item_fields),
	false, locate_agenda_item,
};

static const struct field agenda_fields[] = {
	{ "agenda", FIELD_ID, offsetof(struct protocol, id), 0, ALL_KINDS, 1, 60, NULL, 0,
	  N_("unique name of the agenda, e.g. regular-meeting") },
	{ "title", FIELD_LINE, offsetof(struct protocol, title), 0, ALL_KINDS, 1, LINE_MAX_CHARS, NULL, 0,
	  N_("title shown in menus") },
	{ "version", FIELD_LINE, offsetof(struct protocol, version), 0, ALL_KINDS, 1, 40, NULL, 0,
	  N_("version of this file") },
	{ "source", FIELD_TEXT, offsetof(struct protocol, source), 0, ALL_KINDS, 1, 2000, NULL, 0,
	  N_("where it comes from") },
	{ "summary", FIELD_TEXT, offsetof(struct protocol, summary), 0, ALL_KINDS, 1, 2000, NULL, 0,
	  N_("what the meeting is for") },
	{ "items", FIELD_LIST, offsetof(struct protocol, items), 0, ALL_KINDS, 1, 30, &agenda_item_schema,
	  offsetof(struct protocol, n_items), N_("the protocols to run, in order") },
};
static const struct object_schema agenda_schema = {
	N_("agenda"), sizeof(struct protocol), agenda_fields, ARRAY_LEN(agenda_fields), false, NULL,
};

static void check_norms_check(void *obj, const struct ynode *node, struct diagnostics *d)
{
	const struct norms_check *c = obj;
	if (c->min >= c->max)
		diagnostics_add(d, node->line, node->col,
				_("check 'min' (%d) must be less than 'max' (%d)"), c->min, c->max);
}

static void check_scale(void *obj, const struct ynode *node, struct diagnostics *d)
{
	const struct scale *sc = obj;
	if (sc->min >= sc->max)
		diagnostics_add(d, node->line, node->col,
				_("scale 'min' (%d) must be less than 'max' (%d)"), sc->min, sc->max);
}

/* Reports ids that appear twice among n records of the given size whose
 * first member is the id. */
static void check_unique(const void *items, size_t n, size_t size, const char *what,
			 const struct ynode *node, struct diagnostics *d)
{
	const char *base = items;
	for (size_t i = 0; i < n; i++) {
		const char *id = *(char *const *)(base + i * size);
		for (size_t j = 0; j < i && id; j++) {
			const char *other = *(char *const *)(base + j * size);
			if (other && strcmp(id, other) == 0) {
				diagnostics_add(d, node->line, node->col, _("two %s share the id '%s'"), _(what), id);
				break;
			}
		}
	}
}

static void check_step(void *obj, const struct ynode *node, struct diagnostics *d)
{
	const struct step *st = obj;
	check_unique(st->dimensions, st->n_dimensions, sizeof *st->dimensions, N_("dimensions"), node, d);
	check_unique(st->questions, st->n_questions, sizeof *st->questions, N_("questions"), node, d);
	check_unique(st->boxes, st->n_boxes, sizeof *st->boxes, N_("boxes"), node, d);
	check_unique(st->continuum, st->n_continuum, sizeof *st->continuum, N_("continuum points"), node, d);
	check_unique(st->norms, st->n_norms, sizeof *st->norms, N_("norms"), node, d);
	check_unique(st->components, st->n_components, sizeof *st->components, N_("components"), node, d);
	check_unique(st->checklist, st->n_checklist, sizeof *st->checklist, N_("items"), node, d);
	const struct kind_def *k = kind_of(st->kind);
	size_t before = d->n;
	if (k->check)
		k->check(st, node->line, node->col, d);
	if (k->derive && d->n == before)
		k->derive(obj);
}

/* Resolves a step's items_from to the index of an earlier step whose items
 * it can use: boxes for a sorting step, boxes or prompt for a vote. */
static void resolve_items_from(struct protocol *p, size_t i, const struct ynode *at,
			       struct diagnostics *d)
{
	struct step *st = &p->steps[i];
	st->from = -1;
	if (!st->items_from)
		return;
	size_t j = 0;
	while (j < i && !(p->steps[j].id && strcmp(p->steps[j].id, st->items_from) == 0))
		j++;
	if (j == i) {
		diagnostics_add(d, at->line, at->col, _("'items_from' names no earlier step '%s'"),
				st->items_from);
		return;
	}
	const struct step *src = &p->steps[j];
	const struct kind_def *k = kind_of(st->kind);
	if (!(k->items_from & (1u << src->kind))) {
		char *fits = kind_names(k->items_from);
		diagnostics_add(d, at->line, at->col, _("'items_from' must name a %s step, and '%s' is a "
				"'%s' step"), *fits ? fits : _("fitting"),
				st->items_from, step_kind_name(src->kind));
		free(fits);
		return;
	}
	/* A step that sorts another's items works on that step's items. */
	st->from = src->from >= 0 ? src->from : (int)j;
}

/* A norms check rates the norms of the step it names: they become its
 * dimensions, the check's scale its scale, so it runs as a rating. */
static void resolve_norms_from(struct protocol *p, size_t i, const struct ynode *at,
			       struct diagnostics *d)
{
	struct step *st = &p->steps[i];
	st->norms_step = -1;
	if (!st->norms_from)
		return;
	size_t j = 0;
	while (j < i && !(p->steps[j].id && strcmp(p->steps[j].id, st->norms_from) == 0))
		j++;
	if (j < i && p->steps[j].team_norms) {
		diagnostics_add(d, at->line, at->col, _("'norms_from' cannot check '%s': it shows the "
				"team's own norms, which a check cannot rate"), st->norms_from);
		return;
	}
	if (j == i || p->steps[j].kind != STEP_NORMS || !p->steps[j].norms) {
		diagnostics_add(d, at->line, at->col,
				_("'norms_from' must name an earlier norms step that lists norms, not '%s'"),
				st->norms_from);
		return;
	}
	const struct step *src = &p->steps[j];
	st->norms_step = (int)j;
	st->checks = true;
	st->scale = (struct scale){ st->check.min, st->check.max };
	st->dimensions = xcalloc(src->n_norms, sizeof *st->dimensions);
	st->n_dimensions = src->n_norms;
	for (size_t k = 0; k < src->n_norms; k++)
		st->dimensions[k] = (struct dimension){ xstrdup(src->norms[k].id),
							xstrdup(src->norms[k].name),
							xstrdup(st->check.low), xstrdup(st->check.high) };
}

/* A levels step records, per dimension of an earlier step that rates (a
 * rating step, a norms check, any kind whose row rates), where the team
 * agrees it stands and where it aims to be, on that step's scale. */
static void resolve_levels_from(struct protocol *p, size_t i, const struct ynode *at,
				struct diagnostics *d)
{
	struct step *st = &p->steps[i];
	st->levels_step = -1;
	if (!st->levels_from)
		return;
	size_t j = 0;
	while (j < i && !(p->steps[j].id && strcmp(p->steps[j].id, st->levels_from) == 0))
		j++;
	if (j == i || !step_rates(&p->steps[j])) {
		diagnostics_add(d, at->line, at->col,
				_("'levels_from' must name an earlier step that rates (a rating step or a "
				"norms check), not '%s'"), st->levels_from);
		return;
	}
	st->levels_step = (int)j;
}

static void check_protocol(void *obj, const struct ynode *node, struct diagnostics *d)
{
	struct protocol *p = obj;
	const struct ynode *steps = schema_value_of(node, "steps");
	for (size_t i = 0; i < p->n_steps; i++) {
		resolve_items_from(p, i, steps->items[i], d);
		resolve_norms_from(p, i, steps->items[i], d);
		resolve_levels_from(p, i, steps->items[i], d);
	}
	for (size_t i = 0; i < p->n_steps; i++)
		for (size_t j = 0; j < i && p->steps[i].id; j++)
			if (p->steps[j].id && strcmp(p->steps[i].id, p->steps[j].id) == 0) {
				const struct ynode *at = steps->items[i];
				diagnostics_add(d, at->line, at->col, _("two steps share the id '%s'"),
						p->steps[i].id);
				break;
			}
}

struct protocol *schema_build_protocol(const struct ynode *root, struct diagnostics *d)
{
	if (root->type != YNODE_MAPPING) {
		diagnostics_add(d, root->line, root->col,
				_("a protocol file must be a mapping with id, title, version, source, summary and steps, not %s"),
				schema_node_noun(root));
		return NULL;
	}
	struct protocol *p = xcalloc(1, sizeof *p);
	/* An agenda file names itself with "agenda:" where a protocol has "id:". */
	p->is_agenda = schema_value_of(root, "agenda") != NULL;
	if (!schema_fill_object(p->is_agenda ? &agenda_schema : &protocol_schema, root, p, d)) {
		schema_free_protocol(p);
		return NULL;
	}
	return p;
}

void schema_free_protocol(struct protocol *p)
{
	if (!p)
		return;
	if (p->borrows_steps) {
		/* The steps of a built agenda belong to the protocols it names. */
		free(p->steps);
		p->steps = NULL;
		p->n_steps = 0;
	}
	for (size_t i = 0; p->is_agenda && i < p->n_items; i++)
		free(p->items[i].step_at);
	schema_free_object(p->is_agenda ? &agenda_schema : &protocol_schema, p);
	free(p->path);
	free(p);
}
