#!/usr/bin/env bash
# Screenshots of each panel with real data, in a real X window under Xvfb (not the offscreen
# platform), written to docs/screenshots/{welcome,dataset,masks,training,evaluation}.png.
#
#   scripts/screenshots.sh [BUILD_DIR]        (default: build; needs xvfb-run, python3)
#
# Data: ../shared/data/utkface-dev beside the project (or MASKBENCH_DATA=DIR holding utkface-dev).
# Everything the script makes (a 1,000-face split, a project, a quick Levi-Hassner run trained by
# maskbench-cli, predictions, settings and caches) goes to a temporary folder that is removed at
# the end; only the PNGs are written into the project (also evaluation-curves.png and adience.png). SCALE=2 renders at QT_SCALE_FACTOR=2 into
# docs/screenshots/hidpi/ to check high-DPI layouts; UI_LANGUAGE=de renders the German UI into
# docs/screenshots/de/ (both folders are for looking, not committed).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
data=$(cd "${MASKBENCH_DATA:-$root/../shared/data}" 2>/dev/null && pwd || echo "${MASKBENCH_DATA:-$root/../shared/data}")
utk=$data/utkface-dev
gui=$build/src/app/maskbench
cli=$build/src/cli/maskbench-cli
scale=${SCALE:-1}
out=$root/docs/screenshots
ui_language=${UI_LANGUAGE:-}
[ "$scale" = 1 ] || out=$out/hidpi
[ -z "$ui_language" ] || out=$out/$ui_language

for f in "$gui" "$cli"; do
  [ -x "$f" ] || { echo "screenshots.sh: $f not built (cmake --build $build --target maskbench maskbench-cli)" >&2; exit 1; }
done
[ -f "$utk/labels.csv" ] || { echo "screenshots.sh: $utk/labels.csv not found (set MASKBENCH_DATA to the folder holding utkface-dev)" >&2; exit 1; }
command -v xvfb-run >/dev/null || { echo "screenshots.sh: xvfb-run not found (apt-get install xvfb)" >&2; exit 1; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/maskbench-shots.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out"
# Settings and caches of these runs stay in the temporary folder, never the user's.
export XDG_CONFIG_HOME=$tmp/config XDG_CACHE_HOME=$tmp/cache XDG_DATA_HOME=$tmp/data
export QT_SCALE_FACTOR=$scale QT_QPA_PLATFORM=xcb
if [ -n "$ui_language" ]; then # the settings layer's key (src/core/common/settings.cpp)
  mkdir -p "$XDG_CONFIG_HOME/MaskBench"
  printf '[ui]\nlanguage=%s\n' "$ui_language" > "$XDG_CONFIG_HOME/MaskBench/MaskBench.conf"
fi
export OPENBLAS_NUM_THREADS=${OPENBLAS_NUM_THREADS:-2}
width=$((1280 * scale)); height=$((860 * scale))

# 1. A seeded sample of 1,000 faces (a CSV over the real images) and its split.
python3 - "$utk" "$tmp/sample.csv" <<'PY'
import csv, os, random, sys
utk, out = sys.argv[1], sys.argv[2]
rows = list(csv.DictReader(open(os.path.join(utk, "labels.csv"), newline="")))
random.Random(11).shuffle(rows)
with open(out, "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["path", "gender", "age", "race"])
    for r in rows[:1000]:
        w.writerow([os.path.join(utk, r["path"]), r["gender"], r["age"], r["race"]])
PY
project=$tmp/UTKFace-study
mkdir -p "$project/splits" "$project/runs" "$project/augmented" "$project/cache"
"$cli" dataset split "$tmp/sample.csv" --label-column gender --ratios 0.7,0.15,0.15 --seed 7 \
  --out "$project/splits/split.csv" > "$tmp/split.log"
cat > "$project/project.json" <<JSON
{
  "maskbench_project": 1,
  "name": "UTKFace gender study",
  "dataset": { "source": "$utk/labels.csv", "format": "csv", "label_column": "gender",
               "split_manifest": "splits/split.csv" },
  "landmark_cache": "cache/landmarks.sqlite",
  "augmented": "augmented",
  "runs": "runs"
}
JSON

# 2. A real run. EXAMPLE=DIR reuses the run of scripts/make_example_run.sh (DIR/run, DIR/split.csv:
#    3,000 masked faces, Levi-Hassner at 96 px); otherwise a quick one: Levi-Hassner at 64 px,
#    4 epochs on 600 training faces (too short to learn much).
if [ -n "${EXAMPLE:-}" ]; then
  run=$EXAMPLE/run
  eval_split=$EXAMPLE/split.csv
  [ -f "$run/config.json" ] && [ -f "$eval_split" ] || { echo "screenshots.sh: EXAMPLE=$EXAMPLE has no run/config.json or split.csv" >&2; exit 1; }
else
  run=$project/runs/levi-64-quick
  eval_split=$project/splits/split.csv
  echo "screenshots.sh: training $run (maskbench-cli, about a minute)"
  "$cli" train --data "$project/splits/split.csv" --model levi-hassner --input-size 64 --hidden 128 --epochs 4 \
    --batch 16 --optimizer adam --lr 0.001 --limit-train 600 --limit-val 200 --flip --seed 3 --quiet \
    --out "$run" > "$tmp/train.log" 2>&1 || { cat "$tmp/train.log" >&2; exit 1; }
fi

# 3. The run's own predictions on its test split for the Evaluation panel (maskbench-cli evaluate;
#    its evaluation.json lets the gallery's Grad-CAM toggle find the run).
"$cli" evaluate --run "$run" --data "$eval_split" --split test --out "$tmp/eval" --no-report > "$tmp/evaluate.log" 2>&1 \
  || { cat "$tmp/evaluate.log" >&2; exit 1; }
pred=$tmp/eval/predictions.csv

shoot() { # NAME ARGS...: one real window on its own X server
  local name=$1; shift
  rm -f "$out/$name.png"
  xvfb-run -a -s "-screen 0 ${width}x${height}x24" timeout 120 "$gui" "$@" --screenshot "$out/$name.png" \
    > "$tmp/$name.log" 2>&1 || true
  if [ -s "$out/$name.png" ]; then
    echo "screenshots.sh: wrote $out/$name.png"
  else
    echo "screenshots.sh: $name.png was not written:" >&2; cat "$tmp/$name.log" >&2; exit 1
  fi
}

# Open the project once (it enters the recent lists), then the welcome page shows it.
xvfb-run -a -s "-screen 0 ${width}x${height}x24" timeout 120 "$gui" --project "$project" --open "$project/splits/split.csv" \
  --screenshot "$tmp/warmup.png" > "$tmp/warmup.log" 2>&1 || true
shoot welcome --no-project
shoot dataset --project "$project" --open "$project/splits/split.csv"
if QT_QPA_PLATFORM=offscreen "$gui" --help 2>/dev/null | grep -q -- '--masks-image'; then
  face=$(awk -F, 'NR==2 {print $1}' "$project/splits/split.csv")
  case $face in /*) ;; *) face=$project/splits/$face ;; esac
  shoot masks --no-project --masks-image "$face"
else
  echo "screenshots.sh: this build has no --masks-image option: masks.png skipped"
fi
shoot training --no-project --training-run "$run"
shoot evaluation --no-project --evaluate "$pred"
shoot evaluation-curves --no-project --evaluate "$pred" --evaluation-tab 1
# The Adience fold files without their images: every problem listed, nothing lost.
[ -d "$data/adience-folds" ] && shoot adience --no-project --open "$data/adience-folds"
