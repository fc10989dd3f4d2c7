/*
 * screen-readback: one talking point on its own, large enough to read out,
 * with each group present and whether it has confirmed this wording. A
 * group's number key confirms or withdraws its confirmation; the point is
 * AGREED only when every group present has confirmed it.
 */
#include "app.h"
#include "draw.h"
#include "entries.h"
#include "convene/i18n.h"

static void draw(struct app *a)
{
	meeting_header(a);
	const struct meeting *m = &a->session.engine;
	const struct step_state *ss = entries_state(a);
	int y = frame_top(), w = draw_cols() - 4;
	if (a->point >= ss->n_entries) {
		draw_text(y, 2, w, STYLE_DIM, _("This point is gone. Esc goes back to the list."));
		return;
	}
	const struct entry *e = &ss->entries[a->point];
	bool agreed = meeting_agreed(m, m->step, a->point);
	bool norm = meeting_current_step(m)->kind == STEP_ADOPT_NORMS;
	draw_textf(y, 2, w, STYLE_DIM,
		   norm ? _("Norm %zu of %zu, read back for agreement") :
			  _("Talking point %zu of %zu, read back for agreement"),
		   a->point + 1, ss->n_entries);
	y += 2;
	y += draw_wrapped(y, 4, w - 4, frame_bottom() - y - m->n_groups - 3, STYLE_TITLE, e->text) + 1;
	for (size_t g = 0; g < m->n_groups && y <= frame_bottom(); g++) {
		bool yes = (e->agreed >> g) & 1;
		draw_textf(y++, 4, w - 2, yes ? STYLE_BOLD : STYLE_NORMAL,
			   yes ? _("%zu  [x] %s: confirmed") : "%zu  [ ] %s", g + 1, m->groups[g]);
	}
	y++;
	if (agreed)
		draw_text(y, 4, w, STYLE_ALERT, norm ? _(" ADOPTED by every group present ") :
			  _(" AGREED by every group present "));
	else
		draw_text(y, 4, w, STYLE_DIM, _("Not agreed yet: each group confirms with its number."));
}

static void act(struct app *a, enum action act, int key)
{
	const struct meeting *m = &a->session.engine;
	size_t n = entries_state(a)->n_entries;
	switch (act) {
	case ACT_CONFIRM_GROUP: {
		size_t g = (size_t)(key - '1');
		if (a->point >= n || g >= m->n_groups) {
			app_error(a, _("There are %zu groups present: press 1 to %zu."), m->n_groups,
				  m->n_groups);
			return;
		}
		bool yes = !((entries_state(a)->entries[a->point].agreed >> g) & 1);
		if (!session_confirm(&a->session, a->point, g, yes))
			app_error(a, "%s", session_error(&a->session));
		else if (meeting_agreed(m, m->step, a->point))
			app_say(a, meeting_current_step(m)->kind == STEP_ADOPT_NORMS ?
				_("Adopted by every group present: one of the team's norms.") :
				_("Agreed by every group present."));
		else
			app_say(a, yes ? _("%s confirms.") : _("%s withdraws its confirmation."),
				m->groups[g]);
		break;
	}
	case ACT_DOWN:
		if (a->point + 1 < n)
			a->point++;
		break;
	case ACT_UP:
		if (a->point > 0)
			a->point--;
		break;
	case ACT_CANCEL:
		app_go(a, &screen_points);
		break;
	default:
		meeting_act(a, act); /* the time keeper's keys */
		break;
	}
}

const struct screen screen_readback = {
	.title = N_("Reading a point back"),
	.scope = SCOPE_READBACK,
	.draw = draw,
	.act = act,
};
