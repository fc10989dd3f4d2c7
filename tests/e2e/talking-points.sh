#!/bin/sh
# Talking points through the real binary: with the classified union absent,
# District and the teachers union must each confirm a point for it to be
# agreed; rewording asks first; the default export is the agreed points.
. "$(dirname "$0")/lib.sh"

"$CONVENE" --db "$DB" demo >/dev/null
start 90 26
wait_for "Riverside Unified Learning Team (9 members)"
keys Enter
pick_protocol "Talking Points"
wait_for "9 of 9 present"
keys Down Down Down Down Down Down Down Space Down Space
wait_for "7 of 9 present"
keys Enter
accept_roles
wait_for "What we say outside this room"
keys n
wait_for "A point is agreed when each of the 2 groups present confirms it."
keys Enter
type_text "We will pilot peer observation in two schools this spring."
keys Enter
type_text "Schedules do not change this year."
keys Enter Enter
wait_for "2. Schedules do not change this year."
screen | grep -F "1. We will pilot" | grep -q "0 of 2 groups" || fail "a new point has no confirmation"

keys Up r
wait_for "Talking point 1 of 2, read back for agreement"
expect_screen "1  [ ] District"
expect_screen "2  [ ] Teachers union"
refute_screen "Classified union"
keys 1
wait_for "District confirms."
expect_screen "Not agreed yet"
keys 2
wait_for "Agreed by every group present."
wait_for "AGREED by every group present"
keys ']'
wait_for "Talking point 2 of 2"
keys 1
wait_for "District confirms."
keys Escape
wait_for "A point is agreed when"
screen | grep -F "1. We will pilot" | grep -q "AGREED" || fail "the first point shows as agreed"
screen | grep -F "2. Schedules" | grep -q "1 of 2 groups" || fail "the second waits for one group"

keys Up e
wait_for "Rewording this point removes every group's"
keys n
wait_gone "y = yes"
screen | grep -F "1. We will pilot" | grep -q "AGREED" || fail "saying no keeps the agreement"

keys n
wait_for "All steps are done."
keys n y
wait_for "Meeting #1 closed."
keys q
wait_exit >/dev/null

md=$("$CONVENE" --db "$DB" export --meeting 1)
check 'printf "%s\n" "$md" | grep -qx "1. We will pilot peer observation in two schools this spring."' "the default export has the agreed point"
check '! printf "%s\n" "$md" | grep -q "Schedules"' "and not the point one group has not confirmed"
all=$("$CONVENE" --db "$DB" export --meeting 1 --what all --format md)
check 'printf "%s\n" "$all" | grep -qF "2. Schedules do not change this year. *(draft: not yet confirmed by Teachers union)*"' "--what all shows the draft and who it waits for"
csv=$("$CONVENE" --db "$DB" export --meeting 1 --format csv)
check '[ "$(printf "%s\n" "$csv" | tail -n +2 | grep -c ",agreed,")" = 1 ] && [ "$(printf "%s\n" "$csv" | wc -l)" = 2 ]' "the CSV default has one agreed point"
