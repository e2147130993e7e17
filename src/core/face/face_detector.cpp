#include "core/face/face_detector.h"

#include "core/common/error.h"
#include "core/common/settings.h"
#include "core/face/landmark_net.h"
#include "core/face/masked_face_models.h"
#include "core/face/ssd_face_detector.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <dlib/image_processing.h>
#include <dlib/image_processing/frontal_face_detector.h>
#include <dlib/opencv/cv_image.h>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <fstream>
#include <map>
#include <mutex>
#include <optional>

namespace maskbench {
namespace {

// This file's messages: looked up under "FaceDetector" and extracted there by lupdate (which loses
// track of the scope after dlib::deserialize and needs maskbench::FaceDetectorTr there).
struct FaceDetectorTr
{
    Q_DECLARE_TR_FUNCTIONS(FaceDetector)
};

// Bumped when detection or landmark post-processing changes, so old cache rows stop matching.
constexpr int kAlgorithmVersion = 1;
// The same for the masked and crop methods (2: the masked method's fallbacks).
constexpr int kMaskedAlgorithmVersion = 2;
// Masked method: added to the threshold for a last try when nothing else found a face. Measured
// with bench_masked_faces on 248 held-out faces x 7 masks: masked faces found 97.6% -> 99.1%, false
// faces on shuffled-tile pictures 2 -> 8 of 248; -0.4 found 99.3% but 18 false, -0.8 every one.
constexpr double kMaskedFallbackOffset = -0.3;

QString modelHelp()
{
    return FaceDetectorTr::tr("Install the Debian package libdlib-data (it provides "
              "/usr/share/dlib/shape_predictor_68_face_landmarks.dat) or choose the .dat file in "
              "Settings (setting \"%1\").")
        .arg(Settings::landmarkModel.key());
}

// The shape predictor is large and read-only after loading: one per model path per process.
std::shared_ptr<const dlib::shape_predictor> sharedPredictor(const QString &path)
{
    static std::mutex mutex;
    static std::map<QString, std::shared_ptr<const dlib::shape_predictor>> loaded;
    std::lock_guard<std::mutex> lock(mutex);
    auto it = loaded.find(path);
    if (it != loaded.end())
        return it->second;

    const QFileInfo info(path);
    if (!info.exists())
        throw Error(FaceDetectorTr::tr("Landmark model %1 not found. %2").arg(path, modelHelp()));
    if (!info.isFile() || !info.isReadable())
        throw Error(FaceDetectorTr::tr("Landmark model %1 cannot be read. %2").arg(path, modelHelp()));
    auto sp = std::make_shared<dlib::shape_predictor>();
    try {
        std::ifstream in(QFile::encodeName(path).toStdString(), std::ios::binary);
        dlib::deserialize(*sp, in);
    } catch (const std::exception &e) {
        throw Error(FaceDetectorTr::tr("Landmark model %1 is corrupt or not a dlib shape predictor (%2). %3")
                        .arg(path, QString::fromLocal8Bit(e.what()).left(200), modelHelp()));
    }
    if (sp->num_parts() != unsigned(kLandmarkCount))
        throw Error(FaceDetectorTr::tr("Landmark model %1 predicts %2 points, not 68. %3").arg(path).arg(sp->num_parts()).arg(modelHelp()));
    loaded.emplace(path, sp);
    return sp;
}

// get_frontal_face_detector() decodes a compressed model on every call (a noticeable fraction
// of a second); decode once and hand out copies, which are cheap and independent.
dlib::frontal_face_detector frontalDetector()
{
    static const dlib::frontal_face_detector prototype = dlib::get_frontal_face_detector();
    return prototype;
}

// Stock filters plus the masked-face filter in one detector, so one HOG pyramid serves all of
// them. dlib combines detectors by stacking their weights under the first one's scanner, which is
// only right when the scanners agree (window size, feature dimensions): checked, else refused.
dlib::frontal_face_detector maskedDetector(const QString &path)
{
    static std::mutex mutex;
    static std::map<QString, dlib::frontal_face_detector> loaded;
    std::lock_guard<std::mutex> lock(mutex);
    auto it = loaded.find(path);
    if (it != loaded.end())
        return it->second;
    dlib::frontal_face_detector masked;
    try {
        std::ifstream in(QFile::encodeName(path).toStdString(), std::ios::binary);
        dlib::deserialize(masked, in);
    } catch (const std::exception &e) {
        throw Error(maskbench::FaceDetectorTr::tr("Masked-face detector %1 is corrupt or not a dlib HOG detector (%2). %3")
                        .arg(path, QString::fromLocal8Bit(e.what()).left(200), maskedFaceModelsHelp()));
    }
    const dlib::frontal_face_detector stock = frontalDetector();
    const auto &a = stock.get_scanner();
    const auto &b = masked.get_scanner();
    if (a.get_detection_window_width() != b.get_detection_window_width() ||
        a.get_detection_window_height() != b.get_detection_window_height() ||
        a.get_num_dimensions() != b.get_num_dimensions() || masked.num_detectors() == 0)
        throw Error(maskbench::FaceDetectorTr::tr("Masked-face detector %1 does not match dlib's face detector (window or features differ). %2")
                        .arg(path, maskedFaceModelsHelp()));
    dlib::frontal_face_detector combined(std::vector<dlib::frontal_face_detector>{stock, masked});
    loaded.emplace(path, combined);
    return combined;
}

} // namespace

QString faceMethodName(FaceMethod method)
{
    switch (method) {
    case FaceMethod::Masked:
        return QStringLiteral("masked");
    case FaceMethod::Crop:
        return QStringLiteral("crop");
    case FaceMethod::Ssd:
        return QStringLiteral("ssd");
    case FaceMethod::Hog:
        break;
    }
    return QStringLiteral("hog");
}

QStringList faceMethodNames()
{
    return {QStringLiteral("hog"), QStringLiteral("masked"), QStringLiteral("crop"), QStringLiteral("ssd")};
}

FaceMethod parseFaceMethod(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("hog"))
        return FaceMethod::Hog;
    if (n == QLatin1String("masked"))
        return FaceMethod::Masked;
    if (n == QLatin1String("crop"))
        return FaceMethod::Crop;
    if (n == QLatin1String("ssd"))
        return FaceMethod::Ssd;
    throw Error(FaceDetectorTr::tr("Unknown face method \"%1\"; known: %2").arg(name, faceMethodNames().join(QStringLiteral(", "))));
}

