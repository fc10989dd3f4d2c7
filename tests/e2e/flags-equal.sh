#!/bin/sh
# LOW and SPREAD mark a difference: when everyone rates every dimension
# the same, no dimension is LOW and none is SPREAD, on the results screen,
# in the room view, in the review and in the exports (one core rule,
# stats_mark_focus, behind all of them).
. "$(dirname "$0")/lib.sh"

demo_meeting 100 40 "Effective Team Assessment"
wait_for "How are ratings entered?"
keys Down Enter
wait_for "How this works"
keys n
wait_for "0 of 9 have rated"
d=1
while [ $d -le 9 ]; do
	wait_for "Dimension $d of 9"
	type_text "444444444"
	wait_for "9 of 9 have rated"
	keys n
	d=$((d + 1))
done
wait_for "results, step 2 of 2"
wait_for "mean 4.0  median 4  range 4-4"
expect_screen "LOW  no dimension stands out"
expect_screen "SPREAD  no wide disagreement stands out"
# flagged: how many dimensions' lines carry a flag, on the results screen
# ("4. Leadership  SPREAD   n 9 ...") and in the room view ("Leadership   SPREAD").
flagged() { screen | grep -E "^ +[1-9]\. [A-Z]" | grep -cE "LOW|SPREAD" || true; }
room_flagged() { screen | grep -cE "[a-z]   (LOW|SPREAD)( +SPREAD)? *$" || true; }
check '[ "$(flagged)" = 0 ]' "the results screen flags no dimension"
keys t
wait_for "mean 4.0"
check '[ "$(room_flagged)" = 0 ]' "nor does the room view"
keys t
wait_for "results, step 2 of 2"
keys n
wait_for "All steps are done."
close_and_review
wait_for "Goals and objectives"
refute_screen "LOW (lowest score)"
refute_screen "SPREAD (widest spread)"
keys Escape
wait_for "Meetings on record"
keys Escape
keys q
wait_exit >/dev/null
md=$("$CONVENE" --db "$DB" export --meeting 1 --what ratings --format md)
check '! printf "%s\n" "$md" | grep -q "lowest score\|widest spread"' "the notes flag nothing"
json=$("$CONVENE" --db "$DB" export --meeting 1 --what ratings --format json)
check '! printf "%s\n" "$json" | grep -q "\"lowest\": true\|\"widest\": true"' "nor does the JSON"
