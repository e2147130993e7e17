#pragma once
// `maskbench-cli augment`: masks every image of a dataset (resumable), writes a manifest.

namespace CLI {
class App;
}

namespace maskbench::cli {

// Registers the subcommand; *exitCode receives the command's status once it has run.
void addAugmentCommand(CLI::App &app, int *exitCode);

} // namespace maskbench::cli
