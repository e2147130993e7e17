#include "core/train/checkpoint_format.h"
#include "core/train/checkpoint_io.h"
#include "core/train/trainer.h"

#include "core/common/device.h"
#include "core/common/error.h"
#include "core/common/file_hash.h"
#include "core/common/json_file.h"
#include "core/common/settings.h"
#include "core/dataset/dataset.h"
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

namespace maskbench {
namespace {

QString tr(const char *s) { return QCoreApplication::translate("Trainer", s); }

using checkpoint::archiveKey;
using checkpoint::loadModelTensors;
using checkpoint::openArchive;
constexpr const char *kCheckpointFormat = checkpoint::kFormat;
// face-resnet's default backbone learning-rate scale (TrainConfig::backboneLrScale); chosen on the
// masked UTKFace split of bench/faceapi_vs_levi.sh, where a scale of 1 collapsed the features.
constexpr double kFaceResNetBackboneLrScale = 0.01;

quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

// ---------------------------------------------------------------------------------------------
// Files

// Writes bytes to path atomically and durably: temp file in the same folder, fsync, read back and
// compared with the bytes' SHA-256 (`sha256`, computed when empty; a write the disk garbled never
// replaces a good file), rename, fsync of the folder. On any failure (disk full included) the temp
// file is removed and the old file stays as it was. With `previous`, the file being replaced stays
// as that name (a hard link: no copy), with its .sha256 sidecar.
void atomicWrite(const QString &path, const std::string &bytes, const QString &previous = {}, QString sha256 = {})
{
    const QString tmp = QStringLiteral("%1.tmp-%2").arg(path).arg(qint64(::getpid()));
    const QByteArray tmpName = QFile::encodeName(tmp);
    const int fd = ::open(tmpName.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        throw Error(tr("Cannot write %1: %2").arg(tmp, QString::fromLocal8Bit(std::strerror(errno))));
    size_t written = 0;
    int err = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            err = errno;
            break;
        }
        written += size_t(n);
    }
    if (!err && ::fsync(fd) != 0)
        err = errno;
    if (::close(fd) != 0 && !err)
        err = errno;
    if (!err) {
        if (sha256.isEmpty())
            sha256 = checkpoint::bytesSha256(bytes);
        QString back;
        try {
            back = fileSha256(tmp);
        } catch (const Error &) {
            back.clear(); // unreadable: as garbled
        }
        if (back != sha256) {
            ::unlink(tmpName.constData());
            throw Error(tr("Cannot write %1: the new file did not read back as written (disk or file system fault); "
                           "the previous file is unchanged").arg(path));
        }
    }
    if (!err && !previous.isEmpty() && QFileInfo::exists(path)) {
        for (const QString &suffix : {QString(), QStringLiteral(".sha256")}) {
            const QByteArray from = QFile::encodeName(path + suffix), to = QFile::encodeName(previous + suffix);
            ::unlink(to.constData());
            if (QFileInfo::exists(path + suffix) && ::link(from.constData(), to.constData()) != 0 && suffix.isEmpty())
                err = errno;
        }
    }
    if (!err && ::rename(tmpName.constData(), QFile::encodeName(path).constData()) != 0)
        err = errno;
    if (err) {
        ::unlink(tmpName.constData());
        throw Error(tr("Cannot write %1: %2; the previous file is unchanged").arg(path, QString::fromLocal8Bit(std::strerror(err))));
    }
    const int dir = ::open(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
}

void removeStaleTemporaries(const QString &dir)
{
    for (const QString &f : QDir(dir).entryList({QStringLiteral("*.tmp-*")}, QDir::Files))
        QFile::remove(QDir(dir).filePath(f));
}

void writeJsonFile(const QString &path, const QJsonObject &o)
{
    const QByteArray bytes = QJsonDocument(o).toJson(QJsonDocument::Indented);
    atomicWrite(path, bytes.toStdString());
}

// Keeps the lines of a CSV / JSONL file whose epoch is at most maxEpoch (used on resume, so the
// metrics do not list the epochs that are about to be redone).
void truncateByEpoch(const QString &path, int maxEpoch, bool csv)
{
    QFile f(path);
    if (!f.exists() || !f.open(QIODevice::ReadOnly))
        return;
    const QList<QByteArray> lines = f.readAll().split('\n');
    f.close();
    QByteArray out;
    for (int i = 0; i < lines.size(); ++i) {
        const QByteArray &l = lines[i];
        if (l.isEmpty())
            continue;
        int epoch = 0;
        if (csv)
            epoch = i == 0 ? 0 : l.left(l.indexOf(',')).toInt();
        else
            epoch = QJsonDocument::fromJson(l).object().value(QStringLiteral("epoch")).toInt();
        if (epoch <= maxEpoch)
            out += l + '\n';
    }
    atomicWrite(path, out.toStdString());
}

// ---------------------------------------------------------------------------------------------
// Checkpoints: layout in train/checkpoint_format.h, loading and checks in train/checkpoint_io.h
// (shared with eval/inference.cpp).

struct CheckpointMeta
{
    int epoch = 0;
    int stageIndex = 0;
    double bestValAccuracy = -1;
    int bestEpoch = 0;
    QJsonObject config;
};

void saveCheckpoint(const QString &path, model::Classifier &net, torch::optim::Optimizer &optimizer, const CheckpointMeta &meta,
                    const QString &previous = {})
{
    torch::serialize::OutputArchive archive;
    torch::serialize::OutputArchive modelArchive;
    std::vector<std::pair<std::string, torch::Tensor>> saved;
    for (const auto &[name, t] : model::namedTensors(*net)) {
        const torch::Tensor c = t.detach().to(torch::kCPU);
        modelArchive.write(archiveKey(name), c);
        saved.emplace_back(archiveKey(name), c);
    }
    archive.write("model", modelArchive);
    archive.write("model_sha256", c10::IValue(checkpoint::tensorsSha256(saved).toStdString()));
    torch::serialize::OutputArchive optimizerArchive;
    optimizer.save(optimizerArchive);
    archive.write("optimizer", optimizerArchive);
    archive.write("format", c10::IValue(std::string(kCheckpointFormat)));
    archive.write("epoch", c10::IValue(int64_t(meta.epoch)));
    archive.write("stage_index", c10::IValue(int64_t(meta.stageIndex)));
    archive.write("best_val_accuracy", c10::IValue(meta.bestValAccuracy));
    archive.write("best_epoch", c10::IValue(int64_t(meta.bestEpoch)));
    archive.write("config", c10::IValue(QJsonDocument(meta.config).toJson(QJsonDocument::Compact).toStdString()));
    archive.write("rng_state", at::detail::getDefaultCPUGenerator().get_state());
    std::ostringstream os;
    archive.save_to(os);
    const std::string bytes = os.str();
    const QString sha256 = checkpoint::bytesSha256(bytes); // once: checks the write and fills the sidecar
    atomicWrite(path, bytes, previous, sha256);
    checkpoint::writeSidecar(path, sha256);
}

CheckpointMeta readMeta(torch::serialize::InputArchive &archive, const QString &path)
{
    c10::IValue v;
    if (!archive.try_read("format", v) || !v.isString() || v.toStringRef() != kCheckpointFormat)
        throw Error(tr("%1 is not a MaskBench checkpoint").arg(path));
    CheckpointMeta m;
    archive.read("epoch", v);
    m.epoch = int(v.toInt());
    archive.read("stage_index", v);
    m.stageIndex = int(v.toInt());
    archive.read("best_val_accuracy", v);
    m.bestValAccuracy = v.toDouble();
    archive.read("best_epoch", v);
    m.bestEpoch = int(v.toInt());
    archive.read("config", v);
    m.config = QJsonDocument::fromJson(QByteArray::fromStdString(v.toStringRef())).object();
    return m;
}

// ---------------------------------------------------------------------------------------------
// Data

struct Splits
{
    std::vector<Sample> train, val, test;
    QStringList testPaths; // the test images as listed (the samples may point at face chips)
    QHash<QString, QString> sources; // image -> its unmasked original (augment's "source" column), if found
    QStringList classes;
    qint64 heldOut = 0; // training and validation items left out by TrainConfig::holdOut
};

struct HoldOut
{
    QString column, value;
    bool active() const { return !column.isEmpty(); }
};

HoldOut parseHoldOut(const QString &text)
{
    if (text.trimmed().isEmpty())
        return {};
    const qsizetype eq = text.indexOf(QLatin1Char('='));
    if (eq <= 0 || eq == text.size() - 1)
        throw Error(tr("hold-out '%1': give COLUMN=VALUE, e.g. mask_type=cloth").arg(text));
    return {text.left(eq).trimmed(), text.mid(eq + 1).trimmed()};
}

std::vector<Sample> sampleDown(std::vector<Sample> v, int limit, quint64 seed)
{
    if (limit <= 0 || size_t(limit) >= v.size())
        return v;
    quint64 state = mix(seed ^ 0x5a5a5a5aULL);
    for (size_t i = v.size(); i > 1; --i) {
        state = mix(state);
        std::swap(v[i - 1], v[size_t(state % i)]);
    }
    v.resize(size_t(limit));
    return v;
}

Splits loadSplits(const TrainConfig &c)
{
    LoadOptions lo;
    lo.labelColumn = c.labelColumn.isEmpty() ? QStringLiteral("label") : c.labelColumn;
    lo.probeImages = false;
    const Dataset ds = loadDataset(c.data, lo);
    Splits s;
    s.classes = ds.classes();
    if (s.classes.size() < 2)
        throw Error(tr("%1 has %2 class(es) (%3); a classifier needs at least two")
                        .arg(c.data).arg(s.classes.size()).arg(s.classes.join(QStringLiteral(", "))));
    qint64 missing = 0;
    const HoldOut holdOut = parseHoldOut(c.holdOut);
    if (holdOut.active()) {
        if (!ds.attributeNames.contains(holdOut.column))
            throw Error(tr("%1 has no column '%2' to hold out (%3); its columns: %4")
                            .arg(c.data, holdOut.column, c.holdOut, ds.attributeNames.join(QStringLiteral(", "))));
        QSet<QString> seen;
        for (const DatasetItem &it : ds.items)
            seen.insert(it.attributes.value(holdOut.column));
        if (!seen.contains(holdOut.value)) {
            QStringList values(seen.begin(), seen.end());
            values.sort();
            throw Error(tr("%1: no item has %2 '%3' to hold out; its values: %4")
                            .arg(c.data, holdOut.column, holdOut.value, values.join(QStringLiteral(", "))));
        }
    }
    for (const DatasetItem &it : ds.items) {
        if (!it.exists) {
            ++missing;
            continue;
        }
        if (holdOut.active() && it.split != QLatin1String("test")
            && it.attributes.value(holdOut.column) == holdOut.value) {
            ++s.heldOut;
            continue;
        }
        const Sample sample{it.path, int(s.classes.indexOf(it.label))};
        // augment writes the original's path relative to the dataset it read, normally the
        // folder the split manifest lives in too.
        const QString source = it.attributes.value(QStringLiteral("source"));
        if (!source.isEmpty()) {
            const QString abs = QFileInfo(source).isAbsolute() ? source : QFileInfo(c.data).absoluteDir().filePath(source);
            if (QFileInfo::exists(abs))
                s.sources.insert(it.path, QDir::cleanPath(abs));
        }
        if (it.split == QLatin1String("train"))
            s.train.push_back(sample);
        else if (it.split == QLatin1String("val"))
            s.val.push_back(sample);
        else if (it.split == QLatin1String("test") && c.evaluateTest) {
            s.test.push_back(sample);
            s.testPaths.append(it.path);
        }
    }
    if (s.train.empty() || s.val.empty())
        throw Error(tr("%1 has %2 training and %3 validation images; both splits are needed "
                       "(make them with: maskbench-cli dataset split SOURCE --out split.csv)")
                        .arg(c.data).arg(s.train.size()).arg(s.val.size()));
    s.train = sampleDown(std::move(s.train), c.limitTrain, c.seed);
    s.val = sampleDown(std::move(s.val), c.limitVal, c.seed + 1);
    return s;
}

// One parameter group when the backbone shares the head's learning rate (the order of
// parameters(), as before the groups existed, so older checkpoints resume); otherwise the trainable
// backbone parameters in a first group at lr * backboneLrScale and the head's in a second at lr.
// The optimizer archive stores each group's options, so a resume gets both rates back.
std::vector<torch::optim::OptimizerParamGroup> parameterGroups(const TrainConfig &c, model::ClassifierImpl &net)
{
    if (c.backboneLrScale == 1.0)
        return {torch::optim::OptimizerParamGroup(net.trainableParameters())};
    std::vector<torch::Tensor> backbone, head;
    for (const auto &p : net.backbone().parameters())
        if (p.requires_grad())
            backbone.push_back(p);
    for (const auto &p : net.head()->parameters())
        if (p.requires_grad())
            head.push_back(p);
    std::vector<torch::optim::OptimizerParamGroup> groups;
    if (!backbone.empty())
        groups.emplace_back(backbone);
    groups.emplace_back(head);
    return groups;
}

std::unique_ptr<torch::optim::Optimizer> makeOptimizer(const TrainConfig &c, model::ClassifierImpl &net)
{
    const QString o = c.optimizer.toLower();
    std::unique_ptr<torch::optim::Optimizer> optimizer;
    const std::vector<torch::optim::OptimizerParamGroup> groups = parameterGroups(c, net);
    if (o == QLatin1String("rmsprop")) {
        // Keras RMSprop defaults (rho 0.9, epsilon 1e-7). With momentum 0 (the default),
        // tf.keras and Keras 2.2 both compute var -= lr * g / (sqrt(ms) + eps): epsilon outside
        // the root, exactly torch's formula, so torch's RMSprop with alpha = rho mirrors it. (Only
        // tf.keras with momentum > 0 used the fused kernel with epsilon inside the root.)
        optimizer = std::make_unique<torch::optim::RMSprop>(
            groups, torch::optim::RMSpropOptions(c.learningRate).alpha(0.9).eps(1e-7).weight_decay(c.weightDecay));
    } else if (o == QLatin1String("adam")) {
        // Keras epsilon 1e-7; Keras scales epsilon by sqrt(1 - beta2^t) ("epsilon hat"), torch
        // does not: a difference only while the second moment is tiny.
        optimizer = std::make_unique<torch::optim::Adam>(
            groups, torch::optim::AdamOptions(c.learningRate).eps(1e-7).weight_decay(c.weightDecay));
    } else if (o == QLatin1String("sgd")) {
        optimizer = std::make_unique<torch::optim::SGD>(
            groups, torch::optim::SGDOptions(c.learningRate).momentum(c.momentum).weight_decay(c.weightDecay));
    } else {
        throw Error(tr("Unknown optimizer \"%1\": use rmsprop, adam or sgd").arg(c.optimizer));
    }
    // Groups built without options take the defaults above; the backbone group (first of two) then
    // gets its own rate.
    if (optimizer->param_groups().size() == 2)
        optimizer->param_groups().front().options().set_lr(c.learningRate * c.backboneLrScale);
    return optimizer;
}

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
std::optional<at::ScalarType> mixedPrecisionType(const QString &mode)
{
    const QString m = mode.trimmed().toLower();
    if (m.isEmpty() || m == QLatin1String("off") || m == QLatin1String("none"))
        return std::nullopt;
    if (m == QLatin1String("fp16") || m == QLatin1String("half"))
        return at::kHalf;
    if (m == QLatin1String("bf16") || m == QLatin1String("bfloat16"))
        return at::kBFloat16;
    throw Error(tr("Unknown mixed precision \"%1\": use off, fp16 or bf16").arg(mode));
}

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
std::pair<torch::Tensor, int64_t> lossAndCorrect(const torch::Tensor &logits, const torch::Tensor &labels)
{
    if (logits.size(1) == 1) {
        const torch::Tensor z = logits.squeeze(1);
        const torch::Tensor y = labels.to(torch::kFloat);
        return {torch::binary_cross_entropy_with_logits(z, y), (z.gt(0) == labels.to(torch::kBool)).sum().item<int64_t>()};
    }
    return {torch::nn::functional::cross_entropy(logits, labels), (logits.argmax(1) == labels).sum().item<int64_t>()};
}

struct Tensors
{
    torch::Tensor x, y;
};

Tensors toTensors(Batch &b, const PipelineOptions &o, const torch::Device &device)
{
    // from_blob borrows the batch's buffer: clone before the buffer goes away (STYLE rule 10).
    torch::Tensor x = torch::from_blob(b.pixels.data(), {b.count, 3, o.height, o.width}, torch::kFloat).clone();
    torch::Tensor y = torch::from_blob(b.labels.data(), {b.count}, torch::kInt).to(torch::kLong);
    return {x.to(device), y.to(device)};
}

// Backbone features of every sample, in sample order, for training a head on a frozen backbone.
struct FeatureCache
{
    torch::Tensor features;   // n x feature dims (rows of unreadable samples are zero)
    torch::Tensor labels;     // n, long
    std::vector<char> ok;     // per sample: decoded
    std::vector<QString> paths;
    bool built = false;
};

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
    void evaluateTest(const Splits &data, const PipelineOptions &o, const QString &bestPath);
    void noteSkipped(const QString &path);
    int stageOfEpoch(int epoch) const; // epoch 1-based -> stage index

