#!/bin/sh
# build.sh: installs the dependencies if needed and builds convene in build/.
set -eu
cd "$(dirname "$0")/.."
sh scripts/deps.sh
# Installed into .local here, beside the source: build/convene then reads
# the shipped protocols where they are installed, as an installed program
# does (it names no source folder). `meson setup build --prefix=/usr/local`
# and `meson install -C build` install it for the whole machine instead.
[ -f build/build.ninja ] || meson setup build --prefix="$PWD/.local" >/dev/null
# The test command and development builds treat warnings as errors
# (CONVENE_WERROR=1); a user's build does not fail on a newer compiler's
# new warning.
[ -z "${CONVENE_WERROR:-}" ] || meson configure build -Dwerror=true >/dev/null
meson compile -C build >/dev/null
case "$(meson introspect build --buildoptions | python3 -c 'import json, sys; print(next(o["value"] for o in json.load(sys.stdin) if o["name"] == "prefix"))')" in
"$PWD/.local") meson install -C build --no-rebuild --quiet >/dev/null ;;
*) echo "build/ installs to its own prefix: run meson install -C build when you want it" ;;
esac
echo "Built build/convene"
