#include "ui/masks/face_views.h"

#include <QCoreApplication>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>

namespace maskbench::ui {
namespace {

constexpr double kHandleRadius = 7.0;

} // namespace

QString anchorName(int index)
{
    static const char *const names[] = {QT_TRANSLATE_NOOP("MasksPanel", "nose bridge (29)"), QT_TRANSLATE_NOOP("MasksPanel", "chin (9)"),
                                        QT_TRANSLATE_NOOP("MasksPanel", "left jaw, upper (2)"), QT_TRANSLATE_NOOP("MasksPanel", "left jaw, lower (6)"),
                                        QT_TRANSLATE_NOOP("MasksPanel", "right jaw, upper (16)"), QT_TRANSLATE_NOOP("MasksPanel", "right jaw, lower (12)")};
    return QCoreApplication::translate("MasksPanel", names[index]);
}

// --- LandmarkView -----------------------------------------------------------------------------

LandmarkView::LandmarkView(QWidget *parent) : ImageView(tr("Landmarks appear here"), parent) {}

void LandmarkView::setFace(const Face *face)
{
    m_hasFace = face != nullptr;
    if (face)
        m_face = *face;
    update();
}

void LandmarkView::setShowIndices(bool on)
{
    m_showIndices = on;
    update();
}

void LandmarkView::setShowBox(bool on)
{
    m_showBox = on;
    update();
}

void LandmarkView::paintOverlay(QPainter &p)
{
    if (!m_hasFace)
        return;
    if (m_showBox) {
        const QPointF tl = imageToWidget(QPointF(m_face.box.x, m_face.box.y));
        const QPointF br = imageToWidget(QPointF(m_face.box.x + m_face.box.width, m_face.box.y + m_face.box.height));
        p.setPen(QPen(QColor(230, 60, 60), 2));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(tl, br));
    }
    // Groups in their own colours: jaw, brows, nose, eyes, mouth (the coverage check's groups).
    const auto colourOf = [](int oneBased) {
        if (oneBased <= 17) return QColor(255, 214, 0);
        if (oneBased <= 27) return QColor(255, 140, 0);
        if (oneBased <= 36) return QColor(0, 200, 255);
        if (oneBased <= 48) return QColor(255, 64, 200);
        return QColor(60, 255, 90);
    };
    const double r = std::clamp(scale() * 1.6, 2.2, 4.0);
    QFont f = font();
    f.setPointSizeF(std::max(6.0, f.pointSizeF() * 0.75));
    p.setFont(f);
    for (int i = 0; i < kLandmarkCount; ++i) {
        const QPointF w = imageToWidget(QPointF(m_face.landmarks[size_t(i)].x, m_face.landmarks[size_t(i)].y));
        p.setPen(QPen(Qt::black, 1));
        p.setBrush(colourOf(i + 1));
        p.drawEllipse(w, r, r);
        if (m_showIndices) {
            // White on a dark halo: readable on pale skin and on dark hair alike.
            const QPointF at = w + QPointF(r + 1, -r - 1);
            const QString number = QString::number(i + 1);
            p.setPen(QColor(0, 0, 0, 200));
            for (const QPointF d : {QPointF(-1, 0), QPointF(1, 0), QPointF(0, -1), QPointF(0, 1)})
                p.drawText(at + d, number);
            p.setPen(Qt::white);
            p.drawText(at, number);
        }
    }
}

// --- MaskedView -------------------------------------------------------------------------------

MaskedView::MaskedView(QWidget *parent) : ImageView(tr("The masked result appears here"), parent)
{
    setMouseTracking(true);
    setToolTip(tr("Drag the round handles (nose bridge, chin, jaw) to nudge the mask on this image; "
                  "the placement is saved for this image and template"));
}

void MaskedView::setAnchors(const std::array<cv::Point2f, 6> *anchors)
{
    m_hasAnchors = anchors != nullptr;
    if (anchors && m_drag < 0)
        m_anchors = *anchors;
    update();
}

QPointF MaskedView::anchorInWidget(int index) const
{
    return imageToWidget(QPointF(m_anchors[size_t(index)].x, m_anchors[size_t(index)].y));
}

int MaskedView::handleAt(QPointF pos) const
{
    if (!m_hasAnchors)
        return -1;
    int best = -1;
    double bestDistance = kHandleRadius + 4;
    for (int i = 0; i < 6; ++i) {
        const double d = QLineF(pos, anchorInWidget(i)).length();
        if (d <= bestDistance) {
            best = i;
            bestDistance = d;
        }
    }
    return best;
}

void MaskedView::paintOverlay(QPainter &p)
{
    if (!m_hasAnchors)
        return;
    // The seam (29 -> 9) and each half's outer edge, so a person sees what a handle moves.
    const auto w = [this](int i) { return anchorInWidget(i); };
    p.setPen(QPen(QColor(255, 255, 255, 170), 1, Qt::DashLine));
    p.drawLine(w(0), w(1));
    p.drawLine(w(2), w(3));
    p.drawLine(w(4), w(5));
    for (int i = 0; i < 6; ++i) {
        const bool active = i == m_drag || i == m_hover;
        p.setPen(QPen(Qt::black, 1.5));
        p.setBrush(active ? QColor(255, 200, 0) : QColor(255, 255, 255, 210));
        p.drawEllipse(w(i), kHandleRadius, kHandleRadius);
    }
}

void MaskedView::mousePressEvent(QMouseEvent *event)
{
    m_drag = event->button() == Qt::LeftButton ? handleAt(event->position()) : -1;
    if (m_drag >= 0) {
        setCursor(Qt::ClosedHandCursor);
        update();
    }
}

void MaskedView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_drag < 0) {
        const int hover = handleAt(event->position());
        if (hover != m_hover) {
            m_hover = hover;
            setCursor(hover >= 0 ? Qt::OpenHandCursor : Qt::ArrowCursor);
            if (hover >= 0)
                setToolTip(tr("Drag to move the mask's %1").arg(anchorName(hover)));
            update();
        }
        return;
    }
    const QPointF img = widgetToImage(event->position());
    m_anchors[size_t(m_drag)] = cv::Point2f(float(img.x()), float(img.y()));
    update();
    Q_EMIT anchorMoved(m_drag, img);
}

void MaskedView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_drag < 0)
        return;
    const int index = m_drag;
    const QPointF img = widgetToImage(event->position());
    m_anchors[size_t(index)] = cv::Point2f(float(img.x()), float(img.y()));
    m_drag = -1;
    setCursor(Qt::OpenHandCursor);
    update();
    Q_EMIT anchorReleased(index, img);
}

} // namespace maskbench::ui
