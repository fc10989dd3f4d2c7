#!/bin/sh
# golden: the facilitator's screen and the room view of each step kind,
# captured at 80x24 and 200x55 and compared with
# tests/e2e/golden/NAME-WxH.txt and NAME-room-WxH.txt (one scene a file).
#
# The fixture is a team imported from a file written here, with an accented
# name, a name with a combining accent, a CJK name and a very long name, in
# two groups. One meeting of the regular-meeting agenda runs through a step
# of each kind: norms, prompt, text, boxes (a 150+ character item), vote (a
# tie), decide (fist-to-five), talking points (partly agreed), actions (an
# accented owner, a due date), a blind rating and its results; then, in
# meetings of their own, adopt-norms (norm-making) and a norms step showing
# the team's own norms (our-norms).
#
# Conventions (tmux regress, vim screendumps): a private tmux server (-L),
# no config (-f /dev/null), TERM=tmux-256color, LC_ALL=C.UTF-8, a fixed
# window size, status off; every capture waits until the screen has stopped
# changing, with the step's clock paused (p), so nothing moves.
# Volatile parts are masked by mask() below: the header's clock reading
# ("4:59 left" becomes "MM:SS left", for each of time_state_label's words)
# and today's date (YYYY-MM-DD).
#
#   GENERATE=1 meson test -C build e2e-golden   rewrites the expected files
#
# On a mismatch the actual capture is kept in $GOLDEN_OUT (default
# ./golden-actual, the build directory under meson), `diff -u` is printed,
# and the test fails. A missing expected file fails the same way.
#
# capture NAME   the facilitator's screen, at both sizes
# capture_room NAME   the room view (`convene present`, a second session of
#                the same server) at both sizes, into NAME-room-WxH.txt
. "$(dirname "$0")/lib.sh"

GOLDEN="${SOURCE_ROOT:?SOURCE_ROOT must name the source tree}/tests/e2e/golden"
GOLDEN_OUT="${GOLDEN_OUT:-$PWD/golden-actual}"
SIZES="80x24 200x55"
DRIVE_W=80 DRIVE_H=24
FAILED=0
TODAY=$(date +%Y-%m-%d)
TODAY_UTC=$(date -u +%Y-%m-%d)
mkdir -p "$GOLDEN_OUT"
[ -z "${GENERATE:-}" ] || mkdir -p "$GOLDEN"

# mask: what changes from run to run, replaced by text of the same width.
mask() {
	sed -E -e 's/[0-9]+:[0-9]{2}( left| elapsed| PAUSED| OVER TIME| TIME IS NEARLY UP| QUIET WRITING| BREAK)/MM:SS\1/g' \
		-e "s/$TODAY|$TODAY_UTC/YYYY-MM-DD/g" \
		-e 's/code [0-9]{3} [0-9]{3}/code NNN NNN/g'
}

# stable TARGET: waits until TARGET's screen has been the same for
# $SETTLE polls in a row (5: a quarter of a second), then prints it masked.
# The room view reads the database once a second, so its captures wait
# for 25 polls: a second and a quarter holds at least one reading.
SETTLE=5
stable() {
	deadline=$(( $(date +%s) + ${E2E_WAIT:-10} ))
	last="" same=0
	while [ $same -lt $SETTLE ]; do
		now=$(t capture-pane -p -t "$1")
		if [ "$now" = "$last" ]; then same=$((same + 1)); else same=0; fi
		last=$now
		[ "$(date +%s)" -lt "$deadline" ] || fail "the screen of $1 never settled"
		sleep 0.05
	done
	printf '%s\n' "$last" | mask
}

# resize TARGET W H: sets the window's size and waits until the pane has it.
resize() {
	t resize-window -t "$1" -x "$2" -y "$3"
	deadline=$(( $(date +%s) + ${E2E_WAIT:-10} ))
	while [ "$(t display-message -p -t "$1" '#{pane_width}x#{pane_height}')" != "$2x$3" ]; do
		[ "$(date +%s)" -lt "$deadline" ] || fail "$1 never became $2x$3"
		sleep 0.05
	done
}

# compare FILE: the screen just taken (in $GOLDEN_OUT/FILE) against
# $GOLDEN/FILE, or written there under GENERATE=1.
compare() {
	if [ -n "${GENERATE:-}" ]; then
		cp "$GOLDEN_OUT/$1" "$GOLDEN/$1"
		echo "ok - $1 (generated)"
	elif [ ! -f "$GOLDEN/$1" ]; then
		echo "not ok - $1: no expected file; GENERATE=1 writes it from $GOLDEN_OUT/$1"
		FAILED=1
	elif cmp -s "$GOLDEN/$1" "$GOLDEN_OUT/$1"; then
		echo "ok - $1"
	else
		echo "not ok - $1 differs (actual in $GOLDEN_OUT/$1):"
		diff -u "$GOLDEN/$1" "$GOLDEN_OUT/$1" || true
		FAILED=1
	fi
}

