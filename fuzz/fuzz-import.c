/* fuzz-import: bytes as a file given to `convene import`: the JSON reader,
 * then the check of every field of every meeting. Each meeting read must
 * hold what the store relies on. */
#include "convene/import.h"
#include "convene/json.h"
#include "fuzz.h"

#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char err[512];
	struct json j;
	if (json_parse((const char *)data, size, &j, err, sizeof err))
		json_free(&j);
	else
		FUZZ_CHECK(strstr(err, "line ") == err);

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
	import_close(&r);
	FUZZ_CHECK(got == 0 || got == -1);
	FUZZ_CHECK(got == 0 || err[0] != '\0');
	return 0;
}
