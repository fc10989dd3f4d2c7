/*
 * screen-levels: a levels step. Per component (a dimension of the earlier
 * step it names) the spread the room just gave, as the results show it,
 * and what the facilitator records: the level the team agrees it is at now
 * (a digit), and a target level with the date to reach it by (g, then the
 * date). Each change is saved at once; u takes the last one back, and
 * clearing a component asks first.
 */
#include "app.h"
#include "draw.h"
#include "input.h"
#include "convene/kinds.h"
#include "convene/stats.h"
#include "convene/util.h"
#include "convene/i18n.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

enum stage { LIST, TARGET, DATE };

static struct {
	enum stage stage;
	size_t sel;
	int target; /* the target typed, while its date is asked */
	struct field field;
	bool can_undo; /* the last change, to take back */
	size_t undo_comp;
	struct agreed_level undo_to;
} lv;

static void today(char out[11])
{
	time_t t = time(NULL);
	struct tm tm;
	localtime_r(&t, &tm);
	strftime(out, 11, "%Y-%m-%d", &tm);
}

static const struct step *source(const struct app *a)
{
	return meeting_levels_source(&a->session.engine, a->session.engine.step);
}

static void enter(struct app *a)
{
	(void)a;
	lv.stage = LIST;
	lv.sel = 0;
	lv.can_undo = false;
}

/* Records l for comp, keeping what it replaces for u. */
static bool put(struct app *a, size_t comp, const struct agreed_level *l)
{
	struct agreed_level before = meeting_level(&a->session.engine, a->session.engine.step, comp);
	char day[11];
	today(day);
	if (!session_set_level(&a->session, comp, l, day)) {
		app_error(a, "%s", session_error(&a->session));
		return false;
	}
	lv.can_undo = true;
	lv.undo_comp = comp;
	lv.undo_to = before;
	return true;
}

static void level_words(const struct step *src, size_t d, const struct agreed_level *l, char *now,
			size_t now_size, char *target, size_t target_size)
{
	step_point_text(src, d, l->level, now, now_size);
	char t[48];
	step_point_text(src, d, l->target, t, sizeof t);
	if (l->target >= 0)
		snprintf(target, target_size, _("%s by %s"), t, l->date);
	else
		snprintf(target, target_size, "-");
}

static void draw_component(const struct app *a, const struct step *src, const struct rating_stats *r,
			   size_t d, int y, int w)
{
	struct agreed_level l = meeting_level(&a->session.engine, a->session.engine.step, d);
	enum style style = d == lv.sel ? STYLE_REVERSE : STYLE_NORMAL;
	char now[48], target[80];
	level_words(src, d, &l, now, sizeof now, target, sizeof target);
	/* The flags keep their room; the title is cut before them. */
	const char *low = _(" LOW "), *spread = _(" SPREAD ");
	int lw = text_width(low), spw = text_width(spread);
	int tags = (r->lowest ? lw + 1 : 0) + (r->widest ? spw + 1 : 0);
	draw_fill(y, 2, w, style);
	int x = 3 + draw_textf(y, 3, w - tags - 2, style, "%zu. %s", d + 1, src->dimensions[d].title);
	if (r->lowest)
		x += draw_text(y, x, lw, STYLE_ALERT, low) + 1;
	if (r->widest)
		draw_text(y, x, spw, STYLE_ALERT, spread);
	/* What the team agreed, whole: the date of a target is what it is for. */
	y++;
	draw_textf(y, 6, w - 4, STYLE_BOLD, _("now %s  target %s"), now, target);
	struct strbuf sb;
	strbuf_init(&sb);
	if (r->count) {
		strbuf_addf(&sb, _("n %zu  mean %.1f  range %d-%d   "), r->count, r->mean, r->min, r->max);
		for (int v = r->scale_min; v <= r->scale_max; v++)
			strbuf_addf(&sb, "%s%d:%zu", v > r->scale_min ? " " : "", v,
				    r->counts[v - r->scale_min]);
	} else {
		strbuf_adds(&sb, _("no ratings"));
	}
	draw_text(y + 1, 6, w - 4, STYLE_DIM, sb.data);
	strbuf_finish(&sb);
}

