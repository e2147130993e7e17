#pragma once
// Private to core/train (included only by its .cpp files; torch inside, STYLE rule 11): the
// training run's pieces, split by seam across
//   trainer.cpp        Run::run and Run::runBody (prepare, stages, epochs, finish), the entry points
//   run_lifecycle.cpp  log, events, status.json and heartbeat, pause, ImageNet weights download
//   run_storage.cpp    atomic writes, checkpoints (save, read), readCheckpoint, maxWeightDifference
//   train_data.cpp     splits from the manifest, hold-out and limits, face chips, skip/mask notes
//   train_steps.cpp    optimizer, mixed precision, loss, feature cache, validation, test evaluation
//   train_config.cpp   TrainConfig, stages, presets (JSON in and out)
// User-visible text goes through TrainerTr::tr (context "Trainer", as lupdate extracts it).

#include "core/train/checkpoint_format.h"
#include "core/train/checkpoint_io.h"
#include "core/train/trainer.h"

#include "core/common/device.h"
#include "core/common/error.h"
#include "core/common/file_hash.h"
#include "core/common/json_file.h"
#include "core/common/seed_mix.h"
#include "core/common/settings.h"
#include "core/dataset/dataset.h"
#include "core/eval/inference.h"
#include "core/eval/predictions.h"
#include "core/face/face_chip.h"
#include "core/model/classifier.h"
#include "core/model/torch_device.h"
#include "core/model/torch_error.h"
#include "core/model/pretrained_load.h"
#include "core/net/keras_weights.h"
#include "core/face/landmark_cache.h"
#include "core/mask/mask_template.h"
#include "core/train/data_pipeline.h"
#include "core/train/run_record.h"

#include <torch/torch.h>
#include <ATen/CPUGeneratorImpl.h>
#include <ATen/autocast_mode.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QSaveFile>
#include <QSet>
#include <QThread>

#include <cerrno>
#include <cmath>
#include <cstring>
#include <fcntl.h>
#include <limits>
#include <optional>
#include <sstream>
#include <unistd.h>

namespace maskbench::train_detail {

struct TrainerTr
{
    Q_DECLARE_TR_FUNCTIONS(Trainer)
};

using checkpoint::archiveKey;
using checkpoint::loadModelTensors;
using checkpoint::openArchive;
constexpr const char *kCheckpointFormat = checkpoint::kFormat;
// face-resnet's default backbone learning-rate scale (TrainConfig::backboneLrScale); chosen on the
// masked UTKFace split of bench/faceapi_vs_levi.sh, where a scale of 1 collapsed the features.
constexpr double kFaceResNetBackboneLrScale = 0.01;

// LibTorch reports bad shapes and similar with c10::Error; core promises maskbench::Error.
template <typename F>
auto guarded(F &&f)
{
    try {
        return f();
    } catch (const c10::Error &e) {
        throw Error(TrainerTr::tr("Training failed inside LibTorch: %1").arg(torchErrorLine(e)));
    }
}

// run_storage.cpp ------------------------------------------------------------------------------
// Writes bytes to path atomically and durably (temp file, fsync, read back against the SHA-256,
// rename, fsync of the folder); with `previous`, the replaced file stays under that name.
void atomicWrite(const QString &path, const std::string &bytes, const QString &previous = {}, QString sha256 = {});
void removeStaleTemporaries(const QString &dir);
void writeJsonFile(const QString &path, const QJsonObject &o);
// Keeps the lines of a CSV / JSONL file whose epoch is at most maxEpoch (resume).
void truncateByEpoch(const QString &path, int maxEpoch, bool csv);
struct CheckpointMeta
{
    int epoch = 0;
    int stageIndex = 0;
    double bestValAccuracy = -1;
    int bestEpoch = 0;
    QJsonObject config;
};
void saveCheckpoint(const QString &path, model::Classifier &net, torch::optim::Optimizer &optimizer, const CheckpointMeta &meta,
                    const QString &previous = {});
CheckpointMeta readMeta(torch::serialize::InputArchive &archive, const QString &path);

// train_data.cpp -------------------------------------------------------------------------------
struct Splits
{
    std::vector<Sample> train, val, test;
    QStringList testPaths; // the test images as listed (the samples may point at face chips)
    QHash<QString, QString> sources; // image -> its unmasked original (augment's "source" column), if found
    QStringList classes;
    qint64 heldOut = 0; // training and validation items left out by TrainConfig::holdOut
};
Splits loadSplits(const TrainConfig &c);

// train_steps.cpp ------------------------------------------------------------------------------
std::unique_ptr<torch::optim::Optimizer> makeOptimizer(const TrainConfig &c, model::ClassifierImpl &net);
// Autocast for the forward pass on CUDA (LibTorch 1.13 has no C++ guard for it): on for the
// scope's life, the cast cache cleared when the outermost scope ends.
class AutocastScope
{
public:
    explicit AutocastScope(at::ScalarType dtype) : m_prevEnabled(at::autocast::is_enabled()), m_prevType(at::autocast::get_autocast_gpu_dtype())
    {
        at::autocast::set_autocast_gpu_dtype(dtype);
        at::autocast::set_enabled(true);
        at::autocast::increment_nesting();
    }
    ~AutocastScope()
    {
        if (at::autocast::decrement_nesting() == 0)
            at::autocast::clear_cache();
        at::autocast::set_enabled(m_prevEnabled);
        at::autocast::set_autocast_gpu_dtype(m_prevType);
    }
    AutocastScope(const AutocastScope &) = delete;
    AutocastScope &operator=(const AutocastScope &) = delete;

private:
    bool m_prevEnabled;
    at::ScalarType m_prevType;
};
// The mixed-precision mode as a dtype: nullopt for off. Throws Error for an unknown name.
std::optional<at::ScalarType> mixedPrecisionType(const QString &mode);
// fp16's dynamic loss scale (as torch.cuda.amp.GradScaler: start 2^16, halve on inf/NaN
// gradients and skip that step, double after 2000 good steps).
struct LossScale
{
    double scale = 65536.0;
    int goodSteps = 0;
    qint64 skipped = 0;

