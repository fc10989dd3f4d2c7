#!/bin/sh
# Following up action items through the real binary: items recorded in one
# meeting come back at the start of the team's next one, where each is
# marked done, carried over or dropped; a carried one comes back again, and
# the record of the first meeting shows what became of them.
. "$(dirname "$0")/lib.sh"

mkdir -p "$XDG_CONFIG_HOME/convene/protocols"
cat > "$XDG_CONFIG_HOME/convene/protocols/next-steps.yaml" <<'YAML'
id: next-steps
title: Next steps
version: "1"
source: test
summary: Only action items.
steps:
  - kind: actions
    title: Who does what
    minutes: 5
YAML
"$CONVENE" --db "$DB" demo >/dev/null
start 100 30
wait_for "Riverside Unified Learning Team (9 members)"
keys Enter
pick_protocol "Next steps"
wait_for "9 of 9 present"
keys Enter
accept_roles
wait_for "Who does what"
check '! screen | grep -q "Action items from earlier meetings"' "a first meeting has nothing to follow up"
for item in "Book the library" "Ask the board" "Order snacks"; do
	keys Enter
	type_text "$item"
	keys Enter Enter Enter
	wait_for "saved."
done
keys n
close_meeting 1

keys Enter
pick_protocol "Check-in"
wait_for "9 of 9 present"
keys Enter
accept_roles
wait_for "Action items from earlier meetings: 3"
wait_line "open" "Book the library"
wait_for "from meeting #1"
keys d
wait_line "done" "Book the library"
keys c
wait_line "carried" "Ask the board"
keys x
wait_line "dropped" "Order snacks"
check 'true' "each item is marked done, carried over or dropped"
keys Enter
wait_gone "Action items from earlier meetings"
expect_screen "Check-in"
keys n
close_meeting 2

keys Enter
pick_protocol "Check-in"
wait_for "9 of 9 present"
keys Enter
accept_roles
wait_for "Action items from earlier meetings: 1"
wait_line "carried" "Ask the board"
check '! screen | grep -qE "Book the library|Order snacks"' "only the carried item comes back"
keys Enter
wait_gone "Action items from earlier meetings"
keys q y
wait_for "is still open"
keys q
wait_exit >/dev/null
md=$("$CONVENE" --db "$DB" export --meeting 1 --what actions)
check 'printf "%s\n" "$md" | grep -qF -- "- [x] Book the library"' "the first meeting's record shows the item done"
check 'printf "%s\n" "$md" | grep -qF "Order snacks" && printf "%s\n" "$md" | grep -F "Order snacks" | grep -q dropped' "and the dropped one"

# Export across the team's meetings.
csv=$("$CONVENE" --db "$DB" export --team "Riverside Unified Learning Team" --what actions --format csv)
check '[ "$(printf "%s\n" "$csv" | grep -c "^meeting,meeting_uid,")" -eq 1 ]' "a team's CSV export has one header"
check '[ "$(printf "%s\n" "$csv" | tail -n +2 | grep -c .)" -eq 3 ]' "and every action item of its meetings"
"$CONVENE" --db "$DB" export --team 1 --what all --format json > "$TMP/team.json"
check 'python3 -c "import json,sys; d=json.load(open(sys.argv[1])); assert [m[\"meeting\"][\"id\"] for m in d[\"meetings\"]] == [1, 2, 3]" "$TMP/team.json"' "the JSON export lists the team's meetings, oldest first"
today=$(date +%Y-%m-%d)
"$CONVENE" --db "$DB" export --since "$today" --until "$today" --what all --format json > "$TMP/today.json"
check 'python3 -c "import json,sys; assert len(json.load(open(sys.argv[1]))[\"meetings\"]) == 3" "$TMP/today.json"' "--since and --until include the day named"
"$CONVENE" --db "$DB" export --since 2999-01-01 --format json > "$TMP/none.json"
check 'python3 -c "import json,sys; assert json.load(open(sys.argv[1])) == {\"meetings\": []}" "$TMP/none.json"' "no meeting in the dates: an empty list"
"$CONVENE" --db "$DB" export --team "Nobody" >/dev/null 2>&1 && status=0 || status=$?
check '[ "$status" -eq 66 ]' "an unknown team exits 66"
"$CONVENE" --db "$DB" export --since 2026-13-01 >/dev/null 2>"$TMP/date.err" && status=0 || status=$?
check '[ "$status" -eq 64 ] && grep -q "not a date: write it YYYY-MM-DD" "$TMP/date.err"' "a date that is not one exits 64"