# shoot TARGET FILE-PREFIX: the target's screen at every size, then back to
# the size the test drives at.
shoot() {
	for size in $SIZES; do
		resize "$1" "${size%x*}" "${size#*x}"
		stable "$1" > "$GOLDEN_OUT/$2-$size.txt"
		compare "$2-$size.txt"
	done
	resize "$1" $DRIVE_W $DRIVE_H
	stable "$1" >/dev/null
}

capture() { shoot main: "$1"; }

# The room view runs in a second session of the same server, started on
# first use, once a meeting is running.
capture_room() {
	if ! t has-session -t room 2>/dev/null; then
		t new-session -d -s room -x $DRIVE_W -y $DRIVE_H \
			"exec env ${ROOM_ENV:-} TERM=tmux-256color '$CONVENE' --db '$DB' present"
		t set-option -t room status off
	fi
	# The join code is new for each meeting; drawn big on a projector it
	# cannot be masked: one fixed code, written as another terminal would,
	# which both views read again.
	sqlite3 "$DB" "UPDATE meeting SET join_code = '123456' WHERE status = 'running'"
	SETTLE=25
	shoot room: "$1-room"
	SETTLE=5
}

# lib.sh's helpers, aimed at the app's session: once the room view's
# session exists, tmux's "current" one would be ambiguous.
screen() { t capture-pane -p -t main:; }
keys() { t send-keys -t main: "$@"; }
type_text() { t send-keys -t main: -l "$1"; }

# paused TEXT: waits for TEXT and for the step's clock to be paused (the
# pause carries over to the next step: p only when the header says it runs).
paused() {
	wait_for "$1"
	screen | head -1 | grep -q "PAUSED" || keys p
	wait_for "PAUSED"
}

# The fixture: a team of four in two groups, imported from one earlier
# meeting of theirs (a check-in) with fixed ids and dates.
cat > "$TMP/team.json" <<'JSON'
{
 "format": "convene-export", "format_version": 1,
 "contents": ["talking-points", "drafts", "decisions", "actions", "focus", "ratings", "items", "votes"],
 "meeting": {"id": 1, "uid": "90000000000000000000000000000001",
  "team": "Valle Verde Unified Learning Team", "team_uid": "90000000000000000000000000000aaa",
  "title": "Check-in", "protocol_id": "check-in", "protocol_version": "1",
  "rating_mode": "named", "status": "closed", "started_at": "2026-01-12T17:00:00Z",
  "closed_at": "2026-01-12T17:10:00Z", "approved_at": null},
 "attendance": [
  {"name": "José Núñez-Ibáñez", "member_uid": "90000000000000000000000000000011", "group": "District", "present": true},
  {"name": "Maximiliana Alexandra Featherstonehaugh-Worthington", "member_uid": "90000000000000000000000000000012", "group": "Teachers union", "present": true},
  {"name": "陈伟 Chen Wei", "member_uid": "90000000000000000000000000000013", "group": "District", "present": true},
  {"name": "Zoë Åkesson", "member_uid": "90000000000000000000000000000014", "group": "Teachers union", "present": true}
 ],
 "roles": [],
 "steps": [{"step": 1, "kind": "prompt", "title": "Check-in", "protocol_id": "check-in",
  "planned_seconds": 600, "actual_seconds": 600, "vote_top": 0, "vote_dots": 0, "vote_counted": false}],
 "groups": [], "amendments": [], "talking_points": [], "decisions": [], "actions": [], "focus": [],
 "ratings": [], "summary": [], "items": [], "votes": [], "ranking": []
}
JSON
# Zoë's name is written with a combining diaeresis (e + U+0308).
sed -i 's/Zoë/Zoe\xcc\x88/' "$TMP/team.json"
"$CONVENE" --db "$DB" import "$TMP/team.json" >/dev/null

# The app in a fresh server with no configuration (lib.sh's cleanup ends
# the servers it numbered); run.sh records its pid and exit status.
STARTS=1 SOCK="convene-e2e-$$-1"
t -f /dev/null new-session -d -s main -x $DRIVE_W -y $DRIVE_H \
	"APP_STATE='$TMP/app' exec sh '$TMP/run.sh' env TERM=tmux-256color '$CONVENE' --db '$DB'"
