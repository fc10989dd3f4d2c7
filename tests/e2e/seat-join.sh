#!/bin/sh
# Joining a seat: with no meeting running the seat says so and keeps
# looking, listing the meeting as soon as the facilitator starts it; a
# wrong code is refused with the tries left, the next is checked no sooner
# than a second later, and the third ends the seat with exit 77.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/seats-lib.sh"

"$CONVENE" --db "$DB" demo >/dev/null
start 100 30
seat 1
t resize-window -t :1 -x 80 -y 24
wait_seat 1 "convene join: a seat for one participant"
wait_seat 1 "Meetings running now:"
wait_seat 1 "No meeting is running yet."

begin_meeting "Keep, Stop, Start"
wait_seat 1 "Riverside Unified Learning Team: Keep, Stop, Start"
wait_seat_gone 1 "No meeting is running yet."

# A code that is not six digits is no try.
seat_type 1 "12 34"
seat_keys 1 Enter
wait_seat 1 "A join code is six digits"
seat_keys 1 C-u
code=$(db "SELECT join_code FROM meeting WHERE status = 'running'")
wrong=$(printf '%06d' $(( (1${code:-000000} + 1) % 1000000 )))
seat_type 1 "$wrong"
seat_keys 1 Enter
wait_seat 1 "That is not the code of a running meeting. 2 tries left."
before=$(date +%s%N)
seat_type 1 "$wrong"
seat_keys 1 Enter
wait_seat 1 "That is not the code of a running meeting. 1 try left."
after=$(date +%s%N)
check '[ $(( (after - before) / 1000000 )) -ge 900 ]' "the second wrong code was checked a second after the first ($(( (after - before) / 1000000 )) ms)"
seat_type 1 "$wrong"
seat_keys 1 Enter
check '[ "$(wait_seat_exit 1)" = 77 ]' "the third wrong code ends the seat with status 77"
check 'grep -qF "Too many wrong codes." "$TMP/seat1.err"' "and says: Too many wrong codes."
