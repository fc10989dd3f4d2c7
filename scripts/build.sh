#!/bin/sh
# build.sh: installs the dependencies if needed and builds convene in build/.
set -eu
cd "$(dirname "$0")/.."
sh scripts/deps.sh
[ -f build/build.ninja ] || meson setup build >/dev/null
# The test command and development builds treat warnings as errors
# (CONVENE_WERROR=1); a user's build does not fail on a newer compiler's
# new warning.
[ -z "${CONVENE_WERROR:-}" ] || meson configure build -Dwerror=true >/dev/null
meson compile -C build >/dev/null
echo "Built build/convene"
