#!/bin/sh
# The database path and the exit codes of the command line (issue 12, items
# 19 to 22 and 24; the case numbers are those of tests/bad-input/README.md):
# - C9: a command that only reads (export, search, present, review) on a
#   missing file says so, exits 66 and creates nothing;
# - C10: a folder, a file of /proc, a symbolic link or a negative
#   user_version as the database: what the path is and what is wrong;
# - C11: present --meeting with a meeting that is not there exits 66 at
#   once; a closed meeting is shown as closed, never as "closing";
# - C12: exit codes: import on a full disk 74, import of a folder 66,
#   export -o FOLDER 73, --since after --until 64, an option given twice
#   64, search --frob 64 (search -- --frob searches for it);
# - D16: reading commands work on a read-only database: a file of mode
#   0444, a read-only folder, with and without a -wal file left over.
. "$(dirname "$0")/lib.sh"

cd "$TMP"
"$CONVENE" --db "$DB" demo --history 3 > /dev/null

# C9: reading commands never create the file they were given.
for cmd in "export" "export --meeting 1" "search budget"; do
	# shellcheck disable=SC2086 # $cmd is words
	run "$CONVENE" --db "$TMP/mistyped.db" $cmd
	[ $rc = 66 ] && [ ! -e "$TMP/mistyped.db" ] &&
		printf "%s" "$err" | grep -q "mistyped.db: there is no database file of that name" ||
		fail "C9 convene $cmd on a missing file: exit $rc, said: $err"
done
check 'true' "C9 export and search on a missing file exit 66 and create nothing"
for cmd in "present" "review"; do
	start 80 24 "--db '$TMP/mistyped.db'" $cmd
	st=$(wait_exit)
	[ "$st" = 66 ] && [ ! -e "$TMP/mistyped.db" ] ||
		fail "C9 convene $cmd on a missing file: exit $st"
done
check 'true' "C9 present and review on a missing file exit 66 and create nothing"
run "$CONVENE" --db "$TMP/new.db" demo
check '[ $rc = 0 ] && [ -s "$TMP/new.db" ]' "C9 demo still creates a new database"

# C10: what the path is, and what is wrong with it.
mkdir "$TMP/folder"
run "$CONVENE" --db "$TMP/folder" search budget
check '[ $rc = 66 ] && printf "%s" "$err" | grep -q "folder is a folder, not a database file"' "C10 a folder is named as a folder (exit 66)"
run "$CONVENE" --db "$TMP/folder" demo
check '[ $rc = 73 ] && printf "%s" "$err" | grep -q "is a folder"' "C10 a folder cannot be created as a database (exit 73)"
run "$CONVENE" --db /proc/self/status export
check '[ $rc = 66 ] && printf "%s" "$err" | grep -q "/proc/self/status is a file the kernel makes up"' "C10 a /proc file is named as such"
ln -s "$DB" "$TMP/link.db"
run "$CONVENE" --db "$TMP/link.db" search budget
check '[ $rc = 66 ] && printf "%s" "$err" | grep -q "link.db is a symbolic link (to $DB)"' "C10 a symbolic link is named, with where it points"
run "$CONVENE" --db "$TMP/nowhere/x.db" demo
check '[ $rc = 73 ] && printf "%s" "$err" | grep -q "the folder $TMP/nowhere does not exist"' "C10 a missing folder is named"
if command -v sqlite3 > /dev/null 2>&1; then
	sqlite3 "$TMP/negative.db" "PRAGMA user_version = -3; CREATE TABLE t (x)"
	for cmd in demo "search budget"; do
		# shellcheck disable=SC2086 # $cmd is words
		run "$CONVENE" --db "$TMP/negative.db" $cmd
		[ $rc = 65 ] && printf "%s" "$err" | grep -q "schema version is -3" &&
			! printf "%s" "$err" | grep -q "no error" ||
			fail "C10 negative user_version, $cmd: exit $rc, said: $err"
	done
	check 'true' "C10 a negative user_version is not a convene database (65), never 'no error'"
else
	echo "ok - C10 negative user_version # skipped: no sqlite3 command"
fi

# C11: present --meeting for what is not running.
start 80 24 present --meeting 999
st=$(wait_exit)
check '[ "$st" = 66 ]' "C11 present --meeting 999 exits 66 at once (was: waited forever)"
start 80 24 present --meeting 1
wait_for "Meeting 1 of Riverside Unified Learning Team"
expect_screen "is closed:"
expect_screen "there is nothing to follow"
refute_screen "closing"
keys q
st=$(wait_exit)
check '[ "$st" = 0 ]' "C11 a closed meeting is shown as closed, not as closing"

