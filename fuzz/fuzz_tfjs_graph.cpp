// model/tfjs_graph: model.json (up to the first NUL byte) with its shard weights.bin (the rest);
// when the graph opens, one run on a small input of the Placeholder's shape.
#include "fuzz_common.h"
#include "core/model/tfjs_graph.h"

using namespace maskbench;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::initQt();
    const auto [json, shard] = fuzz::splitAtNul(fuzz::bytes(data, size));
    fuzz::writeFile(QStringLiteral("weights.bin"), shard);
    const QString path = fuzz::writeFile(QStringLiteral("model.json"), json);
    try {
        const TfjsGraphModel model = TfjsGraphModel::open(path);
        std::map<std::string, TensorF> inputs;
        for (const std::string &name : model.inputs()) {
            TensorF t;
            int64_t n = 1;
            for (int64_t d : model.inputShape(name)) {
                t.shape.push_back(d < 0 ? 1 : d);
                n *= t.shape.back();
                if (n > 4096)
                    return 0; // keep each run small: big inputs only cost time
            }
            t.values.assign(size_t(n), 0.5f);
            inputs.emplace(name, std::move(t));
        }
        model.run(inputs);
    } catch (const Error &) {
    }
    return 0;
}
