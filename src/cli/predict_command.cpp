#include "cli/predict_command.h"

#include "cli/cli_common.h"
#include "core/common/error.h"
#include "core/dataset/dataset.h"
#include "core/eval/predictor.h"
#include "core/io/csv.h"

#include <CLI/CLI.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <memory>

namespace maskbench::cli {
namespace {

struct PredictCommandTr
{
    Q_DECLARE_TR_FUNCTIONS(PredictCommand)
};

struct PredictArgs
{
    std::string checkpoint = "best", crop = "auto", mask = "none", annotate, gradcam, faceMethod;
    std::vector<std::string> runs, inputs;
    bool csv = false;
    bool flip = false;
    int threads = 0;
    std::string device;
};

QString baseOutName(const QString &path, const QString &suffix)
{
    return QFileInfo(path).completeBaseName() + suffix;
}

// The annotation: the face box (or the crop) and the label with its probability.
cv::Mat annotate(const cv::Mat &image, const PreparedInput &prep, const QString &text, bool ok)
{
    cv::Mat out = image.clone();
    const cv::Scalar colour = ok ? cv::Scalar(60, 200, 60) : cv::Scalar(40, 40, 220);
    const double thickness = std::max(1.0, out.cols / 250.0);
    if (prep.cropped)
        cv::rectangle(out, prep.crop, cv::Scalar(200, 160, 40), int(thickness));
    if (prep.faceFound)
        cv::rectangle(out, cv::Rect(prep.faceBox), colour, int(thickness));
    const double fontScale = std::max(0.35, out.cols / 600.0);
    int baseline = 0;
    const std::string label = text.toStdString();
    const cv::Size ts = cv::getTextSize(label, cv::FONT_HERSHEY_SIMPLEX, fontScale, int(thickness), &baseline);
    cv::rectangle(out, cv::Rect(0, 0, std::min(out.cols, ts.width + 8), ts.height + baseline + 8), cv::Scalar(0, 0, 0), cv::FILLED);
    cv::putText(out, label, cv::Point(4, ts.height + 4), cv::FONT_HERSHEY_SIMPLEX, fontScale, colour, int(thickness), cv::LINE_AA);
    return out;
}

void writeImageOrThrow(const QString &path, const cv::Mat &image)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    bool ok = false;
    try {
        ok = cv::imwrite(QFile::encodeName(path).toStdString(), image);
    } catch (const cv::Exception &) {
        ok = false;
    }
    if (!ok)
        throw Error(PredictCommandTr::tr("%1: cannot write the image (check the folder and the suffix: .png or .jpg)").arg(path));
}

// One line per image: answered (label, probabilities, how it was framed) or not (status and why).
void printPrediction(bool csv, const QStringList &classes, const ImagePrediction &p)
{
    if (csv) {
        printOut(csvLine(predictCsvFields(classes, p.path, p.status, p.predicted, p.probs, p.how, p.note)));
        return;
    }
    if (!p.answered()) {
        printOut(QStringLiteral("%1: %2\n").arg(p.path, p.note));
        return;
    }
    QStringList parts;
    for (int i = 0; i < classes.size(); ++i)
        parts.append(QStringLiteral("%1 %2").arg(classes[i]).arg(p.probs[size_t(i)], 0, 'f', 4));
    printOut(QStringLiteral("%1: %2 %3 (%4) [%5]\n")
                 .arg(p.path, classes[p.predicted])
                 .arg(p.probs[size_t(p.predicted)], 0, 'f', 4)
                 .arg(parts.join(QStringLiteral(", ")), p.how));
}

void printHeader(const PredictArgs &a, Predictor &predictor)
{
    const QStringList classes = predictor.classes();
    if (a.csv) {
        printOut(csvLine(predictCsvHeader(classes)));
        return;
    }
    const std::vector<PredictorRun> runs = predictor.runs();
    if (predictor.isEnsemble()) {
        QStringList names;
        for (const PredictorRun &r : runs)
            names.append(QFileInfo(r.runDir).fileName());
        printOut(PredictCommandTr::tr("Ensemble of %1 runs (%2), mean probability%3; classes %4\n")
                     .arg(runs.size())
                     .arg(names.join(QStringLiteral(", ")), a.flip ? PredictCommandTr::tr(", each on the image and its mirror") : QString(),
                          classes.join(QStringLiteral(", "))));
        return;
    }
    const PredictorRun &r = runs.front();
    const std::optional<RunThreshold> threshold = predictor.threshold();
    const QString mask = qs(a.mask).toLower();
    printOut(PredictCommandTr::tr("Run %1, checkpoint %2 (epoch %3), classes %4; crop %5%6%7\n")
                 .arg(QFileInfo(r.runDir).fileName(), QFileInfo(r.model->checkpointFile()).fileName())
                 .arg(r.model->epoch())
                 .arg(classes.join(QStringLiteral(", ")), r.alignment.enabled ? PredictCommandTr::tr("face chips (as trained)") : qs(a.crop).toLower(),
                      mask != QLatin1String("none") ? PredictCommandTr::tr(", mask %1").arg(mask) : QString(),
                      threshold ? PredictCommandTr::tr(", threshold %1 (%2, saved with the run)").arg(threshold->value, 0, 'g', 6).arg(threshold->rule)
                                : QString()));
}

void printSummary(bool csv, const QStringList &files, const PredictTally &t, const QStringList &problems)
{
    const QString summary = PredictCommandTr::tr("%1 image(s): %2 predicted (coverage %6%), %3 without a usable face, %4 unreadable%5\n")
                                .arg(files.size())
                                .arg(t.answered)
                                .arg(t.noFace + t.noMask)
                                .arg(t.unreadable)
                                .arg(problems.isEmpty() ? QString() : PredictCommandTr::tr("; %1 input(s) not found").arg(problems.size()))
                                .arg(100.0 * t.coverage(), 0, 'f', 1);
    for (const QString &p : problems)
        printErr(PredictCommandTr::tr("warning: %1\n").arg(p));
    if (csv)
        printErr(summary);
    else
        printOut(summary);
    if (files.isEmpty())
        throw Error(PredictCommandTr::tr("no images to predict"));
}

void runPredict(const PredictArgs &a)
{
    if (a.runs.size() > 1 && (!a.annotate.empty() || !a.gradcam.empty()))
        throw Error(PredictCommandTr::tr("--annotate and --gradcam take one --run; with several runs predict only averages their probabilities"));
    PredictOptions o;
    for (const std::string &r : a.runs)
        o.runs.append(qs(r));
    o.checkpoint = qs(a.checkpoint);
    o.crop = qs(a.crop);
    o.mask = qs(a.mask);
    o.faceMethod = qs(a.faceMethod);
    o.flip = a.flip;
    o.threads = a.threads;
    o.device = qs(a.device);
    Predictor predictor(o);
    for (const QString &w : predictor.warnings())
        printErr(PredictCommandTr::tr("warning: %1\n").arg(w));

    QStringList inputs;
    for (const std::string &s : a.inputs)
        inputs.append(qs(s));
    QStringList problems;
    const QStringList files = expandImageInputs(inputs, &problems);
    const QStringList classes = predictor.classes();
    printHeader(a, predictor);

    const bool annotateDir = !a.annotate.empty()
                             && (files.size() > 1 || QFileInfo(qs(a.annotate)).isDir() || !isImageFileName(qs(a.annotate)));
    PredictTally tally;
    for (const QString &file : files) {
        const ImagePrediction p = predictor.predictFile(file);
        tally.add(p);
        printPrediction(a.csv, classes, p);
        if (!p.answered())
            continue;
        const QString caption = QStringLiteral("%1 %2").arg(classes[p.predicted]).arg(p.probs[size_t(p.predicted)], 0, 'f', 3);
        if (!a.annotate.empty()) {
            const QString target = annotateDir ? QDir(qs(a.annotate)).filePath(baseOutName(file, QStringLiteral("_annotated.png")))
                                               : qs(a.annotate);
            writeImageOrThrow(target, annotate(p.shown, p.shownFrame, caption, true));
        }
        if (!a.gradcam.empty()) {
            const GradCamResult g = predictor.gradCam(p);
            writeImageOrThrow(QDir(qs(a.gradcam)).filePath(baseOutName(file, QStringLiteral("_gradcam.png"))),
                              annotate(overlayHeatMap(p.modelInput, g.heat), PreparedInput{}, caption + QStringLiteral(" ") + g.layer, true));
        }
    }
    printSummary(a.csv, files, tally, problems);
}

} // namespace

