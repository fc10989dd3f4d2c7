#!/bin/sh
# build.sh: installs the dependencies if needed and builds convene in build/.
set -eu
cd "$(dirname "$0")/.."
sh scripts/deps.sh
[ -f build/build.ninja ] || meson setup build >/dev/null
meson compile -C build >/dev/null
echo "Built build/convene"
