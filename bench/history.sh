#!/bin/sh
# history: a benchmark, not a test. For each N given (default 5000, then
# 50000), on a history of N meetings shared among about N/250 teams (at most
# 200; 50,000 is some ten years of a district's teams meeting every two
# weeks), built once with `convene demo --history N --teams K` and kept in
# ${BENCH_DIR:-/tmp/convene-bench}, prints side by side with the sqlite3
# command-line tool running the equivalent query on the same file:
#   - the time to the app's first frame, empty database and history;
#   - the review list's first frame, with 50 meetings on record and with
#     the history;
#   - the search screen (`/` on the home screen): from typing the words and
#     Enter to the results on screen, against the FTS5 query behind it (the
#     first 200, as the screen asks); `convene search` against the same
#     query for the 50 newest;
#   - `convene export` of every agreed talking point and a query for them;
#   - `convene export --what all --format json` of the whole history against
#     `sqlite3 .dump` of the same file: CPU time (user and system) and peak
#     memory (maximum resident set), from getrusage and /usr/bin/time;
#   - `convene import` of that JSON into an empty database against sqlite3
#     restoring that .dump into an empty file (the same rows, unchecked):
#     wall time, CPU time and peak memory, one run each (an import of 50,000
#     meetings takes most of a minute).
# Each time is the median of five runs (nine for the CPU time of the agreed
# points, three for the whole history's JSON), in milliseconds; the ratio
# is convene's figure over sqlite3's. On a busy machine the figures vary
# from run to run: compare the ratios of one run.
#
# CONVENE may name another binary (an older build, to compare).
#
#   sh bench/history.sh [N...]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
CONVENE=${CONVENE:-$root/build/convene}
# The source tree's protocols, installed or not.
export CONVENE_DATA_DIR="${CONVENE_DATA_DIR:-$root}"
sizes=${*:-5000 50000}
dir=${BENCH_DIR:-/tmp/convene-bench}
mkdir -p "$dir"
command -v sqlite3 >/dev/null || { echo "sqlite3 is needed: apt-get install sqlite3"; exit 1; }
command -v tmux >/dev/null || { echo "tmux is needed: apt-get install tmux"; exit 1; }
command -v python3 >/dev/null || { echo "python3 is needed: apt-get install python3"; exit 1; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time is needed: apt-get install time"; exit 1; }
small="$dir/history-50.db"
if [ ! -f "$small" ]; then
	"$CONVENE" --db "$small.tmp" demo --history 50 >/dev/null
	mv "$small.tmp" "$small"
fi
rm -f "$dir/empty.db"*
"$CONVENE" --db "$dir/empty.db" demo >/dev/null
"$CONVENE" --db "$small" search pilot >/dev/null 2>&1 || true

now_ms() { date +%s%3N; }
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# time_cmd CMD...: the median wall time of five runs, output discarded.
time_cmd() {
	i=0
	while [ $i -lt 5 ]; do
		t0=$(now_ms)
		"$@" >/dev/null 2>&1 || true
		echo $(( $(now_ms) - t0 ))
		i=$((i + 1))
	done | median
}

# wait_screen SOCKET PATTERN: until PATTERN (an extended regex) is on the
# screen of the app in tmux server SOCKET.
wait_screen() {
	until tmux -L "$1" capture-pane -p 2>/dev/null | grep -qE "$2"; do
		sleep 0.005
	done
}

# first_frame DB [SCREEN TEXT]: the median time from launching the app in a
# terminal (on SCREEN: home by default) to TEXT on its screen.
first_frame() {
	i=0
	while [ $i -lt 5 ]; do
		sock="convene-bench-$$-$i"
		t0=$(now_ms)
		tmux -L "$sock" new-session -d -x 100 -y 30 \
			"exec env TERM=tmux-256color '$CONVENE' --db '$1' ${2:-}"
		wait_screen "$sock" "${3:-Teams: Enter}"
		echo $(( $(now_ms) - t0 ))
		tmux -L "$sock" kill-server
		i=$((i + 1))
	done | median
}

# search_screen DB WORDS: the median time, on the app's search screen, from
# typing WORDS and Enter to the count of results on screen (or the word that
# nothing was found).
search_screen() {
	i=0
	while [ $i -lt 5 ]; do
		sock="convene-bench-$$-s$i"
		tmux -L "$sock" new-session -d -x 100 -y 30 \
			"exec env TERM=tmux-256color '$CONVENE' --db '$1'"
		wait_screen "$sock" "Teams: Enter"
		tmux -L "$sock" send-keys /
		wait_screen "$sock" "Find in every meeting"
		t0=$(now_ms)
		tmux -L "$sock" send-keys -l "$2" \; send-keys Enter
		wait_screen "$sock" "found(, newest| \\(the first)|Nothing recorded holds"
		echo $(( $(now_ms) - t0 ))
		tmux -L "$sock" kill-server
		i=$((i + 1))
	done | median
}

# cpu RUNS OUT CMD...: "CPU-ms peak-KiB wall-ms", the medians of RUNS runs
# of CMD with its output to OUT: user plus system time (getrusage, to the
# microsecond), maximum resident set (from /usr/bin/time, whose own small
# size is what the command starts from: a high-water mark is inherited
# across fork) and wall time. BEFORE, if set, is a file (with its -wal and
# -shm) removed before each run: the empty database an import writes to.
cpu() {
	BEFORE=${BEFORE:-} python3 - "$dir/rss.txt" "$@" <<'PY'
import os, subprocess, sys, time
rss_file, runs, out, cmd = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4:]
before = os.environ.get("BEFORE")
def clear():
    for f in [before, before + "-wal", before + "-shm"] if before else []:
        if os.path.exists(f):
            os.remove(f)
cpu, rss, wall = [], [], []
for _ in range(runs):
    clear()
    with open(out, "wb") as f:
        t0 = time.monotonic()
        pid = subprocess.Popen(["/usr/bin/time", "-f", "%M", "-o", rss_file] + cmd, stdout=f,
                               stderr=subprocess.DEVNULL).pid
        _, _, ru = os.wait4(pid, 0)
        wall.append((time.monotonic() - t0) * 1000)
    cpu.append((ru.ru_utime + ru.ru_stime) * 1000)
    rss.append(int(open(rss_file).read().split()[-1]))
clear()
median = lambda v: sorted(v)[len(v) // 2]
print("%.0f %d %.0f" % (median(cpu), median(rss), median(wall)))
PY
}

# ratio A B: A / B to two places.
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b ? a / b : 0 }'; }
# mb KiB: megabytes to one place.
mb() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }
# secs MS: seconds to one place.
secs() { awk -v m="$1" 'BEGIN { printf "%.1f", m / 1000 }'; }

