#!/bin/sh
# The command-line contract: help, version, check, export and their exit
# codes (sysexits), with output for people on stdout and errors on stderr.
set -eu
: "${CONVENE:?}" "${SOURCE_ROOT:?}"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
export HOME="$TMP/home" XDG_DATA_HOME="$TMP/data" XDG_CONFIG_HOME="$TMP/config"
mkdir -p "$HOME"
failed=0
check() {
	if eval "$1"; then echo "ok - $2"; else echo "not ok - $2 ($1)"; failed=1; fi
}
run() { # run CMD...: sets rc, out, err
	set +e
	"$@" >"$TMP/out" 2>"$TMP/err" </dev/null
	rc=$?
	set -e
	out=$(cat "$TMP/out")
	err=$(cat "$TMP/err")
}

run "$CONVENE" --help
check '[ $rc = 0 ] && printf "%s" "$out" | grep -q "^Usage: convene"' "--help prints usage on stdout and exits 0"
run "$CONVENE" export --help
check '[ $rc = 0 ] && printf "%s" "$out" | grep -q "^Usage: convene"' "--help works after a command too"
run "$CONVENE" --version
check '[ $rc = 0 ] && printf "%s" "$out" | grep -Eq "^convene [0-9]+\.[0-9]+\.[0-9]+$"' "--version prints the version"
run "$CONVENE" --bogus
check '[ $rc = 64 ] && printf "%s" "$err" | grep -q "unknown option"' "an unknown option exits 64"
run "$CONVENE" frobnicate
check '[ $rc = 64 ] && printf "%s" "$err" | grep -q "unknown command"' "an unknown command exits 64"
run "$CONVENE" --db
check '[ $rc = 64 ]' "--db without a file exits 64"

