#include "metrics_command.h"

#include "cli_common.h"
#include "common/error.h"
#include "eval/evaluation.h"
#include "eval/report_text.h"
#include "io/csv.h"

#include <CLI/CLI.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <memory>

namespace maskbench::cli {
namespace {

QString tr(const char *s) { return QCoreApplication::translate("MetricsCommand", s); }

struct MetricsArgs
{
    std::string predictions;
    std::string threshold;
    std::vector<std::string> by;
    std::string out;
    int bins = 10;
    int show = 10;
};

void writeMisclassifiedCsv(const Evaluation &e, const QString &path)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        throw Error(tr("%1: cannot write: %2").arg(path, f.errorString()));
    f.write(csvLine({QStringLiteral("rank"), QStringLiteral("path"), QStringLiteral("actual"), QStringLiteral("predicted"),
                     QStringLiteral("confidence"), QStringLiteral("actual_probability")})
                .toUtf8());
    int rank = 0;
    for (const Misclassified &m : e.errors)
        f.write(csvLine({QString::number(++rank), m.path, e.table.classes[m.actual], e.table.classes[m.predicted],
                         QString::number(m.confidence, 'g', 17), QString::number(m.actualProbability, 'g', 17)})
                    .toUtf8());
    if (!f.commit())
        throw Error(tr("%1: writing failed: %2").arg(path, f.errorString()));
}

void runMetrics(const MetricsArgs &a)
{
    const QString input = qs(a.predictions);
    const PredictionTable table = readPredictions(input);
    EvaluationOptions options;
    options.threshold = qs(a.threshold);
    for (const std::string &b : a.by)
        for (const QString &part : qs(b).split(QLatin1Char(','), Qt::SkipEmptyParts))
            options.sliceBy.append(part.trimmed());
    if (a.bins < 1 || a.bins > 1000)
        throw Error(tr("--bins %1: give a number of calibration bins between 1 and 1000").arg(a.bins));
    options.calibrationBins = a.bins;
    const Evaluation e = evaluatePredictions(table, options);
    printOut(renderEvaluation(e, a.show));

    const QString outDir = a.out.empty() ? QFileInfo(input).absolutePath() : qs(a.out);
    if (!QDir().mkpath(outDir))
        throw Error(tr("%1: cannot create the output folder").arg(outDir));
    const QString json = QDir(outDir).filePath(QStringLiteral("metrics.json"));
    const QString errors = QDir(outDir).filePath(QStringLiteral("misclassified.csv"));
    writeJson(metricsJson(e), json);
    writeMisclassifiedCsv(e, errors);
    printOut(tr("\nWrote %1 and %2\n").arg(json, errors));
}

} // namespace

void addMetricsCommand(CLI::App &app, int *exitCode)
{
    auto a = std::make_shared<MetricsArgs>();
    CLI::App *cmd = app.add_subcommand("metrics", "Metrics of a predictions.csv: confusion matrix, per-class scores, "
                                                  "ROC/PR, calibration, thresholds, slices; writes metrics.json");
    cmd->add_option("predictions", a->predictions, "predictions.csv (path, label, predicted, prob_<class>..., attributes)")->required();
    cmd->add_option("--threshold", a->threshold,
                    "Binary models: re-derive predictions at this threshold on the second class's probability: "
                    "a number, best-acc, youden or max-min-recall (default: the file's predicted column)");
    cmd->add_option("--by", a->by, "Attribute to group by (repeat or comma-separate; age and yaw are binned)");
    cmd->add_option("--out", a->out, "Folder for metrics.json and misclassified.csv (default: the predictions' folder)");
    cmd->add_option("--bins", a->bins, "Calibration bins")->capture_default_str();
    cmd->add_option("--show", a->show, "Misclassified items listed on stdout")->capture_default_str();
    cmd->callback([a, exitCode] {
        runMetrics(*a);
        *exitCode = 0;
    });
}

} // namespace maskbench::cli
