// A run folder's files as the CLI and the report read them. The first byte picks the file, the
// rest is its content: config.json (TrainConfig, ModelConfig, InputPreparation), threshold.json,
// metrics.csv (readRunMetrics), an evaluation's evaluation.json (listRunEvaluations).
#include "core/common/json_file.h"
#include "core/eval/run_evaluation.h"
#include "core/eval/run_files.h"
#include "fuzz_common.h"
#include "core/model/model_config.h"
#include "core/train/run_metrics.h"
#include "core/train/trainer.h"

#include <QJsonObject>

using namespace maskbench;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    fuzz::initQt();
    QDir run(fuzz::scratch().filePath(QStringLiteral("run")));
    run.removeRecursively();
    const QByteArray content = fuzz::bytes(data + 1, size - 1);
    const QString dir = run.absolutePath();
    try {
        switch (data[0] % 4) {
        case 0: {
            const QJsonObject o = readJsonObjectFile(fuzz::writeFile(QStringLiteral("run/config.json"), content));
            TrainConfig::fromJson(o).totalEpochs();
            resolved(ModelConfig::fromJson(o.value(QStringLiteral("model")).toObject()));
            InputPreparation::fromJson(o.value(QStringLiteral("input_preparation")).toObject());
            break;
        }
        case 1:
            fuzz::writeFile(QStringLiteral("run/threshold.json"), content);
            loadRunThreshold(dir);
            break;
        case 2:
            fuzz::writeFile(QStringLiteral("run/metrics.csv"), content);
            readRunMetrics(dir);
            break;
        case 3:
            fuzz::writeFile(QStringLiteral("run/eval-test/evaluation.json"), content);
            listRunEvaluations(dir);
            break;
        }
    } catch (const Error &) {
    }
    return 0;
}
