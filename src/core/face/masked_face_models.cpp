#include "core/face/masked_face_models.h"

#include "core/common/error.h"
#include "core/common/json_file.h"
#include "core/common/parallel.h"
#include "core/common/settings.h"
#include "core/dataset/dataset.h"
#include "core/face/face_detector.h"
#include "core/face/face_lookup.h"
#include "core/face/image_input.h"
#include "core/face/landmark_cache.h"
#include "core/mask/mask_overlay.h"
#include "core/mask/masker.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <dlib/image_processing.h>
#include <dlib/image_processing/frontal_face_detector.h>
#include <dlib/image_processing/shape_predictor_trainer.h>
#include <dlib/opencv/cv_image.h>
#include <dlib/svm_threaded.h>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <random>
#include <sstream>

namespace maskbench {
namespace {

// This file's messages: looked up under "MaskedFaceModels" and extracted there by lupdate.
struct MaskedFaceModelsTr
{
    Q_DECLARE_TR_FUNCTIONS(MaskedFaceModels)
};

using Scanner = dlib::scan_fhog_pyramid<dlib::pyramid_down<6>>;
using HogDetector = dlib::object_detector<Scanner>;

constexpr double kPadding = 0.25; // as FaceDetectorOptions' default: the detector sees this frame
constexpr int kFormatVersion = 1;

// One training face: the padded grey image the detector and predictor see, with its truth.
struct Example
{
    cv::Mat gray;              // padded, 8-bit
    cv::Rect2f box;            // truth box, padded frame
    std::array<cv::Point2f, kLandmarkCount> points;
    bool masked = false;
};

cv::Point2f lerp(cv::Point2f a, cv::Point2f b, double t) { return a + (b - a) * float(t); }

// A second mask renderer, unlike the templates: a flat polygon over the jaw line up to the nose
// bridge, of random height, colour, shading and texture. It keeps the models from learning the
// templates' look (the masks users wear are not ours).
cv::Mat flatMask(const cv::Mat &bgr, const Face &face, std::mt19937_64 &rng)
{
    std::uniform_real_distribution<double> u(0.0, 1.0);
    const auto p = [&](int oneBased) { return face.point(oneBased); };
    std::vector<cv::Point> poly;
    const double side = u(rng) * 0.5;      // how far up the cheek the sides reach (towards 1 / 17)
    const double bridge = 0.15 + u(rng) * 0.5; // top centre between nose bridge 28 and nose tip 31
    const auto add = [&](cv::Point2f q) { poly.emplace_back(cvRound(q.x * 16), cvRound(q.y * 16)); };
    for (int i = 2; i <= 16; ++i)
        add(p(i));
    add(lerp(p(16), p(17), side));
    add(lerp(lerp(p(16), p(17), side), lerp(p(28), p(31), bridge), 0.5) + cv::Point2f(0, float((u(rng) - 0.5) * 0.04 * cv::norm(p(9) - p(28)))));
    add(lerp(p(28), p(31), bridge));
    add(lerp(lerp(p(2), p(1), side), lerp(p(28), p(31), bridge), 0.5));
    add(lerp(p(2), p(1), side));

    cv::Mat alpha(bgr.size(), CV_8U, cv::Scalar(0));
    cv::fillPoly(alpha, std::vector<std::vector<cv::Point>>{poly}, cv::Scalar(255), cv::LINE_AA, 4);
    const double faceWidth = cv::norm(p(1) - p(17));
    const double sigma = std::max(0.6, faceWidth * 0.01 * (0.5 + u(rng)));
    cv::GaussianBlur(alpha, alpha, cv::Size(), sigma);

    cv::Vec3d colour;
    const double kind = u(rng);
    if (kind < 0.4) { // light: white, pale blue or green
        const double base = 170 + u(rng) * 85;
        colour = {base - u(rng) * 40, base - u(rng) * 20, base - u(rng) * 40};
    } else if (kind < 0.7) { // dark
        const double base = u(rng) * 70;
        colour = {base + u(rng) * 20, base + u(rng) * 20, base + u(rng) * 20};
    } else { // any colour
        colour = {u(rng) * 255, u(rng) * 255, u(rng) * 255};
    }
    cv::Mat layer(bgr.size(), CV_32FC3, cv::Scalar(colour[0], colour[1], colour[2]));
    // Texture: none, noise, or stripes (woven or printed fabric).
    const double texture = u(rng);
    if (texture < 0.3) {
        cv::Mat noise(bgr.size(), CV_32FC3);
        cv::randn(noise, cv::Scalar::all(0), cv::Scalar::all(6 + u(rng) * 20));
        layer += noise;
    } else if (texture < 0.5) {
        const double period = 4 + u(rng) * 14, angle = u(rng) * CV_PI;
        const cv::Vec3d other{u(rng) * 255, u(rng) * 255, u(rng) * 255};
        for (int y = 0; y < layer.rows; ++y) {
            auto *row = layer.ptr<cv::Vec3f>(y);
            for (int x = 0; x < layer.cols; ++x) {
                const double s = std::sin((x * std::cos(angle) + y * std::sin(angle)) * 2 * CV_PI / period);
                if (s > 0.3)
                    row[x] = cv::Vec3f(float(other[0]), float(other[1]), float(other[2]));
            }
        }
    }
    // Shading: lighter at the top (where the mask meets the nose), darker below the chin.
    const float top = float(p(28).y), bottom = float(p(9).y);
    const double shade = 0.15 + u(rng) * 0.2;
    for (int y = 0; y < layer.rows; ++y) {
        const float t = std::clamp((float(y) - top) / std::max(1.f, bottom - top), 0.f, 1.f);
        layer.row(y) *= float(1.0 + shade / 2 - shade * t);
    }

    cv::Mat out(bgr.size(), CV_8UC3);
    for (int y = 0; y < bgr.rows; ++y) {
        const auto *src = bgr.ptr<cv::Vec3b>(y);
        const auto *a = alpha.ptr<uchar>(y);
        const auto *l = layer.ptr<cv::Vec3f>(y);
        auto *dst = out.ptr<cv::Vec3b>(y);
        for (int x = 0; x < bgr.cols; ++x) {
            const float w = a[x] / 255.f;
            for (int c = 0; c < 3; ++c)
                dst[x][c] = cv::saturate_cast<uchar>(src[x][c] * (1 - w) + l[x][c] * w);
        }
    }
    return out;
}

Example makeExample(const cv::Mat &bgr, const Face &face, bool masked)
{
    Example e;
    cv::Mat gray;
    cv::cvtColor(bgr, gray, cv::COLOR_BGR2GRAY);
    const int padX = int(std::lround(gray.cols * kPadding));
    const int padY = int(std::lround(gray.rows * kPadding));
    cv::copyMakeBorder(gray, e.gray, padY, padY, padX, padX, cv::BORDER_REPLICATE);
    const cv::Point2f shift{float(padX), float(padY)};
    e.box = cv::Rect2f(face.box.tl() + shift, face.box.size());
    for (int i = 0; i < kLandmarkCount; ++i)
        e.points[size_t(i)] = face.landmarks[size_t(i)] + shift;
    e.masked = masked;
    return e;
}

dlib::rectangle toDlib(const cv::Rect2f &r)
{
    return dlib::rectangle(long(std::lround(r.x)), long(std::lround(r.y)), long(std::lround(r.x + r.width)) - 1,
                           long(std::lround(r.y + r.height)) - 1);
}

template<typename T>
void serializeTo(const T &item, const QString &path)
{
    std::ostringstream out;
    dlib::serialize(item, out);
    const std::string bytes = out.str();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes.data(), qint64(bytes.size())) != qint64(bytes.size()) ||
        !file.commit())
        throw Error(MaskedFaceModelsTr::tr("Cannot write %1: %2").arg(path, file.errorString()));
}

} // namespace

