#!/bin/sh
# The seven norms through the real binary: each norm with its starters, the
# all-together view, two norms picked as today's focus (a third refused),
# and the closing check rating only those two, blind; then the export.
. "$(dirname "$0")/lib.sh"

"$CONVENE" --db "$DB" demo >/dev/null
start 100 28
wait_for "Riverside Unified Learning Team (9 members)"
keys Enter
pick_protocol "Seven Norms of Collaborative Work"
wait_for "9 of 9 present"
keys Down Down Space
wait_for "8 of 9 present"
keys Enter
accept_roles
wait_for "How are ratings entered?"
keys Down Enter
wait_for "Norm 1 of 7"
expect_screen "Pausing"
expect_screen "Pick up to 2 to focus on today (Space)."
keys ']'
wait_for "Norm 2 of 7"
expect_screen "\"So...\""
expect_screen "\"You're thinking...\""
keys ' '
wait_for "Paraphrasing: a focus for today."
wait_line "Paraphrasing" "FOCUS TODAY"
keys ']' ' '
wait_for "Probing: a focus for today."
keys ']' ' '
wait_for "The team focuses on at most 2; drop one first"
keys v
wait_line "3. Probing" "FOCUS"
expect_screen "7. Pursuing a balance between advoca"
keys n
wait_for "Work with the norms in mind"
keys n
wait_for "How well did we practise our norms?: Norm 1 of 2, blind entry"
expect_screen "2. Paraphrasing"
expect_screen "Rarely"
expect_screen "Consistently"
keys 5
wait_for "Ratings run from 1 to 4."
for v in 3 4 3 3 2 4 3 3; do keys "$v"; done
wait_for "8 of 8 have rated"
keys n
wait_for "Norm 2 of 2, blind entry"
expect_screen "3. Probing"
for v in 2 2 3 2 1 2 3 2; do keys "$v"; done
wait_for "8 of 8 have rated"
keys n
wait_for "results, step 3 of 3"
expect_screen "2. Paraphrasing"
expect_screen "3. Probing"
refute_screen "1. Pausing"
keys n
wait_for "All steps are done."
keys n y
wait_for "Meeting #1 closed."
keys q
wait_exit >/dev/null

md=$("$CONVENE" --db "$DB" export --meeting 1 --what all)
check 'printf "%s\n" "$md" | grep -qx "Focus today: Paraphrasing, Probing"' "the export names today's focus norms"
check 'printf "%s\n" "$md" | grep -q "^| Paraphrasing | 8 | 3.1 |"' "and the check's results for each"
check '! printf "%s\n" "$md" | grep -q "^| Pausing"' "and nothing for the norms not in focus"

# Every step kind's record as JSON and CSV, read back as a program would.
exports_read_back
