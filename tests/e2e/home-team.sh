#!/bin/sh
# The home screen keeps the team that was selected: a meeting of the first
# of three teams is left, resumed from the list of unfinished meetings and
# closed; home comes back on that team (Enter starts its next meeting), not
# on whatever row the unfinished meeting's took. The same after a meeting
# started and closed at one go.
. "$(dirname "$0")/lib.sh"

"$CONVENE" --db "$DB" demo --history 1 --teams 3 >/dev/null

# run_to_close N: from the first step of talking-points meeting #N,
# through its last step, closed, to the home screen.
run_to_close() {
	wait_for "What we say outside this room"
	keys n
	wait_for "No points yet"
	keys n
	close_meeting "$1"
}

start 100 30
wait_for "Teams: Enter starts a meeting"
wait_for "Demo team 2"
keys Enter
wait_for "New meeting: Demo team 2"
pick_protocol "Talking Points"
wait_for "present"
keys Enter
accept_roles
wait_for "What we say outside this room"
keys q
wait_for "Leave the meeting?"
keys y
wait_for "Unfinished meetings: Enter resumes"
# Teams: Demo team 2, Demo team 3, Riverside; then the unfinished meeting.
keys Down Down Down Enter
wait_for "Resumed meeting"
run_to_close 2
wait_for "Teams: Enter starts a meeting"
wait_gone "Unfinished meetings"
keys Enter
wait_for "New meeting: "
check 'screen | grep -q "New meeting: Demo team 2"' "after a resumed meeting is closed, its team is still selected"
keys Escape
wait_for "Teams: Enter starts a meeting"

keys Down
keys Enter
wait_for "New meeting: Demo team 3"
pick_protocol "Talking Points"
wait_for "present"
keys Enter
accept_roles
run_to_close 3
wait_for "Teams: Enter starts a meeting"
keys Enter
wait_for "New meeting: "
check 'screen | grep -q "New meeting: Demo team 3"' "after a meeting is closed, its team is still selected"