cv::Mat drawFlatMask(const cv::Mat &bgr, const Face &face, quint64 seed)
{
    std::mt19937_64 rng(seed);
    return flatMask(bgr, face, rng);
}

cv::Mat drawBandMask(const cv::Mat &bgr, const Face &face, quint64 seed)
{
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    const cv::Point2f left = face.point(3), right = face.point(15);
    const cv::Point2f across = right - left;
    const double width = cv::norm(across) * (1.1 + 0.15 * u(rng));
    const cv::Point2f up = cv::Point2f(across.y, -across.x) * float(1.0 / std::max(1e-6, cv::norm(across)));
    const cv::Point2f top = face.point(29) + (face.point(31) - face.point(29)) * float(u(rng) * 0.6);
    const double height = cv::norm(face.point(9) - top) * (1.15 + 0.2 * u(rng));
    const cv::Point2f side = across * float(width / std::max(1e-6, cv::norm(across)) / 2);
    const cv::Point2f down = -up * float(height);
    const std::vector<cv::Point> quad{cv::Point(top - side), cv::Point(top + side), cv::Point(top + side + down),
                                      cv::Point(top - side + down)};
    cv::Mat out = bgr.clone();
    const cv::Scalar colour(u(rng) * 255, u(rng) * 255, u(rng) * 255);
    cv::fillConvexPoly(out, quad, colour, cv::LINE_AA);
    return out;
}

