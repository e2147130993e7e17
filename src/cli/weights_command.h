#pragma once
// `maskbench-cli weights check FILE --model M`: matches a pretrained-weights file against a model
// and prints the report (missing, unexpected, mis-shaped keys; skipped head tensors).

namespace CLI {
class App;
}

namespace maskbench::cli {

void addWeightsCommand(CLI::App &app, int *exitCode);

} // namespace maskbench::cli
