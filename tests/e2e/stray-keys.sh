#!/bin/sh
# Keys a room should not be surprised by, through the real binary: Delete
# erases the character under the cursor of a text field (not the one before
# it), and Ctrl-C asks before leaving, in a meeting too; a second Ctrl-C
# leaves, and the meeting resumes where it was.
. "$(dirname "$0")/lib.sh"

"$CONVENE" --db "$DB" demo >/dev/null
start 80 24
wait_for "Riverside Unified Learning Team (9 members)"

# Delete in a text field: "Westxside" with the cursor on the x.
keys n
wait_for "Team name"
type_text "Westxside"
keys Left Left Left Left Left
keys DC
wait_for "Westside"
check 'screen | grep -q "Westside" && ! screen | grep -q "Westxside"' "Delete erases the character under the cursor"
keys C-d
wait_for "Westide"
check 'true' "so does Ctrl-D"
# Ctrl-C while typing says what the field still holds is not saved.
keys C-c
wait_for "What is typed in the field and not yet"
keys Enter
wait_for "Answer with y or n (Esc closes the question)."
check 'screen | grep -q "Leave convene?"' "Enter on a yes/no question says which keys answer it, and the question stays"
keys n
wait_gone "Leave convene?"
expect_screen "Westide"
check 'true' "Ctrl-C in a field says its text is not saved yet, and n keeps it"
keys Escape
wait_for "Discard this team?"
keys y
wait_for "Riverside Unified Learning Team (9 members)"

# Ctrl-C in a meeting asks first; n keeps the room's screen.
keys Enter
pick_protocol "After-Action Review"
wait_for "9 of 9 present"
keys Enter
accept_roles
wait_for "Ground rules"
keys n
wait_for "Which activity are we looking back on"
keys C-c
wait_for "Leave convene? Everything entered is saved"
keys n
wait_gone "Leave convene?"
expect_screen "Which activity are we looking back on"
check '[ -n "$(app_pid)" ]' "Ctrl-C asks first, and n keeps the app running"

# A second Ctrl-C while the question is open leaves; the meeting resumes.
keys C-c
wait_for "Leave convene?"
keys C-c
status=$(wait_exit 5)
check '[ "$status" = 130 ]' "a second Ctrl-C leaves (status $status)"
start 80 24
wait_for "Unfinished meetings: Enter resumes"
keys Down Enter
wait_for "Resumed meeting #1 where it stopped."
expect_screen "Which activity are we looking back on"
check 'true' "and the meeting resumes on the step it was on"
