#!/bin/sh
# Every protocol's source is credited: the picker shows the selected
# protocol's source, the first screen of its meeting says it, and each
# export (md, csv, json) names it, as the protocol file installed at export
# time gives it (the record keeps no source).
. "$(dirname "$0")/lib.sh"

"$CONVENE" --db "$DB" demo >/dev/null
start 80 24
wait_for "Riverside Unified Learning Team (9 members)"
keys Enter
pick_protocol "Keep, Stop, Start"
wait_for "9 of 9 present"
keys Escape                     # back to the picker, the protocol still selected
wait_for "Which protocol does the team run?"
wait_for "Source: After the Keep/Start/Stop activity, its three levels and its"
keys Enter
wait_for "9 of 9 present"
keys Enter
accept_roles
wait_for "Meeting #1 started: 9 present. Source: After the Keep/Start/Stop activity"
expect_screen "Keep, stop, start"
keys n                          # ends the quiet writing
wait_for "(empty)"
keys n
wait_for "Five dots each"
refute_screen "Source: After the Keep/Start/Stop"   # said once, then out of the way
keys q y
wait_for "is still open"
keys q
status=$(wait_exit)
check '[ "$status" = 0 ]' "the app leaves cleanly"

md=$("$CONVENE" --db "$DB" export --meeting 1 --what all --format md)
check 'printf "%s\n" "$md" | grep -q "^Source of Keep, Stop, Start (keep-start-stop, from the protocol file installed at export time, version 2): After the Keep/Start/Stop activity"' "the Markdown export credits the source"
csv=$("$CONVENE" --db "$DB" export --meeting 1 --what all --format csv)
check 'printf "%s\n" "$csv" | grep -q ",keep-start-stop,protocol_source_at_export,,,keep-start-stop,2,.*After the Keep/Start/Stop activity"' "the CSV export has a row with it"
"$CONVENE" --db "$DB" export --meeting 1 --what all --format json > "$TMP/m.json"
check 'python3 -c "import json,sys; s=json.load(open(sys.argv[1]))[\"protocol_sources_at_export\"]; assert s[0][\"protocol_id\"] == \"keep-start-stop\" and s[0][\"protocol_source_at_export\"].startswith(\"After the Keep/Start/Stop activity\"), s" "$TMP/m.json"' "the JSON export names it as the installed file's"
# A history of several meetings: each meeting credits its own protocols.
"$CONVENE" --db "$DB" export --team "Riverside Unified Learning Team" --what all --format json > "$TMP/all.json"
check 'python3 -c "import json,sys; d=json.load(open(sys.argv[1]))[\"meetings\"]; assert d and all(m[\"protocol_sources_at_export\"] for m in d)" "$TMP/all.json"' "so does every meeting of a team's history"
