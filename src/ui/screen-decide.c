/*
 * screen-decide: recording decisions. First the team decides how to decide
 * (a point on the decision-making continuum), then records the decision
 * and its reasons, optionally checks consensus with fist to five (anyone
 * below three states an objection), and gives it a status. Each stage is
 * saved when it is completed, so a decision interrupted halfway stays as a
 * draft.
 */
#include "app.h"
#include "draw.h"
#include "input.h"
#include "convene/rules.h"
#include "convene/util.h"
#include "convene/i18n.h"

#include <stdlib.h>
#include <string.h>

enum stage { LIST, TOPIC, HOW, DECISION, REASONS, FIST, STATUS };

static const char *const stage_prompt[] = {
	[TOPIC] = N_("What is to be decided?"),
	[HOW] = N_("How will we decide? Choose a point on the continuum: type its number, or Up/Down, then Enter."),
	[DECISION] = N_("What did we decide?"),
	[REASONS] = N_("Why? The reasons for the decision:"),
	[FIST] = N_("Consensus check, fist to five: type each person's fingers, or they show them from "
		    "their seats (Enter when done, or to skip)."),
	[STATUS] = N_("Where does it stand?"),
};

static struct {
	enum stage stage;
	size_t sel;         /* the selected decision in the list */
	size_t index;       /* the decision being recorded */
	struct decision d;  /* its working copy */
	struct field field;
	int fist_order[64]; /* the counts entered, to take the last back */
	size_t n_fist;
	bool kept;          /* the stage's text is too long to edit: Enter keeps it */
	/* A save refused because someone changed the decision since it was
	 * read: what saved, to do again over theirs (with the key it took). */
	void (*again)(struct app *a);
	int again_key;
} dec;

static const struct step_state *state(const struct app *a)
{
	return &a->session.engine.steps[a->session.engine.step];
}

static void enter(struct app *a)
{
	(void)a;
	dec.stage = LIST;
	if (dec.sel >= state(a)->n_decisions)
		dec.sel = 0;
	decision_free(&dec.d);
}

static const char *point_title(const struct step *st, int point)
{
	return point >= 0 ? st->continuum[point].title : _("how to decide not chosen yet");
}

static void draw_list(const struct app *a, const struct step *st, int y, int w)
{
	const struct step_state *ss = state(a);
	for (size_t i = 0; i < ss->n_decisions && y + 1 <= frame_bottom(); i++) {
		const struct decision *d = &ss->decisions[i];
		enum style style = i == dec.sel ? STYLE_REVERSE : STYLE_NORMAL;
		/* The selected decision is read whole; the others keep to
		 * two lines and say when they are cut. */
		bool sel = i == dec.sel;
		int rows = frame_bottom() - y;
		char *num = xasprintf("%zu. ", i + 1);
		draw_fill(y, 2, w, style);
		/* The status ends the row; a longer word than English's takes
		 * its room from the topic. */
		char *tag = xasprintf(" %s ", _(decision_status_name(d->status)));
		int tw = text_width(tag), tx = tw > 12 ? w + 2 - tw : w - 10;
		int h = draw_item(y, 3, tx - 4, sel ? MAX_SELECTED_LINES(rows) : 1, style, num, d->topic);
		free(num);
		draw_text(y, tx, tw, d->status == DECISION_DECIDED ? STYLE_ALERT : STYLE_BOLD, tag);
		free(tag);
		y += h;
		char *how = xasprintf("%s%s%s%s", d->reopens_id ? _("reopened; ") : "",
				      point_title(st, d->point), d->text && *d->text ? ": " : "",
				      d->text ? d->text : "");
		y += draw_wrapped(y, 6, w - 4, sel ? MAX_SELECTED_LINES(frame_bottom() - y + 1) : 1,
				  STYLE_DIM, how);
		free(how);
	}
	if (ss->n_decisions == 0)
		draw_text(y, 2, w, STYLE_DIM, _("No decision recorded yet: Enter records one."));
}

