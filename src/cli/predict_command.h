#pragma once

namespace CLI {
class App;
}

namespace maskbench::cli {

// `predict`: one run's checkpoint (or an ensemble's) on image files or folders, each framed as the
// run's training images were (core/eval/predictor.h), optionally masked; label and probability
// per image, unanswered images listed, coverage in the summary.
void addPredictCommand(CLI::App &app, int *exitCode);

} // namespace maskbench::cli
