#!/usr/bin/env bash
# The benchmark command: install the packages, build everything into build/ and run the tests
# labelled `bench` verbosely. Benchmarks print their figures and end with one summary line
# `BENCH <name> key=value ...`; those lines are repeated at the end. Arguments go to ctest
# (e.g. `scripts/bench.sh -R matching`). The exit code is ctest's.
set -euo pipefail

# shellcheck source=scripts/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

# shellcheck source=scripts/pg_cluster.sh
source "$(dirname "${BASH_SOURCE[0]}")/pg_cluster.sh"
# shellcheck source=scripts/anvil.sh
source "$(dirname "${BASH_SOURCE[0]}")/anvil.sh"
# shellcheck source=scripts/solc.sh
source "$(dirname "${BASH_SOURCE[0]}")/solc.sh"

azc_install_deps
azc_anvil_install
azc_solc_install
azc_configure -DAZC_BUILD_BENCHMARKS=ON
azc_build

count="$(ctest --test-dir "$AZC_BUILD_DIR" -N -L bench "$@" | sed -n 's/^Total Tests: *//p')"
if [ "${count:-0}" = 0 ]; then
    azc_log "No benchmarks are registered yet (no CTest test has the label \"bench\"); nothing to run."
    exit 0
fi

log="$(mktemp /tmp/azc-bench.XXXXXX.log)"
run_dir="$(mktemp -d /tmp/azc-bench-run.XXXXXX)"
chmod 755 "$run_dir"
trap 'azc_pg_stop; rm -rf "$log" "$run_dir"' EXIT
# A durable cluster, so the ledger benchmark's PostgreSQL figure counts real commits.
azc_pg_start "$run_dir" durable
export AZC_BENCH_PG_URL="$AZC_PG_URL"
export QT_QPA_PLATFORM=offscreen
# bench_chain_scan starts its own anvil (tests/support/anvil_node.h).
[ -x "$AZC_ANVIL_BIN" ] && export AZC_TEST_ANVIL_BIN="$AZC_ANVIL_BIN"
azc_log "Running $count benchmark(s)"
rc=0
ctest --test-dir "$AZC_BUILD_DIR" -L bench --verbose "$@" 2>&1 | tee "$log" || rc=$?

azc_log "Summary"
# ctest --verbose prefixes each line with "<test number>: ".
if ! sed -n 's/^[0-9]*: \(BENCH .*\)$/\1/p' "$log" | grep .; then
    echo "(no BENCH summary lines were printed)"
fi
exit "$rc"