static void draw_how(const struct step *st, int y, int w)
{
	int chosen = dec.d.point < 0 ? 0 : dec.d.point;
	for (size_t i = 0; i < st->n_continuum && y <= frame_bottom() - 4; i++) {
		enum style style = (int)i == chosen ? STYLE_REVERSE : STYLE_NORMAL;
		draw_fill(y, 2, w, style);
		draw_textf(y++, 3, w - 2, style, "%zu  %s", i + 1, st->continuum[i].title);
	}
	/* A rendering is never taken for the source's own: its credit stands
	 * under the points. */
	if (st->continuum_credit)
		draw_textf(y++, 3, w - 2, STYLE_DIM, "(%s)", st->continuum_credit);
	if (st->continuum[chosen].text)
		draw_wrapped(y + 1, 4, w - 4, frame_bottom() - y - 1, STYLE_DIM, st->continuum[chosen].text);
}

/* The hands typed here and the hands shown from seats, together. */
static void hands(const struct app *a, int out[FIST_POINTS])
{
	for (int i = 0; i < FIST_POINTS; i++)
		out[i] = dec.d.fist[i] + (a->session.fist_open ? a->session.seat_fist[i] : 0);
}

static void draw_fist(const struct app *a, int y, int w)
{
	int fist[FIST_POINTS];
	hands(a, fist);
	/* TRANSLATORS: what each number of fingers means in fist to five;
	 * each at most 18 cells. */
	static const char *const meaning[] = { N_("block"), N_("serious objection"), N_("objection"),
					       N_("can live with it"), N_("support"), N_("full support") };
	int total = 0;
	for (int i = 0; i < FIST_POINTS; i++) {
		char *m = pad_cells(_(meaning[i]), 18, TEXT_CUT_END);
		draw_textf(y++, 4, w - 2, STYLE_NORMAL, "%d  %s %d", i, m, fist[i]);
		free(m);
		total += fist[i];
	}
	y++;
	/* The check is still being taken: count the fingers entered so far. */
	int below = rules_fist_objections(fist);
	int seats = rules_fist_hands(a->session.seat_fist);
	if (a->session.fist_open && (seats || a->session.seats_open))
		draw_textf(y++, 4, w, STYLE_BOLD, _("%d counted: %d shown from seats, %d typed here"),
			   total, seats, total - seats);
	else
		draw_textf(y++, 4, w, STYLE_BOLD, _("%d counted"), total);
	if (below)
		draw_textf(y, 4, w, STYLE_ALERT, _(" %d below three: each states an objection before the "
						   "decision stands "), below);
}

static void draw_status(int y, int w)
{
	static const enum decision_status choices[] = { DECISION_DECIDED, DECISION_DEFERRED,
							DECISION_INPUT_ONLY };
	for (size_t i = 0; i < ARRAY_LEN(choices); i++) {
		enum style style = dec.d.status == choices[i] ? STYLE_REVERSE : STYLE_NORMAL;
		draw_fill(y, 2, w, style);
		draw_text(y++, 3, w - 2, style, _(decision_status_name(choices[i])));
	}
}

static void draw(struct app *a)
{
	meeting_header(a);
	const struct step *st = meeting_current_step(&a->session.engine);
	int y = frame_top(), w = draw_cols() - 4;
	draw_text(y++, 2, w, STYLE_TITLE, st->title);
	if (dec.stage == LIST) {
		if (!a->session.quorum) {
			char *why = xasprintf(_(" NO QUORUM: nobody from %s is here. Discuss; no decision "
						"can be recorded. "), a->session.missing_groups);
			y += draw_wrapped(y, 2, w, 2, STYLE_ALERT, why);
			free(why);
		} else if (st->text) {
			y += draw_wrapped(y, 2, w, 2, STYLE_DIM, st->text);
		}
		draw_list(a, st, y + 1, w);
		return;
	}
	draw_textf(y++, 2, w, STYLE_DIM, _("Decision %zu: %s"), dec.index + 1,
		   dec.d.topic && *dec.d.topic ? dec.d.topic : _("(new)"));
	if (dec.d.reopens_id)
		draw_textf(y++, 2, w, STYLE_DIM, _("Reopened (%d of %d in favour) on new information: %s"),
			   dec.d.reopen_votes, dec.d.reopen_present, dec.d.reopen_info);
	if (dec.d.point >= 0 && dec.stage > HOW)
		draw_textf(y++, 2, w, STYLE_DIM, _("Decided by: %s"), point_title(st, dec.d.point));
	y++;
	draw_wrapped(y++, 2, w, 2, STYLE_BOLD, _(stage_prompt[dec.stage]));
	y++;
	switch (dec.stage) {
	case TOPIC:
	case DECISION:
	case REASONS:
		if (dec.kept)
			draw_text(y, 4, w - 2, STYLE_DIM, _("(longer than convene edits on screen: Enter "
							    "keeps it as it is)"));
		else
			field_draw(&dec.field, y, 4, w - 2, true);
		break;
	case HOW:
		draw_how(st, y, w);
		break;
	case FIST:
		draw_fist(a, y, w);
		break;
	case STATUS:
		draw_status(y, w);
		break;
	case LIST:
		break;
	}
}