FaceDetectorOptions faceOptionsFor(const QString &method, QString *note)
{
    QString name = method.trimmed().toLower();
    if (name.isEmpty())
        name = Settings::faceMethod.get().trimmed().toLower();
    FaceDetectorOptions o;
    if (name.isEmpty() || name == QLatin1String("auto")) {
        try {
            readMaskedFaceModels();
            o.method = FaceMethod::Masked;
        } catch (const Error &e) {
            o.method = FaceMethod::Hog;
            if (note)
                *note = FaceDetectorTr::tr("Using dlib's stock face detector, which finds few masked faces: %1").arg(e.message());
        }
        return o;
    }
    o.method = parseFaceMethod(name);
    if (o.method == FaceMethod::Masked || o.method == FaceMethod::Crop)
        readMaskedFaceModels(); // throws naming the folder and the build command
    return o;
}

QString FaceDetectorOptions::resolvedModelPath() const
{
    if (method == FaceMethod::Ssd)
        return landmarkNet68Manifest();
    if (method != FaceMethod::Hog)
        return readMaskedFaceModels(maskedModels).predictorPath;
    return modelPath.isEmpty() ? Settings::landmarkModel.get() : modelPath;
}

QString FaceDetectorOptions::cacheKey() const
{
    QString prefix = QStringLiteral("hog68v%1").arg(kAlgorithmVersion);
    if (method == FaceMethod::Ssd) {
        prefix = QStringLiteral("ssd68v1;det=%1:%2").arg(QFileInfo(ssdFaceDetectorManifest()).fileName()).arg(QFileInfo(ssdFaceDetectorManifest()).size());
    } else if (method != FaceMethod::Hog) {
        // The models' file names carry their build time, so a rebuilt set gets new cache rows.
        const MaskedFaceModels m = readMaskedFaceModels(maskedModels);
        prefix = QStringLiteral("%1v%2;det=%3").arg(faceMethodName(method)).arg(kMaskedAlgorithmVersion).arg(QFileInfo(m.detectorPath).fileName());
    }
    const QFileInfo model(resolvedModelPath());
    return QStringLiteral("%1;model=%2:%3;pad=%4;up=%5;all=%6;thr=%7")
        .arg(prefix)
        .arg(model.fileName())
        .arg(model.size())
        .arg(padding, 0, 'f', 4)
        .arg(upsample)
        .arg(allFaces ? 1 : 0)
        .arg(threshold, 0, 'f', 4);
}

struct FaceDetector::Impl
{
    FaceDetectorOptions options;
    // Created on the first detect(): decoding it costs more than a whole cached augment pass.
    std::unique_ptr<dlib::frontal_face_detector> detector;
    std::shared_ptr<const dlib::shape_predictor> predictor;
    std::optional<MaskedFaceModels> masked; // Masked, Crop
    std::unique_ptr<SsdFaceDetector> ssd;   // Ssd
    std::unique_ptr<LandmarkNet68> landmarkNet;
    QString cacheKey;