    TrainConfig m_c;
    TrainControl *m_control;
    TrainCallback m_callback;
    QString m_dir;
    std::unique_ptr<QFile> m_log, m_events;
    TrainResult m_result;
    torch::Device m_device{torch::kCPU};
    std::optional<at::ScalarType> m_amp; // mixed precision on CUDA (TrainConfig::mixedPrecision)
    LossScale m_lossScale;               // fp16 only
    model::Classifier m_net{nullptr};
};

void Run::log(const QString &line, TrainEvent::Level level)
{
    const QString stamped = QDateTime::currentDateTime().toString(Qt::ISODate) + QLatin1Char(' ') + line + QLatin1Char('\n');
    if (m_log) {
        m_log->write(stamped.toUtf8());
        m_log->flush();
    }
    TrainEvent e;
    e.kind = TrainEvent::Log;
    e.message = line;
    e.level = level;
    emitEvent(e);
}

// TrainConfig::weights "imagenet": the Keras Applications file for this model, from the cache or
// downloaded now (before the run folder exists, so a failed download leaves nothing behind).
// Progress goes to the log about every 10%; Stop cancels the download (the partial file is kept
// for the next try).
QString Run::fetchImageNetWeights()
{
    const QString model = canonicalModelName(m_c.model.name);
    const bool top = m_c.model.head == QLatin1String("keras-top");
    const KerasWeightsFile *file = kerasWeightsFile(model, top); // throws for models Keras has no file for
    const QString cached = kerasWeightsCachePath(*file);
    if (!QFileInfo::exists(cached))
        log(tr("downloading Keras' ImageNet weights for %1 (%2) into %3").arg(model, file->fileName(), cached), TrainEvent::Notice);
    int lastDecile = -1;
    QString path;
    try {
        path = fetchKerasWeights(model, top, [&](const Progress &p) {
            if (m_control && m_control->stop.load())
                return false;
            const int decile = p.total > 0 ? int(10 * p.done / p.total) : -1;
            if (decile > lastDecile) {
                lastDecile = decile;
                log(tr("  %1 of %2 MB%3").arg(p.done / 1e6, 0, 'f', 1).arg(p.total / 1e6, 0, 'f', 1)
                        .arg(p.etaSeconds >= 0 ? tr(", about %1 s left").arg(qRound(p.etaSeconds)) : QString()), TrainEvent::Notice);
            }
            return true;
        });
    } catch (const Cancelled &) {
        throw Error(tr("Stopped while downloading the ImageNet weights; nothing was trained. The part already "
                       "downloaded is kept in %1: starting again resumes it").arg(QFileInfo(cached).absolutePath()));
    }
    log(tr("ImageNet weights: %1").arg(path), TrainEvent::Notice);
    return path;
}

void Run::event(const QJsonObject &o)
{
    if (m_events) {
        m_events->write(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
        m_events->flush();
    }
}

bool Run::waitWhilePaused()
{
    if (!m_control)
        return true;
    bool logged = false;
    QElapsedTimer paused;
    paused.start();
    while (m_control->pause.load() && !m_control->stop.load()) {
        if (!logged) {
            log(tr("paused"));
            setStatus(RunState::Paused);
            logged = true;
        }
        heartbeat();
        QThread::msleep(50);
    }
    if (logged)
        m_pausedNs += paused.nsecsElapsed();
    if (logged && !m_control->stop.load()) {
        log(tr("resumed"));
        setStatus(RunState::Running);
    }
    return !m_control->stop.load();
}

void Run::setStatus(RunState state, const QString &message)
{
    m_state = state;
    RunStatus s;
    s.state = state;
    s.epoch = m_result.epochsDone;
    s.totalEpochs = m_c.totalEpochs();
    const QDir run(m_dir);
    if (QFileInfo::exists(run.filePath(QStringLiteral("checkpoints/last.pt"))))
        s.resumeFrom = QStringLiteral("checkpoints/last.pt");
    else if (QFileInfo::exists(run.filePath(QStringLiteral("checkpoints/") + QString::fromLatin1(checkpoint::kPreviousLast))))
        s.resumeFrom = QStringLiteral("checkpoints/") + QString::fromLatin1(checkpoint::kPreviousLast);
    s.message = message;
    writeRunStatus(m_dir, s);
    m_statusClock.restart();
}

void Run::heartbeat()
{
    if (m_state == RunState::Unknown || m_statusClock.elapsed() < kHeartbeatSeconds * 1000)
        return;
    try {
        setStatus(m_state);
    } catch (const Error &) {
        m_statusClock.restart(); // a full disk shows at the next checkpoint, with its own message
    }
}

TrainResult Run::run(bool resume)
{
    try {
        TrainResult r = runBody(resume);
        setStatus(r.stopped ? RunState::Stopped : RunState::Finished,
                  r.stopped ? tr("stopped after epoch %1 of %2").arg(r.epochsDone).arg(m_c.totalEpochs()) : QString());
        return r;
    } catch (const Cancelled &) {
        if (m_state != RunState::Unknown) {
            try {
                setStatus(RunState::Stopped, tr("stopped after epoch %1 of %2").arg(m_result.epochsDone).arg(m_c.totalEpochs()));
            } catch (const Error &) {
            }
        }
        throw;
    } catch (...) {
        // Only a run that got as far as its status record gets a failed one (a refused start
        // leaves no run folder, or another run's untouched).
        if (m_state != RunState::Unknown) {
            QString why;
            try {
                throw;
            } catch (const Error &e) {
                why = e.message();
            } catch (const c10::Error &e) {
                why = torchErrorLine(e);
            } catch (const std::exception &e) {
                why = QString::fromLocal8Bit(e.what());
            } catch (...) {
                why = tr("unknown error");
            }
            try {
                setStatus(RunState::Failed, why);
            } catch (const Error &) {
            }
        }
        throw;
    }
}

int Run::stageOfEpoch(int epoch) const
{
    int end = 0;
    for (size_t i = 0; i < m_c.stages.size(); ++i) {
        end += m_c.stages[i].epochs;
        if (epoch <= end)
            return int(i);
    }
    return int(m_c.stages.size()) - 1;
}

TrainResult Run::runBody(bool resume)
{
    QElapsedTimer total;
    total.start();
    m_dir = QDir(m_c.outDir).absolutePath();
    m_result.runDir = m_dir;
    if (m_c.stages.empty() || m_c.totalEpochs() <= 0)
        throw Error(tr("The schedule has no epochs"));
    if (m_c.batchSize < 1)
        throw Error(tr("Batch size must be at least 1"));
    if (!(m_c.learningRate > 0))
        throw Error(tr("Learning rate must be positive"));
    if (!std::isfinite(m_c.backboneLrScale))
        throw Error(tr("The backbone learning-rate scale must be a number (negative: the model's default)"));

    const QString ckptDir = QDir(m_dir).filePath(QStringLiteral("checkpoints"));
    const QString lastPath = QDir(ckptDir).filePath(QStringLiteral("last.pt"));
    const QString bestPath = QDir(ckptDir).filePath(QStringLiteral("best.pt"));
    const QString configPath = QDir(m_dir).filePath(QStringLiteral("config.json"));
    const QString metricsPath = QDir(m_dir).filePath(QStringLiteral("metrics.csv"));
    const QString eventsPath = QDir(m_dir).filePath(QStringLiteral("events.jsonl"));

    // A run stopped, killed or out of disk before its first checkpoint has nothing to resume: it
    // restarts from epoch 1 with its own configuration (no dead end, nothing to delete by hand).
    const bool restart = resume && !QFileInfo::exists(lastPath)
                         && !QFileInfo::exists(QDir(ckptDir).filePath(QString::fromLatin1(checkpoint::kPreviousLast)));
    if (restart)
        resume = false;
    if (!resume && !restart && QFileInfo::exists(configPath))
        throw Error(tr("%1 already holds a run; choose another --out or continue it with --resume %1").arg(m_dir));
    // Paths as the run folder keeps them: absolute, so resume and predict work from any directory.
    if (!resume && !m_c.data.isEmpty() && QFileInfo::exists(m_c.data))
        m_c.data = QFileInfo(m_c.data).absoluteFilePath();
    // Mask options are checked before the run folder gets anything (BatchLoader checks again).
    if (!(m_c.maskProbability >= 0.0 && m_c.maskProbability <= 1.0))
        throw Error(tr("The mask probability must lie between 0 and 1 (got %1)").arg(m_c.maskProbability));
    parseMaskTypes(m_c.maskTypes);
    // The data and the device too: a manifest or device that cannot work leaves no run folder behind.
    m_device = resolveDevice(requestedDevice(m_c.device), describeDeviceChoice(m_c.device));
    m_amp = mixedPrecisionType(m_c.mixedPrecision);
    if (m_amp && !m_device.is_cuda())
        throw Error(tr("Mixed precision (%1) needs a CUDA device; this run computes on %2. Choose a CUDA device or "
                       "turn mixed precision off").arg(m_c.mixedPrecision, QString::fromStdString(m_device.str())));
    if (!resume && m_c.weights.compare(QLatin1String("imagenet"), Qt::CaseInsensitive) == 0)
        m_c.weights = fetchImageNetWeights();
    Splits data = loadSplits(m_c);
    if (!QDir().mkpath(ckptDir))
        throw Error(tr("Cannot create the run folder %1").arg(ckptDir));
    removeStaleTemporaries(ckptDir);
    removeStaleTemporaries(m_dir);

    // Reproducibility settings come first: they affect everything below.
    const int threads = m_c.threads > 0 ? m_c.threads : effectiveThreads();
    torch::set_num_threads(threads);
    at::globalContext().setDeterministicAlgorithms(m_c.deterministic, /*warn_only=*/true);

    ModelConfig mc = m_c.model;
    mc.classes = int(data.classes.size());
    mc = resolved(mc);
    m_c.model = mc;
    if (m_c.backboneLrScale < 0)
        m_c.backboneLrScale = defaultBackboneLrScale(mc.name);

    QJsonObject configJson = m_c.toJson();
    configJson.insert(QStringLiteral("classes"), QJsonArray::fromStringList(data.classes));
    configJson.insert(QStringLiteral("train_images"), qint64(data.train.size()));
    configJson.insert(QStringLiteral("val_images"), qint64(data.val.size()));
    if (!m_c.holdOut.isEmpty())
        configJson.insert(QStringLiteral("held_out_images"), data.heldOut);
    configJson.insert(QStringLiteral("threads_used"), threads);
    configJson.insert(QStringLiteral("device"), requestedDevice(m_c.device)); // what was asked (form, flag or Settings)
    configJson.insert(QStringLiteral("device_used"), QString::fromStdString(m_device.str()));
    configJson.insert(QStringLiteral("torch_version"), QStringLiteral(TORCH_VERSION));

    m_log = std::make_unique<QFile>(QDir(m_dir).filePath(QStringLiteral("train.log")));
    if (!m_log->open(QIODevice::WriteOnly | QIODevice::Append))
        throw Error(tr("Cannot write in the run folder %1: %2").arg(m_dir, m_log->errorString()));

    torch::manual_seed(m_c.seed);
    m_net = model::makeClassifier(mc);
    model::Classifier &net = m_net;
    net->to(m_device);

    if (!resume && !m_c.weights.isEmpty()) {
        const WeightsReport report = model::loadPretrainedWeights(*net, m_c.weights, /*strict=*/true);
        configJson.insert(QStringLiteral("weights"), QFileInfo(m_c.weights).absoluteFilePath());
        configJson.insert(QStringLiteral("weights_sha256"), report.sha256);
        configJson.insert(QStringLiteral("weights_report"), report.toJson());
        log(report.describe());
        if (report.input.startsWith(QLatin1String("source")))
            log(tr("warning: %1 expects the source's input range, while this run feeds x * %2; export it with "
                   "tools/export_weights.py --input unit to fold the range into the first convolution")
                    .arg(m_c.weights).arg(m_c.scale), TrainEvent::Warning);
    }

    CheckpointMeta meta;
    std::unique_ptr<torch::serialize::InputArchive> resumeArchive;
    if (resume) {
        resumeArchive = std::make_unique<torch::serialize::InputArchive>();
        // A run killed between keeping the previous last.pt and renaming the new one has only the previous.
        QString from = lastPath;
        const QString previousPath = QDir(ckptDir).filePath(QString::fromLatin1(checkpoint::kPreviousLast));
        if (!QFileInfo::exists(lastPath) && QFileInfo::exists(previousPath)) {
            from = previousPath;
            log(tr("last.pt is missing (the run stopped while replacing it); resuming from last.previous.pt"), TrainEvent::Notice);
        }
        openArchive(*resumeArchive, from);
        meta = readMeta(*resumeArchive, from);
        const QJsonObject savedModel = meta.config.value(QStringLiteral("model")).toObject();
        if (savedModel != mc.toJson())
            throw Error(tr("Checkpoint %1 was made for another model or class count (%2); start a new run")
                            .arg(from, QString::fromUtf8(QJsonDocument(savedModel).toJson(QJsonDocument::Compact))));
        loadModelTensors(*resumeArchive, *net, from);
        truncateByEpoch(metricsPath, meta.epoch, true);
        truncateByEpoch(eventsPath, meta.epoch, false);
        log(tr("resuming %1 after epoch %2 of %3").arg(m_dir).arg(meta.epoch).arg(m_c.totalEpochs()), TrainEvent::Notice);
    } else if (restart) {
        truncateByEpoch(metricsPath, 0, true);
        truncateByEpoch(eventsPath, 0, false);
        writeJsonFile(configPath, configJson);
        log(tr("%1 has no checkpoint (it stopped before its first epoch ended): restarting from epoch 1 with the "
               "same configuration").arg(m_dir), TrainEvent::Notice);
    } else {
        writeJsonFile(configPath, configJson);
        log(tr("new run %1").arg(m_dir));
    }
    m_result.epochsDone = meta.epoch;
    m_result.bestValAccuracy = meta.bestValAccuracy;
    m_result.bestEpoch = meta.bestEpoch;

    m_events = std::make_unique<QFile>(eventsPath);
    if (!m_events->open(QIODevice::WriteOnly | QIODevice::Append))
        throw Error(tr("Cannot write %1: %2").arg(eventsPath, m_events->errorString()));
    QFile metrics(metricsPath);
    const bool newMetrics = !metrics.exists() || metrics.size() == 0;
    if (!metrics.open(QIODevice::WriteOnly | QIODevice::Append))
        throw Error(tr("Cannot write %1: %2").arg(metricsPath, metrics.errorString()));
    if (newMetrics)
        metrics.write(metricsHeader().toUtf8());
    metrics.flush();
    setStatus(RunState::Running);

    log(tr("data %1: %2 training, %3 validation images; classes %4")
            .arg(m_c.data).arg(data.train.size()).arg(data.val.size()).arg(data.classes.join(QStringLiteral(", "))));
    if (!m_c.holdOut.isEmpty())
        log(tr("held out: %1 training and validation images with %2 left out (the test split keeps them)")
                .arg(data.heldOut).arg(m_c.holdOut));
    if (size_t(m_c.batchSize) > data.train.size())
        log(tr("warning: batch size %1 is larger than the %2 training images; each epoch is one smaller batch")
                .arg(m_c.batchSize).arg(data.train.size()), TrainEvent::Warning);
    log(tr("model %1 at %2, head %3, %4 threads, device %5")
            .arg(mc.name).arg(mc.inputSize).arg(mc.head).arg(threads).arg(QString::fromStdString(m_device.str())));
    if (m_amp)
        log(tr("mixed precision %1 (autocast; weights, optimizer and checkpoints in float32%2)")
                .arg(m_c.mixedPrecision, m_amp == at::kHalf ? tr(", dynamic loss scale") : QString()));

    if (usesFaceChips(mc.name) && m_c.alignFaces)
        alignFaces(data, faceChipSize(mc));
    if (mc.name == QLatin1String("faceres") && std::abs(m_c.scale - 1.0 / 255.0) > 1e-12)
        throw Error(tr("faceres takes RGB in 0..1 (scale 1/255, as FaceRes' own preprocessing); scale %1 is not supported")
                        .arg(m_c.scale));

    PipelineOptions po;
    po.width = po.height = mc.inputSize;
    po.batchSize = m_c.batchSize;
    po.seed = m_c.seed;
    po.scale = m_c.scale;
    po.widthShift = m_c.widthShift;
    po.heightShift = m_c.heightShift;
    po.horizontalFlip = m_c.horizontalFlip;
    po.interpolation = m_c.interpolation;
    if (mc.name == QLatin1String("face-resnet")) // face-api's normalisation: (pixel - mean RGB) / 255
        for (int c = 0; c < 3; ++c)
            po.mean[size_t(c)] = float(kFaceApiMeanRgb[c] * m_c.scale);
    po.workers = m_c.workers > 0 ? m_c.workers : std::max(1, QThread::idealThreadCount() / 4);
    po.prefetch = m_c.prefetch;
    po.maskProbability = m_c.maskProbability;
    po.maskTypes = m_c.maskTypes.split(QLatin1Char(','), Qt::SkipEmptyParts);
    po.landmarkCache = m_c.landmarkCache;
    BatchLoader trainLoader(data.train, po);
    if (po.maskProbability > 0)
        log(tr("on-the-fly masking: probability %1, types %2; landmarks from %3")
                .arg(po.maskProbability).arg(m_c.maskTypes.isEmpty() ? tr("all") : m_c.maskTypes)
                .arg(m_c.landmarkCache.isEmpty() ? LandmarkCache::defaultPath() : m_c.landmarkCache));
    PipelineOptions vo = po;
    vo.maskProbability = 0; // validation measures the data as it is
    vo.shuffle = false;
    vo.widthShift = vo.heightShift = 0;
    vo.horizontalFlip = false;
    BatchLoader valLoader(data.val, vo);

    FeatureCache trainCache, valCache;
    std::unique_ptr<torch::optim::Optimizer> optimizer;
    int currentStage = -1;
    const int totalEpochs = m_c.totalEpochs();
    double epochSecondsSum = 0;
    int epochsTimed = 0;

    for (int epoch = meta.epoch + 1; epoch <= totalEpochs; ++epoch) {
        const int stage = stageOfEpoch(epoch);
        const QString policy = m_c.stages[size_t(stage)].policy;
        if (stage != currentStage) {
            net->applyPolicy(policy);
            optimizer = makeOptimizer(m_c, *net);
            if (resumeArchive && stage == meta.stageIndex && epoch == meta.epoch + 1) {
                torch::serialize::InputArchive optArchive;
                if (!resumeArchive->try_read("optimizer", optArchive))
                    throw Error(tr("Checkpoint %1 holds no optimizer state").arg(lastPath));
                try {
                    optimizer->load(optArchive);
                } catch (const c10::Error &e) {
                    throw Error(tr("Checkpoint %1: the optimizer state does not match (%2)")
                                    .arg(lastPath, torchErrorLine(e)));
                }
            }
            currentStage = stage;
            TrainEvent se;
            se.kind = TrainEvent::StageStart;
            se.epoch = epoch;
            se.totalEpochs = totalEpochs;
            se.stage = policy;
            se.trainable = model::countParameters(*net, true);
            se.frozen = model::countParameters(*net) - se.trainable;
            emitEvent(se);
            log(tr("stage %1 (%2) from epoch %3: %4 trainable, %5 frozen parameters, %6 BN statistics")
                    .arg(stage + 1).arg(policy).arg(epoch).arg(se.trainable).arg(se.frozen).arg(model::countBnStatistics(*net)));
            if (optimizer->param_groups().size() == 2)
                log(tr("learning rate %1 for the head, %2 (x %3) for the backbone")
                        .arg(m_c.learningRate).arg(optimizer->param_groups().front().options().get_lr()).arg(m_c.backboneLrScale));
        }
        resumeArchive.reset();

        const bool augmenting = m_c.widthShift > 0 || m_c.heightShift > 0 || m_c.horizontalFlip || m_c.maskProbability > 0;
        const bool cached = m_c.cacheFeatures && policy == QLatin1String("frozen") && !augmenting;
        if (cached && !trainCache.built) {
            QElapsedTimer ct;
            ct.start();
            buildCache(trainCache, data.train, vo);
            buildCache(valCache, data.val, vo);
            log(tr("cached backbone features of %1 + %2 images in %3 s")
                    .arg(data.train.size()).arg(data.val.size()).arg(ct.nsecsElapsed() / 1e9, 0, 'f', 1));
        }
        // Dropout draws depend on (seed, epoch) only: a resumed run repeats them exactly.
        torch::manual_seed(mix(m_c.seed ^ mix(quint64(epoch))));
        net->train();
        std::vector<int> cacheOrder;
        if (cached)
            cacheOrder = epochOrder(data.train.size(), m_c.seed, epoch, true);
        else
            trainLoader.startEpoch(epoch);
        const double waitedBefore = trainLoader.waitedSeconds();
        QElapsedTimer timer; // the epoch's time, pauses left out (m_pausedNs)
        timer.start();
        m_pausedNs = 0;
        double lossSum = 0;
        qint64 correct = 0, seen = 0;
        qint64 epochMasked = 0, epochMaskDrawn = 0, epochNoFace = 0, epochMaskFailed = 0;
        const int batches = trainLoader.batchesPerEpoch();
        bool stopped = false;
        Batch batch;
        int b = 0;
        const double lr = m_c.learningRate;
        while (true) {
            if (!waitWhilePaused()) {
                stopped = true;
                break;
            }
            Tensors t;
            if (cached) {
                // The batch the loader would have made: same positions, unreadable ones dropped.
                const size_t begin = size_t(b) * size_t(m_c.batchSize);
                if (begin >= cacheOrder.size())
                    break;
                ++b;
                std::vector<int64_t> idx;
                for (size_t i = begin; i < std::min(cacheOrder.size(), begin + size_t(m_c.batchSize)); ++i) {
                    const int sample = cacheOrder[i];
                    if (trainCache.ok[size_t(sample)])
                        idx.push_back(sample);
                    else
                        noteSkipped(trainCache.paths[size_t(sample)]);
                }
                batch.count = int(idx.size());
                if (idx.empty())
                    continue;
                const torch::Tensor rows = torch::tensor(idx, torch::kLong).to(m_device);
                t = {trainCache.features.index_select(0, rows), trainCache.labels.index_select(0, rows)};
            } else {
                if (!trainLoader.next(batch))
                    break;
                ++b;
                for (const QString &f : batch.failed)
                    noteSkipped(f);
                noteMasking(batch);
                epochMasked += batch.masked;
                epochMaskDrawn += batch.maskDrawn;
                epochNoFace += batch.noFace.size();
                epochMaskFailed += batch.maskFailed.size();
                if (batch.count == 0)
                    continue;
                t = toTensors(batch, po, m_device);
            }
            optimizer->zero_grad();
            torch::Tensor logits;
            {
                std::optional<AutocastScope> autocast;
                if (m_amp)
                    autocast.emplace(*m_amp);
                logits = cached ? net->head()->forward(t.x) : net->forward(t.x);
            }
            auto [loss, right] = lossAndCorrect(logits.to(torch::kFloat), t.y);
            const double lossValue = loss.item<double>();
            if (!std::isfinite(lossValue))
                throw Error(tr("The loss became %1 at epoch %2, batch %3: training diverged. Lower the learning rate "
                               "(now %4) or check the data; the last checkpoint (epoch %5) is intact")
                                .arg(std::isnan(lossValue) ? QStringLiteral("NaN") : QStringLiteral("infinite"))
                                .arg(epoch).arg(b).arg(lr).arg(m_result.epochsDone));
            if (m_amp == at::kHalf) {
                (loss * m_lossScale.scale).backward();
                if (m_lossScale.unscale(net->parameters()))
                    optimizer->step();
            } else {
                loss.backward();
                optimizer->step();
            }
            lossSum += lossValue * batch.count;
            correct += right;
            seen += batch.count;

            TrainEvent be;
            be.kind = TrainEvent::Batch;
            be.epoch = epoch;
            be.totalEpochs = totalEpochs;
            be.batch = b;
            be.batches = batches;
            be.stage = policy;
            be.loss = lossSum / double(seen);
            be.accuracy = double(correct) / double(seen);
            be.learningRate = lr;
            be.seconds = (timer.nsecsElapsed() - m_pausedNs) / 1e9;
            be.imagesPerSecond = seen / std::max(1e-9, be.seconds);
            be.dataWaitSeconds = trainLoader.waitedSeconds() - waitedBefore;
            const double epochEstimate = epochsTimed > 0 ? epochSecondsSum / epochsTimed : be.seconds * batches / b;
            be.etaSeconds = std::max(0.0, epochEstimate - be.seconds) + epochEstimate * (totalEpochs - epoch);
            BatchRecord br;
            br.epoch = epoch;
            br.batch = b;
            br.batches = batches;
            br.stage = policy;
            br.loss = lossValue;
            br.accuracy = double(right) / batch.count;
            br.lossMean = be.loss;
            br.accuracyMean = be.accuracy;
            br.learningRate = lr;
            br.imagesPerSecond = be.imagesPerSecond;
            br.dataWaitSeconds = be.dataWaitSeconds;
            event(batchEventJson(br));
            emitEvent(be);
            heartbeat();
        }
        if (stopped) {
            m_result.stopped = true;
            log(tr("stopped during epoch %1; --resume repeats it from the checkpoint of epoch %2").arg(epoch).arg(m_result.epochsDone), TrainEvent::Notice);
            break;
        }
        if (seen == 0)
            throw Error(tr("Epoch %1: no training image could be read (%2 skipped)").arg(epoch).arg(m_result.skippedImages));
        if (m_c.maskProbability > 0)
            log(tr("epoch %1 masking: %2 of %3 images masked (%4 drawn); %5 without a face and %6 whose mask did not fit were used unmasked")
                    .arg(epoch).arg(epochMasked).arg(seen).arg(epochMaskDrawn).arg(epochNoFace).arg(epochMaskFailed));
        const double trainSeconds = (timer.nsecsElapsed() - m_pausedNs) / 1e9;
        const double waited = trainLoader.waitedSeconds() - waitedBefore;
        const auto [valLoss, valAcc] = cached ? validateCached(valCache, m_c.batchSize) : validate(valLoader, vo);
        const double seconds = (timer.nsecsElapsed() - m_pausedNs) / 1e9;
        epochSecondsSum += seconds;
        ++epochsTimed;

        const double trainLoss = lossSum / double(seen), trainAcc = double(correct) / double(seen);
        const double ips = seen / std::max(1e-9, trainSeconds);
        EpochRecord er;
        er.metrics.epoch = epoch;
        er.metrics.stage = policy;
        er.metrics.loss = trainLoss;
        er.metrics.accuracy = trainAcc;
        er.metrics.valLoss = valLoss;
        er.metrics.valAccuracy = valAcc;
        er.learningRate = lr;
        er.seconds = seconds;
        er.imagesPerSecond = ips;
        er.dataWaitSeconds = waited;
        metrics.write(metricsRow(er).toUtf8());
        metrics.flush();
        event(epochEventJson(er));

        CheckpointMeta out;
        out.epoch = epoch;
        out.stageIndex = stage;
        out.config = configJson;
        const bool improved = valAcc > m_result.bestValAccuracy; // Keras save_best_only: strictly greater
        if (improved) {
            m_result.bestValAccuracy = valAcc;
            m_result.bestEpoch = epoch;
        }
        out.bestValAccuracy = m_result.bestValAccuracy;
        out.bestEpoch = m_result.bestEpoch;
        if (improved)
            saveCheckpoint(bestPath, net, *optimizer, out);
        saveCheckpoint(lastPath, net, *optimizer, out, QDir(ckptDir).filePath(QString::fromLatin1(checkpoint::kPreviousLast)));
        m_result.epochsDone = epoch;
        setStatus(RunState::Running); // the epoch is checkpointed: a resume starts after it
        if (m_lossScale.skipped > 0) {
            log(tr("mixed precision: %1 step(s) skipped so far for inf/NaN gradients; loss scale now %2")
                    .arg(m_lossScale.skipped).arg(m_lossScale.scale), TrainEvent::Warning);
        }
        m_result.lastValAccuracy = valAcc;
        m_result.lastTrainAccuracy = trainAcc;

        log(tr("epoch %1/%2 [%3] loss %4 acc %5 val_loss %6 val_acc %7 %8 s (%9 img/s, waited %10 s for data)%11")
                .arg(epoch).arg(totalEpochs).arg(policy)
                .arg(trainLoss, 0, 'f', 4).arg(trainAcc, 0, 'f', 4).arg(valLoss, 0, 'f', 4).arg(valAcc, 0, 'f', 4)
                .arg(seconds, 0, 'f', 1).arg(ips, 0, 'f', 1).arg(waited, 0, 'f', 2)
                .arg(improved ? tr(", best so far") : QString()));
        TrainEvent ee;
        ee.kind = TrainEvent::Epoch;
        ee.epoch = epoch;
        ee.totalEpochs = totalEpochs;
        ee.batch = ee.batches = batches;
        ee.stage = policy;
        ee.loss = trainLoss;
        ee.accuracy = trainAcc;
        ee.valLoss = valLoss;
        ee.valAccuracy = valAcc;
        ee.learningRate = lr;
        ee.imagesPerSecond = ips;
        ee.dataWaitSeconds = waited;
        ee.seconds = seconds;
        ee.etaSeconds = (epochSecondsSum / epochsTimed) * (totalEpochs - epoch);
        emitEvent(ee);
        if (m_control && m_control->stop.load() && epoch < totalEpochs) {
            m_result.stopped = true;
            log(tr("stopped after epoch %1; continue with --resume %2").arg(epoch).arg(m_dir), TrainEvent::Notice);
            break;
        }
    }
    m_result.seconds = total.nsecsElapsed() / 1e9;
    m_result.dataWaitSeconds = trainLoader.waitedSeconds();
    if (m_c.evaluateTest && !m_result.stopped) {
        if (data.test.empty())
            log(tr("no test split in %1: nothing to evaluate").arg(m_c.data));
        else
            evaluateTest(data, vo, bestPath);
    }
    if (m_result.skippedImages > 0)
        log(tr("%1 unreadable image(s) were skipped; see the lines above").arg(m_result.skippedImages));
    if (m_c.maskProbability > 0)
        log(tr("masking summary: %1 masked, %2 without a face (%3 distinct images) and %4 whose mask did not fit were "
               "trained on unmasked; %5 s of worker time on landmarks and masks")
                .arg(m_result.maskedImages).arg(m_result.noFaceImages).arg(m_noFaceSeen.size())
                .arg(m_result.maskFailedImages).arg(m_result.maskSeconds, 0, 'f', 1));
    return m_result;
}

void Run::noteMasking(const Batch &batch)
{
    m_result.maskedImages += batch.masked;
    m_result.noFaceImages += batch.noFace.size();
    m_result.maskFailedImages += batch.maskFailed.size();
    m_result.maskSeconds += batch.maskSeconds;
    // Each image is named once per run in the log, however many epochs draw it again.
    for (const QString &path : batch.noFace) {
        if (m_noFaceSeen.contains(path))
            continue;
        m_noFaceSeen.insert(path);
        if (m_result.noFace.size() < 1000)
            m_result.noFace.append(path);
        log(tr("no face found in %1: trained on it unmasked").arg(path));
    }
    for (const QString &why : batch.maskFailed) {
        if (m_maskFailedSeen.contains(why))
            continue;
        m_maskFailedSeen.insert(why);
        log(tr("mask did not fit %1; trained on it unmasked").arg(why));
    }
}

void Run::evaluateTest(const Splits &data, const PipelineOptions &o, const QString &bestPath)
{
    QElapsedTimer t;
    t.start();
    torch::serialize::InputArchive archive;
    openArchive(archive, bestPath);
    loadModelTensors(archive, *m_net, bestPath);
    torch::NoGradGuard noGrad;
    m_net->eval();
    BatchLoader loader(data.test, o);
    loader.startEpoch(0);
    PredictionTable table;
    table.classes = data.classes;
    size_t next = 0; // unshuffled: batches follow the sample order, minus unreadable images
    qint64 correct = 0;
    Batch batch;
    while (loader.next(batch)) {
        const size_t end = std::min(data.test.size(), next + size_t(o.batchSize));
        if (batch.count > 0) {
            Tensors ts = toTensors(batch, o, m_device);
            const torch::Tensor logits = m_net->forward(ts.x).to(torch::kCPU);
            const torch::Tensor probs = logits.size(1) == 1 ? torch::cat({1 - torch::sigmoid(logits), torch::sigmoid(logits)}, 1)
                                                           : torch::softmax(logits, 1);
            int row = 0;
            for (size_t i = next; i < end; ++i) {
                if (batch.failed.contains(data.test[i].path))
                    continue;
                Prediction p;
                p.path = data.testPaths.at(int(i));
                p.label = data.test[i].label;
                const torch::Tensor pr = probs[row++];
                for (int64_t c = 0; c < pr.size(0); ++c)
                    p.probs.push_back(pr[c].item<double>());
                p.predicted = int(pr.argmax().item<int64_t>());
                correct += p.predicted == p.label;
                table.rows.push_back(std::move(p));
            }
        }
        for (const QString &f : batch.failed)
            noteSkipped(f);
        next = end;
    }
    if (table.rows.empty())
        throw Error(tr("No test image could be read"));
    const QString out = QDir(m_dir).filePath(QStringLiteral("test_predictions.csv"));
    writePredictions(table, out);
    m_result.testImages = qint64(table.rows.size());
    m_result.testAccuracy = double(correct) / double(table.rows.size());
    log(tr("test split, best checkpoint: accuracy %1 on %2 images in %3 s; predictions in %4")
            .arg(m_result.testAccuracy, 0, 'f', 4).arg(m_result.testImages).arg(t.nsecsElapsed() / 1e9, 0, 'f', 1).arg(out));
}

void Run::noteSkipped(const QString &path)
{
    ++m_result.skippedImages;
    if (m_result.skipped.size() < 1000)
        m_result.skipped.append(path);
    log(tr("skipped unreadable image %1").arg(path), TrainEvent::Warning);
}

// The face backbone sees faces the way dlib trained it: aligned chips replace the images (cached by
// content hash, so a resumed run or a second run finds them ready).
void Run::alignFaces(Splits &data, int chipSize)
{
    QElapsedTimer t;
    t.start();
    QStringList paths, sources;
    for (const auto *part : {&data.train, &data.val, &data.test})
        for (const Sample &s : *part) {
            paths.append(s.path);
            sources.append(m_c.borrowLandmarks && part != &data.test ? data.sources.value(s.path) : QString());
        }
    FaceChipOptions fo;
    QString note;
    fo.detector = faceOptionsFor(m_c.faceMethod, &note);
    if (!note.isEmpty())
        log(tr("warning: %1").arg(note), TrainEvent::Warning);
    log(tr("face chips: faces found with the %1 method%2").arg(faceMethodName(fo.detector.method),
        m_c.borrowLandmarks ? tr("; masked training and validation copies borrow their unmasked original's landmarks") : QString()));
    fo.size = chipSize;
    fo.folder = m_c.faceChipFolder;
    fo.landmarkCache = m_c.landmarkCache;
    fo.threads = m_c.workers > 0 ? m_c.workers : 0;
    FaceChipSummary summary;
    const std::vector<QString> chips = prepareFaceChips(paths, fo, &summary, [this](const Progress &p) {
        if (p.total > 0 && (p.done % 500 == 0 || p.done == p.total))
            log(tr("aligning faces: %1 of %2").arg(p.done).arg(p.total));
        return !(m_control && m_control->stop.load());
    }, sources);
    size_t i = 0;
    for (auto *part : {&data.train, &data.val, &data.test})
        for (Sample &s : *part) {
            if (!chips[i].isEmpty())
                s.path = chips[i];
            ++i;
        }
    log(tr("face chips (%7x%7, dlib alignment): %1 aligned (%2 with the landmarks of their unmasked original), "
           "%3 without a detected face (whole image resized), %4 unreadable, %5 reused, in %6 s")
            .arg(summary.aligned).arg(summary.fromSource).arg(summary.noFace).arg(summary.unreadable).arg(summary.reused)
            .arg(t.nsecsElapsed() / 1e9, 0, 'f', 1).arg(chipSize));
    for (const QString &p : summary.noFacePaths.mid(0, 20))
        log(tr("  no face found: %1").arg(p));
}

void Run::buildCache(FeatureCache &cache, const std::vector<Sample> &samples, const PipelineOptions &o)
{
    torch::NoGradGuard noGrad;
    // Frozen backbone: its BN layers are in inference mode and it has no dropout, so eval()
    // computes exactly what train() would.
    m_net->backbone().eval();
    BatchLoader loader(samples, o);
    loader.startEpoch(0);
    cache.ok.assign(samples.size(), 1);
    cache.paths.clear();
    std::vector<torch::Tensor> parts;
    std::vector<int64_t> labels;
    Batch batch;
    size_t pos = 0;
    std::vector<int64_t> shape;
    while (loader.next(batch)) {
        const size_t end = std::min(samples.size(), pos + size_t(o.batchSize));
        torch::Tensor f;
        if (batch.count > 0) {
            f = m_net->backbone().forward(toTensors(batch, o, m_device).x).flatten(1).to(torch::kCPU);
            shape = {f.size(1)};
        }
        int row = 0;
        for (size_t i = pos; i < end; ++i) {
            const bool failed = batch.failed.contains(samples[i].path);
            cache.ok[i] = !failed;
            if (failed) {
                parts.push_back(torch::Tensor()); // placeholder, filled below
            } else {
                parts.push_back(f[row++]);
            }
            labels.push_back(samples[i].label);
        }
        pos = end;
    }
    if (shape.empty())
        throw Error(tr("No image could be read to cache features"));
    for (torch::Tensor &t : parts)
        if (!t.defined())
            t = torch::zeros(shape);
    cache.features = torch::stack(parts).to(m_device);
    cache.labels = torch::tensor(labels, torch::kLong).to(m_device);
    for (const Sample &s : samples)
        cache.paths.push_back(s.path);
    cache.built = true;
}

std::pair<double, double> Run::validateCached(const FeatureCache &cache, int batchSize)
{
    torch::NoGradGuard noGrad;
    m_net->eval();
    double lossSum = 0;
    qint64 correct = 0, seen = 0;
    const int64_t n = cache.features.size(0);
    for (int64_t begin = 0; begin < n; begin += batchSize) {
        std::vector<int64_t> idx;
        for (int64_t i = begin; i < std::min<int64_t>(n, begin + batchSize); ++i) {
            if (cache.ok[size_t(i)])
                idx.push_back(i);
            else
                noteSkipped(cache.paths[size_t(i)]);
        }
        if (idx.empty())
            continue;
        const torch::Tensor rows = torch::tensor(idx, torch::kLong).to(m_device);
        auto [loss, right] = lossAndCorrect(m_net->head()->forward(cache.features.index_select(0, rows)),
                                            cache.labels.index_select(0, rows));
        lossSum += loss.item<double>() * double(idx.size());
        correct += right;
        seen += qint64(idx.size());
    }
    if (seen == 0)
        throw Error(tr("No validation image could be read"));
    return {lossSum / double(seen), double(correct) / double(seen)};
}

std::pair<double, double> Run::validate(BatchLoader &loader, const PipelineOptions &o)
{
    torch::NoGradGuard noGrad;
    m_net->eval();
    loader.startEpoch(0);
    double lossSum = 0;
    qint64 correct = 0, seen = 0;
    Batch batch;
    while (loader.next(batch)) {
        for (const QString &f : batch.failed)
            noteSkipped(f);
        if (batch.count == 0)
            continue;
        Tensors t = toTensors(batch, o, m_device);
        auto [loss, right] = lossAndCorrect(m_net->forward(t.x), t.y);
        lossSum += loss.item<double>() * batch.count;
        correct += right;
        seen += batch.count;
    }
    if (seen == 0)
        throw Error(tr("No validation image could be read"));
    return {lossSum / double(seen), double(correct) / double(seen)};
}

} // namespace

// ---------------------------------------------------------------------------------------------

std::vector<StageSpec> parseStages(const QString &text)
{
    std::vector<StageSpec> out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const int colon = part.lastIndexOf(QLatin1Char(':'));
        bool ok = false;
        const int epochs = colon > 0 ? part.mid(colon + 1).trimmed().toInt(&ok) : 0;
        if (!ok || epochs < 1)
            throw Error(tr("Bad stage \"%1\": write POLICY:EPOCHS, e.g. frozen:10,finetune:10").arg(part));
        out.push_back({part.left(colon).trimmed().toLower(), epochs});
    }
    if (out.empty())
        throw Error(tr("No stages given: write e.g. frozen:10,finetune:10"));
    return out;
}

