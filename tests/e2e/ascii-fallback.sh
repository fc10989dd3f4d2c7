#!/bin/sh
# Where the terminal cannot draw block characters (CONVENE_ASCII set, the
# Linux console, a Latin-1 locale) the trends chart and the big digits are
# drawn in ASCII; elsewhere in blocks. And an error message is marked "!",
# so it is told from other messages without colour (NO_COLOR). Before, the
# blocks were drawn whatever the terminal (the app runs in C.UTF-8 whatever
# the locale), and an error differed from a message by its colour alone.
. "$(dirname "$0")/lib.sh"

"$CONVENE" --db "$TMP/base.db" demo --history 3 >/dev/null
blocks() { screen | grep -c '[▁▂▃▄▅▆▇█▀]' || true; }

# run_in ENV: the app started with ENV (VAR=value ...) before it, on a
# fresh copy of the team and its history.
run_in() {
	DB="$TMP/run-$STARTS.db"
	cp "$TMP/base.db" "$DB"
	STARTS=$((STARTS + 1))
	SOCK="convene-e2e-$$-$STARTS"
	t -f "$TMP/tmux.conf" new-session -d -x 200 -y 55 \
		"exec env TERM=tmux-256color $1 '$CONVENE' --db '$DB'"
}

# The trends chart, then the room view of a meeting (its clock big).
trends_and_clock() {
	wait_for "Riverside Unified Learning Team (9 members)"
	keys t
	wait_for "Ratings over time"
	TRENDS=$(screen)
	keys Escape
	wait_for "Teams: Enter starts a meeting"
	keys Enter
	pick_protocol "Check-in"
	wait_for "of 9 present"
	keys Enter
	wait_for "Who holds which role?"
	keys Enter
	wait_for "How long for each step?"
	keys Enter
	wait_match "Action items from earlier meetings|How are you arriving"
	if screen | grep -qF "Action items from earlier meetings"; then
		keys Enter
	fi
	wait_for "How are you arriving"
	keys p
	wait_for "PAUSED"
	keys t
	wait_match "███|###"
}

run_in ""
trends_and_clock
check '[ "$(printf "%s\n" "$TRENDS" | grep -c "[▁▂▃▄▅▆▇█]")" -gt 0 ]' "A1 a UTF-8 terminal: the trends chart in blocks"
check '[ "$(blocks)" -gt 0 ]' "A1 and the big clock in blocks"

run_in "CONVENE_ASCII=1"
trends_and_clock
check '[ "$(printf "%s\n" "$TRENDS" | grep -c "[▁▂▃▄▅▆▇█]")" = 0 ]' "A2 CONVENE_ASCII=1: no block in the trends chart"
check 'printf "%s\n" "$TRENDS" | grep -qE "^   Goals and objectives +[_.:=+*#-]+ +[0-9]"' "A2 its chart is ASCII marks"
check '[ "$(blocks)" = 0 ] && screen | grep -qE "###.*###"' "A2 the big clock is drawn in #"

run_in "TERM=linux"
trends_and_clock
check '[ "$(printf "%s\n" "$TRENDS" | grep -c "[▁▂▃▄▅▆▇█]")" = 0 ]' "A3 TERM=linux: the chart in ASCII"
check '[ "$(blocks)" = 0 ] && screen | grep -qE "###.*###"' "A3 and the clock"

# A locale the user chose whose character set is Latin-1, by its name (it
# need not be installed here).
run_in "LANG=en_US.ISO-8859-1 LC_ALL=en_US.ISO-8859-1"
trends_and_clock
check '[ "$(blocks)" = 0 ] && screen | grep -qE "###.*###"' "A4 a Latin-1 locale: the clock in ASCII"

# An error without colour: marked.
run_in "NO_COLOR=1"
wait_for "Riverside Unified Learning Team (9 members)"
keys n
wait_for "New team"
keys Enter
wait_for "Give the team a name first."
check 'screen | grep -qE "^ ! Give the team a name first\.$"' "A5 an error is marked ! without colour"
keys Escape
wait_for "Teams: Enter starts a meeting"
keys d
wait_for "The demo team is already here."
check 'screen | grep -qE "^ The demo team is already here\.$"' "A5 a message that is not an error is not"
