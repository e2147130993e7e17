#include "ui/evaluation/gallery_model.h"

#include "ui/common/placeholder_pixmap.h"
#include "core/common/settings.h"
#include "workers/thumbnail_loader.h"

#include <QDir>
#include <QFileInfo>
#include <QFontMetrics>
#include <QPainter>

#include <algorithm>

namespace maskbench::ui {
// The predicted class in the thumbnail's top-left corner, on green when it is right and red when
// it is wrong, so a page of errors reads at a glance without the captions.
QPixmap withClassBadge(const QImage &thumbnail, const QString &predicted, bool correct)
{
    QPixmap pm = QPixmap::fromImage(thumbnail);
    QPainter painter(&pm);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont font = painter.font();
    font.setPixelSize(std::max(9, pm.height() / 9));
    font.setBold(true);
    painter.setFont(font);
    const QString text = (correct ? QStringLiteral("✓ ") : QStringLiteral("✗ ")) + predicted;
    const QFontMetrics fm(font);
    const QRect box(2, 2, std::min(pm.width() - 4, fm.horizontalAdvance(text) + 8), fm.height() + 2);
    painter.setPen(Qt::NoPen);
    painter.setBrush(correct ? QColor(0x1e, 0x84, 0x49, 230) : QColor(0xc0, 0x39, 0x2b, 230));
    painter.drawRoundedRect(box, 3, 3);
    painter.setPen(Qt::white);
    painter.drawText(box, Qt::AlignCenter, fm.elidedText(text, Qt::ElideRight, box.width() - 4));
    return pm;
}

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
    m_badged.clear();
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
        const auto cached = m_badged.constFind(index.row());
        if (cached != m_badged.cend())
            return *cached;
        const QImage img = m_loader->thumbnail(p.path);
        if (!img.isNull()) {
            const QPixmap badged = withClassBadge(img, predicted, p.label == p.predicted);
            m_badged.insert(index.row(), badged);
            return badged;
        }
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
        m_badged.remove(row);
        const QModelIndex idx = index(row);
        Q_EMIT dataChanged(idx, idx, {Qt::DecorationRole});
    }
}

} // namespace maskbench::ui
