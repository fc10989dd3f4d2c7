#!/bin/sh
# A dot vote from seats, on the Three-Box Framework (three dots each, at
# most two on one idea): each seat places its own dots, is told which cap
# refuses one, takes one back, and the room's and the facilitator's screens
# count every dot. The database holds each person's dots as theirs, as a
# dot vote typed by the facilitator does.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/seats-lib.sh"

"$CONVENE" --db "$DB" demo >/dev/null
start 100 30
begin_meeting "Three-Box Framework"
three_box_sorted
room_view
seat 1
t resize-window -t :1 -x 80 -y 24
join_as 1 "Maria Alvarez"
wait_seat 1 "Nothing to enter on this step"
keys n
wait_for "Dot vote"
wait_seat 1 "Your dots: 3 of 3 left."
wait_seat 1 "Peer observation"

# Two on the first idea, a third refused there by the cap on one item.
seat_keys 1 +
wait_seat 1 "Saved: 2 dots left."
seat_keys 1 +
wait_seat 1 "Saved: 1 dot left."
seat_keys 1 +
wait_seat 1 "At most 2 of your dots on one item."
# The last on Student voice panel (the fourth idea), then none left.
seat_keys 1 Down Down Down +
wait_seat 1 "Saved: 0 dots left."
seat_keys 1 Up +
wait_seat 1 "You have placed all your dots: take one back (-) to move it."
seat_keys 1 -
wait_seat 1 "None of your dots is on this item."
seat_keys 1 Up Up -
wait_seat 1 "Saved: 1 dot left."
seat_keys 1 Down +
wait_seat 1 "Saved: 0 dots left."

seat 2
join_as 2 "Grace Kim"
wait_seat 2 "Your dots: 3 of 3 left."
seat_keys 2 Down Down Down + + Left
wait_seat 2 "Saved: 2 dots left."
seat_keys 2 Up Right
wait_seat 2 "Saved: 1 dot left."

# Maria: Peer observation 1, Shared planning time 1, Student voice panel 1;
# Grace: Student voice panel 1, Duplicate sign-in forms 1.
wait_room "5 of 27 dots placed so far"
wait_match " 2 +Student voice panel"
mine=$(db "SELECT group_concat(who || ':' || text || ':' || dots, '|') FROM (SELECT m.name AS who, i.text, v.dots FROM vote v JOIN member m ON m.id = v.member_id JOIN item i ON i.id = v.item_id ORDER BY m.name, i.text)")
check '[ "$mine" = "Grace Kim:Duplicate sign-in forms:1|Grace Kim:Student voice panel:1|Maria Alvarez:Peer observation:1|Maria Alvarez:Shared planning time:1|Maria Alvarez:Student voice panel:1" ]' \
	"each seat's dots are stored as that person's ($mine)"

# The facilitator moves on (dots are left unplaced: yes, move on); the
# seats' input closes.
keys n
wait_for "y yes"
keys y
wait_seat 1 "The facilitator moved on: input for Dot vote is closed."

# On to the end: the meeting closes, and the seat says so; q then leaves
# without asking.
keys n
wait_for "Next steps for the top ideas"
keys n
close_meeting 1
wait_seat 1 "The meeting has closed. Thank you."
seat_keys 1 q
check '[ "$(wait_seat_exit 1)" = 0 ]' "q leaves a closed meeting's seat at once"
