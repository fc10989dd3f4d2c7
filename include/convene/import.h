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
#include <stdio.h>

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

/*
 * Reading an export one meeting at a time, from a text in memory or from a
 * file through a window, so that a file of years of meetings never has to
 * be held whole: what is held is the meeting being read (at most
 * IMPORT_MEETING_MAX_BYTES of its text and IMPORT_MEETING_MAX_VALUES values)
 * and, to find a uid used twice in the file, some 40 bytes for each meeting,
 * member and team read before it.
 */
#define IMPORT_MEETING_MAX_BYTES ((size_t)16 << 20)
#define IMPORT_MEETING_MAX_VALUES ((size_t)500000)
struct import_seen;
struct import_reader {
	struct json_stream js;
	enum { IMPORT_START, IMPORT_LIST, IMPORT_ONE, IMPORT_DONE } state;
	struct json first; /* a lone meeting's document, read to see what the file is */
	bool has_first;
	size_t meeting; /* read so far, for messages */
	int line; /* where the meeting last read starts */
	size_t repeated; /* meetings that were in the file twice, the same: read once */
	struct import_seen *seen;
	char *err;
	size_t err_size;
};
void import_open(struct import_reader *r, const char *text, size_t len, char *err,
		 size_t err_size);
/* The same from a file, read from where it is (see json_stream_init_file). */
void import_open_file(struct import_reader *r, FILE *in, char *err, size_t err_size);
/* The next meeting: 1 with *out filled (free with meeting_record_free), 0
 * at the end of the file, -1 when the file is wrong (the message in err;
 * r->js.read_errno when the file could not be read). A meeting that comes
 * twice is read once (counted in r->repeated) when both copies are the
 * same, and refused when they differ; so is a member listed in two teams. */
int import_next(struct import_reader *r, struct meeting_record *out);
void import_close(struct import_reader *r);

#endif
