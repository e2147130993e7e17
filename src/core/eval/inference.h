#pragma once
// Running a trained run's checkpoint on images: the predictions table of a split, one image's
// class probabilities, and Grad-CAM heat maps. Plain value types and cv::Mat only (no torch here;
// STYLE rule 11): the CLI, the workers and the GUI include this.
//
// Contract:
//  - RunModel::open() reads runDir/config.json and the checkpoint ("best", "last" or a .pt path),
//    rebuilds the model the run trained and loads every tensor after checking its name and shape.
//    It throws maskbench::Error with a message for a person when the run has no config.json, no
//    such checkpoint, or a checkpoint made for another model or class list.
//  - Preprocessing is the run's own validation pipeline (data_pipeline.h, no augmentation): the
//    whole image resized to the input size with the run's interpolation, RGB, times the run's
//    scale. preprocessImage() is that step on a decoded image, bit-identical to
//    loadImageTensor(path, options, seed, false) on the same file.
//  - Probabilities: two classes use one sigmoid output (prob of class 1; class 0 gets 1 - p),
//    more classes a softmax; in class index order (the run's config.json "classes").
//  - runInference() evaluates a split of a manifest. Rows whose image is missing or cannot be
//    decoded are skipped, counted and listed; rows with a label the model never saw are counted
//    per label and skipped; everything else completes. The progress callback may cancel
//    (throws Cancelled). Every attribute the manifest carries becomes a predictions column.
//  - gradCam() computes Grad-CAM (Selvaraju et al. 2017) on the last convolutional stage:
//    ResNet50V2 post_bn (conv5 output after its relu), InceptionV3 mixed10, Levi-Hassner conv3
//    (after its relu, before the last pooling). The map is CV_32F in [0, 1], of the input image's
//    size (bilinear), with ReLU applied to the weighted sum of channels as in the paper.
//  - face-resnet runs trained on dlib face chips (config.json align_faces, true unless the run was
//    trained with --no-align): runInference() feeds each image's aligned chip (face_chip.h: the 68
//    landmarks found on the image itself with InferenceOptions::faceMethod (face_detector.h
//    faceOptionsFor: the masked-face models when built), from the run's landmark cache or the
//    detector, 150x150, padding 0.25; never an unmasked original's landmarks, which a real masked
//    photo does not have) and subtracts face-api's mean RGB as training did. An image where no
//    face is found is skipped, counted and listed (noFace), not fed whole; it counts against
//    coverage. A run whose training borrowed originals' landmarks says so (borrowedLandmarks). Callers of predict() on single images use
//    faceAlignment() and extractFaceChip() themselves (the CLI's predict does).
//  - InferenceOptions::flip is test-time augmentation: each image's probabilities are the mean of
//    the image's and its horizontal mirror's (for face-chip runs, the mirrored chip), the mirrors
//    run as a batch of their own so a mirror scores exactly as the mirrored file would.
//  - A RunModel is not thread-safe; one per thread (the weights are small to share by reloading).

#include "core/common/progress.h"
#include "core/eval/predictions.h"
#include "core/model/model_config.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <array>
#include <memory>
#include <opencv2/core/mat.hpp>
#include <vector>

namespace maskbench {

// What the network sees of an image: the run's validation preprocessing.
struct InputSpec
{
    int size = 224;
    double scale = 1.0 / 255.0;
    QString interpolation = QStringLiteral("nearest");
    std::array<float, 3> mean{0.f, 0.f, 0.f}; // subtracted after scaling (face-resnet: face-api's mean RGB)
};

// How a face-resnet run framed its inputs (see the contract above); enabled false for other runs.
struct FaceAlignment
{
    bool enabled = false;
    int size = 150;
    double padding = 0.25;
    QString chipFolder;     // the run's chip folder (empty: the cache folder's)
    QString landmarkCache;  // the run's landmark cache (empty: the default one)
};
// image: 8-bit BGR (grayscale and BGRA are converted). CHW RGB floats of spec.size squared.
std::vector<float> preprocessImage(const cv::Mat &image, const InputSpec &spec);

// "best", "last" or a path to a .pt file -> the checkpoint file of a run. Throws Error naming the
// checkpoints there are when it does not exist.
QString checkpointPath(const QString &runDir, const QString &checkpoint);

struct GradCamResult
{
    cv::Mat heat;            // CV_32F in [0, 1], the input image's size; all zero when no evidence
    cv::Mat raw;             // CV_32F at the feature map's resolution, before normalisation
    int targetClass = 0;
    std::vector<double> probs;
    QString layer;           // "post_bn", "mixed10", "conv3"
};

class RunModel
{
public:
    // `device`: auto, cpu, cuda, cuda:N; empty = the Settings device (common/device.h).
    static std::unique_ptr<RunModel> open(const QString &runDir, const QString &checkpoint = QStringLiteral("best"),
                                          int threads = 0, const QString &device = {});
    ~RunModel();
    RunModel(const RunModel &) = delete;
    RunModel &operator=(const RunModel &) = delete;

