/* setup-timing: the setup page for how long each step is planned to take,
 * beside what was planned and taken the last time the team ran it. */
#include "setup.h"
#include "draw.h"
#include "convene/util.h"
#include "convene/i18n.h"

#include <stdlib.h>
#include <string.h>

void setup_release_timing(void)
{
	free(setup.minutes);
	setup.minutes = NULL;
	setup.n_minutes = 0;
	step_times_free(setup.last, setup.n_last);
	setup.last = NULL;
	setup.n_last = 0;
}

void setup_prepare_timing(struct app *a)
{
	const struct protocol *p = setup_chosen(a);
	setup_release_timing();
	setup.n_minutes = p->n_steps;
	setup.minutes = xcalloc(p->n_steps + 1, sizeof *setup.minutes);
	for (size_t i = 0; i < p->n_steps; i++)
		setup.minutes[i] = p->steps[i].minutes;
	setup.timing_sel = 0;
	if (!store_last_step_times(a->store, setup.team->id, p->id, &setup.last, &setup.n_last))
		app_error(a, "%s", store_error(a->store));
}

/* Last time's figures for step i, when that meeting had the same step. */
static const struct step_time *last_time(const struct protocol *p, size_t i)
{
	if (i < setup.n_last && strcmp(setup.last[i].title, p->steps[i].title) == 0)
		return &setup.last[i];
	return NULL;
}

void setup_draw_timing(const struct app *a, int y, int w)
{
	const struct protocol *p = setup_chosen(a);
	int total = 0;
	for (size_t i = 0; i < setup.n_minutes; i++)
		total += setup.minutes[i];
	draw_textf(y++, 2, w, STYLE_TITLE, _("How long for each step? %d minutes in all"), total);
	draw_text(y++, 2, w, STYLE_DIM, setup.n_last ? _("+ and - change the selected step; last time's "
							 "plan and actual time are beside it.") :
						       _("+ and - change the selected step."));
	y++;
	int rows = frame_bottom() - y + 1;
	size_t first = rows > 0 && setup.timing_sel >= (size_t)rows ? setup.timing_sel - (size_t)rows + 1 : 0;
	for (size_t i = first; i < setup.n_minutes && y <= frame_bottom(); i++, y++) {
		enum style st = i == setup.timing_sel ? STYLE_REVERSE : STYLE_NORMAL;
		draw_fill(y, 2, w, st);
		draw_textf(y, 3, w - 34, st, "%zu. %s", i + 1, p->steps[i].title);
		draw_textf(y, w - 30, 8, st, _("%3d min"), setup.minutes[i]);
		const struct step_time *t = last_time(p, i);
		if (t)
			/* TRANSLATORS: last time's planned and actual minutes; at most 22 cells. */
			draw_textf(y, w - 20, 22, STYLE_DIM, _("last: %d, took %lld"), t->planned_seconds / 60,
				   (long long)((t->actual_ms + 30000) / 60000));
	}
}

void setup_timing_act(struct app *a, enum action act)
{
	(void)a;
	if (app_list_move(act, &setup.timing_sel, setup.n_minutes))
		return;
	switch (act) {
	case ACT_DOT_ADD:
		if (setup.n_minutes && setup.minutes[setup.timing_sel] < 600)
			setup.minutes[setup.timing_sel]++;
		break;
	case ACT_DOT_REMOVE:
		if (setup.n_minutes && setup.minutes[setup.timing_sel] > 0)
			setup.minutes[setup.timing_sel]--;
		break;
	default:
		break;
	}
}
