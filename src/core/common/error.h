#pragma once
// The one exception type core throws. Its message is meant for a person: it names the file and
// the problem, and where possible the next step ("install libdlib-data or choose the .dat file").

#include <QString>
#include <stdexcept>

namespace maskbench {

class Error : public std::runtime_error
{
public:
    explicit Error(const QString &message)
        : std::runtime_error(message.toStdString()), m_message(message) {}
    const QString &message() const noexcept { return m_message; }

private:
    QString m_message;
};

} // namespace maskbench
