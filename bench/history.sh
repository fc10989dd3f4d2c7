#!/bin/sh
# history: a benchmark, not a test. On a history of N meetings (default
# 50000) shared among about N/250 teams (at most 200), which is some ten
# years of a district's teams meeting every two weeks (built once with
# `convene demo --history N --teams K` and kept in
# ${BENCH_DIR:-/tmp/convene-bench}), prints side by side with the sqlite3
# command-line tool running the equivalent query on the same file:
#   - the time to the app's first frame, empty database and history;
#   - the review list's first frame, with 50 meetings on record and with
#     the history;
#   - `convene search` and the FTS5 query behind it;
#   - `convene export` of every agreed talking point and a query for them;
#   - `convene export --what all --format json` of the whole history against
#     `sqlite3 .dump` of the same file: CPU time (user and system) and peak
#     memory (maximum resident set), from getrusage and /usr/bin/time.
# Each time is the median of five runs (nine for the CPU time of the agreed
# points, three for the whole history's JSON), in milliseconds; the ratio
# is convene's figure over sqlite3's. On a busy machine the figures vary
# from run to run: compare the ratios of one run.
#
#   sh bench/history.sh [N]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
CONVENE=${CONVENE:-$root/build/convene}
n=${1:-50000}
dir=${BENCH_DIR:-/tmp/convene-bench}
mkdir -p "$dir"
teams=$(( n / 250 ))
[ "$teams" -ge 1 ] || teams=1
[ "$teams" -le 200 ] || teams=200
db="$dir/history-$n-$teams-teams.db"
command -v sqlite3 >/dev/null || { echo "sqlite3 is needed: apt-get install sqlite3"; exit 1; }
command -v tmux >/dev/null || { echo "tmux is needed: apt-get install tmux"; exit 1; }
command -v python3 >/dev/null || { echo "python3 is needed: apt-get install python3"; exit 1; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time is needed: apt-get install time"; exit 1; }
if [ ! -f "$db" ]; then
	echo "building a history of $n meetings in $db (once)..."
	"$CONVENE" --db "$db.tmp" demo --history "$n" --teams "$teams" >/dev/null
	mv "$db.tmp" "$db"
fi
small="$dir/history-50.db"
if [ ! -f "$small" ]; then
	"$CONVENE" --db "$small.tmp" demo --history 50 >/dev/null
	mv "$small.tmp" "$small"
fi
rm -f "$dir/empty.db"*
"$CONVENE" --db "$dir/empty.db" demo >/dev/null
# A file made by an older convene is brought up to date (migrations, the
# search index) once, before anything is timed.
"$CONVENE" --db "$db" search pilot >/dev/null 2>&1 || true
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

# first_frame DB [SCREEN TEXT]: the median time from launching the app in a
# terminal (on SCREEN: home by default) to TEXT on its screen.
first_frame() {
	i=0
	while [ $i -lt 5 ]; do
		sock="convene-bench-$$-$i"
		t0=$(now_ms)
		tmux -L "$sock" new-session -d -x 100 -y 30 \
			"exec env TERM=tmux-256color '$CONVENE' --db '$1' ${2:-}"
		until tmux -L "$sock" capture-pane -p 2>/dev/null | grep -qE "${3:-Teams: Enter}"; do
			sleep 0.005
		done
		echo $(( $(now_ms) - t0 ))
		tmux -L "$sock" kill-server
		i=$((i + 1))
	done | median
}

# cpu RUNS OUT CMD...: "CPU-ms peak-KiB", the medians of RUNS runs of CMD
# with its output to OUT: user plus system time (getrusage, to the
# microsecond) and maximum resident set (from /usr/bin/time, whose own
# small size is what the command starts from: a high-water mark is
# inherited across fork).
cpu() {
	python3 - "$dir/rss.txt" "$@" <<'PY'
import os, subprocess, sys
rss_file, runs, out, cmd = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4:]
cpu, rss = [], []
for _ in range(runs):
    with open(out, "wb") as f:
        pid = subprocess.Popen(["/usr/bin/time", "-f", "%M", "-o", rss_file] + cmd, stdout=f,
                               stderr=subprocess.DEVNULL).pid
        _, _, ru = os.wait4(pid, 0)
    cpu.append((ru.ru_utime + ru.ru_stime) * 1000)
    rss.append(int(open(rss_file).read().split()[-1]))
median = lambda v: sorted(v)[len(v) // 2]
print("%.0f %d" % (median(cpu), median(rss)))
PY
}

# ratio A B: A / B to two places.
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b ? a / b : 0 }'; }

