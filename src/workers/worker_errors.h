#pragma once
// Every worker entry point catches everything (STYLE rule 7). Inside a catch block, this turns
// the exception being handled into the message the worker's failed(QString) carries.

#include <QString>

namespace maskbench {

QString currentExceptionMessage();

} // namespace maskbench
