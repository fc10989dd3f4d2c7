#!/bin/sh
# The decision continuum's points are numbered on screen and typing the
# number picks the point (Enter takes it); the fist to five that follows
# still counts fingers with 0-5.
. "$(dirname "$0")/lib.sh"

demo_meeting 90 28 "Decision-Making Continuum"
wait_for "Deciding how to decide"
keys n
wait_for "No decision recorded yet: Enter records one."
keys Enter
wait_for "What is to be decided?"
type_text "Adopt the peer observation pilot"
keys Enter
wait_for "How will we decide?"
for n in 1 2 3 4 5 6 7; do
	screen | grep -qE "^ +$n  [A-Z]" || fail "point $n is numbered on screen"
done
keys 4
wait_for "The leader brings the issue to the team, hears the discussion together"
expect_screen "type its number"
expect_screen "1-9 pick point"
keys 9
wait_for "The points are numbered 1 to 7."
expect_screen "hears the discussion together"
keys 6
wait_for "Everyone can at least live with the"
keys 4 Enter
wait_for "Decided by: The leader decides after hearing the whole team"
wait_for "What did we decide?"
type_text "Pilot in two schools"
keys Enter Enter
wait_for "Consensus check, fist to five"
keys 5 4 3
wait_for "3 counted"
keys 7
wait_for "Fingers go from 0 to 5."
expect_screen "3 counted"
keys 0
wait_for "4 counted"
wait_for "1 below three"
keys Enter
wait_for "Where does it stand?"
keys Enter
wait_for "Decision 1 recorded: decided."
leave_and_quit
json=$("$CONVENE" --db "$DB" export --meeting 1 --what decisions --format json)
check 'printf "%s\n" "$json" | grep -q "The leader decides after hearing the whole team"' "the point typed is the one recorded"
