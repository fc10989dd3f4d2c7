#!/bin/sh
# Another program holds the database's write lock (an import, or sqlite3's
# BEGIN EXCLUSIVE) while a meeting runs: the app's screen and clock keep
# running, an answer typed then is not saved and the screen says so plainly
# at once, the answer stays in the field, and Enter saves it once the lock
# is gone. Before, the app froze for 5 seconds and then said "not saved".
. "$(dirname "$0")/lib.sh"

demo_meeting 100 30 "After-Action Review"
wait_for "Ground rules"
keys n
wait_for "Which activity are we looking back on"
keys Enter
type_text "The spring walk-throughs"

python3 - "$DB" "$TMP/locked" "$TMP/release" <<'PY' &
import sqlite3, sys, time, os
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("BEGIN EXCLUSIVE")
c.execute("UPDATE team SET name = name")
open(sys.argv[2], "w").close()
deadline = time.time() + 20
while not os.path.exists(sys.argv[3]) and time.time() < deadline:
	time.sleep(0.05)
c.execute("ROLLBACK")
PY
holder=$!
deadline=$(( $(date +%s) + 10 ))
while [ ! -e "$TMP/locked" ]; do
	[ "$(date +%s)" -lt "$deadline" ] || fail "the lock was never taken"
	sleep 0.05
done

keys Enter
wait_for "the database is busy with another program; try again" 2
check 'true' "a write that meets the lock says so within a moment"
expect_screen "The spring walk-throughs"
check 'true' "and the answer stays in the field"
first=$(header_time)
wait_gone "$first" 3
check 'true' "the clock keeps running while the lock is held ($first, then $(header_time))"

touch "$TMP/release"
wait $holder
keys Enter
wait_for "Saved. Type the next one"
check '[ "$(sqlite3 "$DB" "SELECT count(*) FROM item WHERE text = '"'"'The spring walk-throughs'"'"'")" = 1 ]' "once the lock is gone, Enter saves it"
