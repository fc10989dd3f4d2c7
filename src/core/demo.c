/* demo: the demo team of a district labor-management learning team. */
#include "convene/demo.h"
#include "convene/util.h"

#include <stdlib.h>
#include "convene/util.h"

static const char team_name[] = "Riverside Unified Learning Team";

static const struct new_member members[] = {
	{ .name = "Maria Alvarez", .group = "District" },
	{ .name = "James Okafor", .group = "District" },
	{ .name = "Priya Natarajan", .group = "District" },
	{ .name = "Robert King", .group = "District" },
	{ .name = "Dana Whitfield", .group = "Teachers union" },
	{ .name = "Luis Ortega", .group = "Teachers union" },
	{ .name = "Aisha Thompson", .group = "Teachers union" },
	{ .name = "Grace Kim", .group = "Classified union" },
	{ .name = "Tom Becker", .group = "Classified union" },
};

const char *demo_team_name(void)
{
	return team_name;
}

size_t demo_member_count(void)
{
	return ARRAY_LEN(members);
}

bool demo_add_copy(struct store *s, size_t number, int64_t *team_id)
{
	char *name = xasprintf("Demo team %zu", number);
	bool ok = store_create_team(s, NULL, name, members, ARRAY_LEN(members), team_id);
	free(name);
	return ok;
}

bool demo_add_team(struct store *s, bool *added, int64_t *team_id)
{
	bool found;
	*added = false;
	if (!store_find_team(s, DEMO_TEAM_UID, &found, team_id))
		return false;
	if (found)
		return true;
	if (!store_create_team(s, DEMO_TEAM_UID, team_name, members, ARRAY_LEN(members), team_id))
		return false;
	*added = true;
	return true;
}
