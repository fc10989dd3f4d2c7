#!/bin/sh
# A newcomer's first meeting, through the real binary: empty database →
# create a team with members in three groups → start the team assessment →
# attendance with one absent → blind entry with a correction → results →
# close → the ratings are in the database, read back through export.
. "$(dirname "$0")/lib.sh"

start 80 24
wait_for "Welcome to convene."
expect_screen "n   Create a team"
expect_screen "d   Try the demo team"

keys n
wait_for "Team name"
type_text "Westside Learning Team"
keys Enter
type_text "Ana Ruiz"
keys Enter
keys Enter   # the group field offers District
wait_for "Added Ana Ruiz (District)."
type_text "Ben Cho"
keys Enter Tab
wait_for "Teachers union"
keys Enter
wait_for "Added Ben Cho (Teachers union)."
type_text "Cy Park"
keys Enter Tab
wait_for "Classified union"
keys Enter
wait_for "Added Cy Park (Classified union)."
type_text "Dee Lo"
keys Enter Enter
wait_for "Added Dee Lo (Classified union)."
# A mistyped member is fixed from the list: Up, e, retype.
type_text "Eve Typo"
keys Enter Enter
wait_for "Added Eve Typo"
keys Up
wait_for "Members (5)"
keys x
wait_for "Remove Eve Typo from the team?"
keys y
wait_for "Removed Eve Typo."
keys Enter   # back to the name field
keys Enter   # an empty name saves the team
wait_for "Created the team \"Westside Learning Team\" with 4 members."
wait_for "Westside Learning Team (4 members)"

keys Enter
# At 80x24 the list of protocols goes on below the screen, and says so.
wait_match "Which protocol does the team run\?  1-[0-9]+ of [0-9]+: Up/Down scroll"
pick_protocol "Effective Team Assessment"
wait_for "Who is here? 4 of 4 present"
keys Down Down Down Space
wait_for "Who is here? 3 of 4 present"
keys Enter
accept_roles
wait_for "How are ratings entered?"
keys Down Enter
wait_for "How this works"
expect_screen "Meeting #1 started: 3 present."
keys n
wait_for "0 of 3 have rated"
expect_screen "1. Goals and objectives"
expect_screen "The team lacks goals and objectives that everyone understands."
expect_screen "Members understand the team's goals and objectives and agree on them."

# Dimension 1: a mistyped 2 is removed with u before the real ratings.
keys 2
wait_for "1 of 3 have rated"
keys u
wait_for "0 of 3 have rated"
ratings="5 6 4  2 3 2  6 6 6  1 4 7  5 5 4  3 4 5  2 2 3  7 6 5  4 4 4"
d=0
set -- $ratings
while [ $# -gt 0 ]; do
	d=$((d + 1))
	keys "$1"; wait_for "1 of 3 have rated"
	keys "$2"; wait_for "2 of 3 have rated"
	keys "$3"; wait_for "3 of 3 have rated"
	# Blind entry never shows a value: only the count.
	refute_screen "Saved"
	shift 3
	keys n
	if [ $d -lt 9 ]; then
		wait_for "Dimension $((d + 1)) of 9"
	fi
done
wait_for "results, step 2 of 2"
expect_screen "1. Goals and objectives"
expect_screen "n 3  mean 5.0  median 5  range 4-6"
expect_screen "n 3  mean 2.3  median 2  range 2-3"
# Lowest means: Utilization and Problem solving (2.3 each). The only real
# disagreement is Leadership (1, 4, 7); 4-5-6 and the like are agreement.
check 'screen | grep -F " LOW " | head -1 | grep -qF "Utilization of resources, Problem solving"' "LOW names the two lowest"
check 'screen | grep -F " SPREAD " | head -1 | grep -q "SPREAD  Leadership$"' "SPREAD names only the real disagreement"
check 'screen | grep -qF "4. Leadership  SPREAD"' "the Leadership row is marked"
# The room view says first what to talk about first: at 80x24 the
# dimensions below do not all fit.
keys t
wait_for "Talk first about:"
expect_screen "LOW (lowest means): Utilization of resources, Problem"
expect_screen "SPREAD (widest disagreement): Leadership"
keys t
wait_for "results, step 2 of 2"

keys n
close_meeting 1
wait_for "Closed recently: v opens their notes to review and write (x)"
expect_screen "#1 Effective Team Assessment, Westside Learning Team"
keys q
status=$(wait_exit)
check '[ "$status" = 0 ]' "q leaves the app with status 0"

csv=$("$CONVENE" --db "$DB" export --meeting 1 --what ratings --format csv)
rows=$(printf '%s\n' "$csv" | grep -Ec ',2,Rate the team,[a-z]+,[^,]+,,,,,[1-7],1,7,,blind,')
check '[ "$rows" = 27 ]' "27 blind ratings without names in the database (got $rows)"
check 'printf "%s\n" "$csv" | head -1 | grep -q "^meeting,meeting_uid,team,started_at,protocol,step,step_title,dimension_id,dimension,member,"' "the CSV has a header naming the ratings columns"
sum=$(printf '%s\n' "$csv" | tail -n +2 | awk -F, '{ s += $14 } END { print s }')
check '[ "$sum" = 115 ]' "the ratings add up to what was typed (got $sum)"
"$CONVENE" --db "$DB" export --meeting 1 --what ratings --format json > "$TMP/out.json"
check 'python3 -m json.tool "$TMP/out.json" >/dev/null' "the JSON export is valid JSON"
check 'grep -q "\"present\": false" "$TMP/out.json"' "the JSON export records the absent member"
md=$("$CONVENE" --db "$DB" export --meeting 1 --what ratings --format md)
check 'printf "%s\n" "$md" | grep -qF "| Goals and objectives | 3 | 5.0 | 5 | 4–6 |"' "the Markdown summary has the first dimension"
check 'printf "%s\n" "$md" | grep -qF "Present: 3 of 4"' "the Markdown export names attendance"
mkdir -p "$TMP/exports"
"$CONVENE" --db "$DB" export --meeting 1 --what ratings --format csv -o "$TMP/exports/ratings.csv"
check 'printf "%s\n" "$csv" | cmp -s - "$TMP/exports/ratings.csv"' "-o writes the same export to a file"
check '[ "$(ls -A "$TMP/exports" | wc -l)" = 1 ]' "and leaves no temporary file behind"
check '[ "$(stat -c %a "$TMP/exports/ratings.csv")" = 600 ]' "the export is private to its owner"
uid=$(printf '%s\n' "$csv" | sed -n 2p | cut -d, -f2)
check '"$CONVENE" --db "$DB" export --meeting "$uid" --what ratings --format csv | cmp -s - "$TMP/exports/ratings.csv"' "a meeting can be named by its uid"
