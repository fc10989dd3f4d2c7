/* cli: the non-interactive commands. Each returns a sysexits exit code. */
#ifndef CONVENE_CLI_H
#define CONVENE_CLI_H

#include <stdbool.h>

struct store;
/* How a command opens the database: creating it when missing (the app,
 * demo, import), writing to one that must exist (review), or only reading
 * one that must exist, read-only (export, search, present). */
enum cli_open { CLI_CREATE, CLI_EXISTING, CLI_READ };
/* Opens the database (default path when db is NULL); returns an exit code,
 * 0 with *out set on success; *path_out (may be NULL) receives the path.
 * A path that is missing (unless created), a folder, a link or not a
 * regular file is refused with what it is. */
int cli_open_store(const char *db, enum cli_open how, struct store **out, char **path_out);
/* The database's path: db as a file name, or the default one (NULL with
 * *err set when there is none). */
char *cli_db_path(const char *db, char **err);

struct catalog;
/* The protocols found in the protocol folders (paths_protocol_dirs). */
void cli_load_catalog(struct catalog *c);
/* argv[*i] is --meeting: takes its number (once, a positive integer) into
 * *meeting and steps *i past it; else says why, with usage, and returns
 * EX_USAGE. cmd names the command in the message. */
int cli_meeting_option(const char *cmd, const char *usage, int argc, char **argv, int *i,
		       const char **meeting);

int cli_check(int argc, char **argv);
/* The commands' usage lines, which their errors print and their help
 * (cli-help.c) begins with. */
extern const char cli_export_usage[], cli_import_usage[], cli_search_usage[], cli_demo_usage[],
	cli_present_usage[];
/* A command's own usage (cli-help.c): printed for convene help CMD and
 * convene CMD --help; cli_has_help says whether CMD has one. */
bool cli_has_help(const char *cmd);
int cli_help(const char *cmd);
/* Candidates for shell completion: teams, meetings or protocols (cli-complete.c). */
int cli_complete(const char *db, int argc, char **argv);
int cli_protocols(int argc, char **argv);
int cli_demo(const char *db, int argc, char **argv);
int cli_export(const char *db, int argc, char **argv);
/* Merges a JSON export into the database; a bad file changes nothing. */
int cli_import(const char *db, int argc, char **argv);
/* Exits 1 when nothing matches, as grep does. */
int cli_search(const char *db, int argc, char **argv);
struct ui_options;

int cli_app(const char *db, const struct ui_options *opt);
int cli_present(const char *db, const struct ui_options *opt, int argc, char **argv);
/* A seat (cli-join.c): checks the terminal and this account's access to
 * the database, saying what to fix, then runs ui_join. */
int cli_join(const char *db, const struct ui_options *opt, int argc, char **argv);

#endif