t set-option -g status off
t set-option -g remain-on-exit on
wait_for "Valle Verde Unified Learning Team"
keys Enter
pick_protocol "Regular learning-team meeting"
wait_for "4 of 4 present"
capture setup-attendance
keys Enter
wait_for "Who holds which role?"
capture setup-roles
keys Enter
wait_for "How long for each step?"
keys Enter
wait_for "How are ratings entered?"
keys Down Enter

# Norms: the seven, one chosen as today's focus.
paused "Norm 1 of 7"
capture norms
capture_room norms
keys v
wait_for "7. Pursuing a balance"
capture norms-all
keys v
wait_for "Norm 1 of 7"
keys ' '
wait_for "Pausing: a focus for today."
keys n

# Prompt: a check-in question with two answers, the long one selected.
paused "> 1. How are you arriving today"
keys Enter
type_text "Glad to be here."
keys Enter
type_text "Hoping we settle the pilot schedule today so that the site representatives can tell their schools before the winter break."
keys Enter Enter
wait_for "Glad to be here."
capture prompt
capture_room prompt
keys n

paused "Frame the issue"
capture_room frame
keys n

# Boxes: a long item (150+ characters) beside short ones.
paused "Quiet writing"
capture quiet
capture_room quiet
keys n
wait_for "1 Build upon what works"
keys Enter
type_text "Peer observation"
keys Enter
type_text "Keep the joint walk-throughs where a principal, a union site representative and a district coach visit classrooms together, then agree on what they saw"
keys Enter Enter
keys Tab Enter
type_text "Duplicate sign-in forms"
keys Enter Enter
wait_for "- Duplicate sign-in"
keys Tab Tab Down
wait_line "Peer observation" "Duplicate sign-in"
capture boxes
capture_room boxes
keys n
paused "Sort and combine"
keys n

# Vote: one dot each from two voters on two items, a tie.
paused "Voter 1 of 4"
keys +
wait_for "Saved: 2 dots left."
keys Tab
wait_for "Voter 2 of 4"
keys Down +
wait_for "Saved: 2 dots left."
capture vote
capture_room vote
keys n
wait_for "10 dots are not placed yet"
keys y
capture ranking
keys n

# Text: how to decide.
paused "Deciding how to decide"
capture text
capture_room text
keys n

# Decide: a decision by consensus with a fist-to-five.
paused "No decision recorded yet"
keys Enter
type_text "Adopt the peer observation pilot"
keys Enter
wait_for "How will we decide?"
keys Down Down Down Down Down Enter
wait_for "What did we decide?"
type_text "Pilot in two schools, Jefferson Elementary and Núñez Middle, from February"
keys Enter
wait_for "Why? The reasons"
type_text "Teachers asked for it"
keys Enter
wait_for "Consensus check"
keys 5 4 3 3
wait_for "4 counted"
capture decide-fist
keys Enter
wait_for "Where does it stand?"
keys Enter
wait_for "Decision 1 recorded: decided."
capture decide
capture_room decide
keys n

# Talking points: one point confirmed by District only, of two groups.
paused "What we say outside this room"
keys n
paused "Agree our talking points"
keys Enter
type_text "We will pilot peer observation in two schools, Jefferson Elementary and Núñez Middle, from February, and report back to every site in June."
keys Enter
type_text "Schedules do not change this year."
keys Enter Enter
wait_for "2. Schedules do not change this year."
keys Up r
wait_for "Talking point 1 of 2"
keys 1
wait_for "District confirms."
capture points-readback
keys Escape
wait_for "A point is agreed when"
capture points
capture_room points

# Actions: an owner with an accented name and a due date.
keys n
paused "Next steps for the top ideas"
keys Enter
type_text "Schedule the pilot's first joint walk-through with both site representatives"
keys Enter
wait_for "Who owns it?"
keys Down Enter
wait_for "Due when?"
type_text "2031-05-15"
keys Enter
wait_for "Action item 1 saved."
capture actions
capture_room actions
keys n

# Rating: the closing norms check, blind entry.
paused "Norm 1 of 1, blind entry"
keys 3 4
wait_for "2 of 4 have rated"
capture rating
capture_room rating
keys 4 2
wait_for "4 of 4 have rated"
keys n
paused "SPREAD"
capture results
capture_room results

# next_meeting N PROTOCOL: closes meeting #N (its last step done) and
# begins one of PROTOCOL, everyone present, the proposed roles and times,
# past the follow-up of the open action item.
next_meeting() {
	keys n
	close_meeting "$1"
	keys Enter
	# pick_protocol reads tmux's current session: the room's would be taken.
	t kill-session -t room
	pick_protocol "$2"
	wait_for "4 of 4 present"
	keys Enter
	wait_for "Who holds which role?"
	keys Enter
	wait_for "How long for each step?"
	keys Enter
	wait_for "Enter begins the"
	keys Enter
}

