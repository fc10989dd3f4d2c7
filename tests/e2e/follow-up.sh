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
wait_for "All steps are done."
keys n y
wait_for "Meeting #1 closed."

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
wait_for "All steps are done."
keys n y
wait_for "Meeting #2 closed."

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
