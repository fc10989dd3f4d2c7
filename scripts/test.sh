#!/bin/sh
# test.sh: installs what is needed, builds, runs the whole test suite (unit
# and end-to-end), and ends with one line "N passed, N failed[, N skipped]"
# counted from the real results. Exits non-zero on any failure.
set -u
cd "$(dirname "$0")/.."
CONVENE_WERROR=1 sh scripts/build.sh || { echo "0 passed, 1 failed"; exit 1; }
sh scripts/deps.sh test || { echo "0 passed, 1 failed"; exit 1; }
# The same suite again, built by clang with AddressSanitizer and
# UndefinedBehaviorSanitizer, plus each fuzz target for FUZZ_SECONDS.
if [ ! -f build-san/build.ninja ]; then
	CC=clang meson setup build-san -Dwerror=true -Dfuzz=true -Db_sanitize=address,undefined \
		-Db_lundef=false -Dfuzz_seconds="${FUZZ_SECONDS:-20}" >/dev/null ||
		{ echo "0 passed, 1 failed"; exit 1; }
fi
meson compile -C build-san >/dev/null || { echo "0 passed, 1 failed"; exit 1; }

meson test -C build --print-errorlogs --num-processes 2
status=$?
# Sanitizer reports go to files: the app runs inside tmux, where a report
# on its stderr would be lost. Any report is a failure.
reports="$PWD/build-san/sanitizer-reports"
rm -rf "$reports"
mkdir -p "$reports"
export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:log_path=$reports/ubsan"
ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:log_path=$reports/asan" \
	meson test -C build-san --suite unit --suite fuzz --logbase san-unit \
	--print-errorlogs --num-processes 2
[ $? -eq 0 ] || status=1
# The end-to-end tests end the app with signals and closed terminals; the
# leak check at exit can then deadlock with its own tracer process
# (LeakSanitizer stops the world with ptrace), leaving a process spinning.
# Leaks are checked by the unit tests here and by the valgrind run.
ASAN_OPTIONS="detect_leaks=0:abort_on_error=1:log_path=$reports/asan" \
	meson test -C build-san --suite e2e --logbase san-e2e --print-errorlogs --num-processes 2
[ $? -eq 0 ] || status=1
for f in "$reports"/*; do
	[ -e "$f" ] || continue
	echo "sanitizer report $f:"
	cat "$f"
done
# Count TAP subtests of unit tests, each e2e script and fuzz run as one
# test, and each sanitizer report as a failure.
python3 - "$reports" build/meson-logs/testlog.json build-san/meson-logs/san-unit.json \
	build-san/meson-logs/san-e2e.json <<'PY'
import json, os, re, sys
passed = failed = skipped = 0
failed += len(os.listdir(sys.argv[1]))
for line in (l for f in sys.argv[2:] for l in open(f)):
    t = json.loads(line)
    out = t.get("stdout") or ""
    if t.get("protocol") == "tap" or re.search(r"^1\.\.\d+$", out, re.M):
        ok = len(re.findall(r"^ok \d+", out, re.M))
        bad = len(re.findall(r"^not ok \d+", out, re.M))
        if t["result"] not in ("OK", "EXPECTEDFAIL") and bad == 0:
            bad = 1  # crashed or timed out before reporting
        passed += ok
        failed += bad
    elif t["result"] == "SKIP":
        skipped += 1
    elif t["result"] in ("OK", "EXPECTEDFAIL"):
        passed += 1
    else:
        failed += 1
line = f"{passed} passed, {failed} failed"
if skipped:
    line += f", {skipped} skipped"
print(line)
sys.exit(1 if failed else 0)
PY
counted=$?
[ $status -eq 0 ] && [ $counted -eq 0 ]
