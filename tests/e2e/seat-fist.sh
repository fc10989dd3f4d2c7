#!/bin/sh
# A fist to five from seats: on a decide step a seat has nothing to enter
# until the facilitator reaches the consensus check, which opens the fist
# to five to seats; a participant shows their fingers, changes them while
# it is open, and the facilitator's screen counts them with the hands typed
# there. When it ends, the seat has nothing to enter again.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/seats-lib.sh"

"$CONVENE" --db "$DB" demo >/dev/null
start 100 30
begin_meeting "Decision-Making Continuum"
wait_for "policy, and what belongs to bargaining, are not ours"
keys n
wait_for "No decision recorded yet: Enter records one."
room_view
seat 1
t resize-window -t :1 -x 80 -y 24
join_as 1 "Grace Kim"
wait_seat 1 "Nothing to enter on this step: follow the room's screen."
keys Enter
wait_for "What is to be decided?"
type_text "Adopt the peer observation pilot"
keys Enter
wait_for "How will we decide?"
keys Down Down Down Down Down Enter
wait_for "What did we decide?"
type_text "Pilot in Lincoln and Adams elementary"
keys Enter
wait_for "Why? The reasons for the decision:"
type_text "Teachers asked for it"
keys Enter
wait_for "Consensus check, fist to five"

wait_seat 1 "Fist to five: show 0 to 5 fingers"
seat_keys 1 2
wait_seat 1 "You show 2."
seat_keys 1 4
wait_seat 1 "You show 4."
keys 5 3
wait_for "3 counted: 1 shown from seats, 2 typed here"
check '[ "$(db "SELECT count(*) FROM poll_book WHERE question = '"'fist-to-five'"'")" = 1 ]' \
	"the poll book says Grace showed her hand, once"
keys Enter
wait_for "Where does it stand?"
wait_seat 1 "Nothing to enter on this step: follow the room's screen."
seat_keys 1 1
wait_seat 1 "No fist to five is open to seats now."
