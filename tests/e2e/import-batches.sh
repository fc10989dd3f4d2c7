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

# While a long import runs, another writer gets the lock between batches.
rm -f "$TMP/big.db"
"$CONVENE" --db "$TMP/big.db" demo >/dev/null
"$CONVENE" --db "$TMP/big.db" import "$TMP/all.json" > "$TMP/out" 2>&1 &
importer=$!
# A writer that waits 300 ms at most (the app waits 250): with the
# whole file in one transaction (1,500 meetings: about a second) it
# would give up.
got=0 missed=0
while kill -0 $importer 2>/dev/null; do
	if printf '.timeout 300\nBEGIN IMMEDIATE;\nCOMMIT;\n' | sqlite3 "$TMP/big.db" >/dev/null 2>&1; then
		got=$((got + 1))
	else
		missed=$((missed + 1))
	fi
done
wait $importer || fail "the long import failed: $(cat "$TMP/out")"
check '[ $missed = 0 ] && [ $got -gt 2 ]' "another writer got the lock every time during the import ($got, missed $missed)"
check '[ "$(meetings "$TMP/big.db")" = 1500 ]' "and the import is whole"
