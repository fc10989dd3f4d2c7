#!/bin/sh
# The regular-meeting agenda from start to finish through the real binary:
# norms and a focus, a check-in, the three boxes with a dot vote, a
# decision, an agreed talking point, an action item, and the closing norms
# check, interrupted by kill -9 and resumed; then the whole record exported.
. "$(dirname "$0")/lib.sh"

"$CONVENE" --db "$DB" demo >/dev/null
start 100 30
wait_for "Riverside Unified Learning Team (9 members)"
keys Enter
pick_protocol "Regular learning-team meeting"
wait_for "9 of 9 present"
keys Enter
accept_roles
wait_for "How are ratings entered?"
keys Enter

wait_for "Norm 1 of 7"
wait_for "| Seven Norms"
keys ' '
wait_for "Pausing: a focus for today."
keys n
wait_for "| Check-in"
keys Enter
type_text "Glad to be here; hoping we decide on the pilot"
keys Enter Enter
keys n
wait_for "Frame the issue"
wait_for "| Three-Box"
keys Enter
type_text "Teacher collaboration next year"
keys Enter Enter
keys n
wait_for "Quiet writing"
keys n
wait_for "1 Build upon what works"
keys Enter
type_text "Peer observation"
keys Enter Enter
keys Tab Enter
type_text "Duplicate sign-in forms"
keys Enter Enter
wait_for "- Duplicate sign-in forms"
keys n
wait_for "Sort and combine"
keys n
wait_for "Voter 1 of 9: Maria Alvarez"
keys +
wait_for "Saved: 2 dots left."
keys n
wait_for "26 dots are not placed yet"
keys y
wait_line "Peer observation" "TOP"
keys n
wait_for "Deciding how to decide"
wait_for "| Decision-Making"
keys n
record_decision "Adopt the peer observation pilot" "Pilot in two schools" "Teachers asked for it"
keys n
wait_for "What we say outside this room"
keys n
wait_for "Agree our talking points"
keys Enter
type_text "We will pilot peer observation in two schools."
keys Enter Enter
keys Up r
wait_for "Talking point 1 of 1"
keys 1 2 3
wait_for "AGREED by every group present"
keys Escape
wait_line "1. We will pilot" "AGREED"
keys n
wait_for "Next steps for the top ideas"
keys Enter
type_text "Schedule the pilot"
keys Enter Enter Enter
wait_for "Action item 1 saved."
keys n
wait_for "How well did we practise our norms?: Norm 1 of 1, named entry"
keys 3
wait_for "Saved Maria Alvarez: 3."
keys 4
wait_for "Saved James Okafor: 4."

kill -9 "$(app_pid)"
wait_exit >/dev/null
start 100 30
wait_for "Unfinished meetings: Enter resumes"
keys Down Enter
wait_for "Resumed meeting #1 where it stopped."
expect_screen "Norm 1 of 1, named entry"
wait_line "> Priya Natarajan" "-"
for v in 3 2 4 3 3 4 3; do keys "$v"; done
wait_for "Saved Tom Becker: 3."
keys n
wait_for "results, step 12 of 12"
keys n
wait_for "All steps are done."
keys n y
wait_for "Meeting #1 closed."
keys q
wait_exit >/dev/null

"$CONVENE" --db "$DB" export --meeting 1 --what all --format json > "$TMP/all.json"
check 'python3 - "$TMP/all.json" <<PY
import json, sys
d = json.load(open(sys.argv[1]))
assert d["meeting"]["title"] == "Regular learning-team meeting", d["meeting"]
assert len(d["steps"]) == 12
assert [f["norm"] for f in d["focus"]] == ["Pausing"]
assert len(d["items"]) == 4, d["items"]
assert d["ranking"][0]["item"] == "Peer observation" and d["ranking"][0]["top"]
assert d["decisions"][0]["decided_by"] == "The team decides by consensus"
assert d["talking_points"][0]["agreed"] is True
assert d["actions"][0]["text"] == "Schedule the pilot"
assert len(d["ratings"]) == 9 and {r["dimension_id"] for r in d["ratings"]} == {"pausing"}
PY' "every part of the agenda is in the record, the check complete after the kill"
md=$("$CONVENE" --db "$DB" export --meeting 1)
check 'printf "%s\n" "$md" | grep -qx "1. We will pilot peer observation in two schools."' "the default export is the agreed talking point"
