#!/bin/sh
# Planning step times through the real binary: the facilitator gives the
# step two more minutes at setup, the meeting's timer uses them, and the
# next meeting of the same protocol shows last time's plan beside it.
. "$(dirname "$0")/lib.sh"

"$CONVENE" --db "$DB" demo >/dev/null
start 100 30
wait_for "Riverside Unified Learning Team (9 members)"
keys Enter
pick_protocol "Check-in"
wait_for "9 of 9 present"
keys Enter
wait_for "Who holds which role?"
keys Enter
wait_for "How long for each step? 10 minutes in all"
check '! screen | grep -q "last:"' "a first meeting has no last times"
keys + + + -
wait_for "How long for each step? 12 minutes in all"
wait_line "1. Check-in" "12 min"
keys Enter
wait_match "\| 1[12]:[0-9]{2} left$"
check 'true' "the step runs with twelve minutes ($(header_time))"
keys n
close_meeting 1

keys Enter
pick_protocol "Check-in"
wait_for "9 of 9 present"
keys Enter
wait_for "Who holds which role?"
keys Enter
wait_for "How long for each step? 10 minutes in all"
wait_line "1. Check-in" "last: 12, took 0"
keys Escape
wait_for "Who holds which role?"
check 'true' "Esc goes back to the roles"
keys Enter
wait_for "How long for each step?"
