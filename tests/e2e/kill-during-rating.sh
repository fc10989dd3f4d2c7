#!/bin/sh
# kill -9 in the middle of rating entry loses nothing the screen showed as
# saved, and the meeting resumes where it stopped.
. "$(dirname "$0")/lib.sh"

"$CONVENE" --db "$DB" demo >/dev/null
start 80 24
wait_for "Riverside Unified Learning Team (9 members)"
keys Enter
pick_protocol "Effective Team Assessment"
wait_for "9 of 9 present"
keys Enter
accept_roles
wait_for "How are ratings entered?"
keys Enter           # named
wait_for "How this works"
keys n
wait_for "Dimension 1 of 9, named entry"

# Dimension 1 for all nine; each rating waits for its "Saved" message.
names="Maria_Alvarez James_Okafor Priya_Natarajan Robert_King Dana_Whitfield Luis_Ortega Aisha_Thompson Grace_Kim Tom_Becker"
values="4 5 3 6 2 7 4 5 3"
set -- $values
for n in $names; do
	keys "$1"
	wait_for "Saved $(echo "$n" | tr _ ' '): $1."
	shift
done
keys n
wait_for "Dimension 2 of 9"
# Dimension 2: four ratings, then the process is killed without warning.
for v in 6 6 1 2; do
	keys "$v"
done
wait_for "Saved Robert King: 2."
kill -9 "$(app_pid)"
status=$(wait_exit)
check '[ "$status" = 137 ]' "the app died of SIGKILL (status $status)"

csv=$("$CONVENE" --db "$DB" export --meeting 1 --what ratings --format csv)
check '[ "$(printf "%s\n" "$csv" | tail -n +2 | grep -c ",goals,")" = 9 ]' "all nine ratings of dimension 1 are in the database"
check '[ "$(printf "%s\n" "$csv" | tail -n +2 | grep -c ",resources,")" = 4 ]' "the four ratings of dimension 2 are in the database"
got=$(printf '%s\n' "$csv" | tail -n +2 | grep ",goals," | cut -d, -f14 | tr '\n' ' ')
check '[ "$got" = "4 5 3 6 2 7 4 5 3 " ]' "with the values typed ($got)"
check 'printf "%s\n" "$csv" | grep ",resources," | grep -q "Robert King,[0-9a-f]*,District,,2,"' "each saved with its person"
if command -v sqlite3 >/dev/null 2>&1; then
	check '[ "$(sqlite3 "$DB" "PRAGMA integrity_check")" = ok ]' "the database passes integrity_check"
fi

# Restart: the home screen offers the unfinished meeting and resumes it.
start 80 24
wait_for "Unfinished meetings: Enter resumes"
keys Down
keys Enter
wait_for "Resumed meeting #1 where it stopped."
expect_screen "Dimension 2 of 9"
expect_screen "2. Utilization of resources"
screen | grep -F "> Dana Whitfield" >/dev/null || fail "the cursor is on the next person to rate"
screen | grep -F "Robert King" | grep -q " 2$" || fail "Robert King's 2 is shown"
keys 5
wait_for "Saved Dana Whitfield: 5."
keys q
wait_for "Leave the meeting?"
keys y
wait_for "is still open"
keys q
status=$(wait_exit)
check '[ "$status" = 0 ]' "the app leaves cleanly after resuming"
check '[ "$("$CONVENE" --db "$DB" export --meeting 1 --what ratings --format csv | grep -c ",resources,")" = 5 ]' "the rating after resuming is saved too"
