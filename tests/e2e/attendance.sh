#!/bin/sh
# Attendance that changes, through the real binary: at setup the classified
# members are not here yet, the page and the start say there is no quorum
# and which group is missing; a guest is added. In the rating step the
# facilitator opens attendance (A): Grace Kim arrives late (quorum from that
# moment, and she gets her turn to rate), James Okafor leaves early (his
# rating stays; nobody waits for him). convene present in a second terminal
# follows; after kill -9 the meeting resumes with the same attendance, and
# the record says who arrived and who left.
. "$(dirname "$0")/lib.sh"

"$CONVENE" --db "$DB" demo >/dev/null
start 100 30
t new-window -d "exec env TERM=tmux-256color '$CONVENE' --db '$DB' present"
wait_other "No meeting is running yet."
wait_for "Riverside Unified Learning Team (9 members)"
keys Enter
pick_protocol "Effective Team Assessment"
wait_for "9 of 9 present"
keys Down Down Down Down Down Down Down Space Down Space
wait_for "7 of 9 present"
wait_for "No quorum: nobody from Classified union is here."
keys G
type_text "Zoë Gästé"
keys Enter Enter
wait_for "Zoë Gästé joins this meeting as a guest."
wait_line "Zoë Gästé" "guest"
expect_screen "No quorum: nobody from Classified union is here."
keys Enter
accept_roles
wait_for "How are ratings entered?"
keys Enter
wait_for "NO QUORUM: nobody from Classified union."
wait_other "NO QUORUM: nobody from Classified union is here."
keys n
wait_for "Dimension 1 of 9, named entry"
for v in 4 5 3 6 2 7 4 6; do
	keys "$v"
done
wait_for "Saved Zoë Gästé: 6. Everyone has rated: n moves on."

# Grace Kim arrives late: quorum from that moment, and her turn to rate.
keys A
wait_for "Who is here? 8 of 10"
keys Down Down Down Down Down Down Down Enter
wait_for "Grace Kim is here: the meeting has quorum now."
wait_for "Quorum: yes. Decisions can be made."
wait_other "Rate the team"
# The room view reads the change within a second.
deadline=$(( $(date +%s) + 5 ))
while other | grep -q "NO QUORUM"; do
	[ "$(date +%s)" -lt "$deadline" ] || { other; fail "the room view still says no quorum"; }
	sleep 0.05
done
check 'true' "the room view follows the arrival"
keys Escape
wait_for "> Grace Kim"
keys n
wait_for "Only 8 of 9 present have rated this dimension."
keys n
keys 5
wait_for "Saved Grace Kim: 5. Everyone has rated: n moves on."

# James Okafor leaves early: his rating stays; nobody waits for him.
keys A
wait_for "Who is here? 9 of 10"
keys Up Up Up Up Up Up Up Up Up Down Enter
wait_for "James Okafor has left (saved with the time)."
keys Escape
wait_line "James Okafor" "(left)"
screen | grep -F "James Okafor" | grep -q " 5$" || fail "James Okafor's rating stays"
keys n
wait_for "Dimension 2 of 9"
for v in 1 2 3 4 5 6 7 1; do
	keys "$v"
done
wait_for "Everyone has rated: n moves on."
check 'true' "everyone here has rated without James"

kill -9 "$(app_pid)"
wait_exit >/dev/null
start 100 30
wait_for "Unfinished meetings: Enter resumes"
keys Down Enter
wait_for "Resumed meeting #1 where it stopped."
wait_line "James Okafor" "(left)"
keys A
wait_for "Who is here? 8 of 10"
wait_line "James Okafor" "left"
wait_line "Tom Becker" "absent"
wait_for "Quorum: yes."
keys Escape q y
wait_for "is still open"
keys q
wait_exit >/dev/null

json=$("$CONVENE" --db "$DB" export --meeting 1 --format json)
check 'printf "%s" "$json" | python3 -c "
import json,sys
d = json.load(sys.stdin)
att = {a[\"name\"]: a for a in d[\"attendance\"]}
assert att[\"Zoë Gästé\"][\"guest\"] is True
assert [c[\"present\"] for c in att[\"Grace Kim\"][\"changes\"]] == [True]
assert [c[\"present\"] for c in att[\"James Okafor\"][\"changes\"]] == [False]
assert att[\"Tom Becker\"][\"present\"] is False and \"changes\" not in att[\"Tom Becker\"]
"' "the export says who arrived late, who left early, and the guest"
md=$("$CONVENE" --db "$DB" export --meeting 1 --format md)
check 'printf "%s" "$md" | grep -q "Present: 8 of 9 — .*James Okafor (left [0-9:]*).*Grace Kim (arrived [0-9:]*).*Zoë Gästé (guest)"' "the notes list who came and went, with the time"

# Every step kind's record as JSON and CSV, read back as a program would.
exports_read_back
