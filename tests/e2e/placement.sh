#!/bin/sh
# The placement kind (labelled points), from a test fixture: named entry
# with a seat (the labels and descriptors on the facilitator's screen, the
# seat and the room view; a value stored as its point's number and shown
# with its label), the results as the spread over the labels, and a blind
# placement (a secret ballot, from a seat and a paper slip).
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/seats-lib.sh"

mkdir -p "$XDG_CONFIG_HOME/convene/protocols"
cp "$SOURCE_ROOT/tests/data/placement/placement-fixture.yaml" "$XDG_CONFIG_HOME/convene/protocols/"

"$CONVENE" --db "$DB" demo >/dev/null
start 100 30
begin_meeting "Placement fixture"
wait_for "How are ratings entered?"
keys Enter
wait_for "Component 1 of 2, named entry"
expect_screen "1. The working relationship"
expect_screen "We meet between bargaining rounds."
expect_screen "(empty in the source)"
wait_match " 3  Partnership +We solve problems together every month."
room_view
wait_room "We solve problems together every month."
wait_room "2  Cooperative"

seat 1
join_as 1 "Maria Alvarez"
wait_seat 1 "Place each on a point, 1 to 3"
wait_seat 1 "We meet between bargaining rounds."
seat_keys 1 3
wait_seat_match 1 "1\. The working relationship +3 Partnership"
wait_match "Maria Alvarez +District +\(at a seat\) +3 Partnership"
keys 2
wait_for "Saved James Okafor: 2 Cooperative."
keys 4
wait_for "Points run from 1 to 3."
check '[ "$(db "SELECT group_concat(value || '"'/'"' || scale_min || '"'-'"' || scale_max, '"' '"') FROM (SELECT * FROM rating ORDER BY value)")" = "2/1-3 3/1-3" ]' \
	"placements are stored as the point's number on the scale 1 to 3"
keys n
wait_for "have rated this dimension. Move on"
keys y
wait_for "Component 2 of 2, named entry"
expect_screen "Shared goals, shared work."
keys Up Up Up Up Up Up Up Up Up
keys 1
wait_for "Saved Maria Alvarez: 1 Adversarial."
keys n
wait_for "have rated this dimension. Move on"
keys y
wait_for "How decisions are made"
wait_match "Adversarial 1 +Cooperative 0 +Partnership 0"
wait_match "Adversarial 0 +Cooperative 1 +Partnership 1"
wait_room "Adversarial: 0   Cooperative: 1   Partnership: 1"
seat_keys 1 q
wait_seat 1 "Leave your seat? y/n"
seat_keys 1 y
wait_seat_exit 1 >/dev/null
kill_terminals

# Blind: a seat's secret ballot and a paper slip; nothing on the screen
# tells a value, the stored ballots carry no name.
rm -f "$DB"
"$CONVENE" --db "$DB" demo >/dev/null
start 100 30
begin_meeting "Placement fixture"
wait_for "How are ratings entered?"
keys Down Enter
wait_for "Component 1 of 2, blind entry"
expect_screen "We meet between bargaining rounds."
room_view
seat 2
join_as 2 "James Okafor"
wait_seat 2 "Secret ballot"
seat_keys 2 2
wait_seat_match 2 "1\. The working relationship +2 Cooperative"
keys 3
wait_for "Rating 2 of 9 saved."
check '[ "$(db "SELECT count(*) FROM rating WHERE member_id IS NULL")" = 2 ]' "two ballots, without names"
check '[ "$(db "SELECT count(*) FROM poll_book")" = 1 ]' "the seat's vote is in the poll book"

# Every step kind's record as JSON and CSV, read back as a program would.
exports_read_back
