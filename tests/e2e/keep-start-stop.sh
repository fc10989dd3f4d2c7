#!/bin/sh
# Keep, Stop, Start with the dots counted on paper: counted totals within
# the room's budget, settings that cannot change once dots are in, and a
# kill -9 in the middle of the vote that loses nothing.
. "$(dirname "$0")/lib.sh"

"$CONVENE" --db "$DB" demo >/dev/null
start 100 30
wait_for "Riverside Unified Learning Team (9 members)"
keys Enter
pick_protocol "Keep, Stop, Start"
wait_for "9 of 9 present"
keys Enter
accept_roles
wait_for "Quiet writing"
wait_for "4:5"                 # the five-minute countdown is running
keys n
wait_for "1 Keep"
keys Enter
type_text "Weekly PLC time"
keys Enter Enter
keys Tab Enter
type_text "Duplicate surveys"
keys Enter Enter
keys Tab Enter
type_text "Student-led conferences"
keys Enter Enter
wait_for "- Student-led conferences"
keys n
wait_for "Five dots each"
keys c
wait_for "Counted totals: 0 of 45 dots entered"
keys + + +
wait_for "Counted totals: 3 of 45 dots entered"
keys Down Down + +
wait_for "Counted totals: 5 of 45 dots entered"
keys d
wait_for "Dots per person (1-20):"
keys 7 Enter
wait_for "remove them before changing how the vote works"

kill -9 "$(app_pid)"
wait_exit >/dev/null
start 100 30
wait_for "Unfinished meetings: Enter resumes"
keys Down Enter
wait_for "Counted totals: 5 of 45 dots entered"
keys n
wait_for "40 of the 45 counted dots are not entered yet."
keys y
wait_for "Results: Five dots each, 5 dots placed"
screen | grep -q " 1\.   3   TOP  Weekly PLC time" || fail "the item with three counted dots ranks first"
screen | grep -q " 2\.   2   TOP  Student-led conferences" || fail "then the one with two"
keys q y
wait_for "is still open"
keys q
wait_exit >/dev/null
"$CONVENE" --db "$DB" export --meeting 1 --what votes --format json > "$TMP/v.json"
check 'python3 - "$TMP/v.json" <<PY
import json, sys
d = json.load(open(sys.argv[1]))
assert [v["voter"] for v in d["votes"]] == [None, None], d["votes"]
assert d["ranking"][0]["item"] == "Weekly PLC time" and d["ranking"][0]["dots"] == 3
assert [r["top"] for r in d["ranking"]] == [True, True, False]
PY' "counted totals are stored without voters, and the ranking survives the kill"
