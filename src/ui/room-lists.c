/*
 * room-lists: the room's view of steps that capture entries: questions and
 * their answers, boxes with their headings and every item, the dot vote's
 * tallies and ranking (ties shown as ties), talking points with who has
 * confirmed and who is still to, decisions with what was decided, how, and
 * the fist-to-five, and action items with owners and due dates.
 */
#include "room.h"
#include "convene/i18n.h"
#include "convene/text.h"
#include "convene/util.h"

#include <stdlib.h>
#include <string.h>

static const struct step_state *entries_of(const struct room *r)
{
	return &r->m->steps[meeting_entries_step(r->m, r->m->step)];
}

/* The step that holds the entries: an earlier one for a step that sorts or
 * votes on its items. */
static const struct step *entries_step(const struct room *r)
{
	return &r->m->protocol->steps[meeting_entries_step(r->m, r->m->step)];
}

/* A box's prompt, when the entries are in boxes. */
static const char *box_prompt(const struct room *r, size_t g)
{
	const struct step *st = entries_step(r);
	return st->kind == STEP_BOXES && g < st->n_boxes ? st->boxes[g].prompt : NULL;
}

/* Quiet writing: what has been written (from seats, or typed) stays
 * off the room's screen until the discussion starts, then all of it
 * shows at once; only how much is said. */
static void quiet(const struct room *r, struct room_text *t)
{
	room_text_add(t, STYLE_ALERT, 0, "%s", _(" QUIET WRITING "));
	room_text_add(t, STYLE_BOLD, 0, "%s",
		      _("Everyone writes their own ideas first, without talking. Then the room "
			"shares them."));
	size_t n = entries_of(r)->n_entries;
	if (n)
		room_text_para(t, STYLE_NORMAL, 0,
			       ngettext("%zu entry written so far: it will appear when the "
					"discussion starts.",
					"%zu entries written so far: they all appear when the "
					"discussion starts.", n), n);
}

/* Each group (question or box) with its entries under it. */
static void grouped(const struct room *r, struct room_text *t, const char *none)
{
	const struct meeting *m = r->m;
	const struct step_state *ss = entries_of(r);
	for (size_t g = 0; g < meeting_group_count(m, m->step); g++) {
		room_text_para(t, STYLE_TITLE, 0, "%s", meeting_group_title(m, m->step, g));
		if (box_prompt(r, g))
			room_text_add(t, STYLE_DIM, 2, "%s", box_prompt(r, g));
		size_t n = 0;
		for (size_t i = 0; !meeting_in_silence(m) && i < ss->n_entries; i++)
			if (ss->entries[i].group == g) {
				room_text_add(t, STYLE_NORMAL, 2, "%s", ss->entries[i].text);
				room_text_prefix(t, "- ");
				n++;
			}
		if (!n && !meeting_in_silence(m))
			room_text_add(t, STYLE_DIM, 2, "%s", none);
	}
}

void room_body_prompt(const struct room *r, struct room_box b)
{
	struct room_text t = { 0 };
	if (r->st->text)
		room_text_add(&t, STYLE_NORMAL, 0, "%s", r->st->text);
	if (meeting_in_silence(r->m))
		quiet(r, &t);
	grouped(r, &t, _("(no answers yet)"));
	room_text_draw(&t, b);
}

void room_body_boxes(const struct room *r, struct room_box b)
{
	const struct meeting *m = r->m;
	size_t n = meeting_group_count(m, m->step);
	struct room_text t = { 0 };
	if (r->st->text)
		room_text_add(&t, STYLE_NORMAL, 0, "%s", r->st->text);
	if (meeting_in_silence(m))
		quiet(r, &t);
	/* Side by side when every box gets 30 columns; one under another
	 * otherwise. */
	int col = n ? (b.w + 2) / (int)n - 2 : b.w;
	if (n < 2 || col < 30) {
		grouped(r, &t, _("(nothing yet)"));
		room_text_draw(&t, b);
		return;
	}
	int used = room_text_draw(&t, b);
	const struct step_state *ss = entries_of(r);
	for (size_t g = 0; g < n; g++) {
		struct room_text c = { 0 };
		room_text_add(&c, STYLE_TITLE, 0, "%s", meeting_group_title(m, m->step, g));
		if (box_prompt(r, g))
			room_text_add(&c, STYLE_DIM, 0, "%s", box_prompt(r, g));
		size_t k = 0;
		for (size_t i = 0; !meeting_in_silence(m) && i < ss->n_entries; i++)
			if (ss->entries[i].group == g) {
				room_text_para(&c, STYLE_NORMAL, 0, "%s", ss->entries[i].text);
				room_text_prefix(&c, "- ");
				k++;
			}
		if (!k && !meeting_in_silence(m))
			room_text_para(&c, STYLE_DIM, 0, "%s", _("(nothing yet)"));
		room_text_draw(&c, (struct room_box){ b.y + used + (used ? 1 : 0),
						      b.x + (int)g * (col + 2), col,
						      b.h - used - (used ? 1 : 0) });
	}
}

