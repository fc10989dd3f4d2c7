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

hold_lock

keys Enter
wait_for "the database is busy with another program; try again" 2
check 'true' "a write that meets the lock says so within a moment"
expect_screen "The spring walk-throughs"
check 'true' "and the answer stays in the field"
first=$(header_time)
wait_gone "$first" 3
check 'true' "the clock keeps running while the lock is held ($first, then $(header_time))"

release_lock
keys Enter
wait_for "Saved. Type the next one"
check '[ "$(sqlite3 "$DB" "SELECT count(*) FROM item WHERE text = '"'"'The spring walk-throughs'"'"'")" = 1 ]' "once the lock is gone, Enter saves it"
