/*
 * placement-ui: the labelled points of a placement as the facilitator's
 * and a seat's rating screens draw them (see placement-ui.h).
 */
#include "placement-ui.h"
#include "draw.h"
#include "convene/text.h"
#include "convene/util.h"
#include "convene/i18n.h"

#include <stdlib.h>

int draw_points(const struct step *st, size_t dim, int marked, int y, int x, int w, int bottom,
		int per_point)
{
	/* The labels share one column, as wide as the widest, so the
	 * descriptors line up; a third of the width at most. */
	int lw = 0;
	for (size_t v = 1; v <= st->n_points; v++) {
		int tw = text_width(step_point_label(st, (int)v));
		lw = tw > lw ? tw : lw;
	}
	if (lw > w / 3)
		lw = w / 3;
	for (int v = 1; v <= (int)st->n_points && y <= bottom; v++) {
		enum style s = v == marked ? STYLE_REVERSE : STYLE_BOLD;
		const char *what = step_point_descriptor(st, dim, v);
		if (!what && dim < st->n_components && st->components[dim].n_descriptors == 0)
			what = st->points[v - 1].text;
		draw_textf(y, x, 4, STYLE_ALERT, "%2d", v);
		char *label = text_pad(step_point_label(st, v), lw, TEXT_CUT_END);
		draw_text(y, x + 4, lw, s, label);
		free(label);
		int dx = x + 4 + lw + 2, dw = w - (dx - x);
		int used = what && dw > 8 ? draw_wrapped(y, dx, dw, bottom - y + 1 < per_point ?
							 bottom - y + 1 : per_point, STYLE_NORMAL, what) : 0;
		if (!what && dw > 8 && dim < st->n_components && st->components[dim].n_descriptors)
			draw_text(y, dx, dw, STYLE_DIM, _("(empty in the source)"));
		y += used > 1 ? used : 1;
	}
	return y;
}
