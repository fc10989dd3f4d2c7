#!/bin/sh
# The command line against hostile or mistaken input (issue 12, items 3, 7
# and 8; the case numbers are those of tests/bad-input/README.md):
# - C8: an empty or blank --db is a usage error for every command, never a
#   private temporary database that says "Saved" and keeps nothing;
# - T9: escape sequences in files, file names and the database never reach
#   the terminal raw, on stdout or stderr (OSC 52, OSC 0, CSI, C1);
# - D13: export -o writes through a FIFO or a device and leaves it what it
#   is, refuses a folder and a symbolic link (73), and replaces only a
#   regular file. Every FIFO, device and link is made in this test's own
#   folder, never the system's.
. "$(dirname "$0")/lib.sh"

run() { # run CMD...: sets rc, out, err (stdout and stderr also kept in files)
	"$@" > "$TMP/out" 2> "$TMP/err" && rc=0 || rc=$?
	out=$(cat "$TMP/out")
	err=$(cat "$TMP/err")
}
# raw_controls FILE...: true when a file holds a terminal control: a C0
# control other than newline (and carriage return before a newline, as CSV
# ends its lines), DEL, or a C1 control as a code point or a raw byte.
raw_controls() {
	python3 - "$@" <<'PY'
import sys
for name in sys.argv[1:]:
    text = open(name, 'rb').read().replace(b'\r\n', b'\n').decode('utf-8', 'surrogateescape')
    for ch in text:
        c = ord(ch)
        if (c < 0x20 and ch != '\n') or c == 0x7f or 0x80 <= c <= 0x9f or 0xdc80 <= c <= 0xdc9f:
            sys.exit(0)
sys.exit(1)
PY
}
cd "$TMP"

# C8: --db with an empty or blank value, for every command: --db="$DB"
# with DB unset is the first, --db "$DB" the last two.
tab=$(printf '\t')
for cmd in "" check protocols present review demo export import search; do
	for form in "=" "=   " "=$tab" " " "  "; do
		# shellcheck disable=SC2086 # $cmd is one word or none
		case $form in
		=*) run "$CONVENE" "--db$form" $cmd ;;
		" ") run "$CONVENE" --db "" $cmd ;;
		*) run "$CONVENE" --db "$form" $cmd ;;
		esac
		[ $rc = 64 ] && printf "%s" "$err" | grep -q "^convene: --db was given an empty name" ||
			fail "C8 convene --db'$form' ${cmd:-(the app)}: exit $rc, said: $err$out"
	done
done
check 'true' "C8 an empty or blank --db exits 64 with a clear message, for every command"
run "$CONVENE" demo --db=
check '[ $rc = 64 ] && [ ! -e "$XDG_DATA_HOME/convene/convene.db" ] && [ -z "$out" ]' "C8 and nothing was opened or added, after the command too"
run "$CONVENE" --db ":memory:" demo
check '[ $rc = 0 ] && [ -s ":memory:" ]' "C8 --db :memory: is a file of that name, not a database in memory"
run "$CONVENE" --db "file:x.db?mode=memory" demo
check '[ $rc = 0 ] && [ -s "file:x.db?mode=memory" ]' "C8 --db file:...?mode=memory is a file of that name too"
rm -f ":memory:" "file:x.db?mode=memory"

# C8 in a terminal: the app refuses rather than opening a database in memory.
tmux -L "blank-db-$$" new-session -d -x 80 -y 24 \
	"'$CONVENE' --db= 2> '$TMP/app.err'; echo \$? > '$TMP/app.rc'"
deadline=$(( $(date +%s) + ${E2E_WAIT:-10} ))
while [ ! -s "$TMP/app.rc" ]; do
	if [ "$(date +%s)" -ge "$deadline" ]; then
		tmux -L "blank-db-$$" kill-server >/dev/null 2>&1 || true
		fail "C8 the app opened on an empty --db instead of refusing it"
	fi
	sleep 0.05
done
tmux -L "blank-db-$$" kill-server >/dev/null 2>&1 || true
check '[ "$(cat "$TMP/app.rc")" = 64 ] && grep -q "empty name" "$TMP/app.err"' "C8 the app in a terminal refuses an empty --db too"

