/* fuzz-import: bytes as a file given to `convene import`: the JSON reader,
 * then the check of every field of every meeting. Each meeting read must
 * hold what the store relies on. */
#include "convene/import.h"
#include "convene/json.h"
#include "fuzz.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char err[512];
	struct json j;
	bool parsed = json_parse((const char *)data, size, &j, err, sizeof err);
	if (!parsed)
		FUZZ_CHECK(strstr(err, "line ") == err);

	/* The same bytes from a file, through a window of a few bytes so that
	 * every value crosses its edge: the same value, or the same message. */
	FILE *f = size ? fmemopen((void *)data, size, "r") : NULL;
	if (f) {
		char ferr[512];
		struct json_stream js;
		struct json k;
		json_stream_init_file(&js, f, ferr, sizeof ferr);
		js.window = 8 + size % 9;
		bool value = json_stream_value(&js, &k), read = value;
		if (read && !json_stream_at_end(&js))
			read = json_stream_fail(&js, "more text after the end of the value");
		FUZZ_CHECK(read == parsed);
		FUZZ_CHECK(read ? json_digest(&k) == json_digest(&j) : strcmp(err, ferr) == 0);
		if (value)
			json_free(&k);
		json_stream_close(&js);
		fclose(f);
	}
	if (parsed)
		json_free(&j);

	struct import_reader r;
	struct meeting_record m;
	int got;
	import_open(&r, (const char *)data, size, err, sizeof err);
	while ((got = import_next(&r, &m)) == 1) {
		FUZZ_CHECK(m.info.uid && m.info.team_uid && m.info.status && m.info.started_at);
		for (size_t i = 0; i < m.n_ratings; i++)
			FUZZ_CHECK(m.ratings[i].step < m.n_steps &&
				   m.ratings[i].value >= m.ratings[i].scale_min &&
				   m.ratings[i].value <= m.ratings[i].scale_max &&
				   (size_t)m.ratings[i].member_id <= m.n_attendees);
		for (size_t i = 0; i < m.n_votes; i++)
			FUZZ_CHECK(m.votes[i].item_id >= 1 && (size_t)m.votes[i].item_id <= m.n_items);
		for (size_t i = 0; i < m.n_roles; i++)
			FUZZ_CHECK(m.roles[i].member_id >= 1 &&
				   (size_t)m.roles[i].member_id <= m.n_attendees);
		for (size_t i = 0; i < m.n_points; i++)
			for (size_t g = 0; g < m.points[i].n_agreed; g++)
				FUZZ_CHECK(m.points[i].agreed_by[g] && m.points[i].agreed_at[g]);
		meeting_record_free(&m);
	}
	size_t read = r.meeting;
	import_close(&r);
	FUZZ_CHECK(got == 0 || got == -1);
	FUZZ_CHECK(got == 0 || err[0] != '\0');

	/* Read from a file through a small window: the same meetings, the same end. */
	f = size ? fmemopen((void *)data, size, "r") : NULL;
	if (f) {
		char ferr[512];
		int fgot;
		import_open_file(&r, f, ferr, sizeof ferr);
		r.js.window = 8 + size % 9;
		while ((fgot = import_next(&r, &m)) == 1)
			meeting_record_free(&m);
		FUZZ_CHECK(fgot == got && r.meeting == read);
		FUZZ_CHECK(got == 0 || strcmp(err, ferr) == 0);
		import_close(&r);
		fclose(f);
	}
	return 0;
}
