#!/bin/sh
# The quiet-writing countdown is part of the step's saved clock: leaving
# its screen and coming back (t twice: the room view and back) and resuming
# the meeting after the app was gone both continue it where it was. It once
# restarted at its full length (5:00) each time. Main counts it on the
# step's own clock (meeting_silence_left_ms); this test guards that.
. "$(dirname "$0")/lib.sh"

# secs_left: the countdown now, in seconds ("4:56 left" -> 296).
secs_left() {
	screen | grep -oE 'Quiet writing +[0-9]+:[0-9]{2} left' | head -1 |
		grep -oE '[0-9]+:[0-9]{2}' | awk -F: '{ print $1 * 60 + $2 }'
}

demo_meeting 80 24 "Keep, Stop, Start"
wait_for "Quiet writing"
# A few seconds in (any of 4:55 to 0:00).
wait_match "Quiet writing +([0-3]:[0-9]{2}|4:[0-4][0-9]|4:5[0-5]) left"
before=$(secs_left)

keys t
wait_gone "Press n when the"
keys t
wait_for "Press n when the"
after=$(secs_left)
check '[ -n "$after" ] && [ "$after" -le "$before" ]' "Q1 t twice: the countdown goes on ($before s left before, $after s after), not from 5:00"

# The app killed and started again: the meeting resumes mid-silence.
now=$(screen | grep -oE "Quiet writing +[0-9]+:[0-9]{2} left" | head -1)
wait_gone "$now"
before=$(secs_left)
kill -9 "$(app_pid)"
wait_exit >/dev/null
start 80 24
wait_for "Unfinished meetings: Enter resumes"
keys Down
keys Enter
wait_for "Quiet writing"
wait_match "Quiet writing +[0-9]+:[0-9]{2} left"
after=$(secs_left)
check '[ -n "$after" ] && [ "$after" -le "$before" ]' "Q1 resumed after a kill: the countdown goes on ($before s left before, $after s after), not from 5:00"
