#pragma once
// Every maskbench-cli subcommand, registered on one CLI::App (main, and recipes that run
// commands in order).

namespace CLI {
class App;
}

namespace maskbench::cli {

void addCommands(CLI::App &app, int *exitCode);

} // namespace maskbench::cli
