/*
 * screen-rules: a team's ground rules, the guidebook's examples by default
 * — quorum, whether guests count toward it, the share of votes that reopens a decision, the norms shown at
 * the start of each meeting, and the roles to rotate. Nothing is saved until
 * Enter, and then all of it in one transaction.
 */
#include "app.h"
#include "convene/rotation.h"
#include "convene/store-history.h"
#include "draw.h"
#include "input.h"
#include "convene/i18n.h"
#include "convene/rules.h"
#include "convene/text.h"
#include "convene/util.h"

#include <stdlib.h>
#include <string.h>

enum rule { RULE_QUORUM, RULE_REOPEN, RULE_NORMS, RULE_ROLES, RULE_GUESTS, RULE_COUNT };

#define MAX_ROLE_NAMES 8

static struct {
	struct team_list teams;
	const struct team *team;
	bool quorum_each_group;
	bool guests_count;
	int threshold;
	int norms; /* index in the catalog, or -1 for none */
	struct field roles;
	bool editing;
	enum rule sel;
} rules;

static bool is_norms_protocol(const struct protocol *p)
{
	if (p->is_agenda)
		return false;
	for (size_t i = 0; i < p->n_steps; i++)
		if (p->steps[i].kind == STEP_NORMS && !p->steps[i].checks && p->steps[i].n_norms)
			return true;
	return false;
}

static void leave(struct app *a)
{
	team_list_free(&rules.teams);
	rules.team = NULL;
	app_go(a, &screen_home);
}

static void enter(struct app *a)
{
	team_list_free(&rules.teams);
	rules.team = NULL;
	if (!store_load_team(a->store, a->team_id, &rules.teams)) {
		app_error(a, "%s", store_error(a->store));
		return;
	}
	for (size_t i = 0; i < rules.teams.n; i++)
		if (rules.teams.teams[i].id == a->team_id)
			rules.team = &rules.teams.teams[i];
	if (!rules.team)
		return;
	enum quorum_rule q;
	rules.quorum_each_group = !quorum_rule_parse(rules.team->quorum, &q) || q != QUORUM_NONE;
	rules.threshold = rules.team->reopen_threshold;
	rules.guests_count = rules.team->guests_count;
	rules.norms = -1;
	for (size_t i = 0; rules.team->norms_protocol && i < a->catalog->n; i++)
		if (strcmp(a->catalog->protocols[i]->id, rules.team->norms_protocol) == 0)
			rules.norms = (int)i;
	char **names;
	size_t n;
	field_clear(&rules.roles);
	if (store_team_roles(a->store, rules.team->id, &names, &n)) {
		struct strbuf sb;
		strbuf_init(&sb);
		for (size_t i = 0; i < n; i++)
			strbuf_addf(&sb, "%s%s", i ? ", " : "", names[i]);
		field_set(&rules.roles, sb.data ? sb.data : "");
		strbuf_finish(&sb);
		team_roles_free(names, n);
	}
	rules.editing = false;
	rules.sel = RULE_QUORUM;
}

static void draw(struct app *a)
{
	frame_header(a, _("Ground rules"), rules.team ? rules.team->name : NULL);
	int y = frame_top(), w = draw_cols() - 4;
	if (!rules.team) {
		draw_text(y, 2, w, STYLE_NORMAL, _("This team is gone. Esc goes back."));
		return;
	}
	draw_textf(y++, 2, w, STYLE_TITLE, _("Ground rules of %s"), rules.team->name);
	draw_text(y++, 2, w, STYLE_DIM,
		  _("Up/Down choose a rule, Left/Right change it, Enter saves."));
	y++;
	char value[RULE_COUNT][160];
	snprintf(value[RULE_QUORUM], sizeof value[0], "%s",
		 rules.quorum_each_group ? _("someone from each group present") :
					   _("none: any meeting may decide"));
	snprintf(value[RULE_GUESTS], sizeof value[0], "%s",
		 rules.guests_count ? _("count toward quorum and vote") :
				      _("do not count toward quorum or vote"));
	snprintf(value[RULE_REOPEN], sizeof value[0], _("%d%% of members present vote in favour"),
		 rules.threshold);
	snprintf(value[RULE_NORMS], sizeof value[0], "%s",
		 rules.norms < 0 ? _("none") : a->catalog->protocols[rules.norms]->title);
	static const char *const names[RULE_COUNT] = { N_("Quorum to decide"),
						       N_("Reopening a decision"),
						       N_("Norms at the start"), N_("Roles to rotate"),
						       N_("Guests") };
	/* The values line up after the longest rule's name (24 cells at least). */
	int nw = 24;
	for (int r = 0; r < RULE_COUNT; r++)
		if (text_width(_(names[r])) + 1 > nw)
			nw = text_width(_(names[r])) + 1;
	/* The shipped roles in the interface's language; typed ones as typed
	 * (and as stored, once e opens them for editing). */
	struct strbuf shown;
	strbuf_init(&shown);
	char *list = xstrdup(rules.roles.text);
	for (char *save = NULL, *r = strtok_r(list, ",", &save); r; r = strtok_r(NULL, ",", &save)) {
		while (*r == ' ')
			r++;
		strbuf_addf(&shown, "%s%s", shown.len ? ", " : "", role_shown(r));
	}
	free(list);
	for (int r = 0; r < RULE_COUNT; r++, y += 2) {
		enum style st = (int)rules.sel == r && !rules.editing ? STYLE_REVERSE : STYLE_NORMAL;
		draw_fill(y, 2, w, st);
		draw_text(y, 3, nw, st, _(names[r]));
		if (r == RULE_ROLES && rules.editing)
			field_draw(&rules.roles, y, nw + 4, w - nw - 2, true);
		else
			draw_text(y, nw + 4, w - nw - 2, st,
				  r == RULE_ROLES ? shown.data : value[r]);
	}
	strbuf_finish(&shown);
	draw_wrapped(y + 1, 2, w, 3, STYLE_DIM,
		     rules.sel == RULE_ROLES ?
			     _("e types the roles, separated by commas; convene rotates them among "
			       "the members present.") :
		     rules.sel == RULE_NORMS ?
			     _("The norms of this protocol are shown before the first step of every "
			       "meeting.") :
		     rules.sel == RULE_REOPEN ?
			     _("A decision from an earlier meeting is reopened only with new "
			       "information and this share in favour.") :
		     rules.sel == RULE_GUESTS ?
			     _("A guest of one meeting may hold a role or own an action item; "
			       "whether they count toward quorum is the team's rule.") :
			     _("Without quorum the team may discuss but decides nothing."));
}