QString stagesToString(const std::vector<StageSpec> &stages)
{
    QStringList parts;
    for (const StageSpec &s : stages)
        parts.append(QStringLiteral("%1:%2").arg(s.policy).arg(s.epochs));
    return parts.join(QLatin1Char(','));
}

double defaultBackboneLrScale(const QString &modelName)
{
    return modelName == QLatin1String("face-resnet") ? kFaceResNetBackboneLrScale : 1.0;
}

int TrainConfig::totalEpochs() const
{
    int n = 0;
    for (const StageSpec &s : stages)
        n += s.epochs;
    return n;
}

QJsonObject TrainConfig::toJson() const
{
    return QJsonObject{{QStringLiteral("data"), data},
                       {QStringLiteral("label_column"), labelColumn},
                       {QStringLiteral("model"), model.toJson()},
                       {QStringLiteral("stages"), stagesToString(stages)},
                       {QStringLiteral("batch_size"), batchSize},
                       {QStringLiteral("optimizer"), optimizer},
                       {QStringLiteral("learning_rate"), learningRate},
                       {QStringLiteral("momentum"), momentum},
                       {QStringLiteral("weight_decay"), weightDecay},
                       {QStringLiteral("backbone_lr_scale"), backboneLrScale},
                       {QStringLiteral("seed"), QString::number(seed)},
                       {QStringLiteral("threads"), threads},
                       {QStringLiteral("workers"), workers},
                       {QStringLiteral("prefetch"), prefetch},
                       {QStringLiteral("device"), device},
                       {QStringLiteral("deterministic"), deterministic},
                       {QStringLiteral("width_shift"), widthShift},
                       {QStringLiteral("height_shift"), heightShift},
                       {QStringLiteral("horizontal_flip"), horizontalFlip},
                       {QStringLiteral("interpolation"), interpolation},
                       {QStringLiteral("scale"), scale},
                       {QStringLiteral("cache_features"), cacheFeatures},
                       {QStringLiteral("mixed_precision"), mixedPrecision.isEmpty() ? QStringLiteral("off") : mixedPrecision},
                       {QStringLiteral("mask_probability"), maskProbability},
                       {QStringLiteral("mask_types"), maskTypes},
                       {QStringLiteral("align_faces"), alignFaces},
                       {QStringLiteral("face_chip_folder"), faceChipFolder},
                       {QStringLiteral("face_method"), faceMethod},
                       {QStringLiteral("borrow_landmarks"), borrowLandmarks},
                       {QStringLiteral("evaluate_test"), evaluateTest},
                       {QStringLiteral("landmark_cache"), landmarkCache},
                       {QStringLiteral("limit_train"), limitTrain},
                       {QStringLiteral("limit_val"), limitVal},
                       {QStringLiteral("hold_out"), holdOut},
                       {QStringLiteral("out_dir"), outDir},
                       {QStringLiteral("weights"), weights}};
}

