#pragma once
// `maskbench-cli metrics predictions.csv [--threshold T|best-acc|youden|max-min-recall] [--by ATTR]
// [--out DIR]`: prints the confusion matrix, per-class report, ranking, calibration, thresholds,
// slices and top errors, and writes metrics.json (plus misclassified.csv) to DIR.
// `maskbench-cli compare A B ... [--threshold T] [--csv FILE]`: the side-by-side comparison table
// of several predictions.csv files (or folders holding one).

namespace CLI {
class App;
}

namespace maskbench::cli {

void addMetricsCommand(CLI::App &app, int *exitCode);
void addCompareCommand(CLI::App &app, int *exitCode);

} // namespace maskbench::cli
