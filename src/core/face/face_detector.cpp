#include "face/face_detector.h"

#include "common/error.h"
#include "common/settings.h"

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

namespace maskbench {
namespace {

QString tr(const char *s) { return QCoreApplication::translate("FaceDetector", s); }

// Bumped when detection or landmark post-processing changes, so old cache rows stop matching.
constexpr int kAlgorithmVersion = 1;

QString modelHelp()
{
    return tr("Install the Debian package libdlib-data (it provides "
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
        throw Error(tr("Landmark model %1 not found. %2").arg(path, modelHelp()));
    if (!info.isFile() || !info.isReadable())
        throw Error(tr("Landmark model %1 cannot be read. %2").arg(path, modelHelp()));
    auto sp = std::make_shared<dlib::shape_predictor>();
    try {
        std::ifstream in(QFile::encodeName(path).toStdString(), std::ios::binary);
        dlib::deserialize(*sp, in);
    } catch (const std::exception &e) {
        throw Error(tr("Landmark model %1 is corrupt or not a dlib shape predictor (%2). %3")
                        .arg(path, QString::fromLocal8Bit(e.what()).left(200), modelHelp()));
    }
    if (sp->num_parts() != unsigned(kLandmarkCount))
        throw Error(tr("Landmark model %1 predicts %2 points, not 68. %3").arg(path).arg(sp->num_parts()).arg(modelHelp()));
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

} // namespace

QString FaceDetectorOptions::resolvedModelPath() const
{
    return modelPath.isEmpty() ? Settings::landmarkModel.get() : modelPath;
}

QString FaceDetectorOptions::cacheKey() const
{
    const QFileInfo model(resolvedModelPath());
    return QStringLiteral("hog68v%1;model=%2:%3;pad=%4;up=%5;all=%6;thr=%7")
        .arg(kAlgorithmVersion)
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
    QString cacheKey; // options.cacheKey() at construction: it reads a setting and stats the model
};

FaceDetector::FaceDetector(const FaceDetectorOptions &options) : d(std::make_unique<Impl>())
{
    d->options = options;
    d->options.upsample = std::clamp(options.upsample, 0, 2);
    d->options.padding = std::clamp(options.padding, 0.0, 1.0);
    const QString path = options.resolvedModelPath();
    if (options.loadLazily) {
        const QFileInfo info(path);
        if (!info.exists())
            throw Error(tr("Landmark model %1 not found. %2").arg(path, modelHelp()));
        if (!info.isFile() || !info.isReadable())
            throw Error(tr("Landmark model %1 cannot be read. %2").arg(path, modelHelp()));
    } else {
        d->predictor = sharedPredictor(path);
    }
    d->cacheKey = d->options.cacheKey();
}

FaceDetector::~FaceDetector() = default;

const FaceDetectorOptions &FaceDetector::options() const { return d->options; }
const QString &FaceDetector::cacheKey() const { return d->cacheKey; }

std::vector<Face> FaceDetector::detect(const cv::Mat &image)
{
    std::vector<Face> faces;
    if (image.empty())
        return faces;
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
        d->predictor = sharedPredictor(d->options.resolvedModelPath());
    if (!d->detector)
        d->detector = std::make_unique<dlib::frontal_face_detector>(frontalDetector());
    const dlib::cv_image<unsigned char> img(work);
    std::vector<dlib::rect_detection> dets;
    (*d->detector)(img, dets, d->options.threshold);
    std::sort(dets.begin(), dets.end(), [](const dlib::rect_detection &a, const dlib::rect_detection &b) {
        return a.rect.area() != b.rect.area() ? a.rect.area() > b.rect.area()
                                              : a.detection_confidence > b.detection_confidence;
    });
    if (!d->options.allFaces && dets.size() > 1)
        dets.resize(1);

    const auto toOriginal = [&](double x, double y) {
        return cv::Point2f(float(x / scale - padX), float(y / scale - padY));
    };
    for (const dlib::rect_detection &det : dets) {
        const dlib::full_object_detection shape = (*d->predictor)(img, det.rect);
        Face face;
        const cv::Point2f tl = toOriginal(det.rect.left(), det.rect.top());
        const cv::Point2f br = toOriginal(det.rect.right() + 1, det.rect.bottom() + 1);
        face.box = cv::Rect2f(tl, br);
        for (int i = 0; i < kLandmarkCount; ++i)
            face.landmarks[size_t(i)] = toOriginal(shape.part(unsigned(i)).x(), shape.part(unsigned(i)).y());
        face.score = det.detection_confidence;
        face.pose = estimateHeadPose(face.landmarks, image.size());
        faces.push_back(face);
    }
    return faces;
}

} // namespace maskbench
