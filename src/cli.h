/* cli: the command line. Each command returns a sysexits exit code. */
#ifndef CONVENE_CLI_H
#define CONVENE_CLI_H

#include <stdbool.h>
#include <stdio.h>

struct store;
struct ui_options;

/* The options of the commands (cli-options.c holds each command's table
 * of them): value[] of struct cli_args is indexed by these. */
enum cli_option {
	CLI_MEETING,
	CLI_TEAM,
	CLI_SINCE,
	CLI_UNTIL,
	CLI_WHAT,
	CLI_FORMAT,
	CLI_OUTPUT,
	CLI_HISTORY,
	CLI_TEAMS,
	CLI_LIMIT,
	CLI_BOM, /* a flag: set (to "") when given */
	CLI_OPTIONS
};

/* A command line once read: the global options' outcome, and the
 * command's own options and operands. */
struct cli_args {
	const char *db; /* --db, CONVENE_DB or the settings file; NULL: the default */
	const struct ui_options *ui;
	const char *cmd;
	const char *value[CLI_OPTIONS]; /* each option given, once; NULL when not */
	int n;                          /* the operands, in order (after -- too) */
	char **words;
};

/* The global options: --db, --theme, --bell (and --help, --version, which
 * answer at once). given says which the command line set, so the
 * settings file fills in only the others. */
struct cli_global {
	const char *db;
	struct ui_options *ui;
	bool theme_given, bell_given;
};

struct cli_command;
/* Reads argv: the global options before the command, then the command's
 * own table (with the global options again) after it. Returns -1 with
 * *cmd and *a set when a command is to run (*cmd NULL: the app), or an
 * exit code once it has answered (--help, --version) or said what is
 * wrong. a->words is allocated (free it). */
int cli_parse(int argc, char **argv, struct cli_global *g, const struct cli_command **cmd,
	      struct cli_args *a);
/* An empty or blank database name (--db="$DB" or CONVENE_DB with the
 * variable unset) is a mistake, never a name: SQLite would open a private
 * temporary database for "", and the app would say "Saved" while nothing
 * reached the disk. */
bool cli_is_blank(const char *s);
/* Runs what cli_parse found. */
int cli_run(const struct cli_command *cmd, const struct cli_args *a);
/* The command named so, or NULL. */
const struct cli_command *cli_find(const char *name);

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
/* a's --meeting, when given: a positive number, else says so with the
 * command's usage and returns false. */
bool cli_meeting_number(const struct cli_args *a);
/* Prints "convene CMD: " and the message, then the command's usage, on
 * stderr; returns EX_USAGE. */
int cli_usage_error(const char *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* The general help (convene --help), and a command's own (cli-help.c):
 * its usage, then what it does; cli_usage prints the usage alone. */
void cli_general_help(void);
int cli_help(const char *cmd);
void cli_usage(const char *cmd, FILE *f);

/* The commands (their options come read, in a). */
int cli_app(const struct cli_args *a);
int cli_review(const struct cli_args *a);
int cli_check(const struct cli_args *a);
int cli_protocols(const struct cli_args *a);
int cli_demo(const struct cli_args *a);
int cli_export(const struct cli_args *a);
/* Merges a JSON export into the database; a bad file changes nothing. */
int cli_import(const struct cli_args *a);
/* Exits 1 when nothing matches, as grep does. */
int cli_search(const struct cli_args *a);
int cli_present(const struct cli_args *a);
/* A seat (cli-join.c): checks the terminal and this account's access to
 * the database, saying what to fix, then runs ui_join. */
int cli_join(const struct cli_args *a);
/* Candidates for shell completion: teams, meetings or protocols (cli-complete.c). */
int cli_complete(const struct cli_args *a);
/* convene help [COMMAND]. */
int cli_help_command(const struct cli_args *a);

#endif