QString defaultStages(const QString &modelName)
{
    QString name = modelName;
    try {
        name = canonicalModelName(modelName);
    } catch (const Error &) {
    }
    return name == QLatin1String("levi-hassner") ? QStringLiteral("full:10") : QStringLiteral("frozen:10,finetune:10");
}

TrainConfig trainPresetConfig(TrainPreset preset, const TrainConfig &keep)
{
    TrainConfig c;
    if (preset == TrainPreset::BestMaskedFace) {
        c = maskedFaceTrainConfig();
    } else {
        c.horizontalFlip = false;
        c.widthShift = c.heightShift = 0.1;
        if (preset == TrainPreset::LeviQuick) {
            c.model.name = QStringLiteral("levi-hassner");
            c.model.inputSize = 64;
            c.model.hiddenUnits = 128;
            c.stages = {{QStringLiteral("full"), 10}};
            c.optimizer = QStringLiteral("adam");
            c.learningRate = 1e-3;
            c.batchSize = 32;
            c.horizontalFlip = true;
        } else {
            const bool inception = preset == TrainPreset::InceptionFrozen || preset == TrainPreset::InceptionFineTuned;
            c.model.name = inception ? QStringLiteral("inceptionv3") : QStringLiteral("resnet50v2");
            c.model.inputSize = 0;
            c.model.head = QStringLiteral("flatten");
            if (preset == TrainPreset::InceptionFrozen || preset == TrainPreset::ResNetFrozen)
                c.stages = {{QStringLiteral("frozen"), 10}};
            else
                c.stages = {{QStringLiteral("frozen"), 10}, {QStringLiteral("finetune"), 10}};
            c.optimizer = QStringLiteral("rmsprop");
            c.learningRate = 1e-4;
            c.batchSize = 256;
            c.weights = QStringLiteral("imagenet"); // as the study: Keras' ImageNet weights
        }
    }
    c.seed = 42; // every preset is the same run wherever it is started
    c.data = keep.data;
    c.labelColumn = keep.labelColumn;
    c.device = keep.device;
    c.outDir.clear();
    return c;
}

