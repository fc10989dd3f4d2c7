#!/bin/sh
# Search opens the meeting at the entry found, highlighted: two meetings,
# each with several answers in one step; Enter on a result that is not the
# step's first entry selects that result in the record, in the right
# meeting, and nothing else.
. "$(dirname "$0")/lib.sh"

"$CONVENE" --db "$DB" demo --history 12 >/dev/null

# Two after-action reviews made from the demo's meeting 10, whose third
# step holds three answers each; "lantern" is in the third answer of the
# newer one and in the first and third of the older one.
"$CONVENE" --db "$DB" export --meeting 10 --what all --format json > "$TMP/aar.json"
python3 - "$TMP/aar.json" "$TMP" <<'PY'
import json, sys
def meeting(tag, day, answers):
    m = json.load(open(sys.argv[1]))
    m["meeting"]["uid"] = (tag * 32)[:32]
    m["meeting"]["title"] = "Review " + tag
    m["meeting"]["started_at"] = "2026-12-%02dT18:00:00Z" % day
    m["meeting"]["closed_at"] = "2026-12-%02dT19:00:00Z" % day
    m["talking_points"] = m["decisions"] = m["actions"] = []
    items = [i for i in m["items"] if i["step"] != 3]
    for k, i in enumerate(items):
        i["uid"] = "%s%031x" % (tag, k)
    for k, text in enumerate(answers):
        items.append({"step": 3, "group_id": "expected", "uid": "%s%031x" % (tag, 0x100 + k),
                      "group": "What did we expect to happen?", "text": text,
                      "created_at": "2026-12-%02dT18:30:00Z" % day})
    m["items"] = items
    json.dump(m, open("%s/%s.json" % (sys.argv[2], tag), "w"))
meeting("a", 1, ["Delta lantern parade", "Echo budget review", "Foxtrot lantern festival"])
meeting("b", 2, ["Alpha planning notes", "Bravo budget talk", "Charlie lantern walk"])
PY
for m in a b; do
	"$CONVENE" --db "$DB" import "$TMP/$m.json" >/dev/null || fail "meeting $m was not imported"
done

# The lines of the screen drawn in reverse video: the selection.
selected() {
	t capture-pane -p -e | grep "$(printf '\033')\[[0-9;]*7m" | sed 's/\x1b\[[0-9;]*m//g'
}

# wait_selected TEXT: waits until the selection holds TEXT (the record
# opens after Enter: the search screen shows the same words before it).
wait_selected() {
	deadline=$(( $(date +%s) + ${E2E_WAIT:-10} ))
	until selected | grep -qF -- "$1"; do
		[ "$(date +%s)" -lt "$deadline" ] || fail "the selection never held: $1"
		sleep 0.05
	done
}

start 100 30
wait_for "Riverside Unified Learning Team (9 members)"
keys /
wait_for "Find in every meeting"
type_text "lantern"
keys Enter
wait_for "3 found, newest meetings first"
# Newest first: Charlie (meeting b), then Delta and Foxtrot (meeting a).
keys Down Down
wait_for "Foxtrot lantern festival"
keys Enter
wait_for "Lines "
wait_selected "Foxtrot lantern festival"
check 'selected | grep -q "Foxtrot lantern festival"' "the entry found is highlighted"
check '! selected | grep -q "Delta lantern parade"' "not the step's first entry, which also holds the word"
keys e
wait_for "Correct the entry"
check 'screen | grep -A1 "Correct the entry" | grep -q "Foxtrot lantern festival"' "e corrects the entry found"
keys Escape
wait_gone "Correct the entry"
keys Escape
wait_for "3 found, newest meetings first"
keys Up Up
keys Enter
wait_for "Lines "
wait_selected "Charlie lantern walk"
check 'selected | grep -q "Charlie lantern walk"' "in the other meeting, its entry is highlighted"
check '! selected | grep -q "Alpha planning notes"' "and not the first answer of its step"