double landmarkError(const Face &truth, const Face &found, cv::Size image)
{
    const auto centre = [](const Face &f, int from) {
        cv::Point2f c(0, 0);
        for (int i = from; i < from + 6; ++i)
            c += f.point(i);
        return c * (1.f / 6.f);
    };
    const double interOcular = cv::norm(centre(truth, 37) - centre(truth, 43));
    if (interOcular < 1e-6)
        return -1;
    double sum = 0;
    int n = 0;
    for (int i = 1; i <= 48; ++i) {
        const cv::Point2f &t = truth.point(i);
        if (t.x < 0 || t.y < 0 || t.x >= image.width || t.y >= image.height)
            continue;
        sum += cv::norm(found.point(i) - t);
        ++n;
    }
    return n > 0 ? sum / n / interOcular : -1;
}

std::vector<QString> seededImageOrder(const QStringList &paths, quint64 seed)
{
    std::vector<std::pair<quint64, QString>> keyed;
    keyed.reserve(size_t(paths.size()));
    for (const QString &p : paths)
        keyed.emplace_back(itemSeed(seed, p), p);
    std::sort(keyed.begin(), keyed.end());
    std::vector<QString> out;
    out.reserve(keyed.size());
    for (auto &k : keyed)
        out.push_back(std::move(k.second));
    return out;
}

QString defaultMaskedFaceModelsDir()
{
    return cacheDirectory() + QStringLiteral("/face-models/masked");
}

QString maskedFaceModelsHelp()
{
    return MaskedFaceModelsTr::tr("Build them once (about 10 minutes on two cores) with: maskbench-cli faces train-masked DATASET "
              "(for example the UTKFace folder), or in the workbench with Tools > Build masked-face models.");
}

MaskedFaceModels readMaskedFaceModels(const QString &folder)
{
    QString dir = folder;
    if (dir.isEmpty())
        dir = Settings::maskedFaceModels.get();
    if (dir.isEmpty())
        dir = defaultMaskedFaceModelsDir();
    MaskedFaceModels m;
    m.folder = QDir::cleanPath(QFileInfo(dir).absoluteFilePath());
    const QString json = QDir(m.folder).filePath(QStringLiteral("model.json"));
    if (!QFileInfo::exists(json))
        throw Error(MaskedFaceModelsTr::tr("Masked-face models not found in %1. %2").arg(m.folder, maskedFaceModelsHelp()));
    m.info = readJsonObjectFile(json);
    if (m.info.value(QStringLiteral("format")).toString() != QLatin1String("maskbench-masked-faces"))
        throw Error(MaskedFaceModelsTr::tr("%1 is not a MaskBench masked-face model description. %2").arg(json, maskedFaceModelsHelp()));
    if (m.info.value(QStringLiteral("version")).toInt() > kFormatVersion)
        throw Error(MaskedFaceModelsTr::tr("%1 was written by a newer MaskBench (format %2); rebuild the models. %3")
                        .arg(json).arg(m.info.value(QStringLiteral("version")).toInt()).arg(maskedFaceModelsHelp()));
    m.detectorPath = QDir(m.folder).filePath(m.info.value(QStringLiteral("detector")).toString());
    m.predictorPath = QDir(m.folder).filePath(m.info.value(QStringLiteral("predictor")).toString());
    for (const QString &f : {m.detectorPath, m.predictorPath})
        if (!QFileInfo(f).isFile())
            throw Error(MaskedFaceModelsTr::tr("Masked-face model file %1 is missing. %2").arg(f, maskedFaceModelsHelp()));
    const QJsonArray crop = m.info.value(QStringLiteral("crop_box")).toArray();
    if (crop.size() == 4)
        m.cropBox = cv::Rect2f(float(crop[0].toDouble()), float(crop[1].toDouble()), float(crop[2].toDouble()),
                               float(crop[3].toDouble()));
    return m;
}

