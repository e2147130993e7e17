#pragma once
// Landmarks for one decoded image: from the cache when it has them, otherwise from the detector
// (and then stored). This is the one place that decides "cache or detect", shared by augment, the
// in-memory masker and the benchmarks.

#include "core/face/face.h"

#include <QString>

namespace maskbench {

class FaceDetector;
class LandmarkCache;
struct ImageInput;

struct FaceLookup
{
    std::vector<Face> faces; // largest first
    bool fromCache = false;
};

// cache may be null (always detects). input must be decoded (status Ok, image set).
FaceLookup findFaces(const ImageInput &input, FaceDetector &detector, LandmarkCache *cache);

} // namespace maskbench