/* y: the decision takes their version; what was saved is done again. */
static void save_mine(struct app *a)
{
	if (!session_resolve(&a->session, false))
		app_error(a, "%s", session_error(&a->session));
	else if (dec.again)
		dec.again(a);
}

/* n: their decision stays, as the list shows it; the working copy goes. */
static void keep_theirs(struct app *a)
{
	if (!session_resolve(&a->session, true))
		app_error(a, "%s", session_error(&a->session));
	else
		app_say(a, _("Kept their wording; yours was not saved."));
	decision_free(&dec.d);
	dec.d = (struct decision){ .point = -1 };
	dec.stage = LIST;
}

/* Saves the working copy; false (with the error shown, or the question
 * asked when someone changed the decision since) when it failed. again
 * does it again once the facilitator chose to save over theirs. */
static bool save(struct app *a, void (*again)(struct app *a), int key)
{
	if (session_save_decision(&a->session, dec.index, &dec.d))
		return true;
	if (session_conflict(&a->session)) {
		dec.again = again;
		dec.again_key = key;
		app_ask_conflict(a, session_conflict(&a->session), save_mine, keep_theirs);
		return false;
	}
	app_error(a, "%s", session_error(&a->session));
	return false;
}

/* Each count is saved as it is shown, like a rating: what the room saw
 * counted survives the app being killed. */
static bool save_count(struct app *a, void (*again)(struct app *a), int key)
{
	bool taken = dec.d.fist_taken;
	dec.d.fist_taken = taken || rules_fist_hands(dec.d.fist) > 0;
	if (save(a, again, key))
		return true;
	dec.d.fist_taken = taken;
	return false;
}

static void count_again(struct app *a);
static void take_back_again(struct app *a);

/* A count of fingers (key '0' to '5'), saved as it is entered. */
static void count(struct app *a, int key)
{
	if (key > '5') {
		app_error(a, _("Fingers go from 0 to 5."));
	} else if (rules_fist_hands(dec.d.fist) + (a->session.fist_open ?
		   rules_fist_hands(a->session.seat_fist) : 0) >= (int)session_voters(&a->session)) {
		app_error(a, _("All %zu present are counted; u takes the last one back."),
			  session_voters(&a->session));
	} else if (dec.n_fist < ARRAY_LEN(dec.fist_order)) {
		dec.d.fist[key - '0']++;
		dec.fist_order[dec.n_fist++] = key - '0';
		if (!save_count(a, count_again, key))
			dec.d.fist[dec.fist_order[--dec.n_fist]]--;
	}
}

static void count_again(struct app *a)
{
	count(a, dec.again_key);
}

/* Takes the last count back. */
static void take_back(struct app *a)
{
	if (dec.n_fist == 0)
		return;
	int taken = dec.fist_order[--dec.n_fist];
	dec.d.fist[taken]--;
	if (!save_count(a, take_back_again, 0))
		dec.d.fist[dec.fist_order[dec.n_fist++] = taken]++;
}

static void take_back_again(struct app *a)
{
	take_back(a);
}

