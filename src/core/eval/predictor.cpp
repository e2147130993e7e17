#include "core/eval/predictor.h"

#include "core/common/error.h"
#include "core/eval/predictions.h"
#include "core/face/face_chip.h"
#include "core/face/face_detector.h"
#include "core/face/image_input.h"
#include "core/mask/mask_overlay.h"
#include "core/mask/mask_template.h"

#include <QDir>
#include <QElapsedTimer>
#include <QDirIterator>
#include <QFileInfo>

#include <algorithm>

namespace maskbench {

QString predictStatusName(PredictStatus status)
{
    switch (status) {
    case PredictStatus::Answered: return QStringLiteral("ok");
    case PredictStatus::Unreadable: return QStringLiteral("unreadable");
    case PredictStatus::NoFace: return QStringLiteral("no_face");
    case PredictStatus::NoMask: return QStringLiteral("no_mask");
    }
    return QStringLiteral("unreadable");
}

void PredictTally::add(PredictStatus status)
{
    switch (status) {
    case PredictStatus::Answered: ++answered; break;
    case PredictStatus::Unreadable: ++unreadable; break;
    case PredictStatus::NoFace: ++noFace; break;
    case PredictStatus::NoMask: ++noMask; break;
    }
}

QStringList predictCsvHeader(const QStringList &classes)
{
    QStringList header{QStringLiteral("path"), QStringLiteral("status"), QStringLiteral("predicted")};
    for (const QString &c : classes)
        header.append(probabilityColumn(c));
    header += {QStringLiteral("input"), QStringLiteral("note")};
    return header;
}

QStringList predictCsvFields(const QStringList &classes, const QString &path, PredictStatus status, int predicted,
                             const std::vector<double> &probs, const QString &how, const QString &note)
{
    const bool answered = status == PredictStatus::Answered;
    QStringList row{path, predictStatusName(status), answered ? classes.value(predicted) : QString()};
    for (qsizetype i = 0; i < classes.size(); ++i)
        row.append(answered && size_t(i) < probs.size() ? QString::number(probs[size_t(i)], 'g', 17) : QString());
    row += {answered ? how : QString(), answered ? QString() : note};
    return row;
}

namespace {
bool isPhotoFile(const QString &path)
{
    static const QStringList kSuffixes{QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("png"), QStringLiteral("bmp"),
                                       QStringLiteral("webp"), QStringLiteral("tif"), QStringLiteral("tiff")};
    return kSuffixes.contains(QFileInfo(path).suffix().toLower());
}
} // namespace

QStringList expandImageInputs(const QStringList &inputs, QStringList *problems)
{
    QStringList files;
    for (const QString &in : inputs) {
        const QFileInfo fi(in);
        if (fi.isDir()) {
            QStringList found;
            QDirIterator it(in, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString f = it.next();
                if (isPhotoFile(f))
                    found.append(f);
            }
            found.sort();
            if (found.isEmpty() && problems)
                problems->append(Predictor::tr("%1: a folder without images").arg(in));
            files += found;
        } else if (!fi.exists()) {
            if (problems)
                problems->append(Predictor::tr("%1: does not exist").arg(in));
        } else {
            files.append(in);
        }
    }
    return files;
}

struct Predictor::Impl
{
    struct Member
    {
        QString runDir;
        std::unique_ptr<RunModel> model;
        FaceAlignment alignment;
        InputPreparation prep;
    };
    PredictOptions options;
    std::vector<Member> members;
    QStringList classes;
    std::optional<RunThreshold> threshold;
    std::optional<MaskType> mask;
    QString maskName;
    QString crop;
    FaceDetectorOptions faceOptions;
    QStringList warnings;
    std::unique_ptr<FaceDetector> faceDetector; // face-chip runs: the chosen face method
    std::unique_ptr<FaceDetector> cropDetector; // crops and masks on other runs: dlib HOG + landmarks

