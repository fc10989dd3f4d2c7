#!/bin/bash
# bench/seats.sh [N]: N seats (default 30), each a real `convene join` in
# its own tmux window, rate a nine-dimension blind Team Assessment at once
# while the facilitator's app shows the count. Prints entries per second,
# the median and 99th-percentile delay from a seat's key to the
# facilitator's screen showing the new count, the seats' waits for the
# write lock, screens that showed an error, and the facilitator's CPU
# meanwhile; beside a reference measured in the same run: N `sqlite3`
# processes writing the same number of rows, one transaction each, into a
# WAL database at once. Run from the source folder after building.
set -eu
N=${1:-30}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
export CONVENE="${CONVENE:-$ROOT/build/convene}"
# The source tree's protocols, installed or not.
export CONVENE_DATA_DIR="${CONVENE_DATA_DIR:-$ROOT}"
[ -x "$CONVENE" ] || { echo "build first: $CONVENE is missing" >&2; exit 1; }
command -v sqlite3 >/dev/null || { echo "bench/seats.sh needs the sqlite3 tool" >&2; exit 1; }
[ "$N" -ge 2 ] && [ "$N" -le 60 ] || { echo "N runs from 2 to 60" >&2; exit 1; }
. "$ROOT/tests/e2e/lib.sh"
WAIT=${WAIT:-60} # seconds any one screen may take

now_ms() { date +%s%3N; }

# A team of N: the demo's, grown or cut to N members.
"$CONVENE" --db "$DB" demo >/dev/null
team=$(sqlite3 "$DB" "SELECT id FROM team LIMIT 1")
sqlite3 "$DB" "DELETE FROM member WHERE team_id = $team AND position >= $N"
i=$(sqlite3 "$DB" "SELECT count(*) FROM member WHERE team_id = $team")
while [ "$i" -lt "$N" ]; do
	sqlite3 "$DB" "INSERT INTO member (uid, team_id, name, grp, position, created_at) VALUES
		(lower(hex(randomblob(16))), $team, 'Seat $i', 'Teachers union', $i,
		 '2026-01-01T00:00:00Z')"
	i=$((i + 1))
done

# The facilitator: a blind Team Assessment, on its first dimension.
start 200 55
wait_for "($N members)"
keys Enter
pick_protocol "Effective Team Assessment"
wait_for "$N of $N present"
keys Enter
accept_roles
wait_for "How are ratings entered?"
keys Down Enter
wait_for "How this works"
keys n
wait_for "0 of $N have rated"
code=$(sqlite3 "$DB" "SELECT join_code FROM meeting WHERE status = 'running'")
fac=$(app_pid)

# The seats, each joined with the code and its own name.
seat_screen() { t capture-pane -p -t ":$1"; }
seat_wait() {
	end=$(($(date +%s) + WAIT))
	until seat_screen "$1" | grep -qF -- "$2"; do
		[ "$(date +%s)" -lt "$end" ] || { seat_screen "$1"; fail "seat $1 never showed: $2"; }
		sleep 0.05
	done
}
s=1
while [ $s -le "$N" ]; do
	t new-window -d -t ":$s" "exec env TERM=tmux-256color CONVENE_BUSY_LOG='$TMP/busy' '$CONVENE' --db '$DB' join"
	s=$((s + 1))
done
s=1
while [ $s -le "$N" ]; do
	seat_wait $s "Join code"
	t send-keys -t ":$s" -l "$code"
	t send-keys -t ":$s" Enter
	seat_wait $s "Who are you?"
	d=1
	while [ $d -lt $s ]; do t send-keys -t ":$s" Down; d=$((d + 1)); done
	t send-keys -t ":$s" Enter
	seat_wait $s "? y/n"
	t send-keys -t ":$s" y
	seat_wait $s "Secret ballot"
	s=$((s + 1))
done

rated() { screen | grep -oE "[0-9]+ of $N have rated" | head -1 | cut -d' ' -f1; }
# The room view, in a window of its own too small for big figures: its
# count reads "K of N have rated" as text.
ROOM=$((N + 1))
t new-window -d -t ":$ROOM" "exec env TERM=tmux-256color '$CONVENE' --db '$DB' present"
t resize-window -t ":$ROOM" -x 100 -y 30
room_rated() { t capture-pane -p -t ":$ROOM" | grep -oE "[0-9]+ of $N have rated" | head -1 | cut -d' ' -f1; }
room_zero() {
	end=$(($(date +%s) + WAIT))
	until [ "$(room_rated)" = 0 ]; do
		[ "$(date +%s)" -lt "$end" ] || fail "the room view never showed 0 of $N have rated"
		sleep 0.05
	done
}
room_zero
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }

delays="$TMP/delays"
room_delays="$TMP/room-delays"
: > "$delays"
: > "$room_delays"
errors=0
cpu0=$(cpu_ticks "$fac")
start_ms=$(now_ms)
dim=1
while [ $dim -le 9 ]; do
	# Every seat moves to the dimension first, so that each timed key is
	# the rating itself.
	if [ $dim -gt 1 ]; then
		s=1
		while [ $s -le "$N" ]; do t send-keys -t ":$s" Down; s=$((s + 1)); done
	fi
	s=1
	while [ $s -le "$N" ]; do
		t send-keys -t ":$s" $(((s + dim) % 7 + 1))
		echo "$(now_ms)" >> "$TMP/sent.$dim"
		s=$((s + 1))
	done
	# The moment the count first showed each k of N.
	seen=0 room_seen=0
	end=$(($(date +%s) + WAIT))
	while [ "$seen" -lt "$N" ] || [ "$room_seen" -lt "$N" ]; do
		k=$(rated)
		k=${k:-0}
		at=$(now_ms)
		while [ "$seen" -lt "$k" ]; do
			seen=$((seen + 1))
			sent=$(sed -n "${seen}p" "$TMP/sent.$dim")
			echo $((at - sent)) >> "$delays"
		done
		k=$(room_rated)
		k=${k:-0}
		at=$(now_ms)
		while [ "$room_seen" -lt "$k" ]; do
			room_seen=$((room_seen + 1))
			sent=$(sed -n "${room_seen}p" "$TMP/sent.$dim")
			echo $((at - sent)) >> "$room_delays"
		done
		[ "$(date +%s)" -lt "$end" ] || fail "dimension $dim: the counts stopped at $seen and $room_seen of $N"
	done
	s=1
	while [ $s -le "$N" ]; do
		seat_screen $s | grep -qiE "locked|busy|not saved" && errors=$((errors + 1))
		s=$((s + 1))
	done
	keys n
	if [ $dim -lt 9 ]; then
		wait_for "0 of $N have rated"
		room_zero
	fi
	dim=$((dim + 1))
done
end_ms=$(now_ms)
cpu1=$(cpu_ticks "$fac")
hz=$(getconf CLK_TCK)

ballots=$(sqlite3 "$DB" "SELECT count(*) FROM rating WHERE member_id IS NULL")
voters=$(sqlite3 "$DB" "SELECT count(*) FROM poll_book")
s=1
while [ $s -le "$N" ]; do t send-keys -t ":$s" q y; s=$((s + 1)); done
s=1
end=$(($(date +%s) + WAIT))
while [ "$(wc -l < "$TMP/busy" 2>/dev/null || echo 0)" -lt "$N" ] && [ "$(date +%s)" -lt "$end" ]; do
	sleep 0.1
done
retries=$(awk '{ n += $1 } END { print n + 0 }' "$TMP/busy" 2>/dev/null || echo "?")

# The reference: N sqlite3 processes, 9 rows each, one transaction a row.
REF="$TMP/ref.db"
sqlite3 "$REF" "PRAGMA journal_mode = WAL; CREATE TABLE r (v INTEGER);" >/dev/null
ref0=$(now_ms)
s=1
while [ $s -le "$N" ]; do
	( sql=".timeout 5000"
	  d=1
	  while [ $d -le 9 ]; do sql="$sql
BEGIN IMMEDIATE; INSERT INTO r VALUES ($d); COMMIT;"; d=$((d + 1)); done
	  printf '%s\n' "$sql" | sqlite3 "$REF" >/dev/null ) &
	s=$((s + 1))
done
wait
ref1=$(now_ms)
ref_rows=$(sqlite3 "$REF" "SELECT count(*) FROM r")

total=$((N * 9))
secs=$(awk -v ms=$((end_ms - start_ms)) 'BEGIN { printf "%.2f", ms / 1000 }')
sort -n "$delays" > "$delays.sorted"
count=$(wc -l < "$delays.sorted")
median=$(sed -n "$(((count + 1) / 2))p" "$delays.sorted")
p99=$(sed -n "$(((count * 99 + 99) / 100))p" "$delays.sorted")
sort -n "$room_delays" > "$room_delays.sorted"
room_count=$(wc -l < "$room_delays.sorted")
room_median=$(sed -n "$(((room_count + 1) / 2))p" "$room_delays.sorted")
room_p99=$(sed -n "$(((room_count * 99 + 99) / 100))p" "$room_delays.sorted")
room_max=$(tail -1 "$room_delays.sorted")
cpu=$(awk -v t=$((cpu1 - cpu0)) -v hz="$hz" -v ms=$((end_ms - start_ms)) \
	'BEGIN { printf "%.1f", 100 * t / hz / (ms / 1000) }')
printf 'seats: %d seats, 9 dimensions, %d ratings entered from seats\n' "$N" "$total"
printf '  stored:           %d ballots, %d in the poll book (want %d each)\n' "$ballots" "$voters" "$total"
printf '  entries per second: %s (%d in %s s, keys sent as fast as tmux takes them)\n' \
	"$(awk -v n=$total -v s="$secs" 'BEGIN { printf "%.0f", n / s }')" "$total" "$secs"
printf '  key to facilitator count: median %s ms, 99th percentile %s ms (%d samples)\n' \
	"$median" "$p99" "$count"
printf '  key to the room view'"'"'s count (convene present): median %s ms, 99th percentile %s ms, slowest %s ms\n' \
	"$room_median" "$room_p99" "$room_max"
printf '  lock waits (5 ms each) in all seats: %s\n' "$retries"
printf '  seat screens showing locked/busy/not saved: %d\n' "$errors"
printf '  facilitator CPU meanwhile: %s%%\n' "$cpu"
printf 'reference: %d sqlite3 processes, %d rows in %d ms: %s rows per second\n' "$N" "$ref_rows" \
	$((ref1 - ref0)) "$(awk -v n="$ref_rows" -v ms=$((ref1 - ref0)) 'BEGIN { printf "%.0f", n * 1000 / ms }')"
[ "$ballots" -eq "$total" ] && [ "$voters" -eq "$total" ] && [ "$errors" -eq 0 ]
