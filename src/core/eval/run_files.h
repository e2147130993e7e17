#pragma once
// Files that evaluation adds to a run folder, beside what training wrote (trainer.h):
//   threshold.json          the decision threshold chosen for a binary run (evaluate --threshold);
//                           predict applies it
//   input_preparation.json  how the training images were framed, so predict can frame a new
//                           photo the same way (derived once from a sample of the training images)
//
// Input preparation: the training pipeline always feeds the whole image file, resized. When the
// training images are face crops (UTKFace's aligned 200x200 chips, or `augment` outputs of them),
// a new photo must be cropped to the same framing first. We measure it on up to `samples` seeded
// training images with the face detector: the median ratio of the detector's box width to the
// image width, and the median offset of the image centre from the box centre (in box widths).
// prepareInput() then
//   crop "none": the whole image, as training did (no detection);
//   crop "face": detects the largest face and cuts a square of side boxWidth / ratio around it,
//                offset as measured, replicating edges where it leaves the picture;
//   crop "auto": "face", except that an image whose face already fills it as the training images'
//                faces did (box ratio at least 75% of the measured one) is used whole, and so is an
//                image without a detectable face when some training face crops had none either
//                (masked faces often defeat the HOG detector); `how` says so.
// No face otherwise (crop face, or auto on other runs): no image; the caller says so.

#include "core/eval/metrics.h"

#include <QJsonObject>
#include <QString>

#include <opencv2/core/mat.hpp>
#include <optional>

namespace maskbench {

class FaceDetector;

struct RunThreshold
{
    QString rule;        // fixed, best-acc, youden, max-min-recall
    double value = 0.5;  // class 1 (positive) when prob_1 >= value
    QString positiveClass;
    QString split, checkpoint, data, created;
};

// Throws Error when the file cannot be written.
void saveRunThreshold(const QString &runDir, const RunThreshold &threshold);
// Nothing when the run has none; throws Error naming the file when it is damaged.
std::optional<RunThreshold> loadRunThreshold(const QString &runDir);

struct InputPreparation
{
    bool faceCrops = false;     // the training images are face crops (measured)
    double boxRatio = 0;        // median detector box width / image width on training images
    double centreDx = 0;        // median (image centre - box centre) / box width
    double centreDy = 0;
    int sampled = 0;            // training images looked at
    int detected = 0;           // of them, with a face
    QString source;             // the manifest they came from
    QJsonObject toJson() const;
    static InputPreparation fromJson(const QJsonObject &o);
};

// Reads runDir/input_preparation.json, or derives it from the run's training images (see above)
// and writes it there (best effort). Throws Error when the run's data cannot be read.
InputPreparation loadOrDeriveInputPreparation(const QString &runDir, FaceDetector &detector, int samples = 16);

struct PreparedInput
{
    cv::Mat image;              // what the model should see (empty when no face was found)
    bool faceFound = false;     // a face was detected (always false for crop "none")
    bool cropped = false;
    cv::Rect2f faceBox;         // in the original image, when found
    cv::Rect crop;              // in the original image, when cropped
    QString how;                // "whole image", "face crop", "already a face crop", "no face found"
};

// mode: none, face, auto. detector may be null only for "none". Throws Error for an unknown mode.
PreparedInput prepareInput(const cv::Mat &image, const InputPreparation &prep, const QString &mode, FaceDetector *detector);

} // namespace maskbench
