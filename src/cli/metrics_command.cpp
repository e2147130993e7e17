#include "cli/metrics_command.h"

#include "cli/cli_common.h"
#include "core/common/error.h"
#include "core/eval/comparison.h"
#include "core/eval/evaluation.h"
#include "core/eval/report_text.h"
#include "core/io/csv.h"

#include <CLI/CLI.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <memory>

namespace maskbench::cli {
namespace {

// This file's messages: looked up under "MetricsCommand" and extracted there by lupdate.
struct MetricsCommandTr
{
    Q_DECLARE_TR_FUNCTIONS(MetricsCommand)
};

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
        throw Error(MetricsCommandTr::tr("%1: cannot write: %2").arg(path, f.errorString()));
    f.write(csvLine({QStringLiteral("rank"), QStringLiteral("path"), QStringLiteral("actual"), QStringLiteral("predicted"),
                     QStringLiteral("confidence"), QStringLiteral("actual_probability")})
                .toUtf8());
    int rank = 0;
    for (const Misclassified &m : e.errors)
        f.write(csvLine({QString::number(++rank), m.path, e.table.classes[m.actual], e.table.classes[m.predicted],
                         QString::number(m.confidence, 'g', 17), QString::number(m.actualProbability, 'g', 17)})
                    .toUtf8());
    if (!f.commit())
        throw Error(MetricsCommandTr::tr("%1: writing failed: %2").arg(path, f.errorString()));
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
        throw Error(MetricsCommandTr::tr("--bins %1: give a number of calibration bins between 1 and 1000").arg(a.bins));
    options.calibrationBins = a.bins;
    const Evaluation e = evaluatePredictions(table, options);
    printOut(renderEvaluation(e, a.show));

    const QString outDir = a.out.empty() ? QFileInfo(input).absolutePath() : qs(a.out);
    if (!QDir().mkpath(outDir))
        throw Error(MetricsCommandTr::tr("%1: cannot create the output folder").arg(outDir));
    const QString json = QDir(outDir).filePath(QStringLiteral("metrics.json"));
    const QString errors = QDir(outDir).filePath(QStringLiteral("misclassified.csv"));
    writeJson(metricsJson(e), json);
    writeMisclassifiedCsv(e, errors);
    printOut(MetricsCommandTr::tr("\nWrote %1 and %2\n").arg(json, errors));
}

// A predictions.csv, or a folder holding one (a run's evaluation folder). The run's name is the
// folder's name, or the file's base name when it is not called predictions.csv.
ComparisonRun loadRun(const QString &arg, const QString &threshold)
{
    QFileInfo info(arg);
    QString file = arg;
    QString name = info.completeBaseName();
    if (info.isDir()) {
        file = QDir(arg).filePath(QStringLiteral("predictions.csv"));
        name = QDir(info.absoluteFilePath()).dirName();
    } else if (info.fileName() == QLatin1String("predictions.csv")) {
        name = info.absoluteDir().dirName();
    }
    EvaluationOptions options;
    options.threshold = threshold;
    PredictionTable table = readPredictions(file);
    if (!threshold.isEmpty()) {
        double fixed = 0.5;
        const ThresholdRule rule = parseThresholdRule(threshold, &fixed);
        table = applyThreshold(table, chooseThreshold(table, rule, fixed).threshold);
    }
    return ComparisonRun{name, classificationReport(table)};
}

} // namespace

void addCompareCommand(CLI::App &app, int *exitCode)
{
    auto inputs = std::make_shared<std::vector<std::string>>();
    auto threshold = std::make_shared<std::string>();
    auto csv = std::make_shared<std::string>();
    CLI::App *cmd = app.add_subcommand("compare", "Side-by-side accuracy, precision and recall per class of several runs");
    cmd->add_option("predictions", *inputs, "predictions.csv files, or folders holding one")->required();
    cmd->add_option("--threshold", *threshold, "Binary models: a number, best-acc, youden or max-min-recall, chosen per run");
    cmd->add_option("--csv", *csv, "Also write the table to this CSV file");
    cmd->callback([=] {
        std::vector<ComparisonRun> runs;
        for (const std::string &i : *inputs)
            runs.push_back(loadRun(qs(i), qs(*threshold)));
        printOut(renderComparison(runs));
        if (!csv->empty()) {
            writeComparisonCsv(runs, qs(*csv));
            printOut(MetricsCommandTr::tr("Wrote %1\n").arg(qs(*csv)));
        }
        *exitCode = 0;
    });
}

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
