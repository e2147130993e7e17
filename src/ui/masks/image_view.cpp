#include "ui/masks/image_view.h"

#include <QPainter>

#include <algorithm>

namespace maskbench::ui {

ImageView::ImageView(const QString &emptyText, QWidget *parent) : QWidget(parent), m_emptyText(emptyText)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void ImageView::setImage(const QImage &image)
{
    m_image = image;
    update();
}

void ImageView::setEmptyText(const QString &text)
{
    m_emptyText = text;
    update();
}

void ImageView::setContentRect(const QRectF &imageSpace)
{
    m_content = imageSpace;
    update();
}

void ImageView::setRings(const QList<QPointF> &imagePoints)
{
    m_rings = imagePoints;
    update();
}

double ImageView::ringRadius() const
{
    // Around the landmark dot (at most 4 px), whatever the zoom.
    return std::clamp(scale() * 3.0, 6.0, 9.0);
}

QRectF ImageView::content() const
{
    const QRectF image(QPointF(0, 0), QSizeF(m_image.size()));
    return m_content.isValid() ? (m_content | image) : image;
}

double ImageView::scale() const
{
    if (m_image.isNull())
        return 1.0;
    const QRectF c = content();
    const QSizeF avail = QSizeF(size()) - QSizeF(8, 8); // room for handles at the edge
    return std::max(1e-3, std::min(avail.width() / c.width(), avail.height() / c.height()));
}

QRectF ImageView::imageRect() const
{
    if (m_image.isNull())
        return QRectF();
    const double k = scale();
    const QRectF c = content();
    // Centre the content; the image sits where it lies inside the content.
    const QPointF contentTopLeft((width() - c.width() * k) / 2.0, (height() - c.height() * k) / 2.0);
    return QRectF(contentTopLeft - c.topLeft() * k, QSizeF(m_image.size()) * k);
}

QPointF ImageView::imageToWidget(QPointF p) const
{
    return imageRect().topLeft() + p * scale();
}

QPointF ImageView::widgetToImage(QPointF p) const
{
    return (p - imageRect().topLeft()) / scale();
}

void ImageView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    if (m_image.isNull()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect().adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
        return;
    }
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(imageRect(), m_image);
    painter.setRenderHint(QPainter::Antialiasing);
    paintOverlay(painter);
    // Red on a white halo: visible on skin, on dark hair and on a red mask alike.
    const double r = ringRadius();
    painter.setBrush(Qt::NoBrush);
    for (const QPen &pen : {QPen(QColor(255, 255, 255, 220), 4.5), QPen(QColor(229, 57, 53), 2.0)}) {
        painter.setPen(pen);
        for (const QPointF &p : m_rings)
            painter.drawEllipse(imageToWidget(p), r, r);
    }
}

void ImageView::paintOverlay(QPainter &) {}

} // namespace maskbench::ui
