/* setup-roles: the setup page that proposes who holds which role, by
 * rotation, and lets the facilitator reassign or swap them. */
#include "setup.h"
#include "convene/store-history.h"
#include "draw.h"
#include "convene/rotation.h"
#include "convene/util.h"
#include "convene/i18n.h"

#include <stdlib.h>

static const char *member_name(int64_t id)
{
	for (size_t i = 0; i < setup.team->n_members; i++)
		if (setup.team->members[i].id == id)
			return setup.team->members[i].name;
	return _("nobody");
}

void setup_draw_roles(int y, int w)
{
	draw_text(y++, 2, w, STYLE_TITLE, _("Who holds which role?"));
	draw_wrapped(y++, 2, w, 1, STYLE_DIM,
		     _("Proposed by rotation: whoever has waited longest first, groups taking turns."));
	y++;
	for (size_t r = 0; r < setup.n_roles; r++) {
		enum style st = r == setup.role_sel ? STYLE_REVERSE : STYLE_NORMAL;
		draw_fill(y, 2, w, st);
		draw_text(y, 3, 16, st, role_shown(setup.roles[r]));
		draw_name(y++, 20, w - 19, st, member_name(setup.holders[r]));
	}
	if (setup.n_roles == 0)
		draw_text(y, 3, w, STYLE_DIM, _("This team rotates no roles."));
}

/* Proposes holders for the team's roles from who is present, since when
 * each has been on the team, and who held which role at every meeting. */
void setup_propose_roles(struct app *a)
{
	team_roles_free(setup.roles, setup.n_roles);
	setup.roles = NULL;
	setup.n_roles = 0;
	struct role_record *history = NULL;
	struct member_tenure *tenure = NULL;
	size_t n_history = 0, n_tenure = 0;
	if (!store_team_roles(a->store, setup.team->id, &setup.roles, &setup.n_roles) ||
	    !store_role_history(a->store, setup.team->id, &history, &n_history) ||
	    !store_member_tenure(a->store, setup.team->id, &tenure, &n_tenure))
		app_error(a, "%s", store_error(a->store));
	if (setup.n_roles > MAX_ROLES)
		setup.n_roles = MAX_ROLES;
	struct rotation_member *present = xcalloc(setup.team->n_members + 1, sizeof *present);
	size_t n = 0;
	/* Guests are not in the rotation; the facilitator may still hand one a
	 * role with Left and Right. */
	for (size_t i = 0; i < setup.team->n_members; i++) {
		const struct member *m = &setup.team->members[i];
		if (!setup.present[i] || m->guest)
			continue;
		present[n] = (struct rotation_member){ m->id, m->group, 0 };
		for (size_t t = 0; t < n_tenure; t++)
			if (tenure[t].member_id == m->id)
				present[n].joined = tenure[t].meetings;
		n++;
	}
	struct role_held *held = xcalloc(n_history + 1, sizeof *held);
	for (size_t i = 0; i < n_history; i++)
		held[i] = (struct role_held){ history[i].role, history[i].member_id, history[i].group,
					      history[i].age };
	rotation_propose((const char *const *)setup.roles, setup.n_roles, present, n, held, n_history,
			 setup.holders);
	free(held);
	free(present);
	free(tenure);
	role_history_free(history, n_history);
	setup.role_sel = 0;
}

/* Gives the selected role to the next (or previous) person present; a
 * person who held another role hands it over in exchange. */
void setup_change_holder(int delta)
{
	size_t n = setup.team->n_members, at = n;
	for (size_t i = 0; i < n; i++)
		if (setup.team->members[i].id == setup.holders[setup.role_sel])
			at = i;
	for (size_t k = 1; k <= n; k++) {
		size_t i = (at + n + (size_t)(delta > 0 ? k : n - k)) % n;
		if (!setup.present[i])
			continue;
		int64_t next = setup.team->members[i].id, old = setup.holders[setup.role_sel];
		for (size_t r = 0; r < setup.n_roles; r++)
			if (setup.holders[r] == next)
				setup.holders[r] = old;
		setup.holders[setup.role_sel] = next;
		return;
	}
}

