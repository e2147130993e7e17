#pragma once
// Per-image mask placement overrides: a person nudged the mask's anchor points on one image (the
// Masks panel) because the landmarks put it slightly off. An override moves the six landmarks the
// mask halves are warped onto (1-based 29 nose bridge, 9 chin, 2 and 6 left jaw, 16 and 12 right
// jaw) by fixed offsets in image pixels; the coverage check still judges the real nose, mouth and
// eye landmarks, so a nudge that uncovers the mouth fails the check.
//
// Contract:
//  - Keyed by the image's content hash (ImageInput::hash, so a renamed copy keeps its override)
//    and the template name ("surgical"): a nudge for one mask type does not move another.
//  - Stored in one small JSON file, by default next to the landmark cache (the open project's
//    cache/mask-placements.json, else cacheDirectory()/mask-placements.json). Every change re-reads the file first and rewrites it
//    atomically (QSaveFile), so a GUI and a CLI run sharing it lose nothing but a race of two
//    simultaneous edits. The batch augment job reads it once at its start.
//  - A missing file is an empty store. A corrupt one throws maskbench::Error naming the file;
//    a failed write throws Error too. Thread-safe.

#include "core/face/face.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <array>
#include <mutex>
#include <optional>

namespace maskbench {

constexpr std::array<int, 6> kPlacementLandmarks{29, 9, 2, 6, 16, 12};

struct PlacementOverride
{
    std::array<cv::Point2f, 6> offsets{}; // image pixels, one per kPlacementLandmarks entry
    bool isZero() const;
};

// The face with its anchor landmarks moved by the override (pose and box unchanged).
Face applyPlacement(const Face &face, const PlacementOverride &placement);

class PlacementStore
{
public:
    explicit PlacementStore(const QString &path);

    static QString defaultPath();
    // The store that belongs to a landmark cache file: the same folder.
    static QString pathNextTo(const QString &cachePath);

    const QString &path() const { return m_path; }
    std::optional<PlacementOverride> find(const QByteArray &contentHash, const QString &templateName) const;
    void set(const QByteArray &contentHash, const QString &templateName, const PlacementOverride &placement);
    // Returns whether there was one.
    bool remove(const QByteArray &contentHash, const QString &templateName);
    int size() const;
    void reload();

private:
    void readLocked();
    void writeLocked();

    QString m_path;
    mutable std::mutex m_mutex;
    QHash<QString, PlacementOverride> m_entries; // "hexhash/template"
};

} // namespace maskbench
