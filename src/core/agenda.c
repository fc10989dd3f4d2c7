/* agenda: building an agenda's steps from the protocols it names. */
#include "convene/agenda.h"
#include "convene/catalog.h"
#include "convene/i18n.h"
#include "convene/util.h"

#include <stdlib.h>
#include <string.h>

/* Where each combined step came from, to remap references. */
struct origin {
	const struct protocol *protocol;
	size_t index;
	struct file_pos at; /* the agenda's words that brought it in */
};

static const struct protocol *find_protocol(const struct catalog *c, const char *id)
{
	for (size_t i = 0; i < c->n; i++)
		if (!c->protocols[i]->is_agenda && strcmp(c->protocols[i]->id, id) == 0)
			return c->protocols[i];
	return NULL;
}

static bool find_step(const struct protocol *p, const char *id, size_t *index)
{
	for (size_t i = 0; i < p->n_steps; i++)
		if (p->steps[i].id && strcmp(p->steps[i].id, id) == 0) {
			*index = i;
			return true;
		}
	return false;
}

/* The combined index of step `index` of protocol p, or -1 when left out. */
static int combined(const struct origin *o, size_t n, const struct protocol *p, int index)
{
	for (size_t i = 0; index >= 0 && i < n; i++)
		if (o[i].protocol == p && (int)o[i].index == index)
			return (int)i;
	return -1;
}

static void append(struct protocol *agenda, struct origin **o, const struct protocol *p, size_t i,
		   struct file_pos at)
{
	agenda->steps = xreallocarray(agenda->steps, agenda->n_steps + 1, sizeof *agenda->steps);
	*o = xreallocarray(*o, agenda->n_steps + 1, sizeof **o);
	agenda->steps[agenda->n_steps] = p->steps[i];
	agenda->steps[agenda->n_steps].protocol_id = p->id;
	(*o)[agenda->n_steps++] = (struct origin){ p, i, at };
}

/* Scales the planned minutes of steps [first, last) to add up to exactly
 * minutes: rounding the running total, not each step, keeps the sum. */
static void scale_minutes(struct protocol *agenda, size_t first, size_t last, int minutes)
{
	int sum = 0;
	for (size_t i = first; i < last; i++)
		sum += agenda->steps[i].minutes;
	int before = 0, done = 0;
	for (size_t i = first; i < last; i++) {
		struct step *st = &agenda->steps[i];
		if (!sum) {
			st->minutes = i == first ? minutes : 0;
			continue;
		}
		before += st->minutes;
		int upto = (before * minutes + sum / 2) / sum;
		st->minutes = upto - done;
		done = upto;
	}
}

bool agenda_build(struct protocol *agenda, const struct catalog *c, struct diagnostics *d)
{
	struct origin *o = NULL;
	size_t errors = d->n;
	for (size_t k = 0; k < agenda->n_items; k++) {
		const struct agenda_item *item = &agenda->items[k];
		const struct protocol *p = find_protocol(c, item->protocol);
		if (!p) {
			diagnostics_add(d, item->at.line, item->at.col,
					_("item %zu: no protocol '%s' was found"), k + 1, item->protocol);
			continue;
		}
		size_t first = agenda->n_steps;
		for (size_t i = 0; i < (item->n_steps ? item->n_steps : p->n_steps); i++) {
			size_t index = i;
			struct file_pos at = item->n_steps && item->step_at ? item->step_at[i] : item->at;
			if (item->n_steps && !find_step(p, item->steps[i], &index)) {
				diagnostics_add(d, at.line, at.col, _("item %zu: protocol '%s' has no step '%s'"),
						k + 1, p->id, item->steps[i]);
				continue;
			}
			append(agenda, &o, p, index, at);
		}
		if (item->minutes)
			scale_minutes(agenda, first, agenda->n_steps, item->minutes);
	}
	for (size_t i = 0; i < agenda->n_steps; i++) {
		struct step *st = &agenda->steps[i];
		int from = combined(o, agenda->n_steps, o[i].protocol, st->from);
		int norms = combined(o, agenda->n_steps, o[i].protocol, st->norms_step);
		int levels = combined(o, agenda->n_steps, o[i].protocol, st->levels_step);
		if ((st->from >= 0 && (from < 0 || from > (int)i)) ||
		    (st->norms_step >= 0 && (norms < 0 || norms > (int)i)) ||
		    (st->levels_step >= 0 && (levels < 0 || levels > (int)i)))
			diagnostics_add(d, o[i].at.line, o[i].at.col, _("step '%s' of '%s' uses step '%s', "
					"which the agenda leaves out or puts after it"), st->id ? st->id : st->title, o[i].protocol->id,
					st->items_from ? st->items_from :
					st->norms_from ? st->norms_from : st->levels_from);
		st->from = from;
		st->norms_step = norms;
		st->levels_step = levels;
	}
	free(o);
	agenda->borrows_steps = true;
	if (agenda->n_steps == 0 && d->n == errors)
		diagnostics_add(d, 0, 0, _("the agenda has no steps"));
	return d->n == errors;
}

