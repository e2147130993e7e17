#pragma once
// A picture scaled to fit its widget (aspect kept, centred) with an overlay drawn in widget
// coordinates, so points and labels stay crisp at any zoom. Subclasses draw the overlay and may
// take mouse input; imageToWidget()/widgetToImage() map between the two spaces.

#include <QImage>
#include <QList>
#include <QPointF>
#include <QWidget>

namespace maskbench::ui {

class ImageView : public QWidget
{
    Q_OBJECT
public:
    explicit ImageView(const QString &emptyText, QWidget *parent = nullptr);

    void setImage(const QImage &image);
    const QImage &image() const { return m_image; }
    void setEmptyText(const QString &text);
    // The part of image space to fit into the widget (default: the image). The Masks panel widens
    // it to the landmarks, which may lie beyond a tightly cropped picture, so they stay visible.
    void setContentRect(const QRectF &imageSpace);

    // Points (image space) ringed in red over everything else: the landmarks that fail the Masks
    // panel's coverage check. Empty: none.
    void setRings(const QList<QPointF> &imagePoints);
    const QList<QPointF> &rings() const { return m_rings; }
    double ringRadius() const; // widget pixels

    QPointF imageToWidget(QPointF p) const;
    QPointF widgetToImage(QPointF p) const;
    double scale() const; // widget pixels per image pixel

    QSize sizeHint() const override { return {320, 320}; }
    QSize minimumSizeHint() const override { return {160, 160}; }

protected:
    void paintEvent(QPaintEvent *event) override;
    virtual void paintOverlay(QPainter &painter);
    QRectF imageRect() const;

private:
    QRectF content() const;

    QImage m_image;
    QRectF m_content;
    QString m_emptyText;
    QList<QPointF> m_rings;
};

} // namespace maskbench::ui