run "$CONVENE" check "$SOURCE_ROOT"/protocols/*.yaml
check '[ $rc = 0 ] && printf "%s" "$out" | grep -q "team-assessment.yaml: ok"' "every shipped protocol checks out"
bad="$SOURCE_ROOT/tests/data/bad"
run "$CONVENE" check "$bad/unknown-key.yaml"
check '[ $rc = 65 ]' "an invalid protocol exits 65"
check 'printf "%s\n" "$err" | grep -qx "$bad/unknown-key.yaml:6:1: unknown key .colour. in protocol.*"' "unknown key reported as file:line:col"
check 'printf "%s\n" "$err" | grep -qx "$bad/unknown-key.yaml:11:14: .minutes. must be a whole number, not .ten."' "wrong type reported as file:line:col"
check '[ -z "$out" ]' "nothing on stdout for an invalid file"
run "$CONVENE" check "$bad/alias.yaml"
check '[ $rc = 65 ] && printf "%s" "$err" | grep -q "alias.yaml:7:5: anchors (&welcome) are not allowed"' "anchors and aliases are refused"
run "$CONVENE" check "$TMP/missing.yaml"
check '[ $rc = 66 ] && printf "%s" "$err" | grep -q "missing.yaml: No such file or directory"' "a missing file exits 66"
run "$CONVENE" check "$bad/unknown-key.yaml" "$TMP/missing.yaml"
check '[ $rc = 66 ]' "a missing file wins over an invalid one"
run "$CONVENE" check
check '[ $rc = 64 ]' "check without files exits 64"
printf 'id: [unclosed\n' > "$TMP/syntax.yaml"
run "$CONVENE" check "$TMP/syntax.yaml"
check '[ $rc = 65 ] && printf "%s" "$err" | grep -q "syntax.yaml:2:1: YAML syntax error"' "a YAML syntax error has a position"

run "$CONVENE" protocols
check '[ $rc = 0 ] && printf "%s" "$out" | grep -q "^team-assessment "' "protocols lists the shipped protocols"

mkdir -p "$XDG_CONFIG_HOME/convene/protocols"
cat > "$XDG_CONFIG_HOME/convene/protocols/mine.yaml" <<YAML
id: check-in
title: Our own check-in
version: "2"
source: our team
summary: The round the way we do it.
steps:
  - {kind: text, title: Round, text: One word each.}
YAML
run "$CONVENE" protocols
check 'printf "%s" "$out" | grep -q "^check-in .*Our own check-in .*convene/protocols/mine.yaml"' "a user's protocol replaces the shipped one with the same id"
cat > "$XDG_CONFIG_HOME/convene/protocols/bad-agenda.yaml" <<YAML
agenda: ours
title: Our agenda
version: "1"
source: us
summary: s
items:
  - protocol: no-such-protocol
YAML
run "$CONVENE" protocols
check 'printf "%s" "$err" | grep -q "bad-agenda.yaml:7:15: item 1: no protocol .no-such-protocol. was found"' "a broken agenda is flagged with its error"
run "$CONVENE" check "$XDG_CONFIG_HOME/convene/protocols/bad-agenda.yaml"
check '[ $rc = 65 ]' "checking a broken agenda exits 65"
run "$CONVENE" check "$SOURCE_ROOT/protocols/regular-meeting.yaml"
check '[ $rc = 0 ] && printf "%s" "$out" | grep -q "ok (agenda: Regular learning-team meeting, 12 steps)"' "the shipped agenda checks out"
rm "$XDG_CONFIG_HOME/convene/protocols/bad-agenda.yaml"

run "$CONVENE" --db "$TMP/a.db" demo
check '[ $rc = 0 ] && printf "%s" "$out" | grep -q "Added the demo team"' "demo adds the demo team"
run "$CONVENE" --db "$TMP/a.db" demo
check '[ $rc = 0 ] && printf "%s" "$out" | grep -q "already there"' "demo twice adds it once"
run "$CONVENE" --db "$TMP/h.db" demo --history 8
check '[ $rc = 0 ] && printf "%s" "$out" | grep -q "Added 8 past meetings"' "demo --history adds past meetings"
run "$CONVENE" --db "$TMP/h.db" export --team 1 --what all
check '[ $rc = 0 ] && [ "$(printf "%s" "$out" | grep -c "^# ")" = 8 ]' "which export by team"
run "$CONVENE" --db "$TMP/h.db" export --team 1 --what decisions
check '[ $rc = 0 ] && [ "$(printf "%s" "$out" | grep -c "^# ")" -ge 1 ] && ! printf "%s" "$out" | grep -q "Nothing of this kind"' "an export of several meetings leaves out those with nothing of the kind"
run "$CONVENE" --db "$TMP/a.db" export --what levels
check '[ $rc = 0 ] && [ -z "$out" ] && printf "%s" "$err" | grep -q "no meeting holds what --what asks for yet"' "an export with nothing in it says so, on stderr"
run "$CONVENE" --db "$TMP/h.db" export --team 1 --what levels --since 2001-01-01 --until 2001-01-02
check '[ $rc = 0 ] && printf "%s" "$err" | grep -q "no meeting in the team and dates given holds"' "and that the team and dates given had none"
run "$CONVENE" --db "$TMP/h.db" demo --history lots
check '[ $rc = 64 ] && printf "%s" "$err" | grep -q "Usage: convene demo"' "demo --history wants a number"
run "$CONVENE" --db "$TMP/teams.db" demo --history 7 --teams 3
check '[ $rc = 0 ] && printf "%s" "$out" | grep -q "Added 2 more teams like it"' "demo --teams shares a history among teams"
run "$CONVENE" --db "$TMP/teams.db" export --team "Demo team 3" --what all --format json
check '[ "$(printf "%s" "$out" | grep -c "\"format\": \"convene-export\"")" = 2 ]' "each team gets its share of the meetings"
check '[ "$(stat -c %a "$TMP/a.db")" = 660 ]' "the database file is its owner's and group's, no one else's (0660)"
run "$CONVENE" demo
check '[ $rc = 0 ] && [ -f "$XDG_DATA_HOME/convene/convene.db" ]' "the default database lives under XDG_DATA_HOME"
check '[ "$(stat -c %a "$XDG_DATA_HOME/convene")" = 700 ]' "its directory is 0700"

run "$CONVENE" --db "$TMP/a.db" export --meeting 1 --what everything
check '[ $rc = 64 ] && printf "%s" "$err" | grep -q "unknown --what"' "export refuses an unknown --what"
run "$CONVENE" --db "$TMP/a.db" export --meeting 1 --what ratings --format pdf
check '[ $rc = 64 ] && printf "%s" "$err" | grep -q "unknown format"' "export refuses an unknown format"
run "$CONVENE" --db "$TMP/h.db" export --team 1 --what decisions -o "$TMP/notes.csv"
check '[ $rc = 0 ] && head -n 1 "$TMP/notes.csv" | grep -q "^meeting,meeting_uid,"' "export -o notes.csv writes CSV: the name's ending gives the format"
run "$CONVENE" --db "$TMP/h.db" export --team 1 --what decisions -o "$TMP/notes.json"
check '[ $rc = 0 ] && grep -q "\"format\": \"convene-export\"" "$TMP/notes.json"' "and notes.json JSON"
run "$CONVENE" --db "$TMP/h.db" export --team 1 --what decisions -o "$TMP/notes.html"
check '[ $rc = 0 ] && head -n 1 "$TMP/notes.html" | grep -qx "<!DOCTYPE html>"' "and notes.html the HTML handout"
run "$CONVENE" --db "$TMP/h.db" export --team 1 --what decisions -o "$TMP/notes.txt"
check '[ $rc = 0 ] && [ -s "$TMP/notes.txt" ] && ! grep -q "^#\|\*\*" "$TMP/notes.txt"' "and notes.txt plain text, no Markdown"
run "$CONVENE" --db "$TMP/h.db" export --team 1 --what decisions -o "$TMP/notes.pdf"
check '[ $rc = 64 ] && [ ! -e "$TMP/notes.pdf" ] && printf "%s" "$err" | grep -q "does not end in a format convene writes"' "an ending that names no format is refused, never silent Markdown"
run "$CONVENE" --db "$TMP/h.db" export --team 1 --what decisions --format md -o "$TMP/odd.csv"
check '[ $rc = 0 ] && head -n 1 "$TMP/odd.csv" | grep -q "^# "' "--format wins over the name"
"$CONVENE" --db "$TMP/h.db" export --team 1 --what all --format json > "$TMP/piped.json"
run sh -c '"$0" --db "$1" import - < "$2"' "$CONVENE" "$TMP/piped.db" "$TMP/piped.json"
check '[ $rc = 0 ] && printf "%s" "$out" | grep -q "^Imported 8 meetings from standard input"' "import - reads standard input"
run sh -c 'echo "not json" | "$0" --db "$1" import -' "$CONVENE" "$TMP/piped2.db"
check '[ $rc = 65 ] && printf "%s" "$err" | grep -q "standard input: this is not valid JSON" && [ ! -e "$TMP/piped2.db" ]' "and refuses what is not an export, creating nothing"
# The settings file and CONVENE_DB: the command line wins, then the variable,
# then the file.
mkdir -p "$XDG_CONFIG_HOME/convene"
printf 'theme = mono\ndatabase = %s\n' "$TMP/h.db" > "$XDG_CONFIG_HOME/convene/config"
run "$CONVENE" export --team 1 --what all --format csv
check '[ $rc = 0 ] && [ "$(printf "%s\n" "$out" | grep -c ",decision,")" -ge 1 ]' "the settings file's database is used"
run env CONVENE_DB="$TMP/a.db" "$CONVENE" export --what all --format csv
check '[ $rc = 0 ] && ! printf "%s\n" "$out" | grep -q ",decision,"' "CONVENE_DB wins over the settings file"
run env CONVENE_DB="$TMP/a.db" "$CONVENE" --db "$TMP/h.db" export --team 1 --what all --format csv
check '[ $rc = 0 ] && printf "%s\n" "$out" | grep -q ",decision,"' "--db wins over CONVENE_DB"
printf 'theme = projecter\n' > "$XDG_CONFIG_HOME/convene/config"
run "$CONVENE" protocols
check '[ $rc = 78 ] && printf "%s" "$err" | grep -q "convene/config: line 1: theme is default, projector or mono, not .projecter."' \
	"a wrong settings file stops convene with its line (78)"
rm "$XDG_CONFIG_HOME/convene/config"
# Every option form: --opt=value and --opt value, options before or after
# the command, and -- ending them; an unknown option names its command.
run "$CONVENE" --db="$TMP/h.db" export --team=1 --what=decisions --format=csv
a=$out
run "$CONVENE" export --team 1 --what decisions --format csv --db "$TMP/h.db"
check '[ $rc = 0 ] && [ -n "$a" ] && [ "$out" = "$a" ]' "--opt=value and --opt value, before or after the command, say the same"
run "$CONVENE" --db "$TMP/h.db" search --limit=1 -- --what=levels
check '[ $rc = 1 ] && printf "%s" "$err" | grep -q "Nothing recorded matches \"--what=levels\""' "after --, --what=levels is a word to search for"
for c in check review import export demo search present protocols; do
	run "$CONVENE" --db "$TMP/h.db" "$c" --bogus
	check '[ $rc = 64 ] && printf "%s" "$err" | grep -q "^convene $c: .*--bogus"' "an unknown option to $c says it was given to $c"
done
# Each command's own usage: convene help CMD and CMD --help say the same.
for c in check protocols present review demo export import search; do
	run "$CONVENE" help "$c"
	h=$out
	run "$CONVENE" "$c" --help
	check '[ $rc = 0 ] && [ "$out" = "$h" ] && printf "%s" "$out" | grep -q "^Usage: convene .*$c"' "$c --help prints $c's own usage, as help $c does"
done
run "$CONVENE" help join
check '[ $rc = 0 ] && printf "%s" "$out" | grep -q "join"' "help join gives join's help"
run "$CONVENE" help nothing
check '[ $rc = 64 ] && printf "%s" "$err" | grep -q "there is no command .nothing."' "help of no command says so"
run "$CONVENE" --db "$TMP/a.db" export --meeting 42 --what ratings
check '[ $rc = 66 ] && printf "%s" "$err" | grep -q "no meeting .42."' "export of a missing meeting exits 66"
mkdir -p "$TMP/exports"
run "$CONVENE" --db "$TMP/a.db" export --meeting 42 --what ratings -o "$TMP/exports/x.csv"
check '[ ! -e "$TMP/exports/x.csv" ]' "a failed export writes no file"
run "$CONVENE" --db "$TMP/nodir/x.db" demo
check '[ $rc = 73 ]' "a database in a missing directory exits 73"
printf 'not a database at all, just words to fill a page of text\n%.0s' $(seq 1 100) > "$TMP/notes.db"
run "$CONVENE" --db "$TMP/notes.db" demo
check '[ $rc = 65 ] && printf "%s" "$err" | grep -q "not a convene database"' "a file that is not a convene database is refused"
check '[ "$(head -c 10 "$TMP/notes.db")" = "not a data" ]' "and left as it was"

# Import: another laptop's meetings gathered into this database.
"$CONVENE" --db "$TMP/h.db" export --what all --format json -o "$TMP/laptop.json"
run "$CONVENE" --db "$TMP/district.db" import "$TMP/laptop.json"
check '[ $rc = 0 ] && printf "%s" "$out" | grep -q "Imported 8 meetings .*(1 new team, 9 new team members)"' "import adds a laptop's meetings"
run "$CONVENE" --db "$TMP/district.db" export --what all --format json
check '[ "$out" = "$(cat "$TMP/laptop.json")" ]' "and exports them as they came"
run "$CONVENE" --db "$TMP/district.db" search guide
check '[ $rc = 0 ] && [ "$out" = "$("$CONVENE" --db "$TMP/h.db" search guide)" ]' "and search finds in them what it finds where they came from"
run "$CONVENE" --db "$TMP/district.db" import "$TMP/laptop.json"
check '[ $rc = 0 ] && printf "%s" "$out" | grep -q "Nothing new" && printf "%s" "$out" | grep -q "8 meetings were already here"' "importing the file again adds nothing, and says so"
before=$("$CONVENE" --db "$TMP/district.db" export --what all --format json)
sed 's/"format_version": 1/"format_version": 9/' "$TMP/laptop.json" > "$TMP/newer.json"
run "$CONVENE" --db "$TMP/district.db" import "$TMP/newer.json"
check '[ $rc = 65 ] && printf "%s" "$err" | grep -q "newer convene" && printf "%s" "$err" | grep -q "Nothing was imported"' "a file from a newer convene is refused"
"$CONVENE" --db "$TMP/h.db" export --format json -o "$TMP/points.json"
run "$CONVENE" --db "$TMP/district.db" import "$TMP/points.json"
check '[ $rc = 65 ] && printf "%s" "$err" | grep -q -- "--what all"' "an export of part of the record is refused, saying how to make a whole one"
printf 'name,notes\r\nAna,hello\r\n' > "$TMP/sheet.csv"
run "$CONVENE" --db "$TMP/district.db" import "$TMP/sheet.csv"
check '[ $rc = 65 ] && printf "%s" "$err" | grep -q "not valid JSON: line 1"' "a spreadsheet is refused"
check '[ "$before" = "$("$CONVENE" --db "$TMP/district.db" export --what all --format json)" ]' "and the database is as it was"
run "$CONVENE" --db "$TMP/district.db" import "$TMP/missing.json"
check '[ $rc = 66 ]' "a missing file exits 66"
run "$CONVENE" --db "$TMP/district.db" import
check '[ $rc = 64 ] && printf "%s" "$err" | grep -q "Usage: convene import FILE"' "import without a file shows its usage"
run "$CONVENE" --db "$TMP/never.db" import "$TMP/sheet.csv"
check '[ ! -e "$TMP/never.db" ]' "a bad file creates no database"

run "$CONVENE" --db "$TMP/a.db"
check '[ $rc = 64 ] && printf "%s" "$err" | grep -q "needs a terminal"' "the app without a terminal says so"

# convene join (a seat): its help, its usage errors and, without a
# terminal (ssh without -t), exit 64 saying to use ssh -t.
run "$CONVENE" join --help
check '[ $rc = 0 ] && printf "%s" "$out" | grep -q "^Usage: convene \[--db FILE\] join"' \
	"join --help prints the join help"
check 'printf "%s" "$out" | grep -q "ssh -t seat@HOST" && printf "%s" "$out" | grep -q "Seats: each participant at their own terminal"' \
	"which says how participants connect and points to the README"
run "$CONVENE" --db "$TMP/a.db" join -h
check '[ $rc = 0 ] && printf "%s" "$out" | grep -q "Open a seat"' "-h after join too"
run "$CONVENE" --help
check 'printf "%s" "$out" | grep -q "^  join \[--meeting N\]"' "convene --help lists join"
run "$CONVENE" join --meeting
check '[ $rc = 64 ] && printf "%s" "$err" | grep -q "takes a meeting.s number"' "join --meeting wants a number"
run "$CONVENE" join --frob
check '[ $rc = 64 ] && printf "%s" "$err" | grep -q "^convene join: unknown option .--frob"' "join refuses an unknown option, naming itself"
run "$CONVENE" --db "$TMP/a.db" join
check '[ $rc = 64 ] && [ "$err" = "convene join needs a terminal: over SSH connect with ssh -t" ]' \
	"join without a terminal exits 64 and says to use ssh -t"

exit $failed
