#include "core/face/landmark_cache.h"

#include "core/common/error.h"
#include "core/common/settings.h"
#include "core/project/project.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <mutex>
#include <set>

namespace maskbench {
namespace {

// This file's messages: looked up under "LandmarkCache" and extracted there by lupdate.
struct LandmarkCacheTr
{
    Q_DECLARE_TR_FUNCTIONS(LandmarkCache)
};

std::atomic<quint64> g_nextCacheId{1};
std::atomic<quint64> g_nextThreadToken{1};

// A per-thread token instead of the thread id: ids are reused when pool threads end, and a reused
// name would hand a connection to a thread that did not open it.
quint64 threadToken()
{
    thread_local const quint64 token = g_nextThreadToken.fetch_add(1);
    return token;
}

} // namespace

struct LandmarkCache::Impl
{
    QString path;
    quint64 id = 0;
    std::mutex mutex; // guards names
    std::set<QString> names;
    std::atomic<qint64> hits{0};
    std::atomic<qint64> misses{0};
    // preload(): written before the lookups start, then only read (no lock needed on lookup).
    QString preloadedKey;
    QHash<QByteArray, QByteArray> preloaded;

    QSqlDatabase connection()
    {
        const QString name = QStringLiteral("maskbench-landmarks-%1-%2").arg(id).arg(threadToken());
        if (QSqlDatabase::contains(name))
            return QSqlDatabase::database(name);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        {
            std::lock_guard<std::mutex> lock(mutex);
            names.insert(name);
        }
        db.setDatabaseName(path);
        // The driver's own busy handler, so even the first PRAGMA waits for another process.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000"));
        if (!db.open())
            throw Error(LandmarkCacheTr::tr("Cannot open the landmark cache %1: %2").arg(path, db.lastError().text()));
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA busy_timeout=30000"));
        q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        // NORMAL is durable across application crashes in WAL mode; only a power cut may lose the
        // last few rows, which are merely detected again.
        q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
        return db;
    }
};

LandmarkCache::LandmarkCache(const QString &path) : d(std::make_unique<Impl>())
{
    d->path = QFileInfo(path).absoluteFilePath();
    d->id = g_nextCacheId.fetch_add(1);
    const QString dir = QFileInfo(d->path).absolutePath();
    if (!QDir().mkpath(dir))
        throw Error(LandmarkCacheTr::tr("Cannot create the folder %1 for the landmark cache. Choose another cache folder in Settings.").arg(dir));
    QSqlDatabase db = d->connection();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS landmarks ("
                               " hash BLOB NOT NULL, settings TEXT NOT NULL, faces BLOB NOT NULL,"
                               " PRIMARY KEY (hash, settings)) WITHOUT ROWID")))
        throw Error(LandmarkCacheTr::tr("Cannot use %1 as a landmark cache: %2").arg(d->path, q.lastError().text()));
}

LandmarkCache::~LandmarkCache()
{
    std::set<QString> names;
    {
        std::lock_guard<std::mutex> lock(d->mutex);
        names.swap(d->names);
    }
    // Connections of finished pool threads are closed here, from the owner's thread; by now no
    // worker uses them (the cache outlives the jobs that use it).
    for (const QString &name : names)
        QSqlDatabase::removeDatabase(name);
}

QString LandmarkCache::defaultPath()
{
    const QString project = activeLandmarkCache(); // the open project's cache, if any
    return project.isEmpty() ? cacheDirectory() + QStringLiteral("/landmarks.sqlite") : project;
}

qint64 LandmarkCache::preload(const QString &settingsKey, qint64 maxEntries)
{
    d->preloaded.clear();
    d->preloadedKey = settingsKey;
    QSqlQuery q(d->connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT hash, faces FROM landmarks WHERE settings = ? LIMIT ?"));
    q.addBindValue(settingsKey);
    q.addBindValue(maxEntries);
    if (!q.exec())
        return 0; // not fatal: lookups simply ask the file
    while (q.next())
        d->preloaded.insert(q.value(0).toByteArray(), q.value(1).toByteArray());
    return d->preloaded.size();
}

std::optional<std::vector<Face>> LandmarkCache::lookup(const QByteArray &contentHash, const QString &settingsKey)
{
    if (!d->preloaded.isEmpty() && settingsKey == d->preloadedKey) {
        const auto it = d->preloaded.constFind(contentHash);
        std::vector<Face> faces;
        if (it != d->preloaded.cend() && deserializeFaces(it.value(), faces)) {
            d->hits.fetch_add(1);
            return faces;
        }
    }
    QSqlDatabase db = d->connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT faces FROM landmarks WHERE hash = ? AND settings = ?"));
    q.addBindValue(contentHash);
    q.addBindValue(settingsKey);
    if (q.exec() && q.next()) {
        std::vector<Face> faces;
        if (deserializeFaces(q.value(0).toByteArray(), faces)) {
            d->hits.fetch_add(1);
            return faces;
        }
    }
    d->misses.fetch_add(1);
    return std::nullopt;
}

bool LandmarkCache::store(const QByteArray &contentHash, const QString &settingsKey, const std::vector<Face> &faces)
{
    QSqlDatabase db = d->connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO landmarks (hash, settings, faces) VALUES (?, ?, ?)"));
    q.addBindValue(contentHash);
    q.addBindValue(settingsKey);
    q.addBindValue(serializeFaces(faces));
    return q.exec();
}

const QString &LandmarkCache::path() const { return d->path; }
qint64 LandmarkCache::hits() const { return d->hits.load(); }
qint64 LandmarkCache::misses() const { return d->misses.load(); }

qint64 LandmarkCache::entryCount()
{
    QSqlQuery q(d->connection());
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM landmarks")) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace maskbench
