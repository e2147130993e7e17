#include "build_info.h"

// MASKBENCH_WITH_WORKBENCH is defined on this file alone (src/cli/CMakeLists.txt): the CLI's other
// objects then compile identically in both variants and stay ccache hits between them.
namespace maskbench::cli {

bool builtWithWorkbench()
{
    return MASKBENCH_WITH_WORKBENCH != 0;
}

} // namespace maskbench::cli
