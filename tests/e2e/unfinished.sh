#!/bin/sh
# Starting a meeting for a team that has an unfinished one: convene says so
# and offers to resume it; n starts a new meeting anyway, Esc goes back.
. "$(dirname "$0")/lib.sh"

demo_meeting 90 26 "After-Action Review"
wait_for "Ground rules"
keys n
wait_for "Which activity are we looking back on"
keys q
wait_for "Leave the meeting?"
keys y
wait_for "Unfinished meetings: Enter resumes"
check 'screen | grep -q "v   review" && screen | grep -q "q   quit"' "home lists its keys, review and quit among them, where the footer has no room"

# The team is selected (the first row): Enter asks instead of starting anew.
keys Home Enter
wait_for "has an unfinished meeting:"
check 'screen | grep -q "Resume it?"' "a new meeting beside an unfinished one: convene offers to resume it"
keys Escape
wait_gone "has an unfinished meeting"
expect_screen "Unfinished meetings: Enter resumes"
check 'true' "Esc goes back to the home screen, nothing started"

keys Enter
wait_for "has an unfinished meeting:"
keys n
wait_for "Which protocol does the team run?"
check 'true' "n starts a new meeting anyway"
keys Escape
wait_for "Unfinished meetings: Enter resumes"

keys Home Enter
wait_for "has an unfinished meeting:"
keys y
wait_for "Resumed meeting #1 where it stopped."
expect_screen "Which activity are we looking back on"
check 'true' "y resumes it where it stopped"
