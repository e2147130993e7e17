#pragma once
// `maskbench-cli faces`: build the masked-face models (train-masked) and find faces in images
// (detect), with the same core code the other commands use.

namespace CLI {
class App;
}

namespace maskbench::cli {

void addFacesCommand(CLI::App &app, int *exitCode);

} // namespace maskbench::cli
