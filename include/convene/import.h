/*
 * import: a JSON export (`convene export --what all --format json`) read
 * back into meeting records, checked field by field before anything is
 * written, so a bad file is refused whole with a message that says where.
 */
#ifndef CONVENE_IMPORT_H
#define CONVENE_IMPORT_H

#include "convene/store.h"

#include <stdbool.h>
#include <stddef.h>

/*
 * The meetings of an export file, in file order. In these records a member
 * is named by 1 + its index in the meeting's attendance (the attendance
 * carries the member's uid) and an item by 1 + its index in items: the
 * store maps both to its own rows.
 */
struct import_file {
	struct meeting_record *meetings;
	size_t n;
};

/* Reads an export; false with a message in err when the file is not a
 * complete convene export or any field is wrong. */
bool import_parse(const char *text, size_t len, struct import_file *out, char *err,
		  size_t err_size);
void import_file_free(struct import_file *f);

#endif
