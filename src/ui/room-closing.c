/*
 * room-closing: what the room sees once every step is done, before and
 * after the facilitator closes the meeting: what the meeting settled — its
 * decisions, the talking points every group present agreed, the norms
 * adopted, the levels agreed and targets set, and the action items with
 * their owners and due dates — drawn from the engine, so the
 * projector in a second terminal shows the same summary as the
 * facilitator's closing page.
 */
#include "room.h"
#include "convene/i18n.h"
#include "convene/kinds.h"

static const char *person(const struct meeting *m, int64_t id)
{
	for (size_t i = 0; i < m->n_people; i++)
		if (m->people[i].member_id == id)
			return m->people[i].name;
	return _("a member not present");
}

static void decisions(const struct meeting *m, struct room_text *t)
{
	size_t n = 0;
	for (size_t s = 0; s < m->protocol->n_steps; s++) {
		if (!step_holds(&m->protocol->steps[s], HOLDS_DECISIONS))
			continue;
		for (size_t i = 0; i < m->steps[s].n_decisions; i++) {
			const struct decision *d = &m->steps[s].decisions[i];
			if (!n++)
				room_text_para(t, STYLE_TITLE, 0, "%s", _("Decisions"));
			room_text_add(t, STYLE_BOLD, 0, "%s: %s (%s)", d->topic,
				      d->text && *d->text ? d->text : _("nothing decided yet"),
				      _(decision_status_name(d->status)));
			room_text_prefix(t, "- ");
		}
	}
}

/* The talking points agreed, or (norms) the norms adopted: never one list. */
static void agreed_points(const struct meeting *m, bool norms, struct room_text *t)
{
	size_t n = 0;
	for (size_t s = 0; s < m->protocol->n_steps; s++) {
		const struct step *st = &m->protocol->steps[s];
		if (!step_holds(st, HOLDS_POINTS) || (st->kind == STEP_ADOPT_NORMS) != norms)
			continue;
		for (size_t i = 0; i < m->steps[s].n_entries; i++) {
			if (!meeting_agreed(m, s, i))
				continue;
			if (!n++)
				room_text_para(t, STYLE_TITLE, 0, "%s",
					       norms ? _("Norms adopted by every group") :
						       _("Talking points agreed by every group"));
			room_text_add(t, STYLE_BOLD, 0, "%s", m->steps[s].entries[i].text);
			room_text_prefix(t, "- ");
		}
	}
}

/* Each component's agreed level and target, a placement's by their labels. */
static void levels(const struct meeting *m, struct room_text *t)
{
	size_t n = 0;
	for (size_t s = 0; s < m->protocol->n_steps; s++) {
		const struct step *src = meeting_levels_source(m, s);
		for (size_t c = 0; src && c < meeting_levels_count(m, s); c++) {
			struct agreed_level l = meeting_level(m, s, c);
			if (l.level < 0 && l.target < 0)
				continue;
			if (!n++)
				room_text_para(t, STYLE_TITLE, 0, "%s", _("Levels agreed and targets set"));
			char now[64] = "", goal[64] = "";
			step_point_text(src, c, l.level, now, sizeof now);
			step_point_text(src, c, l.target, goal, sizeof goal);
			if (l.target >= 0 && l.level >= 0)
				room_text_add(t, STYLE_BOLD, 0, _("%s: now %s; target %s by %s"),
					      src->dimensions[c].title, now, goal, l.date);
			else if (l.target >= 0)
				room_text_add(t, STYLE_BOLD, 0, _("%s: target %s by %s"),
					      src->dimensions[c].title, goal, l.date);
			else
				room_text_add(t, STYLE_BOLD, 0, _("%s: now %s"), src->dimensions[c].title,
					      now);
			room_text_prefix(t, "- ");
		}
	}
}

static void actions(const struct meeting *m, struct room_text *t)
{
	size_t n = 0;
	for (size_t s = 0; s < m->protocol->n_steps; s++) {
		if (!step_holds(&m->protocol->steps[s], HOLDS_ACTIONS))
			continue;
		for (size_t i = 0; i < m->steps[s].n_actions; i++) {
			const struct action_item *a = &m->steps[s].actions[i];
			if (!n++)
				room_text_para(t, STYLE_TITLE, 0, "%s", _("Action items"));
			const char *who = a->owner ? person(m, a->owner) : _("nobody owns it yet");
			if (a->due[0])
				room_text_add(t, STYLE_BOLD, 0, _("%s — %s, due %s"), a->text, who, a->due);
			else
				room_text_add(t, STYLE_BOLD, 0, "%s — %s", a->text, who);
			room_text_prefix(t, "- ");
		}
	}
}

void room_body_closing(const struct room *r, struct room_box b)
{
	struct room_text t = { 0 };
	room_text_add(&t, STYLE_BOLD, 0, "%s", _("Every step of this meeting is done."));
	size_t before = t.n;
	decisions(r->m, &t);
	agreed_points(r->m, false, &t);
	agreed_points(r->m, true, &t);
	levels(r->m, &t);
	actions(r->m, &t);
	if (t.n == before)
		room_text_para(&t, STYLE_DIM, 0, "%s",
			       _("No decisions, agreed talking points, levels or action items were "
				 "recorded."));
	room_text_para(&t, STYLE_NORMAL, 0, "%s",
		       _("The facilitator closes the meeting; the note taker then reviews the notes "
			 "before they become the official record."));
	room_text_draw(&t, b);
}
