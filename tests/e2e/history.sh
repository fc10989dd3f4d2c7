#!/bin/sh
# A team's history through the real binary, on the demo's past meetings:
# the trends screen charts each dimension's mean per meeting with the change
# since last time; the decisions log lists what the team decided; search
# finds what was recorded.
. "$(dirname "$0")/lib.sh"

"$CONVENE" --db "$DB" demo --history 14 >/dev/null
start 100 30
wait_for "Riverside Unified Learning Team (9 members)"
keys t
wait_for "Ratings over time: the mean of each meeting"
wait_match "^ +Goals and objectives +[▁▂▃▄▅▆▇█]{3} +[0-9]\.[0-9] \([89]\) +(up|down) [0-9]\.[0-9]"
check 'true' "each dimension has a chart of three meetings, its last mean and count, and the change"
wait_match "#1 +mean [0-9]\.[0-9], [89] rated"
check 'screen | grep -qE "#13 +mean [0-9]\.[0-9], [89] rated"' "the selected one lists its meetings"
keys Down
wait_for "Utilization of resources, on a scale of 1 to 7:"
keys Escape
wait_for "Teams: Enter starts a meeting"
keys l
wait_for "Decisions of Riverside Unified Learning Team: 2"
keys Escape
wait_for "Teams: Enter starts a meeting"
found=$("$CONVENE" --db "$DB" search onboarding)
check 'printf "%s\n" "$found" | grep -q "(decision)"' "search finds the demo's decisions"

# Search in the app, and open a result's meeting at its step.
start 100 30
wait_for "Riverside Unified Learning Team (9 members)"
keys /
wait_for "Find in every meeting"
type_text "guide"
keys Enter
wait_match "^ +[0-9]+ found, newest meetings first"
wait_match "^ +#[0-9]+ [0-9-]{10} Riverside Unified Learning Team, step [0-9]+ .*\((decision|action item|talking point)\)$"
check 'true' "search in the app lists what it found with its meeting, date, team and step"
step=$(screen | grep -m1 -oE ", step [0-9]+ " | grep -oE "[0-9]+")
keys Enter
wait_match "^  $step\. .*\(planned [0-9]+ min, took [0-9]+:[0-9]{2}\)$"
check 'screen | grep -qiE "guide"' "Enter opens the meeting's record at the step found"
keys Escape
wait_match "^ +[0-9]+ found, newest meetings first"
check 'true' "Esc goes back to the results"
keys Escape
wait_for "Teams: Enter starts a meeting"

# Correcting a talking point found by search, in review.
start 100 30
wait_for "Riverside Unified Learning Team (9 members)"
keys /
wait_for "Find in every meeting"
type_text "first Tuesday"
keys Enter
wait_match "\(talking point\)$"
keys Enter
wait_match "Talking point: Our meetings move to the first Tuesday of each month\."
keys e
wait_for "Correct the entry"
keys C-e C-u
type_text "Our meetings move to the first Tuesday of the month."
keys Enter
wait_for "Who corrects what the groups agreed?"
type_text "Dana Whitfield"
keys Enter
wait_for "Corrected: the agreed wording is kept beside it"
wait_for "Talking point: Our meetings move to the first Tuesday of the month. (confirmed by"
wait_for "Agreed wording: \"Our meetings move to the first Tuesday of each month.\""
check 'true' "a talking point is corrected in review, its confirmations and agreed wording kept"
keys o
wait_for "Only answers and items go off the record"
check 'true' "a talking point cannot be taken off the record"
found=$("$CONVENE" --db "$DB" search "the month")
check 'printf "%s\n" "$found" | grep -q "first Tuesday of the month"' "search finds the corrected words"

# On an 80-column terminal the footer drops what does not fit, never help.
start 80 24
wait_for "Teams: Enter starts a meeting"
check 'screen | tail -1 | grep -qE "\? help *$"' "the footer keeps ? help when keys are dropped"
