#!/usr/bin/env bash
# The face-pretrained backbone earns its keep: dlib's face ResNet with face-api's weights
# ("face-resnet": frozen with the feature cache, then its conv256 blocks fine-tuned) against
# Levi & Hassner trained from scratch (settings of bench/levi_utkface.sh, input 96), both on the
# SAME split of a masked, seeded 4,000-image sample of ../shared/data/utkface-dev (gender).
#
#   bench/faceapi_vs_levi.sh [BUILD_DIR] [WORK_DIR]      (defaults: build, a new temporary folder)
# Environment: SEED (1), N (4000), FROZEN (8) and FINETUNE (2) epochs, FACE_LR (1e-4), FACE_OPT (adam),
#              BACKBONE_LR_SCALE (0.01: the fine-tuned conv256 blocks learn at FACE_LR x 0.01),
#              FACE_NAME (face-resnet: its run folder under WORK_DIR), LEVI_EPOCHS (10),
#              REUSE_LEVI (1: keep WORK_DIR/levi when it holds a finished run on this split; 0: train it,
#              which needs WORK_DIR/levi not to exist yet),
#              MASKBENCH_DATA (../shared/data), MASKBENCH_FACEAPI_DIR (scripts/fetch-face-api.sh's folder).
# Steps: sample -> `maskbench-cli augment` (every image masked; images without a detected face are
# skipped and listed by augment) -> 70/15/15 split -> both trainings with --test -> `metrics` on
# each test_predictions.csv. Prints test accuracy, per-class recall and wall time of both, and
# exits 0 when face-resnet's test accuracy beats Levi-Hassner's, 1 when not, 2 on setup errors.
# Writes only under WORK_DIR (the face chips and landmark cache too). A WORK_DIR from an earlier run
# is reused step by step: an existing sample.csv, masked/manifest.csv and split.csv are kept (the
# script says so), and so is a finished levi/ run (its wall time then comes from its train.log).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$here/build}"
work="${2:-$(mktemp -d -t maskbench-faceapi-XXXXXX)}"
data="${MASKBENCH_DATA:-$here/../shared/data}"
cli="$build/src/cli/maskbench-cli"
labels="$data/utkface-dev/labels.csv"
seed="${SEED:-1}"
[ -x "$cli" ] || { echo "no $cli: build first" >&2; exit 2; }
[ -f "$labels" ] || { echo "missing $labels (MASKBENCH_DATA)" >&2; exit 2; }
bash "$here/scripts/fetch-face-api.sh" >/dev/null || { echo "face-api missing: run scripts/fetch-face-api.sh" >&2; exit 2; }
mkdir -p "$work"

if [ -f "$work/sample.csv" ]; then
  echo "sample: reusing $work/sample.csv"
else
  python3 "$here/scripts/sample_utkface.py" "$labels" "$work/sample.csv" "$seed" "${N:-4000}" gender
fi

if [ -f "$work/masked/manifest.csv" ]; then
  echo "augment: reusing $work/masked/manifest.csv"
else
  t0=$(date +%s)
  "$cli" augment "$work/sample.csv" --label-column gender --out "$work/masked" --seed "$seed" \
      --cache "$work/landmarks.sqlite" > "$work/augment.txt"
  echo "augment: $(head -n 5 "$work/augment.txt" | tr -s ' \n' ' ') ($(( $(date +%s) - t0 )) s)"
fi
if [ -f "$work/split.csv" ]; then
  echo "split: reusing $work/split.csv"
else
  "$cli" dataset split "$work/masked/manifest.csv" --ratios 0.7,0.15,0.15 --seed "$seed" --no-probe \
      --out "$work/split.csv" > "$work/split.txt"
fi

run_model() { # name, then train arguments
  local name=$1; shift
  local start end
  start=$(date +%s)
  "$cli" train --data "$work/split.csv" --seed "$seed" --quiet --test --out "$work/$name" "$@" > "$work/$name.txt"
  end=$(date +%s)
  echo $((end - start)) > "$work/$name.seconds"
  "$cli" metrics "$work/$name/test_predictions.csv" --out "$work/$name/metrics" > "$work/$name.metrics.txt"
}

# Fine-tuning keeps the pretrained features only with a small backbone learning rate: with Adam
# at 1e-4 on every weight, train accuracy fell 0.87 -> 0.41 within 9 batches (dlib's conv weights
# and biases are 1e-3 .. 1e-7, its affine scale layers carry the magnitude, and Adam moves every
# weight by ~lr per step). --backbone-lr-scale gives the conv256 blocks FACE_LR x BACKBONE_LR_SCALE.
face="${FACE_NAME:-face-resnet}"
stages="frozen:${FROZEN:-8}"
if [ "${FINETUNE:-2}" -gt 0 ]; then stages="$stages,finetune:${FINETUNE:-2}"; fi
run_model "$face" --model face-resnet --stages "$stages" --no-augment \
    --cache-features --optimizer "${FACE_OPT:-adam}" --lr "${FACE_LR:-1e-4}" \
    --backbone-lr-scale "${BACKBONE_LR_SCALE:-0.01}" --batch 32 --face-chips "$work/chips" \
    --landmark-cache "$work/landmarks.sqlite"
if [ "${REUSE_LEVI:-1}" = 1 ] && [ -f "$work/levi/test_predictions.csv" ] && [ "$work/levi/config.json" -nt "$work/split.csv" ]; then
  echo "levi: reusing the finished run $work/levi (same split.csv)"
  python3 - "$work/levi/train.log" > "$work/levi.seconds" <<'PY'
import datetime, sys
lines = [l for l in open(sys.argv[1]) if l[:4].isdigit()]
t = lambda l: datetime.datetime.fromisoformat(l.split(' ', 1)[0])
print(int((t(lines[-1]) - t(lines[0])).total_seconds()))
PY
  [ -d "$work/levi/metrics" ] || "$cli" metrics "$work/levi/test_predictions.csv" --out "$work/levi/metrics" > "$work/levi.metrics.txt"
else
  run_model levi --model levi --input-size 96 --epochs "${LEVI_EPOCHS:-10}" --batch 32 --optimizer adam --lr 3e-4 \
      --interpolation area --flip
fi

python3 - "$work" "$face" <<'PY'
import json, sys, os
work = sys.argv[1]
res = {}
names = (sys.argv[2], 'levi')
for name in names:
    m = json.load(open(os.path.join(work, name, 'metrics', 'metrics.json')))
    secs = int(open(os.path.join(work, name + '.seconds')).read())
    acc = m['accuracy']
    recalls = {k: v['recall'] for k, v in m['per_class'].items()}
    res[name] = (acc, recalls, secs)
    auc = (m.get('ranking') or {}).get('roc_auc')
    print(f"{name:12s} test accuracy {acc:.4f}  recall " +
          ", ".join(f"{k} {v:.4f}" for k, v in recalls.items()) +
          (f"  ROC AUC {auc:.4f}" if isinstance(auc, (int, float)) else "") + f"  wall {secs} s (training + test)")
face = names[0]
ratio = res[face][0] / res['levi'][0]
print(f"{face} / levi test accuracy: {ratio:.3f}; wall time ratio {res[face][2] / res['levi'][2]:.2f}; load average now "
      + " ".join(open('/proc/loadavg').read().split()[:3]))
sys.exit(0 if res[face][0] > res['levi'][0] else 1)
PY
