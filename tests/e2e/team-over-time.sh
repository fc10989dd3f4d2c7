#!/bin/sh
# A team over three meetings, through the real binary. After the first
# meeting the team is edited from the home screen: Robert King retires
# (asked first), a new member joins, the classified group is renamed. The
# second meeting: Robert is not on the attendance, the new member is; Tom
# Becker arrives late (marked with A). Roles rotate to people who had none.
# The record of the first meeting (its JSON export and its notes) is the
# same after all of it.
. "$(dirname "$0")/lib.sh"

"$CONVENE" --db "$DB" demo >/dev/null

# run_checkin: from the home screen, a check-in meeting with the team as
# marked on the attendance page by the keys given, then closed.
meeting() {
	wait_for "Teams: Enter starts a meeting"
	keys Enter
	pick_protocol "Check-in"
	wait_for "Who is here?"
	[ $# -gt 0 ] && keys "$@"
	keys Enter
	accept_roles
	wait_for "How are you arriving today"
}
# finish N: from the check-in's step, to meeting N closed and home again.
finish() {
	keys n
	close_meeting "$1"
}
roles_of() {
	"$CONVENE" --db "$DB" export --meeting "$1" --format json | python3 -c "
import json,sys
print('|'.join(r['member'] for r in json.load(sys.stdin)['roles']))"
}

start 100 30
meeting
finish 1
json1=$("$CONVENE" --db "$DB" export --meeting 1 --format json)
md1=$("$CONVENE" --db "$DB" export --meeting 1 --format md)

# Edit the team: retire Robert King, add a member, rename a group.
wait_for "Riverside Unified Learning Team (9 members)"
keys e
wait_for "Team: Riverside Unified Learning Team"
wait_for "Members (9)"
keys Down Down Down Down R
wait_for "Retire Robert King?"
keys y
wait_for "Robert King is retired"
wait_for "Members (8)"
check '! screen | grep -q "Robert King  *District"' "Robert King is off the team's list"
keys a
type_text "Ngozi Adébáyọ̀-Okonkwo"
keys Enter
wait_for "Tab offers the team's groups."
keys C-u
type_text "Classified union"
keys Enter
wait_for "Added to the team: Ngozi Adébáyọ̀-Okonkwo."
wait_for "Members (9)"
wait_line "Ngozi Adébáyọ̀-Okonkwo" "Classified union"
keys g
wait_for "Rename the group \"Classified union\" for the whole team:"
keys C-u
type_text "Classified staff"
keys Enter
wait_for "The group \"Classified union\" is now \"Classified staff\" (3 members)."
wait_line "Grace Kim" "Classified staff"
keys Escape
wait_for "Riverside Unified Learning Team (9 members)"

# Meeting 2: Robert is gone, Ngozi is here, Tom Becker comes late.
wait_for "Teams: Enter starts a meeting"
keys Enter
pick_protocol "Check-in"
wait_for "9 of 9 present"
refute_screen "Robert King"
expect_screen "Ngozi Adébáyọ̀-Okonkwo"
keys Down Down Down Down Down Down Down Space
wait_for "8 of 9 present"
keys Enter
accept_roles
wait_for "How are you arriving today"
keys A
wait_for "Who is here? 8 of 9"
keys Down Down Down Down Down Down Down Enter
wait_for "Tom Becker is here (saved with the time)."
keys Escape
finish 2

# Meeting 3.
meeting
finish 3
keys q
wait_exit >/dev/null

r1=$(roles_of 1) r2=$(roles_of 2) r3=$(roles_of 3)
echo "# roles: $r1 / $r2 / $r3"
check 'python3 -c "
r1, r2, r3 = [s.split(\"|\") for s in \"$r1/$r2/$r3\".split(\"/\")]
assert set(r2) - set(r1), \"meeting 2 gives a role to someone who had none\"
assert r3[0] not in (r1[0], r2[0]), \"a third facilitator\"
assert \"Robert King\" not in r2 + r3
"' "roles rotate to people who had none, never to the retired member"
json2=$("$CONVENE" --db "$DB" export --meeting 2 --format json)
check 'printf "%s" "$json2" | python3 -c "
import json,sys
att = {a[\"name\"]: a for a in json.load(sys.stdin)[\"attendance\"]}
assert \"Robert King\" not in att
assert att[\"Ngozi Adébáyọ̀-Okonkwo\"][\"group\"] == \"Classified staff\"
assert [c[\"present\"] for c in att[\"Tom Becker\"][\"changes\"]] == [True]
"' "the second meeting: without Robert, with Ngozi, Tom arriving late"
check '[ "$("$CONVENE" --db "$DB" export --meeting 1 --format json)" = "$json1" ]' "the first meeting's export is unchanged"
check '[ "$("$CONVENE" --db "$DB" export --meeting 1 --format md)" = "$md1" ]' "and so are its notes"
check 'printf "%s" "$md1" | grep -q "Robert King"' "which still name Robert King"
check 'printf "%s" "$json1" | grep -q "\"group\": \"Classified union\""' "with the group's name of that day"