/* What the digits mean: a placement's points by their labels, else the
 * named step's scale. Returns the lines used. */
static int draw_scale(const struct step *src, int y, int w)
{
	if (!src->n_points) {
		draw_textf(y, 2, w, STYLE_DIM, _("On the scale of %s, %d to %d:"), src->title,
			   src->scale.min, src->scale.max);
		return 1;
	}
	struct strbuf sb;
	strbuf_init(&sb);
	/* A no-break space keeps each number with its label. */
	for (int v = src->scale.min; v <= src->scale.max; v++)
		strbuf_addf(&sb, "%s%d\u00a0%s", v > src->scale.min ? " \u00b7 " : "", v,
			    step_point_label(src, v));
	int n = draw_wrapped(y, 2, w, 2, STYLE_DIM, sb.data);
	strbuf_finish(&sb);
	return n;
}

static void draw(struct app *a)
{
	meeting_header(a);
	const struct meeting *m = &a->session.engine;
	const struct step *st = meeting_current_step(m), *src = source(a);
	int y = frame_top(), w = draw_cols() - 4, bottom = frame_bottom();
	draw_text(y++, 2, w, STYLE_TITLE, st->title);
	if (!src)
		return;
	if (lv.stage != LIST) {
		y++;
		y += draw_wrapped(y, 2, w, 2, STYLE_BOLD, src->dimensions[lv.sel].title);
		if (src->n_points)
			y += draw_scale(src, y, w);
		if (lv.stage == TARGET)
			draw_textf(y++, 2, w, STYLE_NORMAL, _("The level to reach, %d to %d (empty: no "
							      "target):"), src->scale.min, src->scale.max);
		else {
			char goal[48];
			step_point_text(src, lv.sel, lv.target, goal, sizeof goal);
			draw_textf(y++, 2, w, STYLE_NORMAL, _("Reach %s by when? YYYY-MM-DD, after today:"),
				   goal);
		}
		field_draw(&lv.field, y + 1, 4, 14, true);
		return;
	}
	if (st->text && bottom - y > 12)
		y += draw_wrapped(y, 2, w, 2, STYLE_DIM, st->text);
	/* The keys are in the footer; this says whose scale the levels are on. */
	y += draw_scale(src, y, w);
	size_t stats_step = (size_t)st->levels_step;
	struct rating_stats *s = meeting_step_stats(m, stats_step);
	int rows = (bottom - y + 1) / 3;
	size_t first = rows > 0 && lv.sel >= (size_t)rows ? lv.sel - (size_t)rows + 1 : 0;
	for (size_t d = first; d < src->n_dimensions && y + 2 <= bottom; d++, y += 3)
		draw_component(a, src, &s[d], d, y, w);
	free(s);
}

static void clear_confirmed(struct app *a)
{
	struct agreed_level none = { .level = -1, .target = -1 };
	if (put(a, lv.sel, &none))
		app_say(a, _("Cleared. u puts it back."));
}

static void list_act(struct app *a, enum action act, int key)
{
	const struct step *src = source(a);
	size_t n = src ? src->n_dimensions : 0;
	if (app_list_move(act, &lv.sel, n))
		return;
	struct agreed_level l = n ? meeting_level(&a->session.engine, a->session.engine.step, lv.sel) :
				    (struct agreed_level){ -1, -1, "" };
	switch (act) {
	case ACT_RATE:
		l.level = key - '0';
		if (n && put(a, lv.sel, &l)) {
			char now[48];
			step_point_text(src, lv.sel, l.level, now, sizeof now);
			app_say(a, _("%s: we agree we are at %s."), src->dimensions[lv.sel].title, now);
		}
		break;
	case ACT_EDIT:
		if (!n)
			break;
		lv.stage = TARGET;
		field_clear(&lv.field);
		if (l.target >= 0) {
			char t[12];
			snprintf(t, sizeof t, "%d", l.target);
			field_set(&lv.field, t);
		}
		break;
	case ACT_DELETE:
		if (n && !agreed_level_empty(&l)) {
			char *q = xasprintf(_("Clear the agreed level and target of %s?"),
					    src->dimensions[lv.sel].title);
			app_confirm(a, q, clear_confirmed);
			free(q);
		}
		break;
	case ACT_UNDO:
		if (!lv.can_undo) {
			app_error(a, _("Nothing to take back on this step."));
			break;
		}
		lv.sel = lv.undo_comp;
		if (put(a, lv.undo_comp, &lv.undo_to)) {
			lv.can_undo = false;
			app_say(a, _("Taken back: %s is as it was."), src->dimensions[lv.sel].title);
		}
		break;
	default:
		meeting_act(a, act);
		break;
	}
}

