#!/bin/sh
# timer-idle: a benchmark, not a test. Runs the real binary in tmux with a
# meeting's timer running and nothing else happening, and prints the CPU
# time, the bytes written to the terminal and the wake-ups per minute, first
# with the timer in the header, then with the big timer on screen.
#
#   sh bench/timer-idle.sh [SECONDS]    (default 60 per phase)
#
# CONVENE names the binary (default build/convene).
root=$(cd "$(dirname "$0")/.." && pwd)
CONVENE=${CONVENE:-$root/build/convene}
# The source tree's protocols, installed or not.
export CONVENE_DATA_DIR="${CONVENE_DATA_DIR:-$root}"
seconds=${1:-60}
. "$root/tests/e2e/lib.sh"

"$CONVENE" --db "$DB" demo >/dev/null
start 100 30
wait_for "Riverside Unified Learning Team (9 members)"
keys Enter
pick_protocol "Check-in"
wait_for "9 of 9 present"
keys Enter
accept_roles
wait_match "\| [0-9]+:[0-9]{2} left$"
pid=$(cat "$TMP/app.pid")
tick=$(getconf CLK_TCK)

# cpu_ticks: user + system time of the app, in clock ticks.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$pid/stat"; }
wakeups() { awk '/^voluntary_ctxt_switches/ { print $2 }' "/proc/$pid/status"; }

measure() {
	: > "$TMP/out"
	t pipe-pane -o "cat >> '$TMP/out'"
	c0=$(cpu_ticks) w0=$(wakeups)
	sleep "$seconds"
	c1=$(cpu_ticks) w1=$(wakeups)
	t pipe-pane
	bytes=$(wc -c < "$TMP/out")
	awk -v name="$1" -v s="$seconds" -v c=$((c1 - c0)) -v hz="$tick" -v b="$bytes" \
		-v w=$((w1 - w0)) 'BEGIN {
		printf "%-13s %8.1f ms CPU/min %9.0f bytes/min %6.0f wake-ups/min\n",
			name, c * 1000 / hz * 60 / s, b * 60 / s, w * 60 / s }'
}

echo "convene timer, idle, ${seconds}s per phase ($(uname -m), $(nproc) CPUs)"
measure "header timer"
keys t
wait_for "Planned end"
measure "big timer"
