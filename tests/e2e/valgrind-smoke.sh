#!/bin/sh
# The end-to-end smoke flow (first-meeting.sh: a team created, a blind
# assessment with a correction, results, close, export) once more with the
# real binary under valgrind: it passes only when valgrind reports no
# error and no definite leak in any process the flow started.
set -u
: "${CONVENE:?CONVENE must name the convene binary}"
command -v valgrind >/dev/null 2>&1 || { echo "valgrind is not installed: skipping"; exit 77; }
logs=$(mktemp -d "${TMPDIR:-/tmp}/convene-valgrind.XXXXXX")
wrapper="$logs/convene"
cat > "$wrapper" <<WRAP
#!/bin/sh
exec valgrind -q --leak-check=full --show-leak-kinds=definite --errors-for-leak-kinds=definite --error-exitcode=99 \\
	--log-file="$logs/%p.log" "$CONVENE" "\$@"
WRAP
chmod +x "$wrapper"
# Valgrind is some twenty times slower: each wait gets longer.
CONVENE="$wrapper" E2E_WAIT=90 sh "$(dirname "$0")/first-meeting.sh"
status=$?
bad=0
for f in "$logs"/*.log; do
	[ -s "$f" ] || continue
	echo "valgrind: $f"
	cat "$f"
	bad=1
done
rm -rf "$logs"
[ $status -eq 0 ] || { echo "the flow failed under valgrind"; exit 1; }
[ $bad -eq 0 ] || { echo "valgrind found errors"; exit 1; }
echo "valgrind: no errors, no definite leaks"
