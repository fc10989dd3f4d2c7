#!/bin/sh
# The timer in the real binary: it counts on screen, the time keeper adds a
# minute, pauses, shows the big timer and calls a break; a resize keeps it;
# SIGHUP closes the app cleanly and the meeting resumes with its timer.
. "$(dirname "$0")/lib.sh"

"$CONVENE" --db "$DB" demo >/dev/null
start 100 30
wait_for "Riverside Unified Learning Team (9 members)"
keys Enter
pick_protocol "After-Action Review"
wait_for "9 of 9 present"
keys Enter
accept_roles
wait_for "Ground rules"
wait_match "\| [34]:[0-9]{2} left$"
first=$(header_time)
wait_gone "$first" 5
check 'header_time | grep -qE "^3:[0-9]{2} left$"' "the countdown runs on screen ($(header_time))"

keys '>'
wait_match "\| 4:[0-9]{2} left$"
check 'true' "> gives the step a minute more"
# On the projector the room sees the meeting slip against what it agreed.
t resize-window -x 200 -y 55
keys t
wait_for "The meeting is 1 min behind plan"
check 'true' "the minute more shows as the meeting running behind the agreed plan"
keys t
t resize-window -x 100 -y 30
wait_for "Ground rules"
keys p
wait_match "\| 4:[0-9]{2} PAUSED$"
paused=$(header_time)
keys t
wait_gone "q leave"             # the room view: no footer
expect_screen "PAUSED"
expect_screen "${paused% PAUSED}"
expect_screen "This is not a critique"
keys t
wait_for "Ground rules"
check '[ "$(header_time)" = "$paused" ]' "a paused clock stands still ($paused)"
keys p
wait_gone "PAUSED"

keys B
wait_for "BREAK"
wait_match "\| [0-9]+:[0-9]{2} BREAK$"
check 'true' "the header counts the break down, in the room's word"
wait_match "back in"
expect_screen "The meeting clock is stopped."
keys Enter
wait_for "Welcome back: the meeting clock runs again."

t resize-window -x 50 -y 14
wait_for "too small"
t resize-window -x 100 -y 30
wait_for "Ground rules"
wait_match "\| 4:[0-9]{2} left$"

before=$(header_time)
kill -HUP "$(app_pid)"
status=$(wait_exit 5)
check '[ "$status" = 129 ]' "SIGHUP closes the app at once (status $status)"
start 100 30
wait_for "Unfinished meetings: Enter resumes"
keys Down Enter
wait_for "Resumed meeting #1 where it stopped."
after=$(header_time)
check 'printf "%s\n" "$after" | grep -qE "^4:[0-9]{2} left$"' "the timer resumes where it was ($before, then $after), not from the plan"

# < takes minutes off, but never the last: a countdown does not turn into
# a count-up by a key. Removing the limit is asked for, and can be refused.
keys '<' '<' '<' '<' '<' '<'
wait_for "This step is down to one minute. Remove its time limit?"
check 'header_time | grep -qE "^0:[0-9]{2} |^[+]0:[0-9]{2} "' "the step keeps its last minute ($(header_time))"
keys n
wait_gone "Remove its time limit?"
check 'header_time | grep -qvE "elapsed$"' "refused: it still counts down ($(header_time))"
# The room reads the meeting ahead of the plan it agreed, in plain words.
t resize-window -x 200 -y 55
keys t
wait_match "The meeting is [0-9]+ min ahead of plan"
check 'true' "a shortened step shows the meeting ahead of plan"
keys t
t resize-window -x 100 -y 30
wait_for "Ground rules"
keys '<'
wait_for "Remove its time limit?"
keys y
wait_for "No time limit on this step: its clock counts up."
wait_match "\| [0-9]+:[0-9]{2} elapsed$"
check 'true' "removed on purpose: the clock counts up, and says so"
