#!/bin/sh
# A team's ground rules through the real binary: the facilitator sets the
# quorum, the reopening threshold, the norms shown at the start and the
# roles; they are kept, the roles page proposes the new roles, and the
# team's norms open the next meeting.
. "$(dirname "$0")/lib.sh"

# norms_to TITLE: on the "Norms at the start" rule, Right until it names
# TITLE (the shipped norms protocols come in the order of their titles).
norms_to() {
	i=0
	until screen | grep -F "Norms at the start" | grep -qF -- "$1"; do
		[ $i -lt 15 ] || fail "Norms at the start never named $1"
		before=$(screen | grep -F "Norms at the start")
		keys Right
		deadline=$(( $(date +%s) + 5 ))
		while [ "$(screen | grep -F "Norms at the start")" = "$before" ]; do
			[ "$(date +%s)" -lt "$deadline" ] || fail "Right changed nothing"
			sleep 0.02
		done
		i=$((i + 1))
	done
}

"$CONVENE" --db "$DB" demo >/dev/null
start 100 30
wait_for "Riverside Unified Learning Team (9 members)"
keys r
wait_for "Ground rules of Riverside Unified Learning Team"
wait_line "Quorum to decide" "someone from each group present"
wait_line "Reopening a decision" "75% of members present vote in favour"
wait_line "Norms at the start" "none"
wait_line "Roles to rotate" "facilitator, note taker, time keeper"
keys Right
wait_line "Quorum to decide" "none: any meeting may decide"
keys Down Right
wait_line "Reopening a decision" "80%"
keys Down
norms_to "Seven Norms"
keys Down e
wait_for "facilitator, note taker, time keeper"
keys ", " s c r i b e Enter
wait_line "Roles to rotate" "time keeper, scribe"
keys Escape
wait_for "Teams: Enter starts a meeting"
check '! screen | grep -q "Saved the ground rules"' "Esc leaves without saving"
keys r
wait_line "Roles to rotate" "facilitator, note taker, time keeper"
check '! screen | grep -q "scribe"' "nothing was kept"
keys Right Down Right Down
norms_to "Seven Norms"
keys Down e ", " s c r i b e Enter Enter
wait_for "Saved the ground rules of Riverside Unified Learning Team."

keys r
wait_line "Quorum to decide" "none: any meeting may decide"
wait_line "Reopening a decision" "80%"
wait_line "Norms at the start" "Seven Norms"
wait_line "Roles to rotate" "facilitator, note taker, time keeper, scribe"
check 'true' "the rules are kept"
keys Down Down Down e
keys BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace
keys " " , Enter Enter
wait_for "Name at least one role to rotate."
keys Escape
wait_for "Teams: Enter starts a meeting"

keys Enter
pick_protocol "Check-in"
wait_for "9 of 9 present"
keys Enter
wait_for "Who holds which role?"
wait_line "scribe" "Robert King"
check 'true' "the roles page proposes the team's four roles"
keys Enter
wait_for "How long for each step?"
keys Enter
wait_for "Our norms, before we begin"
wait_for "1. Pausing"
check 'screen | grep -q "7. "' "all seven norms are shown"
keys Enter
wait_gone "Our norms, before we begin"
expect_screen "Check-in"
check 'true' "Enter goes on to the first step"
