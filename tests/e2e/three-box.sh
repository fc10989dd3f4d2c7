#!/bin/sh
# The three-box framework through the real binary: frame the issue, quiet
# writing, brainstorm into three boxes shown side by side (and one at a time
# on a narrow terminal), sort by moving an item, dot vote with its caps, the
# ranking, an action item for the top idea, and the export of all of it.
. "$(dirname "$0")/lib.sh"

"$CONVENE" --db "$DB" demo >/dev/null
start 100 30
wait_for "Riverside Unified Learning Team (9 members)"
keys Enter
pick_protocol "Three-Box Framework"
wait_for "9 of 9 present"
keys Enter
accept_roles
wait_for "Frame the issue"
keys Enter
type_text "Attendance policy for next year"
keys Enter Enter
wait_for "- Attendance policy for next year"
keys n
wait_for "Quiet writing"
expect_screen "Build upon what works"
expect_screen "Abandon what is in the way"
expect_screen "Create the future"
keys n
wait_for "1 Build upon what works"
keys Enter
type_text "Peer observation"
keys Enter
type_text "Shared planning time"
keys Enter Enter
wait_for "- Shared planning time"
keys Tab Enter
wait_for "Add to box 2:"
type_text "Duplicate sign-in forms"
keys Enter
type_text "Family liaisons"
keys Enter Enter
wait_for "- Family liaisons"
keys Tab Enter
type_text "Student voice panel"
keys Enter Enter
wait_for "- Student voice panel"
screen | grep -q "Peer observation.*Duplicate sign-in forms.*Student voice panel" ||
	fail "the three boxes stand side by side"

t resize-window -x 60 -y 24
wait_for "Box 3 of 3 (Tab shows the next)"
keys Tab
wait_for "Box 1 of 3 (Tab shows the next)"
expect_screen "- Peer observation"
refute_screen "Student voice panel"
t resize-window -x 100 -y 30
wait_gone "Tab shows the next"

keys n
wait_for "Sort and combine"
keys Down Down Down Down
keys M
wait_for "Moved to box 1."
screen | grep -q "^  - Family liaisons" || fail "Family liaisons moved to box 1"

keys n
wait_for "3 dots each; at most 2 on one item"
wait_for "Voter 1 of 9: Maria Alvarez (District), 3 of 3 dots left"
keys +
wait_for "Saved: 2 dots left."
keys +
wait_for "Saved: 1 dot left."
keys +
wait_for "At most 2 dots on one item per person."
keys Down +
wait_for "Maria Alvarez has placed every dot. Tab goes on to the next person."
keys Tab
wait_for "Voter 2 of 9: James Okafor"
keys Up +
wait_for "Saved: 2 dots left."
keys Down Down Down Down +
wait_for "Saved: 1 dot left."
keys -
wait_for "Saved: 2 dots left."
keys n
# 23 of the room's 27 dots are not placed: moving on asks first.
wait_for "23 dots are not placed yet: 8 of 9 people still have dots."
keys y
wait_for "Results: Dot vote, 4 dots placed"
screen | grep -q " 1\.   3   TOP  Peer observation" || fail "Peer observation ranks first and on top"
screen | grep -q "TOP  Shared planning time" || fail "the second item is on top too"

keys n
wait_for "Next steps for the top ideas"
wait_for "No action item yet: Enter adds one."
keys Enter
wait_for "What is to be done?"
type_text "Pilot peer observation in two schools"
keys Enter
wait_for "Who owns it?"
keys Down Down Down Down Down Enter
wait_for "Due when? YYYY-MM-DD"
type_text "2027-02-30"
keys Enter
wait_for "a due date is written YYYY-MM-DD"
i=0; while [ $i -lt 10 ]; do keys BSpace; i=$((i + 1)); done
type_text "2027-03-01"
keys Enter
wait_for "Action item 1 saved."
wait_for "owner: Dana Whitfield, due 2027-03-01"
keys s
wait_line "1. Pilot peer observation" "done"
# The vote's top item carried into an action: its words start the action.
keys i
wait_for "Which item of the vote becomes an action?"
wait_match " 1\.   3 dots TOP Peer observation"
keys Enter
wait_for "What is to be done?"
expect_screen "Peer observation"
type_text " for new teachers"
keys Enter
wait_for "Who owns it?"
keys Enter
wait_for "Due when? YYYY-MM-DD"
keys Enter
wait_for "Action item 2 saved."
wait_for "2. Peer observation for new teachers"
keys n
wait_for "All steps are done."
keys n y
wait_for "Meeting #1 closed."
keys q
wait_exit >/dev/null

csv=$("$CONVENE" --db "$DB" export --meeting 1 --what all --format csv)
check '[ "$(printf "%s\n" "$csv" | grep -c ",item,")" = 6 ]' "six items: the issue and five ideas"
check 'printf "%s\n" "$csv" | grep -q ",action,5,Next steps for the top ideas,[0-9a-f]*,,Dana Whitfield,,,,,Pilot peer observation in two schools,2027-03-01,done,"' "the action item with its owner, due date and status"
check 'printf "%s\n" "$csv" | grep -q ",item,2,Brainstorm into the boxes,build,Build upon what works,,,,,,Family liaisons,"' "the moved item is stored in its new box"
check '[ "$(printf "%s\n" "$csv" | grep -c ",vote,")" = 3 ]' "three tallies: Maria on two items, James on one"
check 'printf "%s\n" "$csv" | grep -q ",result,4,Dot vote,[0-9a-f]*,Build upon what works,,,3,,,Peer observation,place 1,top,"' "the ranking marks the top item"
md=$("$CONVENE" --db "$DB" export --meeting 1 --what all --format md)
check 'printf "%s\n" "$md" | grep -qx -- "- 1st: \*\*Peer observation\*\* — 3 dots (Build upon what works), top: for follow-up"' "the Markdown export ranks the vote"
check 'printf "%s\n" "$md" | grep -qx "\*\*Create the future\*\*"' "and lists the items under their boxes"
check 'printf "%s\n" "$md" | grep -qx -- "- \[x\] Pilot peer observation in two schools — Dana Whitfield, due 2027-03-01 (done)"' "and the action item as a checklist"
check 'printf "%s\n" "$md" | grep -qx -- "- \[ \] Peer observation for new teachers — no owner yet (open), from the vote: Peer observation"' "an action carried from the vote says which item it came from"
json=$("$CONVENE" --db "$DB" export --meeting 1 --what all --format json)
check 'printf "%s\n" "$json" | python3 -c "
import json, sys
d = json.load(sys.stdin)
items = {i[\"uid\"]: i[\"text\"] for i in d[\"items\"]}
acts = d[\"actions\"]
assert acts[0][\"item_uid\"] is None, acts[0]
assert items[acts[1][\"item_uid\"]] == \"Peer observation\", acts[1]
"' "the JSON keeps the link from the action to its item"
printf "%s\n" "$json" > "$TMP/three-box.json"
"$CONVENE" --db "$TMP/copy.db" import "$TMP/three-box.json" >/dev/null
md2=$("$CONVENE" --db "$TMP/copy.db" export --meeting 1 --what all --format md)
check 'printf "%s\n" "$md2" | grep -qx -- "- \[ \] Peer observation for new teachers — no owner yet (open), from the vote: Peer observation"' "and an import keeps it"
