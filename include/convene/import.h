/*
 * import: a JSON export (`convene export --what all --format json`) read
 * back into meeting records, checked field by field before anything is
 * written, so a bad file is refused whole with a message that says where.
 */
#ifndef CONVENE_IMPORT_H
#define CONVENE_IMPORT_H

#include "convene/json.h"
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

/* Reading an export one meeting at a time, so that a file of years of
 * meetings never has to be held whole. The fields are the reader's own. */
struct import_reader {
	struct json_stream js;
	enum { IMPORT_START, IMPORT_LIST, IMPORT_ONE, IMPORT_DONE } state;
	size_t meeting; /* read so far, for messages */
	char *err;
	size_t err_size;
};
void import_open(struct import_reader *r, const char *text, size_t len, char *err,
		 size_t err_size);
/* The next meeting: 1 with *out filled (free with meeting_record_free), 0
 * at the end of the file, -1 when the file is wrong (the message in err). */
int import_next(struct import_reader *r, struct meeting_record *out);

#endif