TrainConfig maskedFaceTrainConfig(int frozenEpochs, int finetuneEpochs)
{
    // Measured on all 16,251 UTKFace photos (README, "The masked-face recipe"): the head settles
    // within 10 frozen epochs; fine-tuning at lr x 0.1 reached a higher validation accuracy than
    // at x 0.01 (0.917 against 0.907 after 4 epochs) and kept improving over 8.
    if (frozenEpochs < 0)
        frozenEpochs = 10;
    if (finetuneEpochs < 0)
        finetuneEpochs = 8;
    TrainConfig c;
    c.model.name = QStringLiteral("face-resnet");
    c.model.head = QStringLiteral("flatten");
    c.stages = {{QStringLiteral("frozen"), frozenEpochs}};
    if (finetuneEpochs > 0)
        c.stages.push_back({QStringLiteral("finetune"), finetuneEpochs});
    c.optimizer = QStringLiteral("adam");
    c.learningRate = 1e-4;
    c.backboneLrScale = 0.1;
    c.batchSize = 32;
    c.widthShift = c.heightShift = 0.0;
    c.horizontalFlip = false;
    c.cacheFeatures = true;
    c.faceMethod = QStringLiteral("masked");
    c.borrowLandmarks = false;
    return c;
}

TrainConfig TrainConfig::fromJson(const QJsonObject &o)
{
    TrainConfig c;
    c.data = o.value(QStringLiteral("data")).toString();
    c.labelColumn = o.value(QStringLiteral("label_column")).toString();
    c.model = ModelConfig::fromJson(o.value(QStringLiteral("model")).toObject());
    c.stages = parseStages(o.value(QStringLiteral("stages")).toString());
    c.batchSize = o.value(QStringLiteral("batch_size")).toInt(c.batchSize);
    c.optimizer = o.value(QStringLiteral("optimizer")).toString(c.optimizer);
    c.learningRate = o.value(QStringLiteral("learning_rate")).toDouble(c.learningRate);
    c.momentum = o.value(QStringLiteral("momentum")).toDouble(c.momentum);
    c.weightDecay = o.value(QStringLiteral("weight_decay")).toDouble(c.weightDecay);
    // Runs from before the groups trained the backbone at the head's rate.
    c.backboneLrScale = o.value(QStringLiteral("backbone_lr_scale")).toDouble(1.0);
    c.seed = o.value(QStringLiteral("seed")).toString().toULongLong();
    c.threads = o.value(QStringLiteral("threads")).toInt(c.threads);
    c.workers = o.value(QStringLiteral("workers")).toInt(c.workers);
    c.prefetch = o.value(QStringLiteral("prefetch")).toInt(c.prefetch);
    c.device = o.value(QStringLiteral("device")).toString(c.device);
    c.deterministic = o.value(QStringLiteral("deterministic")).toBool(c.deterministic);
    c.widthShift = o.value(QStringLiteral("width_shift")).toDouble(c.widthShift);
    c.heightShift = o.value(QStringLiteral("height_shift")).toDouble(c.heightShift);
    c.horizontalFlip = o.value(QStringLiteral("horizontal_flip")).toBool(c.horizontalFlip);
    c.interpolation = o.value(QStringLiteral("interpolation")).toString(c.interpolation);
    c.scale = o.value(QStringLiteral("scale")).toDouble(c.scale);
    c.cacheFeatures = o.value(QStringLiteral("cache_features")).toBool(c.cacheFeatures);
    c.mixedPrecision = o.value(QStringLiteral("mixed_precision")).toString(c.mixedPrecision);
    c.maskProbability = o.value(QStringLiteral("mask_probability")).toDouble(c.maskProbability);
    c.maskTypes = o.value(QStringLiteral("mask_types")).toString(c.maskTypes);
    c.alignFaces = o.value(QStringLiteral("align_faces")).toBool(c.alignFaces);
    c.faceChipFolder = o.value(QStringLiteral("face_chip_folder")).toString(c.faceChipFolder);
    // Runs from before these keys found faces with dlib's stock HOG and borrowed landmarks.
    c.faceMethod = o.value(QStringLiteral("face_method")).toString(QStringLiteral("hog"));
    c.borrowLandmarks = o.value(QStringLiteral("borrow_landmarks")).toBool(true);
    c.evaluateTest = o.value(QStringLiteral("evaluate_test")).toBool(c.evaluateTest);
    c.landmarkCache = o.value(QStringLiteral("landmark_cache")).toString(c.landmarkCache);
    c.limitTrain = o.value(QStringLiteral("limit_train")).toInt(c.limitTrain);
    c.limitVal = o.value(QStringLiteral("limit_val")).toInt(c.limitVal);
    c.holdOut = o.value(QStringLiteral("hold_out")).toString();
    c.outDir = o.value(QStringLiteral("out_dir")).toString(c.outDir);
    c.weights = o.value(QStringLiteral("weights")).toString();
    return c;
}

