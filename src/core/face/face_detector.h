#pragma once
// dlib's HOG frontal face detector plus the 68-point shape predictor.
//
// Contract:
//  - A FaceDetector is NOT thread-safe (dlib's frontal_face_detector keeps scratch state): use one
//    per thread. The shape predictor (about 100 MB) is loaded once per process and model path and
//    shared read-only by every detector.
//  - The constructor throws maskbench::Error when the model file is missing, unreadable or (unless
//    loadLazily) corrupt; the message names the file, the Debian package (libdlib-data) and the
//    setting to change.
//  - detect() pads the image (options.padding of each side, border replicate) before detecting,
//    because tightly cropped faces (UTKFace) otherwise lose their jaw landmarks; it optionally
//    upsamples for small faces. Results are in original image coordinates, largest face first;
//    only the largest unless options.allFaces.
//  - Methods (FaceMethod): Hog is dlib's stock detector and 68-point model, right for unmasked
//    faces (augment's originals, the truth everything else is measured against). Masked adds the
//    masked-face HOG filter MaskBench trains (face/masked_face_models.h) to the stock ones, uses
//    the landmark model trained on masked faces, and when nothing is found tries the image turned
//    by +-20 degrees (tilted heads). Crop finds nothing: the input is taken as an aligned face
//    crop, the face box where training crops had theirs, and the masked landmark model fits it;
//    only for inputs the user says are aligned crops. Masked and Crop throw Error naming the
//    command that builds the models when they are missing. Ssd is face-api's SSD MobileNet v1
//    detector and 68-point landmark net (face/ssd_face_detector.h, face/landmark_net.h) on the
//    image padded by its own size (the SSD misses faces that fill the frame), the second approach
//    bench_masked_faces compares; it needs scripts/fetch-face-api.sh and ignores the dlib options.

#include "core/face/face.h"

#include <QString>
#include <QStringList>
#include <memory>
#include <opencv2/core/mat.hpp>

namespace maskbench {

enum class FaceMethod { Hog, Masked, Crop, Ssd };
QString faceMethodName(FaceMethod method);          // "hog", "masked", "crop", "ssd"
FaceMethod parseFaceMethod(const QString &name);    // throws Error listing the names
QStringList faceMethodNames();

struct FaceDetectorOptions
{
    FaceMethod method = FaceMethod::Hog;
    QString maskedModels;   // Masked, Crop: the models' folder; empty = Settings / the cache's
    QString modelPath;      // empty = Settings::landmarkModel (Hog)
    double padding = 0.25;  // of the width/height, on each side, before detection
    int upsample = 0;       // times the (padded) image is doubled before detection (0..2)
    bool allFaces = false;  // false: only the largest face
    // Added to dlib's detection threshold. Slightly permissive by default: our inputs are face
    // crops, where a missed face costs an image (dlib's 0 misses about 3% of UTKFace, -0.3 under
    // 1%), while a poor fit is caught later by the mask coverage check.
    double threshold = -0.3;
    // Defer loading the shape predictor to the first detect(): a run whose landmarks are all
    // cached then never loads it. The constructor still checks that the file is there; a
    // corrupt file throws from detect(). Not part of the cache key.
    bool loadLazily = false;

    QString resolvedModelPath() const;
    // Everything that changes the result, for cache keys: model file (name and size), padding,
    // upsampling, all faces, threshold, algorithm version.
    QString cacheKey() const;
};

// Options for a method name as users give it: "hog", "masked", "crop", or "auto" (and empty, which
// reads Settings::faceMethod): masked when the masked-face models are built, otherwise hog, with
// *note (when given) saying that most masked faces will then be missed and how to build them.
// Throws Error for an unknown name, or for "masked"/"crop" without models.
FaceDetectorOptions faceOptionsFor(const QString &method, QString *note = nullptr);

class FaceDetector
{
public:
    explicit FaceDetector(const FaceDetectorOptions &options = {});
    ~FaceDetector();
    FaceDetector(const FaceDetector &) = delete;
    FaceDetector &operator=(const FaceDetector &) = delete;

    // image: 8-bit BGR or grayscale. Empty vector when no face is found.
    std::vector<Face> detect(const cv::Mat &image);

    const FaceDetectorOptions &options() const;
    // options().cacheKey() as computed once at construction (cheap to call per image).
    const QString &cacheKey() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace maskbench
