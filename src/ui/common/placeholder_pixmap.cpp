#include "ui/common/placeholder_pixmap.h"

#include <QPainter>

namespace maskbench::ui {

QPixmap placeholderPixmap(int edge, const QColor &fill, const QString &text)
{
    QPixmap pm(edge, edge);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(fill);
    p.drawRoundedRect(QRectF(4, 4, edge - 8, edge - 8), 8, 8);
    p.setPen(Qt::white);
    p.drawText(pm.rect(), Qt::AlignCenter | Qt::TextWordWrap, text);
    return pm;
}

} // namespace maskbench::ui
