#include "cli/evaluate_command.h"

#include "cli/cli_common.h"
#include "core/common/error.h"
#include "core/common/paths.h"
#include "core/eval/comparison.h"
#include "core/eval/ensemble.h"
#include "core/eval/evaluation.h"
#include "core/eval/inference.h"
#include "core/eval/report_text.h"
#include "core/eval/run_evaluation.h"
#include "core/eval/run_files.h"
#include "core/io/csv.h"

#include <CLI/CLI.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <memory>
#include <optional>

namespace maskbench::cli {
namespace {

struct EvaluateCommandTr
{
    Q_DECLARE_TR_FUNCTIONS(EvaluateCommand)
};

struct EvaluateArgs
{
    std::string data, split = "test", checkpoint = "best", threshold, out, labelColumn, faceMethod;
    std::vector<std::string> runs, by;
    bool noReport = false;
    bool flip = false;
    int batch = 32;
    int threads = 0;
    std::string device;
    int show = 10;
};

void runEvaluate(const EvaluateArgs &a)
{
    RunEvaluationRequest req;
    for (const std::string &r : a.runs)
        req.runDirs.append(QDir::cleanPath(qs(r)));
    if (req.runDirs.isEmpty())
        throw Error(EvaluateCommandTr::tr("--run: give at least one run folder"));
    if (a.batch < 1 || a.batch > 4096)
        throw Error(EvaluateCommandTr::tr("--batch %1: give a batch size between 1 and 4096").arg(a.batch));
    if (req.runDirs.size() > 1 && a.out.empty())
        throw Error(EvaluateCommandTr::tr("several --run folders: choose the output folder with --out"));
    const bool ensemble = req.runDirs.size() > 1;
    InferenceOptions &io = req.inference;
    io.flip = a.flip;
    io.checkpoint = qs(a.checkpoint);
    io.data = qs(a.data);
    io.split = qs(a.split);
    io.labelColumn = qs(a.labelColumn);
    io.batchSize = a.batch;
    io.threads = a.threads;
    io.device = qs(a.device);
    io.faceMethod = qs(a.faceMethod);
    req.threshold = qs(a.threshold);
    for (const std::string &b : a.by)
        for (const QString &part : qs(b).split(QLatin1Char(','), Qt::SkipEmptyParts))
            req.sliceBy.append(part.trimmed());
    req.outDir = qs(a.out);
    req.report = !a.noReport;
    checkRunEvaluation(req); // before the (long) inference

    const RunEvaluation ev = evaluateRun(req, terminalProgress());
    const EnsembleResult &ens = ev.ensemble;
    const InferenceResult &r = ens.combined;
    const Evaluation &e = ev.evaluation;
    const QString &outDir = ev.outDir;
    for (const QString &w : r.warnings)
        printErr(EvaluateCommandTr::tr("warning: %1\n").arg(w));
    for (int i = 0; i < std::min<int>(a.show, r.unreadablePaths.size()); ++i)
        printErr(QStringLiteral("  %1\n").arg(r.unreadablePaths[i]));
    if (r.unreadablePaths.size() > a.show)
        printErr(EvaluateCommandTr::tr("  ... %1 more in evaluation.json\n").arg(r.unreadablePaths.size() - a.show));
    for (int i = 0; i < std::min<int>(a.show, r.noFacePaths.size()); ++i)
        printErr(EvaluateCommandTr::tr("  no face: %1\n").arg(r.noFacePaths[i]));
    if (r.noFacePaths.size() > a.show)
        printErr(EvaluateCommandTr::tr("  ... %1 more in evaluation.json\n").arg(r.noFacePaths.size() - a.show));
    if (ev.thresholdOnTest)
        printErr(EvaluateCommandTr::tr("note: the threshold was chosen on the test split; its scores there are optimistic (choose it on val)\n"));

    if (!ensemble) {
        printOut(EvaluateCommandTr::tr("Run %1, checkpoint %2 (epoch %3), model %4 at %5; %6 split of %7: %8 images%9\n\n")
                     .arg(ev.runName, QFileInfo(r.checkpointFile).fileName())
                     .arg(r.epoch)
                     .arg(r.model.name)
                     .arg(r.model.inputSize)
                     .arg(io.split, io.data)
                     .arg(r.table.rows.size())
                     .arg(a.flip ? EvaluateCommandTr::tr(", each the mean of the image and its mirror (--flip)") : QString()));
    } else {
        printOut(EvaluateCommandTr::tr("Ensemble of %1 runs (mean probability%2); %3 split of %4: %5 images answered by every run\n")
                     .arg(req.runDirs.size())
                     .arg(a.flip ? EvaluateCommandTr::tr(", each run on the image and its mirror") : QString(), io.split, io.data)
                     .arg(r.table.rows.size()));
        for (const EnsembleMember &m : ens.members) {
            const AnswerCoverage mc = answerCoverage(m.result.table, m.result.given());
            printOut(EvaluateCommandTr::tr("  %1: checkpoint %2 (epoch %3), model %4 at %5; answered %6 of %7\n")
                         .arg(QFileInfo(m.runDir).fileName(), QFileInfo(m.result.checkpointFile).fileName())
                         .arg(m.result.epoch)
                         .arg(m.result.model.name)
                         .arg(m.result.model.inputSize)
                         .arg(mc.answered)
                         .arg(mc.given));
        }
        for (int i = 0; i < std::min<int>(a.show, ens.partialPaths.size()); ++i)
            printErr(EvaluateCommandTr::tr("  skipped: %1\n").arg(ens.partialPaths[i]));
        printOut(QStringLiteral("\n"));
    }
    printOut(renderEvaluation(e, a.show));
    // Coverage next to accuracy: a skipped image is a user's question left unanswered.
    printOut(EvaluateCommandTr::tr("\nCoverage: %1\n").arg(describeAnswerCoverage(ev.coverage)));
    if (!r.faceMethod.isEmpty())
        printOut(EvaluateCommandTr::tr("Faces: found with the %1 method on each image itself (training: %2%3)\n")
                     .arg(r.faceMethod, r.trainFaceMethod,
                          r.borrowedLandmarks ? EvaluateCommandTr::tr(", masked copies aligned with their unmasked original's landmarks") : QString()));
    if (e.threshold)
        printOut(EvaluateCommandTr::tr("\nThreshold %1 (%2)%3\n")
                     .arg(e.threshold->threshold, 0, 'g', 6)
                     .arg(thresholdRuleName(e.threshold->rule),
                          ev.thresholdSource.isEmpty() ? QString() : QStringLiteral(": ") + ev.thresholdSource));
    printOut(EvaluateCommandTr::tr("\nWrote predictions.csv, metrics.json, comparison.csv, comparison.txt and evaluation.json in %1\n").arg(outDir));

    if (a.noReport)
        printOut(EvaluateCommandTr::tr("report.html skipped: --no-report\n"));
    else if (ev.reportProblem.isEmpty())
        printOut(EvaluateCommandTr::tr("HTML report written: %1\n").arg(QDir(outDir).filePath(QStringLiteral("report.html"))));
    else
        printErr(EvaluateCommandTr::tr("warning: the HTML report was not written: %1\n").arg(ev.reportProblem));
}

} // namespace

void addEvaluateCommand(CLI::App &app, int *exitCode)
{
    auto a = std::make_shared<EvaluateArgs>();
    CLI::App *cmd = app.add_subcommand("evaluate", "Run a checkpoint of a run over a split: predictions.csv, metrics.json, "
                                                   "comparison table, evaluation.json and the HTML report");
    cmd->add_option("--run", a->runs, "Run folder (from train --out); repeat for an ensemble (mean probability over the runs)")
        ->required()
        ->expected(1)
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
    cmd->add_flag("--flip", a->flip, "Test-time flip: each run's probability is the mean of the image and its mirror");
    cmd->add_option("--data", a->data, "Split manifest or dataset (with the attributes to slice by)")->required();
    cmd->add_option("--split", a->split, "train, val, test or all")->capture_default_str();
    cmd->add_option("--checkpoint", a->checkpoint, "best, last or a .pt file")->capture_default_str();
    cmd->add_option("--threshold", a->threshold,
                    "Binary models: a number or best-acc, youden, max-min-recall (chosen on this split); saved with the run "
                    "for predict (default: the run's saved threshold, else the most probable class)");
    cmd->add_option("--out", a->out, "Output folder (default: RUN/eval-SPLIT-CHECKPOINT)");
    cmd->add_option("--by", a->by, "Attributes to slice by (default: the group attributes present: mask type, age bands, race, gender, yaw bins, and others with at most 16 values)");
    cmd->add_option("--label-column", a->labelColumn, "Label column of the data (default: the run's)");
    cmd->add_option("--batch", a->batch, "Images per forward pass")->capture_default_str();
    cmd->add_option("--threads", a->threads, "Compute threads (0: the setting, or one per core)");
    cmd->add_option("--device", a->device, "auto, cpu, cuda or cuda:N (default: the Settings device)");
    cmd->add_option("--show", a->show, "Misclassified and unreadable items listed")->capture_default_str();
    cmd->add_flag("--no-report", a->noReport, "Do not write report.html");
    cmd->add_option("--face-method", a->faceMethod,
                    "face-resnet runs: how faces are found on each image: auto (masked when its models are built, else hog), "
                    "hog, masked, or crop (inputs are aligned face crops) (default: the setting)");
    cmd->callback([a, exitCode] {
        runEvaluate(*a);
        *exitCode = 0;
    });
}

} // namespace maskbench::cli
