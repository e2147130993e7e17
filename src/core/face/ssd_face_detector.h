#pragma once
// face-api's SSD MobileNet v1 face detector (npm @vladmandic/face-api, MIT), ported to LibTorch
// with the numbers face-api computes (tests/core/tst_faceapi_detect.cpp). A second opinion for
// faces dlib's HOG detector misses, such as masked ones, not a replacement. On 300 tight UTKFace
// crops padded by 100% of each side (border replicate) it finds 273 faces where dlib finds 299;
// on the same crops masked by `augment` (298) it finds 130 (186 at minScore 0.3), dlib 114, and
// one or the other 186.
//
// Contract:
//  - The constructor reads face-api's tfjs weights (ssd_mobilenetv1_model-weights_manifest.json
//    and its shard) once per process and manifest path; later instances share the loaded network
//    read-only, so constructing one per thread is cheap. It throws maskbench::Error naming the file
//    and the command that fetches it (scripts/fetch-face-api.sh) when the file is missing or does
//    not hold this network.
//  - An SsdFaceDetector is NOT thread-safe: use one per thread. detect() runs on as many torch
//    threads as the caller set (at::set_num_threads) and creates its own NoGradGuard.
//  - detect() does what face-api's ssdMobilenetv1.locateFaces() does with an image tensor: pad
//    the image with black at the bottom or right to a square, resize it to 512 x 512 (TF's
//    bilinear without half-pixel centres), run the network, decode the 5118 anchor boxes, keep
//    scores above minScore and apply face-api's greedy non-maximum suppression (IoU 0.5, at most
//    maxResults). Boxes are in the image's pixel coordinates, best score first, clipped as
//    face-api clips them: to the padded square, so a box may reach past the bottom or right edge
//    of a non-square image (never past max(width, height)).
//  - Input: 8-bit BGR, BGRA or grayscale, any size and aspect. An empty image gives no faces.
//    It finds faces that fill the whole frame poorly: tight crops (UTKFace) need padding, which is
//    the caller's job (as FaceDetector does for dlib). On those 300 crops at minScore 0.5: 79 found
//    as they are, 178 padded by 25% of each side, 238 by 50%, 273 by 100%.
//  - Speed: about 0.4 to 0.6 s per image at one torch thread on this project's shared 2-core
//    machine, whatever the image size (the network always sees 512 x 512).

#include <QString>

#include <opencv2/core/mat.hpp>
#include <opencv2/core/types.hpp>

#include <memory>
#include <vector>

namespace maskbench {

struct SsdDetection
{
    cv::Rect2f box;  // original image pixels (see the contract for clipping)
    float score = 0; // sigmoid of the face class logit, 0..1
};

class SsdFaceDetector
{
public:
    // manifestPath empty = ssdFaceDetectorManifest() (face-api's model folder in its npm cache).
    explicit SsdFaceDetector(const QString &manifestPath = {});
    ~SsdFaceDetector();
    SsdFaceDetector(SsdFaceDetector &&) noexcept;
    SsdFaceDetector &operator=(SsdFaceDetector &&) noexcept;
    SsdFaceDetector(const SsdFaceDetector &) = delete;
    SsdFaceDetector &operator=(const SsdFaceDetector &) = delete;

    // minScore in (0, 1) as face-api's SsdMobilenetv1Options.minConfidence (a score must exceed
    // it); maxResults >= 1. Throws maskbench::Error for values outside those ranges.
    std::vector<SsdDetection> detect(const cv::Mat &image, float minScore = 0.5f, int maxResults = 100);

    const QString &manifestPath() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// <face-api dir>/node_modules/@vladmandic/face-api/model/ssd_mobilenetv1_model-weights_manifest.json,
// where the face-api dir is faceApiDirectory() (model/model_config.h). Not checked here.
QString ssdFaceDetectorManifest();

} // namespace maskbench
