#!/usr/bin/env bash
# Open-ended fuzzing with libFuzzer + AddressSanitizer + UBSan (clang from Debian).
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]
#
# Builds the named targets (default: all of them) with clang into build-fuzz/,
# compiling each target's sources from core/ directly with the fuzzer's
# coverage instrumentation, then fuzzes them one after another for SECONDS
# each (default 60). Seeds come from tests/fuzz/corpus/<target>/ (never
# written to); new corpus entries go to build-fuzz/<target>/corpus/ and
# findings (crash-*, leak-*, timeout-*, oom-*) to build-fuzz/<target>/, with
# the full log in build-fuzz/<target>/fuzz.log. Ends with one line per target:
#   FUZZ <target> execs=<N> seconds=<S> crashes=<K>
# and exits non-zero when anything was found or a target did not build.
# Replay a finding with
#   build-fuzz/<target>/fuzz_<target> build-fuzz/<target>/crash-…
# On a shared machine, run it as `nice -n 19 scripts/fuzz.sh`.
#
# Each target is tests/fuzz/fuzz_<target>.cpp; CTest replays its corpus
# (tests/fuzz/CMakeLists.txt, label fuzz). A new target needs a line in
# SOURCES and PACKAGES below, a corpus folder and a dictionary.
set -euo pipefail
# One block, which bash reads whole before running it: editing this file while
# a long run is under way cannot derail that run.
{
# shellcheck source=scripts/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
cd "$AZC_ROOT"

# The core/ sources each target needs (no Q_OBJECT among them: no moc).
declare -A SOURCES=(
  [amount_parse]="common/amount.cpp"
  [decimal]="common/amount.cpp exchange/provider/decimal.cpp exchange/spot/spot_market.cpp"
  [eth_address]="chaincrypto/eth_address.cpp chaincrypto/hashes.cpp chaincrypto/secp256k1_keys.cpp
                 crypto/digest.cpp crypto/secure_random.cpp"
  [rlp]="chaincrypto/rlp.cpp"
  [erc20_abi]="chain/erc20_abi.cpp chain/evm_quantity.cpp chaincrypto/eth_transaction.cpp chaincrypto/rlp.cpp
               chaincrypto/hashes.cpp crypto/digest.cpp"
  [bip39]="chaincrypto/bip39.cpp crypto/digest.cpp crypto/secure_random.cpp"
  [binance_protocol]="exchange/provider/binance_protocol.cpp exchange/provider/decimal.cpp
                      exchange/provider/liquidity_provider.cpp common/amount.cpp crypto/digest.cpp"
  [journal_codec]="exchange/matching/journal_codec.cpp exchange/matching/journal.cpp"
  [sniff_mime]="files/file_service.cpp storage/database.cpp crypto/secure_random.cpp"
  [param_schema]="server/param_schema.cpp"
  [rpc_request]="server/rpc_request.cpp"
  [thumbnail]="files/thumbnail_maker.cpp"
)
# pkg-config modules each target links.
declare -A PACKAGES=(
  [amount_parse]="Qt6Core"
  [decimal]="Qt6Core"
  [eth_address]="Qt6Core libsecp256k1 libcrypto++ libcrypto"
  [rlp]="Qt6Core"
  [erc20_abi]="Qt6Core libcrypto++ libcrypto"
  [bip39]="Qt6Core libcrypto"
  [binance_protocol]="Qt6Core libcrypto"
  [journal_codec]="zlib"
  [sniff_mime]="Qt6Core Qt6Sql Qt6Network libcrypto"
  [param_schema]="Qt6Core"
  [rpc_request]="Qt6Core"
  [thumbnail]="Qt6Core Qt6Gui"
)
ALL_TARGETS=(amount_parse decimal eth_address rlp erc20_abi bip39 binance_protocol journal_codec sniff_mime
             param_schema rpc_request thumbnail)

usage() { sed -n '2,/^set -euo/p' "$0" | sed -e '/^set -euo/d' -e 's/^# \{0,1\}//' >&2; exit 2; }

seconds=60
if [ $# -gt 0 ] && [[ $1 =~ ^[0-9]+$ ]]; then
    seconds=$1
    shift
fi
[ "$seconds" -ge 1 ] || usage # libFuzzer reads -max_total_time=0 as "forever"
targets=()
for t in "$@"; do
    t=${t#fuzz_}
    [ -n "${SOURCES[$t]:-}" ] || { azc_warn "unknown target '$t' (known: ${ALL_TARGETS[*]})"; usage; }
    targets+=("$t")
done
[ ${#targets[@]} -gt 0 ] || targets=("${ALL_TARGETS[@]}")

# --- the toolchain ---------------------------------------------------------------------------
fuzzer_runtime() { [ -f "$(clang++ -print-resource-dir 2>/dev/null)/lib/linux/libclang_rt.fuzzer-x86_64.a" ]; }
if ! command -v clang++ >/dev/null || ! fuzzer_runtime; then
    azc_log "Installing clang and its libFuzzer runtime"
    if [ "$(id -u)" -eq 0 ]; then
        apt-get install -y -qq --no-install-recommends clang libclang-rt-dev
    else
        sudo apt-get install -y -qq --no-install-recommends clang libclang-rt-dev
    fi
fi
command -v pkg-config >/dev/null || azc_die "pkg-config is missing (scripts/install-deps.sh installs it)"

out=build-fuzz
obj=$out/obj
mkdir -p "$obj"
modules="Qt6Core Qt6Gui Qt6Sql Qt6Network libsecp256k1 libcrypto++ libcrypto zlib"
# shellcheck disable=SC2054,SC2086,SC2207  # commas inside flags; pkg-config's output is split on purpose
flags=(-std=c++20 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined
       -fno-omit-frame-pointer -fPIC -DQT_USE_QSTRINGBUILDER -Icore $(pkg-config --cflags $modules))
# Objects are reused while their flags, sources and headers are unchanged.
if [ "$(cat "$obj/flags" 2>/dev/null)" != "$(clang++ --version | head -1) ${flags[*]}" ]; then
    rm -rf "$obj" && mkdir -p "$obj"
    echo "$(clang++ --version | head -1) ${flags[*]}" >"$obj/flags"
fi

# compile SOURCE.cpp OBJECT.o: only when the object is missing or older than any file it was built from.
compile() {
    local src=$1 o=$2 d=${2%.o}.d dep
    if [ -f "$o" ] && [ -f "$d" ]; then
        local stale=0
        # shellcheck disable=SC2013  # a depfile is a list of words (paths)
        for dep in $(sed -e 's/^[^:]*://' -e 's/\\$//' "$d"); do
            if [ ! -e "$dep" ] || [ "$dep" -nt "$o" ]; then stale=1; break; fi
        done
        [ $stale = 0 ] && return 0
    fi
    clang++ "${flags[@]}" -MMD -MF "$d" -c "$src" -o "$o"
}

# The BIP39 word list is a Qt resource (:/chaincrypto/bip39_english.txt): rcc, not moc.
resources() {
    local qrc=$obj/chaincrypto_resources.qrc rcc
    rcc="$(pkg-config --variable=libexecdir Qt6Core)/rcc"
    [ -x "$rcc" ] || rcc=$(command -v rcc || command -v rcc-qt6 || echo /usr/lib/qt6/libexec/rcc)
    cat >"$qrc.new" <<EOF
<RCC><qresource prefix="/chaincrypto"><file alias="bip39_english.txt">$AZC_ROOT/resources/chaincrypto/bip39_english.txt</file></qresource></RCC>
EOF
    if cmp -s "$qrc.new" "$qrc"; then rm "$qrc.new"; else mv "$qrc.new" "$qrc"; fi
    if [ ! -f "$obj/qrc_chaincrypto.cpp" ] || [ "$qrc" -nt "$obj/qrc_chaincrypto.cpp" ] \
        || [ resources/chaincrypto/bip39_english.txt -nt "$obj/qrc_chaincrypto.cpp" ]; then
        "$rcc" --name chaincrypto_resources -o "$obj/qrc_chaincrypto.cpp" "$qrc" || return 1
    fi
    compile "$obj/qrc_chaincrypto.cpp" "$obj/qrc_chaincrypto.o"
}

# build TARGET: fails, leaving no stale executable behind, when anything does not compile.
build() {
    local t=$1 src o objects=()
    mkdir -p "$out/$t/corpus"
    rm -f "$out/$t/fuzz_$t"
    compile "tests/fuzz/fuzz_$t.cpp" "$obj/fuzz_$t.o" || return 1
    objects+=("$obj/fuzz_$t.o")
    for src in ${SOURCES[$t]}; do
        o=$obj/${src//\//_}
        o=${o%.cpp}.o
        compile "core/$src" "$o" || return 1
        objects+=("$o")
    done
    if [ "$t" = bip39 ]; then
        resources || return 1
        objects+=("$obj/qrc_chaincrypto.o")
    fi
    # shellcheck disable=SC2046,SC2086  # word splitting of pkg-config's output is intended
    clang++ "${flags[@]}" "${objects[@]}" $(pkg-config --libs ${PACKAGES[$t]}) -o "$out/$t/fuzz_$t"
}

declare -A unbuilt=()
for t in "${targets[@]}"; do
    azc_log "Building fuzz_$t"
    build "$t" || { azc_warn "fuzz_$t does not build: it is not fuzzed"; unbuilt[$t]=1; }
done

# --- fuzzing ---------------------------------------------------------------------------------
summary=()
found=0
for t in "${targets[@]}"; do
    if [ -n "${unbuilt[$t]:-}" ]; then
        found=1
        summary+=("FUZZ $t execs=0 seconds=0 crashes=0 (did not build)")
        continue
    fi
    dir=$out/$t
    dict=() seeds=()
    [ -f "tests/fuzz/dict/$t.dict" ] && dict=(-dict="tests/fuzz/dict/$t.dict")
    [ -d "tests/fuzz/corpus/$t" ] && seeds=("tests/fuzz/corpus/$t") # read only: new entries go to the first folder
    azc_log "Fuzzing $t for ${seconds}s (log: $dir/fuzz.log)"
    touch "$dir/.started"
    sleep 1 # findings must be newer than the marker
    start=$(date +%s)
    rc=0
    "$dir/fuzz_$t" -max_total_time="$seconds" -print_final_stats=1 -timeout=25 -rss_limit_mb=2048 \
        -artifact_prefix="$dir/" "${dict[@]}" "$dir/corpus" "${seeds[@]}" >"$dir/fuzz.log" 2>&1 || rc=$?
    elapsed=$(( $(date +%s) - start ))
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$dir/fuzz.log" | tail -1)
    crashes=$(find "$dir" -maxdepth 1 -type f \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' \
                   -o -name 'oom-*' \) -newer "$dir/.started" | wc -l)
    if [ "$rc" != 0 ] || [ "$crashes" != 0 ]; then
        found=1
        azc_warn "fuzz_$t stopped with exit code $rc; the end of its log:"
        tail -n 40 "$dir/fuzz.log" >&2
    fi
    summary+=("FUZZ $t execs=${execs:-0} seconds=$elapsed crashes=$crashes")
done
printf '%s\n' "${summary[@]}"
exit $found
}
