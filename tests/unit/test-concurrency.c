/* Two processes writing to one database at once, as a facilitator's and a
 * note taker's terminals do: each records meetings in many short
 * transactions; neither sees "database is locked", nothing is lost, and
 * the file passes integrity_check. */
#include "convene/demo.h"
#include "dbquery.h"
#include "fixture.h"
#include "tap.h"

#include <sys/wait.h>
#include <unistd.h>

#define WRITERS 3
#define MEETINGS 40

int main(void)
{
	struct fixture f;
	const struct new_member members[] = { { "Ana", "District" } };
	if (!fixture_open(&f, "Writers", members, 1))
		return 1;
	bool added;
	int64_t demo;
	ok(demo_add_team(f.store, &added, &demo), "a team to record for");
	store_close(f.store);
	f.store = NULL;
	fflush(stdout);

	pid_t pids[WRITERS];
	for (int w = 0; w < WRITERS; w++) {
		pids[w] = fork();
		if (pids[w] == 0) {
			enum store_open_error why;
			char *msg = NULL;
			struct store *s = store_open(f.path, &why, &msg);
			bool done = s && demo_add_history(s, &f.catalog, demo, MEETINGS);
			if (!done)
				fprintf(stderr, "writer %d: %s\n", w, s ? store_error(s) : msg);
			store_close(s);
			_exit(done ? 0 : 1);
		}
	}
	int failed = 0;
	for (int w = 0; w < WRITERS; w++) {
		int status = 0;
		waitpid(pids[w], &status, 0);
		failed += !WIFEXITED(status) || WEXITSTATUS(status) != 0;
	}
	is_int(failed, 0, "%d writers at once: none gave up on a locked database", WRITERS);
	is_int(db_int(f.path, "SELECT count(*) FROM meeting"), WRITERS * MEETINGS,
	       "every meeting of every writer is there");
	ok(db_int(f.path, "SELECT count(*) FROM rating") > 0 &&
	   db_int(f.path, "SELECT count(*) FROM meeting m WHERE NOT EXISTS (SELECT 1 FROM"
			 " meeting_step s WHERE s.meeting_id = m.id)") == 0,
	   "with their steps and entries");
	char *check = db_text(f.path, "PRAGMA integrity_check");
	is_str(check, "ok", "the file passes integrity_check");
	free(check);
	fixture_close(&f);
	return tap_done();
}
