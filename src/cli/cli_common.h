#pragma once
// Helpers shared by the CLI's subcommands.

#include "core/common/progress.h"

#include <QString>
#include <string>

namespace maskbench::cli {

void printOut(const QString &text);  // UTF-8 to stdout
void printErr(const QString &text);  // UTF-8 to stderr
QString qs(const std::string &s);
// A progress callback drawing one updating line on stderr when it is a terminal; silent otherwise.
ProgressCallback terminalProgress();

} // namespace maskbench::cli
