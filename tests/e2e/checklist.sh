#!/bin/sh
# The checklist step kind (issue 14): the barriers to trust ticked by each
# person, named; the same ticked blind, as paper lists; and a checklist
# ticked by the room. Lists are saved whole (Space ticks, Enter saves),
# the counts come most ticked first, and the record keeps each tick as a
# rating of 0 or 1 (the room's with no member, its step marked as the
# room's).
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/seats-lib.sh"

# A checklist ticked by the room, as a user's protocol.
mkdir -p "$XDG_CONFIG_HOME/convene/protocols"
cat > "$XDG_CONFIG_HOME/convene/protocols/room-list.yaml" <<'YAML'
id: room-list
title: Room checklist
version: "1"
source: A test of convene's own.
summary: The room agrees which apply.
steps:
  - kind: checklist
    title: Which apply to us?
    ticked_by: room
    items:
      - {id: alpha, text: Alpha applies}
      - {id: beta, text: Beta does not}
      - {id: gamma, text: Gamma applies too}
YAML

"$CONVENE" --db "$DB" demo >/dev/null

# --- Named: each person's list, by name ---
start 100 30
begin_meeting "Barriers to trust"
wait_for "How are ratings entered?"
keys Enter
wait_for "9 items, ticked by each person, named"
# The first person's list: barriers 1 and 2.
keys Space Down Space Enter
wait_match "Saved .*'s list: 2 ticked\."
# The second person's: barrier 2 only; the rest tick nothing but barrier 2.
keys Down Space Enter
wait_match "Saved .*'s list: 1 ticked\."
i=0
while [ $i -lt 7 ]; do
	keys Down Space Enter
	i=$((i + 1))
done
wait_for "Every list is in: n shows the counts."
expect_screen "9 of 9 lists in: everyone's."
keys n
wait_for "Results: Which barriers to trust are present for us?, 9 lists"
# Most ticked first: barrier 2 on every list, then barrier 1 on one.
first=$(screen | grep -nF "9 of 9  Ineffective communication" | cut -d: -f1)
second=$(screen | grep -nF "1 of 9  Top-down decision-making" | cut -d: -f1)
check '[ -n "$first" ] && [ -n "$second" ] && [ "$first" -lt "$second" ]' \
	"the counts come most ticked first"
check '[ "$(sqlite3 "$DB" "SELECT count(*) FROM rating WHERE meeting_id = 1 AND member_id IS NOT NULL")" -eq 81 ]' \
	"each person's list is kept whole under their name (9 lists of 9 items)"
check '[ "$(sqlite3 "$DB" "SELECT sum(value) FROM rating WHERE meeting_id = 1 AND dimension_id = '"'communication'"'")" -eq 9 ]' \
	"every list ticks communication"
keys n
wait_for "Where do we start?"
keys n
wait_for "All steps are done."
close_meeting 1

# --- Blind, with a seat: one list from the seat, one paper list typed ---
begin_meeting "Barriers to trust"
wait_for "How are ratings entered?"
keys Down Enter
wait_for "9 items, ticked by each person, blind entry"
room_view
seat 1
join_as 1 "Maria Alvarez"
wait_seat 1 "Space ticks what applies, Enter saves your list."
seat_keys 1 Down Down Space Enter
wait_seat 1 "Your list is saved."
wait_for "1 of 9 lists in"
wait_room "1 of 9"
keys Space Enter
wait_for "List 2 of 9 saved."
check '[ "$(db "SELECT count(*) || '"'|'"' || sum(value) || '"'|'"' || count(member_id) FROM rating WHERE meeting_id = 2")" = "18|2|0" ]' \
	"blind: two lists of ballots without names, one from the seat"
check '[ "$(db "SELECT count(*) FROM poll_book WHERE meeting_id = 2")" = 9 ]' \
	"the poll book has the seat's person once per item, never a value"
check '! room | grep -qF "Maria Alvarez"' "the room view never names whose list"
seat_keys 1 q
wait_seat 1 "Leave your seat? y/n"
seat_keys 1 y
wait_seat_exit 1 >/dev/null
# A seat that joins after paper lists were typed is asked whether one was
# theirs: if so it enters nothing, so nobody counts twice.
seat 2
join_as 2 "James Okafor"
wait_seat 2 "Paper lists have been typed for this step. Did you hand one in? y/n"
seat_keys 2 y
wait_seat 2 "You handed in a paper list for this step"
seat_keys 2 Space Enter q
# The seat takes its keys in order: once it asks about leaving, Space and
# Enter have been handled.
wait_seat 2 "Leave your seat? y/n"
check '[ "$(db "SELECT count(*) FROM poll_book WHERE meeting_id = 2")" = 9 ]' \
	"a seat whose list was on paper enters nothing"
seat_keys 2 y
wait_seat_exit 2 >/dev/null
keys n
wait_for "Only 2 of 9 lists are in. Move on anyway?"
keys y
wait_for "Results: Which barriers to trust are present for us?, 2 lists"
expect_screen "1 of 2  Top-down decision-making"
expect_screen "1 of 2  Lack of follow-through"
keys n
wait_for "Where do we start?"
keys n
wait_for "All steps are done."
close_meeting 2

# --- Ticked by the room ---
begin_meeting "Room checklist"
wait_for "How are ratings entered?"
keys Enter
wait_for "3 items, ticked by the room"
expect_screen "The room's list"
keys n
wait_for "The room's list is not saved (Enter saves it)."
keys n
keys Space Down Down Space Enter
wait_for "Saved the room's list: 2 of 3 apply."
wait_room "[x] Alpha applies"
check '[ "$(db "SELECT count(*) || '"'|'"' || sum(value) || '"'|'"' || count(member_id) || '"'|'"' || max(slot) FROM rating WHERE meeting_id = 3")" = "3|2|0|0" ]' \
	"the room's list: one rating per item, no member, place 0"
check '[ "$(db "SELECT vote_counting FROM meeting_step WHERE meeting_id = 3")" = 1 ]' \
	"its step is marked as the room's"
keys n
wait_for "Results: Which apply to us?, ticked by the room"
wait_match "applies  Alpha applies"
wait_match "does not apply  Beta does not"
keys n
wait_for "All steps are done."
close_meeting 3
out=$("$CONVENE" --db "$DB" export --meeting 3 --what all --format md 2>&1)
check 'printf "%s" "$out" | grep -qF "Ticked by the room." && printf "%s" "$out" | grep -qF -- "- does not apply: Beta does not"' \
	"the notes say the room ticked it, and what does not apply"
# Trends count a checklist's ticks ("2 of 9"), not a mean of ones and zeros.
keys t
wait_for "Ratings over time"
wait_match "Ineffective communication +[^ ]+ +[0-9]+ of [0-9]+"
check '! screen | grep -E "Ineffective communication" | grep -qE "[0-9]\.[0-9] \([0-9]+\)"' \
	"trends count a checklist item's ticks, never a mean of ones and zeros"

# Every step kind's record as JSON and CSV, read back as a program would.
exports_read_back
