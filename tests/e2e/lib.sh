# lib.sh: drive the real convene binary inside a private tmux server and
# read the screen back. Sourced by the e2e scripts; every wait polls the
# screen for text with a deadline, never a bare sleep.
set -eu

: "${CONVENE:?CONVENE must name the convene binary}"
if ! command -v tmux >/dev/null 2>&1; then
	echo "tmux is not installed: skipping"
	exit 77
fi

TMP=$(mktemp -d "${TMPDIR:-/tmp}/convene-e2e.XXXXXX")
SOCK="convene-e2e-$$"
STARTS=0
export HOME="$TMP/home" XDG_DATA_HOME="$TMP/data" XDG_CONFIG_HOME="$TMP/config"
export LANG=C.UTF-8 LC_ALL=C.UTF-8
mkdir -p "$HOME"
DB="$TMP/convene.db"
printf 'set -g remain-on-exit on\nset -g history-limit 0\n' > "$TMP/tmux.conf"

t() { tmux -L "$SOCK" "$@"; }

# kill_terminals: ends every tmux server this test started, and the
# programs in them.
kill_terminals() {
	i=0
	while [ $i -le $STARTS ]; do
		tmux -L "convene-e2e-$$-$i" kill-server >/dev/null 2>&1 || true
		i=$((i + 1))
	done
}

cleanup() {
	kill_terminals
	rm -rf "$TMP"
}
trap cleanup EXIT

fail() {
	echo "FAIL: $*"
	echo "----- screen -----"
	t capture-pane -p 2>/dev/null || true
	echo "------------------"
	exit 1
}

# The app runs under a wrapper that records its pid and its exit status in
# files: tmux 3.3 does not always learn the status of a killed pane.
# It also keeps the terminal's modes from before and after, to see that the
# app gave the terminal back as it found it.
# Ctrl-C reaches the whole foreground group: the wrapper outlives it (a
# trap, not an ignore, so the app still gets the default disposition).
cat > "$TMP/run.sh" <<'RUN'
#!/bin/sh
trap : INT
stty -g > "$APP_STATE.stty-before" 2>/dev/null
sh -c 'echo $$ > "$0.pid"; exec "$@"' "$APP_STATE" "$@"
status=$?
stty -g > "$APP_STATE.stty-after" 2>/dev/null
echo $status > "$APP_STATE.status"
RUN

# start W H [ARGS...]: runs convene --db $DB ARGS in a W x H terminal. Each
# start gets a fresh tmux server: one just killed may still be going away.
start() {
	w=$1 h=$2
	shift 2
	rm -f "$TMP/app.pid" "$TMP/app.status" "$TMP/app.stty-before" "$TMP/app.stty-after"
	t kill-server >/dev/null 2>&1 || true
	STARTS=$((STARTS + 1))
	SOCK="convene-e2e-$$-$STARTS"
	t -f "$TMP/tmux.conf" new-session -d -x "$w" -y "$h" \
		"APP_STATE='$TMP/app' exec sh '$TMP/run.sh' env TERM=tmux-256color '$CONVENE' --db '$DB' $*"
}

screen() { t capture-pane -p; }

# wait_for TEXT [SECONDS]: waits until TEXT (a fixed string) is on screen.
wait_for() {
	deadline=$(( $(date +%s) + ${2:-${E2E_WAIT:-10}} ))
	while ! screen | grep -qF -- "$1"; do
		[ "$(date +%s)" -lt "$deadline" ] || fail "timed out waiting for: $1"
		sleep 0.05
	done
}

# wait_gone TEXT [SECONDS]: waits until TEXT is no longer on screen.
wait_gone() {
	deadline=$(( $(date +%s) + ${2:-${E2E_WAIT:-10}} ))
	while screen | grep -qF -- "$1"; do
		[ "$(date +%s)" -lt "$deadline" ] || fail "timed out waiting for this to go: $1"
		sleep 0.05
	done
}

keys() { t send-keys "$@"; }

# A second terminal: window 1 of the same tmux server, opened by the test
# (t new-window -d ...). other shows its screen, okeys types into it,
# wait_other waits for text on it.
other() { t capture-pane -p -t :1; }
okeys() { t send-keys -t :1 "$@"; }
wait_other() {
	deadline=$(( $(date +%s) + ${E2E_WAIT:-10} ))
	while ! other | grep -qF -- "$1"; do
		[ "$(date +%s)" -lt "$deadline" ] || { other; fail "the second terminal never showed: $1"; }
		sleep 0.05
	done
}
type_text() { t send-keys -l "$1"; }

# expect_screen TEXT: the screen shows TEXT now.
expect_screen() { screen | grep -qF -- "$1" || fail "expected on screen: $1"; }
# refute_screen TEXT: the screen does not show TEXT now.
refute_screen() { ! screen | grep -qF -- "$1" || fail "did not expect on screen: $1"; }

app_pid() {
	deadline=$(( $(date +%s) + ${E2E_WAIT:-10} ))
	while [ ! -s "$TMP/app.pid" ]; do
		[ "$(date +%s)" -lt "$deadline" ] || fail "the app did not start"
		sleep 0.05
	done
	cat "$TMP/app.pid"
}

