#!/bin/sh
# The HTML handout in a real browser: a meeting with several agreed talking
# points (the demo's history, one meeting given more points and a team
# name that needs escaping, through import) exported with --format html,
# printed to PDF by headless Chromium, then read back with poppler: the
# talking points fit on one or two pages, and every point's words, the
# team's name (escaped in the page, printed as typed) and the date in
# words are there. The full notes print too, and a Spanish handout (and
# plain text) is in Spanish. Without chromium or poppler-utils (scripts/deps.sh test
# installs them, as CI does) it is skipped with 77.
set -eu
: "${CONVENE:?}"
chromium=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$chromium" ] || ! command -v pdfinfo >/dev/null || ! command -v pdftotext >/dev/null ||
	! command -v python3 >/dev/null; then
	echo "1..0 # SKIP needs chromium, pdfinfo and pdftotext (poppler-utils), python3"
	exit 77
fi
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
# Chromium writes its profile, cache and crash reports under these: all in
# TMP, so the test leaves nothing behind.
export HOME="$TMP/home" XDG_DATA_HOME="$TMP/data" XDG_CONFIG_HOME="$TMP/config" \
	XDG_CACHE_HOME="$TMP/cache" TZ=UTC
mkdir -p "$HOME"
failed=0
n=0
check() {
	n=$((n + 1))
	if eval "$1"; then echo "ok $n - $2"; else echo "not ok $n - $2"; failed=1; fi
}
# print HTML PDF: Chromium prints the page; 45 seconds at most, so a hang
# fails the test instead of stalling CI. Root needs --no-sandbox.
print() {
	timeout 45 "$chromium" --headless --no-sandbox --disable-gpu --no-first-run \
		--user-data-dir="$TMP/chromium" --no-pdf-header-footer --print-to-pdf-no-header \
		--print-to-pdf="$2" "file://$1" >"$TMP/chromium.log" 2>&1 || true
}
pages() { pdfinfo "$1" 2>/dev/null | awk '/^Pages:/ { print $2 }'; }
# The PDF's words on one line, so a point wrapped across lines is found whole.
words() { pdftotext "$1" - 2>/dev/null | tr -s ' \n\f' '  '; }

"$CONVENE" --db "$TMP/demo.db" demo --history 12 >/dev/null
"$CONVENE" --db "$TMP/demo.db" export --what all --format json > "$TMP/all.json"
cat > "$TMP/points.txt" <<'POINTS'
Our meetings move to the first Tuesday of each month.
Every school sets aside forty-five minutes a week, in the contract day, for teachers to observe one another and talk about what they saw.
The district shares the draft budget with site councils two weeks before the board sees it.
Classified staff are told about new systems, like the badge readers, before they start.
New hires get a one-page sheet saying whom to ask about benefits, pay and leave.
Parent night reminders go out by text in English and Spanish.
The lunch schedule is reviewed with cafeteria staff before the second semester.
We report back to our constituents within a week of each meeting.
POINTS
python3 - "$TMP/all.json" "$TMP/points.txt" "$TMP/one.json" <<'PY'
import json, sys, uuid
d = json.load(open(sys.argv[1]))
m = next(m for m in d["meetings"] if m.get("talking_points"))
first = m["talking_points"][0]
m["talking_points"] = []
for text in open(sys.argv[2], encoding="utf-8").read().splitlines():
    p = dict(first, uid=uuid.uuid4().hex, text=text)
    m["talking_points"].append(p)
m["meeting"]["team"] = "Riverside <b>&\"x' Team"
json.dump({"meetings": [m]}, open(sys.argv[3], "w"), ensure_ascii=False)
PY
uid=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["meetings"][0]["meeting"]["uid"])' "$TMP/one.json")
"$CONVENE" --db "$TMP/h.db" import "$TMP/one.json" >/dev/null

# The talking points handout, the default.
"$CONVENE" --db "$TMP/h.db" export --meeting "$uid" -o "$TMP/handout.html"
check 'grep -q "^<html lang=\"en\">" "$TMP/handout.html" && ! grep -qi "<script\|https\?://" "$TMP/handout.html"' \
	"-o handout.html writes the page: its language, no script, nothing fetched"
check 'grep -qF "Riverside &lt;b&gt;&amp;&quot;x&#39; Team" "$TMP/handout.html"' "the team's name escaped in the page"
print "$TMP/handout.html" "$TMP/handout.pdf"
check '[ -s "$TMP/handout.pdf" ]' "Chromium prints the handout to PDF"
p=$(pages "$TMP/handout.pdf")
check '[ "${p:-0}" -ge 1 ] && [ "${p:-0}" -le 2 ]' "eight talking points print on one or two pages (${p:-none})"
text=$(words "$TMP/handout.pdf")
all_points=true
while IFS= read -r point; do
	printf "%s" "$text" | grep -qF "$point" || { all_points=false; echo "# not in the PDF: $point"; }
done < "$TMP/points.txt"
check '$all_points' "every point's words are in the PDF, whole"
check 'printf "%s" "$text" | grep -qF "Riverside <b>&\"x'"'"' Team"' "the team's name, printed as typed"
check 'printf "%s" "$text" | grep -qE "Talking points" && printf "%s" "$text" | grep -qE "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) [0-9]+ [A-Z][a-z]+ 20[0-9][0-9]"' \
	"a heading and the meeting's date in words"
check '! printf "%s" "$text" | grep -qE "Present|Facilitator|Reason:"' "no attendance, roles or amendment reasons"

# The full notes print too, the talking points first.
"$CONVENE" --db "$TMP/h.db" export --meeting "$uid" --what all --format html -o "$TMP/notes.html"
print "$TMP/notes.html" "$TMP/notes.pdf"
p=$(pages "$TMP/notes.pdf")
notes=$(words "$TMP/notes.pdf")
check '[ "${p:-0}" -ge 1 ] && printf "%s" "$notes" | grep -q "Talking points.*Meeting notes.*Present"' \
	"the full notes print, the talking points first (pages: ${p:-none})"

# In Spanish: the page's language, headings and date.
LANG=es_US.UTF-8 "$CONVENE" --db "$TMP/h.db" export --meeting "$uid" --format html -o "$TMP/es.html"
print "$TMP/es.html" "$TMP/es.pdf"
es=$(words "$TMP/es.pdf")
check 'grep -q "^<html lang=\"es\">" "$TMP/es.html" && printf "%s" "$es" | grep -qF "Puntos de comunicación" && printf "%s" "$es" | grep -qE "(lunes|martes|miércoles|jueves|viernes|sábado|domingo) [0-9]+ de [a-z]+ de 20"' \
	"in Spanish: lang=es, Spanish headings and date"
LANG=es_US.UTF-8 "$CONVENE" --db "$TMP/h.db" export --meeting "$uid" -o "$TMP/es.txt"
check 'grep -qx "Puntos de comunicación" "$TMP/es.txt" && grep -qE "^(lunes|martes|miércoles|jueves|viernes|sábado|domingo) [0-9]+ de [a-z]+ de 20[0-9]{2}, [0-9]+:[0-9]{2}$" "$TMP/es.txt" && grep -qF "1. Our meetings move to the first Tuesday of each month." "$TMP/es.txt"' \
	"the plain text in Spanish too: its heading, the date in words at 24 hours, the points"
echo "1..$n"
exit $failed
