#!/bin/sh
# Rotating roles through the real binary: the first meeting proposes roles
# in the team's order; the facilitator reassigns one (a swap); the next
# meeting, with a member absent, gives every role to someone who has held
# none, from another group than its last holder (the District members held
# them all, so the Teachers union); the third, with everyone back, reaches
# the last who have held none, the Classified union among them. The roles
# show under the header and in the export.
. "$(dirname "$0")/lib.sh"

"$CONVENE" --db "$DB" demo >/dev/null
start 100 28
wait_for "Riverside Unified Learning Team (9 members)"
keys Enter
pick_protocol "Check-in"
wait_for "9 of 9 present"
keys Enter
wait_for "Who holds which role?"
wait_line "facilitator" "Maria Alvarez"
wait_line "note taker" "James Okafor"
wait_line "time keeper" "Priya Natarajan"
# Give the note taking to the next person present: Priya, who swaps.
keys Down Right
wait_line "note taker" "Priya Natarajan"
wait_line "time keeper" "James Okafor"
keys Enter
wait_for "How long for each step?"
keys Enter
wait_for "Check-in"
wait_for "facilitator: Maria Alvarez  |  note taker: Priya Natarajan  |  time keeper: James Okafor"
keys n
close_meeting 1

keys Enter
pick_protocol "Check-in"
wait_for "9 of 9 present"
keys Down Space
wait_for "8 of 9 present"
keys Enter
wait_for "Who holds which role?"
wait_line "facilitator" "Dana Whitfield"
wait_line "note taker" "Luis Ortega"
wait_line "time keeper" "Aisha Thompson"
check '! screen | grep -q "James Okafor"' "the absent member is skipped"
keys Enter
wait_for "How long for each step?"
keys Enter
wait_for "facilitator: Dana Whitfield"
keys q y
wait_for "is still open"
keys Down Enter
wait_for "Resumed meeting #2"
wait_for "facilitator: Dana Whitfield  |  note taker: Luis Ortega  |  time keeper: Aisha Thompson"
check 'true' "the roles come back with the meeting"
keys n
close_meeting 2

keys Enter
pick_protocol "Check-in"
wait_for "9 of 9 present"
keys Enter
wait_for "Who holds which role?"
wait_line "facilitator" "Robert King"
wait_line "note taker" "Grace Kim"
wait_line "time keeper" "Tom Becker"
keys Enter
wait_for "How long for each step?"
keys Enter
wait_for "facilitator: Robert King  |  note taker: Grace Kim  |  time keeper: Tom Becker"
check 'true' "the third meeting reaches everyone who has held no role"
keys q y
wait_for "is still open"
keys q
wait_exit >/dev/null

md=$("$CONVENE" --db "$DB" export --meeting 1 --what all)
check 'printf "%s\n" "$md" | grep -qx "Roles: facilitator: Maria Alvarez, note taker: Priya Natarajan, time keeper: James Okafor."' "the export names who held which role"

# Every step kind's record as JSON and CSV, read back as a program would.
exports_read_back
