#!/usr/bin/env bash
# GPU check (issue 14). On a machine with an NVIDIA GPU:
#   1. finds a CUDA LibTorch: $TORCH_PREFIX, else the one inside a PyTorch pip install
#      (python3 -c 'import torch; print(torch.utils.cmake_prefix_path)');
#   2. builds core, CLI and bench_gpu_check with -DMASKBENCH_GUI=OFF into build-gpu;
#   3. runs bench_gpu_check: one training step of ResNet50V2 and InceptionV3 on CUDA and on the
#      CPU from the same weights and batch (losses within 1e-3 relative, see bench_gpu_check.cpp),
#      then images/s at batch 64 and 256, fp32 and fp16 autocast, frozen and fine-tune;
#   4. runs maskbench-cli train for two epochs on CUDA with --mixed-precision fp16 on generated
#      images, as a user would (config.json must say cuda and fp16).
# Output: the lines to paste into a closing note; the exit status is non-zero on a mismatch.
# Environment: TORCH_PREFIX, PYTHON (python3), BUILD_DIR (build-gpu), JOBS (nproc), STEPS (10).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
PYTHON=${PYTHON:-python3}
BUILD_DIR=${BUILD_DIR:-build-gpu}
JOBS=${JOBS:-$(nproc)}
STEPS=${STEPS:-10}

if ! command -v nvidia-smi >/dev/null 2>&1; then
  echo "gpu_check: NOT RUN: no nvidia-smi on this machine (no NVIDIA driver)" >&2
  exit 2
fi
nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader

prefix=${TORCH_PREFIX:-}
if [ -z "$prefix" ]; then
  prefix=$("$PYTHON" -c 'import torch; print(torch.utils.cmake_prefix_path)' 2>/dev/null || true)
fi
if [ -z "$prefix" ] || [ ! -d "$prefix" ]; then
  echo "gpu_check: no CUDA LibTorch found: set TORCH_PREFIX=/path/to/libtorch (its share/cmake) or install PyTorch with CUDA for $PYTHON" >&2
  exit 2
fi
cuda=$("$PYTHON" -c 'import torch; print(torch.version.cuda or "")' 2>/dev/null || true)
echo "gpu_check: LibTorch from $prefix (CUDA ${cuda:-unknown})"

start=$(date +%s)
cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=Release -DMASKBENCH_GUI=OFF -DMASKBENCH_BUILD_TESTS=OFF \
  -DCMAKE_PREFIX_PATH="$prefix" >/dev/null
cmake --build "$BUILD_DIR" -j "$JOBS" --target bench_gpu_check maskbench-cli
echo "gpu_check: built in $(( $(date +%s) - start )) s"

status=0
"$BUILD_DIR/bench/bench_gpu_check" --steps "$STEPS" || status=$?

# A user's run on CUDA with mixed precision, through the CLI.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$PYTHON" - "$work" <<'PY'
import sys, zlib, struct, random, os
out = sys.argv[1]
def png(path, w, h, vertical, seed):
    rnd = random.Random(seed)
    rows = []
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            v = 255 if ((x if vertical else y) // 4) % 2 else 0
            v = max(0, min(255, v + rnd.randint(-20, 20)))
            row += bytes([v, v, v])
        rows.append(bytes(row))
    raw = zlib.compress(b''.join(rows))
    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    with open(path, 'wb') as f:
        f.write(b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
                + chunk(b'IDAT', raw) + chunk(b'IEND', b''))
with open(os.path.join(out, 'data.csv'), 'w') as f:
    f.write('path,label,split\n')
    for i in range(96):
        p = os.path.join(out, f'img{i}.png')
        png(p, 64, 64, i % 2 == 1, i)
        f.write(f'{p},{"v" if i % 2 else "h"},{"train" if i < 64 else "val"}\n')
PY
for amp in off fp16; do
  t0=$(date +%s.%N)
  "$BUILD_DIR/src/cli/maskbench-cli" train --data "$work/data.csv" --model resnet50v2 --epochs 2 --batch 32 \
    --device cuda --mixed-precision "$amp" --quiet --out "$work/run-$amp"
  t1=$(date +%s.%N)
  grep -o '"device_used": *"[^"]*"\|"mixed_precision": *"[^"]*"' "$work/run-$amp/config.json" | tr '\n' ' '
  echo "train resnet50v2 2 epochs x 64 images, amp $amp: $(echo "$t1 - $t0" | bc) s"
done
exit $status
