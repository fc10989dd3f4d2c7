#!/bin/sh
# Faults a seat lives through. A seat killed without warning (kill -9, as a
# dropped connection ends it) frees its name at once: the participant joins
# again by the same name, finds the ballot they cast counted once, and is
# told it cannot be changed (the seat that knew it is gone; nothing stored
# links it to them). The facilitator's app killed: the seat says the
# meeting is paused and takes no input, and carries on by itself when the
# facilitator resumes the meeting.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/seats-lib.sh"

blind_assessment

seat 1
t resize-window -t :1 -x 80 -y 24
join_as 1 "Maria Alvarez"
seat_keys 1 4
wait_seat 1 "Saved."
seat_keys 1 Down 6
wait_seat_match 1 "2\. Utilization of resources +6$"
kill -9 "$(seat_pid 1)"
check '[ "$(wait_seat_exit 1)" = 137 ]' "the seat died of SIGKILL"

seat 2
t resize-window -t :2 -x 80 -y 24
join_as 2 "Maria Alvarez"
wait_seat_match 2 "1\. Goals and objectives +in$"
wait_seat 2 "Your ballot is in. After joining again it cannot be changed."
seat_keys 2 2
wait_seat 2 "Your ballot is in. After joining again it cannot be changed."
goals="dimension_id = 'goals'"
check '[ "$(db "SELECT group_concat(value) FROM rating WHERE $goals")" = 4 ]' "her ballot counts once, as cast"
check '[ "$(db "SELECT count(*) FROM poll_book WHERE question = '"'goals'"'")" = 1 ]' "and the poll book has her once"
wait_for "1 of 9 have rated"

# The facilitator's app dies; the seat pauses.
kill -9 "$(app_pid)"
wait_exit >/dev/null
wait_seat 2 "The meeting is paused: the facilitator's screen is closed."
wait_room "PAUSED: the facilitator's app is closed."
seat_keys 2 Down Down 3
wait_seat 2 "Paused: nothing is entered until the facilitator's screen is back."
check '[ "$(db "SELECT count(*) FROM rating WHERE dimension_id = '"'trust'"'")" = 0 ]' "nothing is entered while paused"

# The facilitator resumes the meeting in a new terminal: the seat carries on.
rm -f "$TMP/app.pid" "$TMP/app.status"
t new-window -d -t :5 \
	"APP_STATE='$TMP/app' exec sh '$TMP/run.sh' env TERM=tmux-256color '$CONVENE' --db '$DB'"
fac_shows() { t capture-pane -p -t :5 | grep -qF -- "$1"; }
wait_fac() { waiting 5 "the facilitator's new terminal never showed: $1" fac_shows "$1"; }
wait_fac "Unfinished meetings: Enter resumes"
t send-keys -t :5 Down Enter
wait_fac "Resumed meeting #1 where it stopped."
wait_seat_gone 2 "The meeting is paused"
wait_seat 2 "The facilitator is back: carry on."
waiting 9 "the room view still says paused" sh -c "! tmux -L '$SOCK' capture-pane -p -t :9 | grep -qF PAUSED:"
seat_keys 2 3
wait_seat 2 "Saved."
check '[ "$(db "SELECT count(*) FROM rating WHERE dimension_id = '"'trust'"'")" = 1 ]' "the seat's rating after the facilitator resumed is stored"
check '[ "$(db "SELECT count(*) FROM rating WHERE $goals")" = 1 ]' "and the first ballot is still counted once"
