/*
 * screen-decisions: the decisions log of a team, newest meeting first:
 * each decision with how it was made, its reasons and status, and the
 * links between a decision and the one that reopened it.
 */
#include "app.h"
#include "convene/i18n.h"
#include "convene/store-history.h"
#include "draw.h"
#include "convene/util.h"

#include <stdlib.h>

static struct {
	struct logged_decision *list;
	size_t n, sel;
	char *team;
} lg;

static void release(void)
{
	logged_decisions_free(lg.list, lg.n);
	free(lg.team);
	lg.list = NULL;
	lg.team = NULL;
	lg.n = lg.sel = 0;
}

static void enter(struct app *a)
{
	release();
	struct team_list teams;
	if (store_load_team(a->store, a->team_id, &teams)) {
		for (size_t i = 0; i < teams.n; i++)
			if (teams.teams[i].id == a->team_id)
				lg.team = xstrdup(teams.teams[i].name);
		team_list_free(&teams);
	}
	if (!store_team_decisions(a->store, a->team_id, &lg.list, &lg.n))
		app_error(a, "%s", store_error(a->store));
}

/* The selected decision in full: how, reasons, and its reopening links. */
static int draw_detail(const struct logged_decision *d, int y, int w)
{
	int bottom = frame_bottom(), start = y;
	if (d->how)
		draw_textf(y++, 6, w - 4, STYLE_NORMAL, _("How: %s"), d->how);
	if (d->reasons && *d->reasons && y <= bottom) {
		char *r = xasprintf(_("Reasons: %s"), d->reasons);
		y += draw_wrapped(y, 6, w - 4, 3, STYLE_NORMAL, r);
		free(r);
	}
	if (d->reopens_id && y <= bottom) {
		char *r = xasprintf(_("Reopens the decision of meeting #%lld (%s) on new "
				      "information: %s; %d of %d present in favour."),
				    (long long)d->reopens_meeting,
				    d->reopens_text ? d->reopens_text : "", d->reopen_info ? d->reopen_info : "",
				    d->reopen_votes, d->reopen_present);
		y += draw_wrapped(y, 6, w - 4, 3, STYLE_BOLD, r);
		free(r);
	}
	if (d->reopened_in && y <= bottom)
		draw_textf(y++, 6, w - 4, STYLE_ALERT, _(" Reopened in meeting #%lld "),
			   (long long)d->reopened_in);
	return y - start;
}

static void draw(struct app *a)
{
	frame_header(a, _("Decisions log"), lg.team);
	int y = frame_top(), bottom = frame_bottom(), w = draw_cols() - 4;
	draw_textf(y++, 2, w, STYLE_TITLE, _("Decisions of %s: %zu"),
		   lg.team ? lg.team : _("the team"), lg.n);
	y++;
	if (lg.n == 0) {
		draw_text(y, 2, w, STYLE_DIM, _("No decision recorded yet. Decide steps record them."));
		return;
	}
	/* The selected decision and its detail stay on screen. */
	size_t rows = (size_t)(bottom - y + 1) / 2;
	size_t first = rows > 3 && lg.sel >= rows - 3 ? lg.sel - (rows - 3) : 0;
	for (size_t i = first; i < lg.n && y + 1 <= bottom; i++) {
		const struct logged_decision *d = &lg.list[i];
		enum style st = i == lg.sel ? STYLE_REVERSE : STYLE_NORMAL;
		draw_fill(y, 2, w, st);
		draw_textf(y, 3, w - 16, st, "%s  #%lld  %s", d->date, (long long)d->meeting_id,
			   d->topic);
		draw_textf(y++, w - 12, 14, d->reopened_in ? STYLE_DIM : STYLE_BOLD, " %s ",
			   _(decision_status_name(d->status)));
		if (d->reopens_id)
			draw_textf(y++, 6, w - 4, STYLE_DIM, _("(reopened) %s"), d->text);
		else
			draw_text(y++, 6, w - 4, STYLE_DIM, d->text);
		if (i == lg.sel)
			y += draw_detail(d, y, w);
	}
}

static void act(struct app *a, enum action act, int key)
{
	(void)key;
	if (app_list_move(act, &lg.sel, lg.n))
		return;
	switch (act) {
	case ACT_CANCEL:
		release();
		app_go(a, &screen_home);
		break;
	default:
		break;
	}
}

const struct screen screen_decisions = {
	.title = N_("Decisions log"),
	.scope = SCOPE_LOG,
	.enter = enter,
	.draw = draw,
	.act = act,
};
