/*
 * screen-reopen: reopening a decision from an earlier meeting. The team
 * picks the decision, records the new information, and votes; only when
 * the share in favour reaches the team's threshold does the decide screen
 * go on to record the new decision, linked to the earlier one.
 */
#include "app.h"
#include "convene/i18n.h"
#include "draw.h"
#include "input.h"
#include "convene/util.h"

#include <stdlib.h>
#include <string.h>

enum stage { PICK, INFO, VOTE };

static struct {
	enum stage stage;
	struct earlier_decision *list;
	size_t n, sel;
	struct field info, votes;
} reo;

static void release(void)
{
	earlier_decisions_free(reo.list, reo.n);
	reo.list = NULL;
	reo.n = reo.sel = 0;
}

static void back(struct app *a)
{
	release();
	app_show_meeting(a);
}

static void enter(struct app *a)
{
	release();
	reo.stage = PICK;
	field_clear(&reo.info);
	field_clear(&reo.votes);
	if (!store_earlier_decisions(a->store, a->session.team_id, a->session.meeting_id, &reo.list,
				     &reo.n))
		app_error(a, "%s", store_error(a->store));
}

static void draw(struct app *a)
{
	meeting_header(a);
	int y = frame_top(), bottom = frame_bottom(), w = draw_cols() - 4;
	draw_text(y++, 2, w, STYLE_TITLE, _("Reopen an earlier decision"));
	int needed = session_reopen_needed(&a->session);
	if (needed >= 0)
		draw_textf(y++, 2, w, STYLE_DIM,
			   _("Our rule: new information, and %d%% of those present in favour (%d "
			     "of %zu)."),
			   a->session.reopen_threshold, needed,
			   session_voters(&a->session));
	else
		draw_textf(y++, 2, w, STYLE_DIM,
			   _("Our rule: new information, and %d%% of those present in favour; "
			     "nobody is present to vote."),
			   a->session.reopen_threshold);
	y++;
	if (reo.stage == PICK) {
		if (reo.n == 0)
			draw_text(y, 2, w, STYLE_NORMAL,
				  _("The team has made no decision in an earlier meeting. Esc goes "
				    "back."));
		size_t rows = (size_t)(bottom - y + 1) / 2;
		size_t first = rows && reo.sel >= rows ? reo.sel - rows + 1 : 0;
		for (size_t i = first; i < reo.n && y + 1 <= bottom; i++) {
			const struct earlier_decision *d = &reo.list[i];
			enum style st = i == reo.sel ? STYLE_REVERSE : STYLE_NORMAL;
			draw_fill(y, 2, w, st);
			draw_textf(y++, 3, w - 2, st, _("%s  %s (meeting #%lld)"), d->date, d->topic,
				   (long long)d->meeting_id);
			draw_textf(y++, 6, w - 4, STYLE_DIM, "%s", d->text);
		}
		return;
	}
	const struct earlier_decision *d = &reo.list[reo.sel];
	draw_textf(y++, 2, w, STYLE_BOLD, "%s: %s", d->topic, d->text);
	y++;
	draw_text(y++, 2, w, STYLE_BOLD, _("What is the new information?"));
	field_draw(&reo.info, y++, 4, w - 2, reo.stage == INFO);
	if (reo.stage == VOTE) {
		y++;
		draw_textf(y++, 2, w, STYLE_BOLD, _("How many of the %zu present vote to reopen it?"),
			   session_voters(&a->session));
		field_draw(&reo.votes, y, 4, 8, true);
	}
}

static void vote(struct app *a)
{
	char *end;
	long n = strtol(reo.votes.text, &end, 10);
	if (!reo.votes.len || *end || n < 0 || n > (long)session_voters(&a->session)) {
		app_error(a, _("Type how many vote in favour: 0 to %zu."), session_voters(&a->session));
		return;
	}
	size_t index;
	if (!session_reopen_decision(&a->session, &reo.list[reo.sel], reo.info.text, (int)n, &index)) {
		app_error(a, "%s", session_error(&a->session));
		return;
	}
	app_say(a, _("Reopened with %ld of %zu in favour: now record the new decision."), n,
		session_voters(&a->session));
	release();
	decide_continue(a, index);
}

static void act(struct app *a, enum action act, int key)
{
	if (reo.stage != PICK && act != ACT_ENTER && act != ACT_CANCEL) {
		app_edit_field(a, reo.stage == INFO ? &reo.info : &reo.votes, act, key);
		return;
	}
	if (app_list_move(act, &reo.sel, reo.n))
		return;
	switch (act) {
	case ACT_ENTER:
		if (reo.stage == PICK && reo.n)
			reo.stage = INFO;
		else if (reo.stage == INFO && reo.info.len)
			reo.stage = VOTE;
		else if (reo.stage == INFO)
			app_error(a, "%s",
				  _("A decision is reopened only on new information: say what it is."));
		else if (reo.stage == VOTE)
			vote(a);
		break;
	case ACT_CANCEL:
		if (reo.stage == PICK)
			back(a);
		else
			reo.stage--;
		break;
	default:
		break;
	}
}

static bool typing(const struct app *a)
{
	(void)a;
	return reo.stage != PICK;
}

static bool available(const struct app *a, enum action act)
{
	(void)a;
	if (reo.stage != PICK)
		return act != ACT_COMPLETE && act != ACT_UP;
	return act != ACT_ENTER || reo.n > 0;
}

const struct screen screen_reopen = {
	.title = N_("Reopen a decision"),
	.scope = SCOPE_REOPEN,
	.enter = enter,
	.draw = draw,
	.act = act,
	.available = available,
	.typing = typing,
};
