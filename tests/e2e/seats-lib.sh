# seats-lib.sh: seats (convene join) in windows of the test's tmux server,
# beside the facilitator's app (window 0) and the room view (window 9).
# Sourced after lib.sh by the seat tests; every wait polls a screen.

if ! command -v sqlite3 >/dev/null 2>&1; then
	echo "sqlite3 is not installed: the seat tests read the database with it; skipping"
	exit 77
fi

# seat N: opens a seat in window N, a terminal of its own (the size of the
# facilitator's, until resized), under the wrapper that records its pid and
# exit status ($TMP/seatN.pid, .status); what it says as it ends goes to
# $TMP/seatN.err.
seat() {
	rm -f "$TMP/seat$1.pid" "$TMP/seat$1.status" "$TMP/seat$1.err"
	t new-window -d -t ":$1" \
		"APP_STATE='$TMP/seat$1' exec sh '$TMP/run.sh' env TERM=tmux-256color '$CONVENE' --db '$DB' join 2> '$TMP/seat$1.err'"
}
seat_screen() { t capture-pane -p -t ":$1"; }
# seat_keys N KEYS...; seat_type N TEXT
seat_keys() {
	n=$1
	shift
	t send-keys -t ":$n" "$@"
}
seat_type() { t send-keys -t ":$1" -l "$2"; }

# waiting N WHAT CMD...: runs CMD until it succeeds; after E2E_WAIT
# seconds shows window N's screen and fails, saying WHAT.
waiting() {
	win=$1 what=$2
	shift 2
	deadline=$(( $(date +%s) + ${E2E_WAIT:-10} ))
	until "$@"; do
		if [ "$(date +%s)" -ge "$deadline" ]; then
			t capture-pane -p -t ":$win"
			fail "$what"
		fi
		sleep 0.05
	done
}
seat_shows() { seat_screen "$1" | grep -q "$3" -- "$2"; }
seat_clear() { ! seat_screen "$1" | grep -qF -- "$2"; }
seat_ended() { [ -s "$TMP/seat$1.status" ]; }
seat_started() { [ -s "$TMP/seat$1.pid" ]; }

# wait_seat N TEXT: waits until seat N's screen shows TEXT; wait_seat_match
# N REGEX, until a line matches; wait_seat_gone N TEXT, until TEXT is gone.
wait_seat() { waiting "$1" "seat $1 never showed: $2" seat_shows "$1" "$2" -F; }
wait_seat_match() { waiting "$1" "seat $1 never showed a match of: $2" seat_shows "$1" "$2" -E; }
wait_seat_gone() { waiting "$1" "seat $1 still shows: $2" seat_clear "$1" "$2"; }
seat_pid() {
	waiting "$1" "seat $1 did not start" seat_started "$1"
	cat "$TMP/seat$1.pid"
}
# wait_seat_exit N: waits for seat N to end; prints its exit status.
wait_seat_exit() {
	waiting "$1" "seat $1 did not exit" seat_ended "$1"
	cat "$TMP/seat$1.status"
}

# The room view in window 9: convene present, where the join code shows.
room_view() {
	t new-window -d -t :9 "exec env TERM=tmux-256color '$CONVENE' --db '$DB' present"
}
room() { t capture-pane -p -t :9; }
room_shows() { room | grep -q "$2" -- "$1"; }
wait_room() { waiting 9 "the room view never showed: $1" room_shows "$1" -F; }
# room_code: the join code as the room view shows it ("123 456").
room_code() {
	waiting 9 "the room view never showed a join code" room_shows 'code [0-9]{3} [0-9]{3}' -E
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
	wait_seat "$1" "You are $2? y/n"
	seat_keys "$1" y
	wait_seat "$1" "$2 · meeting"
}

# join_first_es N: seat N, in Spanish, types the code the Spanish room view
# shows and takes the first name (Maria Alvarez), answering s.
join_first_es() {
	code=$(room | grep -oE 'código [0-9]{3} [0-9]{3}' | head -1 | sed 's/código //')
	wait_seat "$1" "Código para unirse (en la pantalla de la sala):"
	seat_type "$1" "$code"
	seat_keys "$1" Enter
	wait_seat "$1" "¿Quién es usted?"
	seat_keys "$1" Enter
	wait_seat "$1" "¿Usted es Maria Alvarez? s/n"
}

# blind_assessment: the demo team's Effective Team Assessment begun in a
# 100x30 terminal, entered blind, on its first dimension; the room view open.
blind_assessment() {
	"$CONVENE" --db "$DB" demo >/dev/null
	start 100 30
	begin_meeting "Effective Team Assessment"
	wait_for "How are ratings entered?"
	keys Down Enter
	wait_for "How this works"
	keys n
	wait_for "Dimension 1 of 9, blind entry"
	room_view
}

# db QUERY: one answer from the database.
db() { sqlite3 "$DB" "$1"; }
