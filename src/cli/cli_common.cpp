#include "cli/cli_common.h"

#include <QElapsedTimer>

#include <cstdio>
#include <memory>
#include <unistd.h>

namespace maskbench::cli {

void printOut(const QString &text)
{
    const QByteArray b = text.toUtf8();
    std::fwrite(b.constData(), 1, size_t(b.size()), stdout);
    // Line by line into logs too: a long command's (or recipe's) progress shows in `tail -f`.
    if (b.endsWith('\n'))
        std::fflush(stdout);
}

void printErr(const QString &text)
{
    std::fflush(stdout);
    const QByteArray b = text.toUtf8();
    std::fwrite(b.constData(), 1, size_t(b.size()), stderr);
}

QString qs(const std::string &s) { return QString::fromStdString(s); }

ProgressCallback terminalProgress()
{
    if (!isatty(fileno(stderr)))
        return {};
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    return [timer](const Progress &p) {
        if (timer->elapsed() < 200 && !(p.total > 0 && p.done == p.total))
            return true;
        timer->restart();
        QString line = QStringLiteral("\r%1: %2").arg(p.stage).arg(p.done);
        if (p.total > 0)
            line += QStringLiteral("/%1").arg(p.total);
        if (p.etaSeconds >= 0)
            line += QStringLiteral(", about %1 s left").arg(qRound(p.etaSeconds));
        printErr(line.leftJustified(78) + (p.total > 0 && p.done == p.total ? QStringLiteral("\n") : QString()));
        return true;
    };
}

} // namespace maskbench::cli
