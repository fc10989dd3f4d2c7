#!/bin/sh
# Reviewing a long record to its end: a past meeting made long (forty long
# answers that wrap) and the demo's team assessment, read at 80x24 and at
# 200x55. End shows the last line; PgDn, pressed again and again, gets there
# too; the line under the record says where the reader is; the ninth
# dimension of the assessment is seen at 80x24 once scrolled to.
. "$(dirname "$0")/lib.sh"

"$CONVENE" --db "$DB" demo --history 12 >/dev/null

# Meeting 10 of the demo (an after-action review) made long: forty answers
# of several lines each, then a last answer, the record's last line.
"$CONVENE" --db "$DB" export --meeting 10 --what all --format json > "$TMP/aar.json"
python3 - "$TMP/aar.json" "$TMP/long.json" <<'PY'
import json, sys
m = json.load(open(sys.argv[1]))
m["meeting"]["uid"] = "10ae" * 8
m["meeting"]["title"] = "Long review"
m["meeting"]["started_at"] = "2026-12-01T18:00:00Z"
m["meeting"]["closed_at"] = "2026-12-01T20:00:00Z"
# Nothing after the answers of the last step: the last answer is the end.
m["talking_points"] = m["decisions"] = m["actions"] = []
long = ("answer %02d: the district and both unions went over the calendar for the spring "
        "term, line by line, and agreed to come back to the open questions next time; ") * 2
items = [i for i in m["items"] if i["step"] != 5]
for k, i in enumerate(items):
    i["uid"] = "%032x" % (0xb000 + k)  # a new meeting's own entries
for k in range(40):
    items.append({"step": 3, "group_id": "expected", "uid": "%032x" % (0xa000 + k),
                  "group": "What did we expect to happen?", "text": (long % (k, k)).strip(),
                  "created_at": "2026-12-01T18:30:00Z"})
items.append({"step": 5, "group_id": "improve", "uid": "%032x" % 0xafff,
              "group": "What can be improved, and how?",
              "text": "Zulu: the last answer of the long review",
              "created_at": "2026-12-01T19:50:00Z"})
m["items"] = items
json.dump(m, open(sys.argv[2], "w"))
PY
"$CONVENE" --db "$DB" import "$TMP/long.json" >/dev/null || fail "the long meeting was not imported"
LAST="Zulu: the last answer of the long review"

# open_meeting N: from the list of meetings on record, opens the Nth (1: the newest).
open_meeting() {
	wait_for "Meetings on record: 13, newest first"
	n=$1
	while [ "$n" -gt 1 ]; do
		keys Down
		n=$((n - 1))
	done
	keys Enter
	wait_match "^  (All [0-9]+ lines shown|Lines 1-[0-9]+ of [0-9]+)"
}

# where: the line under the record, e.g. "Lines 20-38 of 187 (20%), ...".
where() { screen | grep -E "^  (All [0-9]+ lines shown|Lines [0-9]+-[0-9]+ of [0-9]+)"; }

# page_to_end: PgDn until the line under the record says it is the end,
# waiting for each page to be drawn; at most 200 pages.
page_to_end() {
	pages=0
	while ! where | grep -qE "the end|lines shown"; do
		before=$(where)
		keys NPage
		deadline=$(( $(date +%s) + 10 ))
		while [ "$(where)" = "$before" ]; do
			[ "$(date +%s)" -lt "$deadline" ] || fail "PgDn did not scroll: $before"
			sleep 0.05
		done
		pages=$((pages + 1))
		[ "$pages" -lt 200 ] || fail "PgDn never reached the end"
	done
}

for size in "80 24" "200 55"; do
	set -- $size
	start "$1" "$2" review
	open_meeting 1
	wait_for "Long review — Riverside Unified Learning Team"
	check '! screen | grep -qF "$LAST"' "$1x$2: the long record's last answer is not on the first page"
	check 'where | grep -q "more below: PgDn, End"' "$1x$2: the reader is told there is more ($(where))"

	keys End
	wait_for "$LAST"
	check 'where | grep -q "(100%), the end"' "$1x$2: End shows the last line ($(where))"
	check 'screen | grep -qF "answer 39: the district"' "$1x$2: a long answer wraps, its words not cut"
	keys Home
	wait_for "Long review — Riverside Unified Learning Team"
	wait_gone "$LAST"

	page_to_end
	expect_screen "$LAST"
	echo "ok - $1x$2: PgDn reaches the last line in $pages pages ($(where))"
	# PgDn at the end stays at the end; PgUp goes back.
	keys NPage
	wait_for "$LAST"
	keys PPage
	wait_gone "(100%), the end"
	check 'where | grep -q "more below"' "$1x$2: PgUp scrolls back up ($(where))"
	# Down, pressed as often as there are rows, also gets to the end.
	keys End Home
	wait_for "Long review — Riverside Unified Learning Team"
	total=$(where | sed -E 's/.*Lines [0-9]+-[0-9]+ of ([0-9]+).*/\1/')
	keys -N "$total" Down
	wait_for "$LAST"
	check 'where | grep -q "the end"' "$1x$2: Down, pressed once for each line, reaches the end too"
	keys Escape
done

# The team assessment (meeting 7 of the demo; 7th newest of 13): its ninth
# dimension, Evaluation, is below the first screen at 80x24 and is reached.
start 80 24 review
open_meeting 7
wait_for "Effective Team Assessment — Riverside Unified Learning Team"
wait_for "Goals and objectives: mean"
check '! screen | grep -qF "Evaluation: mean"' "80x24: the ninth dimension is below the first screen"
keys NPage
wait_for "Evaluation: mean"
check 'screen | grep -A1 "Evaluation: mean" | grep -q "How many gave"' "80x24: the ninth dimension's figures are seen after PgDn"
check 'where | grep -q "the end"' "80x24: and that is the end of the assessment ($(where))"
keys Home
wait_gone "Evaluation: mean"
keys End
wait_for "Evaluation: mean"
echo "ok - 80x24: End shows the ninth dimension too"
