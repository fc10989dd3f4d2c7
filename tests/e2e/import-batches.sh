#!/bin/sh
# Import writes a few meetings at a time, so a meeting running in the app
# is never kept waiting for the whole file; and a file refused part way
# still changes nothing: what the earlier batches added is taken back.
. "$(dirname "$0")/lib.sh"

"$CONVENE" --db "$TMP/src.db" demo --history 1500 >/dev/null
"$CONVENE" --db "$TMP/src.db" export --what all --format json > "$TMP/all.json"
meetings() { sqlite3 "$1" "SELECT count(*) FROM meeting"; }

# The last meeting of the file, as if of another team: its uid is then
# taken here by a meeting of that other team.
python3 - "$TMP/all.json" "$TMP/last.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
last = d["meetings"][-1]
last["meeting"]["team_uid"] = "0123456789abcdef0123456789abcdef"
last["meeting"]["team"] = "Another team"
for a in last["attendance"]:
	a["member_uid"] = a["member_uid"][:-4] + "beef"
for r in last.get("roles", []):
	if r.get("member_uid"):
		r["member_uid"] = r["member_uid"][:-4] + "beef"
json.dump({"meetings": [last]}, open(sys.argv[2], "w"))
PY
"$CONVENE" --db "$DB" import "$TMP/last.json" > "$TMP/out" 2>&1 || { cat "$TMP/out"; fail "the one meeting imports"; }
check '[ "$(meetings "$DB")" = 1 ]' "one meeting of another team is here"
rc=0
"$CONVENE" --db "$DB" import "$TMP/all.json" > "$TMP/out" 2> "$TMP/err" || rc=$?
check '[ $rc = 65 ] && grep -q "Nothing was imported" "$TMP/err"' "a file refused at its last meeting is refused (exit $rc)"
check '[ "$(meetings "$DB")" = 1 ] && [ "$(sqlite3 "$DB" "SELECT count(*) FROM team")" = 1 ] &&
	[ "$(sqlite3 "$DB" "PRAGMA integrity_check")" = ok ]' "and the batches written before it are taken back: the database is as it was"

# While a long import runs, another writer waits at most a batch for the
# lock: the import steps aside between batches. With the whole file in one
# transaction (3,000 meetings) a writer would wait for all of it. The writer
# looks for the lock every 5 ms, as convene does.
"$CONVENE" --db "$TMP/src3.db" demo --history 3000 >/dev/null
"$CONVENE" --db "$TMP/src3.db" export --what all --format json > "$TMP/all3.json"
"$CONVENE" --db "$TMP/big.db" demo >/dev/null
"$CONVENE" --db "$TMP/big.db" import "$TMP/all3.json" > "$TMP/out" 2>&1 &
importer=$!
python3 - "$TMP/big.db" "$importer" > "$TMP/waits" <<'PY'
import os, sqlite3, sys, time
db, pid = sys.argv[1], int(sys.argv[2])
tries, longest = 0, 0.0
def alive():
	try:
		os.kill(pid, 0)
		return open("/proc/%d/stat" % pid).read().split()[2] != "Z"
	except OSError:
		return False
while alive():
	t0 = time.monotonic()
	c = sqlite3.connect(db, timeout=0, isolation_level=None)
	while True:
		try:
			c.execute("BEGIN IMMEDIATE")
			break
		except sqlite3.OperationalError:
			if time.monotonic() - t0 > 10:
				raise
			time.sleep(0.005)
	c.execute("COMMIT")
	c.close()
	longest = max(longest, time.monotonic() - t0)
	tries += 1
	time.sleep(0.01)
print(tries, int(longest * 1000))
PY
wait $importer || fail "the long import failed: $(cat "$TMP/out")"
read tries longest < "$TMP/waits"
check '[ $tries -gt 2 ] && [ $longest -lt 1000 ]' "another writer never waited a second for the lock during the import (longest $longest ms in $tries tries)"
check '[ "$(meetings "$TMP/big.db")" = 3000 ]' "and the import is whole"
