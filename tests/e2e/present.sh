#!/bin/sh
# convene present in a second terminal follows the facilitator's meeting:
# it waits for a meeting, then shows each step, the roles, what is entered
# and the clock within a second, and never an individual rating.
. "$(dirname "$0")/lib.sh"

"$CONVENE" --db "$DB" demo >/dev/null
start 100 28
t new-window -d "exec env TERM=tmux-256color '$CONVENE' --db '$DB' present"
room() { t capture-pane -p -t :1; }
wait_room() {
	deadline=$(( $(date +%s) + ${E2E_WAIT:-10} ))
	while ! room | grep -qF -- "$1"; do
		[ "$(date +%s)" -lt "$deadline" ] || { room; fail "the room view never showed: $1"; }
		sleep 0.05
	done
}
wait_room "No meeting is running yet."

wait_for "Riverside Unified Learning Team (9 members)"
keys Enter
pick_protocol "Regular learning-team meeting"
wait_for "9 of 9 present"
keys Enter
accept_roles
wait_for "How are ratings entered?"
keys Down Enter                 # blind
wait_for "Norm 1 of 7"
wait_room "The seven norms"
wait_room "facilitator: Maria Alvarez   note taker: James Okafor   time keeper: Priya Natarajan"
wait_room "step 1 of 12"
wait_room "Paraphrasing"             # the norms with their sentence starters
wait_room '"As you are..."'
keys n
wait_for "| Check-in"
wait_room "step 2 of 12"
wait_room "How are you arriving today"
keys Enter
type_text "Glad to be here"
keys Enter Enter
wait_room "- Glad to be here"
keys p
wait_room "PAUSED"
keys p
wait_gone "PAUSED"
t resize-window -t :1 -x 60 -y 20
wait_room "- Glad to be here"
t resize-window -t :1 -x 100 -y 28

# Through the whole agenda to the closing norms check, entered blind: at
# each step the room shows that step's title and what the step is about.
# Each n changes the screen (a step, quiet writing ending, a vote's results).
i=0
while ! screen | grep -qF "How well did we practise our norms?"; do
	[ $i -lt 20 ] || fail "never reached the norms check"
	step=$(screen | sed -n 1p | grep -oE "step [0-9]+ of 12")
	[ -z "$step" ] || wait_room "$step"
	case "$step" in
	# Step 4 is seen twice, in quiet writing and then in discussion: the
	# room says QUIET WRITING for the first only (it once passed the second
	# time only when the room view had not read the database yet).
	"step 4 of 12") if screen | grep -qF "Quiet writing"; then wait_room "QUIET WRITING"; fi ;;
	"step 6 of 12") wait_room "dots placed" ;;
	"step 8 of 12") wait_room "No decisions recorded in this step yet." ;;
	"step 10 of 12") wait_room "A point is agreed when every group present has confirmed" ;;
	"step 11 of 12") wait_room "No action items yet." ;;
	esac
	before=$(screen | sed 1d)
	keys n
	deadline=$(( $(date +%s) + 5 ))
	while [ "$(screen | sed 1d)" = "$before" ]; do
		[ "$(date +%s)" -lt "$deadline" ] || fail "n changed nothing"
		sleep 0.05
	done
	i=$((i + 1))
done
wait_room "How well did we practise our norms?"
# The step's text, how the protocol asks the room to rate, stays in view on
# both screens while it rates.
wait_for "Each member rates how well the team practised each norm today."
wait_room "Each member rates how well the team practised each norm today."
keys 4 3
wait_for "2 of 9 have rated"
wait_room "2 of 9 have rated"
check '! room | grep -qE "(Maria|James).*[34]"' "the room view shows no individual rating"
check '! room | grep -q "q leave"' "the room view has no controls"
