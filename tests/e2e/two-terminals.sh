#!/bin/sh
# A facilitator and a note taker writing to one database at once, from two
# terminals: the facilitator adds answers in a running meeting while the
# note taker corrects the notes of an earlier meeting, key for key in step.
# Neither screen ever shows "database is locked" or "Not saved", and every
# answer and every correction is in the database afterwards.
. "$(dirname "$0")/lib.sh"

"$CONVENE" --db "$DB" demo --history 2 >/dev/null
start 100 30
wait_for "Riverside Unified Learning Team (9 members)"
keys Enter
pick_protocol "After-Action Review"
wait_for "9 of 9 present"
keys Enter
accept_roles
wait_for "Action items from earlier meetings"
keys Enter                      # the follow-up of the demo's open item
wait_for "Ground rules"
keys n
wait_for "What are we reviewing?"
keys Enter
wait_for "Answer to 1:"

t new-window -d "exec env TERM=tmux-256color '$CONVENE' --db '$DB' review"
# Neither terminal may ever say its write failed.
no_failure() {
	for s in "$(screen)" "$(other)"; do
		if printf '%s\n' "$s" | grep -qiE "locked|not saved|busy"; then
			printf '%s\n' "$s"
			fail "a terminal showed a failed write"
		fi
	done
}
wait_other "Meetings on record: 3, newest first"
okeys Down Enter
wait_other "Present:"

i=1
while [ $i -le 25 ]; do
	# Both writes are sent before either is waited for.
	type_text "answer $i"
	keys Enter
	okeys e C-e C-u
	t send-keys -t :1 -l "corrected $i"
	okeys Enter
	wait_for "- answer $i"
	wait_other "corrected $i"
	no_failure
	i=$((i + 1))
done
check 'true' "25 answers and 25 corrections written at once, no failure shown"
items=$("$CONVENE" --db "$DB" export --meeting 3 --what items --format csv)
check '[ "$(printf "%s\n" "$items" | grep -c "answer [0-9]")" -eq 25 ]' "every answer is in the database"
notes=$("$CONVENE" --db "$DB" export --meeting 2 --what items --format csv)
check 'printf "%s\n" "$notes" | grep -q "corrected 25"' "and the last correction"
check '[ "$(sqlite3 "$DB" "PRAGMA integrity_check")" = ok ]' "the database is whole"
