#pragma once
// `maskbench-cli train`: trains a model on a split manifest into a run folder, or resumes one.

namespace CLI {
class App;
}

namespace maskbench::cli {

void addTrainCommand(CLI::App &app, int *exitCode);

} // namespace maskbench::cli
