#!/bin/sh
# A lost update between two terminals (issue 12, item 1): the facilitator
# opens an answer for editing; meanwhile the note taker corrects the same
# answer in review ("Saved."); the facilitator saves. The note taker's
# correction must not vanish unseen: the facilitator is asked, shown the
# other wording, and n keeps it, y saves theirs over it. An edit saved
# twice in a row never asks. The other way round, review is asked the same
# when the meeting changed the entry after review opened it.
. "$(dirname "$0")/lib.sh"

demo_meeting 100 30 "After-Action Review"
wait_for "Ground rules"
keys n
wait_for "What are we reviewing?"
keys Enter
wait_for "Answer to 1:"
type_text "The bsu was late"
keys Enter
wait_for "- The bsu was late"
keys Enter                      # an empty answer ends adding
wait_gone "Answer to 1:"

# The note taker opens the running meeting's record in a second terminal.
t new-window -d "exec env TERM=tmux-256color '$CONVENE' --db '$DB' review"
wait_other "Meetings on record: 1"
okeys Enter
wait_other "The bsu was late"
# wait_said PANE TEXT: PANE (0 the facilitator, 1 review) shows TEXT, read
# across the lines a question wraps it on.
wait_said() {
	deadline=$(( $(date +%s) + ${E2E_WAIT:-10} ))
	until t capture-pane -p -t ":$1" | tr '\n' ' ' | tr -s ' ' | grep -qF -- "$2"; do
		[ "$(date +%s)" -lt "$deadline" ] || { t capture-pane -p -t ":$1"; fail "terminal $1 never said: $2"; }
		sleep 0.05
	done
}
# select_answer: moves review's selection onto the answer.
select_answer() {
	n=0
	until t capture-pane -p -e -t :1 | grep "$(printf '\033')\[[0-9;]*7m" | grep -qF "$1"; do
		okeys Down
		[ $n -lt 30 ] || fail "review could not select the answer"
		n=$((n + 1))
	done
}
select_answer "The bsu was late"

# 1. The facilitator opens the answer; the note taker corrects it; the
# facilitator saves from what was opened before.
keys e
wait_for "Edit 1:"
okeys e
wait_other "Correct the entry"
okeys C-e C-u
t send-keys -t :1 -l "The bus was 20 minutes late"
okeys Enter
wait_other "Saved."
keys C-e C-u
type_text "The bus was late."
keys Enter
wait_for "Someone changed this since you opened it."
wait_said 0 'Now: "The bus was 20 minutes late". y saves yours over it, n keeps theirs.'
refute_screen "Saved the change."
check '[ "$(sqlite3 "$DB" "SELECT text FROM item")" = "The bus was 20 minutes late" ]' \
	"the note taker's correction is still in the database while the facilitator is asked"
keys n
wait_for "Kept their wording; yours was not saved."
wait_for "- The bus was 20 minutes late"
refute_screen "Edit 1:"

# 2. Saving one's own edit twice in a row asks nothing.
keys e
wait_for "Edit 1:"
keys C-e C-u
type_text "The bus was 20 minutes late again"
keys Enter
wait_for "Saved the change."
keys e
wait_for "Edit 1:"
keys C-e C-u
type_text "The bus was 20 minutes late, twice"
keys Enter
wait_for "Saved the change."
refute_screen "Someone changed this"
wait_other "The bus was 20 minutes late, twice"   # review follows the meeting

# 3. The same race, and y: the facilitator's words go over the correction.
keys e
wait_for "Edit 1:"
select_answer "The bus was 20 minutes late, twice"
okeys e
wait_other "Correct the entry"
okeys C-e C-u
t send-keys -t :1 -l "Corrected in review"
okeys Enter
wait_other "Saved."
keys C-e C-u
type_text "The facilitator's words"
keys Enter
wait_said 0 'Now: "Corrected in review".'
keys y
wait_for "Saved the change."
wait_for "- The facilitator's words"
check '[ "$(sqlite3 "$DB" "SELECT text FROM item")" = "The facilitator'"'"'s words" ]' \
	"y saves the facilitator's words over the correction, knowingly"

# 4. The other way round: review opened it, the meeting changed it since.
wait_other "The facilitator's words"
select_answer "The facilitator's words"
okeys e
wait_other "Correct the entry"
keys e
wait_for "Edit 1:"
keys C-e C-u
type_text "Changed in the meeting"
keys Enter
wait_for "Saved the change."
okeys C-e C-u
t send-keys -t :1 -l "Review's late correction"
okeys Enter
wait_other "Someone changed this since you opened it."
wait_other 'Now: "Changed in'
okeys n
wait_other "Kept their wording; yours was not saved."
check '[ "$(sqlite3 "$DB" "SELECT text FROM item")" = "Changed in the meeting" ]' \
	"review's stale correction did not overwrite the meeting's change"
check '[ "$(sqlite3 "$DB" "PRAGMA integrity_check")" = ok ]' "the database is whole"
