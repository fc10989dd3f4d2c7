#!/bin/sh
# A blind Team Assessment with five seats, each in a terminal of its own,
# and a paper slip typed by the facilitator for someone without a device.
# The seats join with the code the room's screen shows, rate as a secret
# ballot, and a seat that joins after the slip was typed is asked whether
# it was theirs: the one who handed it in is shown the step without input,
# so nobody counts twice. The facilitator's screen counts every ballot;
# the database holds the ballots without names, and the poll book says who
# voted from a seat and nothing of what.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/seats-lib.sh"

blind_assessment

# Four seats rate the first dimension.
n=1
for who in "Maria Alvarez:4" "James Okafor:5" "Priya Natarajan:3" "Robert King:6"; do
	seat $n
	join_as $n "${who%%:*}"
	wait_seat $n "Secret ballot: your ratings are stored without your name."
	wait_seat $n "1. Goals and objectives"
	seat_keys $n "${who##*:}"
	wait_seat $n "Saved."
	n=$((n + 1))
done
wait_seat_match 1 "1\. Goals and objectives +4$"

# Luis Ortega has no device: his slip is typed on the facilitator's screen.
keys 2
wait_for "saved"

# Dana joins after the slip: she did not hand one in. Luis did.
seat 5
join_as 5 "Dana Whitfield"
wait_seat 5 "Paper slips have been typed for this step. Did you hand one in? y/n"
seat_keys 5 n
wait_seat_gone 5 "Did you hand one in?"
seat_keys 5 7
wait_seat 5 "Saved."
seat 6
join_as 6 "Luis Ortega"
wait_seat 6 "Did you hand one in? y/n"
seat_keys 6 y
wait_seat 6 "You handed in a paper slip for this step"
seat_keys 6 5
check '[ "$(db "SELECT count(*) FROM rating WHERE dimension_id = '"'goals'"'")" = 6 ]' \
	"a seat that handed in a slip enters nothing: six ballots, nobody counted twice"

# Two people who joined by the same name: the second is told.
seat 7
wait_seat 7 "Join code (shown on the room's screen):"
seat_type 7 "$(room_code)"
seat_keys 7 Enter
wait_seat 7 "Who are you?"
seat_keys 7 Enter
wait_seat 7 "Maria Alvarez has already joined from another seat."
seat_keys 7 q
wait_seat 7 "Leave your seat? y/n"
seat_keys 7 y
check '[ "$(wait_seat_exit 7)" = 0 ]' "a seat left with q and y ends with status 0"
wait_room "6 seats open"

# Maria changes her ballot while the step is open.
seat_keys 1 5
wait_seat 1 "Saved."
wait_seat_match 1 "1\. Goals and objectives +5$"

# The facilitator's screen counts every ballot: five seats and a slip.
wait_for "6 of 9 have rated"
wait_match "From seats: 5 +Paper slips typed: 1"

goals="dimension_id = 'goals'"
check '[ "$(db "SELECT count(*) FROM rating WHERE $goals")" = 6 ]' "six ballots on the first dimension"
check '[ "$(db "SELECT count(*) FROM rating WHERE member_id IS NOT NULL")" = 0 ]' "no ballot names anyone"
check '[ "$(db "SELECT group_concat(value) FROM (SELECT value FROM rating WHERE $goals ORDER BY id)")" = "2,3,5,5,6,7" ]' \
	"the ballots lie in value order, Maria's changed one among them"
check '[ "$(db "SELECT count(DISTINCT entered_at) FROM rating")" = 1 ]' "with no time finer than the meeting's"
voters=$(db "SELECT group_concat(name, ',') FROM (SELECT m.name FROM poll_book p JOIN member m ON m.id = p.member_id WHERE p.question = 'goals' ORDER BY m.name)")
check '[ "$voters" = "Dana Whitfield,James Okafor,Maria Alvarez,Priya Natarajan,Robert King" ]' \
	"the poll book names the five who voted from a seat, not Luis ($voters)"
columns=$(db "SELECT group_concat(name) FROM pragma_table_info('poll_book')")
check '[ "$columns" = "meeting_id,step_index,question,member_id" ]' "and holds no value ($columns)"

# Three slips too many: every present has a ballot, so the seated who
# have not rated from their seats are named, with the way back.
keys 1 1 1
wait_for "9 of 9 have rated"
wait_match "At a seat and not rated from it: Luis Ortega\."
keys u u u
wait_for "6 of 9 have rated"
check '[ "$(db "SELECT count(*) FROM rating WHERE $goals")" = 6 ]' "the three slips are taken back"

# The facilitator moves on to the results: input closes on every seat.
d=1
while [ $d -le 9 ]; do
	keys n
	wait_for "anyway?"
	keys y
	d=$((d + 1))
	[ $d -gt 9 ] || wait_for "Dimension $d of 9"
done
wait_for "results, step 2 of 2"
wait_seat 2 "The facilitator moved on: input for Rate the team is closed."
wait_seat 2 "Nothing to enter on this step: follow the room's screen."
seat_keys 2 4
check '[ "$(db "SELECT count(*) FROM rating WHERE $goals")" = 6 ]' "a key on a closed step enters nothing"
check '[ "$(sqlite3 "$DB" "PRAGMA integrity_check")" = ok ]' "the database is whole"
