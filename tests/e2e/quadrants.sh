#!/bin/sh
# The Quadrants of Collaboration, a two-way placement: named, each person's
# trust then structure; the grid shows every pair as a mark with the cells'
# counts, on the facilitator's screen and the room view; a kill loses
# nothing and the grid comes back the same; a seat places its own pair; a
# blind meeting keeps each pair whole (slips typed as two numbers, a seat's
# pair sent at once), never whose.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/seats-lib.sh"

"$CONVENE" --db "$DB" demo >/dev/null
start 80 24
begin_meeting "Quadrants of collaboration"
wait_for "How are ratings entered?"
keys Enter
wait_for "Four ways of working together"
keys n
wait_for "Axis 1 of 2, named entry"
expect_screen "1. Trust"
room_view

# Maria at her seat places the team on both axes at once: 5 on trust,
# then Down and 6 on structure.
seat 1
join_as 1 "Maria Alvarez"
wait_seat 1 "1. Trust"
wait_seat 1 "2. Structure and precision"
seat_keys 1 5
wait_seat 1 "Saved."
wait_match "Maria Alvarez +District +\(at a seat\) +5$"
seat_keys 1 Down
seat_keys 1 6
wait_seat_match 1 "2\. Structure and precision +6"
# The other eight typed at the facilitator's terminal.
for v in 4 5 2 6 5 3 5 4; do keys "$v"; done
wait_for "Everyone has rated: n moves on."
keys n
wait_for "Axis 2 of 2, named entry"
expect_screen "2. Structure and precision"
wait_match "Maria Alvarez +District +\(at a seat\) +6$"
for v in 2 6 1 5 5 5 6 4; do keys "$v"; done
wait_for "Everyone has rated: n moves on."
keys n
wait_for "9 placed"
# Pairs (x, y): (5,6) (4,2) (5,6) (2,1) (6,5) (5,5) (3,5) (5,6) (4,4).
expect_screen "Collaborative professionalism: 6"
expect_screen "Contrived collegiality: 1"
expect_screen "No collaboration: 1"
expect_screen "Informal collaboration: 1"
check 'screen | grep -qE "^  6 \|.*\| +\(3\) +\|$"' "three placed at (5, 6): one mark says (3)"
wait_room "Collaborative professionalism: 6"
check 'room | grep -qF "9 placed"' "the room shows the grid and how many placed"
check '[ "$(db "SELECT count(*) FROM rating WHERE dimension_id = '"'y'"' AND member_id IS NOT NULL")" = 9 ]' \
	"every y is stored with its person"
check '[ "$(db "SELECT count(*) FROM rating x JOIN rating y ON y.member_id = x.member_id AND y.meeting_id = x.meeting_id WHERE x.dimension_id = '"'x'"' AND y.dimension_id = '"'y'"' AND x.value = 5 AND y.value = 6")" = 3 ]' \
	"each pair is kept by its person"
seat_keys 1 q
wait_seat 1 "Leave your seat? y/n"
seat_keys 1 y
wait_seat_exit 1 >/dev/null

# Killed without warning: the grid comes back as it was.
kill -9 "$(app_pid)"
wait_exit >/dev/null
start 80 24
wait_for "Unfinished meetings: Enter resumes"
keys Down
keys Enter
wait_for "Resumed meeting #1 where it stopped."
wait_for "9 placed"
expect_screen "Collaborative professionalism: 6"
check 'screen | grep -qE "^  6 \|.*\| +\(3\) +\|$"' "after a kill the grid is the same"
csv=$("$CONVENE" --db "$DB" export --meeting 1 --what ratings --format csv)
check '[ "$(printf "%s\n" "$csv" | grep -c ",x,")" = 9 ] && [ "$(printf "%s\n" "$csv" | grep -c ",y,")" = 9 ]' "the export carries every x and y"
keys n
wait_for "What the grid tells us"
keys n
wait_for "All steps are done."
close_meeting 1

# Blind: each paper slip is typed as its two numbers and a seat sends its
# pair at once; the grid keeps every pair, and the store keeps each pair at
# one slot, in (x, y) order, with nobody's name.
begin_meeting "Quadrants of collaboration"
wait_for "How are ratings entered?"
expect_screen "A two-way placement keeps each pair together either way"
keys Down Enter
wait_for "Four ways of working together"
keys n
wait_for "both axes at once, blind entry"
room_view
keys 5
wait_for "Slip: Trust 5. Now its Structure and precision."
keys 6
wait_for "Slip 1 of 9 saved (5, 6)."
keys 4 u
wait_for "The slip's first number is taken back"
keys 4 2
wait_for "Slip 2 of 9 saved (4, 2)."
keys 1 1
wait_for "Slip 3 of 9 saved (1, 1)."
keys u
wait_for "Took back the last slip typed"
seat 1
join_as 1 "Maria Alvarez"
wait_seat 1 "Did you hand one in? y/n"
seat_keys 1 n
wait_seat 1 "Place the team on both, 1 to 6"
seat_keys 1 5
wait_seat 1 "Now Structure and precision (Down)"
seat_keys 1 Down 6
wait_for "3 of 9 have rated"
rows=$(db "SELECT group_concat(dimension_index || '/' || slot || '/' || value, ' ') FROM (SELECT * FROM rating WHERE meeting_id = 2 ORDER BY dimension_index, slot)")
check '[ "$rows" = "0/0/4 0/1/5 0/2/5 1/0/2 1/1/6 1/2/6" ]' "each blind pair is kept at one slot, in (x, y) order"
check '[ "$(db "SELECT count(*) FROM rating WHERE meeting_id = 2 AND member_id IS NOT NULL")" = 0 ] && [ "$(db "SELECT count(*) FROM poll_book WHERE meeting_id = 2")" = 1 ]' \
	"no ballot names anyone; the poll book says only that Maria placed"
keys n
wait_for "y = yes"
keys y
wait_for "3 placed"
expect_screen "Collaborative professionalism: 2"
expect_screen "Contrived collegiality: 0"
wait_room "3 placed"
check 'room | grep -qF "Informal collaboration: 1"' "the room shows the blind pairs on the grid"
csv=$("$CONVENE" --db "$DB" export --meeting 2 --what ratings --format csv)
check '[ "$(printf "%s\n" "$csv" | grep -Ec ",[xy],[^,]*,,,,2,[0-9]+,")" = 2 ] && printf "%s\n" "$csv" | grep -q ",x,Trust,,,,2,5,"' \
	"the CSV names each blind pair's ballot on its x and y rows"

# Every step kind's record as JSON and CSV, read back as a program would.
exports_read_back
