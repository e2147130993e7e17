#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, MASKBENCH_FUZZ=ON: ASan + UBSan + fuzzer coverage, GUI off)
# and runs each for the given seconds on seeds from fuzz/make_seeds.sh.
#   fuzz/run.sh [SECONDS per target, default 60] [TARGET...]
# Environment: FUZZ_BUILD_DIR (default build-fuzz), JOBS (build jobs, default 2), CXX_FUZZ (clang++),
# FUZZ_SKIP_BUILD=1 (use what is built). The corpus grows in FUZZ_BUILD_DIR/fuzz-corpus/TARGET
# (kept between runs), crashes land in FUZZ_BUILD_DIR/fuzz-artifacts/TARGET/, each target's log in
# FUZZ_BUILD_DIR/fuzz-logs/, and a table of executions, coverage and crashes in fuzz-summary.txt
# (or FUZZ_SUMMARY).
# Exits 1 when a target crashed, leaked, hung or hit undefined behaviour.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
seconds=${1:-60}
shift || true
dir=${FUZZ_BUILD_DIR:-build-fuzz}
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$here}

all=(fuzz_csv fuzz_dataset_csv fuzz_adience fuzz_utkface fuzz_predictions fuzz_run_files fuzz_placements
     fuzz_image fuzz_tfjs_weights fuzz_tfjs_graph fuzz_keras_h5 fuzz_checkpoint)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all[@]}")

if [ "${FUZZ_SKIP_BUILD:-0}" != 1 ]; then
  cxx=${CXX_FUZZ:-$(command -v clang++ || command -v clang++-14 || true)}
  if [ -z "$cxx" ]; then
    echo "fuzz/run.sh: clang++ not found (Debian: apt install clang libclang-rt-dev)" >&2
    exit 2
  fi
  if [ ! -f "$dir/CMakeCache.txt" ]; then
    cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_COMPILER="$cxx" \
      -DMASKBENCH_FUZZ=ON -DMASKBENCH_GUI=OFF -DMASKBENCH_BUILD_BENCH=OFF -DMASKBENCH_BUILD_TESTS=OFF
  fi
  cmake --build "$dir" -j "${JOBS:-2}" --target "${targets[@]}"
fi

supp="$here/tests/sanitizers"
export ASAN_OPTIONS="suppressions=$supp/asan.supp:detect_leaks=1:allocator_may_return_null=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export LSAN_OPTIONS="suppressions=$supp/lsan.supp:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
export UBSAN_OPTIONS="suppressions=$supp/ubsan.supp:print_stacktrace=1:halt_on_error=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 QT_QPA_PLATFORM=offscreen

seeds="$dir/fuzz-seeds"
rm -rf "$seeds"
bash fuzz/make_seeds.sh "$dir" "$seeds" >/dev/null
mkdir -p "$dir/fuzz-logs"
summary=${FUZZ_SUMMARY:-$dir/fuzz-summary.txt}
printf '%-18s %8s %12s %9s %8s %8s %s\n' target seconds executions exec/s cov ft result > "$summary"
failed=0
for t in "${targets[@]}"; do
  corpus="$dir/fuzz-corpus/$t" artifacts="$dir/fuzz-artifacts/$t/" log="$dir/fuzz-logs/$t.log"
  mkdir -p "$corpus" "$artifacts"
  start=$SECONDS
  # -timeout: one input taking 25 s is a hang; -rss_limit_mb: LibTorch + ASan start near 600 MB.
  rc=0
  "$dir/fuzz/$t" -max_total_time="$seconds" -timeout=25 -rss_limit_mb=4096 -print_final_stats=1 \
    -artifact_prefix="$artifacts" "$corpus" "$seeds/$t" >"$log" 2>&1 || rc=$?
  runs=$(grep -oE 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$' | tail -1)
  speed=$(grep -oE 'stat::average_exec_per_sec: *[0-9]+' "$log" | grep -oE '[0-9]+$' | tail -1)
  cov=$(grep -oE 'cov: [0-9]+' "$log" | tail -1 | cut -d' ' -f2)
  ft=$(grep -oE 'ft: [0-9]+' "$log" | tail -1 | cut -d' ' -f2)
  result=clean
  if [ "$rc" != 0 ]; then
    result="FAILED (rc $rc: $(grep -m1 -oE 'ERROR: [A-Za-z]+: [^ ]+( [^ ]+)?|SUMMARY: [^(]*|deadly signal|timeout|out-of-memory' "$log" | head -1); see $log)"
    failed=1
  fi
  printf '%-18s %8s %12s %9s %8s %8s %s\n' "$t" "$((SECONDS - start))" "${runs:-?}" "${speed:-?}" "${cov:-?}" "${ft:-?}" "$result" >> "$summary"
  tail -1 "$summary"
done
echo "fuzz/run.sh: summary in $summary"
exit $failed