    QString runDir() const;
    QString checkpointFile() const;
    int epoch() const;             // epochs the checkpoint had completed
    QStringList classes() const;
    ModelConfig model() const;
    InputSpec input() const;
    QJsonObject config() const;    // the run's config.json
    QString device() const;        // where it computes ("cpu", "cuda:0")
    FaceAlignment faceAlignment() const;

    // Probabilities per class for each image (8-bit BGR), in batches of at most batchSize.
    std::vector<std::vector<double>> predict(const std::vector<cv::Mat> &images, int batchSize = 32);
    std::vector<double> predict(const cv::Mat &image);
    // Same, on already preprocessed inputs (count x 3 x size x size floats).
    std::vector<std::vector<double>> predictTensors(const std::vector<float> &pixels, int count);
    // targetClass < 0: the predicted class.
    GradCamResult gradCam(const cv::Mat &image, int targetClass = -1);

private:
    RunModel();
    struct Impl;
    std::unique_ptr<Impl> d;
};

// Blends a heat map (CV_32F [0, 1], any size) onto an image with OpenCV's JET colour map.
cv::Mat overlayHeatMap(const cv::Mat &image, const cv::Mat &heat, double alpha = 0.45);

struct InferenceOptions
{
    QString runDir;
    QString checkpoint = QStringLiteral("best");
    QString data;           // manifest / split CSV or any source loadDataset reads
    QString split = QStringLiteral("test"); // train, val, test, or "all"
    QString labelColumn;    // empty: the run's label column
    int batchSize = 32;
    int threads = 0;
    QString device;         // empty = the Settings device
    QString faceMethod;     // face-resnet runs: "auto", "hog", "masked", "crop"; empty = Settings::faceMethod
    bool flip = false;      // test-time horizontal flip: mean of the image and its mirror
};

struct InferenceResult
{
    PredictionTable table;
    QString checkpointFile;
    int epoch = 0;
    ModelConfig model;
    QString device;               // where the model computed ("cpu", "cuda:0")
    qint64 considered = 0;        // rows of the split
    qint64 unreadable = 0;        // missing or undecodable images
    QStringList unreadablePaths;  // "path: reason", at most 1000
    qint64 unseen = 0;            // rows whose label is not one of the model's classes
    QMap<QString, qint64> unseenLabels;
    qint64 noFace = 0;            // face-resnet runs: images without a detected face (skipped)
    QStringList noFacePaths;      // at most 1000
    QStringList warnings;         // sentences for the terminal and evaluation.json
    QString faceMethod;           // face-resnet runs: the method that found the faces here
    QString trainFaceMethod;      // ... and the one training used (config.json; "hog" for old runs)
    bool borrowedLandmarks = false; // training aligned masked copies with their originals' landmarks

    // Rows the model was asked about: everything in the split except labels it never saw.
    qint64 given() const { return considered - unseen; }
    // Answered / given (1 when nothing was given).
    double coverage() const { return given() > 0 ? double(table.rows.size()) / double(given()) : 1.0; }
};

InferenceResult runInference(const InferenceOptions &options, const ProgressCallback &progress = {});

// The per-class mean of several probability vectors (all of one length; throws Error otherwise).
std::vector<double> meanProbabilities(const std::vector<std::vector<double>> &probs);

// The model's probabilities for one image, or with flip the mean of the image's and its
// horizontal mirror's (the same preprocessing runInference uses with InferenceOptions::flip).
std::vector<double> predictWithFlip(RunModel &model, const cv::Mat &image, bool flip);

} // namespace maskbench
