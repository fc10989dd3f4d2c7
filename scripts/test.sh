#!/bin/sh
# test.sh: installs what is needed, builds, runs the whole test suite (unit
# and end-to-end), and ends with one line "N passed, N failed[, N skipped]"
# counted from the real results. Exits non-zero on any failure.
set -u
cd "$(dirname "$0")/.."
sh scripts/build.sh || { echo "0 passed, 1 failed"; exit 1; }
meson test -C build --print-errorlogs --num-processes 2
status=$?
# Count TAP subtests of unit tests, and each e2e script as one test.
python3 - build/meson-logs/testlog.json <<'PY'
import json, re, sys
passed = failed = skipped = 0
for line in open(sys.argv[1]):
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
