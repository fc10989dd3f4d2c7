/*
 * store-placement: a placement's labelled points kept with its meeting
 * (the point_label table): written as the meeting begins, read into the
 * record, and asked for by every view of a record (record_point_label),
 * so a stored value keeps its label whatever becomes of the file.
 */
#include <sqlite3.h>

#include "convene/i18n.h"
#include "convene/store.h"
#include "convene/util.h"
#include "store-internal.h"

#include <stdlib.h>
#include <string.h>

static bool write_one(struct store *s, int64_t meeting_id, size_t step_index, const char *dim,
		      int value, const char *label, const char *text)
{
	sqlite3_stmt *st = store_prepare(s, "INSERT INTO point_label (meeting_id, step_index,"
					    " dimension_id, value, label, text) VALUES (:meeting,"
					    " :idx, :dim, :value, :label, :text)");
	if (st) {
		bind_int(st, ":meeting", meeting_id);
		bind_int(st, ":idx", (int64_t)step_index);
		bind_text(st, ":dim", dim);
		bind_int(st, ":value", value);
		bind_text(st, ":label", label);
		if (text && *text)
			bind_text(st, ":text", text);
		else
			bind_null(st, ":text");
	}
	return store_exec_stmt(s, st);
}

bool store_write_point_labels(struct store *s, int64_t meeting_id, size_t step_index,
			      const struct step *ps)
{
	bool ok = true;
	for (int v = 1; ok && v <= (int)ps->n_points; v++) {
		const char *label = step_point_label(ps, v);
		ok = write_one(s, meeting_id, step_index, "", v, label, ps->points[v - 1].text);
		for (size_t c = 0; ok && c < ps->n_components; c++)
			if (ps->components[c].n_descriptors)
				ok = write_one(s, meeting_id, step_index, ps->components[c].id, v, label,
					       step_point_descriptor(ps, c, v));
	}
	return ok;
}

static void read_point_label(sqlite3_stmt *st, struct meeting_record *r)
{
	r->point_labels = array_grow(r->point_labels, r->n_point_labels, sizeof *r->point_labels);
	r->point_labels[r->n_point_labels++] = (struct point_label_record){
		.step = (size_t)sqlite3_column_int64(st, 1),
		.dimension_id = column_text(st, 2),
		.value = sqlite3_column_int(st, 3),
		.label = column_text(st, 4),
		.text = column_text(st, 5),
	};
}

const struct record_part store_point_labels_part = {
	"SELECT meeting_id, step_index, dimension_id, value, label, text FROM point_label"
	" WHERE meeting_id", " ORDER BY meeting_id, step_index, dimension_id, value",
	N_("the labelled points"), read_point_label, RECORD_RATINGS | RECORD_LEVELS
};

void store_free_point_labels(struct meeting_record *r)
{
	for (size_t i = 0; i < r->n_point_labels; i++) {
		free(r->point_labels[i].dimension_id);
		free(r->point_labels[i].label);
		free(r->point_labels[i].text);
	}
	free(r->point_labels);
	r->point_labels = NULL;
	r->n_point_labels = 0;
}

static const struct point_label_record *find(const struct meeting_record *r, size_t step,
					     const char *dim, int value)
{
	for (size_t i = 0; i < r->n_point_labels; i++) {
		const struct point_label_record *x = &r->point_labels[i];
		if (x->step == step && x->value == value && x->dimension_id &&
		    strcmp(x->dimension_id, dim) == 0)
			return x;
	}
	return NULL;
}

const char *record_point_label(const struct meeting_record *r, size_t step, int value)
{
	const struct point_label_record *x = find(r, step, "", value);
	return x ? x->label : NULL;
}

const char *record_level_label(const struct meeting_record *r, const struct level_record *x,
			       int value)
{
	if (x->step >= r->n_steps || r->steps[x->step].items_step < 0 || value < 0)
		return NULL;
	return record_point_label(r, (size_t)r->steps[x->step].items_step, value);
}

const char *record_point_descriptor(const struct meeting_record *r, size_t step,
				    const char *dimension_id, int value)
{
	const struct point_label_record *x = dimension_id ? find(r, step, dimension_id, value) : NULL;
	return x && x->text && *x->text ? x->text : NULL;
}
