/*
 * kinds: the step kinds as the core knows them, one row each in
 * kinds[]. A new kind adds its row here (or in a file of its own, with an
 * extern here) and its enum value; the engine, session, schema and store
 * then ask the row instead of naming the kind.
 */
#include "convene/i18n.h"
#include "convene/kinds.h"
#include "convene/util.h"

#include <stdio.h>
#include <string.h>

static size_t question_count(const struct step *st)
{
	return st->n_questions;
}

static const char *question_title(const struct step *st, size_t g)
{
	return g < st->n_questions ? st->questions[g].text : "";
}

static const char *question_key(const struct step *st, size_t g)
{
	return g < st->n_questions ? st->questions[g].id : NULL;
}

static size_t box_count(const struct step *st)
{
	return st->n_boxes;
}

static const char *box_title(const struct step *st, size_t g)
{
	return g < st->n_boxes ? st->boxes[g].title : "";
}

static const char *box_key(const struct step *st, size_t g)
{
	return g < st->n_boxes ? st->boxes[g].id : NULL;
}

static size_t one_list(const struct step *st)
{
	(void)st;
	return 1;
}

static const char *list_title(const struct step *st, size_t g)
{
	(void)g;
	return st->title;
}

static bool always(const struct step *st)
{
	(void)st;
	return true;
}

/* A norms step rates only when it checks an earlier one's norms. */
static bool norms_check(const struct step *st)
{
	return st->checks;
}

static void check_boxes(const struct step *st, int line, int col, struct diagnostics *d)
{
	if (!st->boxes == !st->items_from)
		diagnostics_add(d, line, col, "%s", st->boxes ?
				_("a boxes step needs either 'boxes' (its own) or 'items_from' "
				  "(sorting an earlier step's items), not both") :
				_("a boxes step needs either 'boxes' (its own) or 'items_from' "
				  "(sorting an earlier step's items), not neither"));
}

static void check_norms(const struct step *st, int line, int col, struct diagnostics *d)
{
	bool lists = st->norms != NULL, checks = st->norms_from || st->check.max;
	if (lists == checks || (checks && (!st->norms_from || !st->check.max)))
		diagnostics_add(d, line, col,
				_("a norms step either lists 'norms' (to review them) or checks an "
				"earlier one ('norms_from' and 'check')"));
	if (st->focus && !lists)
		diagnostics_add(d, line, col, _("'focus' belongs to the step that lists the norms"));
	/* The focus and a check keep the file's norms by id; the team's own
	 * norms are words the room adopted, with no ids a check could rate. */
	if (st->team_norms && strcmp(st->team_norms, "show") != 0)
		diagnostics_add(d, line, col, _("'team_norms' is 'show' or left out, not '%s'"),
				st->team_norms);
	else if (st->team_norms && (st->focus || !lists))
		diagnostics_add(d, line, col, _("'team_norms' belongs to a step that lists norms "
				"(shown until the team adopts its own) without 'focus'"));
}

/* The placement kind's own (placement.c). */
void placement_check(const struct step *st, int line, int col, struct diagnostics *d);
void placement_derive(struct step *st);
/* A checklist's items become its dimensions, ticked 0 (does not apply) or
 * 1 (applies): the rating machinery stores and reads them. */
static void derive_checklist(struct step *st)
{
	st->scale = (struct scale){ 0, 1 };
	st->room_ticks = st->ticked_by && strcmp(st->ticked_by, "room") == 0;
	if (st->dimensions || !st->n_checklist)
		return;
	st->dimensions = xcalloc(st->n_checklist, sizeof *st->dimensions);
	st->n_dimensions = st->n_checklist;
	for (size_t i = 0; i < st->n_checklist; i++)
		st->dimensions[i] = (struct dimension){ xstrdup(st->checklist[i].id),
							xstrdup(st->checklist[i].text),
							xstrdup(_("does not apply")), xstrdup(_("applies")) };
}

static void check_checklist(const struct step *st, int line, int col, struct diagnostics *d)
{
	if (st->ticked_by && strcmp(st->ticked_by, "each") != 0 && strcmp(st->ticked_by, "room") != 0)
		diagnostics_add(d, line, col,
				_("'ticked_by' is each (every person ticks their own list) or room "
				"(the facilitator ticks what the room agrees), not '%s'"),
				st->ticked_by);
}

/* A two-way placement's axes become its two dimensions, "x" then "y":
 * entered, stored, resumed and exported as a rating's, each person's
 * pair at their one place. */
static void axes_as_dimensions(struct step *st)
{
	if (st->dimensions || !st->x_axis.title || !st->y_axis.title)
		return; /* a step missing an axis is refused already */
	const struct axis *ax[2] = { &st->x_axis, &st->y_axis };
	static const char *const ids[2] = { "x", "y" };
	st->dimensions = xcalloc(2, sizeof *st->dimensions);
	st->n_dimensions = 2;
	for (size_t k = 0; k < 2; k++)
		st->dimensions[k] = (struct dimension){ xstrdup(ids[k]), xstrdup(ax[k]->title),
							xstrdup(ax[k]->low), xstrdup(ax[k]->high) };
}

