#pragma once
// Reads TensorFlow.js weights: a weights manifest (`*weights_manifest.json`, a JSON array of
// groups) or a layers/graph model file (`model.json`, whose "weightsManifest" holds the groups),
// plus the binary shards each group lists in "paths" (relative to the manifest's folder). Within
// a group, the tensors follow one another in manifest order across its concatenated shards.
//
// Dtypes: float32, int32 (converted to float), float16 stored as "dtype": "float16". Quantised
// tensors ("quantization": {"dtype": "uint8"|"uint16", "scale", "min"}) are expanded as tfjs does,
// value = q * scale + min computed in double, stored as float; {"dtype": "float16"} quantisation is
// IEEE half precision. Values are returned in the manifest's layout (row-major over "shape"; for
// convolution filters that is TF's H x W x in x out).
//
// Throws maskbench::Error naming the file and the problem (missing shard, short shard, unknown
// dtype, malformed JSON). No torch here: the model code converts to tensors.

#include <QString>
#include <QStringList>

#include <cstdint>
#include <string>
#include <vector>

namespace maskbench {

struct TfjsTensor
{
    std::string name;
    std::vector<int64_t> shape;
    std::vector<float> values;
    QString storedAs; // "float32", "int32", "float16", "uint8 (quantised)", ...
};

struct TfjsWeights
{
    QString manifestPath;
    QStringList shards;
    qint64 bytes = 0; // total shard bytes read
    std::vector<TfjsTensor> tensors;

    const TfjsTensor *find(const std::string &name) const;
};

TfjsWeights readTfjsWeights(const QString &manifestPath);

// IEEE 754 binary16 -> float (subnormals, infinities and NaN included).
float halfToFloat(uint16_t h);

} // namespace maskbench
