/* Tests of role rotation over several meetings with changing attendance. */
#include "convene/rotation.h"
#include "convene/util.h"
#include "tap.h"

#include <string.h>

static const char *const roles[] = { "facilitator", "note taker", "time keeper" };
#define N_ROLES 3

/* Meetings so far, newest first when read back as ages. */
static struct role_held history[300];
static size_t n_history, n_meetings;

/* Runs a meeting with the given people present and records who held what. */
static void meet(const int64_t *present, size_t n, int64_t *holders)
{
	rotation_propose(roles, N_ROLES, present, n, history, n_history, holders);
	for (size_t i = 0; i < n_history; i++)
		history[i].age++;
	for (size_t r = 0; r < N_ROLES; r++)
		history[n_history++] = (struct role_held){ roles[r], holders[r], 0 };
	n_meetings++;
}

int main(void)
{
	int64_t all[] = { 1, 2, 3, 4, 5 };
	int64_t h[N_ROLES];
	meet(all, 5, h);
	ok(h[0] == 1 && h[1] == 2 && h[2] == 3, "first meeting: the team's order");
	meet(all, 5, h);
	ok(h[0] == 2 && h[1] == 1 && h[2] == 4, "second: nobody repeats a role, those without one go first");
	ok(h[0] != 1 && h[1] != 2 && h[2] != 3, "no role held twice in a row");

	/* Member 5 has not facilitated; 5 is away for a while. */
	int64_t without5[] = { 1, 2, 3, 4 };
	meet(without5, 4, h);
	ok(h[0] == 3 && h[1] != 5 && h[2] != 5, "an absent member is skipped");
	ok(h[0] != 2 && h[1] != 1 && h[2] != 4, "still no repeats");
	meet(without5, 4, h);
	ok(h[0] == 4, "facilitation goes round those present");
	meet(all, 5, h);
	is_int(h[0], 5, "back again, member 5 is first in line to facilitate");

	/* Across many meetings, each member facilitates in turn. */
	int facilitated[6] = { 0 };
	for (int k = 0; k < 10; k++) {
		meet(all, 5, h);
		facilitated[h[0]]++;
		bool distinct = h[0] != h[1] && h[1] != h[2] && h[0] != h[2];
		if (!distinct)
			ok(false, "each person holds one role while there are enough");
	}
	bool fair = true;
	for (int m = 1; m <= 5; m++)
		fair &= facilitated[m] == 2;
	ok(fair, "over ten meetings of five, each facilitates twice");

	int64_t two[] = { 2, 4 };
	meet(two, 2, h);
	ok(h[0] && h[1] && h[2] && h[0] != h[1], "two people share three roles, one holding two");
	meet(NULL, 0, h);
	ok(h[0] == 0 && h[1] == 0 && h[2] == 0, "nobody present, nobody proposed");
	return tap_done();
}
