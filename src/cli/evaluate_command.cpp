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
#include "core/face/face_chip.h"
#include "core/face/face_detector.h"
#include "core/io/csv.h"
#include "core/mask/mask_overlay.h"
#include "core/mask/mask_template.h"

#include <CLI/CLI.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <memory>
#include <optional>

namespace maskbench::cli {
namespace {

QString tr(const char *s) { return QCoreApplication::translate("EvaluateCommand", s); }

// predict's line for an image it gave no answer (unreadable, no face): a CSV row with empty label,
// probabilities and probability, or "file: note".
void printUnanswered(bool csv, const QString &file, const QString &status, const QString &note, qsizetype classCount)
{
    if (csv) {
        QStringList row{file, status, QString()};
        for (qsizetype i = 0; i < classCount; ++i)
            row.append(QString());
        row += {QString(), note};
        printOut(csvLine(row));
    } else {
        printOut(QStringLiteral("%1: %2\n").arg(file, note));
    }
}

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
        throw Error(tr("--run: give at least one run folder"));
    if (a.batch < 1 || a.batch > 4096)
        throw Error(tr("--batch %1: give a batch size between 1 and 4096").arg(a.batch));
    if (req.runDirs.size() > 1 && a.out.empty())
        throw Error(tr("several --run folders: choose the output folder with --out"));
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
        printErr(tr("warning: %1\n").arg(w));
    for (int i = 0; i < std::min<int>(a.show, r.unreadablePaths.size()); ++i)
        printErr(QStringLiteral("  %1\n").arg(r.unreadablePaths[i]));
    if (r.unreadablePaths.size() > a.show)
        printErr(tr("  ... %1 more in evaluation.json\n").arg(r.unreadablePaths.size() - a.show));
    for (int i = 0; i < std::min<int>(a.show, r.noFacePaths.size()); ++i)
        printErr(tr("  no face: %1\n").arg(r.noFacePaths[i]));
    if (r.noFacePaths.size() > a.show)
        printErr(tr("  ... %1 more in evaluation.json\n").arg(r.noFacePaths.size() - a.show));
    if (ev.thresholdOnTest)
        printErr(tr("note: the threshold was chosen on the test split; its scores there are optimistic (choose it on val)\n"));

    if (!ensemble) {
        printOut(tr("Run %1, checkpoint %2 (epoch %3), model %4 at %5; %6 split of %7: %8 images%9\n\n")
                     .arg(ev.runName, QFileInfo(r.checkpointFile).fileName())
                     .arg(r.epoch)
                     .arg(r.model.name)
                     .arg(r.model.inputSize)
                     .arg(io.split, io.data)
                     .arg(r.table.rows.size())
                     .arg(a.flip ? tr(", each the mean of the image and its mirror (--flip)") : QString()));
    } else {
        printOut(tr("Ensemble of %1 runs (mean probability%2); %3 split of %4: %5 images answered by every run\n")
                     .arg(req.runDirs.size())
                     .arg(a.flip ? tr(", each run on the image and its mirror") : QString(), io.split, io.data)
                     .arg(r.table.rows.size()));
        for (const EnsembleMember &m : ens.members) {
            const AnswerCoverage mc = answerCoverage(m.result.table, m.result.given());
            printOut(tr("  %1: checkpoint %2 (epoch %3), model %4 at %5; answered %6 of %7\n")
                         .arg(QFileInfo(m.runDir).fileName(), QFileInfo(m.result.checkpointFile).fileName())
                         .arg(m.result.epoch)
                         .arg(m.result.model.name)
                         .arg(m.result.model.inputSize)
                         .arg(mc.answered)
                         .arg(mc.given));
        }
        for (int i = 0; i < std::min<int>(a.show, ens.partialPaths.size()); ++i)
            printErr(tr("  skipped: %1\n").arg(ens.partialPaths[i]));
        printOut(QStringLiteral("\n"));
    }
    printOut(renderEvaluation(e, a.show));
    // Coverage next to accuracy: a skipped image is a user's question left unanswered.
    printOut(tr("\nCoverage: %1\n").arg(describeAnswerCoverage(ev.coverage)));
    if (!r.faceMethod.isEmpty())
        printOut(tr("Faces: found with the %1 method on each image itself (training: %2%3)\n")
                     .arg(r.faceMethod, r.trainFaceMethod,
                          r.borrowedLandmarks ? tr(", masked copies aligned with their unmasked original's landmarks") : QString()));
    if (e.threshold)
        printOut(tr("\nThreshold %1 (%2)%3\n")
                     .arg(e.threshold->threshold, 0, 'g', 6)
                     .arg(thresholdRuleName(e.threshold->rule),
                          ev.thresholdSource.isEmpty() ? QString() : QStringLiteral(": ") + ev.thresholdSource));
    printOut(tr("\nWrote predictions.csv, metrics.json, comparison.csv, comparison.txt and evaluation.json in %1\n").arg(outDir));

