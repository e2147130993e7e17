#include "core/eval/run_files.h"

#include "core/common/error.h"
#include "core/dataset/dataset.h"
#include "core/face/face_detector.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <random>

namespace maskbench {
namespace {

// This file's messages: looked up under "RunFiles" and extracted there by lupdate.
struct RunFilesTr
{
    Q_DECLARE_TR_FUNCTIONS(RunFiles)
};

const QString kThresholdFile = QStringLiteral("threshold.json");
const QString kPreparationFile = QStringLiteral("input_preparation.json");

void writeObject(const QString &path, const QJsonObject &o)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        throw Error(RunFilesTr::tr("%1: cannot write: %2").arg(path, f.errorString()));
    f.write(QJsonDocument(o).toJson(QJsonDocument::Indented));
    if (!f.commit())
        throw Error(RunFilesTr::tr("%1: writing failed: %2").arg(path, f.errorString()));
}

std::optional<QJsonObject> readObject(const QString &path)
{
    QFile f(path);
    if (!f.exists())
        return std::nullopt;
    if (!f.open(QIODevice::ReadOnly))
        throw Error(RunFilesTr::tr("%1: cannot read: %2").arg(path, f.errorString()));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (!doc.isObject())
        throw Error(RunFilesTr::tr("%1 is damaged (%2); delete it to start over").arg(path, pe.errorString()));
    return doc.object();
}

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

} // namespace

void saveRunThreshold(const QString &runDir, const RunThreshold &t)
{
    if (!(t.value >= 0.0 && t.value <= 1.0))
        throw Error(RunFilesTr::tr("threshold %1 is outside [0, 1]").arg(t.value));
    writeObject(QDir(runDir).filePath(kThresholdFile),
                QJsonObject{{QStringLiteral("rule"), t.rule},
                            {QStringLiteral("threshold"), t.value},
                            {QStringLiteral("positive_class"), t.positiveClass},
                            {QStringLiteral("split"), t.split},
                            {QStringLiteral("checkpoint"), t.checkpoint},
                            {QStringLiteral("data"), t.data},
                            {QStringLiteral("created"), t.created.isEmpty()
                                                            ? QDateTime::currentDateTimeUtc().toString(Qt::ISODate)
                                                            : t.created}});
}

std::optional<RunThreshold> loadRunThreshold(const QString &runDir)
{
    const QString path = QDir(runDir).filePath(kThresholdFile);
    const auto o = readObject(path);
    if (!o)
        return std::nullopt;
    const QJsonValue v = o->value(QStringLiteral("threshold"));
    if (!v.isDouble() || v.toDouble() < 0.0 || v.toDouble() > 1.0)
        throw Error(RunFilesTr::tr("%1: \"threshold\" must be a number in [0, 1]; delete the file, or evaluate again choosing a threshold rule").arg(path));
    RunThreshold t;
    t.value = v.toDouble();
    t.rule = o->value(QStringLiteral("rule")).toString();
    t.positiveClass = o->value(QStringLiteral("positive_class")).toString();
    t.split = o->value(QStringLiteral("split")).toString();
    t.checkpoint = o->value(QStringLiteral("checkpoint")).toString();
    t.data = o->value(QStringLiteral("data")).toString();
    t.created = o->value(QStringLiteral("created")).toString();
    return t;
}

QJsonObject InputPreparation::toJson() const
{
    return {{QStringLiteral("face_crops"), faceCrops},   {QStringLiteral("box_ratio"), boxRatio},
            {QStringLiteral("centre_dx"), centreDx},     {QStringLiteral("centre_dy"), centreDy},
            {QStringLiteral("sampled"), sampled},        {QStringLiteral("detected"), detected},
            {QStringLiteral("source"), source},
            {QStringLiteral("note"), QStringLiteral("measured on training images by the face detector; "
                                                    "training itself feeds the whole image, resized")}};
}

InputPreparation InputPreparation::fromJson(const QJsonObject &o)
{
    InputPreparation p;
    p.faceCrops = o.value(QStringLiteral("face_crops")).toBool();
    p.boxRatio = o.value(QStringLiteral("box_ratio")).toDouble();
    p.centreDx = o.value(QStringLiteral("centre_dx")).toDouble();
    p.centreDy = o.value(QStringLiteral("centre_dy")).toDouble();
    p.sampled = o.value(QStringLiteral("sampled")).toInt();
    p.detected = o.value(QStringLiteral("detected")).toInt();
    p.source = o.value(QStringLiteral("source")).toString();
    return p;
}