void room_body_vote(const struct room *r, struct room_box b)
{
	const struct meeting *m = r->m;
	const struct step_state *src = entries_of(r);
	size_t *order, n = meeting_vote_ranking(m, m->step, &order);
	int placed = 0;
	for (size_t i = 0; i < n; i++)
		placed += meeting_vote_total(m, m->step, src->entries[i].id);
	const struct step_state *v = &m->steps[m->step];
	int budget = v->dots * (int)meeting_here_count(m);
	/* TRANSLATORS: a figure drawn big: "12 of 30" dots placed. */
	char *figure = xasprintf(_("%d of %d"), placed, budget);
	int y = b.y + room_figure(r, (struct room_box){ b.y, b.x, b.w, r->large ? 8 : 1 }, figure,
				  m->view == VIEW_RESULTS ? _("dots placed: the results") :
							    _("dots placed so far")) + 1;
	free(figure);
	struct room_text t = { 0 };
	room_text_add(&t, STYLE_DIM, 0,
		      _("The top %zu are marked TOP for follow-up; a tie shares its place (=)."),
		      meeting_vote_top(m, m->step));
	struct vote_place *places = meeting_vote_places(m, m->step, order, n);
	char *cut = vote_cut_words(places, n, meeting_vote_top(m, m->step));
	if (cut)
		room_text_add(&t, STYLE_ALERT, 0, "%s", cut);
	free(cut);
	/* TRANSLATORS: a ranked item's count of dots; %3d keeps its width. */
	int dots_w = text_width(ngettext("%3d dot", "%3d dots", 1)), top_w = text_width(_("TOP"));
	if (text_width(ngettext("%3d dot", "%3d dots", 2)) > dots_w)
		dots_w = text_width(ngettext("%3d dot", "%3d dots", 2));
	for (size_t i = 0; i < n; i++) {
		const struct entry *e = &src->entries[order[i]];
		size_t place = places[i].place;
		bool tie = places[i].tied, top = places[i].top;
		int dots = meeting_vote_total(m, m->step, e->id);
		room_text_add(&t, top ? STYLE_BOLD : STYLE_NORMAL, 0, "%s  (%s)", e->text,
			      meeting_group_title(m, m->step, e->group));
		/* The prefix's columns line up: each word padded to its widest. */
		char *count = xasprintf(ngettext("%3d dot", "%3d dots", dots), dots);
		char *word = text_pad(count, dots_w, TEXT_CUT_END);
		free(count);
		char *mark = text_pad(top ? _("TOP") : "", top_w, TEXT_CUT_END);
		room_text_prefix(&t, "%s%zu. %s  %s ", tie ? "=" : " ", place, word, mark);
		free(word);
		free(mark);
	}
	if (!n)
		room_text_add(&t, STYLE_DIM, 0, "%s", _("There are no items to vote on."));
	free(places);
	free(order);
	room_text_draw(&t, (struct room_box){ y, b.x, b.w, b.y + b.h - y });
}

