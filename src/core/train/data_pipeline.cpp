#include "core/train/data_pipeline.h"

#include "core/common/error.h"
#include "core/common/seed_mix.h"
#include "core/face/face_detector.h"
#include "core/face/face_lookup.h"
#include "core/face/image_input.h"
#include "core/face/landmark_cache.h"
#include "core/mask/masker.h"

#include <QCoreApplication>
#include <QHash>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <QElapsedTimer>

#include <algorithm>
#include <condition_variable>
#include <map>
#include <mutex>
#include <thread>

namespace maskbench {
namespace {

// A tiny deterministic generator (same sequence on every platform, unlike std distributions).
struct Rng
{
    quint64 state;
    explicit Rng(quint64 seed) : state(mix(seed)) {}
    quint64 next() { return state = mix(state); }
    double uniform() { return double(next() >> 11) * (1.0 / 9007199254740992.0); } // [0, 1)
};

// This file's messages: looked up under "DataPipeline" and extracted there by lupdate.
struct DataPipelineTr
{
    Q_DECLARE_TR_FUNCTIONS(DataPipeline)
};

// Resize, augment and convert a decoded 8-bit BGR image (the shared tail of every load).
std::vector<float> imageTensor(cv::Mat img, const PipelineOptions &o, quint64 rngSeed, bool augment)
{
    if (img.cols != o.width || img.rows != o.height)
        cv::resize(img, img, cv::Size(o.width, o.height), 0, 0, cvInterpolation(o.interpolation));
    if (augment) {
        // Draws happen in a fixed order whatever the options, so enabling one augmentation does
        // not change the others' values.
        Rng rng(rngSeed);
        const double tx = (2 * rng.uniform() - 1) * o.widthShift * o.width;
        const double ty = (2 * rng.uniform() - 1) * o.heightShift * o.height;
        const bool flip = rng.uniform() < 0.5;
        if (tx != 0 || ty != 0) {
            const cv::Mat m = (cv::Mat_<double>(2, 3) << 1, 0, tx, 0, 1, ty);
            cv::warpAffine(img, img, m, img.size(), cv::INTER_LINEAR, cv::BORDER_REPLICATE);
        }
        if (o.horizontalFlip && flip)
            cv::flip(img, img, 1);
    }
    const int plane = o.width * o.height;
    std::vector<float> out(size_t(3) * plane);
    for (int y = 0; y < o.height; ++y) {
        const cv::Vec3b *row = img.ptr<cv::Vec3b>(y);
        for (int x = 0; x < o.width; ++x) {
            for (int c = 0; c < 3; ++c) { // BGR -> RGB
                const float v = float(row[x][2 - c] * o.scale);
                out[size_t(c) * plane + size_t(y) * o.width + x] = (v - o.mean[c]) / o.std[c];
            }
        }
    }
    return out;
}

// The masking draws of one position, from its seed, independent of the augmentation draws (so
// p = 0 leaves every other draw as it was).
double maskDraw(quint64 positionSeed) { return Rng(positionSeed ^ 0x6d61736b2d647261ULL).uniform(); }
quint64 maskSeed(quint64 positionSeed) { return mix(positionSeed ^ 0x6d61736b2d737065ULL); }

} // namespace

std::vector<float> loadImageTensor(const QString &path, const PipelineOptions &o, quint64 rngSeed, bool augment,
                                   QString *error)
{
    cv::Mat img = cv::imread(path.toStdString(), cv::IMREAD_COLOR);
    if (img.empty()) {
        if (error)
            *error = QStringLiteral("cannot decode %1").arg(path);
        return {};
    }
    return imageTensor(img, o, rngSeed, augment);
}

std::vector<int> epochOrder(size_t n, quint64 seed, int epoch, bool shuffle)
{
    std::vector<int> order(n);
    for (size_t i = 0; i < n; ++i)
        order[i] = int(i);
    if (shuffle) {
        // Fisher-Yates with our own generator: the same order on every platform.
        Rng rng(seed ^ mix(quint64(epoch) + 0x243f6a8885a308d3ULL));
        for (size_t i = n; i > 1; --i)
            std::swap(order[i - 1], order[size_t(rng.next() % i)]);
    }
    return order;
}

struct BatchLoader::Private
{
    std::vector<Sample> samples;
    PipelineOptions o;
    std::vector<int> order;
    int epoch = 0;
    int batches = 0;