meetings=$(sqlite3 "$db" "SELECT count(*) FROM meeting")
size=$(du -m "$db" | cut -f1)
echo "convene history benchmark: $meetings meetings of $teams teams, ${size} MB ($(uname -m), $(nproc) CPUs)"
printf "%-44s %8s %8s\n" "" "convene" "sqlite3"
printf "%-44s %6s ms %6s ms\n" "first frame, empty database" "$(first_frame "$dir/empty.db")" "-"
printf "%-44s %6s ms %6s ms\n" "first frame, the history" "$(first_frame "$db")" "-"
rows="^ +#[0-9]+ +[0-9]{4}-"
printf "%-44s %6s ms %6s ms\n" "review list first frame, 50 meetings" \
	"$(first_frame "$small" review "$rows")" "-"
printf "%-44s %6s ms %6s ms\n" "review list first frame, the history" \
	"$(first_frame "$db" review "$rows")" "-"

search_sql="SELECT si.rowid % 8, si.meeting_id, si.step_index, si.text, t.name,
 date(m.started_at, 'localtime'), ms.title FROM search_index si
 JOIN meeting m ON m.id = si.meeting_id JOIN team t ON t.id = m.team_id
 LEFT JOIN meeting_step ms ON ms.meeting_id = si.meeting_id AND ms.step_index = si.step_index
 WHERE search_index MATCH '\"pilot\"*' ORDER BY m.started_at DESC, m.id DESC, si.rowid LIMIT 50;"
printf "%-44s %6s ms %6s ms\n" "search \"pilot\" (50 newest)" \
	"$(time_cmd "$CONVENE" --db "$db" search pilot)" "$(time_cmd sqlite3 "$db" "$search_sql")"

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
set -- $(cpu 9 /dev/null "$CONVENE" --db "$db" export) \
	$(cpu 9 /dev/null sqlite3 "$db" "$points_sql")
printf "%-44s %6s ms %6s ms  %s times\n" "export every agreed talking point (md), CPU" \
	"$1" "$3" "$(ratio "$1" "$3")"
a=$(time_cmd "$CONVENE" --db "$db" export) b=$(time_cmd sqlite3 "$db" "$points_sql")
printf "%-44s %6s ms %6s ms  %s times\n" "  the same, wall time" "$a" "$b" "$(ratio "$a" "$b")"

# The whole history as JSON, and the dump of the file, each written to a
# file (not a pipe) as a person would.
set -- $(cpu 3 "$dir/export.json" "$CONVENE" --db "$db" export --what all --format json) \
	$(cpu 3 "$dir/dump.sql" sqlite3 "$db" .dump)
printf "%-44s %6s ms %6s ms  %s times\n" "JSON export of every meeting, CPU" "$1" "$3" \
	"$(ratio "$1" "$3")"
printf "%-44s %6s MB %6s MB\n" "  peak memory (.dump for sqlite3)" \
	"$(awk -v k="$2" 'BEGIN { printf "%.1f", k / 1024 }')" \
	"$(awk -v k="$4" 'BEGIN { printf "%.1f", k / 1024 }')"
printf "%-44s %6s MB %6s MB\n" "  size written" "$(( $(wc -c < "$dir/export.json") / 1000000 ))" \
	"$(( $(wc -c < "$dir/dump.sql") / 1000000 ))"
rm -f "$dir/export.json" "$dir/dump.sql"
