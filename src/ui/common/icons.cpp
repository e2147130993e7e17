#include "ui/common/icons.h"

#include <QFile>

namespace maskbench::ui {

QIcon themeIcon(const QString &name)
{
    const QString own = QStringLiteral(":/maskbench/icons/%1.svg").arg(name);
    const QIcon fallback(QFile::exists(own) ? own : QStringLiteral(":/maskbench/maskbench.svg"));
    return QIcon::fromTheme(name, fallback);
}

} // namespace maskbench::ui
