#!/bin/sh
# Agreed level and target, through the real binary: after a rating, the
# team records where it agrees it stands and a target with its date per
# component (a date that is not real, or not after today, refused), takes a
# change back with u and clears one (asked first); the program is killed
# and the meeting resumes with them; the room view, review, the three
# exports and the trends over a second meeting show them, with whether
# each target was met.
. "$(dirname "$0")/lib.sh"
# wait_comp TITLE TEXT: waits until the line under a component's title
# (what the team agreed) holds TEXT.
comp_line() { screen | awk -v t="$1" 'found { print; exit } index($0, t) { found = 1 }'; }
wait_comp() {
	deadline=$(( $(date +%s) + ${E2E_WAIT:-10} ))
	until comp_line "$1" | grep -qF -- "$2"; do
		[ "$(date +%s)" -lt "$deadline" ] || fail "timed out waiting under $1 for: $2"
		sleep 0.05
	done
}

mine="$XDG_CONFIG_HOME/convene/protocols"
mkdir -p "$mine"
cp "$SOURCE_ROOT/tests/e2e/levels-protocol.yaml" "$mine/our-levels.yaml"

"$CONVENE" --db "$DB" demo >/dev/null

# to_levels RATINGS...: from the home screen, a blind meeting of the
# protocol with the ratings given for each of the three dimensions (one
# argument of digits per dimension), on to the levels step.
to_levels() {
	wait_for "Teams: Enter starts a meeting"
	keys Enter
	pick_protocol "Where we stand and where we aim"
	wait_for "Who is here?"
	keys Enter
	accept_roles
	wait_for "How are ratings entered?"
	keys Down Enter
	for r in "$@"; do
		wait_for "blind entry"
		for v in $(printf '%s' "$r" | sed 's/./& /g'); do keys "$v"; done
		wait_for "9 of 9 have rated"
		keys n
	done
	wait_for "results, step 1 of 2"
	keys n
	wait_for "Where we agree we stand, and where we aim to be"
}

start 100 30
to_levels 122233344 233344444 111122223
wait_comp "1. Shared goals" "now -  target -"
expect_screen "n 9  mean 2.7  range 1-4   1:1 2:3 3:3 4:2"
keys 2
wait_for "name: we agree we are at 2."
wait_comp "1. Shared goals" "now 2  target -"
keys g
wait_for "The level to reach, 1 to 4 (empty: no target):"
type_text 9
keys Enter
wait_for "A target is a point of the scale, 1 to 4."
keys C-u BSpace
type_text 4
keys Enter
wait_for "Reach 4 by when? YYYY-MM-DD, after today:"
type_text 2099-02-30
keys Enter
wait_for "must be a real date"
keys C-u
type_text 2000-01-01
keys Enter
wait_for "the target's date must be after today"
keys C-u
type_text 2099-06-30
keys Enter
wait_for "name: target 4 by 2099-06-30."
wait_comp "1. Shared goals" "now 2  target 4 by 2099-06-30"
keys Down 3
wait_comp "2. Trust" "now 3  target -"
keys u
wait_for "Taken back: Trust is as it was."
wait_comp "2. Trust" "now -  target -"
keys 3 Down 1
wait_comp "3. Use of data" "now 1  target -"
keys x
wait_for "Clear the agreed level and target of Use of data?"
keys n
wait_comp "3. Use of data" "now 1  target -"
keys x
wait_for "Clear the agreed level and target of Use of data?"
keys y
wait_for "Cleared. u puts it back."
wait_comp "3. Use of data" "now -  target -"
keys 1
wait_comp "3. Use of data" "now 1  target -"
num=$(screen | head -1 | grep -oE '#[0-9]+' | head -1 | tr -d '#')

# Killed without warning: the meeting resumes with what was recorded.
kill -9 "$(app_pid)"
wait_exit >/dev/null
start 100 30
wait_for "Unfinished meetings: Enter resumes"
keys Down Enter
wait_for "Resumed meeting #$num where it stopped."
wait_comp "1. Shared goals" "now 2  target 4 by 2099-06-30"
wait_comp "2. Trust" "now 3  target -"
wait_comp "3. Use of data" "now 1  target -"

# The room view shows the spread and what was agreed.
keys t
wait_for "We agree we are at 2; target 4 by 2099-06-30"
expect_screen "Rated: mean 2.7, from 1 to 4 (9 rated)"
expect_screen "We agree we are at 3"
keys t
wait_comp "1. Shared goals" "now 2"
keys n
close_meeting "$num"

# Review, the exports.
keys v
wait_for "Meetings on record"
keys Enter
wait_for "Where we agree we stand, and where we aim to be"
wait_for "now 2; target 4 by 2099-06-30"
expect_screen "Trust: now 3"
keys Escape
wait_for "Meetings on record"
keys Escape
wait_for "Teams: Enter starts a meeting"
md=$("$CONVENE" --db "$DB" export --meeting "$num" --what levels)
check 'printf "%s\n" "$md" | grep -qx -- "- Shared goals and a plan everyone in the district can name: now 2; target 4 by 2099-06-30"' "the notes give each component's level and target"
csv=$("$CONVENE" --db "$DB" export --meeting "$num" --what levels --format csv)
check 'printf "%s\n" "$csv" | grep -q ",2,.*,goals,Shared goals and a plan everyone in the district can name,2,,4,,2099-06-30,1,4,"' "the CSV has the level and the target in one row"
json=$("$CONVENE" --db "$DB" export --meeting "$num" --what all --format json)
check 'printf "%s\n" "$json" | grep -q "\"component\": \"Use of data\", \"level\": 1, \"target\": null"' "the JSON has each component"

# A second meeting reaches the target: the trends say it was met.
to_levels 333344444 344444444 222233333
keys 4
wait_comp "1. Shared goals" "now 4  target -"
num2=$(screen | head -1 | grep -oE '#[0-9]+' | head -1 | tr -d '#')
keys n
close_meeting "$num2"
keys t
wait_for "Trends"
i=0
while ! screen | grep -q "Shared goals and a plan everyone in the district can name, on a scale"; do
	keys Down
	i=$((i + 1))
	[ $i -lt 40 ] || fail "Shared goals is not among the trends"
	wait_for "on a scale of"
done
wait_line "#$num " "agreed 2, target 4 by 2099-06-30: met"
wait_line "#$num2 " "agreed 4"

# Every step kind's record as JSON and CSV, read back as a program would.
exports_read_back