namespace {
template <typename F>
auto guarded(F &&f)
{
    // LibTorch reports bad shapes and similar with c10::Error; core promises maskbench::Error.
    try {
        return f();
    } catch (const c10::Error &e) {
        throw Error(tr("Training failed inside LibTorch: %1").arg(torchErrorLine(e)));
    }
}
} // namespace

TrainResult runTraining(const TrainConfig &config, TrainControl *control, const TrainCallback &callback)
{
    return guarded([&] { return Run(config, control, callback).run(false); });
}

TrainResult resumeTraining(const QString &runDir, TrainControl *control, const TrainCallback &callback)
{
    const QString configPath = QDir(runDir).filePath(QStringLiteral("config.json"));
    if (!QFileInfo::exists(configPath))
        throw Error(tr("%1 holds no run (no config.json)").arg(runDir));
    TrainConfig c = TrainConfig::fromJson(readJsonObjectFile(configPath));
    c.outDir = runDir; // the folder may have moved
    return guarded([&] { return Run(c, control, callback).run(true); });
}

CheckpointInfo readCheckpoint(const QString &path)
{
    return guarded([&] {
        torch::serialize::InputArchive archive;
        openArchive(archive, path);
        const CheckpointMeta m = readMeta(archive, path);
        CheckpointInfo info;
        info.epoch = m.epoch;
        info.stageIndex = m.stageIndex;
        info.bestValAccuracy = m.bestValAccuracy;
        info.config = m.config;
        torch::serialize::InputArchive modelArchive;
        if (!archive.try_read("model", modelArchive))
            throw Error(tr("Checkpoint %1 holds no model").arg(path));
        // Rebuild the model it was made for and check every tensor against it.
        model::Classifier net = model::makeClassifier(ModelConfig::fromJson(m.config.value(QStringLiteral("model")).toObject()));
        loadModelTensors(archive, *net, path);
        info.tensors = qint64(modelArchive.keys().size());
        return info;
    });
}

double maxWeightDifference(const QString &a, const QString &b, const QString &prefix)
{
    const std::string keyPrefix = archiveKey(prefix.toStdString());
    return guarded([&] {
        torch::serialize::InputArchive aa, bb, am, bm;
        openArchive(aa, a);
        openArchive(bb, b);
        if (!aa.try_read("model", am) || !bb.try_read("model", bm))
            throw Error(tr("Not a checkpoint with a model: %1 or %2").arg(a, b));
        auto ka = am.keys(), kb = bm.keys();
        std::sort(ka.begin(), ka.end());
        std::sort(kb.begin(), kb.end());
        if (ka != kb)
            return std::numeric_limits<double>::infinity();
        double worst = 0;
        for (const std::string &k : ka) {
            if (k.compare(0, keyPrefix.size(), keyPrefix) != 0)
                continue;
            torch::Tensor x, y;
            am.read(k, x);
            bm.read(k, y);
            if (x.sizes() != y.sizes())
                return std::numeric_limits<double>::infinity();
            if (x.numel() > 0)
                worst = std::max(worst, (x.to(torch::kDouble) - y.to(torch::kDouble)).abs().max().item<double>());
        }
        return worst;
    });
}

} // namespace maskbench
