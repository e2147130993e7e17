#include "core/mask/masker.h"

#include "core/face/image_input.h"
#include "core/face/landmark_cache.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace maskbench {
namespace {

// This file's messages: looked up under "Masker" and extracted there by lupdate.
struct MaskerTr
{
    Q_DECLARE_TR_FUNCTIONS(Masker)
};

quint64 splitMix(quint64 x)
{
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

} // namespace

quint64 itemSeed(quint64 seed, const QString &key)
{
    const QByteArray h = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256);
    quint64 k = 0;
    for (int i = 0; i < 8; ++i)
        k = (k << 8) | quint8(h[i]);
    return splitMix(splitMix(seed) ^ k);
}

double itemUniform(quint64 seed, int stream)
{
    // 53 random bits -> [0, 1), the same on every platform (unlike std distributions).
    return double(splitMix(seed + quint64(stream) * 0xD1B54A32D192ED03ull) >> 11) * (1.0 / 9007199254740992.0);
}

MaskSpec chooseMask(const std::vector<MaskType> &types, quint64 seed, bool randomColour)
{
    const std::vector<MaskType> all = types.empty() ? parseMaskTypes(QString()) : types;
    MaskSpec spec;
    spec.type = all[std::min(all.size() - 1, size_t(itemUniform(seed, 1) * double(all.size())))];
    if (randomColour && spec.type != MaskType::Patterned) {
        const QStringList palette = maskPalette(spec.type);
        spec.colour = palette.at(std::min(int(palette.size()) - 1, int(itemUniform(seed, 2) * palette.size())));
    }
    spec.seed = seed;
    return spec;
}

MaskResult maskFromCache(const ImageInput &input, LandmarkCache &cache, const QString &detectorKey,
                         const MaskSpec &spec, const OverlayOptions &options)
{
    MaskResult r;
    r.image = input.image;
    const std::optional<std::vector<Face>> faces = cache.lookup(input.hash, detectorKey);
    if (!faces) {
        r.problem = MaskerTr::tr("no cached landmarks");
        return r;
    }
    if (faces->empty()) {
        r.problem = MaskerTr::tr("no face");
        return r;
    }
    return applyMask(input.image, faces->front(), spec, options);
}

} // namespace maskbench
