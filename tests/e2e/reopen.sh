#!/bin/sh
# Reopening a decision through the real binary: a decision made in one
# meeting is reopened in the next only when the vote reaches the team's
# threshold (75% of those present by default); a vote short of it records
# nothing; the new decision is recorded and the export links the two.
. "$(dirname "$0")/lib.sh"

"$CONVENE" --db "$DB" demo >/dev/null
start 100 30
wait_for "Riverside Unified Learning Team (9 members)"
keys Enter
pick_protocol "Decision-Making Continuum"
wait_for "9 of 9 present"
keys Enter
accept_roles
wait_for "Deciding how to decide"
keys n
wait_for "No decision recorded yet: Enter records one."
keys o
wait_for "The team has made no decision in an earlier meeting."
check 'true' "a first meeting has nothing to reopen"
keys Escape
wait_for "No decision recorded yet: Enter records one."
keys Enter
wait_for "What is to be decided?"
type_text "Meeting day"
keys Enter
wait_for "How will we decide?"
keys Enter
wait_for "What did we decide?"
type_text "Tuesdays"
keys Enter Enter
wait_for "Consensus check"
keys Enter
wait_for "Where does it stand?"
keys Enter
wait_for "Decision 1 recorded: decided."
keys n
close_meeting 1

keys Enter
pick_protocol "Decision-Making Continuum"
wait_for "9 of 9 present"
keys Enter
accept_roles
wait_for "Deciding how to decide"
keys n
wait_for "No decision recorded yet: Enter records one."
keys o
wait_for "Reopen an earlier decision"
wait_for "favour (7 of 9)."
wait_line "Meeting day" "(meeting #1)"
expect_screen "Tuesdays"
keys Enter
wait_for "What is the new information?"
keys Enter
wait_for "A decision is reopened only on new information"
type_text "The board moved its meetings to Tuesdays"
keys Enter
wait_for "How many of the 9 present vote to reopen it?"
keys 6 Enter
wait_for "not reopened: 6 of 9 in favour, and reopening needs 75% (7)"
check 'true' "six of nine do not reach 75%"
keys BSpace 7 Enter
wait_for "Reopened with 7 of 9 in favour: now record the new decision."
expect_screen "Reopened (7 of 9 in favour) on new information: The board moved its meetings to Tuesdays"
wait_for "How will we decide?"
keys Enter
wait_for "What did we decide?"
type_text "Wednesdays"
keys Enter Enter Enter Enter
wait_for "Decision 1 recorded: decided."
wait_line "1. Meeting day" "decided"
expect_screen "reopened;"
check 'true' "the new decision is recorded and marked as a reopening"
keys q y
wait_for "is still open"
keys q
wait_exit >/dev/null
md=$("$CONVENE" --db "$DB" export --meeting 2 --what decisions)
check 'printf "%s\n" "$md" | grep -qF "Reopens the earlier decision on Meeting day (7 of 9 present voted to reopen it), on new information: The board moved its meetings to Tuesdays"' "the export links the reopened decision"
# The decisions are found by search, newest meeting first.
found=$("$CONVENE" --db "$DB" search board tuesdays)
check 'printf "%s\n" "$found" | head -1 | grep -qE "^#2 [0-9]{4}-[0-9]{2}-[0-9]{2} Riverside Unified Learning Team, step 2 Our decisions \(decision\)$"' "search names the meeting, its date, team and step"
check 'printf "%s\n" "$found" | sed -n 2p | grep -qF "    Meeting day: Wednesdays"' "and shows the text found"
check '"$CONVENE" --db "$DB" search --limit 1 meeting | grep -c "^#" | grep -qx 1' "--limit caps the results"
"$CONVENE" --db "$DB" search "no such words" >/dev/null 2>&1 && status=0 || status=$?
check '[ "$status" -eq 1 ]' "nothing found exits 1, as grep does"

# The decisions log shows both, linked both ways.
start 100 30
wait_for "Riverside Unified Learning Team (9 members)"
keys l
wait_for "Decisions of Riverside Unified Learning Team: 2"
wait_line "#2  Meeting day" "decided"
expect_screen "(reopened) Wednesdays"
expect_screen "How: The leader decides alone"
expect_screen "Reopens the decision of meeting #1 (Tuesdays) on new information: The board moved its"
expect_screen "meetings to Tuesdays; 7 of 9 present in favour."
keys Down
wait_for "Reopened in meeting #2"
wait_line "#1  Meeting day" "decided"
check 'true' "the log links a decision and the one that reopened it"
keys Escape
wait_for "Teams: Enter starts a meeting"

# Every step kind's record as JSON and CSV, read back as a program would.
exports_read_back
