#include "core/mask/placement.h"

#include "core/common/error.h"
#include "core/common/settings.h"
#include "core/project/project.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace maskbench {
namespace {

// This file's messages: looked up under "PlacementStore" and extracted there by lupdate.
struct PlacementStoreTr
{
    Q_DECLARE_TR_FUNCTIONS(PlacementStore)
};

QString entryKey(const QByteArray &hash, const QString &templateName)
{
    return QString::fromLatin1(hash.toHex()) + QLatin1Char('/') + templateName;
}

} // namespace

bool PlacementOverride::isZero() const
{
    for (const cv::Point2f &p : offsets)
        if (p.x != 0.0f || p.y != 0.0f)
            return false;
    return true;
}

Face applyPlacement(const Face &face, const PlacementOverride &placement)
{
    Face moved = face;
    for (size_t i = 0; i < kPlacementLandmarks.size(); ++i)
        moved.landmarks[size_t(kPlacementLandmarks[i] - 1)] += placement.offsets[i];
    return moved;
}

PlacementStore::PlacementStore(const QString &path) : m_path(path)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    readLocked();
}

QString PlacementStore::defaultPath()
{
    // The open project's placements sit next to its landmark cache, so a copied project keeps them.
    const QString project = activeLandmarkCache();
    return project.isEmpty() ? QDir(cacheDirectory()).filePath(QStringLiteral("mask-placements.json")) : pathNextTo(project);
}

QString PlacementStore::pathNextTo(const QString &cachePath)
{
    return QFileInfo(cachePath).absoluteDir().filePath(QStringLiteral("mask-placements.json"));
}

void PlacementStore::readLocked()
{
    m_entries.clear();
    QFile f(m_path);
    if (!f.exists())
        return;
    if (!f.open(QIODevice::ReadOnly))
        throw Error(PlacementStoreTr::tr("Cannot read the mask placements file %1: %2").arg(m_path, f.errorString()));
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        throw Error(PlacementStoreTr::tr("The mask placements file %1 is not valid JSON (%2). Delete it to drop every saved placement.")
                        .arg(m_path, err.errorString()));
    const QJsonObject entries = doc.object().value(QStringLiteral("placements")).toObject();
    for (auto it = entries.begin(); it != entries.end(); ++it) {
        const QJsonArray a = it.value().toArray();
        if (a.size() != int(kPlacementLandmarks.size() * 2))
            continue; // written by another version: ignore rather than misplace
        PlacementOverride p;
        for (size_t i = 0; i < p.offsets.size(); ++i)
            p.offsets[i] = cv::Point2f(float(a[int(2 * i)].toDouble()), float(a[int(2 * i + 1)].toDouble()));
        m_entries.insert(it.key(), p);
    }
}

void PlacementStore::writeLocked()
{
    QJsonObject entries;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        QJsonArray a;
        for (const cv::Point2f &o : it.value().offsets) {
            a.append(double(o.x));
            a.append(double(o.y));
        }
        entries.insert(it.key(), a);
    }
    QJsonObject root;
    root.insert(QStringLiteral("version"), 1);
    root.insert(QStringLiteral("landmarks"), QStringLiteral("29,9,2,6,16,12"));
    root.insert(QStringLiteral("placements"), entries);
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile f(m_path);
    const QByteArray bytes = QJsonDocument(root).toJson();
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        throw Error(PlacementStoreTr::tr("Cannot write the mask placements file %1: %2").arg(m_path, f.errorString()));
}

std::optional<PlacementOverride> PlacementStore::find(const QByteArray &hash, const QString &templateName) const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    const auto it = m_entries.constFind(entryKey(hash, templateName));
    if (it == m_entries.cend())
        return std::nullopt;
    return it.value();
}

void PlacementStore::set(const QByteArray &hash, const QString &templateName, const PlacementOverride &placement)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    readLocked(); // keep what another process saved meanwhile
    if (placement.isZero())
        m_entries.remove(entryKey(hash, templateName));
    else
        m_entries.insert(entryKey(hash, templateName), placement);
    writeLocked();
}

bool PlacementStore::remove(const QByteArray &hash, const QString &templateName)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    readLocked();
    const bool had = m_entries.remove(entryKey(hash, templateName)) > 0;
    if (had)
        writeLocked();
    return had;
}

int PlacementStore::size() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return int(m_entries.size());
}

void PlacementStore::reload()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    readLocked();
}

} // namespace maskbench
