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

# The walk's hooks: each screen scanned; typed text in the made-up
# language too.
on_screen() {
	scan "$1"
	[ -z "${ESCAPE_DEBUG:-}" ] || { echo "=== $1"; screen; } >> "$ESCAPE_DEBUG"
}
typed() { pseudo "$1"; }
REGULAR_MEETING=$(pseudo "Regular learning-team meeting")
. "$SOURCE_ROOT/tests/e2e/walk-meeting.sh"

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
