#pragma once
// A persistent landmark cache in one SQLite file (Qt Sql, QSQLITE), keyed by the image's content
// hash and the detector settings (FaceDetectorOptions::cacheKey()). "No face" is cached too, so a
// second pass over a dataset runs no detection at all.
//
// Contract:
//  - Thread-safe: each thread gets its own connection (Qt Sql connections belong to the thread
//    that opened them), named uniquely per cache object and thread.
//  - Process-safe: WAL journal and a busy timeout, so two processes (two augment runs, the GUI and
//    the CLI) can read and write the same file; writers wait rather than fail.
//  - The constructor throws maskbench::Error when the file cannot be created or opened. A lookup
//    or store that fails later (disk full, file deleted) is not fatal: lookup reports a miss,
//    store returns false, and the caller simply detects again next time.

#include "core/face/face.h"

#include <QString>
#include <atomic>
#include <memory>
#include <optional>

namespace maskbench {

class LandmarkCache
{
public:
    explicit LandmarkCache(const QString &path);
    ~LandmarkCache();
    LandmarkCache(const LandmarkCache &) = delete;
    LandmarkCache &operator=(const LandmarkCache &) = delete;

    // The default file: the open project's cache (activeLandmarkCache()), else cacheDirectory()/landmarks.sqlite.
    static QString defaultPath();

    std::optional<std::vector<Face>> lookup(const QByteArray &contentHash, const QString &settingsKey);

    // Reads up to maxEntries entries stored under settingsKey into memory with one query, so that
    // lookups of those images need no SQL (a pass over a dataset the cache already knows: one
    // query instead of one per image). Lookups of anything else still go to the file, so entries
    // other processes add later are found too. Returns the number read. Call it before the
    // lookups start (not concurrently with them).
    qint64 preload(const QString &settingsKey, qint64 maxEntries);
    bool store(const QByteArray &contentHash, const QString &settingsKey, const std::vector<Face> &faces);

    const QString &path() const;
    qint64 hits() const;
    qint64 misses() const;
    qint64 entryCount(); // rows in the file, all settings

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace maskbench
