#!/bin/sh
# A dot vote without traps: counted totals typed as numbers (27 dots are not
# 27 presses of +), Backspace and Esc while typing, + and - still at work, a
# number over the dots left refused with what is allowed, and moving on to
# the results with dots not placed asks first, with each person's dots and
# with counted totals.
. "$(dirname "$0")/lib.sh"

demo_meeting 100 30 "Keep, Stop, Start"
wait_for "Quiet writing"
keys n
wait_for "1 Keep"
fill_boxes "Weekly PLC time" "Duplicate surveys" "Student-led conferences"
keys n

# Each person's dots: nobody has voted, and n asks before the results.
wait_for "Voter 1 of 9: Maria Alvarez"
keys +
wait_for "Saved: 4 dots left."
keys n
wait_for "44 dots are not placed yet: 9 of 9 people still have dots."
keys n
wait_gone "Show the results anyway?"
expect_screen "Voter 1 of 9: Maria Alvarez"
refute_screen "Results:"
keys -
wait_for "Saved: 5 dots left."

# Counted totals, typed.
keys c
wait_for "Counted totals: 0 of 45 dots entered"
expect_screen "0-9 type dots"
type_text "28"
wait_for "Counted dots on Weekly PLC time: 28"
keys BSpace
wait_for "Counted dots on Weekly PLC time: 2 "
type_text "7"
keys Enter
wait_for "Counted totals: 27 of 45 dots entered"
wait_line "27" "Weekly PLC time"
wait_for "Saved: 18 dots left."
# Esc leaves a number unset.
keys Down
type_text "5"
wait_for "Counted dots on Duplicate surveys: 5"
keys Escape
wait_gone "Counted dots on"
expect_screen "Counted totals: 27 of 45 dots entered"
# + and - keep working beside the numbers.
keys Down + +
wait_for "Counted totals: 29 of 45 dots entered"
keys -
wait_for "Counted totals: 28 of 45 dots entered"
# More than the room has left is refused, saying what is allowed.
type_text "99"
keys Enter
wait_for "99 is more than the dots left: at most 18 on this item (28 of 45 placed)."
expect_screen "Counted totals: 28 of 45 dots entered"
# A number replaces the item's count; 0 clears it.
keys Up
type_text "3"
keys Enter
wait_for "Counted totals: 31 of 45 dots entered"
type_text "0"
keys Enter
wait_for "Counted totals: 28 of 45 dots entered"
wait_line " 0" "Duplicate surveys"
keys n
wait_for "17 of the 45 counted dots are not entered yet."
keys n
wait_gone "Show the results anyway?"
expect_screen "Counted totals: 28 of 45 dots entered"
keys Down
type_text "18"
keys Enter
wait_for "Counted totals: 45 of 45 dots entered"
# Every dot counted: the results come without a question.
keys n
wait_for "Results: Five dots each, 45 dots placed"
screen | grep -q " 1\.  27   TOP  Weekly PLC time" || fail "27 counted dots rank first"
screen | grep -q " 2\.  18   TOP  Student-led conferences" || fail "18 second"
leave_and_quit
csv=$("$CONVENE" --db "$DB" export --meeting 1 --what votes --format csv)
check 'printf "%s\n" "$csv" | grep -q ",2,Five dots each,[0-9a-f]*,Keep,Weekly PLC time,27,1,no,yes,yes,"' "the typed total is saved as a counted total"

# Every step kind's record as JSON and CSV, read back as a program would.
exports_read_back
