/* import-seen: what the reader remembers of a file's meetings once they are
 * read, so that a uid used twice is found before anything is written: a
 * meeting's uid with a digest of its document (a second copy that is the
 * same is read once, a different one is refused), and each member's team (a
 * member is in one team). The file itself is let go as it is read; this
 * keeps about 40 bytes a meeting, member and team (twice that with the
 * table's room to spare). */
#include "convene/i18n.h"
#include "import-internal.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

enum { UID_BYTES = 16 };

struct seen_entry {
	uint64_t value; /* a meeting's digest, a member's or a team's team */
	uint32_t meeting; /* where it was first read: the meeting, 1-based */
	int32_t line;
	unsigned char key[UID_BYTES + 1]; /* the kind, then the uid */
	bool used;
};

struct import_seen {
	struct seen_entry *slots;
	size_t cap, n; /* cap a power of two (1 << bits), kept at least twice n */
	unsigned bits;
	uint64_t seed; /* a file cannot choose uids that all land in one slot */
	char **team_names; /* by team index, as first read */
	size_t n_teams;
};

static uint64_t slot_hash(const struct import_seen *s, const unsigned char *key)
{
	uint64_t h = s->seed;
	for (size_t i = 0; i < UID_BYTES + 1; i++)
		h = (h ^ key[i]) * 0x100000001b3ULL;
	return h ^ (h >> 29);
}

/* The entry for key: the one there, or a free one (used false) to fill. */
static struct seen_entry *find(struct import_seen *s, const unsigned char *key)
{
	/* The hash's top bits, which depend on every byte of the key. */
	size_t i = (size_t)((slot_hash(s, key) * 0x9E3779B97F4A7C15ULL) >> (64 - s->bits));
	for (;; i = (i + 1) & (s->cap - 1))
		if (!s->slots[i].used || memcmp(s->slots[i].key, key, sizeof s->slots[i].key) == 0)
			return &s->slots[i];
}

static void grow(struct import_seen *s)
{
	struct seen_entry *old = s->slots;
	size_t n = s->cap;
	s->bits = n ? s->bits + 1 : 10;
	s->cap = (size_t)1 << s->bits;
	s->slots = xcalloc(s->cap, sizeof *s->slots);
	for (size_t i = 0; i < n; i++)
		if (old[i].used)
			*find(s, old[i].key) = old[i];
	free(old);
}

/* The entry of uid (32 lowercase hex, checked before) as kind; *fresh when
 * it was not there (then filled with the rest). */
static struct seen_entry *look(struct import_seen *s, char kind, const char *uid, uint64_t value,
			  uint32_t meeting, int line, bool *fresh)
{
	unsigned char key[UID_BYTES + 1] = { (unsigned char)kind };
	for (size_t i = 0; i < UID_BYTES; i++) {
		int hi = uid[2 * i] <= '9' ? uid[2 * i] - '0' : uid[2 * i] - 'a' + 10;
		int lo = uid[2 * i + 1] <= '9' ? uid[2 * i + 1] - '0' : uid[2 * i + 1] - 'a' + 10;
		key[i + 1] = (unsigned char)(hi << 4 | lo);
	}
	if (2 * (s->n + 1) > s->cap)
		grow(s);
	struct seen_entry *e = find(s, key);
	*fresh = !e->used;
	if (*fresh) {
		*e = (struct seen_entry){ value, meeting, line, { 0 }, true };
		memcpy(e->key, key, sizeof key);
		s->n++;
	}
	return e;
}

static struct import_seen *made(struct import_seen **seen)
{
	if (!*seen) {
		*seen = xcalloc(1, sizeof **seen);
		if (!random_bytes(&(*seen)->seed, sizeof (*seen)->seed))
			(*seen)->seed = 0xcbf29ce484222325ULL;
	}
	return *seen;
}

/* The team's index, added when it is new. */
static uint64_t team_of(struct import_seen *s, const struct meeting_info *m, uint32_t meeting,
			int line)
{
	bool fresh;
	struct seen_entry *e = look(s, 'T', m->team_uid, s->n_teams, meeting, line, &fresh);
	if (fresh) {
		s->team_names = xreallocarray(s->team_names, s->n_teams + 1, sizeof *s->team_names);
		s->team_names[s->n_teams++] = xstrdup(m->team_name);
	}
	return e->value;
}

bool import_seen_check(struct import_seen **seen, struct ctx *c, const struct json *doc,
		       const struct meeting_record *m, bool *repeat)
{
	struct import_seen *s = made(seen);
	uint32_t here = (uint32_t)c->meeting;
	bool fresh;
	*repeat = false;
	c->list = NULL;
	const struct json *info = json_get(doc, "meeting");
	const struct json *uid = json_get(info, "uid");
	uint64_t digest = json_digest(doc);
	struct seen_entry *e = look(s, 'M', m->info.uid, digest, here, doc->line, &fresh);
	if (!fresh) {
		if (e->value != digest)
			return import_bad(c, uid, _("\"uid\" %s is also the uid of meeting %u (line %d), "
				   "whose record is different"), m->info.uid, e->meeting, e->line);
		*repeat = true;
		return true;
	}
	uint64_t team = team_of(s, &m->info, here, doc->line);
	const struct json *people = json_get(doc, "attendance");
	for (size_t i = 0; i < m->n_attendees; i++) {
		const struct attendee *a = &m->attendees[i];
		e = look(s, 'P', a->member_uid, team, here, people->items[i].line, &fresh);
		if (fresh || e->value == team)
			continue;
		char *name = text_sanitize(a->name, TEXT_ONE_LINE);
		char *was = text_sanitize(s->team_names[e->value], TEXT_ONE_LINE);
		char *is = text_sanitize(m->info.team_name, TEXT_ONE_LINE);
		c->list = "attendance";
		c->index = i;
		import_bad(c, &people->items[i], _("\"member_uid\" %s (%s) is a member of team \"%s\" "
			   "in meeting %u (line %d), not of team \"%s\": a member is in one team"),
			   a->member_uid, name, was, e->meeting, e->line, is);
		free(name);
		free(was);
		free(is);
		return false;
	}
	return true;
}

void import_seen_free(struct import_seen *s)
{
	if (!s)
		return;
	for (size_t i = 0; i < s->n_teams; i++)
		free(s->team_names[i]);
	free(s->team_names);
	free(s->slots);
	free(s);
}
