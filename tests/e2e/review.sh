#!/bin/sh
# Reviewing the record through the real binary: a second terminal running
# `convene review` follows a meeting as it records; after the meeting the
# note taker corrects an answer, takes one off the record, approves the
# notes, and then can only amend, with a reason, which the notes keep.
. "$(dirname "$0")/lib.sh"

"$CONVENE" --db "$DB" demo >/dev/null
start 100 30
t new-window -d "exec env TERM=tmux-256color '$CONVENE' --db '$DB' review"
wait_other "Meetings on record: 0, newest first"

wait_for "Riverside Unified Learning Team (9 members)"
keys Enter
pick_protocol "After-Action Review"
wait_for "9 of 9 present"
keys Enter
accept_roles
wait_for "Ground rules"
wait_other "Meetings on record: 1, newest first"
wait_other "Riverside Unified Learning Team: After-Action Review"
check 'other | grep -F "#1 " | grep -q "running"' "the review lists the running meeting"
okeys Enter
wait_other "After-Action Review — Riverside Unified Learning Team"
wait_other "Present: 9 of 9"
keys n
wait_for "What are we reviewing?"
keys Enter
type_text "Spring family night"
keys Enter
wait_other "Spring family night"
check 'true' "an answer shows in the review within a second"
keys Enter
wait_gone "Answer to 1:"
keys n n
wait_for "Discussion: Enter adds entries"
keys Enter
type_text "The bsu was late"
keys Enter
type_text "Ben told us about his divorce"
keys Enter Enter
wait_other "Ben told us about his divorce"
keys q y
wait_for "is still open"
keys Down Enter
wait_for "Resumed meeting #1"
wait_for "step 3 of 5"
if screen | grep -q "Quiet writing"; then
	keys n
	wait_for "Discussion: Enter adds"
fi
for step in 4 5; do
	keys n
	wait_for "step $step of 5"
	wait_for "Quiet writing"
	keys n
	wait_for "Discussion: Enter adds"
done
keys n
wait_for "All steps are done."
keys n y
wait_for "Meeting #1 closed."
wait_other "closed, notes in draft"

# The note taker's review, in the second terminal.
okeys Down
okeys e
wait_other "Correct the entry"
t send-keys -t :1 BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace
t send-keys -t :1 -l "The bus was late"
okeys Enter
wait_other "Saved."
wait_other "The bus was late"
check '! other | grep -q "bsu"' "a draft answer is corrected"
okeys Down o
wait_other "[off the record] Ben told us about his divorce"
check 'true' "an answer is taken off the record, and still shown to the note taker"
okeys A
wait_other "Approve these notes as the official notes?"
okeys y
wait_other "The notes are approved: they are the official notes of meeting #1."
wait_other "notes approved (the official notes)"
okeys Up e
wait_other "Correct the entry"
t send-keys -t :1 BSpace BSpace BSpace BSpace
t send-keys -t :1 -l "late again"
okeys Enter
wait_other "The notes are approved: why this amendment?"
okeys Enter
wait_other "An amendment needs its reason."
t send-keys -t :1 -l "James recalled it"
okeys Enter
wait_other "Amended, with its reason."
wait_other "Amendments after approval"
other > "$TMP/other.txt"
check 'grep -qF "entry reworded from \"The bus was late\" to \"The bus was late again\"" "$TMP/other.txt"' "the amendment is kept, with its reason ($(grep -F "entry reworded" "$TMP/other.txt"))"

md=$("$CONVENE" --db "$DB" export --meeting 1 --what all)
check 'printf "%s\n" "$md" | grep -q "The bus was late again"' "the notes hold the amended answer"
check '! printf "%s\n" "$md" | grep -q "divorce"' "and never what is off the record"
check 'printf "%s\n" "$md" | grep -q "Reason: James recalled it"' "and list the amendment"

# Export from the review screen: the file's name says its format.
okeys x
wait_other "Write the notes to"
wait_other "meeting-1-notes.md"
i=0; while [ $i -lt 18 ]; do t send-keys -t :1 BSpace; i=$((i + 1)); done
t send-keys -t :1 -l "$TMP/notes.csv"
okeys Enter
wait_other "Wrote the notes of meeting #1 to notes.csv in the folder $TMP."
check 'head -1 "$TMP/notes.csv" | grep -q "^meeting,meeting_uid," && grep -q "late again" "$TMP/notes.csv" && ! grep -q divorce "$TMP/notes.csv"' "the review writes the notes to a file, off-the-record entries left out"

# The same from the review, as the handout to print: its name says HTML.
okeys x
wait_other "meeting-1-notes.md"
i=0; while [ $i -lt 18 ]; do t send-keys -t :1 BSpace; i=$((i + 1)); done
t send-keys -t :1 -l "$TMP/handout.html"
okeys Enter
wait_other "Wrote the notes of meeting #1 to handout.html in the folder $TMP."
check 'head -1 "$TMP/handout.html" | grep -qx "<!DOCTYPE html>" && grep -q "late again" "$TMP/handout.html" && ! grep -q divorce "$TMP/handout.html"' "the review writes the HTML handout of the notes, off-the-record entries left out"

# Every step kind's record as JSON and CSV, read back as a program would.
exports_read_back
