#!/bin/sh
# Norms made in the room through the real binary: with the classified union
# absent, District and the teachers union each confirm a norm for it to be
# adopted; the next meeting's "Our norms" shows the team's own norms with
# their date instead of the file's example; a later norm-making meeting
# starts from them and revises them, and the first meeting's record keeps
# the first set. The team's ground rules can open every meeting with them.
. "$(dirname "$0")/lib.sh"

"$CONVENE" --db "$DB" demo >/dev/null
start 90 26

# Before any norms are adopted, "Our norms" shows the file's example.
begin_meeting "Our norms"
wait_for "The team has adopted no norms of its own yet"
expect_screen "Soft on the people, hard on the issues"
keys n
close_meeting 1

wait_for "Riverside Unified Learning Team (9 members)"
keys Enter
pick_protocol "Making our norms"
wait_for "9 of 9 present"
keys Down Down Down Down Down Down Down Space Down Space
wait_for "7 of 9 present"
keys Enter
accept_roles
wait_for "Why we make our own norms"
keys n
wait_for "What helps us work well together?"
# Everyone writes first, in quiet: n ends the quiet writing.
wait_for "Quiet writing"
keys n
wait_gone "Quiet writing"
keys Enter
type_text "People waited for each other to finish."
keys Enter Enter
wait_for "People waited"
keys n
if screen | grep -qF "y = yes"; then keys y; fi
wait_for "A norm is the team's own when each of the 2 groups present confirms it."
expect_screen "No norms yet: Enter drafts one."
keys Enter
type_text "One voice at a time."
keys Enter
type_text "Phones away unless urgent."
keys Enter
type_text "Start on time."
keys Enter Enter
wait_for "3. Start on time."
keys Up Up Up r
wait_for "Norm 1 of 3, read back for agreement"
keys 1
wait_for "District confirms."
keys 2
wait_for "ADOPTED by every group present"
keys ']'
wait_for "Norm 2 of 3"
keys 1
wait_for "District confirms."
keys ']'
wait_for "Norm 3 of 3"
keys 1 2
wait_for "ADOPTED by every group present"
keys Escape
wait_for "A norm is the team's own when"
wait_line "1. One voice at a time." "ADOPTED"
wait_line "2. Phones away" "1 of 2 groups"
wait_line "3. Start on time." "ADOPTED"
keys n
close_meeting 2
check '[ "$(sqlite3 "$DB" "SELECT count(*) FROM talking_point WHERE meeting_id = 2")" = 3 ]' \
	"the three drafts are saved"

# The next meeting's ground rules are the team's own.
begin_meeting "Our norms"
wait_for "Our own norms, adopted by every group on $(date +%Y-%m-%d):"
expect_screen "1. One voice at a time."
expect_screen "2. Start on time."
refute_screen "Phones away"
refute_screen "Soft on the people"
keys t
wait_for "Our own norms, adopted by every group on"
expect_screen "2. Start on time."
keys t
wait_for "Our own norms"
keys n
close_meeting 3

# The team's ground rules open every meeting with "Our norms" (set as the
# rules screen would; ground-rules.sh drives that screen): its own norms.
sqlite3 "$DB" "UPDATE team SET norms_protocol = 'our-norms'"
begin_meeting "Check-in"
wait_for "Our norms, before we begin"
wait_for "Adopted by every group on $(date +%Y-%m-%d)."
expect_screen "2. Start on time."
refute_screen "Soft on the people"
# The room view in another terminal shows them too, then the first step.
t new-window -d -n room "APP_STATE='$TMP/room' TERM=tmux-256color '$CONVENE' --db '$DB' present"
room_has() { t capture-pane -p -t :room | grep -qF -- "$1"; }
i=0
until room_has "Our norms, before we begin" && room_has "2. Start on time."; do
	[ $i -lt 200 ] || fail "the room view never showed the opening norms"
	sleep 0.05; i=$((i + 1))
done
check 'true' "the room view shows the team's own norms before the first step"
keys Enter
wait_gone "Our norms, before we begin"
i=0
while room_has "Our norms, before we begin"; do
	[ $i -lt 200 ] || fail "the room view kept the opening norms after Enter"
	sleep 0.05; i=$((i + 1))
done
check 'true' "and goes on to the first step with the facilitator"
t kill-window -t :room
wait_for "step 1 of 1"
keys n
close_meeting 4

# A later meeting revises them: it starts from the two adopted.
begin_meeting "Making our norms"
wait_for "Our norms, before we begin"
keys Enter
wait_for "Why we make our own norms"
keys n
wait_for "Quiet writing"
keys n
wait_gone "Quiet writing"
keys n
if screen | grep -qF "y = yes"; then keys y; fi
wait_for "Starting from the norms adopted on"
wait_line "2. Start on time." "0 of 3 groups"
keys Up e
type_text " And end on time."
keys Enter
wait_for "2. Start on time. And end on time."
keys Up Up r
wait_for "Norm 1 of 2"
keys 1 2 3
wait_for "ADOPTED by every group present"
keys ']'
wait_for "Norm 2 of 2"
keys 1 2 3
wait_for "ADOPTED by every group present"
keys Escape
wait_for "A norm is the team's own when"
keys n
close_meeting 5
check '[ "$("$CONVENE" --db "$DB" export --meeting 2 --what norms --format md | grep -c "^[0-9]\. ")" = 2 ]' \
	"the first meeting's record keeps its two norms"
check '"$CONVENE" --db "$DB" export --meeting 5 --what norms --format md | grep -qF "2. Start on time. And end on time."' \
	"the revision is the later meeting's"
check '! "$CONVENE" --db "$DB" export --meeting 5 --format md | grep -qF "One voice"' \
	"the talking points export has no norms"
check '"$CONVENE" --db "$DB" export --meeting 5 --what norms --format md | grep -qF "Norms (the team'"'"'s own"' \
	"the norms export labels them as norms"
keys q
wait_exit >/dev/null

# Every step kind's record as JSON and CSV, read back as a program would.
exports_read_back
