#include "face/face_lookup.h"

#include "face/face_detector.h"
#include "face/image_input.h"
#include "face/landmark_cache.h"

namespace maskbench {

FaceLookup findFaces(const ImageInput &input, FaceDetector &detector, LandmarkCache *cache)
{
    FaceLookup r;
    const QString key = detector.options().cacheKey();
    if (cache && !input.hash.isEmpty()) {
        if (std::optional<std::vector<Face>> hit = cache->lookup(input.hash, key)) {
            r.faces = std::move(*hit);
            r.fromCache = true;
            return r;
        }
    }
    r.faces = detector.detect(input.image);
    if (cache && !input.hash.isEmpty())
        cache->store(input.hash, key, r.faces);
    return r;
}

} // namespace maskbench
