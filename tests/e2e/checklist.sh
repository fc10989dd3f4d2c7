#!/bin/sh
# The checklist step kind (issue 14): the barriers to trust ticked by each
# person, named; the same ticked blind, as paper lists; and a checklist
# ticked by the room. Lists are saved whole (Space ticks, Enter saves),
# the counts come most ticked first, and the record keeps each tick as a
# rating of 0 or 1 (the room's with no member, its step marked as the
# room's).
. "$(dirname "$0")/lib.sh"

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
