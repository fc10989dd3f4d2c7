/* session-levels: the session verb of a levels step: an agreed level and
 * a target recorded for a component, checked, saved, then applied. */
#include "convene/i18n.h"
#include "convene/session.h"
#include "convene/util.h"
#include "session-internal.h"

#include <stdlib.h>

bool session_set_level(struct session *s, size_t comp, const struct agreed_level *l,
		       const char *today)
{
	size_t step = s->engine.step;
	const struct step *src = meeting_levels_source(&s->engine, step);
	if (!src || comp >= src->n_dimensions) {
		free(s->error);
		s->error = xstrdup(_("there is no such component here"));
		return false;
	}
	const char *why = agreed_level_problem(&src->scale, l, today);
	if (why) {
		free(s->error);
		s->error = xstrdup(why);
		return false;
	}
	if (!store_save_level(s->store, s->meeting_id, step, comp, &src->dimensions[comp], &src->scale,
			      l))
		return session_fail(s, _("the agreed level was not saved"));
	meeting_level_put(&s->engine, step, comp, l);
	return true;
}
