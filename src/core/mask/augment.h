#pragma once
// Batch augmentation: every image of a dataset gets a mask (or, by --keep-original-ratio, stays
// as it is), written under an output folder that mirrors the dataset's layout, plus a manifest.
//
// Contract:
//  - Every item is accounted for: written (status "masked" or "original") and listed in
//    manifest.csv, or skipped with a reason (missing, unreadable, too_large, no_face,
//    bad_landmarks, low_coverage) and listed in skipped.csv. Nothing is dropped silently.
//  - Deterministic and resumable: each item's choices come from (seed, the item's path relative to
//    the dataset root), never from processing order; images are written atomically (temporary
//    file + rename), so a killed run leaves finished images or none. A re-run with the same
//    settings skips images already written and ends with the same files and the same manifest
//    as an uninterrupted run. A re-run with other settings into the same folder is refused.
//  - manifest.csv is a CSV dataset source (path, label, group, split, then attributes), so
//    training reads it with loadDataset().
//  - Throws maskbench::Error when the source cannot be read, the output folder cannot be written
//    (checked before any work), the landmark model is missing, or a write fails mid-run (disk
//    full): the run then stops, keeping everything already written. Cancelled when the progress
//    callback asks to stop.

#include "core/common/progress.h"
#include "core/dataset/dataset.h"
#include "core/face/face_detector.h"
#include "core/face/image_input.h"
#include "core/mask/mask_overlay.h"

#include <QMap>
#include <QString>

namespace maskbench {

struct AugmentOptions
{
    QString source;                 // dataset folder or CSV manifest
    LoadOptions load;
    QString outDir;
    std::vector<MaskType> types;    // empty = all
    double keepOriginalRatio = 0.0; // share of items copied unmasked
    quint64 seed = 1;
    // "Use N images": augment a seeded subset of this many items, stratified by class
    // (dataset/subset.h, drawn with `seed`; each image still gets the mask it gets in a whole run).
    // 0: all; below 0 is refused. Part of the run signature (.maskbench-augment.json) when set.
    qint64 limit = 0;
    int threads = 0;                // 0 = Settings / one per core
    qint64 maxPixels = kDefaultMaxPixels;
    QString cachePath;              // empty = LandmarkCache::defaultPath()
    bool useCache = true;
    bool randomColour = true;       // colours from each template's palette
    int jpegQuality = 95;
    FaceDetectorOptions detector;
    OverlayOptions overlay;
    // Per-image placement overrides (mask/placement.h), read once at the start. Empty = the file
    // next to the landmark cache. Not part of the run signature: nudging one image and re-running
    // into a fresh folder uses it; images already written in a resumed folder keep their pixels.
    QString placementsPath;
    bool usePlacements = true;
};

struct AugmentSkip
{
    QString source;
    QString reason;  // missing, unreadable, too_large, no_face, bad_landmarks, low_coverage
    QString message; // for a person
};

struct AugmentSummary
{
    qint64 items = 0;
    qint64 masked = 0;
    qint64 original = 0;
    qint64 resumed = 0;              // outputs that were already there (not rewritten)
    QMap<QString, qint64> perType;   // masked images per mask type
    QMap<QString, qint64> skipped;   // per reason
    std::vector<AugmentSkip> skips;  // in dataset order
    qint64 placed = 0;               // masked images that used a saved placement override
    qint64 cacheHits = 0;
    qint64 cacheMisses = 0;
    double seconds = 0;
    QString manifestPath;
    QString skippedPath;

    qint64 skippedTotal() const;
};

AugmentSummary runAugment(const AugmentOptions &options, const ProgressCallback &progress = {});

} // namespace maskbench