void room_body_points(const struct room *r, struct room_box b)
{
	const struct meeting *m = r->m;
	const struct step_state *ss = entries_of(r);
	struct room_text t = { 0 };
	bool norms = r->st->kind == STEP_ADOPT_NORMS;
	room_text_add(&t, STYLE_DIM, 0, "%s", norms ?
		      _("A norm becomes the team's own when every group present has confirmed its "
			"wording.") :
		      _("A point is agreed when every group present has confirmed its wording."));
	for (size_t i = 0; i < ss->n_entries; i++) {
		bool agreed = meeting_agreed(m, m->step, i);
		room_text_para(&t, agreed ? STYLE_BOLD : STYLE_NORMAL, 0, "%s", ss->entries[i].text);
		room_text_prefix(&t, "%zu. ", i + 1);
		struct strbuf yes, no;
		strbuf_init(&yes);
		strbuf_init(&no);
		for (size_t g = 0; g < m->n_groups; g++)
			strbuf_addf(meeting_confirmed_by(m, m->step, i, g) ? &yes : &no, "%s%s",
				    (meeting_confirmed_by(m, m->step, i, g) ? yes.len : no.len) ? ", " : "",
				    m->groups[g]);
		if (agreed)
			room_text_add(&t, STYLE_BOLD, 3, norms ? _("ADOPTED by %s") : _("AGREED by %s"),
				      yes.data);
		else
			room_text_add(&t, STYLE_NORMAL, 3, _("Draft. Confirmed by: %s. Still to confirm: %s."),
				      yes.len ? yes.data : _("nobody yet"), no.data);
		strbuf_finish(&yes);
		strbuf_finish(&no);
	}
	if (!ss->n_entries)
		room_text_para(&t, STYLE_DIM, 0, "%s", norms ? _("No norms drafted yet.") :
			       _("No talking points drafted yet."));
	room_text_draw(&t, b);
}

void room_body_decide(const struct room *r, struct room_box b)
{
	const struct meeting *m = r->m;
	const struct step *st = r->st;
	const struct step_state *ss = &m->steps[m->step];
	struct room_text t = { 0 };
	if (st->text)
		room_text_add(&t, STYLE_NORMAL, 0, "%s", st->text);
	/* Said once, not on every "How:" line: whose continuum the points are. */
	if (st->continuum_credit && ss->n_decisions)
		room_text_add(&t, STYLE_DIM, 0, _("(How: %s)"), st->continuum_credit);
	for (size_t i = 0; i < ss->n_decisions; i++) {
		const struct decision *d = &ss->decisions[i];
		room_text_para(&t, STYLE_TITLE, 0, "%s   %s", d->topic,
			       d->status == DECISION_DRAFT ? _("(being decided)") :
							     _(decision_status_name(d->status)));
		if (d->point >= 0 && (size_t)d->point < st->n_continuum)
			room_text_add(&t, STYLE_NORMAL, 3, _("How: %s"), st->continuum[d->point].title);
		if (d->text && *d->text)
			room_text_add(&t, STYLE_BOLD, 3, _("Decided: %s"), d->text);
		if (d->reasons && *d->reasons)
			room_text_add(&t, STYLE_NORMAL, 3, _("Why: %s"), d->reasons);
		if (d->fist_taken) {
			int objections = decision_objections(d);
			room_text_add(&t, STYLE_NORMAL, 3,
				      ngettext("Fist to five: 0:%d  1:%d  2:%d  3:%d  4:%d  5:%d   %d objection",
					       "Fist to five: 0:%d  1:%d  2:%d  3:%d  4:%d  5:%d   %d objections",
					       objections),
				      d->fist[0], d->fist[1], d->fist[2], d->fist[3], d->fist[4], d->fist[5],
				      objections);
		}
	}
	if (!ss->n_decisions)
		room_text_para(&t, STYLE_DIM, 0, "%s", _("No decisions recorded in this step yet."));
	room_text_draw(&t, b);
}

static const char *owner_name(const struct meeting *m, int64_t owner)
{
	for (size_t i = 0; i < m->n_people; i++)
		if (m->people[i].member_id == owner)
			return m->people[i].name;
	return NULL;
}

void room_body_actions(const struct room *r, struct room_box b)
{
	const struct meeting *m = r->m;
	const struct step_state *ss = &m->steps[m->step];
	struct room_text t = { 0 };
	if (r->st->text)
		room_text_add(&t, STYLE_NORMAL, 0, "%s", r->st->text);
	for (size_t i = 0; i < ss->n_actions; i++) {
		const struct action_item *a = &ss->actions[i];
		const char *who = a->owner ? owner_name(m, a->owner) : NULL;
		room_text_para(&t, STYLE_BOLD, 0, "%s", a->text);
		room_text_prefix(&t, "%zu. ", i + 1);
		room_text_add(&t, STYLE_NORMAL, 3, _("Owner: %s   Due: %s   %s"),
			      who ? who : _("nobody yet"), a->due[0] ? a->due : _("no date"),
			      _(action_status_name(a->status)));
	}
	if (!ss->n_actions)
		room_text_para(&t, STYLE_DIM, 0, "%s", _("No action items yet."));
	room_text_draw(&t, b);
}