# wait_exit [SECONDS]: waits for the app to end; prints its exit status
# (128 + N when signal N ended it).
wait_exit() {
	deadline=$(( $(date +%s) + ${1:-${E2E_WAIT:-10}} ))
	while [ ! -s "$TMP/app.status" ]; do
		[ "$(date +%s)" -lt "$deadline" ] || fail "the app did not exit"
		sleep 0.05
	done
	cat "$TMP/app.status"
}

# run CMD...: runs a command (not in the terminal); sets rc, out, err.
run() { # run CMD...: sets rc, out, err
	"$@" > "$TMP/out" 2> "$TMP/err" && rc=0 || rc=$?
	out=$(cat "$TMP/out")
	err=$(cat "$TMP/err")
}

# check COND MESSAGE: fails the test unless the shell condition holds.
check() {
	if eval "$1"; then
		echo "ok - $2"
	else
		fail "$2 ($1)"
	fi
}

# pick_protocol TITLE: on the setup screen's protocol page, selects TITLE
# and continues. The list scrolls when it is longer than the screen, so
# the selection (drawn in reverse video) is followed down from the top.
pick_protocol() {
	wait_for "Which protocol does the team run?"
	i=0
	while [ $i -lt 60 ]; do keys Up; i=$((i + 1)); done
	# At the top once every Up is taken: the screen stops changing.
	last="" same=0
	deadline=$(( $(date +%s) + 5 ))
	while [ $same -lt 10 ]; do
		now=$(t capture-pane -p -e)
		if [ "$now" = "$last" ]; then same=$((same + 1)); else same=0; fi
		last=$now
		[ "$(date +%s)" -lt "$deadline" ] || fail "the protocol list never settled"
		sleep 0.02
	done
	i=0 sel=""
	while :; do
		# The selection settles after each key before it is read.
		deadline=$(( $(date +%s) + 5 ))
		while now=$(picked_protocol) && [ "$now" = "$sel" ] && [ $i -gt 0 ] &&
			[ "$(date +%s)" -lt "$deadline" ]; do
			sleep 0.02
		done
		sel=$now
		[ "$sel" = "$1" ] && break
		[ $i -lt 60 ] || fail "protocol not listed: $1"
		keys Down
		i=$((i + 1))
	done
	keys Enter
}

# picked_protocol: the protocol the picker's list has selected (the list's
# line in reverse video, below the page's question).
picked_protocol() {
	t capture-pane -p -e | awk -v rev="$(printf '\033[7m')" '
		/Which protocol does the team run\?/ { list = 1; next }
		list && index($0, rev) { print; exit }' |
		sed -e 's/\x1b\[[0-9;]*m//g' -e 's/^ *//' -e 's/ *$//' -e 's/  (agenda)$//'
}

# wait_line A B [SECONDS]: waits until one line of the screen holds both A
# and B (fixed strings), e.g. an item and its status.
wait_line() {
	deadline=$(( $(date +%s) + ${3:-${E2E_WAIT:-10}} ))
	while ! screen | grep -F -- "$1" | grep -qF -- "$2"; do
		[ "$(date +%s)" -lt "$deadline" ] || fail "timed out waiting for a line with: $1 ... $2"
		sleep 0.05
	done
}

# wait_match REGEX [SECONDS]: waits until a line of the screen matches the
# extended regular expression.
wait_match() {
	deadline=$(( $(date +%s) + ${2:-${E2E_WAIT:-10}} ))
	while ! screen | grep -qE -- "$1"; do
		[ "$(date +%s)" -lt "$deadline" ] || fail "timed out waiting for a match of: $1"
		sleep 0.05
	done
}

# header_time: the time at the end of the header bar and its words, e.g.
# "3:58 left", "3:58 PAUSED", "+0:12 OVER TIME".
header_time() { screen | head -1 | grep -oE '[+]?[0-9]+:[0-9]{2} [A-Za-z][A-Za-z ]*$'; }

# accept_roles: on the setup screen, takes the proposed roles and the
# planned step times, and waits until the timing screen is gone: it lists
# the steps' titles, which a test then waits for on the meeting's screens.
accept_roles() {
	wait_for "Who holds which role?"
	keys Enter
	wait_for "How long for each step?"
	keys Enter
	wait_gone "How long for each step?"
}

# begin_meeting PROTOCOL: from home, with the demo team selected, a meeting
# of PROTOCOL with everyone present and the proposed roles and times.
begin_meeting() {
	wait_for "Riverside Unified Learning Team (9 members)"
	keys Enter
	pick_protocol "$1"
	wait_for "9 of 9 present"
	keys Enter
	accept_roles
}

# demo_meeting W H PROTOCOL: the demo team in a W x H terminal, a meeting
# of PROTOCOL begun (begin_meeting).
demo_meeting() {
	"$CONVENE" --db "$DB" demo >/dev/null
	start "$1" "$2"
	begin_meeting "$3"
}

