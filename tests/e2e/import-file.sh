#!/bin/sh
# convene import given what is not an export, or an export that is wrong:
# a device, a pipe, a folder, a file over the limit (refused before a byte
# is read), a file far larger than what it holds (read in bounded memory), a
# uid that names two things, a value the app never writes. Each exits with
# its sysexits code, says why, and leaves the database as it was. The case
# numbers are those of tests/bad-input/README.md.
set -eu
: "${CONVENE:?}"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
export HOME="$TMP/home" XDG_DATA_HOME="$TMP/data" XDG_CONFIG_HOME="$TMP/config"
mkdir -p "$HOME"
failed=0
check() {
	if eval "$1"; then echo "ok - $2"; else echo "not ok - $2 ($1)"; failed=1; fi
}
run() { # run CMD...: sets rc, out, err; ten seconds at most (a pipe could wait)
	set +e
	timeout 10 "$@" >"$TMP/out" 2>"$TMP/err" </dev/null
	rc=$?
	set -e
	out=$(cat "$TMP/out")
	err=$(cat "$TMP/err")
}
record() { "$CONVENE" --db "$1" export --what all --format json; }

"$CONVENE" --db "$TMP/laptop.db" demo --history 2 >/dev/null
record "$TMP/laptop.db" > "$TMP/laptop.json"

# I17: what is not a regular file never reaches the reader.
run "$CONVENE" --db "$TMP/a.db" import /dev/zero
check '[ $rc = 66 ] && printf "%s" "$err" | grep -q "/dev/zero is a device, not a file"' "I17 /dev/zero is refused at once, as a device (66)"
mkfifo "$TMP/pipe"
run "$CONVENE" --db "$TMP/a.db" import "$TMP/pipe"
check '[ $rc = 66 ] && printf "%s" "$err" | grep -q "is a pipe, not a file"' "I17 a FIFO is refused without waiting for a writer (66)"
run "$CONVENE" --db "$TMP/a.db" import "$TMP"
check '[ $rc = 66 ] && printf "%s" "$err" | grep -q "is a folder, not a file"' "I17 a folder is refused (66)"
truncate -s 1100M "$TMP/huge.json"
run "$CONVENE" --db "$TMP/a.db" import "$TMP/huge.json"
check '[ $rc = 65 ] && printf "%s" "$err" | grep -q "more than the 1 GiB an import reads"' "I18 a file over 1 GiB is refused by its size (65)"
check '[ ! -e "$TMP/a.db" ]' "I17 I18 and no database is made"
rm -f "$TMP/huge.json"

# I19: a 256 MB export holding two meetings (the rest is white space) is read
# through a window: memory does not follow the file's size.
python3 - "$TMP/laptop.json" "$TMP/spaced.json" <<'PY'
import sys
text = open(sys.argv[1]).read()
head, tail = text.split("\n", 1)
with open(sys.argv[2], "w") as out:
    out.write(head + "\n")
    block = (" " * 1023 + "\n") * 1024
    for _ in range(256):
        out.write(block)
    out.write(tail)
PY
run python3 -c '
import resource, subprocess, sys
rc = subprocess.call(sys.argv[1:], stdout=subprocess.DEVNULL)
print(rc, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024)' \
	"$CONVENE" --db "$TMP/spaced.db" import "$TMP/spaced.json"
status=${out% *} peak=${out#* }
check '[ "$status" = 0 ] && [ "$("$CONVENE" --db "$TMP/spaced.db" export --what all --format json)" = "$(cat "$TMP/laptop.json")" ]' "I19 a 256 MB file of two meetings imports them"
check '[ "$peak" -lt 100 ]' "I19 in bounded memory (peak $peak MiB for a 256 MB file)"
rm -f "$TMP/spaced.json"

# I20: a uid used twice in the file for two different meetings.
python3 - "$TMP/laptop.json" "$TMP/twice.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
d["meetings"][1]["meeting"]["uid"] = d["meetings"][0]["meeting"]["uid"]
json.dump(d, open(sys.argv[2], "w"), indent=1)
PY
run "$CONVENE" --db "$TMP/b.db" import "$TMP/twice.json"
check '[ $rc = 65 ] && printf "%s" "$err" | grep -q "meeting 2 (line [0-9]*): \"uid\" [0-9a-f]* is also the uid of meeting 1 (line [0-9]*), whose record is different"' "I20 two meetings with one uid: both named (65)"
check '[ ! -e "$TMP/b.db" ] && printf "%s" "$err" | grep -q "Nothing was imported"' "I20 and nothing is imported"

# I21: a meeting of a new team naming a member of a team that is here.
"$CONVENE" --db "$TMP/district.db" import "$TMP/laptop.json" >/dev/null
python3 - "$TMP/laptop.json" "$TMP/stranger.json" <<'PY'
import json, re, sys, uuid
d = json.load(open(sys.argv[1]))
m = d["meetings"][0]
people = {a["member_uid"] for a in m["attendance"]}
fresh = {}
def new(u):
    return u if u in people else fresh.setdefault(u, uuid.uuid4().hex)
text = re.sub(r'"[0-9a-f]{32}"', lambda x: '"%s"' % new(x.group(0)[1:-1]), json.dumps(m))
m = json.loads(text)
m["meeting"]["team"] = "Roosevelt Middle School"
json.dump(m, open(sys.argv[2], "w"), indent=1)
PY
before=$(record "$TMP/district.db")
run "$CONVENE" --db "$TMP/district.db" import "$TMP/stranger.json"
check '[ $rc = 65 ] && printf "%s" "$err" | grep -q "meeting 1 (line 1): attendance\[0\]: \"member_uid\" [0-9a-f]* (.*) is a member of team \"Riverside Unified Learning Team\" here, not of team \"Roosevelt Middle School\""' "I21 a member of another team here: both teams named (65)"
check '[ "$before" = "$(record "$TMP/district.db")" ] && printf "%s" "$err" | grep -q "Nothing was imported"' "I21 and nothing is imported"

# I22: a value the app never writes, with its field and line.
python3 - "$TMP/stranger.json" "$TMP/february.json" <<'PY'
import json, sys
m = json.load(open(sys.argv[1]))
m["meeting"]["started_at"] = "2026-02-30T17:00:00Z"
json.dump(m, open(sys.argv[2], "w"), indent=1)
PY
run "$CONVENE" --db "$TMP/district.db" import "$TMP/february.json"
check '[ $rc = 65 ] && printf "%s" "$err" | grep -q "meeting 1 (line [0-9]*): \"started_at\" must be a time like .* not \"2026-02-30T"' "I22 February 30 is refused, with the field and the line (65)"

exit $failed
