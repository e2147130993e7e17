#pragma once
// The first line of a LibTorch error, for messages a person reads (the rest is a C++ backtrace).
// Torch sources only (STYLE rule 11).

#include <c10/util/Exception.h>

#include <QString>

namespace maskbench {

inline QString torchErrorLine(const c10::Error &e)
{
    return QString::fromStdString(e.what_without_backtrace()).section(QLatin1Char('\n'), 0, 0);
}

} // namespace maskbench