    std::mutex mutex;
    std::condition_variable space; // a worker may claim another batch
    std::condition_variable ready; // a batch arrived
    std::map<int, Batch> done;
    int nextClaim = 0;
    int nextConsume = 0;
    bool stopping = false;
    std::vector<std::thread> threads;
    double waited = 0;

    // Masking: one detector per worker slot (dlib's is not thread-safe; the shape predictor is
    // shared), the persistent cache, and an in-memory copy of what this run already looked up so
    // later epochs touch neither SQLite nor dlib.
    std::vector<MaskType> maskTypes;
    std::unique_ptr<LandmarkCache> cache;
    FaceDetectorOptions detectorOptions;
    std::vector<std::unique_ptr<FaceDetector>> detectors;
    std::mutex landmarkMutex;
    QHash<QByteArray, std::vector<Face>> known;

    std::vector<Face> landmarks(const ImageInput &in, int worker)
    {
        {
            std::lock_guard<std::mutex> lock(landmarkMutex);
            auto it = known.constFind(in.hash);
            if (it != known.constEnd())
                return *it;
        }
        FaceDetector *det;
        {
            std::lock_guard<std::mutex> lock(landmarkMutex);
            std::unique_ptr<FaceDetector> &slot = detectors[size_t(worker)];
            if (!slot)
                slot = std::make_unique<FaceDetector>(detectorOptions);
            det = slot.get();
        }
        // Only this worker uses its slot's detector, so it runs outside the lock.
        std::vector<Face> faces = findFaces(in, *det, cache.get()).faces;
        std::lock_guard<std::mutex> lock(landmarkMutex);
        known.insert(in.hash, faces);
        return faces;
    }

    // Decodes, masks (when drawn) and converts one sample; empty on a decode failure.
    std::vector<float> loadMasked(const Sample &s, quint64 seed, bool augment, int worker, Batch &batch)
    {
        if (!(o.maskProbability > 0) || maskDraw(seed) >= o.maskProbability)
            return loadImageTensor(s.path, o, seed, augment);
        QElapsedTimer timer;
        timer.start();
        ImageInput in = readImageInput(s.path);
        if (in.status == ImageInputStatus::TooLarge) {
            // Over the face step's pixel limit: trained on as the unmasked pipeline would.
            ++batch.maskDrawn;
            batch.maskFailed.append(s.path + QStringLiteral(": ") + in.error);
            return loadImageTensor(s.path, o, seed, augment);
        }
        if (in.status != ImageInputStatus::Ok)
            return {};
        ++batch.maskDrawn;
        cv::Mat image = in.image;
        try {
            const std::vector<Face> faces = landmarks(in, worker);
            if (faces.empty()) {
                batch.noFace.append(s.path);
            } else {
                const MaskResult r = applyMask(in.image, faces.front(), chooseMask(maskTypes, maskSeed(seed)));
                if (!r.ok)
                    batch.maskFailed.append(s.path + QStringLiteral(": ") + r.problem);
                else if (!r.coverage.pass())
                    batch.maskFailed.append(s.path + QStringLiteral(": ") + DataPipelineTr::tr("coverage check failed: %1").arg(r.coverage.describe()));
                else {
                    image = r.image;
                    ++batch.masked;
                }
            }
        } catch (const std::exception &e) {
            // A worker thread must not throw (a corrupt landmark model fails here, per image).
            const Error *err = dynamic_cast<const Error *>(&e);
            batch.maskFailed.append(s.path + QStringLiteral(": ") + (err ? err->message() : QString::fromLocal8Bit(e.what())));
        }
        std::vector<float> out = imageTensor(image, o, seed, augment);
        batch.maskSeconds += timer.nsecsElapsed() / 1e9;
        return out;
    }

    void stop()
    {
        {
            std::lock_guard<std::mutex> lock(mutex);
            stopping = true;
        }
        space.notify_all();
        ready.notify_all();
        for (std::thread &t : threads)
            t.join();
        threads.clear();
    }

