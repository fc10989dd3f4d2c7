#!/bin/sh
# Quiet writing from seats: two participants write their own ideas on Keep,
# Stop, Start from their seats while the room view (convene present in a
# terminal of its own) shows none of them; when the facilitator starts the
# discussion they all appear at once, on the room's screen and the
# facilitator's. Nothing stored names who wrote what; each seat lists its
# own from memory. A seat at 80x24 reads whole.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/seats-lib.sh"

"$CONVENE" --db "$DB" demo >/dev/null
start 100 30
begin_meeting "Keep, Stop, Start"
wait_for "Quiet writing"
room_view
wait_room "QUIET WRITING"

seat 1
t resize-window -t :1 -x 80 -y 24
join_as 1 "Maria Alvarez"
wait_seat 1 "Quiet writing: write your own ideas."
wait_seat 1 "Your entry for box 1 of 3: Keep"
wait_seat 1 "What should we KEEP doing that empowers you"
seat_type 1 "Common planning time"
seat_keys 1 Enter
wait_seat 1 "Saved."
seat_keys 1 Tab
wait_seat 1 "Your entry for box 2 of 3: Stop"
seat_type 1 "Duplicate sign-in forms"
seat_keys 1 Enter
wait_seat 1 "You added 2 here"
wait_seat 1 "- Duplicate sign-in forms  (Stop)"

seat 2
join_as 2 "Dana Whitfield"
seat_keys 2 Tab Tab
wait_seat 2 "Your entry for box 3 of 3: Start"
seat_type 2 "Student voice panel"
seat_keys 2 Enter
wait_seat 2 "You added 1 here"
check '! seat_screen 2 | grep -qF "Common planning time"' "a seat does not see another's entry during quiet writing"
check '[ "$(db "SELECT count(*) FROM item")" = 3 ]' "the three entries are stored"

# The room view reads the meeting again within a second of a change: two
# ticks of its clock later it has read the entries, and shows none.
room_clear() { ! room | grep -qF -- "$1"; }
for tick in 1 2; do
	now=$(room | grep -oE '[0-9]+:[0-9]{2} QUIET WRITING' | head -1)
	[ -n "$now" ] || fail "the room view shows the quiet-writing clock"
	waiting 9 "the room's clock stopped at $now" room_clear "$now"
done
for idea in "Common planning time" "Duplicate sign-in forms" "Student voice panel"; do
	check '! room | grep -qF "$idea"' "the room view does not show \"$idea\" during quiet writing"
done
check '! screen | grep -qF "Common planning time"' "nor does the facilitator's screen"

# The facilitator starts the discussion: everything appears at once.
keys n
wait_room "- Common planning time"
wait_room "- Duplicate sign-in forms"
wait_room "- Student voice panel"
wait_for "Common planning time"
wait_for "Student voice panel"
wait_seat_gone 1 "Quiet writing: write your own ideas."

# Seats go on adding during the discussion; the room shows it within a second.
seat_type 2 "Peer visits"
seat_keys 2 Enter
wait_seat 2 "You added 2 here"
wait_room "- Peer visits" 2
check '[ "$(db "SELECT count(*) FROM pragma_table_info('"'item'"') WHERE name LIKE '"'%author%'"' OR name = '"'member_id'"'")" = 0 ]' \
	"an item stores no author"
check '[ "$(db "SELECT group_concat(text, '"'|'"') FROM (SELECT text FROM item ORDER BY text)")" = "Common planning time|Duplicate sign-in forms|Peer visits|Student voice panel" ]' \
	"every entry is in the database"
