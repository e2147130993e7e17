#pragma once
// The images of one confusion-matrix cell, or all misclassified images, as thumbnails for a
// QListView in icon mode, most confident first. Thumbnails come from a ThumbnailLoader (worker
// pool, memory and disk cache), asked for only when the view asks for a decoration, as in the
// Dataset panel's grid.

#include "core/eval/predictions.h"

#include <QAbstractListModel>
#include <QHash>
#include <QPixmap>

#include <memory>
#include <vector>

namespace maskbench {
class ThumbnailLoader;
}

namespace maskbench::ui {

struct GalleryEntry
{
    int row = 0;            // index into the table
    double confidence = 0;  // probability of the predicted class
};

// A thumbnail with the predicted class drawn in its top-left corner (green: right, red: wrong).
QPixmap withClassBadge(const QImage &thumbnail, const QString &predicted, bool correct);

class GalleryModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles { TableRowRole = Qt::UserRole + 1, ConfidenceRole };

    explicit GalleryModel(QObject *parent = nullptr);
    ~GalleryModel() override;

    void setEntries(std::shared_ptr<const PredictionTable> table, std::vector<GalleryEntry> entries);
    int tableRow(int row) const { return row >= 0 && row < int(m_entries.size()) ? m_entries[size_t(row)].row : -1; }
    std::shared_ptr<const PredictionTable> table() const { return m_table; }
    ThumbnailLoader *loader() const { return m_loader; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    void onReady(const QString &path);

    std::shared_ptr<const PredictionTable> m_table;
    std::vector<GalleryEntry> m_entries;
    // Gallery row of each path whose thumbnail was asked for: filled as the view draws, so a
    // 50,000-image cell costs nothing until it is scrolled.
    mutable QHash<QString, int> m_requested;
    mutable QHash<int, QPixmap> m_badged; // thumbnails with their class badge, by gallery row
    ThumbnailLoader *m_loader = nullptr;
    QPixmap m_loading, m_broken;
};

} // namespace maskbench::ui
