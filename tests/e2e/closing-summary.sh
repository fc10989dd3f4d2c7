#!/bin/sh
# Closing a meeting, for the room: the closing page and the closed meeting
# show on one screen the decisions, the talking points every group agreed
# and the action items with their owners; the message speaks the
# facilitator's language (x writes the notes), not a command line; writing
# the notes says the folder they went to and never replaces a file already
# there without asking. convene keeps no date for the next meeting, so the
# summary shows none.
. "$(dirname "$0")/lib.sh"

# The app runs in this folder: a name alone goes here.
WORK="$TMP/work"
mkdir -p "$WORK"
cd "$WORK"
WORK=$(pwd -P)
demo_meeting 100 30 "Regular learning-team meeting"
wait_for "How are ratings entered?"
keys Enter
wait_for "Norm 1 of 7"
keys ' '
wait_for "Pausing: a focus for today."
keys n
wait_for "| Check-in"
keys n
wait_for "Frame the issue"
keys n
wait_for "Quiet writing"
keys n
wait_for "1 Build upon what works"
keys n
wait_for "Sort and combine"
keys n
wait_for "Voter 1 of 9"
keys n
wait_for "results, step 6 of 12"
keys n
wait_for "Deciding how to decide"
keys n
record_decision "Adopt the peer observation pilot" "Pilot in two schools" "Teachers asked for it"
keys n
wait_for "What we say outside this room"
keys n
wait_for "Agree our talking points"
keys Enter
type_text "We will pilot peer observation in two schools."
keys Enter
type_text "Nobody confirmed this one."
keys Enter Enter
keys Up Up r
wait_for "Talking point 1 of 2"
keys 1 2 3
wait_for "AGREED by every group present"
keys Escape
wait_line "1. We will pilot" "AGREED"
keys n
wait_for "Next steps for the top ideas"
keys Enter
type_text "Schedule the pilot"
keys Enter
wait_for "Who owns it?"
keys Down Enter
type_text "2026-12-15"
keys Enter
wait_for "Action item 1 saved."
keys Enter
type_text "Tell the staff"
keys Enter Enter Enter
wait_for "Action item 2 saved."
keys n
wait_for "Norm 1 of 1"
keys n
wait_for "have rated this dimension"
keys y
wait_for "results, step 12 of 12"
keys n

wait_for "All steps are done. What this meeting settled:"
expect_screen "Decisions: 1"
expect_screen "Adopt the peer observation pilot: Pilot in two schools"
expect_screen "Talking points agreed by every group: 1"
expect_screen "1. We will pilot peer observation in two schools."
expect_screen "1 more not agreed by every group"
refute_screen "Nobody confirmed this one."
expect_screen "Action items: 2"
expect_screen "Schedule the pilot — Maria Alvarez, due 2026-12-15"
expect_screen "Tell the staff — nobody owns it yet"
check 'true' "the closing page shows decisions, agreed points and action items with owners"
# The projector in a second terminal shows the same summary.
t new-window -d "exec env TERM=tmux-256color '$CONVENE' --db '$DB' present"
deadline=$(( $(date +%s) + ${E2E_WAIT:-10} ))
until t capture-pane -p -t :1 | grep -qF "Talking points agreed by every group"; do
	[ "$(date +%s)" -lt "$deadline" ] || { t capture-pane -p -t :1; fail "the room never showed the summary"; }
	sleep 0.05
done
room=$(t capture-pane -p -t :1)
check 'printf "%s\n" "$room" | grep -qF "Adopt the peer observation pilot: Pilot in two schools" &&
	printf "%s\n" "$room" | grep -qF "We will pilot peer observation in two schools." &&
	! printf "%s\n" "$room" | grep -qF "Nobody confirmed this one." &&
	printf "%s\n" "$room" | grep -qF "Schedule the pilot — Maria Alvarez, due 2026-12-15"' "the room view shows what the meeting settled, as the closing page does"
t kill-window -t :1
keys n
wait_for "Close the meeting?"
keys y
wait_for "Meeting #1 is closed: Regular learning-team meeting"
wait_for "Meeting #1 closed. Press x to write the notes, v to review them."
expect_screen "Schedule the pilot — Maria Alvarez, due 2026-12-15"
expect_screen "1. We will pilot peer observation in two schools."
refute_screen "convene export"
check 'true' "the closed meeting's summary stays for the room, and the message says press x, not a command"

keys x
wait_for "Write the notes to"
wait_for "A name alone goes in $WORK"
expect_screen "meeting-1-notes.md"
keys Enter
wait_for "Wrote the notes of meeting #1 to meeting-1-notes.md in the folder $WORK."
check '[ -s "$WORK/meeting-1-notes.md" ] && grep -q "We will pilot peer observation" "$WORK/meeting-1-notes.md"' "the notes are written to the folder the screen named"
echo "keep me" > "$WORK/meeting-1-notes.md"
keys x
wait_for "Write the notes to"
keys Enter
wait_for "meeting-1-notes.md is already in the folder"
wait_for "Replace it with these notes?"
keys n
wait_gone "Replace it with these notes?"
check 'grep -qx "keep me" "$WORK/meeting-1-notes.md"' "a file already there is kept when the answer is no"
expect_screen "Write the notes to"
keys Enter
wait_for "Replace it with these notes?"
keys y
wait_for "Wrote the notes of meeting #1 to meeting-1-notes.md in the folder $WORK."
check 'grep -q "We will pilot peer observation" "$WORK/meeting-1-notes.md"' "and replaced when it is yes"

keys v
wait_for "Regular learning-team meeting — Riverside Unified Learning Team"
check 'true' "v opens the notes to review"
keys Escape
wait_for "Meetings on record: 1"
keys Escape
wait_for "Teams: Enter starts a meeting"
refute_screen "convene export"
keys q
wait_exit >/dev/null
