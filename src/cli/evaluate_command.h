#pragma once

namespace CLI {
class App;
}

namespace maskbench::cli {

// `evaluate`: a run's checkpoint over a split -> predictions.csv, metrics.json, comparison table,
// evaluation.json and the HTML report (core/eval/run_evaluation.h). `predict`: predict_command.h.
void addEvaluateCommand(CLI::App &app, int *exitCode);

} // namespace maskbench::cli
