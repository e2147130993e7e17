#pragma once
// Small text formats shared by the panels and dialogs.

#include <QString>
#include <QtMath>

namespace maskbench::ui {

// "1:05" or "2 h 03 min"; "–" when unknown (negative). ETAs and run times.
inline QString formatDuration(double s)
{
    if (s < 0)
        return QStringLiteral("–");
    const int t = qRound(s);
    return t >= 3600 ? QStringLiteral("%1 h %2 min").arg(t / 3600).arg((t % 3600) / 60, 2, 10, QLatin1Char('0'))
                     : QStringLiteral("%1:%2").arg(t / 60).arg(t % 60, 2, 10, QLatin1Char('0'));
}

} // namespace maskbench::ui
