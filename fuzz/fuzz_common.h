#pragma once
// Shared by the libFuzzer targets (MASKBENCH_FUZZ=ON). Most MaskBench parsers read files, so a
// target writes its input into one scratch folder per process (removed at exit) and calls the
// parser on that path, exactly as the CLI would. maskbench::Error is the parser's documented
// answer to bad input; anything else escaping (another exception type, a crash, a leak, undefined
// behaviour) is a finding.

#include "core/common/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace maskbench::fuzz {

// Qt wants a QCoreApplication for translations and the thread pool; one per process.
inline void initQt()
{
    static int argc = 1;
    static char name[] = "maskbench-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv);
    (void)app;
}

inline QDir scratch()
{
    static QTemporaryDir dir(QDir::temp().filePath(QStringLiteral("maskbench-fuzz-XXXXXX")));
    return QDir(dir.path());
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Writes data to NAME in the scratch folder (replacing it) and returns the path.
inline QString writeFile(const QString &name, const QByteArray &data)
{
    const QString path = scratch().filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        abort(); // the harness itself is broken: say so loudly
    f.write(data);
    return path;
}

// Splits data at its first NUL byte: the text part (JSON, names) and the binary rest.
inline std::pair<QByteArray, QByteArray> splitAtNul(const QByteArray &data)
{
    const qsizetype nul = data.indexOf('\0');
    if (nul < 0)
        return {data, QByteArray()};
    return {data.left(nul), data.mid(nul + 1)};
}

} // namespace maskbench::fuzz