char *agenda_spec(const struct protocol *agenda)
{
	struct strbuf sb;
	strbuf_init(&sb);
	for (size_t k = 0; k < agenda->n_items; k++) {
		const struct agenda_item *item = &agenda->items[k];
		strbuf_adds(&sb, k ? ";" : "");
		strbuf_adds(&sb, item->protocol);
		for (size_t i = 0; i < item->n_steps; i++)
			strbuf_addf(&sb, "%c%s", i ? ',' : '/', item->steps[i]);
		strbuf_addf(&sb, ":%d", item->minutes);
	}
	return sb.data;
}

/* Parses one "protocol[/step,step]:minutes" into item; false when malformed. */
static bool parse_item(char *text, struct agenda_item *item)
{
	char *colon = strrchr(text, ':');
	if (!colon)
		return false;
	*colon = '\0';
	char *end;
	long minutes = strtol(colon + 1, &end, 10);
	if (*end || minutes < 0 || minutes > 600)
		return false;
	item->minutes = (int)minutes;
	char *slash = strchr(text, '/');
	if (slash) {
		*slash = '\0';
		for (char *save = NULL, *id = strtok_r(slash + 1, ",", &save); id;
		     id = strtok_r(NULL, ",", &save)) {
			item->steps = xreallocarray(item->steps, item->n_steps + 1, sizeof *item->steps);
			item->steps[item->n_steps++] = xstrdup(id);
		}
	}
	item->protocol = xstrdup(text);
	return *text != '\0';
}

struct protocol *agenda_from_spec(const char *id, const char *title, const char *spec,
				  const struct catalog *c, struct diagnostics *d)
{
	struct protocol *p = xcalloc(1, sizeof *p);
	p->is_agenda = true;
	p->id = xstrdup(id);
	p->title = xstrdup(title);
	p->version = xstrdup("1");
	p->source = xstrdup(_("built when the meeting started"));
	p->summary = xstrdup(_("An agenda put together for this meeting."));
	char *copy = xstrdup(spec);
	bool ok = *copy != '\0';
	for (char *save = NULL, *part = strtok_r(copy, ";", &save); part && ok;
	     part = strtok_r(NULL, ";", &save)) {
		p->items = xreallocarray(p->items, p->n_items + 1, sizeof *p->items);
		memset(&p->items[p->n_items], 0, sizeof *p->items);
		ok = parse_item(part, &p->items[p->n_items++]);
	}
	free(copy);
	if (!ok)
		diagnostics_add(d, 0, 0, _("the agenda '%s' is not readable"), spec);
	if (!ok || !agenda_build(p, c, d)) {
		p->borrows_steps = true;
		protocol_destroy(p);
		return NULL;
	}
	return p;
}