static char **text_of(enum stage s)
{
	return s == TOPIC ? &dec.d.topic : s == DECISION ? &dec.d.text : &dec.d.reasons;
}

/* The fist to five ends: the hands shown from seats join those typed,
 * are saved with the decision, and seats can no longer show. */
static bool close_fist(struct app *a, void (*again)(struct app *a))
{
	struct session *s = &a->session;
	int before[FIST_POINTS];
	memcpy(before, dec.d.fist, sizeof before);
	bool taken = dec.d.fist_taken;
	if (s->fist_open)
		hands(a, dec.d.fist);
	dec.d.fist_taken = taken || dec.n_fist > 0 || rules_fist_hands(dec.d.fist) > 0;
	if (!save(a, again, 0)) {
		memcpy(dec.d.fist, before, sizeof before);
		dec.d.fist_taken = taken;
		return false;
	}
	if (s->fist_open)
		session_fist_to_seats(s, false);
	return true;
}

static void cancel_fist(struct app *a)
{
	if (close_fist(a, cancel_fist)) {
		dec.stage = LIST;
		app_say(a, _("What was entered is kept; e goes on with it."));
	}
}

static void go(enum stage s)
{
	dec.stage = s;
	dec.kept = (s == TOPIC || s == DECISION || s == REASONS) &&
		   !field_set(&dec.field, *text_of(s) ? *text_of(s) : "");
	if (s == HOW && dec.d.point < 0)
		dec.d.point = 0;
	if (s == STATUS && dec.d.status == DECISION_DRAFT)
		dec.d.status = DECISION_DECIDED;
	if (s == FIST)
		dec.n_fist = 0;
}

static void begin(struct app *a, size_t index)
{
	decision_free(&dec.d);
	dec.index = index;
	if (index < state(a)->n_decisions)
		decision_copy(&dec.d, &state(a)->decisions[index]);
	else
		dec.d = (struct decision){ .point = -1, .status = DECISION_DRAFT };
	go(TOPIC);
}

void decide_continue(struct app *a, size_t index)
{
	app_go(a, &screen_decide);
	begin(a, index);
	go(HOW);
}

static void finish_stage(struct app *a)
{
	if (dec.stage == TOPIC || dec.stage == DECISION || dec.stage == REASONS) {
		char **t = text_of(dec.stage);
		if (!dec.kept) {
			free(*t);
			*t = xstrdup(dec.field.text);
		}
		if (dec.stage == TOPIC && !*dec.d.topic) {
			app_error(a, _("Name what is to be decided first."));
			return;
		}
	}
	if (dec.stage == FIST && !close_fist(a, finish_stage))
		return;
	if (!save(a, finish_stage, 0))
		return;
	if (dec.stage == STATUS) {
		dec.sel = dec.index;
		dec.stage = LIST;
		app_say(a, _("Decision %zu recorded: %s."), dec.index + 1,
			_(decision_status_name(dec.d.status)));
		return;
	}
	go(dec.stage + 1);
	if (dec.stage == FIST && !session_fist_to_seats(&a->session, true))
		app_error(a, _("Seats cannot show their fingers: %s"), session_error(&a->session));
}

/* The continuum's points are numbered from 1 on screen; typing the number
 * selects that point, as the arrows would (Enter takes it). */
static void choose_point(struct app *a, const struct step *st, int number)
{
	if (number < 1 || (size_t)number > st->n_continuum)
		app_error(a, _("The points are numbered 1 to %zu."), st->n_continuum);
	else
		dec.d.point = number - 1;
}

static void typing_act(struct app *a, enum action act, int key)
{
	if (dec.kept && act != ACT_ENTER && act != ACT_CANCEL && act != ACT_HELP)
		return;
	if (app_edit_field(a, &dec.field, act, key))
		return;
	switch (act) {
	case ACT_ENTER:
		finish_stage(a);
		break;
	case ACT_CANCEL:
		dec.stage = LIST;
		break;
	default:
		break;
	}
}

