#pragma once
// `maskbench-cli dataset info|split|audit`: reports on stdout, errors on stderr.

namespace CLI {
class App;
}

namespace maskbench::cli {

// Registers the subcommand; *exitCode receives the command's status once it has run.
void addDatasetCommand(CLI::App &app, int *exitCode);

} // namespace maskbench::cli
