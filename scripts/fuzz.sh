#!/bin/sh
# fuzz.sh [SECONDS] [TARGET...]: runs the fuzz targets for long (default an
# hour each; targets: protocol, import, meeting), built by clang with
# AddressSanitizer and UBSan in build-fuzz/. The corpus each grows is kept
# in build-fuzz/fuzz/corpus-TARGET between runs; an input that breaks a
# target is written to fuzz/regressions/TARGET/, where the ordinary test
# suite replays it from then on (commit it with the fix).
set -eu
cd "$(dirname "$0")/.."
seconds=${1:-3600}
[ $# -gt 0 ] && shift
targets=${*:-protocol import meeting}
sh scripts/deps.sh test
if [ ! -f build-fuzz/build.ninja ]; then
	CC=clang meson setup build-fuzz -Dwerror=true -Dfuzz=true -Db_sanitize=address,undefined \
		-Db_lundef=false >/dev/null
fi
meson compile -C build-fuzz >/dev/null
for t in $targets; do
	case $t in
	protocol) seeds="protocols"; dict="-dict=fuzz/protocol.dict" ;;
	import) seeds="fuzz/seeds/import"; dict="-dict=fuzz/import.dict" ;;
	meeting) seeds="fuzz/seeds/meeting"; dict="" ;;
	*) echo "fuzz.sh: no target '$t' (protocol, import, meeting)" >&2; exit 64 ;;
	esac
	echo "fuzzing $t for $seconds s"
	# shellcheck disable=SC2086
	sh fuzz/run-fuzzer.sh "build-fuzz/fuzz/fuzz-$t" "$seconds" "build-fuzz/fuzz/corpus-$t" \
		"fuzz/regressions/$t" $dict $seeds
done
