#!/bin/sh
# An entry longer than the app's own fields, imported from another computer:
# correcting it in review never saves less than was there. One of 1,502
# bytes is edited whole (the field holds it); one of 2,508 bytes is not
# edited at all, and the screen says why. Before, Enter on either saved it
# cut to 600 bytes.
. "$(dirname "$0")/lib.sh"

"$CONVENE" --db "$TMP/src.db" demo --history 4 >/dev/null
"$CONVENE" --db "$TMP/src.db" export --meeting 4 --what all --format json > "$TMP/m.json"
# with_first_answer WORD N: the meeting with its first answer WORD and N words.
with_first_answer() {
	python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
d["items"][0]["text"] = sys.argv[2] + " " + "word " * int(sys.argv[3]) + "END"
json.dump(d, open(sys.argv[4], "w"))
' "$TMP/m.json" "$1" "$2" "$TMP/$1.json"
}
bytes() { sqlite3 "$1" "SELECT length(CAST(text AS BLOB)) FROM item WHERE text LIKE '$2 %'"; }
# review_first_answer W H: review of the one meeting in $DB, in a W x H
# terminal, opened on the meeting.
review_first_answer() {
	start "$1" "$2" review
	wait_for "Meetings on record"
	keys Enter
	wait_for "Which activity are we looking back on?"
}

# 1,502 bytes: the field holds it; Enter saves it as it was.
with_first_answer Mid 299
"$CONVENE" --db "$DB" import "$TMP/Mid.json" >/dev/null
check '[ "$(bytes "$DB" Mid)" = 1502 ]' "a long answer is imported whole"
review_first_answer 90 26
keys Down   # selects the first answer
wait_for "e correct"
keys e
wait_for "Correct the entry"
keys Enter
wait_gone "Correct the entry"
check '[ "$(bytes "$DB" Mid)" = 1502 ]' "an entry the field holds is saved whole, not cut"
keys q
t kill-server

# 2,508 bytes: not edited; the screen says why, and nothing changes.
with_first_answer Long 500
"$CONVENE" --db "$TMP/b.db" import "$TMP/Long.json" >/dev/null
DB="$TMP/b.db"
review_first_answer 90 26
keys Down   # selects the first answer
wait_for "e correct"
keys e
wait_for "longer than convene edits on screen (2000): it is kept as it is."
keys Enter
check '[ "$(bytes "$DB" Long)" = 2508 ]' "a longer one is refused, said, and kept whole"
keys q
t kill-server

# 2 MB: review draws at once (wrapping is linear) and shows it cut, saying
# how much more there is; before, one redraw cost more than half a minute.
with_first_answer Huge 400000
"$CONVENE" --db "$TMP/c.db" import "$TMP/Huge.json" >/dev/null
DB="$TMP/c.db"
review_first_answer 140 60
wait_for "more bytes, shown whole in the exports"
check 'true' "a 2 MB answer is drawn at once, cut, with what is left said"