void addPredictCommand(CLI::App &app, int *exitCode)
{
    auto a = std::make_shared<PredictArgs>();
    CLI::App *cmd = app.add_subcommand("predict", "Predict images with a run's checkpoint: framed as its training images, "
                                                  "optionally masked; label and probability per image");
    cmd->add_option("--run", a->runs, "Run folder (from train --out); repeat for an ensemble (mean probability over the runs)")
        ->required()
        ->expected(1)
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
    cmd->add_flag("--flip", a->flip, "Test-time flip: each run's probability is the mean of the image and its mirror");
    cmd->add_option("images", a->inputs, "Image files or folders (searched recursively)")->required();
    cmd->add_option("--checkpoint", a->checkpoint, "best, last or a .pt file")->capture_default_str();
    cmd->add_option("--crop", a->crop,
                    "auto (as the training images were framed), none (the whole image, as training fed it) or face")
        ->capture_default_str();
    cmd->add_option("--mask", a->mask, "Put a mask on the face first: none, surgical, cloth, n95, kn95, patterned")->capture_default_str();
    cmd->add_option("--annotate", a->annotate, "Write the image with the face box and the label (a .png file, or a folder)");
    cmd->add_option("--gradcam", a->gradcam, "Write Grad-CAM overlays of the predicted class into this folder");
    cmd->add_option("--face-method", a->faceMethod,
                    "face-resnet runs: auto (masked when its models are built, else hog), hog, masked, or crop (inputs are "
                    "aligned face crops) (default: the setting)");
    cmd->add_flag("--csv", a->csv, "CSV on stdout (path, status, predicted, prob_<class>..., input, note)");
    cmd->add_option("--threads", a->threads, "Compute threads (0: the setting, or one per core)");
    cmd->add_option("--device", a->device, "auto, cpu, cuda or cuda:N (default: the Settings device)");
    cmd->callback([a, exitCode] {
        runPredict(*a);
        *exitCode = 0;
    });
}

} // namespace maskbench::cli
