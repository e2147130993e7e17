#include "masks/image_view.h"

#include <QPainter>

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

QRectF ImageView::imageRect() const
{
    if (m_image.isNull())
        return QRectF();
    const QSizeF s = QSizeF(m_image.size()).scaled(QSizeF(size()) - QSizeF(4, 4), Qt::KeepAspectRatio);
    return QRectF(QPointF((width() - s.width()) / 2.0, (height() - s.height()) / 2.0), s);
}

double ImageView::scale() const
{
    return m_image.isNull() ? 1.0 : imageRect().width() / m_image.width();
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
}

void ImageView::paintOverlay(QPainter &) {}

} // namespace maskbench::ui
