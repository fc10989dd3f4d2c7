#!/bin/sh
# import: a benchmark, not a test. On the history bench/history.sh builds
# (N meetings, default 50000, shared among about N/250 teams; built once and
# kept in ${BENCH_DIR:-/tmp/convene-bench}), exports everything as JSON and
# prints, side by side with sqlite3 restoring a `.dump` of the same database
# into an empty file (the same rows, with no checks), the wall time, CPU time
# and peak memory (maximum resident set) of `convene import` into an empty
# database. One run each: an import of 50,000 meetings takes minutes.
# CONVENE may name another binary (an older build, to compare).
#
#   sh bench/import.sh [N]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
CONVENE=${CONVENE:-$root/build/convene}
# The source tree's protocols, installed or not.
export CONVENE_DATA_DIR="${CONVENE_DATA_DIR:-$root}"
n=${1:-50000}
dir=${BENCH_DIR:-/tmp/convene-bench}
mkdir -p "$dir"
teams=$(( n / 250 ))
[ "$teams" -ge 1 ] || teams=1
[ "$teams" -le 200 ] || teams=200
db="$dir/history-$n-$teams-teams.db"
command -v sqlite3 >/dev/null || { echo "sqlite3 is needed: apt-get install sqlite3"; exit 1; }
[ -x /usr/bin/time ] || { echo "GNU time is needed: apt-get install time"; exit 1; }
if [ ! -f "$db" ]; then
	echo "building a history of $n meetings in $db (once)..."
	"$CONVENE" --db "$db.tmp" demo --history "$n" --teams "$teams" >/dev/null
	mv "$db.tmp" "$db"
fi
json="$dir/history-$n.json"
dump="$dir/history-$n.sql"
[ -f "$json" ] || "$CONVENE" --db "$db" export --what all --format json -o "$json"
[ -f "$dump" ] || sqlite3 "$db" .dump > "$dump"

# measure OUT CMD...: runs CMD, prints wall seconds, CPU seconds and peak MiB.
measure() {
	out=$1
	shift
	rm -f "$out" "$out-wal" "$out-shm"
	/usr/bin/time -f "%e %U %S %M" -o "$dir/time.txt" "$@" >/dev/null
	awk '{ printf "%8.1f s %8.1f s %7.1f MiB", $1, $2 + $3, $4 / 1024 }' "$dir/time.txt"
	rm -f "$out" "$out-wal" "$out-shm"
}

echo "convene import benchmark: $(sqlite3 "$db" "SELECT count(*) FROM meeting") meetings of $teams teams ($(uname -m), $(nproc) CPUs)"
echo "JSON export $(du -mL "$json" | cut -f1) MB, .dump $(du -mL "$dump" | cut -f1) MB"
printf "%-40s %10s %10s %11s\n" "" "wall" "CPU" "peak"
printf "%-40s %s\n" "convene import (checks, then writes)" \
	"$(measure "$dir/import.db" "$CONVENE" --db "$dir/import.db" import "$json")"
printf "%-40s %s\n" "sqlite3 < .dump (the same rows)" \
	"$(measure "$dir/restore.db" sh -c 'sqlite3 "$0" < "$1"' "$dir/restore.db" "$dump")"
