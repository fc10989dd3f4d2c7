#!/bin/sh
# A message longer than the screen is wide wraps above the footer, whole,
# and the screen's body gives way to it. Before, at 80x24, "the new plan was
# not saved: the database is busy with another program; try again" (81
# characters) was cut at the screen's edge, its advice with it ("try aga").
. "$(dirname "$0")/lib.sh"

demo_meeting 80 24 "After-Action Review"
wait_for "Ground rules"
keys n
wait_for "Which activity are we looking back on"

hold_lock
keys '>'
wait_for "the new plan was not saved" 3
# The message's lines, joined, hold its whole advice.
msg=$(screen | tail -3 | head -2 | sed 's/^ *//; s/ *$//' | tr '\n' ' ')
check 'printf "%s" "$msg" | grep -qF "the new plan was not saved: the database is busy with another program; try again"' "M1 a long message at 80x24 is shown whole, advice and all: $msg"
check 'screen | tail -1 | grep -qF "? help"' "M1 and the footer stays below it"
check '[ "$(screen | tail -4 | head -1 | tr -d " ")" = "" ] || ! screen | tail -4 | head -1 | grep -q "not saved"' "M1 and it takes only the rows it needs"
release_lock
keys '>'
wait_gone "the new plan was not saved"
check 'screen | grep -q "Which activity are we looking back on"' "M1 once the lock is gone the plan is saved and the body has its rows back"