static void finish_stage(struct app *a)
{
	const struct step *src = source(a);
	struct agreed_level l = meeting_level(&a->session.engine, a->session.engine.step, lv.sel);
	const char *t = lv.field.text;
	if (lv.stage == TARGET) {
		if (!*t) {
			l.target = -1;
			l.date[0] = '\0';
			if (put(a, lv.sel, &l))
				app_say(a, _("%s has no target now."), src->dimensions[lv.sel].title);
			lv.stage = LIST;
			return;
		}
		char *end;
		long v = strtol(t, &end, 10);
		if (*end || v < src->scale.min || v > src->scale.max) {
			app_error(a, _("A target is a point of the scale, %d to %d."), src->scale.min,
				  src->scale.max);
			return;
		}
		lv.target = (int)v;
		lv.stage = DATE;
		field_set(&lv.field, l.target >= 0 ? l.date : "");
		return;
	}
	if (strlen(t) >= sizeof l.date) {
		app_error(a, _("The target's date is written YYYY-MM-DD, like 2027-06-30."));
		return;
	}
	l.target = lv.target;
	memcpy(l.date, t, strlen(t) + 1);
	if (!put(a, lv.sel, &l))
		return;
	lv.stage = LIST;
	app_say(a, _("%s: target %d by %s."), src->dimensions[lv.sel].title, l.target, l.date);
}

static void act(struct app *a, enum action act, int key)
{
	if (lv.stage == LIST) {
		list_act(a, act, key);
		return;
	}
	if (app_edit_field(a, &lv.field, act, key))
		return;
	if (act == ACT_ENTER)
		finish_stage(a);
	else if (act == ACT_CANCEL)
		lv.stage = LIST;
}

static bool available(const struct app *a, enum action act)
{
	if (lv.stage != LIST)
		return act == ACT_ENTER || act == ACT_CANCEL || act == ACT_HELP;
	if (act == ACT_UNDO)
		return lv.can_undo;
	if (act == ACT_CANCEL)
		return false;
	return source(a) != NULL || (act != ACT_RATE && act != ACT_EDIT && act != ACT_DELETE);
}

static bool typing(const struct app *a)
{
	(void)a;
	return lv.stage != LIST;
}

static const struct binding keys[] = {
	{ SCOPE_STEP, '0', '9', ACT_RATE, N_("digit"), N_("level now"), N_("Record the level the team agrees it is at now, for the selected component") },
	{ SCOPE_STEP, 'g', 'g', ACT_EDIT, "g", N_("target"), N_("Set the selected component's target level and the date to reach it by") },
	{ SCOPE_STEP, 'x', 'x', ACT_DELETE, "x", N_("clear"), N_("Clear the selected component's level and target (asks first)") },
	{ SCOPE_STEP, BKEY_DELETE, BKEY_DELETE, ACT_DELETE, "Delete", NULL, N_("Clear the selected component's level and target (asks first)") },
	{ SCOPE_STEP, 'u', 'u', ACT_UNDO, "u", N_("undo"), N_("Take back the last change on this step") },
};

const struct screen screen_levels = {
	.title = N_("Agreed level and target"),
	.scope = SCOPE_STEP,
	.keys = keys,
	.n_keys = ARRAY_LEN(keys),
	.enter = enter,
	.draw = draw,
	.act = act,
	.available = available,
	.typing = typing,
};
