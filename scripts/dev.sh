#!/usr/bin/env bash
# One entry point for a fresh Debian 12 machine:
#   scripts/dev.sh run    install what is missing, configure, build, launch the workbench
#   scripts/dev.sh test   the same set-up, then every test through CTest, then the GUI-less build
#                         (MASKBENCH_GUI=OFF in BUILD_DIR-nogui: CLI and core tests, a smoke check)
#   scripts/dev.sh build  set-up and build only
#   scripts/dev.sh build-nogui  configure and build only the GUI-less variant (a GPU server: no Qt
#                         Widgets or QCustomPlot needed; installs nothing) in BUILD_DIR-nogui, and check it
#   scripts/dev.sh sanitize  build core, CLI and the core tests under ASan + UBSan (clang, GUI off) in
#                         BUILD_DIR-sanitize and run SANITIZE_TESTS there (test ends with it too)
# Environment: BUILD_DIR (default build), BUILD_TYPE (Release), JOBS (number of cores),
# CMAKE_ARGS (extra configure arguments, e.g. -DCMAKE_PREFIX_PATH=/opt/libtorch for CUDA),
# CTEST_ARGS (extra ctest arguments, e.g. "-L core" or "-LE slow"),
# MASKBENCH_SKIP_NOGUI=1 (test: leave out the GUI-less build), MASKBENCH_SKIP_SANITIZE=1 (test: leave
# out the ASan + UBSan step), SANITIZE_TESTS (regular expression of the tests that step runs;
# "." runs every core test), FUZZ_SECONDS (the sanitize step then also runs each fuzz target that
# long; 0, the default, runs none).
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
cmd=${1:-build}
shift || true

BUILD_DIR=${BUILD_DIR:-build}
BUILD_TYPE=${BUILD_TYPE:-Release}
JOBS=${JOBS:-$(nproc)}

build_env() {
  # ccache keyed on paths relative to the checkout: a fresh clone elsewhere reuses the cache, and
  # the GUI-less variant reuses the main build's core objects.
  export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$here}
  # Debian's LibTorch uses the system BLAS: make sure the OpenBLAS build is the one picked.
  export OPENBLAS_NUM_THREADS=${OPENBLAS_NUM_THREADS:-$JOBS}
}

setup() {
  bash scripts/install-deps.sh
  build_env
  # shellcheck disable=SC2086
  cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE="$BUILD_TYPE" ${CMAKE_ARGS:-}
  cmake --build "$BUILD_DIR" -j "$JOBS"
}

# The GUI-less variant (MASKBENCH_GUI=OFF, what a GPU server builds): its "all" is maskbench-cli
# and the core tests (benchmarks off). Then a few quick core tests, and proof that the CLI loads
# no Qt Gui/Widgets/PrintSupport and no QCustomPlot. (Debian's LibTorch itself pulls in Qt 5 Gui
# through libopencv_highgui, hence the Qt 6 names.)
nogui() {
  local dir="$BUILD_DIR-nogui" start=$SECONDS
  # shellcheck disable=SC2086
  cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE="$BUILD_TYPE" ${CMAKE_ARGS:-} -DMASKBENCH_GUI=OFF -DMASKBENCH_BUILD_BENCH=OFF
  cmake --build "$dir" -j "$JOBS"
  ctest --test-dir "$dir" --output-on-failure --timeout 600 -R 'tst_csv|tst_settings|tst_cli_dataset'
  local gui
  gui=$(ldd "$dir/src/cli/maskbench-cli" | grep -E 'libQt6(Gui|Widgets|PrintSupport|OpenGL)|qcustomplot' || true)
  if [ -n "$gui" ]; then
    printf 'dev.sh: the GUI-less maskbench-cli loads GUI libraries:\n%s\n' "$gui" >&2
    exit 1
  fi
  echo "dev.sh: GUI-less build (MASKBENCH_GUI=OFF) in $dir built and checked in $((SECONDS - start)) s"
}