MaskedFaceTrainingResult trainMaskedFaceModels(const MaskedFaceTrainingOptions &o, const ProgressCallback &progress)
{
    MaskedFaceTrainingResult r;
    const QString outDir = QDir::cleanPath(QFileInfo(o.outDir.isEmpty() ? defaultMaskedFaceModelsDir() : o.outDir).absoluteFilePath());
    if (!QDir().mkpath(outDir))
        throw Error(MaskedFaceModelsTr::tr("Cannot create the folder %1").arg(outDir));
    const int threads = o.threads > 0 ? o.threads : effectiveThreads();

    // A seeded subset, independent of the source's order.
    LoadOptions lo;
    lo.labelColumn = o.labelColumn;
    lo.probeImages = false;
    Dataset ds = loadDataset(o.source, lo);
    QStringList all;
    for (const DatasetItem &it : ds.items)
        if (it.exists && (o.split.isEmpty() || it.split == o.split))
            all.append(it.path);
    all.removeDuplicates();
    if (all.isEmpty() && !o.split.isEmpty())
        throw Error(MaskedFaceModelsTr::tr("%1 has no existing images in the split '%2'").arg(o.source, o.split));
    std::vector<QString> items = seededImageOrder(all, o.seed);
    if (o.images > 0 && qint64(items.size()) > o.images)
        items.resize(size_t(o.images));
    r.images = qint64(items.size());

    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<LandmarkCache> cache;
    if (o.landmarkCache != QLatin1String("-"))
        cache = std::make_unique<LandmarkCache>(o.landmarkCache.isEmpty() ? LandmarkCache::defaultPath() : o.landmarkCache);

    std::vector<std::optional<Example>> examples(items.size());
    std::vector<cv::Rect2f> relativeBoxes(items.size(), cv::Rect2f());
    std::mutex statsMutex;
    // One stock detector per thread (dlib's detector is not thread-safe).
    std::mutex detectorsMutex;
    std::map<std::thread::id, std::unique_ptr<FaceDetector>> detectors;
    FaceDetectorOptions fdo; // stock HOG with the project's usual padding: the truth
    fdo.loadLazily = true;
    FaceDetector probe(fdo); // checks the model file before any work
    const QString stage = MaskedFaceModelsTr::tr("Masking training faces");
    const auto prepareOne = [&](qint64 i) {
            FaceDetector *detector;
            {
                std::lock_guard<std::mutex> lock(detectorsMutex);
                auto &slot = detectors[std::this_thread::get_id()];
                if (!slot)
                    slot = std::make_unique<FaceDetector>(fdo);
                detector = slot.get();
            }
            const QString &path = items[size_t(i)];
            ImageInput in = readImageInput(path);
            if (in.status != ImageInputStatus::Ok) {
                std::lock_guard<std::mutex> lock(statsMutex);
                ++r.unreadable;
                return;
            }
            FaceLookup found;
            try {
                found = findFaces(in, *detector, cache.get());
            } catch (...) {
                std::lock_guard<std::mutex> lock(statsMutex);
                ++r.unreadable;
                return;
            }
            if (found.faces.empty()) {
                std::lock_guard<std::mutex> lock(statsMutex);
                ++r.noFace;
                return;
            }
            const Face &face = found.faces.front();
            const quint64 seed = itemSeed(o.seed, path);
            std::mt19937_64 rng(seed);
            const double pick = itemUniform(seed, 11); // chooseMask uses streams 1 and 2
            bool masked = true, failed = false;
            cv::Mat image;
            if (pick < o.unmaskedShare) {
                masked = false;
                image = in.image;
            } else if (itemUniform(seed, 12) < o.flatMaskShare) {
                image = flatMask(in.image, face, rng);
            } else {
                const MaskResult m = applyMask(in.image, face, chooseMask({}, seed, true));
                if (m.ok) {
                    image = m.image;
                } else {
                    failed = true;
                    image = flatMask(in.image, face, rng);
                }
            }
            examples[size_t(i)] = makeExample(image, face, masked);
            relativeBoxes[size_t(i)] = cv::Rect2f(face.box.x / float(in.image.cols), face.box.y / float(in.image.rows),
                                                  face.box.width / float(in.image.cols), face.box.height / float(in.image.rows));
            std::lock_guard<std::mutex> lock(statsMutex);
            ++r.faces;
            (masked ? r.masked : r.unmasked) += 1;
            r.maskFailed += failed ? 1 : 0;
    };
    // parallelFor's workers must not throw: whatever one image does is counted against it.
    parallelFor(
        qint64(items.size()),
        [&](qint64 i) {
            try {
                prepareOne(i);
            } catch (...) {
                std::lock_guard<std::mutex> lock(statsMutex);
                ++r.unreadable;
            }
        },
        stage, progress, threads);
    r.prepareSeconds = timer.elapsed() / 1000.0;
    if (r.faces < 20)
        throw Error(MaskedFaceModelsTr::tr("Only %1 face(s) found in %2 image(s) of %3: too few to train masked-face models (%4 without a face, "
                       "%5 unreadable)")
                        .arg(r.faces).arg(r.images).arg(o.source).arg(r.noFace).arg(r.unreadable));

    // Shape predictor data: every example. Detector data: a bounded subset whose boxes the 80x80
    // HOG window can reach (dlib refuses boxes it cannot match; tiny ones are rare in crops).
    dlib::array<dlib::array2d<unsigned char>> spImages, detImages;
    std::vector<std::vector<dlib::full_object_detection>> spShapes;
    std::vector<std::vector<dlib::rectangle>> detBoxes;
    cv::Point2d boxSum(0, 0), sizeSum(0, 0);
    qint64 boxCount = 0;
    for (size_t i = 0; i < examples.size(); ++i) {
        if (!examples[i])
            continue;
        const Example &e = *examples[i];
        dlib::array2d<unsigned char> img;
        dlib::assign_image(img, dlib::cv_image<unsigned char>(e.gray));
        std::vector<dlib::point> pts;
        for (const cv::Point2f &q : e.points)
            pts.emplace_back(long(std::lround(q.x)), long(std::lround(q.y)));
        const dlib::rectangle box = toDlib(e.box);
        const bool inside = e.box.x >= 0 && e.box.y >= 0 && e.box.x + e.box.width <= e.gray.cols &&
                            e.box.y + e.box.height <= e.gray.rows;
        if (inside && std::min(e.box.width, e.box.height) >= 70 && qint64(detImages.size()) < o.detectorImages) {
            dlib::array2d<unsigned char> copy;
            dlib::assign_image(copy, img);
            detImages.push_back(std::move(copy));
            detBoxes.push_back({box});
        }
        spImages.push_back(std::move(img));
        spShapes.push_back({dlib::full_object_detection(box, pts)});
        boxSum += cv::Point2d(relativeBoxes[i].x, relativeBoxes[i].y);
        sizeSum += cv::Point2d(relativeBoxes[i].width, relativeBoxes[i].height);
        ++boxCount;
    }
    examples.clear();

    reportProgress(progress, {MaskedFaceModelsTr::tr("Training the masked-face detector (dlib HOG, %1 faces)").arg(detImages.size() * 2), 0, 0, -1});
    timer.restart();
    dlib::add_image_left_right_flips(detImages, detBoxes);
    Scanner scanner;
    // As dlib's stock frontal detector (80x80 window, no padding of the feature map), so that the
    // trained filter can join the stock ones in one detector (face_detector.cpp checks this).
    scanner.set_detection_window_size(80, 80);
    scanner.set_padding(0);
    dlib::structural_object_detection_trainer<Scanner> detTrainer(scanner);
    detTrainer.set_num_threads(unsigned(threads));
    detTrainer.set_c(o.detectorC);
    detTrainer.set_epsilon(0.01);
    HogDetector detector;
    try {
        detector = detTrainer.train(detImages, detBoxes);
    } catch (const std::exception &e) {
        throw Error(MaskedFaceModelsTr::tr("Training the masked-face detector failed: %1").arg(QString::fromLocal8Bit(e.what()).left(300)));
    }
    detImages.clear();
    r.detectorSeconds = timer.elapsed() / 1000.0;

    reportProgress(progress, {MaskedFaceModelsTr::tr("Training the masked-face landmark model (dlib, %1 faces)").arg(spImages.size()), 1, 2, -1});
    timer.restart();
    dlib::shape_predictor_trainer spTrainer;
    spTrainer.set_cascade_depth(unsigned(o.cascadeDepth));
    spTrainer.set_tree_depth(unsigned(o.treeDepth));
    spTrainer.set_num_trees_per_cascade_level(unsigned(o.treesPerLevel));
    spTrainer.set_oversampling_amount(unsigned(o.oversampling));
    spTrainer.set_num_threads(unsigned(threads));
    spTrainer.set_random_seed(std::to_string(o.seed));
    dlib::shape_predictor predictor;
    try {
        predictor = spTrainer.train(spImages, spShapes);
    } catch (const std::exception &e) {
        throw Error(MaskedFaceModelsTr::tr("Training the masked-face landmark model failed: %1").arg(QString::fromLocal8Bit(e.what()).left(300)));
    }
    r.predictorSeconds = timer.elapsed() / 1000.0;

    // Write the files under new names, then model.json last: a reader sees the old set or the
    // new one, never a mix.
    const QString stamp = QString::number(QDateTime::currentMSecsSinceEpoch());
    const QString detName = QStringLiteral("detector-%1.svm").arg(stamp);
    const QString spName = QStringLiteral("landmarks-%1.dat").arg(stamp);
    serializeTo(detector, QDir(outDir).filePath(detName));
    serializeTo(predictor, QDir(outDir).filePath(spName));
    QJsonObject info;
    info[QStringLiteral("format")] = QStringLiteral("maskbench-masked-faces");
    info[QStringLiteral("version")] = kFormatVersion;
    info[QStringLiteral("detector")] = detName;
    info[QStringLiteral("predictor")] = spName;
    const double n = double(std::max<qint64>(1, boxCount));
    info[QStringLiteral("crop_box")] = QJsonArray{boxSum.x / n, boxSum.y / n, sizeSum.x / n, sizeSum.y / n};
    info[QStringLiteral("padding")] = kPadding;
    info[QStringLiteral("source")] = QDir::cleanPath(QFileInfo(o.source).absoluteFilePath());
    if (!o.split.isEmpty())
        info[QStringLiteral("source_split")] = o.split;
    info[QStringLiteral("seed")] = QString::number(o.seed);
    info[QStringLiteral("images")] = r.images;
    info[QStringLiteral("faces")] = r.faces;
    info[QStringLiteral("masked")] = r.masked;
    info[QStringLiteral("unmasked")] = r.unmasked;
    info[QStringLiteral("flat_mask_share")] = o.flatMaskShare;
    info[QStringLiteral("detector_faces")] = qint64(detBoxes.size());
    info[QStringLiteral("detector_c")] = o.detectorC;
    info[QStringLiteral("predictor_settings")] = QJsonObject{{QStringLiteral("cascade_depth"), o.cascadeDepth},
                                                             {QStringLiteral("tree_depth"), o.treeDepth},
                                                             {QStringLiteral("trees_per_level"), o.treesPerLevel},
                                                             {QStringLiteral("oversampling"), o.oversampling}};
    info[QStringLiteral("seconds")] = QJsonObject{{QStringLiteral("prepare"), r.prepareSeconds},
                                                  {QStringLiteral("detector"), r.detectorSeconds},
                                                  {QStringLiteral("predictor"), r.predictorSeconds}};
    info[QStringLiteral("created")] = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const QString jsonPath = QDir(outDir).filePath(QStringLiteral("model.json"));
    QStringList old;
    if (QFileInfo::exists(jsonPath)) {
        try {
            const QJsonObject prev = readJsonObjectFile(jsonPath);
            old << prev.value(QStringLiteral("detector")).toString() << prev.value(QStringLiteral("predictor")).toString();
        } catch (const Error &) {
        }
    }
    QSaveFile json(jsonPath);
    const QByteArray bytes = QJsonDocument(info).toJson();
    if (!json.open(QIODevice::WriteOnly) || json.write(bytes) != bytes.size() || !json.commit())
        throw Error(MaskedFaceModelsTr::tr("Cannot write %1: %2").arg(jsonPath, json.errorString()));
    for (const QString &f : old)
        if (!f.isEmpty() && f != detName && f != spName && !f.contains(QLatin1Char('/')))
            QFile::remove(QDir(outDir).filePath(f));
    r.models = readMaskedFaceModels(outDir);
    return r;
}

} // namespace maskbench
