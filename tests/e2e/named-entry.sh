#!/bin/sh
# Named entry with a correction, keys that do not apply, moving on with
# ratings missing, the help screen, a terminal too small and back, SIGTERM,
# and text from the database that tries to steer the terminal.
. "$(dirname "$0")/lib.sh"

"$CONVENE" --db "$DB" demo >/dev/null
if command -v sqlite3 >/dev/null 2>&1; then
	sqlite3 "$DB" "INSERT INTO team (uid, name, created_at) VALUES
		('e1', 'Evil' || char(27) || ']2;pwned' || char(7) || ' team', 'now');
		INSERT INTO member (uid, team_id, name, grp, position, created_at)
		VALUES ('e2', (SELECT id FROM team WHERE uid = 'e1'), 'X', 'Y', 0, 'now');"
	hostile=yes
fi

start 80 24
wait_for "Riverside Unified Learning Team (9 members)"
if [ "${hostile:-}" = yes ]; then
	wait_for "]2;pwned"
	check '[ "$(t display -p "#{pane_title}")" != pwned ]' "an escape sequence from the database does not reach the terminal"
	expect_screen "Evil"
fi

keys '?'
wait_for "Keys: Home"
expect_screen "Start a meeting of the selected team, or resume the"
expect_screen "Quit convene (everything is already saved)"
# At 80x24 the keys go on below: the last line says so, and Down shows them.
wait_match "\.\.\. [0-9]+ more below: Down scrolls"
keys Down Down Down Down Down Down Down Down
wait_for "Show the keys of this screen"
wait_for "Up scrolls back to the first keys"
keys Escape
wait_for "Teams: Enter starts a meeting"

[ "${hostile:-}" = yes ] && keys Down
keys Enter
wait_for "New meeting: Riverside Unified Learning Team"
pick_protocol "Effective Team Assessment"
wait_for "9 of 9 present"
keys Enter
accept_roles
wait_for "How are ratings entered?"
keys Enter
wait_for "How this works"
keys b
wait_for "This is the first step."
keys n
wait_for "Dimension 1 of 9, named entry"
screen | grep -qF "> Maria Alvarez" || fail "named entry starts with the first member"

keys 4
wait_for "Saved Maria Alvarez: 4."
keys 5
wait_for "Saved James Okafor: 5."
keys 9
wait_for "Ratings run from 1 to 7."
keys 3
wait_for "Saved Priya Natarajan: 3."
# Priya meant 6: select her and type it again.
keys Up
wait_for "> Priya Natarajan"
keys 6
wait_for "Saved Priya Natarajan: 6."
screen | grep -F "Priya Natarajan" | grep -q " 6$" || fail "Priya's rating shows the correction"
screen | grep -qF "> Robert King" || fail "after a correction the cursor goes to the next person without a rating"
keys 2
wait_for "Saved Robert King: 2."
keys u
wait_for "Removed Robert King's rating: type it again."
keys 3
wait_for "Saved Robert King: 3."

keys n
wait_for "Only 4 of 9 present have rated this dimension."
keys n
wait_gone "y = yes"
expect_screen "Dimension 1 of 9"
keys n
wait_for "Only 4 of 9 present"
keys y
wait_for "Dimension 2 of 9"

t resize-window -x 50 -y 15
wait_for "too small"
t resize-window -x 100 -y 30
wait_for "Dimension 2 of 9"
expect_screen "2. Utilization of resources"

keys '?'
wait_for "Keys: Rating"
expect_screen "Remove the rating entered last on this dimension"
expect_screen "Leave the meeting; it stays open to resume"
keys Escape
wait_for "Dimension 2 of 9"
keys 7
wait_for "Saved Maria Alvarez: 7."

kill -TERM "$(app_pid)"
status=$(wait_exit 5)
check '[ "$status" = 143 ]' "SIGTERM ends the app promptly (status $status)"
csv=$("$CONVENE" --db "$DB" export --meeting 1 --what ratings --format csv)
check '[ "$(printf "%s\n" "$csv" | grep -c ",goals,")" = 4 ]' "the four ratings of dimension 1 are saved"
check 'printf "%s\n" "$csv" | grep ",goals," | grep -q "Priya Natarajan,[0-9a-f]*,District,,6,"' "with the correction, not the mistake"
check 'printf "%s\n" "$csv" | grep -q ",resources,.*Maria Alvarez,[0-9a-f]*,District,,7,"' "and the rating entered just before SIGTERM"
