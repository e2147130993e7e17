#pragma once
// Face chips as dlib's face recognition network was trained on them: dlib's get_face_chip_details
// (a similarity transform fitting the 68 landmarks, minus the jaw line, onto dlib's mean face
// shape, with `padding` of the face size around it) and extract_image_chip (bilinear, black
// outside the image), 150x150 with padding 0.25 as dlib's dnn_face_recognition_ex.cpp and
// face-api's descriptor pipeline use.
//
// prepareFaceChips() turns a list of images into chip files for training: landmarks come from the
// landmark cache when it has them (else the detector, one per thread), each chip is written once
// as PNG under `folder`, named by the image's content hash and the chip settings, so a second run
// or another training run reuses it. An image where no face is found is not dropped: its chip is
// the whole image resized (UTKFace-like crops are already roughly aligned); these are counted and
// listed. `landmarkSources` (optional, aligned with paths; empty entries allowed) names, per image,
// an image with the same geometry to take the landmarks from: the original of a masked image
// (augment's "source" column), whose face the detector sees whole, while the mask hides the
// nose and mouth it relies on. A source that cannot be read or differs in size is ignored.
// An unreadable image gets an empty chip path (the training pipeline then skips it as
// unreadable), and is counted too. Cancelled when the progress callback asks to stop.

#include "core/common/progress.h"
#include "core/face/face.h"
#include "core/face/face_detector.h"

#include <QString>
#include <QStringList>
#include <opencv2/core/mat.hpp>

#include <vector>

namespace maskbench {

struct FaceChipOptions
{
    int size = 150;
    double padding = 0.25;
    QString folder;             // where chips are written (created); empty = cacheDirectory()/face-chips
    QString landmarkCache;      // empty = LandmarkCache::defaultPath(); "-" = no cache
    FaceDetectorOptions detector;
    int threads = 0;            // 0 = one per core
};

struct FaceChipSummary
{
    qint64 aligned = 0;         // chips from landmarks
    qint64 noFace = 0;          // whole image resized instead
    qint64 unreadable = 0;
    qint64 reused = 0;          // chip files already there
    qint64 fromSource = 0;      // aligned with landmarks of the given source image
    QStringList noFacePaths;    // at most 1000
    QStringList unreadablePaths;
};

// 8-bit BGR chip of the largest face (size x size).
cv::Mat extractFaceChip(const cv::Mat &image, const Face &face, int size = 150, double padding = 0.25);

// One chip path per input path (same order); see the contract above. found (optional) receives,
// per path, 1 when the chip was aligned from landmarks, 0 otherwise (no face, or unreadable).
std::vector<QString> prepareFaceChips(const QStringList &paths, const FaceChipOptions &options,
                                      FaceChipSummary *summary = nullptr, const ProgressCallback &progress = {},
                                      const QStringList &landmarkSources = {}, std::vector<char> *found = nullptr);

} // namespace maskbench
