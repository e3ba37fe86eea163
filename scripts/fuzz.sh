#!/usr/bin/env bash
# Open-ended fuzzing with libFuzzer + AddressSanitizer (clang from Debian).
# Usage: scripts/fuzz.sh [SECONDS]   (default 60). Findings land in build-fuzz/.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
command -v clang++ >/dev/null || apt-get install -y -qq clang
out=build-fuzz
mkdir -p "$out"
flags=(-std=c++20 -g -O1 -fsanitize=fuzzer,address,undefined -fPIC -Icore
       $(pkg-config --cflags Qt6Core))
clang++ "${flags[@]}" tests/fuzz/fuzz_amount_parse.cpp core/common/amount.cpp \
  $(pkg-config --libs Qt6Core) -o "$out/fuzz_amount_parse"
mkdir -p "$out/corpus" && cp tests/fuzz/corpus/amount_parse/* "$out/corpus/"
"$out/fuzz_amount_parse" -max_total_time="$seconds" "$out/corpus"
