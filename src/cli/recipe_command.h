#pragma once

namespace CLI {
class App;
}

namespace maskbench::cli {

void addRecipeCommand(CLI::App &app, int *exitCode);

} // namespace maskbench::cli
