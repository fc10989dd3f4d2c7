/*
 * Tests that the core's messages reach a person in Spanish when the
 * interface is in Spanish (read from the build's catalogue, as in
 * test-i18n.c), and stay word for word English otherwise: a protocol
 * file's mistakes as `convene check` prints them (file:line:col kept), a
 * refused action's session_error, a database that cannot be opened, the
 * settings file, the clock's words, and a count in the plural.
 */
#include "convene/config.h"
#include "convene/i18n.h"
#include "convene/meeting.h"
#include "convene/protocol.h"
#include "convene/session.h"
#include "convene/states.h"
#include "fixture.h"
#include "tap.h"

#include <stdlib.h>
#include <string.h>

/* The first diagnostic of a protocol text, as `convene check` prints it. */
static char *check_text(const char *yaml)
{
	struct protocol *p = NULL;
	struct diagnostics d = { 0 };
	protocol_load_buffer("bad.yaml", yaml, strlen(yaml), &p, &d);
	protocol_destroy(p);
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	diagnostics_print(&d, "bad.yaml", f);
	fclose(f);
	diagnostics_clear(&d);
	return buf;
}

static const char bad_protocol[] = "id: x\n"
				   "title: X\n"
				   "version: 1\n"
				   "source: here\n"
				   "summary: a test\n"
				   "steps:\n"
				   "  - kind: text\n"
				   "    title: Welcome\n"
				   "    text: Hi\n"
				   "    minutes: lots\n";

/* A database that is not one: a text file. */
static char *open_error(const char *dir)
{
	char *path = xasprintf("%s/notes.txt", dir);
	FILE *f = fopen(path, "w");
	fputs("not a database at all, just some words that fill the first page of the file\n", f);
	fclose(f);
	enum store_open_error why;
	char *msg = NULL;
	struct store *s = store_open(path, &why, &msg);
	if (s)
		store_close(s);
	free(path);
	return msg ? msg : xstrdup("(opened)");
}

int main(void)
{
	unsetenv("LANGUAGE");
	unsetenv("LC_ALL");
	unsetenv("LC_MESSAGES");
	setenv("LANG", "C", 1);
	struct new_member members[] = { { "Ana", "District" }, { "Ben", "Union" } };
	struct fixture f;
	if (!fixture_open(&f, "Idiomas", members, 2))
		return 1;
	bool all[] = { true, true };
	struct session s;
	session_start(&s, f.store, f.team, all, catalog_find(&f.catalog, "decision-continuum"),
		      RATING_NAMED, NULL, 0, 0);
	struct earlier_decision old = { 0 };
	size_t at;
	struct convene_config c;
	char err[256];

	i18n_init("en");
	char *check = check_text(bad_protocol);
	is_str(check, "bad.yaml:10:14: 'minutes' must be a whole number, not 'lots'\n",
	       "in English a protocol's mistake reads as before");
	free(check);
	ok(!session_reopen_decision(&s, &old, "new", 1, &at), "a refused action");
	is_str(session_error(&s), "decisions are reopened in a decide step", "says why in English");

	i18n_init("es");
	check = check_text(bad_protocol);
	is_str(check, "bad.yaml:10:14: 'minutes' debe ser un número entero, no 'lots'\n",
	       "in Spanish, with the file:line:col and the key as written");
	free(check);
	check = check_text("id: x\ntitle: X\nversion: 1\nsource: s\nsummary: s\nsteps:\n"
			   "  - kind: text\n    text: Hola\n");
	is_str(check, "bad.yaml:7:5: paso: falta 'title' (encabezado de la pantalla del paso)\n",
	       "a missing key names the object and its purpose in Spanish");
	free(check);
	ok(!session_reopen_decision(&s, &old, "new", 1, &at), "a refused action");
	is_str(session_error(&s), "las decisiones se reabren en un paso de decisión",
	       "says why in Spanish");
	char *msg = open_error(f.dir);
	has_str(msg, "este archivo no es una base de datos de convene",
		"a file that is not a database, in Spanish");
	free(msg);
	ok(!config_parse("bell = maybe\n", 13, "/home/ana", &c, err, sizeof err), "a bad setting");
	is_str(err, "línea 1: bell es yes o no, no 'maybe'", "is explained in Spanish, keys as typed");
	config_free(&c);
	is_str(time_state_label(TIME_BREAK), "RECESO", "the clock's words");
	is_str(meeting_status_name(MEETING_RUNNING), "running",
	       "a stored status stays English for the database");
	is_str(_(meeting_status_name(MEETING_RUNNING)), "en curso", "and is shown in Spanish");
	is_str(ngettext("%zu list ticked, the most ticked first:",
			"%zu lists ticked, the most ticked first:", 2),
	       "%zu listas marcadas, lo más marcado primero:", "counts take the plural");

	session_finish(&s);
	fixture_close(&f);
	return tap_done();
}
