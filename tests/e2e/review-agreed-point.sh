#!/bin/sh
# Correcting a talking point the groups agreed, in review: the screen says
# that only the wording is corrected (a change of meaning goes back to the
# meeting), asks who corrects it (the meeting's note taker offered), and the
# record keeps the agreed wording beside the correction, with who and when:
# in review, in the Markdown, CSV and JSON notes, and through an import. In
# the meeting itself, re-wording an agreed point clears its confirmations.
. "$(dirname "$0")/lib.sh"

demo_meeting 100 30 "Talking Points"
wait_for "What we say outside this room"
note_taker=$(screen | grep -oE "note taker: [A-Za-z]+ [A-Za-z]+" | sed 's/note taker: //')
[ -n "$note_taker" ] || fail "the meeting has a note taker"
keys n
wait_for "A point is agreed when each of the 3 groups present confirms it."
keys Enter
type_text "We will pilot peer observaton in two schools."
keys Enter
type_text "Schedules do not change this year."
keys Enter Enter
wait_for "2. Schedules do not change this year."
keys Up Up r
wait_for "Talking point 1 of 2, read back for agreement"
keys 1 2 3
wait_for "AGREED by every group present"
keys ']'
wait_for "Talking point 2 of 2"
keys 1 2 3
wait_for "AGREED by every group present"
keys Escape
wait_for "A point is agreed when"
# In the meeting, re-wording an agreed point asks, then clears its confirmations.
keys e
wait_for "Rewording this point removes every group's confirmation"
keys y
wait_for "Reword:"
keys C-e BSpace
type_text ", unless the board decides otherwise."
keys Enter
wait_for "2. Schedules do not change this year, unless the board decides otherwise."
check 'screen | grep -F "2. Schedules" | grep -q "0 of 3 groups"' "in the meeting, a re-worded point needs every group again"
keys n
close_meeting 1

# Review: the agreed point's typo is corrected.
keys v
wait_for "Meetings on record: 1"
keys Enter
wait_for "Talking point: We will pilot peer observaton in two schools."
while ! screen | grep -F "Talking point: We will pilot" >/dev/null || [ -z "$(t capture-pane -p -e | grep "$(printf '\033')\[[0-9;]*7m" | grep -F "We will pilot")" ]; do
	keys Down
	[ "${n:=0}" -lt 30 ] || fail "could not select the agreed point"
	n=$((n + 1))
done
keys e
wait_for "Correct the entry"
wait_match "Confirmed by [A-Za-z ,]+ in the meeting\."
check 'screen | tr "\n" " " | tr -s " " | grep -qF "A change of meaning goes back to the meeting, where re-wording asks every group to confirm again."' "correcting an agreed point says that a change of meaning goes back to the meeting"
keys C-u
type_text "We will pilot peer observation in two schools."
keys Enter
wait_for "Who corrects what the groups agreed?"
check 'screen | grep -A1 "Who corrects" | grep -qF "$note_taker"' "the meeting's note taker is offered as the corrector"
keys C-u
keys Enter
wait_for "Name who corrects it"
type_text "Dana Whitfield"
keys Enter
wait_for "Corrected: the agreed wording is kept beside it, with who and when."
wait_for "Talking point: We will pilot peer observation in two schools."
wait_for "Agreed wording: \"We will pilot peer observaton in two schools.\" — corrected by Dana"
check 'true' "review shows the agreed wording beside the correction, with who corrected it and when"
keys Escape
wait_for "Meetings on record: 1"
keys Escape
wait_for "Teams: Enter starts a meeting"
keys q
wait_exit >/dev/null

md=$("$CONVENE" --db "$DB" export --meeting 1)
check 'printf "%s\n" "$md" | grep -qx "1. We will pilot peer observation in two schools."' "the notes have the corrected point"
check 'printf "%s\n" "$md" | grep -qE "^   \*\(wording corrected by Dana Whitfield, [A-Za-z]+ [0-9]+ [A-Za-z]+ [0-9]{4}, [0-9]+:[0-9]{2} [ap]m; agreed wording: \"We will pilot peer observaton in two schools.\"\)\*$"' "and under it who corrected it, when, and the agreed wording"
csv=$("$CONVENE" --db "$DB" export --meeting 1 --format csv)
check 'printf "%s\n" "$csv" | grep ",agreed," | grep -F "Dana Whitfield" | grep -qF "We will pilot peer observaton in two schools."' "the CSV has the correction in the point row, with who and the agreed wording"
"$CONVENE" --db "$DB" export --meeting 1 --what all --format json > "$TMP/one.json"
check 'grep -qF "\"agreed_text\": \"We will pilot peer observaton in two schools.\", \"corrected_by\": \"Dana Whitfield\", \"corrected_at\": \"" "$TMP/one.json"' "the JSON has them"
"$CONVENE" --db "$TMP/other.db" import "$TMP/one.json" >/dev/null || fail "the export does not import"
"$CONVENE" --db "$TMP/other.db" export --meeting 1 --what all --format json > "$TMP/again.json"
check 'cmp -s "$TMP/one.json" "$TMP/again.json"' "an import keeps them: export, import, export gives the same file"