    if (a.noReport)
        printOut(tr("report.html skipped: --no-report\n"));
    else if (ev.reportProblem.isEmpty())
        printOut(tr("HTML report written: %1\n").arg(QDir(outDir).filePath(QStringLiteral("report.html"))));
    else
        printErr(tr("warning: the HTML report was not written: %1\n").arg(ev.reportProblem));
}

// ---------------------------------------------------------------------------------------------
// predict

struct PredictArgs
{
    std::string checkpoint = "best", crop = "auto", mask = "none", annotate, gradcam, faceMethod;
    std::vector<std::string> runs, inputs;
    bool csv = false;
    bool flip = false;
    int threads = 0;
    std::string device;
    int show = 10;
};

bool isImageFile(const QString &path)
{
    static const QStringList kSuffixes{QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("png"), QStringLiteral("bmp"),
                                       QStringLiteral("webp"), QStringLiteral("tif"), QStringLiteral("tiff")};
    return kSuffixes.contains(QFileInfo(path).suffix().toLower());
}

QStringList expandInputs(const std::vector<std::string> &inputs, QStringList *problems)
{
    QStringList files;
    for (const std::string &s : inputs) {
        const QString in = qs(s);
        const QFileInfo fi(in);
        if (fi.isDir()) {
            QStringList found;
            QDirIterator it(in, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString f = it.next();
                if (isImageFile(f))
                    found.append(f);
            }
            found.sort();
            if (found.isEmpty())
                problems->append(tr("%1: a folder without images").arg(in));
            files += found;
        } else if (!fi.exists()) {
            problems->append(tr("%1: does not exist").arg(in));
        } else {
            files.append(in);
        }
    }
    return files;
}

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
        throw Error(tr("%1: cannot write the image (check the folder and the suffix: .png or .jpg)").arg(path));
}

// Shared by single-run and ensemble predict: arguments, the CSV header, one line per answered
// image, unreadable images, and the closing summary with coverage.
QString checkedCrop(const PredictArgs &a)
{
    const QString crop = qs(a.crop).toLower();
    if (crop != QLatin1String("auto") && crop != QLatin1String("none") && crop != QLatin1String("face"))
        throw Error(tr("--crop %1: use auto, none or face").arg(crop));
    return crop;
}

void printCsvHeader(const QStringList &classes)
{
    QStringList header{QStringLiteral("path"), QStringLiteral("status"), QStringLiteral("predicted")};
    for (const QString &c : classes)
        header.append(probabilityColumn(c));
    header += {QStringLiteral("input"), QStringLiteral("note")};
    printOut(csvLine(header));
}

void printPrediction(bool csv, const QStringList &classes, const QString &file, int cls, const std::vector<double> &probs,
                     const QString &how)
{
    if (csv) {
        QStringList row{file, QStringLiteral("ok"), classes[cls]};
        for (double p : probs)
            row.append(QString::number(p, 'g', 17));
        row += {how, QString()};
        printOut(csvLine(row));
        return;
    }
    QStringList parts;
    for (int i = 0; i < classes.size(); ++i)
        parts.append(QStringLiteral("%1 %2").arg(classes[i]).arg(probs[size_t(i)], 0, 'f', 4));
    printOut(QStringLiteral("%1: %2 %3 (%4) [%5]\n")
                 .arg(file, classes[cls])
                 .arg(probs[size_t(cls)], 0, 'f', 4)
                 .arg(parts.join(QStringLiteral(", ")), how));
}

struct PredictTally
{
    qint64 predicted = 0, noFace = 0, unreadable = 0;
};

