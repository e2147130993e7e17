#include "ui/dataset/thumbnail_model.h"

#include "ui/common/placeholder_pixmap.h"
#include "core/common/settings.h"
#include "workers/thumbnail_loader.h"

#include <QFileInfo>

namespace maskbench::ui {
ThumbnailModel::ThumbnailModel(QObject *parent) : QAbstractListModel(parent), m_loader(new ThumbnailLoader(112, this))
{
    m_loader->setDiskCache(cacheDirectory() + QStringLiteral("/thumbnails"));
    m_loading = placeholderPixmap(m_loader->edge(), QColor(0xb0, 0xb8, 0xc0), QString());
    m_broken = placeholderPixmap(m_loader->edge(), QColor(0xc0, 0x39, 0x2b), tr("unreadable"));
    m_missing = placeholderPixmap(m_loader->edge(), QColor(0x7f, 0x8c, 0x8d), tr("missing"));
    connect(m_loader, &ThumbnailLoader::thumbnailReady, this, [this](const QString &path, const QImage &) { onReady(path); });
    connect(m_loader, &ThumbnailLoader::thumbnailFailed, this, [this](const QString &path, const QString &) { onReady(path); });
}

ThumbnailModel::~ThumbnailModel() = default;

void ThumbnailModel::setDataset(std::shared_ptr<const Dataset> dataset)
{
    m_loader->clearPending();
    m_dataset = std::move(dataset);
    m_itemOfPath.clear();
    if (m_dataset) {
        for (int i = 0; i < int(m_dataset->items.size()); ++i)
            m_itemOfPath.insert(m_dataset->items[size_t(i)].path, i);
    }
    rebuild();
}

void ThumbnailModel::setFilter(const ItemFilter &filter)
{
    m_filter = filter;
    m_loader->clearPending();
    rebuild();
}

void ThumbnailModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    m_rowOfItem.clear();
    if (m_dataset) {
        for (int i = 0; i < int(m_dataset->items.size()); ++i) {
            const DatasetItem &item = m_dataset->items[size_t(i)];
            if (!m_filter.label.isEmpty() && item.label != m_filter.label)
                continue;
            if (!m_filter.split.isEmpty() && item.split != (m_filter.split == QLatin1String("-") ? QString() : m_filter.split))
                continue;
            if (!m_filter.attribute.isEmpty() && !m_filter.attributeValue.isEmpty()
                && !item.attributes.value(m_filter.attribute).contains(m_filter.attributeValue, Qt::CaseInsensitive))
                continue;
            if (!m_filter.text.isEmpty() && !item.path.contains(m_filter.text, Qt::CaseInsensitive))
                continue;
            m_rowOfItem.insert(i, int(m_rows.size()));
            m_rows.append(i);
        }
    }
    endResetModel();
}

int ThumbnailModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ThumbnailModel::data(const QModelIndex &index, int role) const
{
    if (!m_dataset || !index.isValid() || index.row() >= m_rows.size())
        return {};
    const int i = m_rows[index.row()];
    const DatasetItem &item = m_dataset->items[size_t(i)];
    switch (role) {
    case Qt::DisplayRole:
        return QFileInfo(item.path).fileName();
    case Qt::DecorationRole: {
        if (!item.exists)
            return m_missing;
        if (item.image.probed && !item.image.ok)
            return m_broken;
        const QImage img = m_loader->thumbnail(item.path);
        if (!img.isNull())
            return QPixmap::fromImage(img);
        return m_loader->hasFailed(item.path) ? m_broken : m_loading;
    }
    case Qt::ToolTipRole: {
        QString tip = QStringLiteral("%1\n%2: %3").arg(item.path, tr("label"), item.label);
        if (!item.split.isEmpty())
            tip += QStringLiteral("\n%1: %2").arg(tr("split"), item.split);
        if (!item.group.isEmpty())
            tip += QStringLiteral("\n%1: %2").arg(tr("group"), item.group);
        return tip;
    }
    case ItemIndexRole:
        return i;
    default:
        return {};
    }
}

void ThumbnailModel::onReady(const QString &path)
{
    const int item = m_itemOfPath.value(path, -1);
    const int row = item < 0 ? -1 : m_rowOfItem.value(item, -1);
    if (row >= 0) {
        const QModelIndex idx = index(row);
        Q_EMIT dataChanged(idx, idx, {Qt::DecorationRole});
    }
}

} // namespace maskbench::ui
