#include "workers/worker_errors.h"

#include "core/common/error.h"

#include <QCoreApplication>

#include <exception>

namespace maskbench {

QString currentExceptionMessage()
{
    try {
        throw;
    } catch (const Error &e) {
        return e.message();
    } catch (const std::exception &e) {
        return QCoreApplication::translate("Worker", "unexpected error: %1").arg(QString::fromUtf8(e.what()));
    } catch (...) {
        return QCoreApplication::translate("Worker", "unexpected error");
    }
}

} // namespace maskbench