# adopt-norms (norm-making): two norms drafted, one adopted by both groups;
# then our-norms shows the team's own norms with their date.
adopt_norms_scenes() {
	next_meeting 2 "Making our norms"
	paused "Why we make our own norms"
	keys n
	wait_for "Quiet writing"
	keys n
	wait_gone "Quiet writing"
	keys n
	paused "Draft and adopt our norms"
	keys Enter
	type_text "One voice at a time: we let each other finish, and the facilitator keeps a list of who is waiting to speak."
	keys Enter
	type_text "Phones away unless urgent."
	keys Enter Enter
	wait_for "2. Phones away unless urgent."
	keys Up r
	wait_for "Norm 1 of 2"
	keys 1 2
	wait_for "ADOPTED by every group present"
	capture adopt-norms-readback
	keys Escape
	wait_for "A norm is the team's own when"
	capture adopt-norms
	capture_room adopt-norms
	next_meeting 3 "Our norms"
	paused "Our own norms, adopted by every group on"
	capture norms-own
	capture_room norms-own
}
adopt_norms_scenes

# Placement (labelled points), from the test fixture: the same team in a
# database of its own, a named placement with two of four placed, then
# its results (the spread over the labels). The fixture is a user
# protocol file, so the regular meeting above sees the shipped ones only.
placement_scenes() {
	mkdir -p "$XDG_CONFIG_HOME/convene/protocols"
	cp "$SOURCE_ROOT/tests/data/placement/placement-fixture.yaml" "$XDG_CONFIG_HOME/convene/protocols/"
	t kill-session -t room 2>/dev/null || true
	t kill-session -t main
	DB="$TMP/placement.db"
	"$CONVENE" --db "$DB" import "$TMP/team.json" >/dev/null
	t -f /dev/null new-session -d -s main -x $DRIVE_W -y $DRIVE_H \
		"APP_STATE='$TMP/app-placement' exec sh '$TMP/run.sh' env TERM=tmux-256color '$CONVENE' --db '$DB'"
	wait_for "Valle Verde Unified Learning Team"
	keys Enter
	pick_protocol "Placement fixture"
	wait_for "4 of 4 present"
	keys Enter
	accept_roles
	wait_for "How are ratings entered?"
	keys Enter
	paused "Component 1 of 2, named entry"
	keys 3 2
	wait_for "Saved Maximiliana"
	capture placement
	capture_room placement
	keys 2 1
	wait_for "Everyone has rated"
	keys n
	paused "Component 2 of 2, named entry"
	keys 1 2 3 3
	wait_for "Everyone has rated"
	keys n
	paused "SPREAD"
	capture placement-results
	capture_room placement-results
}
# --- The checklist (issue 14): the barriers to trust, each person's list
# named (one saved, the next being ticked) and the counts; then a list
# ticked by the room. A fresh app for each, so a user's protocol (the
# room's list) is in its catalog; the meeting left running is not resumed.
mkdir -p "$XDG_CONFIG_HOME/convene/protocols"
cat > "$XDG_CONFIG_HOME/convene/protocols/room-list.yaml" <<'YAML'
id: room-list
title: Room checklist
version: "1"
source: A test of convene's own.
summary: The room agrees which apply.
steps:
  - kind: checklist
    title: Which apply to us?
    ticked_by: room
    text: Tick what the room agrees applies to us today.
    items:
      - {id: alpha, text: Decisions made without us}
      - {id: beta, text: Promises not kept}
      - {id: gamma, text: Long silences when the district speaks}
YAML
# app_again [VAR=value]: the app run again in the same pane and server
# (their options kept), with the room view's session gone, on the home
# screen.
app_again() {
	t kill-session -t room 2>/dev/null || true
	t respawn-pane -k -t main: \
		"APP_STATE='$TMP/app' exec sh '$TMP/run.sh' env ${1:-} TERM=tmux-256color '$CONVENE' --db '$DB'"
	wait_for "Valle Verde Unified Learning Team"
}