    // Runs the detector and the predictor on a prepared (padded, scaled) grey image; points in
    // that image's coordinates.
    std::vector<std::pair<dlib::rect_detection, dlib::full_object_detection>> run(const cv::Mat &work, double thresholdOffset = 0) const; // options.cacheKey() at construction: it reads a setting and stats the model
};

FaceDetector::FaceDetector(const FaceDetectorOptions &options) : d(std::make_unique<Impl>())
{
    d->options = options;
    d->options.upsample = std::clamp(options.upsample, 0, 2);
    d->options.padding = std::clamp(options.padding, 0.0, 1.0);
    if (options.method == FaceMethod::Ssd) {
        d->ssd = std::make_unique<SsdFaceDetector>();      // throws naming fetch-face-api.sh
        d->landmarkNet = std::make_unique<LandmarkNet68>();
        d->cacheKey = d->options.cacheKey();
        return;
    }
    if (options.method != FaceMethod::Hog)
        d->masked = readMaskedFaceModels(options.maskedModels); // throws naming the build command
    const QString path = d->masked ? d->masked->predictorPath : options.resolvedModelPath();
    if (options.loadLazily) {
        const QFileInfo info(path);
        if (!info.exists())
            throw Error(FaceDetectorTr::tr("Landmark model %1 not found. %2").arg(path, modelHelp()));
        if (!info.isFile() || !info.isReadable())
            throw Error(FaceDetectorTr::tr("Landmark model %1 cannot be read. %2").arg(path, modelHelp()));
    } else {
        d->predictor = sharedPredictor(path);
    }
    d->cacheKey = d->options.cacheKey();
}

FaceDetector::~FaceDetector() = default;

const FaceDetectorOptions &FaceDetector::options() const { return d->options; }
const QString &FaceDetector::cacheKey() const { return d->cacheKey; }

std::vector<std::pair<dlib::rect_detection, dlib::full_object_detection>>
FaceDetector::Impl::run(const cv::Mat &work, double thresholdOffset) const
{
    const dlib::cv_image<unsigned char> img(work);
    std::vector<dlib::rect_detection> dets;
    if (options.method == FaceMethod::Crop) {
        // The face is where training crops had theirs (in the unpadded part of the image).
        const int padX = int(std::lround(work.cols * options.padding / (1 + 2 * options.padding)));
        const int padY = int(std::lround(work.rows * options.padding / (1 + 2 * options.padding)));
        const double w = work.cols - 2.0 * padX, h = work.rows - 2.0 * padY;
        const cv::Rect2f &b = masked->cropBox;
        dlib::rect_detection det;
        det.rect = dlib::rectangle(long(padX + b.x * w), long(padY + b.y * h), long(padX + (b.x + b.width) * w) - 1,
                                   long(padY + (b.y + b.height) * h) - 1);
        det.detection_confidence = 0;
        dets.push_back(det);
    } else {
        (*detector)(img, dets, options.threshold + thresholdOffset);
    }
    std::sort(dets.begin(), dets.end(), [](const dlib::rect_detection &a, const dlib::rect_detection &b) {
        return a.rect.area() != b.rect.area() ? a.rect.area() > b.rect.area()
                                              : a.detection_confidence > b.detection_confidence;
    });
    if (!options.allFaces && dets.size() > 1)
        dets.resize(1);
    std::vector<std::pair<dlib::rect_detection, dlib::full_object_detection>> out;
    for (const dlib::rect_detection &det : dets)
        out.emplace_back(det, (*predictor)(img, det.rect));
    return out;
}