# The columns: what, convene, sqlite3, and convene's figure over sqlite3's.
row() { printf "%-44s %6s %-2s %6s %-2s  %s\n" "$1" "$2" "$3" "$4" "$3" "${5:+$5 times}"; }

search_sql="SELECT si.rowid % 8, si.meeting_id, si.step_index, si.text, t.name,
 date(m.started_at, 'localtime'), ms.title, si.rowid / 8 FROM search_index si
 JOIN meeting m ON m.id = si.meeting_id JOIN team t ON t.id = m.team_id
 LEFT JOIN meeting_step ms ON ms.meeting_id = si.meeting_id AND ms.step_index = si.step_index
 WHERE search_index MATCH '\"pilot\"*' ORDER BY m.started_at DESC, m.id DESC, si.rowid"

# The same information as the Markdown export: for each meeting with an
# agreed point, its title, team, start, status, who was present, the roles,
# and each agreed point with its step.
points_sql="WITH agreed AS (SELECT p.* FROM talking_point p WHERE NOT EXISTS (SELECT 1
  FROM attendance a JOIN member mb ON mb.id = a.member_id WHERE a.meeting_id = p.meeting_id
  AND a.present AND NOT EXISTS (SELECT 1 FROM talking_point_agreement g
  WHERE g.talking_point_id = p.id AND g.grp = mb.grp))),
 sel AS (SELECT DISTINCT meeting_id AS id FROM agreed)
SELECT m.id, m.title, t.name, m.started_at, m.status,
 (SELECT group_concat(mb.name, ', ') FROM attendance a JOIN member mb ON mb.id = a.member_id
  WHERE a.meeting_id = m.id AND a.present),
 (SELECT group_concat(ra.role || ' ' || mb.name, ', ') FROM role_assignment ra
  JOIN member mb ON mb.id = ra.member_id WHERE ra.meeting_id = m.id),
 ms.step_index, ms.title, p.text
