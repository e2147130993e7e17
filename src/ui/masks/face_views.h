#pragma once
// The Masks panel's two drawn views: the landmark view (68 points, optionally their numbers, the
// face box) and the masked view (the result with the mask's six anchor handles, which a person
// drags to nudge the placement). Both ring the points that fail the coverage check
// (ImageView::setRings).

#include "core/face/face.h"
#include "ui/masks/image_view.h"

#include <array>

namespace maskbench::ui {

// "nose bridge (29)", "chin (9)", ...: the anchor with this index (kPlacementLandmarks' order), translated.
QString anchorName(int index);

// The landmark view: 68 points, optionally their 1-based numbers, the face box.
class LandmarkView : public ImageView
{
    Q_OBJECT
public:
    explicit LandmarkView(QWidget *parent = nullptr);
    void setFace(const Face *face); // null: no overlay
    void setShowIndices(bool on);
    void setShowBox(bool on);
    bool showIndices() const { return m_showIndices; }

protected:
    void paintOverlay(QPainter &painter) override;

private:
    bool m_hasFace = false;
    Face m_face;
    bool m_showIndices = false;
    bool m_showBox = true;
};

// The masked view: the result with the mask's six anchor handles, which a person drags.
class MaskedView : public ImageView
{
    Q_OBJECT
public:
    explicit MaskedView(QWidget *parent = nullptr);
    void setAnchors(const std::array<cv::Point2f, 6> *anchors); // null: no handles
    QPointF anchorInWidget(int index) const;
    int handleAt(QPointF widgetPos) const; // -1: none
    bool isDragging() const { return m_drag >= 0; }

Q_SIGNALS:
    void anchorMoved(int index, QPointF imagePos);  // while dragging
    void anchorReleased(int index, QPointF imagePos);

protected:
    void paintOverlay(QPainter &painter) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    bool m_hasAnchors = false;
    std::array<cv::Point2f, 6> m_anchors{};
    int m_drag = -1;
    int m_hover = -1;
};

} // namespace maskbench::ui