# The core tests under AddressSanitizer + UndefinedBehaviorSanitizer (issue 15). clang builds it with
# MASKBENCH_FUZZ=ON: the same objects then serve the tests and the libFuzzer targets (fuzz/), and
# ccache keeps the second build cheap. The default set is the parsers, readers, metrics, masks, the
# report, the tfjs reader and the fuzz regressions (the damaged-checkpoint one included), chosen to
# stay within about 12 minutes on two cores with a warm ccache. tst_training (over 10 minutes under
# ASan), tst_cli_evaluate (about 5) and tst_cli_dataset (2, CLI start-ups) run with
# SANITIZE_TESTS=. (README "Reliability").
SANITIZE_TESTS_DEFAULT='^(tst_csv|tst_image_probe|tst_dataset_readers|tst_splitter|tst_settings|tst_project|tst_eval_metrics|tst_eval_sklearn|tst_report|tst_cli_metrics|tst_mask|tst_placement|tst_tfjs_graph|tst_fuzz_.*_regressions)$'
sanitize() {
  local dir="$BUILD_DIR-sanitize" start=$SECONDS cxx fuzz=OFF
  cxx=$(command -v clang++ || command -v clang++-14 || true)
  local args=(-DMASKBENCH_SANITIZE=address,undefined)
  if [ -n "$cxx" ]; then
    fuzz=ON
    args=(-DCMAKE_CXX_COMPILER="$cxx" -DMASKBENCH_FUZZ=ON)
  fi
  # shellcheck disable=SC2086
  cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE="$BUILD_TYPE" ${CMAKE_ARGS:-} -DMASKBENCH_GUI=OFF -DMASKBENCH_BUILD_BENCH=OFF "${args[@]}"
  local regex=${SANITIZE_TESTS:-$SANITIZE_TESTS_DEFAULT} targets
  # Build only what the chosen tests need (each test target, plus the CLI several of them start).
  targets=$(ctest --test-dir "$dir" -N -R "$regex" | sed -n 's/^ *Test *#[0-9]*: *//p' | tr '\n' ' ')
  # shellcheck disable=SC2086
  cmake --build "$dir" -j "$JOBS" --target maskbench-cli $targets
  local built=$SECONDS
  ctest --test-dir "$dir" --output-on-failure --timeout 900 -R "$regex"
  local tested=$SECONDS
  if [ "${FUZZ_SECONDS:-0}" != 0 ] && [ "$fuzz" = ON ]; then
    FUZZ_BUILD_DIR="$dir" bash fuzz/run.sh "$FUZZ_SECONDS"
  fi
  echo "dev.sh: ASan + UBSan step in $dir: build $((built - start)) s, tests $((tested - built)) s, total $((SECONDS - start)) s"
}

case "$cmd" in
  build)
    setup
    ;;
  run)
    setup
    exec "$BUILD_DIR/src/app/maskbench" "$@"
    ;;
  test)
    setup
    # shellcheck disable=SC2086
    ctest --test-dir "$BUILD_DIR" --output-on-failure --timeout 1800 ${CTEST_ARGS:-} "$@"
    if [ "${MASKBENCH_SKIP_NOGUI:-0}" = 1 ]; then
      echo "dev.sh: GUI-less build skipped (MASKBENCH_SKIP_NOGUI=1)"
    else
      nogui
    fi
    if [ "${MASKBENCH_SKIP_SANITIZE:-0}" = 1 ]; then
      echo "dev.sh: ASan + UBSan step skipped (MASKBENCH_SKIP_SANITIZE=1)"
    else
      sanitize
    fi
    ;;
  sanitize)
    build_env
    sanitize
    ;;
  build-nogui)
    # No install-deps: it installs the workbench's packages too. A missing dependency stops the
    # configuration with the Debian package to install.
    build_env
    nogui
    ;;
  *)
    echo "usage: scripts/dev.sh run|test|build|build-nogui|sanitize" >&2
    exit 2
    ;;
esac