# new_app PROTOCOL: the app started again on a new meeting of PROTOCOL,
# everyone present, roles and times as proposed, ratings by name.
new_app() {
	app_again
	keys Enter
	wait_for "Resume it?"
	keys n
	pick_protocol "$1"
	wait_for "4 of 4 present"
	keys Enter
	wait_for "Who holds which role?"
	keys Enter
	wait_for "How long for each step?"
	keys Enter
	wait_for "How are ratings entered?"
	keys Enter
	# The earlier meetings' open action item comes first: Enter begins.
	wait_match "Action items from earlier meetings|items, ticked by"
	if screen | grep -qF "Action items from earlier meetings"; then
		keys Enter
	fi
}
new_app "Barriers to trust"
paused "9 items, ticked by each person, named entry"
keys Space Down Space Enter
wait_for "list: 2 ticked."
keys Down Down Down Space
capture checklist
capture_room checklist
keys Enter Enter Enter
wait_for "Every list is in: n shows the counts."
keys n
paused "Results: Which barriers to trust are present for us?, 4 lists"
capture checklist-results
capture_room checklist-results

new_app "Room checklist"
paused "3 items, ticked by the room"
keys Space Down Down Space Enter
wait_for "Saved the room's list: 2 of 3 apply."
capture checklist-roomlist
capture_room checklist-roomlist
keys n
paused "Results: Which apply to us?, ticked by the room"
capture checklist-roomlist-results
capture_room checklist-roomlist-results
# Levels: a protocol of the team's own (a rating, then agreed levels and
# targets), in the app started again to read it; the checklist meeting
# above is closed first.
levels_scenes() {
	keys n
	wait_for "All steps are done."
	keys n
	wait_for "Close the meeting?"
	keys y
	wait_for "closed."
	mkdir -p "$XDG_CONFIG_HOME/convene/protocols"
	cp "$SOURCE_ROOT/tests/e2e/levels-protocol.yaml" "$XDG_CONFIG_HOME/convene/protocols/our-levels.yaml"
	# lib.sh's protocol picker reads tmux's current pane: the room view's
	# session goes until the meeting runs (capture_room starts it again).
	t kill-session -t room
	t respawn-pane -k -t main: \
		"APP_STATE='$TMP/app' exec sh '$TMP/run.sh' env TERM=tmux-256color '$CONVENE' --db '$DB'"
	wait_for "Valle Verde Unified Learning Team"
	keys Enter
	# The checklists' first meeting was left running: not resumed.
	wait_match "Resume it\\?|Which protocol does the team run\\?"
	if screen | grep -qF "Resume it?"; then
		keys n
	fi
	pick_protocol "Where we stand and where we aim"
	wait_for "4 of 4 present"
	keys Enter
	wait_for "Who holds which role?"
	keys Enter
	wait_for "How long for each step?"
	keys Enter
	wait_for "How are ratings entered?"
	keys Down Enter
	wait_for "Action items from earlier meetings: 1"
	keys Enter
	for r in 1234 3344 1122; do
		paused "blind entry"
		for v in $(printf '%s' "$r" | sed 's/./& /g'); do keys "$v"; done
		wait_for "4 of 4 have rated"
		keys n
	done
	paused "results, step 1 of 2"
	keys n
	paused "Where we agree we stand, and where we aim to be"
	keys 2 g
	wait_for "The level to reach"
	type_text 4
	keys Enter
	wait_for "Reach 4 by when?"
	type_text 2099-06-30
	keys Enter
	wait_for "2099-06-30."
	keys Down 3
	wait_for "Trust: we agree we are at 3."
	capture levels
	capture_room levels
}
levels_scenes
# Two-way placement (quadrants), named: placing on the first axis, then
# the grid of the four pairs (two coincide).
new_app "Quadrants of collaboration"
paused "Four ways of working together"
keys n
paused "Axis 1 of 2, named entry"
keys 5 2
wait_for "Saved Maximiliana"
capture quadrants-placing
capture_room quadrants-placing
keys 5 4
wait_for "Everyone has rated"
keys n
paused "Axis 2 of 2, named entry"
keys 6 1 6 3
wait_for "Everyone has rated"
keys n
paused "4 placed"
capture quadrants-results
capture_room quadrants-results

placement_scenes

# ASCII, where block characters cannot be drawn (CONVENE_ASCII=1 stands
# for the Linux console or a Latin-1 locale): the trends chart, and the
# room view's big text and clock, with the placement meeting above resumed.
ascii_scenes() {
	app_again CONVENE_ASCII=1
	keys t
	wait_for "Ratings over time"
	capture trends-ascii
	keys Escape
	wait_for "Teams: Enter starts a meeting"
	keys Enter
	wait_for "Resume it?"
	keys y
	paused "SPREAD"
	ROOM_ENV=CONVENE_ASCII=1
	capture_room ascii
	ROOM_ENV=
}
ascii_scenes

[ $FAILED = 0 ] || { echo "golden screens differ; GENERATE=1 rewrites them"; exit 1; }
