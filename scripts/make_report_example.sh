#!/usr/bin/env bash
# Renders the evaluation report of one evaluation folder (predictions.csv, evaluation.json, and the
# run folder it names, as `maskbench-cli evaluate` writes them) and copies a small example into
# OUT (report.html with its inline SVG charts, evaluation.json, metrics.json): the
# docs/report-example the README links to. Fails when the copy would exceed 2 MB.
#
# usage: scripts/make_report_example.sh RUN_EVAL_DIR docs/report-example
#   MASKBENCH_GUI=path/to/maskbench overrides the GUI executable (default build/src/app/maskbench).
set -euo pipefail

if [ $# -ne 2 ]; then
  echo "usage: $0 RUN_EVAL_DIR OUT_DIR" >&2
  exit 2
fi
eval_dir=$1
out=$2
here=$(cd "$(dirname "$0")/.." && pwd)
gui=${MASKBENCH_GUI:-$here/build/src/app/maskbench}
limit=$((2 * 1024 * 1024))

if [ ! -x "$gui" ]; then
  echo "$0: $gui: no maskbench executable; build it (cmake --build build --target maskbench) or set MASKBENCH_GUI" >&2
  exit 1
fi
if [ ! -f "$eval_dir/predictions.csv" ]; then
  echo "$0: $eval_dir/predictions.csv: no such file (give the folder maskbench-cli evaluate wrote)" >&2
  exit 1
fi

# Core writes the report; the GUI's option needs no display.
QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} "$gui" --render-report "$eval_dir" --quiet

rm -rf "$out"
mkdir -p "$out"
cp "$eval_dir/report.html" "$out/"
for f in evaluation.json metrics.json; do
  if [ -f "$eval_dir/$f" ]; then cp "$eval_dir/$f" "$out/"; fi
done

total=$(du -sb "$out" | cut -f1)
echo "$out: $(find "$out" -type f | wc -l) files, $total bytes"
if [ "$total" -gt "$limit" ]; then
  echo "$0: $out holds $total bytes, more than the 2 MB an example may take (fewer error thumbnails or a smaller metrics.json)" >&2
  exit 1
fi