# hold_lock: another program takes the database's write lock (sqlite3's
# BEGIN EXCLUSIVE) and keeps it until release_lock (or 20 seconds).
hold_lock() {
	rm -f "$TMP/locked" "$TMP/release"
	python3 - "$DB" "$TMP/locked" "$TMP/release" <<'PY' &
import sqlite3, sys, time, os
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("BEGIN EXCLUSIVE")
c.execute("UPDATE team SET name = name")
open(sys.argv[2], "w").close()
deadline = time.time() + 20
while not os.path.exists(sys.argv[3]) and time.time() < deadline:
	time.sleep(0.05)
c.execute("ROLLBACK")
PY
	LOCK_HOLDER=$!
	deadline=$(( $(date +%s) + 10 ))
	while [ ! -e "$TMP/locked" ]; do
		[ "$(date +%s)" -lt "$deadline" ] || fail "the lock was never taken"
		sleep 0.05
	done
}

release_lock() {
	touch "$TMP/release"
	wait "$LOCK_HOLDER"
}

# refused_in_terminal COMMAND: runs COMMAND (a shell line) in a terminal of
# its own, where it must end by itself; its status goes to $TMP/term.status,
# its stderr to $TMP/term.err.
refused_in_terminal() {
	rm -f "$TMP/term.status" "$TMP/term.err"
	tmux -L "refused-$$" new-session -d -x 80 -y 24 \
		"$1 2> '$TMP/term.err'; echo \$? > '$TMP/term.status'"
	deadline=$(( $(date +%s) + ${E2E_WAIT:-10} ))
	while [ ! -s "$TMP/term.status" ]; do
		if [ "$(date +%s)" -ge "$deadline" ]; then
			tmux -L "refused-$$" kill-server >/dev/null 2>&1 || true
			fail "the app did not end by itself: $1"
		fi
		sleep 0.05
	done
	tmux -L "refused-$$" kill-server >/dev/null 2>&1 || true
}

# three_box_sorted: from a three-box meeting's first step, past quiet
# writing, four ideas in the boxes, to "Sort and combine" (the dot vote is
# next).
three_box_sorted() {
	wait_for "Frame the issue"
	keys n
	wait_for "Quiet writing"
	keys n
	wait_for "1 Build upon what works"
	fill_boxes "Peer observation|Shared planning time" "Duplicate sign-in forms" "Student voice panel"
	keys n
	wait_for "Sort and combine"
}

# fill_boxes BOX...: on a boxes step, the items of each box in turn, one
# argument a box, its items separated by "|" (Tab goes on to the next box).
fill_boxes() {
	first=1
	for box in "$@"; do
		[ $first = 1 ] || keys Tab
		first=0
		keys Enter
		rest=$box
		while [ -n "$rest" ]; do
			item=${rest%%|*}
			[ "$item" = "$rest" ] && rest="" || rest=${rest#*|}
			type_text "$item"
			keys Enter
		done
		keys Enter
		wait_for "- $item"
	done
}

# close_and_review: from "All steps are done.", closes the meeting and
# opens its record in the review (v on the closed meeting's summary).
close_and_review() {
	keys n y
	wait_for "Meeting #1 closed."
	keys v
	wait_for "Meeting #1, started"
}

# leave_and_quit: leaves the running meeting (it stays open) and quits.
leave_and_quit() {
	keys q y
	wait_for "is still open"
	keys q
	wait_exit >/dev/null
}

# close_meeting N: on the closing page, closes meeting #N (answering the
# question) and goes from its summary to the home screen.
close_meeting() {
	wait_for "All steps are done."
	keys n
	wait_for "Close the meeting?"
	keys y
	wait_for "Meeting #$1 closed."
	keys Enter
	wait_for "Teams: Enter starts a meeting"
}

# record_decision TOPIC DECISION REASONS: on a decide step with no decision
# yet, records one reached by consensus, decided.
record_decision() {
	wait_for "No decision recorded yet"
	keys Enter
	type_text "$1"
	keys Enter
	wait_for "How will we decide?"
	keys Down Down Down Down Down Enter
	wait_for "What did we decide?"
	type_text "$2"
	keys Enter
	wait_for "Why? The reasons"
	type_text "$3"
	keys Enter
	wait_for "Consensus check"
	keys Enter
	wait_for "Where does it stand?"
	keys Enter
	wait_for "Decision 1 recorded: decided."
}

# exports_read_back [DB]: the database's exports read back as a program
# would: the JSON of each --what valid under assets/export.schema.json
# (skipped without python3-jsonschema) and each kind's CSV with exactly its
# columns and a row per record (tests/unit/export-schema.py, export-csv.py).
exports_read_back() {
	for script in export-schema export-csv; do
		if python3 "$SOURCE_ROOT/tests/unit/$script.py" "${1:-$DB}" > "$TMP/$script.tap" 2>&1; then
			echo "ok - the exports read back ($script)"
		elif [ $? = 77 ]; then
			echo "ok - # SKIP $script: $(head -1 "$TMP/$script.tap")"
		else
			grep -v '^ok' "$TMP/$script.tap" >&2
			fail "the exports read back ($script)"
		fi
	done
}
