#include "ui/evaluation/gallery_model.h"

#include "ui/common/placeholder_pixmap.h"
#include "core/common/settings.h"
#include "workers/thumbnail_loader.h"

#include <QDir>
#include <QFileInfo>

namespace maskbench::ui {
GalleryModel::GalleryModel(QObject *parent) : QAbstractListModel(parent), m_loader(new ThumbnailLoader(112, this))
{
    m_loader->setDiskCache(cacheDirectory() + QStringLiteral("/thumbnails"));
    m_loading = placeholderPixmap(m_loader->edge(), QColor(0xb0, 0xb8, 0xc0), QString());
    m_broken = placeholderPixmap(m_loader->edge(), QColor(0xc0, 0x39, 0x2b), tr("unreadable"));
    connect(m_loader, &ThumbnailLoader::thumbnailReady, this, [this](const QString &path, const QImage &) { onReady(path); });
    connect(m_loader, &ThumbnailLoader::thumbnailFailed, this, [this](const QString &path, const QString &) { onReady(path); });
}

GalleryModel::~GalleryModel() = default;

void GalleryModel::setEntries(std::shared_ptr<const PredictionTable> table, std::vector<GalleryEntry> entries)
{
    beginResetModel();
    m_loader->clearPending();
    m_table = std::move(table);
    m_entries = std::move(entries);
    m_requested.clear();
    endResetModel();
}

int GalleryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_table ? 0 : int(m_entries.size());
}

QVariant GalleryModel::data(const QModelIndex &index, int role) const
{
    if (!m_table || !index.isValid() || index.row() >= int(m_entries.size()))
        return {};
    const GalleryEntry &e = m_entries[size_t(index.row())];
    const Prediction &p = m_table->rows[size_t(e.row)];
    const QString actual = m_table->classes.value(p.label);
    const QString predicted = m_table->classes.value(p.predicted);
    switch (role) {
    case Qt::DisplayRole:
        // Two short lines under the thumbnail: the cell and how sure the model was.
        return p.label == p.predicted ? QStringLiteral("%1 ✓\n%2").arg(actual, QString::number(e.confidence, 'f', 3))
                                      : QStringLiteral("%1 → %2\n%3").arg(actual, predicted, QString::number(e.confidence, 'f', 3));
    case Qt::DecorationRole: {
        m_requested.insert(p.path, index.row());
        const QImage img = m_loader->thumbnail(p.path);
        if (!img.isNull())
            return QPixmap::fromImage(img);
        return m_loader->hasFailed(p.path) ? m_broken : m_loading;
    }
    case Qt::ToolTipRole:
        return tr("%1\nactual: %2\npredicted: %3 (probability %4)")
            .arg(QDir::toNativeSeparators(p.path), actual, predicted, QString::number(e.confidence, 'f', 4));
    case TableRowRole:
        return e.row;
    case ConfidenceRole:
        return e.confidence;
    default:
        return {};
    }
}

void GalleryModel::onReady(const QString &path)
{
    const int row = m_requested.value(path, -1);
    if (row >= 0 && row < int(m_entries.size())) {
        const QModelIndex idx = index(row);
        Q_EMIT dataChanged(idx, idx, {Qt::DecorationRole});
    }
}

} // namespace maskbench::ui
