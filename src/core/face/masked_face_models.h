#pragma once
// Mask-robust face finding, trained by MaskBench itself: a dlib HOG face detector and a 68-point
// shape predictor learnt from masked faces whose truth is known. The truth comes from the unmasked
// original (dlib's stock HOG + 68-point model see the whole face there); the masked copy is drawn
// from it in memory, so every training face has exact landmarks although its nose and mouth are
// hidden. At detection and prediction time nothing but the masked photo is used.
//
// Masks for training come from two renderers, so the models learn "a face whose lower half is
// covered by something" rather than MaskBench's own templates: the template overlay (mask/*, all
// types and palettes) and flat polygons of random colour, height and texture over the jaw line. A
// share of faces stays unmasked, so the same predictor serves faces with and without a mask.
//
// Contract:
//  - trainMaskedFaceModels() reads a seeded subset of a dataset's images, finds the originals'
//    faces with the stock detector (through the landmark cache), masks them, trains both models
//    and writes them into options.outDir (model.json, detector.svm, landmarks.dat), replacing an
//    earlier set only once the new one is complete. Images without a face, unreadable ones and
//    masks that did not fit are counted, not fatal. Throws Error when too few faces remain or the
//    folder cannot be written; Cancelled between stages when the callback asks to stop (dlib's
//    trainers themselves cannot be interrupted: a stage runs to its end, its time is reported).
//  - readMaskedFaceModels() reads a folder's model.json and checks that its files are there,
//    throwing Error naming the folder and the command that builds it.
//  - The training faces and their masks are the same for a given dataset, options and seed; the
//    trained models can differ slightly from run to run, because dlib's trainers sum over their
//    threads in whatever order the threads finish.

#include "core/common/progress.h"
#include "core/face/face.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <opencv2/core/mat.hpp>
#include <opencv2/core/types.hpp>

#include <vector>

namespace maskbench {

struct MaskedFaceModels
{
    QString folder;
    QString detectorPath;     // dlib object_detector<scan_fhog_pyramid<pyramid_down<6>>>
    QString predictorPath;    // dlib shape_predictor, 68 points
    // Where a face sits in an aligned face crop (UTKFace-like), relative to the crop's size: the
    // mean of the training originals' detector boxes. Used by the "crop" method only.
    cv::Rect2f cropBox{0.2f, 0.2f, 0.6f, 0.6f};
    QJsonObject info;         // model.json as written (training figures)
};

struct MaskedFaceTrainingOptions
{
    QString source;           // a dataset (folder, CSV manifest, UTKFace folder)
    QString labelColumn;      // CSV without a "label" column: any column, labels are not used
    QString split;            // a split manifest: only its items of this split (train), so no
                              // validation or test face helps build the models; empty = all
    QString outDir;           // empty = defaultMaskedFaceModelsDir()
    int images = 2000;        // seeded subset of the source's images (0 = all)
    quint64 seed = 1;
    double unmaskedShare = 0.2;   // faces left unmasked
    double flatMaskShare = 0.35;  // of the masked ones: flat polygon masks instead of templates
    int detectorImages = 1200;    // HOG training is the slow part: at most this many faces (each also mirrored)
    double detectorC = 1.0;       // structural SVM C (dlib's fhog example: 1)
    int cascadeDepth = 10;        // shape predictor, dlib's defaults except where noted
    int treeDepth = 4;
    int treesPerLevel = 300;      // dlib: 500
    int oversampling = 8;         // dlib: 20
    int threads = 0;              // 0 = one per core
    QString landmarkCache;        // empty = LandmarkCache::defaultPath(); "-" = none
};

struct MaskedFaceTrainingResult
{
    MaskedFaceModels models;
    qint64 images = 0;        // images read
    qint64 faces = 0;         // originals with a face (training examples come from these)
    qint64 noFace = 0;
    qint64 unreadable = 0;
    qint64 maskFailed = 0;    // templates that could not be placed (flat polygon used instead)
    qint64 masked = 0;
    qint64 unmasked = 0;
    double prepareSeconds = 0;
    double detectorSeconds = 0;
    double predictorSeconds = 0;
};

// cacheDirectory()/face-models/masked
QString defaultMaskedFaceModelsDir();

MaskedFaceTrainingResult trainMaskedFaceModels(const MaskedFaceTrainingOptions &options,
                                               const ProgressCallback &progress = {});

// folder empty = Settings::maskedFaceModels, else defaultMaskedFaceModelsDir().
MaskedFaceModels readMaskedFaceModels(const QString &folder = {});

// The command that builds the default models, for messages.
QString maskedFaceModelsHelp();

// The images a training run with this seed and size uses come first in this order; benches and
// tests take theirs from the rest (held out). Sorted by itemSeed(seed, path).
std::vector<QString> seededImageOrder(const QStringList &paths, quint64 seed);

// Mask renderers other than the templates (8-bit BGR in, same size out; face = the original's).
// Flat: a polygon over the jaw line up to the nose bridge, random height, colour, shading and
// texture (training uses it). Band: a solid rectangle from the nose down past the chin, turned
// with the face, that follows no jaw line (benches and tests use it, training never does).
cv::Mat drawFlatMask(const cv::Mat &bgr, const Face &face, quint64 seed);
cv::Mat drawBandMask(const cv::Mat &bgr, const Face &face, quint64 seed);

// Landmark error as the issue defines it: the mean distance between found and true points over
// the jaw (1-17) and brows and eyes (18-48) that lie inside the image (the truth's), divided by
// the inter-ocular distance (between the true eye centres, means of 37-42 and 43-48). -1 when no
// point is inside.
double landmarkError(const Face &truth, const Face &found, cv::Size image);

} // namespace maskbench