    // Unscales the gradients in place; false (and the scale halved) when one is not finite.
    bool unscale(const std::vector<torch::Tensor> &params)
    {
        bool finite = true;
        for (const torch::Tensor &p : params) {
            torch::Tensor g = p.grad();
            if (!g.defined())
                continue;
            g.div_(scale);
            if (finite && !torch::isfinite(g).all().item<bool>())
                finite = false;
        }
        if (!finite) {
            scale /= 2;
            goodSteps = 0;
            ++skipped;
        } else if (++goodSteps >= 2000) {
            scale *= 2;
            goodSteps = 0;
        }
        return finite;
    }
};
// Loss and correct count; binary models have one logit (sigmoid + BCE), others softmax + CE.
std::pair<torch::Tensor, int64_t> lossAndCorrect(const torch::Tensor &logits, const torch::Tensor &labels);
struct Tensors
{
    torch::Tensor x, y;
};
Tensors toTensors(Batch &b, const PipelineOptions &o, const torch::Device &device);
// Backbone features of every sample, in sample order, for training a head on a frozen backbone.
struct FeatureCache
{
    torch::Tensor features;   // n x feature dims (rows of unreadable samples are zero)
    torch::Tensor labels;     // n, long
    std::vector<char> ok;     // per sample: decoded
    std::vector<QString> paths;
    bool built = false;
};

// The run ------------------------------------------------------------------------------------
class Run
{
public:
    Run(TrainConfig config, TrainControl *control, TrainCallback callback)
        : m_c(std::move(config)), m_control(control), m_callback(std::move(callback))
    {
    }

    // The run with its status record (run_record.h): failed when the body throws.
    TrainResult run(bool resume);

private:
    TrainResult runBody(bool resume);
    // status.json: the state now, with the epochs done and what a resume would start from.
    void setStatus(RunState state, const QString &message = {});
    void heartbeat(); // rewrites the current state when kHeartbeatSeconds have passed
    RunState m_state = RunState::Unknown;
    QElapsedTimer m_statusClock;
    qint64 m_pausedNs = 0; // time spent paused in the current epoch (not counted in its seconds or rate)
    void log(const QString &line, TrainEvent::Level level = TrainEvent::Info);
    QString fetchImageNetWeights();
    void noteMasking(const Batch &batch);
    QSet<QString> m_noFaceSeen, m_maskFailedSeen;
    void event(const QJsonObject &o);
    void emitEvent(const TrainEvent &e)
    {
        if (m_callback)
            m_callback(e);
    }
    bool waitWhilePaused();
    std::pair<double, double> validate(BatchLoader &loader, const PipelineOptions &o);
    std::pair<double, double> validateCached(const FeatureCache &cache, int batchSize);
    void buildCache(FeatureCache &cache, const std::vector<Sample> &samples, const PipelineOptions &o);
    void alignFaces(Splits &data, int chipSize);
    void evaluateTest(const QString &bestPath);
    void noteSkipped(const QString &path);
    int stageOfEpoch(int epoch) const; // epoch 1-based -> stage index

    TrainConfig m_c;
    TrainControl *m_control;
    TrainCallback m_callback;
    QString m_dir;
    std::unique_ptr<QFile> m_log, m_events;
    // RUN/run.lock while this process trains the run: a second trainer (the GUI resuming what the
    // CLI is training, two CLIs) is refused with a message instead of interleaving checkpoints.
    // A lock left by a process that died is taken over (QLockFile checks the PID).
    std::unique_ptr<QLockFile> m_lock;
    void lockRunFolder();
    TrainResult m_result;
    torch::Device m_device{torch::kCPU};
    std::optional<at::ScalarType> m_amp; // mixed precision on CUDA (TrainConfig::mixedPrecision)
    LossScale m_lossScale;               // fp16 only
    model::Classifier m_net{nullptr};
};

} // namespace maskbench::train_detail
