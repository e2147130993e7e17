#!/usr/bin/env bash
# A real example run for issue 5's must-shows (evaluation, slices, predict vs evaluate):
# a seeded ~3,000-image sample of ../shared/data/utkface-dev, masked by `maskbench-cli augment`
# (mask type, template, yaw and the source's age/race kept as manifest attributes; 20% kept
# unmasked so "none" is a slice too), split 70/15/15, Levi-Hassner at input 96 trained from
# scratch (bench/levi_utkface.sh settings), then `evaluate` on the test split and slice reports.
#
#   scripts/make_example_run.sh [BUILD_DIR] [WORK_DIR]     (defaults: build, /work/runs/example)
# Environment: N (3000), EPOCHS (10), SEED (1), MASKBENCH_DATA (../shared/data), SKIP_TRAIN=1
# (reuse an existing run; only evaluate), CHECKPOINT (best), PYTHON (/usr/bin/python3, with sklearn). Writes only under WORK_DIR (keep it
# out of git).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$here/build}"
work="${2:-/work/runs/example}"
data="${MASKBENCH_DATA:-$here/../shared/data}"
cli="$build/src/cli/maskbench-cli"
labels="$data/utkface-dev/labels.csv"
seed="${SEED:-1}"
[ -x "$cli" ] || { echo "no $cli: build first" >&2; exit 2; }
[ -f "$labels" ] || { echo "missing $labels (MASKBENCH_DATA)" >&2; exit 2; }
mkdir -p "$work"

if [ "${SKIP_TRAIN:-0}" != 1 ]; then
# Seeded sample with absolute paths; age and race ride along as attributes.
python3 "$here/scripts/sample_utkface.py" "$labels" "$work/sample.csv" "$seed" "${N:-3000}" gender age race
"$cli" augment "$work/sample.csv" --format csv --label-column gender --keep-original-ratio 0.2 \
    --seed "$seed" --no-cache --out "$work/augmented" > "$work/augment.txt"
"$cli" dataset split "$work/augmented/manifest.csv" --label-column label --ratios 0.7,0.15,0.15 \
    --seed "$seed" --out "$work/split.csv" > "$work/split.txt"
rm -rf "$work/run"
"$cli" train --data "$work/split.csv" --model levi --input-size 96 --epochs "${EPOCHS:-10}" \
    --batch 32 --optimizer adam --lr 3e-4 --interpolation area --flip --seed "$seed" --quiet \
    --out "$work/run" > "$work/train.txt"
fi

# Evaluation of the best checkpoint on the test split (plots need the GUI executable; skipped otherwise).
if "$cli" evaluate --help > /dev/null 2>&1; then
    "$cli" evaluate --run "$work/run" --data "$work/split.csv" --split test --checkpoint "${CHECKPOINT:-best}" \
        --out "$work/eval-test" | tee "$work/evaluate.txt"
    # Slice reports (age is put into bands by the metrics command); their own folder, so the
    # evaluation's metrics.json stays as evaluate wrote it.
    for by in mask_type age; do
        "$cli" metrics "$work/eval-test/predictions.csv" --by "$by" --out "$work/eval-test/slices-$by" \
            > "$work/slices-$by.txt"
    done
    # The same numbers from scikit-learn (python3-sklearn), for comparison.
    "${PYTHON:-/usr/bin/python3}" "$here/tests/reference/sklearn_metrics.py" "$work/eval-test/predictions.csv" > "$work/eval-test/sklearn.json"
fi