InputPreparation loadOrDeriveInputPreparation(const QString &runDir, FaceDetector &detector, int samples)
{
    const QString path = QDir(runDir).filePath(kPreparationFile);
    if (const auto o = readObject(path))
        return InputPreparation::fromJson(*o);

    const auto config = readObject(QDir(runDir).filePath(QStringLiteral("config.json")));
    if (!config)
        throw Error(RunFilesTr::tr("%1 holds no run (no config.json)").arg(runDir));
    InputPreparation p;
    p.source = config->value(QStringLiteral("data")).toString();
    LoadOptions lo;
    const QString labelColumn = config->value(QStringLiteral("label_column")).toString();
    lo.labelColumn = labelColumn.isEmpty() ? QStringLiteral("label") : labelColumn;
    lo.probeImages = false;
    Dataset ds;
    try {
        ds = loadDataset(p.source, lo);
    } catch (const Error &e) {
        throw Error(RunFilesTr::tr("Cannot measure how the run's training images were framed: %1 (frame the photos as whole photos or crop them to the face instead)").arg(e.message()));
    }
    std::vector<const DatasetItem *> train;
    for (const DatasetItem &it : ds.items)
        if (it.exists && (it.split == QLatin1String("train") || it.split.isEmpty()))
            train.push_back(&it);
    std::mt19937_64 rng(20240531);
    std::shuffle(train.begin(), train.end(), rng);
    std::vector<double> ratios, dxs, dys;
    for (const DatasetItem *it : train) {
        if (p.sampled >= samples)
            break;
        const cv::Mat img = cv::imread(QFile::encodeName(it->path).toStdString(), cv::IMREAD_COLOR);
        if (img.empty())
            continue;
        ++p.sampled;
        const std::vector<Face> faces = detector.detect(img);
        if (faces.empty())
            continue;
        ++p.detected;
        const cv::Rect2f &b = faces.front().box;
        ratios.push_back(b.width / img.cols);
        dxs.push_back((img.cols / 2.0 - (b.x + b.width / 2.0)) / b.width);
        dys.push_back((img.rows / 2.0 - (b.y + b.height / 2.0)) / b.width);
    }
    p.boxRatio = median(ratios);
    p.centreDx = median(dxs);
    p.centreDy = median(dys);
    p.faceCrops = p.detected > 0 && p.detected * 2 >= p.sampled && p.boxRatio >= 0.3;
    try {
        writeObject(path, p.toJson());
    } catch (const Error &) {
        // A read-only run folder still predicts; it measures again next time.
    }
    return p;
}

PreparedInput prepareInput(const cv::Mat &image, const InputPreparation &prep, const QString &mode, FaceDetector *detector)
{
    PreparedInput r;
    if (mode == QLatin1String("none")) {
        r.image = image;
        r.how = RunFilesTr::tr("whole image");
        return r;
    }
    if (mode != QLatin1String("face") && mode != QLatin1String("auto"))
        throw Error(RunFilesTr::tr("Unknown crop mode '%1': use auto, none or face").arg(mode));
    if (!detector)
        throw Error(RunFilesTr::tr("cropping to the face needs the face detector"));
    const std::vector<Face> faces = detector->detect(image);
    if (faces.empty()) {
        // The detector also missed faces on training images (masked faces often defeat HOG):
        // in auto mode such an image is used whole, as training used those.
        if (mode == QLatin1String("auto") && prep.faceCrops && prep.detected < prep.sampled) {
            r.image = image;
            r.how = RunFilesTr::tr("no face found; whole image, as the training images without a detectable face");
            return r;
        }
        r.how = RunFilesTr::tr("no face found");
        return r;
    }
    r.faceFound = true;
    r.faceBox = faces.front().box;
    const double ratio = prep.faceCrops && prep.boxRatio > 0 ? prep.boxRatio : 0.6;
    if (mode == QLatin1String("auto") && (!prep.faceCrops || r.faceBox.width / image.cols >= 0.75 * ratio)) {
        r.image = image;
        r.how = prep.faceCrops ? RunFilesTr::tr("already a face crop") : RunFilesTr::tr("whole image (training images are not face crops)");
        return r;
    }
    const double side = r.faceBox.width / ratio;
    const double cx = r.faceBox.x + r.faceBox.width / 2.0 + prep.centreDx * r.faceBox.width;
    const double cy = r.faceBox.y + r.faceBox.height / 2.0 + prep.centreDy * r.faceBox.width;
    r.crop = cv::Rect(int(std::lround(cx - side / 2)), int(std::lround(cy - side / 2)), int(std::lround(side)), int(std::lround(side)));
    // Replicate the edges where the square leaves the picture (faces near a border).
    const int left = std::max(0, -r.crop.x), top = std::max(0, -r.crop.y);
    const int right = std::max(0, r.crop.x + r.crop.width - image.cols), bottom = std::max(0, r.crop.y + r.crop.height - image.rows);
    cv::Mat padded;
    cv::copyMakeBorder(image, padded, top, bottom, left, right, cv::BORDER_REPLICATE);
    r.image = padded(cv::Rect(r.crop.x + left, r.crop.y + top, r.crop.width, r.crop.height)).clone();
    r.cropped = true;
    r.how = RunFilesTr::tr("face crop");
    return r;
}

} // namespace maskbench
