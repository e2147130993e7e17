#!/usr/bin/env bash
# Fetches the face-recognition network MaskBench's "face-resnet" backbone loads, and the pure
# JavaScript TensorFlow.js its parity test runs face-api with, into a cache folder, with npm:
#   @vladmandic/face-api (MIT; model/face_recognition_model-weights_manifest.json + .bin, a tfjs
#     port of dlib's dlib_face_recognition_resnet_model_v1)
#   @tensorflow/tfjs and @tensorflow/tfjs-backend-wasm (Apache-2.0; pure JS / wasm, no native code)
#
#   scripts/fetch-face-api.sh [DIR]     DIR default: $MASKBENCH_FACEAPI_DIR or ~/.cache/maskbench/face-api
#
# Idempotent: does nothing when the pinned versions are already there. Exits 1 with a message
# when npm is missing or the registry cannot be reached.
set -euo pipefail

FACEAPI_VERSION=1.7.15
TFJS_VERSION=4.22.0
dir="${1:-${MASKBENCH_FACEAPI_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/maskbench/face-api}}"
model="$dir/node_modules/@vladmandic/face-api/model/face_recognition_model-weights_manifest.json"

installed_version() { # package -> version in DIR, or nothing
  local pj="$dir/node_modules/$1/package.json"
  [ -f "$pj" ] && sed -n 's/^ *"version": *"\([^"]*\)".*/\1/p' "$pj" | head -1
}

if [ -f "$model" ] && [ "$(installed_version @vladmandic/face-api)" = "$FACEAPI_VERSION" ] &&
   [ "$(installed_version @tensorflow/tfjs)" = "$TFJS_VERSION" ] &&
   [ "$(installed_version @tensorflow/tfjs-backend-wasm)" = "$TFJS_VERSION" ]; then
  echo "fetch-face-api: face-api $FACEAPI_VERSION and tfjs $TFJS_VERSION present in $dir"
  exit 0
fi

if ! command -v npm >/dev/null 2>&1; then
  echo "fetch-face-api: npm not found; install Node.js with npm (Debian: sudo apt-get install nodejs npm), then run $0" >&2
  exit 1
fi

mkdir -p "$dir"
# An exact, private package.json: the folder is ours, and pinned versions make reruns no-ops.
cat > "$dir/package.json" <<JSON
{
  "name": "maskbench-face-api-cache",
  "private": true,
  "description": "Fetched by MaskBench scripts/fetch-face-api.sh",
  "dependencies": {
    "@vladmandic/face-api": "$FACEAPI_VERSION",
    "@tensorflow/tfjs": "$TFJS_VERSION",
    "@tensorflow/tfjs-backend-wasm": "$TFJS_VERSION"
  }
}
JSON
echo "fetch-face-api: installing @vladmandic/face-api@$FACEAPI_VERSION, @tensorflow/tfjs@$TFJS_VERSION into $dir"
if ! (cd "$dir" && npm install --no-audit --no-fund --ignore-scripts --loglevel=error); then
  echo "fetch-face-api: npm install failed (offline? registry unreachable?); run $0 again when online" >&2
  exit 1
fi
[ -f "$model" ] || { echo "fetch-face-api: $model missing after npm install" >&2; exit 1; }
echo "fetch-face-api: done; model in $(dirname "$model")"
