#!/bin/sh
# Bad input from outside the program, through the real binary: a database
# another program keeps locked, a read-only one, a damaged one, a data
# folder that is a file, a disk that fills up, an unknown terminal type and
# one without colours. Each says what happened and what to do, with its
# exit status, and loses nothing. The case numbers are those of
# tests/bad-input/README.md.
. "$(dirname "$0")/lib.sh"

meetings() { sqlite3 "$1" "SELECT count(*) FROM meeting"; }

"$CONVENE" --db "$DB" demo --history 3 >/dev/null

# D3: another program holds the write lock longer than the 5 s convene waits.
python3 - "$DB" "$TMP/locked" <<'PY' &
import sqlite3, sys, time, os
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("BEGIN EXCLUSIVE")
c.execute("UPDATE team SET name = name")
open(sys.argv[2], "w").close()
time.sleep(8)
c.execute("ROLLBACK")
PY
holder=$!
deadline=$(( $(date +%s) + 10 ))
while [ ! -e "$TMP/locked" ]; do
	[ "$(date +%s)" -lt "$deadline" ] || fail "the lock was never taken"
	sleep 0.05
done
run "$CONVENE" --db "$DB" demo --history 1
check '[ $rc = 74 ] && printf "%s" "$err" | grep -q "another program kept the database busy for more than 5 seconds; that change was not saved: try again"' "D3 a database locked by another program: exit 74, says to try again"
wait $holder
check '[ "$(meetings "$DB")" = 3 ] && [ "$(sqlite3 "$DB" "PRAGMA integrity_check")" = ok ]' "D3 and nothing changed"

# D4: a database this user may read but not write.
cp "$DB" "$TMP/ro.db"
if [ "$(id -u)" = 0 ]; then
	chmod 755 "$TMP"
	chmod 644 "$TMP/ro.db"
	as_reader() { setpriv --reuid=65534 --regid=65534 --clear-groups "$@"; }
else
	chmod 444 "$TMP/ro.db"
	as_reader() { "$@"; }
fi
run as_reader "$CONVENE" --db "$TMP/ro.db" demo --history 1
check '[ $rc = 74 ] && printf "%s" "$err" | grep -q "read-only"' "D4 a read-only database: exit 74, says it is read-only"
check '[ "$(meetings "$TMP/ro.db")" = 3 ]' "D4 and it is left as it was"

# D5: a damaged file: pages overwritten in the middle.
cp "$DB" "$TMP/damaged.db"
python3 -c "
import sys
f = open(sys.argv[1], 'r+b'); f.seek(4096 * 3); f.write(b'\xa5' * 4096 * 6); f.close()" "$TMP/damaged.db"
run "$CONVENE" --db "$TMP/damaged.db" export --what all
check '[ $rc = 74 ] && printf "%s" "$err" | grep -q "the database file is damaged: keep a copy of it and go back to your last good copy"' "D5 a damaged database: exit 74, says to keep it and go back to a good copy"

# D7: the data folder's path is a file.
: > "$TMP/not-a-folder"
run env XDG_DATA_HOME="$TMP/not-a-folder" "$CONVENE" demo
check '[ $rc = 73 ] && printf "%s" "$err" | grep -q "cannot create $TMP/not-a-folder/convene: Not a directory"' "D7 a data folder that is a file: exit 73, names it"

# D8: the disk fills up while meetings are written (a file size limit
# stands in for a full disk: writes past it fail as on a full one).
cp "$DB" "$TMP/full.db"
limit=$(( $(stat -c %s "$TMP/full.db") + 8192 ))
run sh -c 'trap "" XFSZ; exec prlimit --fsize='"$limit"' "$0" --db "$1" demo --history 40' "$CONVENE" "$TMP/full.db"
check '[ $rc = 74 ] && printf "%s" "$err" | grep -q "that change was not saved"' "D8 a disk that fills up: exit 74, says the change was not saved"
check '[ "$(sqlite3 "$TMP/full.db" "PRAGMA integrity_check")" = ok ]' "D8 and the database stays whole"
start 100 30
wait_for "Riverside Unified Learning Team (9 members)"
check 'true' "D8 and the app opens it afterwards"
t kill-server

# D9: an export to a disk that fills up leaves no half-written file.
mkdir -p "$TMP/exports"
"$CONVENE" --db "$TMP/long.db" demo --history 12 >/dev/null
run sh -c 'trap "" XFSZ; exec prlimit --fsize=60000 "$0" --db "$1" export --what all --format json -o "$2"' "$CONVENE" "$TMP/long.db" "$TMP/exports/all.json"
check '[ $rc = 74 ] && printf "%s" "$err" | grep -q "cannot write $TMP/exports/all.json: File too large" && [ -z "$(ls -A "$TMP/exports")" ]' "D9 an export that cannot be written whole: exit 74, no file left at all"

# T3: a terminal type this system does not know.
tmux -L "bad-term-$$" new-session -d -x 80 -y 24 \
	"env TERM=no-such-terminal '$CONVENE' --db '$DB' 2> '$TMP/term.err'; echo \$? > '$TMP/term.status'"
deadline=$(( $(date +%s) + ${E2E_WAIT:-10} ))
while [ ! -s "$TMP/term.status" ]; do
	[ "$(date +%s)" -lt "$deadline" ] || fail "the app never ended on an unknown terminal"
	sleep 0.05
done
tmux -L "bad-term-$$" kill-server >/dev/null 2>&1 || true
check '[ "$(cat "$TMP/term.status")" = 64 ] && grep -q "does not know the terminal type .no-such-terminal.; try TERM=xterm-256color" "$TMP/term.err"' "T3 an unknown terminal type: exit 64, says which TERM to try"

# T4: a terminal without colours (a VT100) still shows everything.
tmux -L "vt100-$$" new-session -d -x 80 -y 24 "exec env TERM=vt100 '$CONVENE' --db '$DB'"
deadline=$(( $(date +%s) + ${E2E_WAIT:-10} ))
while ! tmux -L "vt100-$$" capture-pane -p | grep -q "Teams: Enter starts a meeting"; do
	[ "$(date +%s)" -lt "$deadline" ] || fail "the home screen never showed on a VT100"
	sleep 0.05
done
colours=$(tmux -L "vt100-$$" capture-pane -p -e | grep -cE "$(printf '\033')\[(3|4)[0-7]m" || true)
tmux -L "vt100-$$" kill-server >/dev/null 2>&1 || true
check '[ "$colours" = 0 ]' "T4 a terminal without colours: the app runs, in bold and reverse only"
