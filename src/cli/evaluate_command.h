#pragma once

namespace CLI {
class App;
}

namespace maskbench::cli {

// `evaluate`: a run's checkpoint over a split -> predictions.csv, metrics.json, comparison table,
// evaluation.json, and (through the GUI executable, off screen) PNG plots and an HTML report.
void addEvaluateCommand(CLI::App &app, int *exitCode);
// `predict`: a run's checkpoint on single images or folders, with the run's input preparation.
void addPredictCommand(CLI::App &app, int *exitCode);

} // namespace maskbench::cli
