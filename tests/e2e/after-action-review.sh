#!/bin/sh
# The after-action review through the real binary: ground rules, naming the
# activity, quiet writing with its countdown, answers added to two
# questions, one edited, one deleted, going back and forth, closing, and the
# answers read back through export.
. "$(dirname "$0")/lib.sh"

"$CONVENE" --db "$DB" demo >/dev/null
start 80 24
wait_for "Riverside Unified Learning Team (9 members)"
keys Enter
pick_protocol "After-Action Review"
wait_for "9 of 9 present"
keys Enter
accept_roles                    # no rating step: no question about entry mode
wait_for "Ground rules"
expect_screen "This is not a critique and not a search for someone to blame."
keys n
wait_for "What are we reviewing?"
keys Enter
wait_for "Answer to 1:"
type_text "Spring family night"
keys Enter
wait_for "- Spring family night"
keys Enter                      # an empty answer ends adding
wait_gone "Answer to 1:"

keys n
wait_for "Quiet writing"
wait_for " left"
# The guidebook's own prompt first, then Vodicka's.
expect_screen "What did we intend to happen?"
expect_screen "What was expected to happen?"
refute_screen "- Spring family night"
keys n
wait_for "Discussion: Enter adds entries to the selected question."
keys Tab
wait_for "> 2. What was expected to happen?"
keys Enter
type_text "Families arrive on time"
keys Enter
wait_for "- Families arrive on time"
type_text "Translation ready"
keys Enter
wait_for "- Translation ready"
keys Enter
wait_gone "Answer to 2:"
keys Tab
wait_for "> 3. What actually occurred?"
keys Enter
type_text "Half came late"
keys Enter
wait_for "- Half came late"
type_text "Translaton failed"
keys Enter
wait_for "- Translaton failed"
keys Enter
wait_gone "Answer to 3:"

# Fix the typo in place.
keys e
wait_for "Edit 3:"
i=0; while [ $i -lt 17 ]; do keys BSpace; i=$((i + 1)); done
type_text "Translation worked, late"
keys Enter
wait_for "- Translation worked, late"
refute_screen "Translaton"
# Delete an answer, after a confirmation.
keys Up
keys x
wait_for "Delete \"Half came late\"?"
keys y
wait_gone "- Half came late"

# Back and forth: what was entered is still there.
keys b
wait_for "- Spring family night"
keys n
wait_for "- Families arrive on time"
refute_screen "Quiet writing"

keys n
wait_for "What went well"
expect_screen "What should we sustain about what happened?"
keys n
keys Enter
type_text "Volunteers at the door"
keys Enter
wait_for "- Volunteers at the door"
keys Enter
keys n
wait_for "What to improve"
keys n
keys Enter
type_text "Send invitations two weeks ahead"
keys Enter
wait_for "- Send invitations two weeks ahead"
keys Enter
keys n
wait_for "All steps are done."
keys n
wait_for "Close the meeting?"
keys y
wait_for "Meeting #1 closed."
keys q
status=$(wait_exit)
check '[ "$status" = 0 ]' "the app leaves cleanly"

csv=$("$CONVENE" --db "$DB" export --meeting 1 --what items --format csv)
check '[ "$(printf "%s\n" "$csv" | tail -n +2 | grep -c .)" = 6 ]' "six answers are in the database"
check 'printf "%s\n" "$csv" | grep -q ",3,Expected and actual,happened,What actually occurred?,[0-9a-f]*,\"Translation worked, late\","' "the edited answer, under its question"
check '! printf "%s\n" "$csv" | grep -q "Half came late"' "the deleted answer is gone"
md=$("$CONVENE" --db "$DB" export --meeting 1 --what all --format md)
check 'printf "%s\n" "$md" | grep -qx "## 3. Expected and actual"' "the Markdown export has a section per step"
check 'printf "%s\n" "$md" | grep -qx "\*\*What was expected to happen?\*\*"' "with each question"
check 'printf "%s\n" "$md" | grep -qx -- "- Families arrive on time"' "and its answers"
"$CONVENE" --db "$DB" export --meeting 1 --what all --format json > "$TMP/all.json"
check 'python3 -c "import json,sys; d=json.load(open(sys.argv[1])); assert len(d[\"items\"]) == 6" "$TMP/all.json"' "the JSON export has the six answers"
