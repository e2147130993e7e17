#!/usr/bin/env bash
# The study's four configurations (issue 14) at small scale on this CPU, each from a Keras
# ImageNet-layout .h5 read by MaskBench itself: InceptionV3 / ResNet50V2, frozen / fine-tuned, as the
# Training panel's presets set them (head flatten + Dense 1024 + Dropout 0.5, RMSprop 1e-4, 10%
# shifts), one epoch per stage on a seeded UTKFace sample. Prints wall seconds per epoch and
# images/s per stage. The weights are random (generated here with h5py in Keras' layout, as
# tests/reference/weights_parity.py writes them): the real files need the network
# (maskbench-cli weights fetch), and a random file times the same.
#
#   bench/study_configs.sh [BUILD_DIR] [WORK_DIR]
# Environment: IMAGES (train images, default 96; validation gets a quarter), BATCH (32),
#              THREADS (0 = one per core), MASKBENCH_DATA (../shared/data).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$here/build}"
work="${2:-$(mktemp -d -t maskbench-study-XXXXXX)}"
data="${MASKBENCH_DATA:-$here/../shared/data}"
cli="$build/src/cli/maskbench-cli"
labels="$data/utkface-dev/labels.csv"
images=${IMAGES:-96}
[ -x "$cli" ] || { echo "no $cli: build first" >&2; exit 2; }
[ -f "$labels" ] || { echo "missing $labels (MASKBENCH_DATA)" >&2; exit 2; }
mkdir -p "$work"

# Keras-layout weight files with random values (h5py, Debian's python3-torch/-torchvision).
/usr/bin/python3 - "$here" "$work" <<'PY'
import sys, pathlib
here, work = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
sys.path[:0] = [str(here / 'tests' / 'reference'), str(here / 'tools')]
import weights_parity, keras_reference, export_weights
if not (work / 'resnet50v2.h5').exists():
    weights_parity.write_keras_h5(keras_reference.random_keras_weights('resnet50v2', 1), work / 'resnet50v2.h5')
if not (work / 'inceptionv3.h5').exists():
    export_weights.main(['--source', 'torchvision-inception_v3', '--random', '--input', 'source', '--out', str(work / 'inc.pt')])
    weights_parity.write_keras_inception_h5(work / 'inc.pt', work / 'inceptionv3.h5')
PY

total=$((images + images / 4))
python3 "$here/scripts/sample_utkface.py" "$labels" "$work/sample.csv" 1 "$total" gender
"$cli" dataset split "$work/sample.csv" --label-column gender --ratios 0.8,0.2,0 --seed 1 --no-probe \
    --out "$work/split.csv" > /dev/null

echo "study configurations, $images-image sample, batch ${BATCH:-32}, $(nproc) cores; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for model in inceptionv3 resnet50v2; do
  for stages in frozen:1 frozen:1,finetune:1; do
    run="$work/run-$model-${stages//[:,]/_}"
    rm -rf "$run"
    start=$(date +%s.%N)
    "$cli" train --data "$work/split.csv" --model "$model" --head flatten --weights "$work/$model.h5" --stages "$stages" \
        --optimizer rmsprop --lr 1e-4 --batch "${BATCH:-32}" --threads "${THREADS:-0}" --device cpu --seed 1 \
        --quiet --out "$run" > "$run.txt" 2>&1 || { echo "$model $stages: failed, see $run.txt" >&2; exit 1; }
    end=$(date +%s.%N)
    # metrics.csv: epoch,stage,loss,accuracy,val_loss,val_accuracy,lr,seconds,images_per_second,...
    tail -n +2 "$run/metrics.csv" | while IFS=, read -r epoch stage _ _ _ _ _ seconds ips _; do
      printf '%-12s %-22s epoch %s %-9s %6.1f s  %5.1f img/s (train)\n' "$model" "$stages" "$epoch" "$stage" "$seconds" "$ips"
    done
    printf '%-12s %-22s whole command %.1f s (weights read, model built, data, epochs)\n' "$model" "$stages" "$(echo "$end - $start" | bc)"
  done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
