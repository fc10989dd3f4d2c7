# seats-lib.sh: seats (convene join) in windows of the test's tmux server,
# beside the facilitator's app (window 0) and the room view (window 9).
# Sourced after lib.sh by the seat tests; every wait polls a screen.

if ! command -v sqlite3 >/dev/null 2>&1; then
	echo "sqlite3 is not installed: the seat tests read the database with it; skipping"
	exit 77
fi

# seat N: opens a seat in window N, a terminal of its own (80x24), under
# the wrapper that records its pid and exit status ($TMP/seatN.pid, .status).
seat() {
	rm -f "$TMP/seat$1.pid" "$TMP/seat$1.status"
	t new-window -d -t ":$1" \
		"APP_STATE='$TMP/seat$1' exec sh '$TMP/run.sh' env TERM=tmux-256color '$CONVENE' --db '$DB' join"
}
seat_screen() { t capture-pane -p -t ":$1"; }
# seat_keys N KEYS...; seat_type N TEXT
seat_keys() {
	n=$1
	shift
	t send-keys -t ":$n" "$@"
}
seat_type() { t send-keys -t ":$1" -l "$2"; }

# wait_seat N TEXT [SECONDS]: waits until seat N's screen shows TEXT.
wait_seat() {
	deadline=$(( $(date +%s) + ${3:-${E2E_WAIT:-10}} ))
	while ! seat_screen "$1" | grep -qF -- "$2"; do
		if [ "$(date +%s)" -ge "$deadline" ]; then
			seat_screen "$1"
			fail "seat $1 never showed: $2"
		fi
		sleep 0.05
	done
}
# wait_seat_match N REGEX: waits until a line of seat N's screen matches.
wait_seat_match() {
	deadline=$(( $(date +%s) + ${E2E_WAIT:-10} ))
	while ! seat_screen "$1" | grep -qE -- "$2"; do
		if [ "$(date +%s)" -ge "$deadline" ]; then
			seat_screen "$1"
			fail "seat $1 never showed a match of: $2"
		fi
		sleep 0.05
	done
}
# wait_seat_gone N TEXT: waits until seat N no longer shows TEXT.
wait_seat_gone() {
	deadline=$(( $(date +%s) + ${E2E_WAIT:-10} ))
	while seat_screen "$1" | grep -qF -- "$2"; do
		if [ "$(date +%s)" -ge "$deadline" ]; then
			seat_screen "$1"
			fail "seat $1 still shows: $2"
		fi
		sleep 0.05
	done
}
seat_pid() {
	deadline=$(( $(date +%s) + ${E2E_WAIT:-10} ))
	while [ ! -s "$TMP/seat$1.pid" ]; do
		[ "$(date +%s)" -lt "$deadline" ] || fail "seat $1 did not start"
		sleep 0.05
	done
	cat "$TMP/seat$1.pid"
}
# wait_seat_exit N: waits for seat N to end; prints its exit status.
wait_seat_exit() {
	deadline=$(( $(date +%s) + ${E2E_WAIT:-10} ))
	while [ ! -s "$TMP/seat$1.status" ]; do
		[ "$(date +%s)" -lt "$deadline" ] || fail "seat $1 did not exit"
		sleep 0.05
	done
	cat "$TMP/seat$1.status"
}

# The room view in window 9: convene present, where the join code shows.
room_view() {
	t new-window -d -t :9 "exec env TERM=tmux-256color '$CONVENE' --db '$DB' present"
}
room() { t capture-pane -p -t :9; }
wait_room() {
	deadline=$(( $(date +%s) + ${2:-${E2E_WAIT:-10}} ))
	while ! room | grep -qF -- "$1"; do
		[ "$(date +%s)" -lt "$deadline" ] || { room; fail "the room view never showed: $1"; }
		sleep 0.05
	done
}
# room_code: the join code as the room view shows it ("123 456").
room_code() {
	deadline=$(( $(date +%s) + ${E2E_WAIT:-10} ))
	while ! room | grep -qE 'code [0-9]{3} [0-9]{3}'; do
		[ "$(date +%s)" -lt "$deadline" ] || { room; fail "the room view never showed a join code"; }
		sleep 0.05
	done
	room | grep -oE 'code [0-9]{3} [0-9]{3}' | head -1 | cut -c6-
}

# join_as N NAME: seat N types the room's join code and takes NAME.
join_as() {
	wait_seat "$1" "Join code (shown on the room's screen):"
	seat_type "$1" "$(room_code)"
	seat_keys "$1" Enter
	wait_seat "$1" "Who are you?"
	pos=$(seat_screen "$1" | awk -v want="$2" '
		/Who are you\?/ { list = 1; next }
		list && NF > 0 { n++; if (index($0, want)) { print n - 1; exit } }')
	[ -n "$pos" ] || { seat_screen "$1"; fail "seat $1: $2 is not among the names"; }
	while [ "$pos" -gt 0 ]; do
		seat_keys "$1" Down
		pos=$((pos - 1))
	done
	seat_keys "$1" Enter
	wait_seat "$1" "$2 · meeting"
}

# db QUERY: one answer from the database.
db() { sqlite3 "$DB" "$1"; }
