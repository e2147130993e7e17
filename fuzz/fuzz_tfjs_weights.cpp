// model/tfjs_weights: a weights manifest (JSON, up to the first NUL byte of the input) and the
// shard "weights.bin" it may name (the rest of the input).
#include "fuzz_common.h"
#include "core/model/tfjs_weights.h"

using namespace maskbench;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::initQt();
    const auto [json, shard] = fuzz::splitAtNul(fuzz::bytes(data, size));
    fuzz::writeFile(QStringLiteral("weights.bin"), shard);
    const QString path = fuzz::writeFile(QStringLiteral("weights_manifest.json"), json);
    try {
        const TfjsWeights w = readTfjsWeights(path);
        for (const TfjsTensor &t : w.tensors) {
            int64_t n = 1;
            for (int64_t d : t.shape)
                n *= d;
            if (n != int64_t(t.values.size()))
                abort(); // values must fill the declared shape
        }
    } catch (const Error &) {
    }
    return 0;
}
