#!/bin/sh
# Deciding how to decide, through the real binary: a decision recorded on
# the continuum with its reasons and a fist-to-five check where one person
# objects; a second decision interrupted and kept as a draft, then finished;
# and the decisions read back through export.
. "$(dirname "$0")/lib.sh"

"$CONVENE" --db "$DB" demo >/dev/null
start 90 28
wait_for "Riverside Unified Learning Team (9 members)"
keys Enter
pick_protocol "Decision-Making Continuum"
wait_for "9 of 9 present"
keys Enter
accept_roles
# The step text, not its title: the timing screen lists the title too.
wait_for "policy, and what belongs to bargaining, are not ours"
expect_screen "Deciding how to decide"
# The guidebook's six conditions, the sixth included (002 line 1819).
expect_screen "- The group will determine the best decision-making option for each"
keys n
wait_for "No decision recorded yet: Enter records one."
keys Enter
wait_for "What is to be decided?"
type_text "Adopt the peer observation pilot"
keys Enter
wait_for "How will we decide? Choose a point on the continuum:"
expect_screen "1  The leader decides alone"
expect_screen "7  The team delegates the decision"
# The seven points are convene's, and the screen says so beside them.
expect_screen "(convene's rendering of the guidebook's continuum)"
keys Down Down Down Down Down
wait_for "Everyone can at least live with the"
keys Enter
wait_for "Decided by: The team decides by consensus"
wait_for "What did we decide?"
type_text "Pilot in Lincoln and Adams elementary"
keys Enter
wait_for "Why? The reasons for the decision:"
type_text "Teachers asked for it; it costs nothing"
keys Enter
wait_for "Consensus check, fist to five"
keys 5 5 4 3 2 4 4 5 3 3
# A tenth hand for nine people is refused, and says how to take one back.
wait_for "All 9 present are counted; u takes the last one back."
wait_for "9 counted"
keys u
wait_for "8 counted"
keys 3
wait_for "9 counted"
wait_for "1 below three: each states an objection before the decision stands"
# Each count is saved as it is shown, before the stage ends: a kill -9 here
# loses none of them.
check '[ "$(sqlite3 "$DB" "SELECT consensus FROM decision")" = "0,0,1,2,3,3" ]' "the counts shown are already in the database"
keys Enter
wait_for "Where does it stand?"
keys Enter
wait_for "Decision 1 recorded: decided."

keys a
wait_for "What is to be decided?"
type_text "Change the meeting day"
keys Enter
wait_for "How will we decide?"
keys Escape
wait_for "What was entered is kept; e goes on with it."
screen | grep -F "2. Change the meeting day" | grep -q "draft" || fail "the interrupted decision is a draft"
keys Down e
wait_for "What is to be decided?"
keys Enter
wait_for "How will we decide?"
keys Down Down Down Enter
wait_for "What did we decide?"
keys Enter Enter Enter
wait_for "Where does it stand?"
keys Down Enter
wait_for "Decision 2 recorded: deferred."

# Leave and come back: the decisions are still there.
keys b
wait_for "Deciding how to decide"
keys n
wait_for "1. Adopt the peer observation pilot"
expect_screen "2. Change the meeting day"
keys n
wait_for "All steps are done."
keys n y
wait_for "Meeting #1 closed."
keys q
wait_exit >/dev/null

md=$("$CONVENE" --db "$DB" export --meeting 1 --what decisions)
check 'printf "%s\n" "$md" | grep -qx "\*\*Adopt the peer observation pilot\*\*: decided (how: The team decides by consensus; convene'"'"'s rendering of the guidebook'"'"'s continuum)"' "the decision and how it was made, on whose continuum"
check 'printf "%s\n" "$md" | grep -qx -- "- Reasons: Teachers asked for it; it costs nothing"' "its reasons"
check 'printf "%s\n" "$md" | grep -qx -- "- Fist to five: 3 at 5, 3 at 4, 2 at 3, 1 below three (objections stated)"' "its consensus check"
check 'printf "%s\n" "$md" | grep -qx "\*\*Change the meeting day\*\*: deferred (how: The leader decides after hearing the whole team; convene'"'"'s rendering of the guidebook'"'"'s continuum)"' "the finished draft"
check 'printf "%s\n" "$md" | grep -q "^Source of Decision-Making Continuum (decision-continuum, from the protocol file installed at export time, version 2): After the CA LMI guidebook"' "the Markdown export credits the protocol'"'"'s source, saying it is the installed file'"'"'s"
"$CONVENE" --db "$DB" export --meeting 1 --what decisions --format json > "$TMP/d.json"
check 'python3 -c "import json,sys; d=json.load(open(sys.argv[1]))[\"decisions\"]; assert [x[\"status\"] for x in d] == [\"decided\", \"deferred\"] and d[0][\"objections\"] == 1" "$TMP/d.json"' "the JSON export has both decisions"
check 'python3 -c "import json,sys; d=json.load(open(sys.argv[1])); s=d[\"protocol_sources_at_export\"]; assert s[0][\"protocol_id\"] == \"decision-continuum\" and s[0][\"installed\"] and \"W. Patrick Dolan\" in s[0][\"protocol_source_at_export\"], s; assert d[\"decisions\"][0][\"decided_by_credit_at_export\"] == \"convene'"'"'s rendering of the guidebook'"'"'s continuum\"" "$TMP/d.json"' "the JSON export has the source and whose continuum the point is"
csv=$("$CONVENE" --db "$DB" export --meeting 1 --what all --format csv)
check 'printf "%s\n" "$csv" | grep -q ",protocol_source_at_export,,,decision-continuum,2,.*W. Patrick Dolan"' "the CSV export of all has a row with the source"
csv=$("$CONVENE" --db "$DB" export --meeting 1 --what decisions --format csv)
check 'printf "%s\n" "$csv" | grep -q "^1,[0-9a-f]*,.*,The team decides by consensus (convene'"'"'s rendering of the guidebook'"'"'s continuum),"' "and names whose continuum the point is"
