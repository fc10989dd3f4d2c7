/* fuzz-protocol: bytes as a protocol file, through the loader and the
 * schema check (libyaml itself is not instrumented; our validator is).
 * A protocol that loads must then run: the engine walks every step. */
#include "convene/meeting.h"
#include "convene/protocol.h"
#include "fuzz.h"

#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct protocol *p = NULL;
	struct diagnostics d = { 0 };
	enum load_status st = protocol_load_buffer("fuzz.yaml", (const char *)data, size, &p, &d);
	FUZZ_CHECK(st == LOAD_OK || st == LOAD_INVALID);
	FUZZ_CHECK((st == LOAD_OK) == (p != NULL));
	FUZZ_CHECK(st == LOAD_OK || d.n > 0); /* a refusal always says why */
	for (size_t i = 0; i < d.n; i++)
		FUZZ_CHECK(d.items[i].message && d.items[i].line >= 0 && d.items[i].col >= 0);
	if (p) {
		/* An agenda names protocols; its steps come when the catalog builds it. */
		FUZZ_CHECK((p->n_steps > 0 || p->is_agenda) && p->id && p->title);
		static const struct participant people[] = { { 1, "Ana", "District", false, false },
							      { 2, "Ben", "Teachers union", false, false } };
		struct meeting m;
		meeting_init(&m, p, people, 2, RATING_NAMED, 0);
		for (size_t i = 0; p->n_steps && i < p->n_steps * 4 + 4; i++) {
			struct rating_change change;
			meeting_rate(&m, 3, &change);
			meeting_next(&m, (int64_t)i * 1000, true);
			FUZZ_CHECK(m.step <= p->n_steps);
		}
		meeting_finish(&m);
		protocol_destroy(p);
	}
	diagnostics_clear(&d);
	return 0;
}