static void delete_confirmed(struct app *a)
{
	if (!session_delete_decision(&a->session, dec.sel))
		app_error(a, "%s", session_error(&a->session));
	else if (dec.sel > 0 && dec.sel >= state(a)->n_decisions)
		dec.sel--;
}

static void list_act(struct app *a, enum action act)
{
	size_t n = state(a)->n_decisions;
	if (app_list_move(act, &dec.sel, n))
		return;
	switch (act) {
	case ACT_ENTER:
	case ACT_ADD:
	case ACT_EDIT:
		if (!a->session.quorum)
			app_error(a, _("No quorum (nobody from %s): no decision can be made."),
				  a->session.missing_groups);
		else if (act != ACT_EDIT)
			begin(a, n);
		else if (n)
			begin(a, dec.sel);
		break;
	case ACT_REOPEN:
		if (!a->session.quorum)
			app_error(a, _("No quorum (nobody from %s): no decision can be reopened."),
				  a->session.missing_groups);
		else
			app_go(a, &screen_reopen);
		break;
	case ACT_DELETE:
		if (n) {
			char *q = xasprintf(_("Delete the decision \"%s\"?"), state(a)->decisions[dec.sel].topic);
			app_confirm(a, q, delete_confirmed);
			free(q);
		}
		break;
	default:
		meeting_act(a, act);
		break;
	}
}

static void act(struct app *a, enum action act, int key)
{
	const struct step *st = meeting_current_step(&a->session.engine);
	if (dec.stage == TOPIC || dec.stage == DECISION || dec.stage == REASONS) {
		typing_act(a, act, key);
		return;
	}
	if (dec.stage == LIST) {
		list_act(a, act);
		return;
	}
	switch (act) {
	case ACT_UP:
	case ACT_DOWN: {
		int delta = act == ACT_UP ? -1 : 1;
		if (dec.stage == HOW) {
			int p = dec.d.point + delta;
			if (p >= 0 && p < (int)st->n_continuum)
				dec.d.point = p;
		} else if (dec.stage == STATUS) {
			int s = (int)dec.d.status + delta;
			if (s >= DECISION_DECIDED && s < DECISION_STATUS_COUNT)
				dec.d.status = (enum decision_status)s;
		}
		break;
	}
	case ACT_CHOOSE:
	case ACT_FIST:
		/* A digit picks the numbered point at HOW and counts fingers at
		 * the fist to five: the two stages never show together. */
		if (dec.stage == HOW)
			choose_point(a, st, key - '0');
		else if (dec.stage == FIST)
			count(a, key);
		break;
	case ACT_UNDO:
		if (dec.stage == FIST)
			take_back(a);
		break;
	case ACT_ENTER:
		finish_stage(a);
		break;
	case ACT_CANCEL:
		if (dec.stage == FIST) {
			cancel_fist(a);
			break;
		}
		dec.stage = LIST;
		app_say(a, _("What was entered is kept; e goes on with it."));
		break;
	default:
		break;
	}
}

static bool available(const struct app *a, enum action act)
{
	bool has = state(a)->n_decisions > 0;
	switch (dec.stage) {
	case LIST:
		return act == ACT_FIST || act == ACT_CHOOSE || act == ACT_UNDO || act == ACT_CANCEL ? false :
		       act == ACT_EDIT || act == ACT_DELETE ? has : true;
	case FIST:
		return act == ACT_FIST || act == ACT_UNDO || act == ACT_ENTER || act == ACT_CANCEL ||
		       act == ACT_HELP;
	case HOW:
		return act == ACT_CHOOSE || act == ACT_ENTER || act == ACT_CANCEL || act == ACT_HELP;
	default:
		return act == ACT_ENTER || act == ACT_CANCEL || act == ACT_HELP;
	}
}

static bool typing(const struct app *a)
{
	(void)a;
	return dec.stage == TOPIC || dec.stage == DECISION || dec.stage == REASONS;
}

const struct screen screen_decide = {
	.title = N_("Decisions"),
	.scope = SCOPE_DECIDE,
	.enter = enter,
	.draw = draw,
	.act = act,
	.available = available,
	.typing = typing,
};
