#!/bin/sh
# A named Team Assessment with a seat: the facilitator's list marks who is
# at a seat, a rating from the seat lands on that person's line with their
# name (as a rating typed for them would), and the turn passes over them.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/seats-lib.sh"

"$CONVENE" --db "$DB" demo >/dev/null
start 100 30
begin_meeting "Effective Team Assessment"
wait_for "How are ratings entered?"
keys Enter
wait_for "How this works"
keys n
wait_for "Dimension 1 of 9, named entry"
room_view

seat 1
join_as 1 "Maria Alvarez"
wait_seat 1 "1. Goals and objectives"
wait_match "Maria Alvarez +District +\(at a seat\)"
seat_keys 1 6
wait_seat 1 "Saved."
wait_match "Maria Alvarez +District +\(at a seat\) +6$"
wait_match "> +James Okafor"
check '[ "$(db "SELECT m.name || '"':'"' || r.value FROM rating r JOIN member m ON m.id = r.member_id")" = "Maria Alvarez:6" ]' \
	"the seat's rating is stored with her name"
keys 4
wait_match "James Okafor +District +4$"
check '[ "$(db "SELECT count(*) FROM rating")" = 2 ]' "the facilitator types James's; nobody is counted twice"
seat_keys 1 q
wait_seat 1 "Leave your seat? y/n"
seat_keys 1 y
wait_seat_exit 1 >/dev/null
wait_gone "(at a seat)"
check 'true' "a seat that leaves is no longer marked"
