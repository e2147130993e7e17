// eval/predictions: predictions.csv (the metrics command's input), then every metric on what it
// read, and readStoredCoverage on the same bytes as evaluation.json next to it.
#include "core/eval/evaluation.h"
#include "core/eval/predictions.h"
#include "fuzz_common.h"

using namespace maskbench;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::initQt();
    const auto [csv, json] = fuzz::splitAtNul(fuzz::bytes(data, size));
    const QString path = fuzz::writeFile(QStringLiteral("eval/predictions.csv"), csv);
    fuzz::writeFile(QStringLiteral("eval/evaluation.json"), json);
    try {
        const PredictionTable table = readPredictions(path);
        EvaluationOptions options;
        static const char *kThresholds[] = {"", "0.3", "best-acc", "youden", "max-min-recall"};
        options.threshold = QString::fromLatin1(kThresholds[size % 5]);
        options.sliceBy = table.attributeNames.mid(0, 3);
        const Evaluation e = evaluatePredictions(table, options);
        metricsJson(e);
    } catch (const Error &) {
    }
    readStoredCoverage(path);
    return 0;
}
