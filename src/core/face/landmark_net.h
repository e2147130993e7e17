#pragma once
// face-api's faceLandmark68Net (the full one, not "tiny"; npm @vladmandic/face-api, MIT), ported
// to LibTorch with the numbers face-api computes (tests/core/tst_faceapi_detect.cpp): 68 iBUG
// landmarks from a face box, e.g. one from SsdFaceDetector where dlib finds no face. Measured
// against dlib's points on the unmasked UTKFace originals (mean distance over points 1-48 divided
// by the distance between dlib's eye centres): 0.086 on the originals themselves (n=178; part of
// it is the two models placing points differently), 0.19 on the masked copies (n=69): under a
// mask the error doubles, so check a result before relying on it.
//
// Contract:
//  - The constructor reads face_landmark_68_model-weights_manifest.json once per process and
//    path; later instances share the network read-only (cheap per thread). A missing or wrong
//    file throws maskbench::Error naming it and scripts/fetch-face-api.sh.
//  - NOT thread-safe: one instance per thread. Runs on the caller's torch thread count.
//  - landmarks() crops the face as face-api does for an image tensor (the box clipped to the
//    image, its corners floored), pads the crop with black to a square, centred, resizes it to
//    112 x 112 (TF's bilinear, no half-pixel centres) and runs the network. The points are in the
//    image's pixel coordinates. One deliberate difference: face-api shifts the points by the
//    unrounded box corner, we shift them by the corner of the crop they were found in (up to one
//    pixel apart for its own boxes; for a box starting left of or above the image face-api's
//    points are off by that overhang, ours are not).
//  - Index i is iBUG point i+1 (face/face.h). Throws maskbench::Error when the box does not
//    overlap the image or the image is not 8-bit grey, BGR or BGRA.

#include <QString>

#include <opencv2/core/mat.hpp>
#include <opencv2/core/types.hpp>

#include <array>
#include <memory>
#include <vector>

namespace maskbench {

class LandmarkNet68
{
public:
    using Points = std::array<cv::Point2f, 68>;

    // manifestPath empty = landmarkNet68Manifest().
    explicit LandmarkNet68(const QString &manifestPath = {});
    ~LandmarkNet68();
    LandmarkNet68(LandmarkNet68 &&) noexcept;
    LandmarkNet68 &operator=(LandmarkNet68 &&) noexcept;
    LandmarkNet68(const LandmarkNet68 &) = delete;
    LandmarkNet68 &operator=(const LandmarkNet68 &) = delete;

    Points landmarks(const cv::Mat &image, const cv::Rect2f &faceBox);
    // The same for several faces of one image in one batch (one result per box, in order).
    std::vector<Points> landmarks(const cv::Mat &image, const std::vector<cv::Rect2f> &faceBoxes);

    const QString &manifestPath() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// face-api's model folder (faceApiDirectory(), model/model_config.h) + the landmark manifest.
QString landmarkNet68Manifest();

} // namespace maskbench
