/* json-value: a parsed JSON value once the reader (json.c) has made it:
 * freeing it, looking up a key, and the digest import uses to tell a copy
 * of a meeting already here from a changed one. */
#include "convene/json.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

void json_free(struct json *j)
{
	for (size_t i = 0; i < j->n; i++) {
		json_free(&j->items[i]);
		if (j->keys)
			free(j->keys[i]);
	}
	free(j->items);
	free(j->keys);
	free(j->string);
	memset(j, 0, sizeof *j);
}

/* A multiply-and-rotate mix, eight bytes at a time: the digest only tells
 * copies from changed values (FNV-1a a byte at a time cost a tenth of an
 * import's reading); it guards nothing. */
static uint64_t mix(uint64_t h, const void *p, size_t n)
{
	const unsigned char *b = p;
	uint64_t w;
	for (; n >= 8; n -= 8, b += 8) {
		memcpy(&w, b, 8);
		h = (h ^ w) * 0x9E3779B97F4A7C15ULL;
		h ^= h >> 32;
	}
	w = n;
	for (size_t i = 0; i < n; i++)
		w = w << 8 | b[i];
	h = (h ^ w) * 0x9E3779B97F4A7C15ULL;
	return h ^ (h >> 29);
}

static uint64_t digest(uint64_t h, const struct json *j)
{
	unsigned char type = (unsigned char)j->type;
	h = mix(h, &type, 1);
	switch (j->type) {
	case JSON_NUMBER:
		if (j->integral)
			return mix(h, &j->integer, sizeof j->integer);
		return mix(h, &j->number, sizeof j->number);
	case JSON_STRING:
		return mix(h, j->string, strlen(j->string) + 1);
	case JSON_ARRAY:
	case JSON_OBJECT:
		h = mix(h, &j->n, sizeof j->n);
		for (size_t i = 0; i < j->n; i++) {
			if (j->keys)
				h = mix(h, j->keys[i], strlen(j->keys[i]) + 1);
			h = digest(h, &j->items[i]);
		}
		return h;
	default:
		return h;
	}
}

uint64_t json_digest(const struct json *j)
{
	return digest(0xcbf29ce484222325ULL, j);
}

const struct json *json_get(const struct json *j, const char *key)
{
	if (!j || j->type != JSON_OBJECT)
		return NULL;
	for (size_t i = 0; i < j->n; i++)
		if (strcmp(j->keys[i], key) == 0)
			return &j->items[i];
	return NULL;
}
