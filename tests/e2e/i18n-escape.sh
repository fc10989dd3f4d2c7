#!/bin/sh
# No string escapes translation. The app runs in po/pseudo.sh's made-up
# language, where every translated word is accented ("Save" → "Śáṽé"), with
# the shipped protocols in it too (pseudo-protocols.py); the test goes
# through the home screen's pages, a whole regular meeting of the demo
# team (every kind of step it holds, results, closing), review, trends
# and search, and the exports a note taker writes, and fails listing each
# line that shows a plain ASCII word other than a name the team typed, a
# key's name, or the program's own name.
. "$(dirname "$0")/lib.sh"

for tool in perl xgettext msgfilter msgfmt sqlite3 python3; do
	command -v "$tool" >/dev/null 2>&1 || { echo "no $tool: skipping"; exit 77; }
done
python3 -c 'import yaml' 2>/dev/null || { echo "no python3-yaml: skipping"; exit 77; }

LOC="$TMP/locale"
sh "$SOURCE_ROOT/po/pseudo.sh" "$LOC" >/dev/null
python3 "$SOURCE_ROOT/tests/e2e/pseudo-protocols.py" "$SOURCE_ROOT/protocols" "$TMP/pseudo/protocols"
export CONVENE_DATA_DIR="$TMP/pseudo" CONVENE_LOCALE_DIR="$LOC" LANGUAGE=xx

# gt MSGID: the made-up language's text of a string of the program.
gt() { TEXTDOMAINDIR="$LOC" LANGUAGE=xx gettext -d convene -- "$1"; }
# pseudo TEXT: text a person types, in the made-up language.
pseudo() { printf '%s' "$1" | perl "$SOURCE_ROOT/po/pseudo.pl"; }

"$CONVENE" --db "$DB" demo >/dev/null
# The words that may stay ASCII: names the team gave (the demo's members,
# their groups and the team), the keys' own names, and the program's.
{
	sqlite3 "$DB" "SELECT name FROM member; SELECT grp FROM member; SELECT name FROM team;"
	echo "convene Enter Esc Tab Backspace Delete Ctrl PgUp PgDn Home End"
} | grep -oE '[A-Za-z]{3,}' | sort -u > "$TMP/allowed"
sed -n 's/^\(id\|agenda\): *//p' "$SOURCE_ROOT"/protocols/*.yaml > "$TMP/ids"

# scan WHERE [TEXT]: lists each line of the screen (or of TEXT) holding an
# ASCII word of three letters or more that is not allowed.
scan() {
	if [ $# -gt 1 ]; then printf '%s\n' "$2"; else screen; fi |
		awk -v where="$1" 'FILENAME == ARGV[1] { ok[$0] = 1; next }
			FILENAME == ARGV[2] { id[$0] = 1; next }
			{ line = $0; bad = 0
			  # A protocol id, as the notes name it beside its title.
			  for (i in id) gsub("[(]" i ",", "(", line)
			  while (match(line, /[A-Za-z][A-Za-z][A-Za-z]+/)) {
				w = substr(line, RSTART, RLENGTH)
				if (!(w in ok)) bad = 1
				line = substr(line, RSTART + RLENGTH) }
			  if (bad) print where ": " $0 }' "$TMP/allowed" "$TMP/ids" - >> "$TMP/escaped"
}

# settle: waits until the screen has stopped changing.
settle() {
	last="" same=0
	deadline=$(( $(date +%s) + 10 ))
	while [ $same -lt 8 ]; do
		now=$(screen)
		if [ "$now" = "$last" ]; then same=$((same + 1)); else same=0; fi
		last=$now
		[ "$(date +%s)" -lt "$deadline" ] || fail "the screen never settled"
		sleep 0.03
	done
}

# act WHERE KEYS...: presses KEYS, waits for the screen to change and
# settle, and scans it.
act() {
	where=$1
	shift
	before=$(screen)
	keys "$@"
	deadline=$(( $(date +%s) + 10 ))
	while [ "$(screen)" = "$before" ]; do
		[ "$(date +%s)" -lt "$deadline" ] || fail "$where: $* changed nothing"
		sleep 0.03
	done
	settle
	scan "$where"
	[ -z "${ESCAPE_DEBUG:-}" ] || { echo "=== $where: $*"; screen; } >> "$ESCAPE_DEBUG"
}

# enter WHERE TEXT: types TEXT (in the made-up language) and Enter.
enter() {
	type_text "$(pseudo "$2")"
	act "$1" Enter
}

start 120 40
wait_for "Riverside Unified Learning Team"
settle
scan home
act help '?'
act home Escape
act rules r
act home Escape
act decisions l
act home Escape
act trends t
act home Escape
act search /
enter search "pilot"
act home Escape Escape
settle

# A whole regular meeting of the demo team.
act protocols Enter
title=$(pseudo "Regular learning-team meeting")
i=0
while ! t capture-pane -p -e | grep -F "$title" | grep -qF "$(printf '\033[7m')"; do
	[ $i -lt 60 ] || fail "the regular meeting was never selected"
	keys Down
	i=$((i + 1))
	settle
done
act attendance Enter
act roles Enter
act timing Enter
act rating-mode Enter
act norms Enter
act focus ' '
act check-in n
act check-in Enter
enter check-in "Glad to be here"
act check-in Enter
act frame n
act frame Enter
enter frame "Teacher collaboration next year"
act frame Enter
act quiet-writing n
act boxes n
act boxes Enter
enter boxes "Peer observation"
act boxes Enter
act boxes Tab
act boxes Enter
enter boxes "Duplicate sign-in forms"
act boxes Enter
act sort n
act vote n
act vote +
act vote-unplaced n
act ranking y
act decide-how-to-decide n
act decide n
act decide Enter
enter decide "Adopt the peer observation pilot"
act decide-how Down Down Down Down Down
act decide-how Enter
enter decide-what "Pilot in two schools"
enter decide-why "Teachers asked for it"
act decide-consensus Enter
act decide-status Enter
act outside n
act points n
act points Enter
enter points "We will pilot peer observation in two schools"
act points Enter
act points Up
act readback r
act readback 1
act readback 2
act readback 3
act points Escape
act actions n
act actions Enter
enter actions "Schedule the pilot"
act actions Enter
act actions Enter
act norms-check n
for v in 3 4 3 2 4 3 3 4 3; do act norms-check "$v"; done
act results n
act closing n
act closing n
act closed y
act record v
act review Escape
act home Escape
act trends t
act home Escape
keys q
wait_exit >/dev/null

# What a note taker hands out, in every human format.
for f in md txt html; do
	"$CONVENE" --db "$DB" export --meeting 1 --what all --format "$f" > "$TMP/notes.$f"
	# The page's words: its body, without the tags (the style sheet is
	# CSS, not words).
	[ "$f" = html ] && sed -n '/<body/,$p' "$TMP/notes.html" |
		sed -e 's/<[^>]*>/ /g' -e 's/&[a-z]*;/ /g' > "$TMP/notes.html.words" &&
		mv "$TMP/notes.html.words" "$TMP/notes.html"
	check '[ "$(wc -l < "$TMP/notes.$f")" -gt 10 ]' "the $f notes hold the meeting"
	scan "export $f" "$(cat "$TMP/notes.$f")"
done

if [ -s "$TMP/escaped" ]; then
	echo "Lines with words that escaped translation:"
	sort -u "$TMP/escaped" | sed 's/^/  /'
	fail "$(sort -u "$TMP/escaped" | wc -l) lines with words that escaped translation"
fi
check 'true' "every word the screens and the exports showed was translated"
