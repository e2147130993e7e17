#pragma once
// What this build of the CLI has (CMake options).

namespace maskbench::cli {

// False in a MASKBENCH_GUI=OFF build: there is no `maskbench` executable to render evaluate's
// plots and HTML report.
bool builtWithWorkbench();

} // namespace maskbench::cli
