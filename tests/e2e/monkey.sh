#!/bin/sh
# A monkey at the keyboard: rounds of random keys (arrows, letters, digits,
# Enter, Esc, Tab, Backspace, ?, /, +, -) into the real binary, over the
# demo team and its history. The app must never die of anything but its
# own clean quit (which it is then restarted from), and the database must
# pass integrity_check at the end. Under the sanitizer build this also
# checks every screen's code for memory errors. MONKEY_SEED replays a run;
# MONKEY_ROUNDS sets how many rounds of 40 keys (default 40).
. "$(dirname "$0")/lib.sh"

seed=${MONKEY_SEED:-$(od -An -N2 -tu2 /dev/urandom | tr -d ' ')}
rounds=${MONKEY_ROUNDS:-40}
echo "# monkey seed $seed (MONKEY_SEED=$seed replays it)"
cd "$TMP" # an export written by the monkey lands here
"$CONVENE" --db "$DB" demo --history 3 >/dev/null

# settle: waits until the screen stops changing (the keys are handled).
settle() {
	deadline=$(( $(date +%s) + ${E2E_WAIT:-10} ))
	last=""
	while :; do
		now=$(screen 2>/dev/null || true)
		[ -n "$now" ] && [ "$now" = "$last" ] && return 0
		[ "$(date +%s)" -lt "$deadline" ] || return 0
		last=$now
		sleep 0.1
	done
}

running=false
r=1
while [ $r -le $rounds ]; do
	if ! $running; then
		start 100 30
		app_pid >/dev/null
		running=true
	fi
	batch=$(awk -v seed="$seed" -v round="$r" 'BEGIN {
		srand(seed * 1000 + round)
		n = split("Up Down Left Right Enter Escape Tab BSpace Space a b c d e g l n o p r s t u v x y A B 0 1 2 3 4 5 6 7 8 9 ? / + - q", k, " ")
		for (i = 0; i < 40; i++) printf "%s ", k[int(rand() * n) + 1]
	}')
	# shellcheck disable=SC2086
	keys $batch
	settle
	if [ -s "$TMP/app.status" ]; then
		status=$(cat "$TMP/app.status")
		[ "$status" = 0 ] || fail "round $r: the app ended with status $status after: $batch"
		running=false
	fi
	r=$((r + 1))
done
check 'true' "$rounds rounds of 40 random keys: the app only ever left cleanly"
if $running; then
	kill -TERM "$(app_pid)"
	wait_exit >/dev/null
fi
check '[ "$(sqlite3 "$DB" "PRAGMA integrity_check")" = ok ]' "the database is whole"
