#pragma once
// Feeds training: decodes, resizes, augments and batches images on worker threads, ahead of the
// trainer, through a bounded prefetch queue (no torch here: batches are plain float buffers).
//
// Contract:
//  - Each epoch's order and every augmentation draw depend only on (seed, epoch, position), never
//    on thread timing, so a run is reproducible and a resumed run sees the same batches.
//  - Pixels: RGB, CHW per image, value * scale, then (v - mean[c]) / std[c] (the study: 1/255).
//  - Augmentation mirrors Keras' ImageDataGenerator: width/height shift drawn uniformly in
//    [-range, range] x size, applied after resizing with bilinear sampling and 'nearest' fill
//    (edge replication); horizontal flip with probability 1/2. Resizing uses nearest-neighbour
//    by default, as Keras' load_img; "bilinear" and "area" are options.
//  - An image that cannot be read is skipped (the batch is smaller) and reported in the batch's
//    `failed` list; it is never an exception.
//  - On-the-fly masking (maskProbability > 0): an image drawn for masking (the draw depends on
//    (seed, epoch, position) only) gets a mask of one of maskTypes (mask/masker.h; type, colour
//    and pattern from the same per-position seed) on the decoded image, before resizing and the
//    other augmentations. Landmarks come from the persistent landmark cache; a miss is detected on
//    the worker's own detector (dlib's is not thread-safe) and stored. An image without a face, or
//    whose mask does not fit (unusable landmarks, coverage check failed), is used unmasked and
//    listed in the batch's `noFace` / `maskFailed`, never silently.
//  - next() blocks until the next batch is ready; the time it spent blocked is the trainer's
//    "waited for data" figure.

#include <QString>
#include <QStringList>

#include <array>
#include <memory>
#include <vector>

namespace maskbench {

struct Sample
{
    QString path;
    int label = 0;
};

struct PipelineOptions
{
    int width = 224;
    int height = 224;
    int batchSize = 32;
    bool shuffle = true;
    quint64 seed = 42;
    double scale = 1.0 / 255.0;
    std::array<float, 3> mean{0.f, 0.f, 0.f};
    std::array<float, 3> std{1.f, 1.f, 1.f};
    double widthShift = 0.0;  // fraction of the width
    double heightShift = 0.0; // fraction of the height
    bool horizontalFlip = false;
    QString interpolation = QStringLiteral("nearest"); // nearest (Keras), bilinear, area
    int workers = 1;
    int prefetch = 4;         // batches decoded ahead, at most
    double maskProbability = 0.0; // 0..1; 0 = no masking (and no landmark cache is opened)
    QStringList maskTypes;        // mask type names (mask_template.h); empty = all
    QString landmarkCache;        // SQLite file; empty = LandmarkCache::defaultPath()
    QString landmarkModel;        // shape predictor; empty = the setting
};

struct Batch
{
    int index = 0;
    int count = 0;                // images in this batch (failed ones excluded)
    std::vector<float> pixels;    // count x 3 x height x width
    std::vector<int> labels;      // count
    QStringList failed;           // paths that could not be decoded
    int masked = 0;               // images that got a mask
    int maskDrawn = 0;            // images drawn for masking (masked + noFace + maskFailed)
    QStringList noFace;           // drawn for masking, no face found: used unmasked
    QStringList maskFailed;       // drawn for masking, mask did not fit: "path: why", used unmasked
    double maskSeconds = 0;       // time spent on landmarks and masks in this batch (all workers)
};

class BatchLoader
{
public:
    // Throws maskbench::Error for bad mask options (probability outside 0..1, unknown type), a
    // landmark cache that cannot be opened or a missing landmark model, when masking is on.
    BatchLoader(std::vector<Sample> samples, PipelineOptions options);
    ~BatchLoader(); // stops and joins the workers
    BatchLoader(const BatchLoader &) = delete;
    BatchLoader &operator=(const BatchLoader &) = delete;

    // Starts producing the batches of an epoch (stops any epoch in progress).
    void startEpoch(int epoch);
    // Next batch of the current epoch in order; false when the epoch is exhausted.
    bool next(Batch &out);
    int batchesPerEpoch() const;
    qint64 size() const;
    double waitedSeconds() const; // total time next() blocked since construction
    const PipelineOptions &options() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// The order in which an epoch visits n samples (what BatchLoader uses): a permutation drawn from
// (seed, epoch) when shuffling, else 0..n-1.
std::vector<int> epochOrder(size_t n, quint64 seed, int epoch, bool shuffle);

// The OpenCV resize flag for PipelineOptions::interpolation ("nearest", "bilinear", "area");
// inference resizes with it too, as the run was trained.
int cvInterpolation(const QString &name);

// Decodes one image as the pipeline does (for previews and tests); empty on failure.
// rng seeds the augmentation draws; pass augment=false for the plain resized image.
std::vector<float> loadImageTensor(const QString &path, const PipelineOptions &options, quint64 rngSeed, bool augment,
                                   QString *error = nullptr);

} // namespace maskbench
