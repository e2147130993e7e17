#include "core/face/face_lookup.h"

#include "core/face/face_detector.h"
#include "core/face/image_input.h"
#include "core/face/landmark_cache.h"

namespace maskbench {

FaceLookup findFaces(const ImageInput &input, FaceDetector &detector, LandmarkCache *cache)
{
    FaceLookup r;
    const QString &key = detector.cacheKey();
    if (cache && !input.hash.isEmpty()) {
        if (std::optional<std::vector<Face>> hit = cache->lookup(input.hash, key)) {
            r.faces = std::move(*hit);
            r.fromCache = true;
            return r;
        }
    }
    // Round-trip through the cache's format even without a cache: a fresh detection must give
    // exactly what a later cache hit gives (single-precision pose), or a resumed run would write
    // other numbers into its manifest than an uninterrupted one.
    const QByteArray bytes = serializeFaces(detector.detect(input.image));
    deserializeFaces(bytes, r.faces);
    if (cache && !input.hash.isEmpty())
        cache->store(input.hash, key, r.faces);
    return r;
}

} // namespace maskbench
