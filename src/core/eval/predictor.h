#pragma once
// Predicting new photos: the one per-image pipeline behind `maskbench-cli predict` and the
// workbench's Predict dialog (issue 13: "predict's per-image pipeline in core"). No torch here
// (STYLE rule 11): value types and cv::Mat.
//
// For each image the Predictor frames the face the way each run was trained, then asks the model:
//  - face-chip runs (face-resnet, faceres; FaceAlignment::enabled): the 68 landmarks are found on
//    the photo itself with the face method (face_detector.h faceOptionsFor), the optional mask is
//    drawn on that face, and the dlib chip is cut from the (masked) photo. No face: NoFace.
//  - other runs: prepareInput() with the crop mode (run_files.h: none, face, auto) and the run's
//    measured framing; the optional mask is drawn on the face found in that input.
//  - flip: the mean of the input's and its mirror's probabilities (inference.h predictWithFlip).
//  - several runs (an ensemble): the mean of their probabilities; an image that one run cannot
//    frame is not answered. Masks take one run.
//  - a binary single run applies the threshold saved with the run (threshold.json), else argmax.
// An image that cannot be read is Unreadable (with the reader's reason), never an exception: a
// batch goes on and counts it. Constructing a Predictor throws Error with a message for a person
// (no run, damaged checkpoint, runs with different classes, unknown crop or mask, missing face
// model files).
//
// A Predictor is not thread-safe; one per thread.

#include "core/eval/inference.h"
#include "core/eval/run_files.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace maskbench {

struct PredictOptions
{
    QStringList runs;                             // run folders; several = an ensemble
    QString checkpoint = QStringLiteral("best");  // best, last or a .pt file
    QString crop = QStringLiteral("auto");        // none, face, auto (runs not trained on face chips)
    QString mask = QStringLiteral("none");        // a mask type to draw first (one run only), or none
    QString faceMethod;                           // face-chip runs: auto, hog, masked, crop; empty = Settings
    bool flip = false;
    bool useSavedThreshold = true;                // binary single run: threshold.json when there is one
    int threads = 0;
    QString device;                               // empty = the Settings device
};

enum class PredictStatus { Answered, Unreadable, NoFace, NoMask };

// "ok", "unreadable", "no_face", "no_mask": the status column of predict's CSV.
QString predictStatusName(PredictStatus status);

struct ImagePrediction
{
    QString path;
    PredictStatus status = PredictStatus::Unreadable;
    QString note;                  // why it was not answered, for a person
    int predicted = -1;            // class index when answered
    std::vector<double> probs;     // per class, when answered
    QString how;                   // how the input was framed ("face crop", "dlib face chip 150x150, ...")
    cv::Mat shown;                 // what to show: the photo, or the masked input
    PreparedInput shownFrame;      // face box / crop on `shown`, when known
    cv::Mat modelInput;            // what the (single) model saw, for Grad-CAM
    bool answered() const { return status == PredictStatus::Answered; }
};

// Counts over a batch: given = every image asked about (unreadable ones included).
struct PredictTally
{
    qint64 answered = 0, noFace = 0, noMask = 0, unreadable = 0;
    void add(PredictStatus status);
    void add(const ImagePrediction &p) { add(p.status); }
    qint64 given() const { return answered + noFace + noMask + unreadable; }
    double coverage() const { return given() > 0 ? double(answered) / double(given()) : 0.0; }
};

struct PredictorRun
{
    QString runDir;
    const RunModel *model = nullptr;
    FaceAlignment alignment;
};

class Predictor
{
    Q_DECLARE_TR_FUNCTIONS(maskbench::Predictor)

public:
    explicit Predictor(const PredictOptions &options);
    ~Predictor();
    Predictor(const Predictor &) = delete;
    Predictor &operator=(const Predictor &) = delete;

    const PredictOptions &options() const;
    QStringList classes() const;
    std::vector<PredictorRun> runs() const;
    std::optional<RunThreshold> threshold() const;   // the saved threshold in use, if any
    QStringList warnings() const;                    // e.g. the masked-face models are not built
    bool isEnsemble() const;

    ImagePrediction predictFile(const QString &path);
    ImagePrediction predict(const cv::Mat &image, const QString &path = {});
    // Grad-CAM of an answered single-run prediction, on what the model saw. Throws Error for an
    // ensemble or an unanswered prediction.
    GradCamResult gradCam(const ImagePrediction &prediction);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

// Predicts the files in order: onEach gets every outcome (answered or not), progress is reported
// after each image with an ETA (returning false throws Cancelled). Returns the counts.
PredictTally predictFiles(Predictor &predictor, const QStringList &files, const std::function<void(const ImagePrediction &)> &onEach,
                          const ProgressCallback &progress = {});

// predict's CSV (the CLI's --csv and the Predict dialog's export): path, status, predicted,
// prob_<class>..., input, note. Unanswered rows leave predicted and the probabilities empty.
QStringList predictCsvHeader(const QStringList &classes);
QStringList predictCsvFields(const QStringList &classes, const QString &path, PredictStatus status, int predicted,
                             const std::vector<double> &probs, const QString &how, const QString &note);

// Files and folders (searched recursively, sorted) -> image files (jpg, jpeg, png, bmp, webp,
// tif, tiff found in folders; a file named directly is taken whatever its suffix). A missing path
// or a folder without images becomes a line in `problems`.
QStringList expandImageInputs(const QStringList &inputs, QStringList *problems);

} // namespace maskbench
