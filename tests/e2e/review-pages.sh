#!/bin/sh
# The review list over a history longer than a screen and longer than the
# thousand meetings it used to read: it says how many meetings are on
# record, and every one of them is reachable. PgDn pages through them all
# with nothing skipped or shown twice, the arrows scroll past the screen's
# edge, End goes to the oldest and Home back to the newest, and a meeting
# opened from a far page comes back to the same page.
. "$(dirname "$0")/lib.sh"

N=1005
"$CONVENE" --db "$DB" demo --history $N >/dev/null
# Meetings begun at the same second, across a page's edge: the list orders
# them by number, and the next page goes on where the last one stopped.
sqlite3 "$DB" "UPDATE meeting SET started_at = (SELECT started_at FROM meeting WHERE id = 980)
	WHERE id BETWEEN 970 AND 990" || fail "could not make meetings start together"

start 100 30 review
wait_for "Meetings on record: $N, newest first"
check 'true' "the list says how many meetings are on record"
wait_for "1–24 shown"
check 'screen | grep -qE "^ +#$N +"' "the newest meeting is first"

# PgDn, again and again, down to the oldest: every meeting once, in order
# (the demo's meetings began in the order of their numbers). The last page
# is a full screen, so it shows again a few rows of the page before it.
seen="$TMP/seen"
: > "$seen"
a=1 before=0
while :; do
	b=$((a + 23))
	if [ $b -ge $N ]; then
		b=$N
		a=$((N - 23))
	fi
	wait_for "$a–$b shown"
	# The title comes first in a redraw: read the rows once the screen
	# has stopped changing (a slow build can be caught mid-draw).
	now=$(screen)
	while sleep 0.05; [ "$(screen)" != "$now" ]; do now=$(screen); done
	printf '%s\n' "$now" | grep -oE '^ +#[0-9]+ ' | tr -d ' #' | tail -n $((b - before)) >> "$seen"
	[ $b -lt $N ] || break
	before=$b
	keys PageDown
	a=$((a + 24))
done
check 'seq $N -1 1 | cmp -s - "$seen"' "PgDn shows each of the $N meetings once, newest to oldest"
check 'screen | grep -E "^ +#[0-9]+ " | tail -1 | grep -qE "^ +#1 "' "the oldest meeting is last"

# The last page's selection is on the oldest: Enter opens it, Esc comes back.
wait_for "Enter open"
keys End
keys Enter
wait_for "Meeting #1, started"
keys Escape
wait_for "$((N - 23))–$N shown"
check 'true' "back from a meeting on the last page, the list is where it was"

keys PageUp
wait_for "$((N - 47))–$((N - 24)) shown"
check 'true' "PgUp goes a page back"
keys Home
wait_for "1–24 shown"
check 'screen | grep -qE "^ +#$N +"' "Home goes back to the newest meeting"

# Down past the screen's last row scrolls by one; Up past its first, back.
keys -N 24 Down
wait_for "2–25 shown"
check 'true' "Down past the last row scrolls one meeting"
keys -N 24 Up
wait_for "1–24 shown"
check 'true' "Up past the first row scrolls back"

# At 80x24 the list pages the same way; End reaches the oldest.
start 80 24 review
wait_for "Meetings on record: $N, newest first"
keys End
wait_match "^ +#1 +[0-9]{4}-"
check 'true' "End reaches the oldest at 80x24"