# T9: hostile protocol files: an unknown key, an unknown step kind and a
# minutes that is no number, each an escape sequence, in a file whose name
# is one too.
evil_name=$(printf 'e\033]0;title\007.yaml')
mkdir -p "$TMP/hostile"
cat > "$TMP/hostile/$evil_name" <<'YAML'
id: evil
title: Evil
version: "1"
source: tests
summary: Escape sequences where a name should be.
"\e]52;c;aGFja2Vk\a": 1
steps:
  - kind: "\e]0;pwned\a\u009b2J"
    title: Welcome
    text: Hello.
YAML
cat > "$TMP/hostile/minutes.yaml" <<'YAML'
id: evil-minutes
title: Evil minutes
version: "1"
source: tests
summary: An escape sequence for a number.
steps:
  - kind: text
    title: Welcome
    text: Hello.
    minutes: "\e]52;c;aGk=\a\x9b"
YAML
run "$CONVENE" check "$TMP/hostile/$evil_name" "$TMP/hostile/minutes.yaml"
check '[ $rc = 65 ] && printf "%s" "$err" | grep -q "unknown key" && printf "%s" "$err" | grep -q "unknown step kind" && printf "%s" "$err" | grep -q "must be a whole number"' "T9 check still reports each mistake"
check '! raw_controls "$TMP/out" "$TMP/err"' "T9 check: no escape sequence from a file or its name reaches the terminal"
check 'printf "%s" "$err" | grep -q "]52;c;aGFja2Vk"' "T9 check shows what was there, defused"

mkdir -p "$XDG_CONFIG_HOME/convene/protocols"
sed 's/^id: check-in$/id: mine/; s/^title: .*/title: Mine/' "$SOURCE_ROOT/protocols/check-in.yaml" \
	> "$XDG_CONFIG_HOME/convene/protocols/$(printf 'mine\033]52;c;aGk=\007.yaml')"
cp "$TMP/hostile/$evil_name" "$XDG_CONFIG_HOME/convene/protocols/"
run "$CONVENE" protocols
check '[ $rc = 0 ] && printf "%s" "$out" | grep -q "^mine " && printf "%s" "$err" | grep -q "is not used, because"' "T9 protocols lists the good file and says why the broken one is not used"
check '! raw_controls "$TMP/out" "$TMP/err"' "T9 protocols: file names and errors reach the terminal defused"
rm -rf "$XDG_CONFIG_HOME/convene/protocols"

# T9: an import file whose values are escape sequences.
"$CONVENE" --db "$TMP/source.db" demo --history 4 >/dev/null
"$CONVENE" --db "$TMP/source.db" export --what all --format json -o "$TMP/all.json"
sed 's/"rating_mode": "named"/"rating_mode": "\\u001b]52;c;aGFja2Vk\\u0007\\u009b2J"/' "$TMP/all.json" > "$TMP/evil.json"
run "$CONVENE" --db "$DB" import "$TMP/evil.json"
check '[ $rc = 65 ] && printf "%s" "$err" | grep -q "rating_mode"' "T9 import refuses the value and names its field"
check '! raw_controls "$TMP/out" "$TMP/err"' "T9 import: the value it quotes reaches the terminal defused"
printf '{' > "$TMP/$evil_name.json"
run "$CONVENE" --db "$DB" import "$TMP/$evil_name.json"
check '[ $rc = 65 ] && ! raw_controls "$TMP/out" "$TMP/err"' "T9 import: a file name that is an escape sequence is defused"

# T9: the database's text (a team renamed by another program) in search and
# in every export format on stdout.
sqlite3 "$TMP/source.db" "UPDATE team SET name = 'Team ' || char(27) || ']52;c;aGk=' || char(7) || char(155) || '2J' || char(27) || ']0;owned' || char(27) || '\\'"
run "$CONVENE" --db "$TMP/source.db" search --limit 3 the
check '[ $rc = 0 ] && printf "%s" "$out" | grep -q "Team .]52;c;aGk="' "T9 search prints the hits"
check '! raw_controls "$TMP/out" "$TMP/err"' "T9 search: text from the database reaches the terminal defused"
for format in md txt html csv json; do
	run "$CONVENE" --db "$TMP/source.db" export --what all --format $format
	[ $rc = 0 ] && printf "%s" "$out" | grep -q "]52;c;aGk=" || fail "T9 export $format: exit $rc"
	! raw_controls "$TMP/out" "$TMP/err" || fail "T9 export $format on stdout carries a raw control"
