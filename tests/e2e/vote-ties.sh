#!/bin/sh
# Dot-vote ties: items with as many dots share a place, and when the tie
# straddles the cut of the top three, every view says so in words and marks
# all of them TOP: the results screen, the room view, the review and the
# exports (Markdown in words, CSV with the shared place, JSON "tied").
. "$(dirname "$0")/lib.sh"

demo_meeting 120 60 "Three-Box Framework"
three_box_sorted
keys n
wait_for "Voter 1 of 9"
# The room's 27 dots counted on paper: 9, 8, 5 and 5.
keys c
wait_for "Counted totals: 0 of 27 dots entered"
press() { i=0; while [ $i -lt "$1" ]; do keys +; i=$((i + 1)); done; }
press 9
wait_for "Counted totals: 9 of 27 dots entered"
keys Down
press 8
wait_for "Counted totals: 17 of 27 dots entered"
keys Down
press 5
wait_for "Counted totals: 22 of 27 dots entered"
keys Down
press 5
wait_for "Counted totals: 27 of 27 dots entered"
keys n
wait_for "Results: Dot vote, 27 dots placed"
screen | grep -q "^  =3\.   5   TOP  Duplicate sign-in forms" || fail "the first of the tied items shares third place, on top"
screen | grep -q "^  =3\.   5   TOP  Student voice panel" || fail "and so does the second"
expect_screen "Tie at the cut: 4 items for the top 3, all marked for follow-up."

# The room view says it too.
keys t
wait_for "dots placed: the results"
wait_for "Tie at the cut: 4 items for the top 3, all marked for follow-up."
keys t
wait_for "Results: Dot vote, 27 dots placed"
keys n
wait_for "Next steps for the top ideas"
keys n
wait_for "All steps are done."
# The review.
close_and_review
wait_for "Ranking by dots:"
wait_for "=3. Duplicate sign-in forms — 5 dots (Abandon what is in the way), top: for follow-up"
wait_for "Tie at the cut: 4 items for the top 3, all marked for follow-up."
keys Escape
wait_for "Meetings on record"
keys Escape
keys q
wait_exit >/dev/null

md=$("$CONVENE" --db "$DB" export --meeting 1 --what votes --format md)
check 'printf "%s\n" "$md" | grep -qx -- "- 3rd, tied: \*\*Student voice panel\*\* — 5 dots (Create the future), top: for follow-up"' "the notes: a shared third place, on top"
check 'printf "%s\n" "$md" | grep -qx "Tie at the cut: 4 items for the top 3, all marked for follow-up."' "the notes say there is a tie at the cut"
csv=$("$CONVENE" --db "$DB" export --meeting 1 --what votes --format csv)
check 'printf "%s\n" "$csv" | grep -q ",4,Dot vote,[0-9a-f]*,Create the future,Student voice panel,5,3,yes,yes,"' "the CSV: the shared place and the top"
json=$("$CONVENE" --db "$DB" export --meeting 1 --what votes --format json)
check 'printf "%s\n" "$json" | grep -q "\"rank\": 3, .*\"item\": \"Duplicate sign-in forms\", .*\"dots\": 5, \"tied\": true, \"top\": true"' "the JSON: a shared rank, tied and top"