    Batch build(int b, int worker)
    {
        Batch batch;
        batch.index = b;
        const int begin = b * o.batchSize;
        const int end = std::min<int>(begin + o.batchSize, int(order.size()));
        const size_t imageFloats = size_t(3) * o.width * o.height;
        batch.pixels.reserve(size_t(end - begin) * imageFloats);
        const bool augment = o.widthShift > 0 || o.heightShift > 0 || o.horizontalFlip;
        for (int pos = begin; pos < end; ++pos) {
            const Sample &s = samples[size_t(order[size_t(pos)])];
            const quint64 seed = mix(o.seed ^ mix(quint64(epoch) * 0x100000001b3ULL) ^ mix(quint64(pos) + 0x51ed27ULL));
            const std::vector<float> img = loadMasked(s, seed, augment, worker, batch);
            if (img.empty()) {
                batch.failed.append(s.path);
                continue;
            }
            batch.pixels.insert(batch.pixels.end(), img.begin(), img.end());
            batch.labels.push_back(s.label);
            ++batch.count;
        }
        return batch;
    }

    void work(int worker)
    {
        for (;;) {
            int b;
            {
                std::unique_lock<std::mutex> lock(mutex);
                space.wait(lock, [&] { return stopping || nextClaim >= batches || nextClaim < nextConsume + o.prefetch; });
                if (stopping || nextClaim >= batches)
                    return;
                b = nextClaim++;
            }
            Batch batch = build(b, worker);
            {
                std::lock_guard<std::mutex> lock(mutex);
                done[b] = std::move(batch);
            }
            ready.notify_all();
        }
    }
};

BatchLoader::BatchLoader(std::vector<Sample> samples, PipelineOptions options) : d(new Private)
{
    d->samples = std::move(samples);
    d->o = options;
    d->o.batchSize = std::max(1, d->o.batchSize);
    d->o.workers = std::max(1, d->o.workers);
    d->o.prefetch = std::max(1, d->o.prefetch);
    d->batches = int((d->samples.size() + size_t(d->o.batchSize) - 1) / size_t(d->o.batchSize));
    if (d->o.maskProbability != 0.0) {
        if (!(d->o.maskProbability >= 0.0 && d->o.maskProbability <= 1.0))
            throw Error(DataPipelineTr::tr("The mask probability must lie between 0 and 1 (got %1)").arg(d->o.maskProbability));
        d->maskTypes = parseMaskTypes(d->o.maskTypes.join(QLatin1Char(',')));
        d->detectorOptions.modelPath = d->o.landmarkModel;
        // Checks the model file now (a clear message before training starts); a run whose
        // landmarks are all cached never loads it.
        d->detectorOptions.loadLazily = true;
        d->detectors.resize(size_t(d->o.workers));
        d->detectors[0] = std::make_unique<FaceDetector>(d->detectorOptions);
        d->cache = std::make_unique<LandmarkCache>(d->o.landmarkCache.isEmpty() ? LandmarkCache::defaultPath() : d->o.landmarkCache);
    }
}

BatchLoader::~BatchLoader()
{
    d->stop();
}

void BatchLoader::startEpoch(int epoch)
{
    d->stop();
    d->stopping = false;
    d->done.clear();
    d->nextClaim = 0;
    d->nextConsume = 0;
    d->epoch = epoch;
    d->order = epochOrder(d->samples.size(), d->o.seed, epoch, d->o.shuffle);
    for (int i = 0; i < d->o.workers; ++i)
        d->threads.emplace_back([this, i] { d->work(i); });
}

bool BatchLoader::next(Batch &out)
{
    std::unique_lock<std::mutex> lock(d->mutex);
    if (d->nextConsume >= d->batches || d->threads.empty())
        return false;
    QElapsedTimer timer;
    timer.start();
    d->ready.wait(lock, [&] { return d->stopping || d->done.count(d->nextConsume) > 0; });
    d->waited += timer.nsecsElapsed() / 1e9;
    if (d->stopping)
        return false;
    auto it = d->done.find(d->nextConsume);
    out = std::move(it->second);
    d->done.erase(it);
    ++d->nextConsume;
    lock.unlock();
    d->space.notify_all();
    return true;
}

int BatchLoader::batchesPerEpoch() const { return d->batches; }
qint64 BatchLoader::size() const { return qint64(d->samples.size()); }
double BatchLoader::waitedSeconds() const { return d->waited; }
const PipelineOptions &BatchLoader::options() const { return d->o; }

int cvInterpolation(const QString &name)
{
    if (name == QLatin1String("bilinear"))
        return cv::INTER_LINEAR;
    if (name == QLatin1String("area"))
        return cv::INTER_AREA;
    return cv::INTER_NEAREST;
}

} // namespace maskbench