# C12: exit codes.
"$CONVENE" --db "$DB" export --what all --format json -o "$TMP/all.json"
"$CONVENE" --db "$TMP/full.db" demo > /dev/null
limit=32768 # the -wal grows past it; opening the database stays under it
run sh -c 'trap "" XFSZ; exec prlimit --fsize='"$limit"' "$0" --db "$1" import "$2"' "$CONVENE" "$TMP/full.db" "$TMP/all.json"
check '[ $rc = 74 ] && printf "%s" "$err" | grep -q "Nothing was imported"' "C12 import on a full disk exits 74 (was 65)"
run "$CONVENE" --db "$DB" import "$TMP/folder"
check '[ $rc = 66 ]' "C12 import of a folder exits 66"
run "$CONVENE" --db "$DB" export -o "$TMP/folder"
check '[ $rc = 73 ]' "C12 export -o FOLDER exits 73"
run "$CONVENE" --db "$DB" export --since 2026-12-01 --until 2026-01-01
check '[ $rc = 64 ] && printf "%s" "$err" | grep -q "is after --until"' "C12 --since after --until exits 64"
run "$CONVENE" --db "$DB" export --meeting 1 --meeting 2
check '[ $rc = 64 ] && printf "%s" "$err" | grep -q "given twice"' "C12 export --meeting twice exits 64"
start 80 24 present --meeting 1 --meeting 2
st=$(wait_exit)
check '[ "$st" = 64 ]' "C12 present --meeting twice exits 64"
run "$CONVENE" --db "$DB" search --frob
check '[ $rc = 64 ] && printf "%s" "$err" | grep -q "unknown option .--frob"' "C12 search --frob is an unknown option (64)"
run "$CONVENE" --db "$DB" search -- --frob
check '[ $rc = 1 ] && printf "%s" "$err" | grep -q "Nothing recorded matches \"--frob\""' "C12 search -- --frob searches for it"

# D16: reading commands on a read-only database. Root ignores file modes:
# as root, the commands run as nobody.
as=""
if [ "$(id -u)" = 0 ]; then
	if command -v setpriv > /dev/null 2>&1 && id nobody > /dev/null 2>&1; then
		as="setpriv --reuid=nobody --regid=$(id -g nobody) --clear-groups"
	else
		echo "ok - D16 read-only database # skipped: running as root without setpriv or nobody"
		exit 0
	fi
fi
if [ -n "$as" ] && ! $as test -x "$CONVENE"; then
	echo "ok - D16 read-only database # skipped: nobody cannot run $CONVENE"
	exit 0
fi
if ! python3 -c 'import sqlite3' 2> /dev/null; then
	echo "ok - D16 read-only database # skipped: no python3 with sqlite3 to leave a -wal behind"
	exit 0
fi
RO=$(mktemp -d /tmp/convene-ro.XXXXXX)
trap 'chmod -R u+w "$RO"; rm -rf "$RO"; cleanup' EXIT
chmod 755 "$RO"
# copy NAME [wal]: a folder NAME holding a copy of the database (in WAL
# mode), with a -wal (and -shm) left by a writer that died, when asked.
copy() {
	mkdir "$RO/$1"
	cp "$DB" "$RO/$1/db"
	if [ "${2:-}" = wal ]; then
		python3 - "$RO/$1/db" <<'PY'
import os, sqlite3, sys
c = sqlite3.connect(sys.argv[1])
c.execute("PRAGMA wal_autocheckpoint = 0")
c.execute("UPDATE team SET name = 'Walteam'")
c.execute("UPDATE item SET text = 'Walword' WHERE id = (SELECT min(id) FROM item)")
c.commit()
os._exit(0)  # dies with its -wal and -shm left behind
PY
	fi
	[ -z "$as" ] || chown -R nobody "$RO/$1"
}
reads() { # reads DIR TEXT WORD: export (TEXT in it) and search WORD, as the other user
	run $as "$CONVENE" --db "$RO/$1/db" export --what all --format json
	exported=$rc
	grep -q "$2" "$TMP/out" || exported=none
	run $as "$CONVENE" --db "$RO/$1/db" search "$3"
}
copy file
chmod 444 "$RO/file/db"
reads file Riverside book
check '[ $exported = 0 ] && [ $rc = 0 ] && printf "%s" "$out" | grep -q "Book the library"' "D16 a database file of mode 0444 can be exported and searched"
copy folder
chmod 444 "$RO/folder/db"
chmod 555 "$RO/folder"
reads folder Riverside book
check '[ $exported = 0 ] && [ $rc = 0 ] && [ ! -e "$RO/folder/db-wal" ]' "D16 in a read-only folder too, and nothing is created there"
copy wal wal
chmod 444 "$RO/wal/db" "$RO/wal/db-wal" "$RO/wal/db-shm"
chmod 555 "$RO/wal"
reads wal Walteam walword
check '[ $exported = 0 ] && [ $rc = 0 ] && printf "%s" "$out" | grep -q "Walword"' "D16 a read-only folder with a -wal left over: its changes are read and searched"
copy noshm wal
rm "$RO/noshm/db-shm"
chmod 444 "$RO/noshm/db" "$RO/noshm/db-wal"
chmod 555 "$RO/noshm"
run $as "$CONVENE" --db "$RO/noshm/db" search book
check '[ $rc = 74 ] && printf "%s" "$err" | grep -q "its latest changes are in .*db-wal"' "D16 a -wal that cannot be read without writing is named (74), not half-read"
run $as "$CONVENE" --db "$RO/file/db" demo
check '[ $rc != 0 ] && printf "%s" "$err" | grep -q "read-only"' "D16 a command that writes still says the file is read-only"
