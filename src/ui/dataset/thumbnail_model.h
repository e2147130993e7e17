#pragma once
// The dataset's items as a filtered list of thumbnails for a QListView in icon mode. Thumbnails
// come from a ThumbnailLoader (worker pool, cached); the model asks for one only when the view
// asks for its decoration, so only what is on screen is decoded.

#include "core/dataset/dataset.h"

#include <QAbstractListModel>
#include <QHash>
#include <QPixmap>

#include <memory>

namespace maskbench {
class ThumbnailLoader;
}

namespace maskbench::ui {

struct ItemFilter
{
    QString label;      // empty = all
    QString split;      // empty = all; "-" = items without a split
    QString attribute;  // empty = none
    QString attributeValue;
    QString text;       // case-insensitive substring of the path
};

class ThumbnailModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles { ItemIndexRole = Qt::UserRole + 1 };

    explicit ThumbnailModel(QObject *parent = nullptr);
    ~ThumbnailModel() override;

    void setDataset(std::shared_ptr<const Dataset> dataset);
    void setFilter(const ItemFilter &filter);
    const ItemFilter &filter() const { return m_filter; }
    // Index into dataset()->items of a row.
    int itemIndex(int row) const { return m_rows.value(row, -1); }
    int rowOfItem(int itemIndex) const { return m_rowOfItem.value(itemIndex, -1); }
    std::shared_ptr<const Dataset> dataset() const { return m_dataset; }
    ThumbnailLoader *loader() const { return m_loader; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    void onReady(const QString &path);
    void rebuild();

    std::shared_ptr<const Dataset> m_dataset;
    ItemFilter m_filter;
    QList<int> m_rows;
    QHash<int, int> m_rowOfItem;
    QHash<QString, int> m_itemOfPath;
    ThumbnailLoader *m_loader = nullptr;
    QPixmap m_loading, m_broken, m_missing;
};

} // namespace maskbench::ui
