#!/bin/sh
# An agenda put together when the meeting starts: protocols added in order,
# reordered, minutes changed, one removed; the meeting runs it, is left,
# and resumes from the record.
. "$(dirname "$0")/lib.sh"

"$CONVENE" --db "$DB" demo >/dev/null
start 100 28
wait_for "Riverside Unified Learning Team (9 members)"
keys Enter
wait_for "Which protocol does the team run?"
keys g
wait_for "This meeting's agenda, 0 min"
# selected: the protocol the list has selected (its line in reverse video).
selected() {
	t capture-pane -p -e | awk -v rev="$(printf '\033[7m')" '
		/Protocols \(Space adds\)/ { list = 1; next }
		list && index($0, rev) { print substr($0, 1, 80); exit }' |
		sed -e 's/\x1b\[[0-9;]*m//g' -e 's/^ *//' -e 's/ *$//' | cut -c1-45 | sed 's/ *$//'
}
# protocol NAME: selects NAME in the list of protocols, from its top (the
# list scrolls; it grows as protocols are shipped).
protocol() {
	i=0
	while [ $i -lt 60 ]; do keys Up; i=$((i + 1)); done
	wait_match "Protocols \(Space adds\) 1-"
	i=0
	while [ "$(selected)" != "$1" ]; do
		[ $i -lt 60 ] || fail "not in the list: $1"
		before=$(selected)
		keys Down
		deadline=$(( $(date +%s) + 5 ))
		while [ "$(selected)" = "$before" ] && [ "$(date +%s)" -lt "$deadline" ]; do
			sleep 0.02
		done
		i=$((i + 1))
	done
}
protocol "Check-in"
keys ' '
wait_for "Added Check-in."
protocol "Talking Points"
keys ' '
wait_for "Added Talking Points."
protocol "Keep, Stop, Start"
keys ' '
wait_for "Added Keep, Stop, Start."
wait_line "3. Keep, Stop, Start" "60 min"
keys Tab Down Down x
wait_gone "3. Keep, Stop, Start"
keys '['
wait_line "1. Talking Points" "12 min"
keys + +
wait_line "1. Talking Points" "22 min"
wait_for "This meeting's agenda, 32 min"
keys Enter
wait_for "9 of 9 present"
keys Enter
accept_roles
wait_for "What we say outside this room"
wait_for "step 1 of 3"
keys n
wait_for "Agree our talking points"
keys q y
wait_for "Unfinished meetings: Enter resumes"
expect_screen "#1 Agenda: Talking Points, Check-in"
keys Down Enter
wait_for "Resumed meeting #1 where it stopped."
expect_screen "Agree our talking points"
keys n
wait_for "| Check-in"
keys q y
wait_for "is still open"
keys q
status=$(wait_exit)
check '[ "$status" = 0 ]' "the app leaves cleanly"
json=$("$CONVENE" --db "$DB" export --meeting 1 --what all --format json)
check 'printf "%s" "$json" | python3 -c "import json,sys; d=json.load(sys.stdin); assert [s[\"title\"] for s in d[\"steps\"]] == [\"What we say outside this room\", \"Agree our talking points\", \"Check-in\"]"' "the record has the agenda's steps in the order chosen"
