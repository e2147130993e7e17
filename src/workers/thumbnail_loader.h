#pragma once
// Decodes thumbnails on a small dedicated pool so a grid of 20,000 images scrolls smoothly.
// Requests are served newest first (what is on screen now); when more than kMaxPending wait, the
// oldest are dropped, since the user has scrolled past them. Results are cached in memory (LRU)
// and on disk under cacheDirectory()/thumbnails, keyed by path, size, mtime and thumbnail size.
// thumbnailReady arrives on the loader's thread (queued). An unreadable file yields a null image
// and its error, once.

#include <QCache>
#include <QHash>
#include <QImage>
#include <QMutex>
#include <QObject>
#include <QSet>
#include <QThreadPool>

#include <atomic>
#include <deque>

namespace maskbench {

class ThumbnailLoader : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxPending = 400;

    explicit ThumbnailLoader(int edge = 112, QObject *parent = nullptr);
    ~ThumbnailLoader() override;

    // The cached thumbnail, or a null image after queueing a request (unless one is pending).
    QImage thumbnail(const QString &path);
    bool hasFailed(const QString &path) const;
    int edge() const { return m_edge; }
    void setDiskCache(const QString &folder); // empty = no disk cache
    void clearPending();

    // Decodes one image scaled to fit edge x edge (EXIF orientation applied); error on failure.
    static QImage decodeThumbnail(const QString &path, int edge, QString *error);

Q_SIGNALS:
    void thumbnailReady(const QString &path, const QImage &image);
    void thumbnailFailed(const QString &path, const QString &error);

private:
    void work();
    QString diskKey(const QString &path) const;

    const int m_edge;
    QThreadPool m_pool;
    mutable QMutex m_mutex;
    std::deque<QString> m_pending; // newest at the front
    QSet<QString> m_queued;
    QCache<QString, QImage> m_cache;
    QSet<QString> m_failed;
    QString m_diskCache;
    int m_workers = 0;
    std::atomic<bool> m_stopping{false};
};

} // namespace maskbench