static const struct kind_def kinds[STEP_KIND_COUNT] = {
	[STEP_TEXT] = { .name = "text" },
	[STEP_RATING] = { .name = "rating", .holds = HOLDS_RATINGS, .rates = always,
			  .dimension_noun = N_("Dimension") },
	[STEP_PROMPT] = { .name = "prompt", .holds = HOLDS_ITEMS, .groups = question_count,
			  .group_title = question_title, .group_key = question_key,
			  .group_noun = N_("question"), .quiet_writing = true },
	[STEP_BOXES] = { .name = "boxes", .holds = HOLDS_ITEMS, .groups = box_count,
			 .group_title = box_title, .group_key = box_key, .group_noun = N_("box"),
			 .quiet_writing = true, .items_from = 1u << STEP_BOXES, .check = check_boxes },
	[STEP_VOTE] = { .name = "vote", .holds = HOLDS_VOTES, .results_view = true,
			.items_from = 1u << STEP_BOXES | 1u << STEP_PROMPT },
	[STEP_TALKING_POINTS] = { .name = "talking-points", .holds = HOLDS_POINTS,
				  .groups = one_list, .group_title = list_title,
				  .group_noun = N_("list"), .point_noun = N_("talking point") },
	[STEP_DECIDE] = { .name = "decide", .holds = HOLDS_DECISIONS },
	[STEP_ACTIONS] = { .name = "actions", .holds = HOLDS_ACTIONS },
	[STEP_NORMS] = { .name = "norms", .holds = HOLDS_FOCUS | HOLDS_RATINGS, .rates = norms_check,
			 .dimension_noun = N_("Norm"), .check = check_norms },
	[STEP_PLACEMENT] = { .name = "placement", .holds = HOLDS_RATINGS, .rates = always,
			     .dimension_noun = N_("Component"), .check = placement_check,
			     .derive = placement_derive },
	[STEP_CHECKLIST] = { .name = "checklist", .holds = HOLDS_RATINGS, .rates = always,
			     .dimension_noun = N_("Item"), .one_screen = true,
			     .check = check_checklist, .derive = derive_checklist },
	[STEP_ADOPT_NORMS] = { .name = "adopt-norms", .holds = HOLDS_POINTS,
			       .groups = one_list, .group_title = list_title,
			       .group_noun = N_("list"), .point_noun = N_("norm") },
	[STEP_LEVELS] = { .name = "levels", .holds = HOLDS_LEVELS },
	[STEP_QUADRANTS] = { .name = "quadrants", .holds = HOLDS_RATINGS, .rates = always,
			     .dimension_noun = N_("Axis"), .derive = axes_as_dimensions },
};

const struct kind_def *kind_of(enum step_kind kind)
{
	static const struct kind_def unknown = { .name = "?" };
	return (unsigned)kind < STEP_KIND_COUNT ? &kinds[kind] : &unknown;
}

bool kind_by_name(const char *name, enum step_kind *kind)
{
	for (int k = 0; name && k < STEP_KIND_COUNT; k++)
		if (strcmp(kinds[k].name, name) == 0) {
			*kind = (enum step_kind)k;
			return true;
		}
	return false;
}

char *kind_names(unsigned mask)
{
	struct strbuf sb;
	strbuf_init(&sb);
	size_t n = 0, total = 0;
	for (int k = 0; k < STEP_KIND_COUNT; k++)
		total += (mask >> k) & 1;
	for (int k = 0; k < STEP_KIND_COUNT; k++)
		if ((mask >> k) & 1) {
			n++;
			strbuf_addf(&sb, "%s%s", n == 1 ? "" : n == total ?
					/* TRANSLATORS: before the last of a list of step kinds,
					 * "rating, prompt or boxes". */
					_(" or ") : ", ", kinds[k].name);
		}
	return sb.data ? strbuf_take(&sb) : xstrdup("");
}

bool kind_name_holds(const char *name, unsigned holds)
{
	enum step_kind k;
	return kind_by_name(name, &k) && (kinds[k].holds & holds);
}

bool kind_name_adopts_norms(const char *name)
{
	enum step_kind k;
	return kind_by_name(name, &k) && k == STEP_ADOPT_NORMS;
}

bool step_rates(const struct step *st)
{
	const struct kind_def *k = kind_of(st->kind);
	return k->rates && k->rates(st);
}

const char *step_kind_name(enum step_kind kind)
{
	return kind_of(kind)->name;
}

void step_point_text(const struct step *st, size_t dim, int value, char *out, size_t size)
{
	(void)dim; /* a placement's labels are the step's; its descriptors are per component */
	const char *label = value >= 0 ? step_point_label(st, value) : NULL;
	if (value < 0)
		snprintf(out, size, "-");
	else if (label)
		snprintf(out, size, "%d %s", value, label);
	else
		snprintf(out, size, "%d", value);
}
