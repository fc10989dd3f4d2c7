#!/bin/sh
# convene join before the seat's screen: its help, its refusal without a
# terminal (ssh without -t), a missing database or meeting, and the check
# of the database's modes, which names the exact fix. A new database and
# the -wal and -shm of a running app are 0660: the owner's and the
# group's, no other account's.
. "$(dirname "$0")/lib.sh"

run() { # run CMD...: sets rc, out, err (no terminal)
	set +e
	"$@" >"$TMP/out" 2>"$TMP/err" </dev/null
	rc=$?
	set -e
	out=$(cat "$TMP/out")
	err=$(cat "$TMP/err")
}

run "$CONVENE" join --help
check '[ $rc = 0 ] && printf "%s" "$out" | grep -q "^Usage: convene \[--db FILE\] join"' \
	"join --help prints the join help"
check 'printf "%s" "$out" | grep -q "ssh -t seat@HOST" && printf "%s" "$out" | grep -q "Seats: each participant at their own terminal"' \
	"which says how participants connect and points to the README"
run "$CONVENE" --db "$DB" join -h
check '[ $rc = 0 ] && printf "%s" "$out" | grep -q "Open a seat"' "-h after join too"
run "$CONVENE" --help
check 'printf "%s" "$out" | grep -q "^  join \[--meeting N\]"' "convene --help lists join"
run "$CONVENE" join --meeting
check '[ $rc = 64 ] && printf "%s" "$err" | grep -q "takes a meeting.s number"' "--meeting wants a number"
run "$CONVENE" join --frob
check '[ $rc = 64 ] && printf "%s" "$err" | grep -q "unknown argument"' "an unknown argument is refused"

"$CONVENE" --db "$DB" demo >/dev/null
check '[ "$(stat -c %a "$DB")" = 660 ]' "a new database is 0660"
run "$CONVENE" --db "$DB" join
check '[ $rc = 64 ] && [ "$err" = "convene join needs a terminal: over SSH connect with ssh -t" ]' \
	"without a terminal join exits 64 and says to use ssh -t"

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