// The image, or an empty Mat after reporting it unreadable (counted).
cv::Mat readForPredict(bool csv, const QString &file, qsizetype classCount, PredictTally &tally)
{
    cv::Mat image = cv::imread(QFile::encodeName(file).toStdString(), cv::IMREAD_COLOR);
    if (image.empty()) {
        ++tally.unreadable;
        printUnanswered(csv, file, QStringLiteral("unreadable"), tr("cannot be read as an image"), classCount);
    }
    return image;
}

void printPredictSummary(bool csv, const QStringList &files, const PredictTally &t, const QStringList &problems)
{
    const QString summary = tr("%1 image(s): %2 predicted (coverage %6%), %3 without a usable face, %4 unreadable%5\n")
                                .arg(files.size())
                                .arg(t.predicted)
                                .arg(t.noFace)
                                .arg(t.unreadable)
                                .arg(problems.isEmpty() ? QString() : tr("; %1 input(s) not found").arg(problems.size()))
                                .arg(files.isEmpty() ? 0.0 : 100.0 * double(t.predicted) / double(files.size()), 0, 'f', 1);
    for (const QString &p : problems)
        printErr(tr("warning: %1\n").arg(p));
    if (csv)
        printErr(summary);
    else
        printOut(summary);
    if (files.isEmpty())
        throw Error(tr("no images to predict"));
}

// Several runs: each frames the image as it was trained (face chip or its crop), the answer is the
// mean of their probabilities; an image one run cannot answer (no face) is not answered.
void runPredictEnsemble(const PredictArgs &a)
{
    if (!a.annotate.empty() || !a.gradcam.empty() || qs(a.mask).toLower() != QLatin1String("none"))
        throw Error(tr("--annotate, --gradcam and --mask take one --run; with several runs predict only averages their probabilities "
                       "(mask the images first with `maskbench-cli augment`)"));
    const QString crop = checkedCrop(a);
    QStringList problems;
    const QStringList files = expandInputs(a.inputs, &problems);

    struct Member
    {
        QString runDir;
        std::unique_ptr<RunModel> model;
        FaceAlignment alignment;
        InputPreparation prep;
    };
    std::vector<Member> members;
    for (const std::string &r : a.runs) {
        Member m;
        m.runDir = QDir::cleanPath(qs(r));
        m.model = RunModel::open(m.runDir, qs(a.checkpoint), a.threads, qs(a.device));
        m.alignment = m.model->faceAlignment();
        members.push_back(std::move(m));
    }
    const QStringList classes = members.front().model->classes();
    for (const Member &m : members)
        if (m.model->classes() != classes) {
            QStringList parts;
            for (const Member &n : members)
                parts.append(QStringLiteral("%1: %2").arg(n.runDir, n.model->classes().join(QLatin1Char(','))));
            throw Error(tr("the runs of an ensemble must have the same classes in the same order (%1)").arg(parts.join(QStringLiteral("; "))));
        }
    QString faceNote;
    const FaceDetectorOptions faceOptions = faceOptionsFor(qs(a.faceMethod), &faceNote);
    std::unique_ptr<FaceDetector> faceDetector, cropDetector;
    for (Member &m : members) {
        if (m.alignment.enabled && !faceDetector) {
            if (!faceNote.isEmpty())
                printErr(tr("warning: %1\n").arg(faceNote));
            faceDetector = std::make_unique<FaceDetector>(faceOptions); // throws naming the missing model
        } else if (!m.alignment.enabled && crop != QLatin1String("none")) {
            if (!cropDetector)
                cropDetector = std::make_unique<FaceDetector>();
            m.prep = loadOrDeriveInputPreparation(m.runDir, *cropDetector);
        }
    }
    if (a.csv) {
        printCsvHeader(classes);
    } else {
        QStringList names;
        for (const Member &m : members)
            names.append(QFileInfo(m.runDir).fileName());
        printOut(tr("Ensemble of %1 runs (%2), mean probability%3; classes %4\n")
                     .arg(members.size())
                     .arg(names.join(QStringLiteral(", ")), a.flip ? tr(", each on the image and its mirror") : QString(),
                          classes.join(QStringLiteral(", "))));
    }
    PredictTally tally;
    for (const QString &file : files) {
        const cv::Mat image = readForPredict(a.csv, file, classes.size(), tally);
        if (image.empty())
            continue;
        std::optional<std::vector<Face>> faces; // found once, for every face-chip run
        std::vector<std::vector<double>> probs;
        QStringList hows;
        QString skipped;
        for (Member &m : members) {
            const QString name = QFileInfo(m.runDir).fileName();
            if (m.alignment.enabled) {
                if (!faces)
                    faces = faceDetector->detect(image);
                if (faces->empty()) {
                    skipped = tr("no face found: run %1 needs the face's landmarks for its aligned %2x%2 chip").arg(name).arg(m.alignment.size);
                    break;
                }
                probs.push_back(predictWithFlip(*m.model, extractFaceChip(image, faces->front(), m.alignment.size, m.alignment.padding), a.flip));
                hows.append(tr("%1: face chip %2x%2").arg(name).arg(m.alignment.size));
            } else {
                const PreparedInput in = prepareInput(image, m.prep, crop, cropDetector.get());
                if (in.image.empty()) {
                    skipped = tr("no face found (run %1 crops the face)").arg(name);
                    break;
                }
                probs.push_back(predictWithFlip(*m.model, in.image, a.flip));
                hows.append(QStringLiteral("%1: %2").arg(name, in.how));
            }
        }
        if (!skipped.isEmpty()) {
            ++tally.noFace;
            printUnanswered(a.csv, file, QStringLiteral("no_face"), skipped, classes.size());
            continue;
        }
        const std::vector<double> mean = meanProbabilities(probs);
        const int cls = int(std::max_element(mean.begin(), mean.end()) - mean.begin());
        ++tally.predicted;
        printPrediction(a.csv, classes, file, cls, mean, hows.join(QStringLiteral("; ")) + (a.flip ? tr("; flip") : QString()));
    }
    printPredictSummary(a.csv, files, tally, problems);
}

