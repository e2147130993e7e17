#pragma once
// The tile a thumbnail grid shows while an image decodes, or instead of one it cannot show.

#include <QColor>
#include <QPixmap>
#include <QString>

namespace maskbench::ui {

QPixmap placeholderPixmap(int edge, const QColor &fill, const QString &text);

} // namespace maskbench::ui