done
check 'true' "T9 exports on stdout (md, txt, html, csv, json) carry no raw control"

# T6: a formula behind a no-break space is still guarded in a CSV export
# (every variant of the guard: unit test-export "csv: ... is guarded").
sqlite3 "$TMP/source.db" "UPDATE team SET name = char(160) || '=HYPERLINK(\"http://x\")'"
run "$CONVENE" --db "$TMP/source.db" export --what all --format csv
check '[ $rc = 0 ] && printf "%s" "$out" | grep -q ",\"'"'"'.=HYPERLINK(\"\"http://x\"\")\","' "T6 CSV: a formula after a no-break space is guarded"

# D13: export -o onto what is not a regular file.
"$CONVENE" --db "$DB" demo --history 2 >/dev/null
mkdir -p "$TMP/out-dir"
cd "$TMP/out-dir"
mkfifo fifo
cat fifo > from-fifo &
reader=$!
run "$CONVENE" --db "$DB" export --what all -o fifo
# Renamed over, the FIFO would never see a writer: its reader is let go.
if [ -p fifo ]; then wait $reader; else kill $reader 2>/dev/null || true; fi
check '[ $rc = 0 ] && [ -p fifo ] && grep -q "^# " from-fifo' "D13 export -o FIFO: written through to its reader, and still a FIFO"

if mknod null c 1 3 2>/dev/null && mknod full c 1 7 2>/dev/null && : > null 2>/dev/null; then
	run "$CONVENE" --db "$DB" export --what all -o null
	check '[ $rc = 0 ] && [ -c null ] && [ ! -s null ]' "D13 export -o a null device: written through, still a character device"
	run "$CONVENE" --db "$DB" export --what all -o full
	check '[ $rc = 74 ] && [ -c full ] && printf "%s" "$err" | grep -q "No space left on device"' "D13 export -o a full device: exit 74, still a character device"
else
	echo "skipped - D13 export -o a device node: this user cannot make one here (mknod needs root and a filesystem that allows devices)"
fi
rm -f null full

echo "kept" > real.md
ln -s real.md link.md
run "$CONVENE" --db "$DB" export --what all -o link.md
check '[ $rc = 73 ] && [ -L link.md ] && [ "$(cat real.md)" = kept ] && printf "%s" "$err" | grep -q "cannot write link.md: it is a symbolic link to a file"' "D13 export -o a link to a file: refused (73), the link and its file kept"
ln -s nowhere.md dangling.md
run "$CONVENE" --db "$DB" export --what all -o dangling.md
check '[ $rc = 73 ] && [ -L dangling.md ] && [ ! -e nowhere.md ]' "D13 export -o a link to nothing: refused (73), nothing made"
mkdir folder
run "$CONVENE" --db "$DB" export --what all -o folder
check '[ $rc = 73 ] && [ -d folder ] && printf "%s" "$err" | grep -q "it is a folder"' "D13 export -o a folder: refused (73)"

# A link to the standard output (as /dev/stdout is) writes there: into a
# pipe, and into a file the shell opened, appended to when it says >>.
ln -s /proc/self/fd/1 stdout-link
"$CONVENE" --db "$DB" export --what all -o stdout-link | cat > piped.md
check '[ -L stdout-link ] && grep -q "^# " piped.md' "D13 export -o a link to stdout on a pipe: written to the pipe"
echo "before" > appended.md
"$CONVENE" --db "$DB" export --what all -o stdout-link >> appended.md
check '[ "$(head -1 appended.md)" = before ] && grep -q "^# " appended.md && [ -L stdout-link ]' "D13 export -o a link to stdout on a file: appended where the shell said"

echo "old" > plain.md
run "$CONVENE" --db "$DB" export --what all -o plain.md
check '[ $rc = 0 ] && [ -f plain.md ] && grep -q "^# " plain.md && [ -z "$(ls -A | grep "^\.")" ]' "D13 a regular file is still replaced whole, no temporary file left"
cd /