FROM sel JOIN meeting m ON m.id = sel.id JOIN team t ON t.id = m.team_id
JOIN agreed p ON p.meeting_id = m.id
JOIN meeting_step ms ON ms.meeting_id = m.id AND ms.step_index = p.step_index
ORDER BY m.started_at, m.id, p.step_index, p.position;"

# history N: every figure for a history of N meetings.
history() {
	n=$1
	teams=$(( n / 250 ))
	[ "$teams" -ge 1 ] || teams=1
	[ "$teams" -le 200 ] || teams=200
	db="$dir/history-$n-$teams-teams.db"
	if [ ! -f "$db" ]; then
		echo "building a history of $n meetings in $db (once)..."
		"$CONVENE" --db "$db.tmp" demo --history "$n" --teams "$teams" >/dev/null
		mv "$db.tmp" "$db"
	fi
	# A file made by an older convene is brought up to date (migrations,
	# the search index) once, before anything is timed.
	"$CONVENE" --db "$db" search pilot >/dev/null 2>&1 || true

	meetings=$(sqlite3 "$db" "SELECT count(*) FROM meeting")
	size=$(du -m "$db" | cut -f1)
	echo "convene history benchmark: $meetings meetings of $teams teams, ${size} MB ($(uname -m), $(nproc) CPUs)"
	printf "%-44s %9s %9s\n" "" "convene" "sqlite3"
	row "first frame, empty database" "$(first_frame "$dir/empty.db")" ms "-"
	row "first frame, the history" "$(first_frame "$db")" ms "-"
	rows="^ +#[0-9]+ +[0-9]{4}-"
	row "review list first frame, 50 meetings" "$(first_frame "$small" review "$rows")" ms "-"
	row "review list first frame, the history" "$(first_frame "$db" review "$rows")" ms "-"

	a=$(search_screen "$db" pilot) b=$(time_cmd sqlite3 "$db" "$search_sql LIMIT 200;")
	row "search screen \"pilot\" (200 newest)" "$a" ms "$b" "$(ratio "$a" "$b")"
	a=$(time_cmd "$CONVENE" --db "$db" search pilot) b=$(time_cmd sqlite3 "$db" "$search_sql LIMIT 50;")
	row "convene search \"pilot\" (50 newest)" "$a" ms "$b" "$(ratio "$a" "$b")"

	set -- $(cpu 9 /dev/null "$CONVENE" --db "$db" export) \
		$(cpu 9 /dev/null sqlite3 "$db" "$points_sql")
	row "export every agreed talking point (md), CPU" "$1" ms "$4" "$(ratio "$1" "$4")"
	a=$(time_cmd "$CONVENE" --db "$db" export) b=$(time_cmd sqlite3 "$db" "$points_sql")
	row "  the same, wall time" "$a" ms "$b" "$(ratio "$a" "$b")"

	# The whole history as JSON, and the dump of the file, each written to
	# a file (not a pipe) as a person would; then each read back into an
	# empty database.
	json="$dir/history-$n.json" dump="$dir/history-$n.sql"
	set -- $(cpu 3 "$json" "$CONVENE" --db "$db" export --what all --format json) \
		$(cpu 3 "$dump" sqlite3 "$db" .dump)
	row "JSON export of every meeting, CPU" "$1" ms "$4" "$(ratio "$1" "$4")"
	row "  peak memory (.dump for sqlite3)" "$(mb "$2")" MB "$(mb "$5")" "$(ratio "$2" "$5")"
	row "  size written" "$(( $(wc -c < "$json") / 1000000 ))" MB \
		"$(( $(wc -c < "$dump") / 1000000 ))"
	set -- $(BEFORE="$dir/import.db" cpu 1 /dev/null "$CONVENE" --db "$dir/import.db" import "$json") \
		$(BEFORE="$dir/restore.db" cpu 1 /dev/null sqlite3 "$dir/restore.db" ".read $dump")
	row "import that JSON (restore .dump), wall" "$(secs "$3")" s "$(secs "$6")" "$(ratio "$3" "$6")"
	row "  CPU" "$(secs "$1")" s "$(secs "$4")" "$(ratio "$1" "$4")"
	row "  peak memory" "$(mb "$2")" MB "$(mb "$5")" "$(ratio "$2" "$5")"
	rm -f "$json" "$dump"
	echo
}

for n in $sizes; do
	history "$n"
done
