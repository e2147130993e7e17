#pragma once
// Choosing a mask for a dataset item, and masking one image in memory from cached landmarks (for
// on-the-fly augmentation during training).
//
// Per-item randomness comes from (run seed, item key), never from the order items are processed
// in: a parallel or resumed run makes exactly the same choice for every item as a serial one.

#include "core/mask/mask_overlay.h"

#include <QString>

namespace maskbench {

class LandmarkCache;
struct ImageInput;

// A well-mixed 64-bit seed for one item (SplitMix64 over the seed and a SHA-256 of the key).
quint64 itemSeed(quint64 seed, const QString &key);

// Uniform over `types` (all types when empty); colour from the type's palette when randomColour
// (else the default), pattern seed from the item seed.
MaskSpec chooseMask(const std::vector<MaskType> &types, quint64 itemSeed, bool randomColour = true);

// A uniform double in [0, 1) drawn from an item seed and a stream number (independent draws).
double itemUniform(quint64 itemSeed, int stream);

// Masks a decoded image with the landmarks the cache holds for it under detectorKey
// (FaceDetectorOptions::cacheKey()). Runs no detection: a miss comes back as !ok with problem
// "no cached landmarks", an image without a face as !ok with "no face". The largest face is used.
MaskResult maskFromCache(const ImageInput &input, LandmarkCache &cache, const QString &detectorKey,
                         const MaskSpec &spec, const OverlayOptions &options = {});

} // namespace maskbench