void runPredict(const PredictArgs &a)
{
    if (a.runs.size() > 1)
        return runPredictEnsemble(a);
    const QString runDir = QDir::cleanPath(qs(a.runs.front()));
    const QString crop = checkedCrop(a);
    const QString maskName = qs(a.mask).toLower();
    std::optional<MaskType> maskType;
    if (maskName != QLatin1String("none"))
        maskType = parseMaskType(maskName); // throws, listing the types

    QStringList problems;
    const QStringList files = expandInputs(a.inputs, &problems);
    std::unique_ptr<RunModel> model = RunModel::open(runDir, qs(a.checkpoint), a.threads, qs(a.device));
    const QStringList classes = model->classes();
    const std::optional<RunThreshold> threshold = classes.size() == 2 ? loadRunThreshold(runDir) : std::nullopt;

    std::unique_ptr<FaceDetector> detector;
    InputPreparation prep;
    // face-resnet runs saw dlib-aligned chips from the 68 landmarks: predict makes the same chip
    // (after the mask, if one is asked for, from the landmarks of the unmasked face); --crop does
    // not apply.
    const FaceAlignment alignment = model->faceAlignment();
    QString faceNote;
    const FaceDetectorOptions faceOptions = faceOptionsFor(qs(a.faceMethod), &faceNote);
    if (!faceNote.isEmpty() && alignment.enabled)
        printErr(tr("warning: %1\n").arg(faceNote));
    if (alignment.enabled)
        detector = std::make_unique<FaceDetector>(faceOptions); // throws naming the missing model
    else if (crop != QLatin1String("none") || maskType) {
        detector = std::make_unique<FaceDetector>(); // throws naming the landmark model and the package
        if (crop != QLatin1String("none"))
            prep = loadOrDeriveInputPreparation(runDir, *detector);
    }
    if (!a.csv) {
        printOut(tr("Run %1, checkpoint %2 (epoch %3), classes %4; crop %5%6%7\n")
                     .arg(QFileInfo(runDir).fileName(), QFileInfo(model->checkpointFile()).fileName())
                     .arg(model->epoch())
                     .arg(classes.join(QStringLiteral(", ")), alignment.enabled ? tr("face chips (as trained)") : crop,
                          maskType ? tr(", mask %1").arg(maskName) : QString(),
                          threshold ? tr(", threshold %1 (%2, saved with the run)").arg(threshold->value, 0, 'g', 6).arg(threshold->rule)
                                    : QString()));
    } else {
        printCsvHeader(classes);
    }

    const bool annotateDir = !a.annotate.empty() && (files.size() > 1 || QFileInfo(qs(a.annotate)).isDir() || !isImageFile(qs(a.annotate)));
    PredictTally tally;
    // shownImage/shown: the annotated picture and its boxes; modelInput: what the network saw (Grad-CAM).
    auto writeExtras = [&](const QString &file, int cls, const std::vector<double> &probs, const cv::Mat &shownImage,
                           const PreparedInput &shown, const cv::Mat &modelInput) {
        const QString caption = QStringLiteral("%1 %2").arg(classes[cls]).arg(probs[size_t(cls)], 0, 'f', 3);
        if (!a.annotate.empty()) {
            const QString target = annotateDir ? QDir(qs(a.annotate)).filePath(baseOutName(file, QStringLiteral("_annotated.png")))
                                               : qs(a.annotate);
            writeImageOrThrow(target, annotate(shownImage, shown, caption, true));
        }
        if (!a.gradcam.empty()) {
            const GradCamResult g = model->gradCam(modelInput, cls);
            writeImageOrThrow(QDir(qs(a.gradcam)).filePath(baseOutName(file, QStringLiteral("_gradcam.png"))),
                              annotate(overlayHeatMap(modelInput, g.heat), PreparedInput{}, caption + QStringLiteral(" ") + g.layer, true));
        }
    };
    for (const QString &file : files) {
        auto report = [&](const QString &status, const QString &note) {
            ++tally.noFace;
            printUnanswered(a.csv, file, status, note, classes.size());
        };
        const cv::Mat image = readForPredict(a.csv, file, classes.size(), tally);
        if (image.empty())
            continue;
        if (alignment.enabled) {
            const std::vector<Face> faces = detector->detect(image);
            if (faces.empty()) {
                report(QStringLiteral("no_face"), tr("no face found: this run (face-resnet, faceres) needs the face's landmarks for its "
                                                     "aligned %1x%1 chip").arg(alignment.size));
                continue;
            }
            cv::Mat source = image;
            QString how = tr("dlib face chip %1x%1, %2 faces").arg(alignment.size).arg(faceMethodName(faceOptions.method));
            if (maskType) {
                const MaskResult m = applyMask(image, faces.front(), MaskSpec{*maskType, QString(), 0});
                if (!m.ok) {
                    report(QStringLiteral("no_mask"), tr("cannot put a mask on this face: %1").arg(m.problem));
                    continue;
                }
                source = m.image;
                how = maskName + QStringLiteral(" + ") + how;
            }
            const cv::Mat chip = extractFaceChip(source, faces.front(), alignment.size, alignment.padding);
            const std::vector<double> probs = predictWithFlip(*model, chip, a.flip);
            int cls = int(std::max_element(probs.begin(), probs.end()) - probs.begin());
            if (threshold)
                cls = probs[1] >= threshold->value ? 1 : 0;
            ++tally.predicted;
            printPrediction(a.csv, classes, file, cls, probs, how);
            PreparedInput shown;
            shown.faceFound = true;
            shown.faceBox = faces.front().box;
            writeExtras(file, cls, probs, maskType ? source : image, shown, chip);
            continue;
        }
        PreparedInput in = prepareInput(image, prep, crop, detector.get());
        if (in.image.empty()) {
            report(QStringLiteral("no_face"), tr("no face found"));
            continue;
        }
        cv::Mat input = in.image;
        QString how = in.how;
        if (maskType) {
            const std::vector<Face> faces = detector->detect(input);
            if (faces.empty()) {
                report(QStringLiteral("no_face"), tr("no face found to put a mask on"));
                continue;
            }
            const MaskResult m = applyMask(input, faces.front(), MaskSpec{*maskType, QString(), 0});
            if (!m.ok) {
                report(QStringLiteral("no_mask"), tr("cannot put a mask on this face: %1").arg(m.problem));
                continue;
            }
            input = m.image;
            how += QStringLiteral(" + ") + maskName;
        }
        const std::vector<double> probs = predictWithFlip(*model, input, a.flip);
        int cls = int(std::max_element(probs.begin(), probs.end()) - probs.begin());
        if (threshold)
            cls = probs[1] >= threshold->value ? 1 : 0;
        ++tally.predicted;
        printPrediction(a.csv, classes, file, cls, probs, how);
        // Masked inputs are shown as the model saw them; otherwise the original with the boxes.
        writeExtras(file, cls, probs, maskType ? input : image, maskType ? PreparedInput{} : in, input);
    }
    printPredictSummary(a.csv, files, tally, problems);
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
