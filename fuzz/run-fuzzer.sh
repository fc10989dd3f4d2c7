#!/bin/sh
# run-fuzzer.sh FUZZER SECONDS CORPUS REGRESSIONS [-dict=FILE] SEED_DIR...
# Runs a libFuzzer target for SECONDS on a corpus kept between runs (in the
# build folder), grown from the seeds. A crash leaves its input in
# REGRESSIONS, so it becomes a regression test once committed, and fails.
set -eu
fuzzer=$1 seconds=$2 corpus=$3 regressions=$4
shift 4
mkdir -p "$corpus"
exec "$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
	-print_final_stats=1 -error_exitcode=1 -artifact_prefix="$regressions/" "$corpus" "$@"
