#pragma once
// `maskbench-cli metrics predictions.csv [--threshold T|best-acc|youden|max-min-recall] [--by ATTR]
// [--out DIR]`: prints the confusion matrix, per-class report, ranking, calibration, thresholds,
// slices and top errors, and writes metrics.json (plus misclassified.csv) to DIR.

namespace CLI {
class App;
}

namespace maskbench::cli {

void addMetricsCommand(CLI::App &app, int *exitCode);

} // namespace maskbench::cli
