#include "core/face/face_chip.h"

#include "core/common/error.h"
#include "core/common/parallel.h"
#include "core/common/settings.h"
#include "core/face/face_lookup.h"
#include "core/face/image_input.h"
#include "core/face/landmark_cache.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <dlib/image_processing.h>
#include <dlib/image_transforms.h>
#include <dlib/opencv/cv_image.h>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <map>
#include <memory>
#include <mutex>
#include <thread>

namespace maskbench {
namespace {
// This file's messages: looked up under "FaceChip" and extracted there by lupdate.
struct FaceChipTr
{
    Q_DECLARE_TR_FUNCTIONS(FaceChip)
};
}

cv::Mat extractFaceChip(const cv::Mat &image, const Face &face, int size, double padding)
{
    if (image.empty() || image.type() != CV_8UC3)
        throw Error(maskbench::FaceChipTr::tr("extractFaceChip needs an 8-bit BGR image"));
    std::vector<dlib::point> parts;
    parts.reserve(kLandmarkCount);
    for (const cv::Point2f &p : face.landmarks)
        parts.emplace_back(long(std::lround(p.x)), long(std::lround(p.y)));
    const dlib::rectangle rect(long(face.box.x), long(face.box.y), long(face.box.x + face.box.width),
                               long(face.box.y + face.box.height));
    const dlib::full_object_detection shape(rect, parts);
    const dlib::chip_details details = dlib::get_face_chip_details(shape, unsigned(size), padding);
    const dlib::cv_image<dlib::bgr_pixel> src(image);
    dlib::matrix<dlib::bgr_pixel> chip;
    dlib::extract_image_chip(src, details, chip);
    cv::Mat out(int(chip.nr()), int(chip.nc()), CV_8UC3);
    for (long r = 0; r < chip.nr(); ++r)
        for (long c = 0; c < chip.nc(); ++c) {
            const dlib::bgr_pixel &px = chip(r, c);
            out.at<cv::Vec3b>(int(r), int(c)) = cv::Vec3b(px.blue, px.green, px.red);
        }
    return out;
}

std::vector<QString> prepareFaceChips(const QStringList &paths, const FaceChipOptions &options,
                                      FaceChipSummary *summary, const ProgressCallback &progress,
                                      const QStringList &landmarkSources, std::vector<char> *foundOut)
{
    const QString folder = options.folder.isEmpty() ? QDir(cacheDirectory()).filePath(QStringLiteral("face-chips"))
                                                    : options.folder;
    if (!QDir().mkpath(folder))
        throw Error(FaceChipTr::tr("Cannot create the face chip folder %1").arg(folder));
    std::unique_ptr<LandmarkCache> cache;
    if (options.landmarkCache != QLatin1String("-"))
        cache = std::make_unique<LandmarkCache>(options.landmarkCache.isEmpty() ? LandmarkCache::defaultPath()
                                                                                 : options.landmarkCache);
    FaceDetectorOptions detectorOptions = options.detector;
    detectorOptions.loadLazily = true; // all cached: the 100 MB predictor is never loaded
    // The chip settings are part of the name: another size or padding never reuses a chip.
    const QString tag = QStringLiteral("s%1p%2").arg(options.size).arg(options.padding);
    QString detectorTag;
    {
        FaceDetector probe(detectorOptions); // throws now, once, when the landmark model is missing
        detectorTag = QString::fromLatin1(
            QCryptographicHash::hash(probe.cacheKey().toUtf8(), QCryptographicHash::Sha1).toHex().left(8));
    }

    std::vector<QString> out(size_t(paths.size()));
    std::vector<char> alignedFlags(size_t(paths.size()), 0);
    FaceChipSummary local;
    std::mutex mutex;
    std::map<std::thread::id, std::unique_ptr<FaceDetector>> detectors; // dlib's detector: one per thread
    parallelFor(
        paths.size(),
        [&](qint64 i) {
            const QString &path = paths.at(int(i));
            const ImageInput input = readImageInput(path);
            if (input.status != ImageInputStatus::Ok) {
                std::lock_guard<std::mutex> lock(mutex);
                ++local.unreadable;
                if (local.unreadablePaths.size() < 1000)
                    local.unreadablePaths.append(path);
                return;
            }
            FaceDetector *detector = nullptr;
            {
                std::lock_guard<std::mutex> lock(mutex);
                auto &slot = detectors[std::this_thread::get_id()];
                if (!slot)
                    slot = std::make_unique<FaceDetector>(detectorOptions);
                detector = slot.get();
            }
            bool found = false, fromSource = false, reused = false;
            QString chipPath;
            try {
                FaceLookup faces;
                const QString source = i < landmarkSources.size() ? landmarkSources.at(int(i)) : QString();
                if (!source.isEmpty()) {
                    const ImageInput original = readImageInput(source);
                    if (original.status == ImageInputStatus::Ok && original.image.size() == input.image.size()) {
                        faces = findFaces(original, *detector, cache.get());
                        fromSource = !faces.faces.empty();
                    }
                }
                if (!fromSource)
                    faces = findFaces(input, *detector, cache.get());
                found = !faces.faces.empty();
                // Named by content, chip settings and where the landmarks came from (the face
                // method's settings, or the original's): a chip aligned one way is never reused
                // for another.
                chipPath = QDir(folder).filePath(QString::fromLatin1(input.hash.toHex().left(32)) + QLatin1Char('_') + tag
                                                 + (found ? QLatin1Char('_') + detectorTag + (fromSource ? QStringLiteral("b") : QString())
                                                          : QStringLiteral("_whole"))
                                                 + QStringLiteral(".png"));
                reused = QFileInfo::exists(chipPath);
                if (!reused) {
                    cv::Mat chip;
                    if (found) {
                        chip = extractFaceChip(input.image, faces.faces.front(), options.size, options.padding);
                    } else {
                        cv::resize(input.image, chip, cv::Size(options.size, options.size), 0, 0, cv::INTER_AREA);
                    }
                    std::vector<uchar> png;
                    cv::imencode(".png", chip, png);
                    QSaveFile f(chipPath);
                    if (!f.open(QIODevice::WriteOnly)
                        || f.write(reinterpret_cast<const char *>(png.data()), qint64(png.size())) != qint64(png.size())
                        || !f.commit())
                        throw Error(FaceChipTr::tr("Cannot write the face chip %1: %2").arg(chipPath, f.errorString()));
                }
            } catch (const std::exception &) {
                std::lock_guard<std::mutex> lock(mutex);
                ++local.unreadable;
                if (local.unreadablePaths.size() < 1000)
                    local.unreadablePaths.append(path);
                return;
            }
            std::lock_guard<std::mutex> lock(mutex);
            out[size_t(i)] = chipPath;
            alignedFlags[size_t(i)] = found ? 1 : 0;
            local.reused += reused;
            local.fromSource += fromSource;
            if (found) {
                ++local.aligned;
            } else {
                ++local.noFace;
                if (local.noFacePaths.size() < 1000)
                    local.noFacePaths.append(path);
            }
        },
        FaceChipTr::tr("Aligning faces"), progress, options.threads);
    if (summary)
        *summary = local;
    if (foundOut)
        *foundOut = std::move(alignedFlags);
    return out;
}

} // namespace maskbench
