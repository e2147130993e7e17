#include "workers/thumbnail_loader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QMetaObject>

namespace maskbench {

ThumbnailLoader::ThumbnailLoader(int edge, QObject *parent) : QObject(parent), m_edge(edge), m_cache(6000)
{
    m_pool.setMaxThreadCount(2);
}

ThumbnailLoader::~ThumbnailLoader()
{
    m_stopping = true;
    clearPending();
    m_pool.waitForDone();
}

void ThumbnailLoader::setDiskCache(const QString &folder)
{
    QMutexLocker lock(&m_mutex);
    m_diskCache = folder;
    if (!folder.isEmpty())
        QDir().mkpath(folder);
}

void ThumbnailLoader::clearPending()
{
    QMutexLocker lock(&m_mutex);
    m_pending.clear();
    m_queued.clear();
}

bool ThumbnailLoader::hasFailed(const QString &path) const
{
    QMutexLocker lock(&m_mutex);
    return m_failed.contains(path);
}

QImage ThumbnailLoader::thumbnail(const QString &path)
{
    QMutexLocker lock(&m_mutex);
    if (QImage *img = m_cache.object(path))
        return *img;
    if (m_failed.contains(path))
        return QImage();
    if (!m_queued.contains(path)) {
        m_queued.insert(path);
        m_pending.push_front(path);
        while (int(m_pending.size()) > kMaxPending) {
            m_queued.remove(m_pending.back());
            m_pending.pop_back();
        }
    } else {
        // Already waiting: move it to the front, it is wanted again now.
        auto it = std::find(m_pending.begin(), m_pending.end(), path);
        if (it != m_pending.end() && it != m_pending.begin()) {
            m_pending.erase(it);
            m_pending.push_front(path);
        }
    }
    if (m_workers < m_pool.maxThreadCount()) {
        ++m_workers;
        m_pool.start([this] { work(); });
    }
    return QImage();
}

QString ThumbnailLoader::diskKey(const QString &path) const
{
    const QFileInfo fi(path);
    const QByteArray key = path.toUtf8() + '|' + QByteArray::number(fi.size()) + '|'
                           + QByteArray::number(fi.lastModified().toMSecsSinceEpoch()) + '|' + QByteArray::number(m_edge);
    return QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex()) + QStringLiteral(".png");
}

QImage ThumbnailLoader::decodeThumbnail(const QString &path, int edge, QString *error)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (size.isValid() && (size.width() > edge || size.height() > edge))
        reader.setScaledSize(size.scaled(edge, edge, Qt::KeepAspectRatio)); // JPEG decodes at reduced scale
    QImage img = reader.read();
    if (img.isNull()) {
        if (error)
            *error = reader.errorString();
        return img;
    }
    if (img.width() > edge || img.height() > edge)
        img = img.scaled(edge, edge, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return img.convertToFormat(QImage::Format_RGB32);
}

void ThumbnailLoader::work()
{
    for (;;) {
        QString path, disk;
        {
            QMutexLocker lock(&m_mutex);
            if (m_pending.empty() || m_stopping) {
                --m_workers;
                return;
            }
            path = m_pending.front();
            m_pending.pop_front();
            disk = m_diskCache;
        }
        QString error;
        QImage img;
        const QString cacheFile = disk.isEmpty() ? QString() : disk + QLatin1Char('/') + diskKey(path);
        if (!cacheFile.isEmpty() && QFileInfo::exists(cacheFile))
            img.load(cacheFile);
        if (img.isNull()) {
            img = decodeThumbnail(path, m_edge, &error);
            if (!img.isNull() && !cacheFile.isEmpty())
                img.save(cacheFile);
        }
        {
            QMutexLocker lock(&m_mutex);
            m_queued.remove(path);
            if (img.isNull())
                m_failed.insert(path);
            else
                m_cache.insert(path, new QImage(img));
        }
        if (img.isNull())
            QMetaObject::invokeMethod(this, [this, path, error] { Q_EMIT thumbnailFailed(path, error); }, Qt::QueuedConnection);
        else
            QMetaObject::invokeMethod(this, [this, path, img] { Q_EMIT thumbnailReady(path, img); }, Qt::QueuedConnection);
    }
}

} // namespace maskbench