static void change(struct app *a, int delta)
{
	switch (rules.sel) {
	case RULE_QUORUM:
		rules.quorum_each_group = !rules.quorum_each_group;
		break;
	case RULE_GUESTS:
		rules.guests_count = !rules.guests_count;
		break;
	case RULE_REOPEN:
		rules.threshold += 5 * delta;
		if (rules.threshold > 100)
			rules.threshold = 100;
		if (rules.threshold < 5)
			rules.threshold = 5;
		break;
	case RULE_NORMS: {
		int n = (int)a->catalog->n, i = rules.norms;
		do
			i = i + delta < -1 ? n - 1 : i + delta >= n ? -1 : i + delta;
		while (i >= 0 && !is_norms_protocol(a->catalog->protocols[i]));
		rules.norms = i;
		break;
	}
	default:
		break;
	}
}

/* Splits the roles field at commas, in place; returns how many. */
static size_t split_roles(char *text, const char **out)
{
	size_t n = 0;
	for (char *tok = strtok(text, ","); tok; tok = strtok(NULL, ",")) {
		char *t = text_trim(tok);
		if (*t && n < MAX_ROLE_NAMES)
			out[n] = t;
		if (*t)
			n++;
	}
	return n;
}

static void save(struct app *a)
{
	char buf[FIELD_MAX_BYTES + 1];
	memcpy(buf, rules.roles.text, sizeof buf);
	const char *roles[MAX_ROLE_NAMES];
	size_t n = split_roles(buf, roles);
	if (n == 0 || n > MAX_ROLE_NAMES) {
		if (n)
			app_error(a, _("At most %d roles rotate."), MAX_ROLE_NAMES);
		else
			app_error(a, "%s", _("Name at least one role to rotate."));
		return;
	}
	for (size_t i = 0; i < n; i++)
		for (size_t j = 0; j < i; j++)
			if (strcmp(roles[i], roles[j]) == 0) {
				app_error(a, _("Two roles are called %s: give each its own name."),
					  roles[i]);
				return;
			}
	struct team_rules r = {
		.quorum = quorum_rule_name(rules.quorum_each_group ? QUORUM_EACH_GROUP : QUORUM_NONE),
		.reopen_threshold = rules.threshold,
		.norms_protocol = rules.norms < 0 ? NULL : a->catalog->protocols[rules.norms]->id,
		.roles = roles,
		.n_roles = n,
		.guests_count = rules.guests_count,
	};
	if (!store_save_team_rules(a->store, rules.team->id, &r)) {
		app_error(a, _("The rules were not saved: %s"), store_error(a->store));
		return;
	}
	app_say(a, _("Saved the ground rules of %s."), rules.team->name);
	leave(a);
}

static void act(struct app *a, enum action act, int key)
{
	if (rules.editing) {
		if (act == ACT_ENTER || act == ACT_CANCEL)
			rules.editing = false;
		else
			app_edit_field(a, &rules.roles, act, key);
		return;
	}
	if (!rules.team) {
		if (act == ACT_CANCEL)
			leave(a);
		return;
	}
	size_t sel = rules.sel;
	if (app_list_move(act, &sel, RULE_COUNT)) {
		rules.sel = (enum rule)sel;
		return;
	}
	switch (act) {
	case ACT_LEFT:
	case ACT_RIGHT:
		change(a, act == ACT_RIGHT ? 1 : -1);
		break;
	case ACT_EDIT:
		rules.sel = RULE_ROLES;
		rules.editing = true;
		break;
	case ACT_ENTER:
		save(a);
		break;
	case ACT_CANCEL:
		leave(a);
		break;
	default:
		break;
	}
}

static bool typing(const struct app *a)
{
	(void)a;
	return rules.editing;
}

static bool available(const struct app *a, enum action act)
{
	(void)a;
	if (rules.editing)
		return act != ACT_COMPLETE && act != ACT_UP;
	return act != ACT_EDIT || rules.sel == RULE_ROLES;
}

const struct screen screen_rules = {
	.title = N_("Ground rules"),
	.scope = SCOPE_RULES,
	.enter = enter,
	.draw = draw,
	.act = act,
	.available = available,
	.typing = typing,
};
