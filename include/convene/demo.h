/*
 * demo: a realistic demo team, so a newcomer can try a meeting at once. The
 * team has a fixed uid, so adding it twice (or merging two databases that
 * both have it) never makes a second copy.
 */
#ifndef CONVENE_DEMO_H
#define CONVENE_DEMO_H

#include "convene/catalog.h"
#include "convene/store.h"

#include <stdbool.h>

#define DEMO_TEAM_UID "de5000000000000000000000000000a1"

/* Adds the demo team unless it is there; *added says which. */
bool demo_add_team(struct store *s, bool *added, int64_t *team_id);
const char *demo_team_name(void);
/* Adds another team like the demo team, "Demo team <number>", with members
 * of their own (new uids): for benchmarks of many teams. */
bool demo_add_copy(struct store *s, size_t number, int64_t *team_id);
/* Adds n closed meetings of the team, one every two weeks up to today,
 * running the shipped protocols found in c. */
bool demo_add_history(struct store *s, const struct catalog *c, int64_t team_id, size_t n);
size_t demo_member_count(void);

#endif