    ImagePrediction unanswered(ImagePrediction r, PredictStatus status, const QString &note) const
    {
        r.status = status;
        r.note = note;
        return r;
    }
};

Predictor::Predictor(const PredictOptions &options) : d(new Impl)
{
    d->options = options;
    if (options.runs.isEmpty())
        throw Error(tr("Choose at least one run to predict with"));
    d->crop = options.crop.trimmed().toLower();
    if (d->crop != QLatin1String("auto") && d->crop != QLatin1String("none") && d->crop != QLatin1String("face"))
        throw Error(tr("Unknown crop mode '%1': use auto, none or face").arg(options.crop));
    d->maskName = options.mask.trimmed().toLower();
    if (!d->maskName.isEmpty() && d->maskName != QLatin1String("none"))
        d->mask = parseMaskType(d->maskName); // throws, listing the types
    if (d->mask && options.runs.size() > 1)
        throw Error(tr("A mask takes one run; an ensemble only averages its runs' probabilities (mask the images first with Batch augment)"));

    for (const QString &r : options.runs) {
        Impl::Member m;
        m.runDir = QDir::cleanPath(r);
        m.model = RunModel::open(m.runDir, options.checkpoint, options.threads, options.device);
        m.alignment = m.model->faceAlignment();
        d->members.push_back(std::move(m));
    }
    d->classes = d->members.front().model->classes();
    for (const Impl::Member &m : d->members)
        if (m.model->classes() != d->classes) {
            QStringList parts;
            for (const Impl::Member &n : d->members)
                parts.append(QStringLiteral("%1: %2").arg(n.runDir, n.model->classes().join(QLatin1Char(','))));
            throw Error(tr("The runs of an ensemble must have the same classes in the same order (%1)").arg(parts.join(QStringLiteral("; "))));
        }
    if (d->members.size() == 1 && d->classes.size() == 2 && options.useSavedThreshold)
        d->threshold = loadRunThreshold(d->members.front().runDir); // throws naming a damaged file

    QString faceNote;
    d->faceOptions = faceOptionsFor(options.faceMethod, &faceNote);
    for (Impl::Member &m : d->members) {
        if (m.alignment.enabled) {
            if (!d->faceDetector) {
                if (!faceNote.isEmpty())
                    d->warnings.append(faceNote);
                d->faceDetector = std::make_unique<FaceDetector>(d->faceOptions); // throws naming the missing model
            }
        } else if (d->crop != QLatin1String("none") || d->mask) {
            if (!d->cropDetector)
                d->cropDetector = std::make_unique<FaceDetector>(); // throws naming the landmark model and the package
            if (d->crop != QLatin1String("none"))
                m.prep = loadOrDeriveInputPreparation(m.runDir, *d->cropDetector);
        }
    }
}

Predictor::~Predictor() = default;

const PredictOptions &Predictor::options() const { return d->options; }
QStringList Predictor::classes() const { return d->classes; }
std::optional<RunThreshold> Predictor::threshold() const { return d->threshold; }
QStringList Predictor::warnings() const { return d->warnings; }
bool Predictor::isEnsemble() const { return d->members.size() > 1; }

std::vector<PredictorRun> Predictor::runs() const
{
    std::vector<PredictorRun> out;
    for (const Impl::Member &m : d->members)
        out.push_back({m.runDir, m.model.get(), m.alignment});
    return out;
}

ImagePrediction Predictor::predictFile(const QString &path)
{
    const ImageInput in = readImageInput(path);
    if (in.status != ImageInputStatus::Ok) {
        ImagePrediction r;
        r.path = path;
        return d->unanswered(r, PredictStatus::Unreadable,
                             in.error.isEmpty() ? tr("cannot be read as an image") : tr("cannot be read as an image (%1)").arg(in.error));
    }
    return predict(in.image, path);
}

ImagePrediction Predictor::predict(const cv::Mat &image, const QString &path)
{
    ImagePrediction r;
    r.path = path;
    if (image.empty())
        return d->unanswered(r, PredictStatus::Unreadable, tr("cannot be read as an image"));
    const bool ensemble = d->members.size() > 1;
    std::optional<std::vector<Face>> faces; // found once, for every face-chip run
    std::vector<std::vector<double>> probs;
    QStringList hows;
    for (Impl::Member &m : d->members) {
        const QString name = QFileInfo(m.runDir).fileName();
        cv::Mat input;
        QString how;
        if (m.alignment.enabled) {
            if (!faces)
                faces = d->faceDetector->detect(image);
            if (faces->empty())
                return d->unanswered(r, PredictStatus::NoFace,
                                     ensemble ? tr("no face found: run %1 needs the face's landmarks for its aligned %2x%2 chip").arg(name).arg(m.alignment.size)
                                              : tr("no face found: this run (face-resnet, faceres) needs the face's landmarks for its aligned %1x%1 chip")
                                                    .arg(m.alignment.size));
            cv::Mat source = image;
            how = tr("dlib face chip %1x%1, %2 faces").arg(m.alignment.size).arg(faceMethodName(d->faceOptions.method));
            r.shownFrame = PreparedInput{};
            if (d->mask) {
                const MaskResult masked = applyMask(image, faces->front(), MaskSpec{*d->mask, QString(), 0});
                if (!masked.ok)
                    return d->unanswered(r, PredictStatus::NoMask, tr("cannot put a mask on this face: %1").arg(masked.problem));
                source = masked.image;
                how = d->maskName + QStringLiteral(" + ") + how;
            }
            r.shown = source;
            r.shownFrame.faceFound = true;
            r.shownFrame.faceBox = faces->front().box;
            input = extractFaceChip(source, faces->front(), m.alignment.size, m.alignment.padding);
        } else {
            const PreparedInput in = prepareInput(image, m.prep, d->crop, d->cropDetector.get());
            if (in.image.empty())
                return d->unanswered(r, PredictStatus::NoFace, ensemble ? tr("no face found (run %1 crops the face)").arg(name) : tr("no face found"));
            input = in.image;
            how = in.how;
            r.shown = image;
            r.shownFrame = in;
            if (d->mask) {
                const std::vector<Face> found = d->cropDetector->detect(input);
                if (found.empty())
                    return d->unanswered(r, PredictStatus::NoFace, tr("no face found to put a mask on"));
                const MaskResult masked = applyMask(input, found.front(), MaskSpec{*d->mask, QString(), 0});
                if (!masked.ok)
                    return d->unanswered(r, PredictStatus::NoMask, tr("cannot put a mask on this face: %1").arg(masked.problem));
                input = masked.image;
                how += QStringLiteral(" + ") + d->maskName;
                r.shown = input; // a masked input is shown as the model saw it
                r.shownFrame = PreparedInput{};
            }
        }
        probs.push_back(predictWithFlip(*m.model, input, d->options.flip));
        hows.append(ensemble ? QStringLiteral("%1: %2").arg(name, how) : how);
        r.modelInput = input;
    }
    r.probs = ensemble ? meanProbabilities(probs) : probs.front();
    r.predicted = int(std::max_element(r.probs.begin(), r.probs.end()) - r.probs.begin());
    if (d->threshold && r.probs.size() == 2)
        r.predicted = r.probs[1] >= d->threshold->value ? 1 : 0;
    r.how = hows.join(QStringLiteral("; ")) + (ensemble && d->options.flip ? tr("; flip") : QString());
    if (ensemble)
        r.modelInput.release(); // several models saw several inputs
    r.status = PredictStatus::Answered;
    return r;
}

GradCamResult Predictor::gradCam(const ImagePrediction &prediction)
{
    if (d->members.size() != 1)
        throw Error(tr("Grad-CAM shows one run's evidence; choose one run"));
    if (!prediction.answered() || prediction.modelInput.empty())
        throw Error(tr("%1: no prediction to explain (%2)").arg(prediction.path, prediction.note));
    return d->members.front().model->gradCam(prediction.modelInput, prediction.predicted);
}

PredictTally predictFiles(Predictor &predictor, const QStringList &files, const std::function<void(const ImagePrediction &)> &onEach,
                          const ProgressCallback &progress)
{
    PredictTally tally;
    QElapsedTimer clock;
    clock.start();
    const QString stage = Predictor::tr("Predicting images");
    reportProgress(progress, {stage, 0, qint64(files.size()), -1});
    for (qsizetype i = 0; i < files.size(); ++i) {
        const ImagePrediction p = predictor.predictFile(files[i]);
        tally.add(p);
        if (onEach)
            onEach(p);
        const qint64 done = i + 1;
        const double eta = clock.elapsed() / 1000.0 / double(done) * double(files.size() - done);
        reportProgress(progress, {stage, done, qint64(files.size()), eta});
    }
    return tally;
}

} // namespace maskbench
