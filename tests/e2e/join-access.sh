#!/bin/sh
# convene join before the seat's screen, in a terminal (its help and its
# refusal without one are in cli.sh): a missing database or meeting, and
# the check of the database's modes, which names the exact fix. A new database and
# the -wal and -shm of a running app are 0660: the owner's and the
# group's, no other account's.
. "$(dirname "$0")/lib.sh"

"$CONVENE" --db "$DB" demo >/dev/null
check '[ "$(stat -c %a "$DB")" = 660 ]' "a new database is 0660"

refused_in_terminal "'$CONVENE' --db '$TMP/none.db' join"
check '[ "$(cat "$TMP/term.status")" = 66 ] && grep -q "no database file of that name" "$TMP/term.err"' \
	"a missing database: 66, and nothing is created"
check '[ ! -e "$TMP/none.db" ]' "no file was made"
refused_in_terminal "'$CONVENE' --db '$DB' join --meeting 42"
check '[ "$(cat "$TMP/term.status")" = 66 ] && grep -q "there is no meeting 42" "$TMP/term.err"' \
	"a meeting that is not on record: 66"

chmod 644 "$DB"
refused_in_terminal "'$CONVENE' --db '$DB' join"
check '[ "$(cat "$TMP/term.status")" = 77 ]' "a database every account can read: join exits 77"
check 'grep -q "can be read by every account on this computer" "$TMP/term.err"' "saying what is wrong"
check 'grep -qF "fix, as $(id -un) or root: chmod o-rwx $DB" "$TMP/term.err" || grep -qF "fix, as root: chmod o-rwx $DB" "$TMP/term.err"' \
	"and the exact command that fixes it"
chmod 660 "$DB"

# The app's -wal and -shm copy the database's mode.
start 80 24
wait_for "Riverside Unified Learning Team (9 members)"
check '[ "$(stat -c %a "$DB-wal") $(stat -c %a "$DB-shm")" = "660 660" ]' \
	"the running app's -wal and -shm are 0660 too"

# Fixed, join opens its screen beside the facilitator's app.
t new-window -d "exec env TERM=tmux-256color '$CONVENE' --db '$DB' join"
wait_other "convene join: a seat for one participant"
check 'true' "with the modes right, join opens the seat"
