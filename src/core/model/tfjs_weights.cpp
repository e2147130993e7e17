#include "core/model/tfjs_weights.h"

#include "core/common/error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <cstring>
#include <limits>

namespace maskbench {
namespace {
// This file's messages: looked up under "TfjsWeights" and extracted there by lupdate.
struct TfjsWeightsTr
{
    Q_DECLARE_TR_FUNCTIONS(TfjsWeights)
};

int bytesPerValue(const QString &stored)
{
    if (stored == QLatin1String("float32") || stored == QLatin1String("int32"))
        return 4;
    if (stored == QLatin1String("float16") || stored == QLatin1String("uint16"))
        return 2;
    if (stored == QLatin1String("uint8"))
        return 1;
    return 0;
}

template <typename T>
T readLe(const char *p)
{
    T v;
    std::memcpy(&v, p, sizeof v); // little-endian hosts only (as tfjs itself)
    return v;
}
} // namespace

float halfToFloat(uint16_t h)
{
    const int sign = (h >> 15) & 1;
    const int exponent = (h >> 10) & 0x1f;
    const int mantissa = h & 0x3ff;
    float v;
    if (exponent == 0)
        v = std::ldexp(float(mantissa), -24); // subnormal (or zero)
    else if (exponent == 31)
        v = mantissa ? std::numeric_limits<float>::quiet_NaN() : std::numeric_limits<float>::infinity();
    else
        v = std::ldexp(float(mantissa | 0x400), exponent - 25);
    return sign ? -v : v;
}

const TfjsTensor *TfjsWeights::find(const std::string &name) const
{
    for (const TfjsTensor &t : tensors)
        if (t.name == name)
            return &t;
    return nullptr;
}

TfjsWeights readTfjsWeights(const QString &manifestPath)
{
    QFile f(manifestPath);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(TfjsWeightsTr::tr("Cannot open the tfjs weights manifest %1: %2").arg(manifestPath, f.errorString()));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (pe.error != QJsonParseError::NoError)
        throw Error(TfjsWeightsTr::tr("%1 is not valid JSON: %2 at byte %3").arg(manifestPath, pe.errorString()).arg(pe.offset));
    QJsonArray groups;
    if (doc.isArray())
        groups = doc.array();
    else if (doc.isObject() && doc.object().value(QStringLiteral("weightsManifest")).isArray())
        groups = doc.object().value(QStringLiteral("weightsManifest")).toArray();
    else
        throw Error(TfjsWeightsTr::tr("%1 is neither a tfjs weights manifest (an array of groups) nor a model.json with "
                       "\"weightsManifest\"").arg(manifestPath));

    TfjsWeights out;
    out.manifestPath = manifestPath;
    const QDir dir = QFileInfo(manifestPath).absoluteDir();
    for (int g = 0; g < groups.size(); ++g) {
        const QJsonObject group = groups.at(g).toObject();
        QByteArray data;
        for (const QJsonValue &p : group.value(QStringLiteral("paths")).toArray()) {
            const QString shardPath = dir.filePath(p.toString());
            QFile shard(shardPath);
            if (!shard.open(QIODevice::ReadOnly))
                throw Error(TfjsWeightsTr::tr("Cannot read weight shard %1 (listed in %2): %3").arg(shardPath, manifestPath, shard.errorString()));
            data += shard.readAll();
            out.shards.append(shardPath);
        }
        out.bytes += data.size();
        qint64 offset = 0;
        for (const QJsonValue &wv : group.value(QStringLiteral("weights")).toArray()) {
            const QJsonObject w = wv.toObject();
            TfjsTensor t;
            t.name = w.value(QStringLiteral("name")).toString().toStdString();
            if (t.name.empty())
                throw Error(TfjsWeightsTr::tr("%1: a weight in group %2 has no name").arg(manifestPath).arg(g));
            qint64 count = 1;
            for (const QJsonValue &d : w.value(QStringLiteral("shape")).toArray()) {
                const qint64 dim = d.toInteger(-1);
                // The bound keeps count * width from overflowing (no shard holds 2^40 values).
                if (dim < 0 || (dim > 0 && count > (qint64(1) << 40) / dim))
                    throw Error(TfjsWeightsTr::tr("%1: weight %2 has a bad shape").arg(manifestPath, QString::fromStdString(t.name)));
                t.shape.push_back(dim);
                count *= dim;
            }
            const QString dtype = w.value(QStringLiteral("dtype")).toString();
            const QJsonObject q = w.value(QStringLiteral("quantization")).toObject();
            const QString stored = q.isEmpty() ? dtype : q.value(QStringLiteral("dtype")).toString();
            const int width = bytesPerValue(stored);
            if (width == 0 || (q.isEmpty() && stored != QLatin1String("float32") && stored != QLatin1String("int32")
                               && stored != QLatin1String("float16")))
                throw Error(TfjsWeightsTr::tr("%1: weight %2 is stored as \"%3\", which MaskBench does not read (float32, int32, "
                               "float16, uint8 or uint16 quantisation)")
                                .arg(manifestPath, QString::fromStdString(t.name), stored));
            if (offset + count * width > data.size())
                throw Error(TfjsWeightsTr::tr("%1: the shards hold %2 bytes, but weight %3 needs bytes %4 to %5; a shard is truncated "
                               "or missing (fetch the model again)")
                                .arg(manifestPath).arg(data.size()).arg(QString::fromStdString(t.name)).arg(offset)
                                .arg(offset + count * width));
            const char *p = data.constData() + offset;
            t.values.resize(size_t(count));
            if (!q.isEmpty() && (stored == QLatin1String("uint8") || stored == QLatin1String("uint16"))) {
                const double scale = q.value(QStringLiteral("scale")).toDouble();
                const double minimum = q.value(QStringLiteral("min")).toDouble();
                for (qint64 i = 0; i < count; ++i) {
                    const double v = width == 1 ? double(uint8_t(p[i])) : double(readLe<uint16_t>(p + 2 * i));
                    t.values[size_t(i)] = float(v * scale + minimum);
                }
                t.storedAs = stored + TfjsWeightsTr::tr(" (quantised)");
            } else if (stored == QLatin1String("float16")) {
                for (qint64 i = 0; i < count; ++i)
                    t.values[size_t(i)] = halfToFloat(readLe<uint16_t>(p + 2 * i));
                t.storedAs = stored;
            } else if (stored == QLatin1String("int32")) {
                for (qint64 i = 0; i < count; ++i)
                    t.values[size_t(i)] = float(readLe<int32_t>(p + 4 * i));
                t.storedAs = stored;
            } else {
                if (count > 0) // an empty tensor's data() may be null, and memcpy takes no null
                    std::memcpy(t.values.data(), p, size_t(count) * 4);
                t.storedAs = stored;
            }
            offset += count * width;
            out.tensors.push_back(std::move(t));
        }
        if (offset != data.size())
            throw Error(TfjsWeightsTr::tr("%1: group %2 lists %3 bytes of weights but its shards hold %4")
                            .arg(manifestPath).arg(g).arg(offset).arg(data.size()));
    }
    if (out.tensors.empty())
        throw Error(TfjsWeightsTr::tr("%1 lists no weights").arg(manifestPath));
    return out;
}

} // namespace maskbench