std::vector<Face> FaceDetector::detect(const cv::Mat &image)
{
    std::vector<Face> faces;
    if (image.empty())
        return faces;
    if (d->ssd) {
        cv::Mat bgr = image;
        if (image.channels() == 1)
            cv::cvtColor(image, bgr, cv::COLOR_GRAY2BGR);
        else if (image.channels() == 4)
            cv::cvtColor(image, bgr, cv::COLOR_BGRA2BGR);
        // Padded by the image's own size on each side: the SSD finds faces that fill the frame
        // far less often (UTKFace crops: 79 of 300 unpadded, 273 of 300 at this padding).
        const int padX = bgr.cols, padY = bgr.rows;
        cv::Mat work;
        cv::copyMakeBorder(bgr, work, padY, padY, padX, padX, cv::BORDER_REPLICATE);
        std::vector<SsdDetection> dets = d->ssd->detect(work, 0.5f, d->options.allFaces ? 100 : 10);
        std::sort(dets.begin(), dets.end(), [](const SsdDetection &a, const SsdDetection &b) {
            return a.box.area() > b.box.area();
        });
        if (!d->options.allFaces && dets.size() > 1)
            dets.resize(1);
        for (const SsdDetection &det : dets) {
            Face face;
            face.box = cv::Rect2f(det.box.x - padX, det.box.y - padY, det.box.width, det.box.height);
            const auto points = d->landmarkNet->landmarks(work, det.box);
            for (int i = 0; i < kLandmarkCount; ++i)
                face.landmarks[size_t(i)] = points[size_t(i)] - cv::Point2f(float(padX), float(padY));
            face.score = det.score;
            face.pose = estimateHeadPose(face.landmarks, image.size());
            faces.push_back(face);
        }
        return faces;
    }
    cv::Mat gray;
    if (image.channels() == 3)
        cv::cvtColor(image, gray, cv::COLOR_BGR2GRAY);
    else if (image.channels() == 4)
        cv::cvtColor(image, gray, cv::COLOR_BGRA2GRAY);
    else
        gray = image;
    if (gray.depth() != CV_8U)
        gray.convertTo(gray, CV_8U);

    const int padX = int(std::lround(gray.cols * d->options.padding));
    const int padY = int(std::lround(gray.rows * d->options.padding));
    cv::Mat work;
    cv::copyMakeBorder(gray, work, padY, padY, padX, padX, cv::BORDER_REPLICATE);
    double scale = 1.0;
    for (int i = 0; i < d->options.upsample; ++i) {
        cv::resize(work, work, cv::Size(), 2.0, 2.0, cv::INTER_LINEAR);
        scale *= 2.0;
    }

    if (!d->predictor)
        d->predictor = sharedPredictor(d->masked ? d->masked->predictorPath : d->options.resolvedModelPath());
    if (!d->detector && d->options.method != FaceMethod::Crop)
        d->detector = std::make_unique<dlib::frontal_face_detector>(
            d->masked ? maskedDetector(d->masked->detectorPath) : frontalDetector());

    // work coordinates -> original image coordinates; `turn` maps a rotated copy's points back.
    const auto collect = [&](const std::vector<std::pair<dlib::rect_detection, dlib::full_object_detection>> &found,
                          const cv::Mat &turn) {
        const auto toOriginal = [&](double x, double y) {
            if (!turn.empty()) {
                const double tx = turn.at<double>(0, 0) * x + turn.at<double>(0, 1) * y + turn.at<double>(0, 2);
                const double ty = turn.at<double>(1, 0) * x + turn.at<double>(1, 1) * y + turn.at<double>(1, 2);
                x = tx;
                y = ty;
            }
            return cv::Point2f(float(x / scale - padX), float(y / scale - padY));
        };
        for (const auto &[det, shape] : found) {
            Face face;
            std::vector<cv::Point2f> corners{
                toOriginal(det.rect.left(), det.rect.top()), toOriginal(det.rect.right() + 1, det.rect.top()),
                toOriginal(det.rect.left(), det.rect.bottom() + 1), toOriginal(det.rect.right() + 1, det.rect.bottom() + 1)};
            face.box = cv::boundingRect(corners);
            if (turn.empty())
                face.box = cv::Rect2f(corners[0], corners[3]);
            for (int i = 0; i < kLandmarkCount; ++i)
                face.landmarks[size_t(i)] = toOriginal(shape.part(unsigned(i)).x(), shape.part(unsigned(i)).y());
            face.score = det.detection_confidence;
            face.pose = estimateHeadPose(face.landmarks, image.size());
            faces.push_back(face);
        }
    };
    collect(d->run(work), cv::Mat());
    if (faces.empty() && d->options.method == FaceMethod::Masked) {
        // dlib's HOG filters cover little roll: try the head turned both ways.
        const cv::Point2f centre(work.cols / 2.f, work.rows / 2.f);
        for (const double angle : {20.0, -20.0}) {
            const cv::Mat rot = cv::getRotationMatrix2D(centre, angle, 1.0);
            cv::Mat turned;
            cv::warpAffine(work, turned, rot, work.size(), cv::INTER_LINEAR, cv::BORDER_REPLICATE);
            cv::Mat back;
            cv::invertAffineTransform(rot, back);
            collect(d->run(turned), back);
            if (!faces.empty())
                break;
        }
        // Faces under dlib's 80-pixel window (a person in a street photo): once more at twice the size.
        if (faces.empty() && d->options.upsample == 0 && std::max(work.cols, work.rows) <= 1600) {
            cv::Mat larger;
            cv::resize(work, larger, cv::Size(), 2.0, 2.0, cv::INTER_LINEAR);
            scale = 2.0;
            collect(d->run(larger), cv::Mat());
            scale = 1.0;
        }
        // Last, a weaker match: a mask unlike any seen in training leaves less of a face to score.
        if (faces.empty() && kMaskedFallbackOffset < 0)
            collect(d->run(work, kMaskedFallbackOffset), cv::Mat());
    }
    return faces;
}

} // namespace maskbench
