#!/usr/bin/env bash
# One entry point for a fresh Debian 12 machine:
#   scripts/dev.sh run    install what is missing, configure, build, launch the workbench
#   scripts/dev.sh test   the same set-up, then every test through CTest
#   scripts/dev.sh build  set-up and build only
# Environment: BUILD_DIR (default build), BUILD_TYPE (Release), JOBS (number of cores),
# CMAKE_ARGS (extra configure arguments, e.g. -DCMAKE_PREFIX_PATH=/opt/libtorch for CUDA),
# CTEST_ARGS (extra ctest arguments, e.g. "-L core" or "-LE slow").
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
cmd=${1:-build}
shift || true

BUILD_DIR=${BUILD_DIR:-build}
BUILD_TYPE=${BUILD_TYPE:-Release}
JOBS=${JOBS:-$(nproc)}

setup() {
  bash scripts/install-deps.sh
  # ccache keyed on paths relative to the checkout: a fresh clone elsewhere reuses the cache.
  export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$here}
  # Debian's LibTorch uses the system BLAS: make sure the OpenBLAS build is the one picked.
  export OPENBLAS_NUM_THREADS=${OPENBLAS_NUM_THREADS:-$JOBS}
  # shellcheck disable=SC2086
  cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE="$BUILD_TYPE" ${CMAKE_ARGS:-}
  cmake --build "$BUILD_DIR" -j "$JOBS"
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
    ;;
  *)
    echo "usage: scripts/dev.sh run|test|build" >&2
    exit 2
    ;;
esac
