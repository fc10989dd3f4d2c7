/*
 * room-levels: the room's view of a levels step: per component, the spread
 * the room gave on the step it names, then where the team agrees it stands
 * now and its target with the date, as the facilitator records them.
 */
#include "levels.h"
#include "convene/i18n.h"
#include "convene/kinds.h"
#include "convene/stats.h"
#include "convene/util.h"

#include <stdlib.h>

void room_body_levels(const struct room *r, struct room_box b)
{
	const struct meeting *m = r->m;
	const struct step *src = meeting_levels_source(m, m->step);
	struct room_text t = { 0 };
	if (r->st->text)
		room_text_add(&t, STYLE_NORMAL, 0, "%s", r->st->text);
	if (!src) {
		room_text_draw(&t, b);
		return;
	}
	room_text_add(&t, STYLE_DIM, 0, _("%s, on a scale of %d to %d"), src->title, src->scale.min,
		      src->scale.max);
	struct rating_stats *s = meeting_step_stats(m, (size_t)r->st->levels_step);
	for (size_t d = 0; d < src->n_dimensions; d++) {
		struct agreed_level l = meeting_level(m, m->step, d);
		char now[48], target[48];
		step_point_text(src, d, l.level, now, sizeof now);
		step_point_text(src, d, l.target, target, sizeof target);
		room_text_para(&t, STYLE_BOLD, 0, "%s%s%s%s%s", src->dimensions[d].title,
			       s[d].lowest ? "  " : "", s[d].lowest ? _("LOW") : "",
			       s[d].widest ? "  " : "", s[d].widest ? _("SPREAD") : "");
		room_text_prefix(&t, "%zu. ", d + 1);
		if (s[d].count)
			room_text_add(&t, STYLE_NORMAL, 3,
				      ngettext("Rated: mean %.1f, from %d to %d (%zu rated)",
					       "Rated: mean %.1f, from %d to %d (%zu rated)", s[d].count),
				      s[d].mean, s[d].min, s[d].max, s[d].count);
		if (l.level < 0 && l.target < 0)
			room_text_add(&t, STYLE_DIM, 3, "%s", _("Not agreed yet"));
		else if (l.target < 0)
			room_text_add(&t, STYLE_NORMAL, 3, _("We agree we are at %s"), now);
		else
			room_text_add(&t, STYLE_NORMAL, 3, _("We agree we are at %s; target %s by %s"),
				      now, target, l.date);
	}
	free(s);
	room_text_draw(&t, b);
}
