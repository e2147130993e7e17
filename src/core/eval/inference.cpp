#include "core/train/checkpoint_format.h"
#include "core/train/checkpoint_io.h"
#include "core/eval/inference.h"

#include "core/common/device.h"
#include "core/common/error.h"
#include "core/common/json_file.h"
#include "core/common/settings.h"
#include "core/dataset/dataset.h"
#include "core/face/face_chip.h"
#include "core/model/classifier.h"
#include "core/model/torch_device.h"
#include "core/model/torch_error.h"
#include "core/train/data_pipeline.h"

#include <torch/torch.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QJsonArray>
#include <QJsonDocument>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace maskbench {
namespace {

struct InferenceTr
{
    Q_DECLARE_TR_FUNCTIONS(Inference)
};

// The trainer's checkpoint layout (train/checkpoint_format.h).
using checkpoint::archiveKey;
constexpr const char *kCheckpointFormat = checkpoint::kFormat;

QStringList jsonStrings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &e : v.toArray())
        out.append(e.toString());
    return out;
}

} // namespace

std::vector<float> preprocessImage(const cv::Mat &image, const InputSpec &spec)
{
    if (image.empty())
        throw Error(InferenceTr::tr("empty image"));
    cv::Mat img;
    if (image.depth() != CV_8U)
        throw Error(InferenceTr::tr("unsupported image depth (8-bit images only)"));
    if (image.channels() == 1)
        cv::cvtColor(image, img, cv::COLOR_GRAY2BGR);
    else if (image.channels() == 4)
        cv::cvtColor(image, img, cv::COLOR_BGRA2BGR);
    else
        img = image;
    const int size = spec.size;
    if (img.cols != size || img.rows != size) {
        cv::Mat resized;
        cv::resize(img, resized, cv::Size(size, size), 0, 0, cvInterpolation(spec.interpolation));
        img = resized;
    }
    // The same arithmetic as loadImageTensor (float(value * scale), mean 0, std 1) so the inputs
    // are bit-identical to the ones validation saw.
    const int plane = size * size;
    std::vector<float> out(size_t(3) * plane);
    for (int y = 0; y < size; ++y) {
        const cv::Vec3b *row = img.ptr<cv::Vec3b>(y);
        for (int x = 0; x < size; ++x)
            for (int c = 0; c < 3; ++c) // BGR -> RGB
                out[size_t(c) * plane + size_t(y) * size + x] = (float(row[x][2 - c] * spec.scale) - spec.mean[size_t(c)]) / 1.f;
    }
    return out;
}

QString checkpointPath(const QString &runDir, const QString &checkpoint)
{
    const QString name = checkpoint.isEmpty() ? QStringLiteral("best") : checkpoint;
    QString path;
    if (name == QLatin1String("best") || name == QLatin1String("last"))
        path = QDir(runDir).filePath(QStringLiteral("checkpoints/%1.pt").arg(name));
    else
        path = QFileInfo(name).isRelative() && !QFileInfo::exists(name) ? QDir(runDir).filePath(name) : name;
    if (!QFileInfo::exists(path)) {
        const QStringList have = QDir(QDir(runDir).filePath(QStringLiteral("checkpoints")))
                                     .entryList({QStringLiteral("*.pt")}, QDir::Files, QDir::Name);
        throw Error(InferenceTr::tr("%1: no checkpoint %2 (%3); train the run first or choose the checkpoint %4")
                        .arg(runDir, QDir::toNativeSeparators(path),
                             have.isEmpty() ? InferenceTr::tr("the run has no checkpoints") : InferenceTr::tr("it has %1").arg(have.join(QStringLiteral(", "))),
                             have.isEmpty() ? QStringLiteral("best|last") : QFileInfo(have.first()).completeBaseName()));
    }
    return path;
}

struct RunModel::Impl
{
    QString runDir, checkpoint;
    QJsonObject config;
    QStringList classes;
    ModelConfig model;
    InputSpec input;
    int epoch = 0;
    model::Classifier net{nullptr};
    torch::Device device{torch::kCPU};

    torch::Tensor toTensor(const std::vector<float> &pixels, int count) const
    {
        return torch::from_blob(const_cast<float *>(pixels.data()), {count, 3, input.size, input.size}, torch::kFloat)
            .clone()
            .to(device);
    }

    std::vector<std::vector<double>> probabilities(const torch::Tensor &logits) const
    {
        torch::Tensor p = logits.size(1) == 1 ? torch::sigmoid(logits) : torch::softmax(logits, 1);
        p = p.to(torch::kCPU, torch::kDouble).contiguous();
        const int64_t n = p.size(0), k = p.size(1);
        const double *v = p.data_ptr<double>();
        std::vector<std::vector<double>> out(static_cast<size_t>(n));
        for (int64_t i = 0; i < n; ++i) {
            if (k == 1)
                out[size_t(i)] = {1.0 - v[i], v[i]};
            else
                out[size_t(i)].assign(v + i * k, v + (i + 1) * k);
        }
        return out;
    }
};

RunModel::RunModel() : d(new Impl) {}
RunModel::~RunModel() = default;

std::unique_ptr<RunModel> RunModel::open(const QString &runDir, const QString &checkpoint, int threads, const QString &device)
{
    const QString configPath = QDir(runDir).filePath(QStringLiteral("config.json"));
    if (!QFileInfo(runDir).isDir())
        throw Error(InferenceTr::tr("%1 is not a run folder (it does not exist)").arg(runDir));
    if (!QFileInfo::exists(configPath))
        throw Error(InferenceTr::tr("%1 holds no run (no config.json); choose a folder that training wrote").arg(runDir));
    std::unique_ptr<RunModel> m(new RunModel);
    Impl &d = *m->d;
    d.runDir = QFileInfo(runDir).absoluteFilePath();
    d.config = readJsonObjectFile(configPath);
    d.classes = jsonStrings(d.config.value(QStringLiteral("classes")));
    if (d.classes.size() < 2)
        throw Error(InferenceTr::tr("%1 lists %2 class(es); a run's config.json needs its class list").arg(configPath).arg(d.classes.size()));
    d.model = resolved(ModelConfig::fromJson(d.config.value(QStringLiteral("model")).toObject()));
    if (d.model.classes != d.classes.size())
        throw Error(InferenceTr::tr("%1: the model has %2 classes but the run lists %3").arg(configPath).arg(d.model.classes).arg(d.classes.size()));
    d.input.size = d.model.inputSize;
    d.input.scale = d.config.value(QStringLiteral("scale")).toDouble(1.0 / 255.0);
    d.input.interpolation = d.config.value(QStringLiteral("interpolation")).toString(QStringLiteral("nearest"));
    if (d.model.name == QLatin1String("face-resnet")) // as the trainer: (pixel - mean RGB) x scale
        for (int c = 0; c < 3; ++c)
            d.input.mean[size_t(c)] = float(kFaceApiMeanRgb[c] * d.input.scale);
    d.checkpoint = checkpointPath(runDir, checkpoint);
    d.device = resolveDevice(requestedDevice(device), describeDeviceChoice(device));

    torch::set_num_threads(threads > 0 ? threads : effectiveThreads());
    try {
        torch::serialize::InputArchive archive;
        checkpoint::openArchive(archive, d.checkpoint); // sidecar checked, readable
        c10::IValue v;
        if (!archive.try_read("format", v) || !v.isString() || v.toStringRef() != kCheckpointFormat)
            throw Error(InferenceTr::tr("%1 is not a MaskBench checkpoint").arg(d.checkpoint));
        if (archive.try_read("epoch", v) && v.isInt())
            d.epoch = int(v.toInt());
        if (archive.try_read("config", v) && v.isString()) {
            const QJsonObject saved = QJsonDocument::fromJson(QByteArray::fromStdString(v.toStringRef())).object();
            const ModelConfig savedModel = ModelConfig::fromJson(saved.value(QStringLiteral("model")).toObject());
            const QStringList savedClasses = jsonStrings(saved.value(QStringLiteral("classes")));
            if (savedModel.toJson() != d.model.toJson() || (!savedClasses.isEmpty() && savedClasses != d.classes))
                throw Error(InferenceTr::tr("Checkpoint %1 was made for another model or class list (%2 %3, classes %4) than the run %5 "
                               "(%6 %7, classes %8); evaluate it with its own run folder")
                                .arg(d.checkpoint, savedModel.name).arg(savedModel.inputSize)
                                .arg(savedClasses.join(QLatin1Char(',')), runDir, d.model.name).arg(d.model.inputSize)
                                .arg(d.classes.join(QLatin1Char(','))));
        }
        d.net = model::makeClassifier(d.model);
        torch::NoGradGuard noGrad;
        checkpoint::loadModelTensors(archive, *d.net, d.checkpoint); // names, shapes, tensor checksum
        d.net->to(d.device);
        d.net->eval();
    } catch (const c10::Error &e) {
        throw Error(InferenceTr::tr("Loading %1 failed inside LibTorch: %2").arg(d.checkpoint, torchErrorLine(e)));
    }
    return m;
}

QString RunModel::runDir() const { return d->runDir; }
QString RunModel::checkpointFile() const { return d->checkpoint; }
int RunModel::epoch() const { return d->epoch; }
QStringList RunModel::classes() const { return d->classes; }
ModelConfig RunModel::model() const { return d->model; }
InputSpec RunModel::input() const { return d->input; }
QJsonObject RunModel::config() const { return d->config; }
QString RunModel::device() const { return QString::fromStdString(d->device.str()); }

FaceAlignment RunModel::faceAlignment() const
{
    FaceAlignment a;
    // Runs from before align_faces existed trained on chips too (the trainer's default).
    a.enabled = usesFaceChips(d->model.name) && d->config.value(QStringLiteral("align_faces")).toBool(true);
    a.size = faceChipSize(d->model);
    a.chipFolder = d->config.value(QStringLiteral("face_chip_folder")).toString();
    a.landmarkCache = d->config.value(QStringLiteral("landmark_cache")).toString();
    return a;
}

std::vector<std::vector<double>> RunModel::predictTensors(const std::vector<float> &pixels, int count)
{
    if (count <= 0)
        return {};
    if (pixels.size() != size_t(count) * 3 * d->input.size * d->input.size)
        throw Error(InferenceTr::tr("predictTensors: %1 floats for %2 images of %3x%3").arg(pixels.size()).arg(count).arg(d->input.size));
    try {
        torch::NoGradGuard noGrad; // on the thread that evaluates (STYLE rule 10)
        d->net->eval();
        return d->probabilities(d->net->forward(d->toTensor(pixels, count)));
    } catch (const c10::Error &e) {
        throw Error(InferenceTr::tr("Prediction failed inside LibTorch: %1").arg(torchErrorLine(e)));
    }
}

std::vector<std::vector<double>> RunModel::predict(const std::vector<cv::Mat> &images, int batchSize)
{
    batchSize = std::max(1, batchSize);
    std::vector<std::vector<double>> out;
    out.reserve(images.size());
    const size_t plane = size_t(3) * d->input.size * d->input.size;
    for (size_t start = 0; start < images.size(); start += size_t(batchSize)) {
        const size_t n = std::min(images.size() - start, size_t(batchSize));
        std::vector<float> pixels(n * plane);
        for (size_t i = 0; i < n; ++i) {
            const std::vector<float> one = preprocessImage(images[start + i], d->input);
            std::copy(one.begin(), one.end(), pixels.begin() + std::ptrdiff_t(i * plane));
        }
        for (auto &p : predictTensors(pixels, int(n)))
            out.push_back(std::move(p));
    }
    return out;
}

std::vector<double> RunModel::predict(const cv::Mat &image)
{
    return predict(std::vector<cv::Mat>{image}, 1).front();
}

GradCamResult RunModel::gradCam(const cv::Mat &image, int targetClass)
{
    GradCamResult r;
    const std::vector<float> pixels = preprocessImage(image, d->input);
    try {
        torch::AutoGradMode grad(true);
        d->net->eval();
        const torch::Tensor x = d->toTensor(pixels, 1);
        model::BackboneImpl &backbone = d->net->backbone();
        torch::Tensor features, logits;
        if (d->model.name == QLatin1String("levi-hassner")) {
            // The backbone's output is conv3 after its last pooling (2 x 2 at input 96): too coarse
            // for a map, so run the backbone's own layers (levi_hassner.cpp) and take conv3's relu.
            namespace F = torch::nn::functional;
            auto conv = [&](const char *name) { return backbone.named_children()[name]->as<torch::nn::Conv2dImpl>(); };
            auto pool = [](const torch::Tensor &t) { return torch::max_pool2d(t, {3, 3}, {2, 2}, {0, 0}, {1, 1}, true); };
            auto lrn = [](const torch::Tensor &t) {
                return F::local_response_norm(t, F::LocalResponseNormFuncOptions(5).alpha(1e-4).beta(0.75).k(1.0));
            };
            torch::Tensor h = lrn(pool(torch::relu(conv("conv1")->forward(x))));
            h = lrn(pool(torch::relu(conv("conv2")->forward(h))));
            features = torch::relu(conv("conv3")->forward(h)).detach().requires_grad_(true);
            logits = d->net->head()->forward(pool(features));
            r.layer = QStringLiteral("conv3");
        } else if (d->model.name == QLatin1String("faceres")) {
            throw Error(InferenceTr::tr("Grad-CAM needs a convolutional feature map; faceres' backbone is a frozen tfjs graph whose "
                           "descriptor has none"));
        } else {
            // ResNet50V2 ends with post_bn + relu (conv5 stage), InceptionV3 with mixed10.
            features = backbone.forward(x).detach().requires_grad_(true);
            logits = d->net->head()->forward(features);
            r.layer = d->model.name == QLatin1String("resnet50v2") ? QStringLiteral("post_bn") : QStringLiteral("mixed10");
        }
        r.probs = d->probabilities(logits.detach()).front();
        if (targetClass < 0)
            targetClass = int(std::max_element(r.probs.begin(), r.probs.end()) - r.probs.begin());
        if (targetClass >= d->classes.size())
            throw Error(InferenceTr::tr("Grad-CAM: class %1 does not exist (the model has %2)").arg(targetClass).arg(d->classes.size()));
        r.targetClass = targetClass;
        // One sigmoid output: class 1's score is the logit, class 0's its negative (log-odds).
        const torch::Tensor score = logits.size(1) == 1 ? (targetClass == 1 ? logits[0][0] : -logits[0][0])
                                                         : logits[0][targetClass];
        score.backward();
        const torch::Tensor weights = features.grad().mean({2, 3}, /*keepdim=*/true); // 1 x C x 1 x 1
        torch::Tensor cam = torch::relu((weights * features.detach()).sum(1)).squeeze(0).to(torch::kCPU, torch::kFloat).contiguous();
        const int h = int(cam.size(0)), w = int(cam.size(1));
        r.raw = cv::Mat(h, w, CV_32F, cam.data_ptr<float>()).clone();
    } catch (const c10::Error &e) {
        throw Error(InferenceTr::tr("Grad-CAM failed inside LibTorch: %1").arg(torchErrorLine(e)));
    }
    double maxValue = 0;
    cv::minMaxLoc(r.raw, nullptr, &maxValue);
    cv::Mat normalised = maxValue > 0 ? cv::Mat(r.raw / maxValue) : cv::Mat::zeros(r.raw.size(), CV_32F);
    cv::resize(normalised, r.heat, image.size(), 0, 0, cv::INTER_LINEAR);
    cv::min(cv::max(r.heat, 0.0), 1.0, r.heat);
    return r;
}

cv::Mat overlayHeatMap(const cv::Mat &image, const cv::Mat &heat, double alpha)
{
    cv::Mat base;
    if (image.channels() == 1)
        cv::cvtColor(image, base, cv::COLOR_GRAY2BGR);
    else if (image.channels() == 4)
        cv::cvtColor(image, base, cv::COLOR_BGRA2BGR);
    else
        base = image.clone();
    cv::Mat h;
    cv::resize(heat, h, base.size(), 0, 0, cv::INTER_LINEAR);
    cv::Mat h8, colour;
    h.convertTo(h8, CV_8U, 255.0);
    cv::applyColorMap(h8, colour, cv::COLORMAP_JET);
    cv::Mat out;
    cv::addWeighted(base, 1.0 - alpha, colour, alpha, 0.0, out);
    return out;
}

std::vector<double> meanProbabilities(const std::vector<std::vector<double>> &probs)
{
    if (probs.empty())
        return {};
    std::vector<double> mean(probs.front().size(), 0.0);
    for (const std::vector<double> &p : probs) {
        if (p.size() != mean.size())
            throw Error(InferenceTr::tr("cannot average probabilities over %1 and %2 classes").arg(mean.size()).arg(p.size()));
        for (size_t c = 0; c < p.size(); ++c)
            mean[c] += p[c];
    }
    for (double &m : mean)
        m /= double(probs.size());
    return mean;
}

std::vector<double> predictWithFlip(RunModel &model, const cv::Mat &image, bool flip)
{
    std::vector<double> probs = model.predict(image);
    if (!flip)
        return probs;
    cv::Mat mirror;
    cv::flip(image, mirror, 1);
    return meanProbabilities({probs, model.predict(mirror)});
}

InferenceResult runInference(const InferenceOptions &o, const ProgressCallback &progress)
{
    std::unique_ptr<RunModel> model = RunModel::open(o.runDir, o.checkpoint, o.threads, o.device);
    InferenceResult r;
    r.checkpointFile = model->checkpointFile();
    r.epoch = model->epoch();
    r.model = model->model();
    r.device = model->device();
    const QStringList classes = model->classes();

    LoadOptions lo;
    QString labelColumn = o.labelColumn;
    if (labelColumn.isEmpty())
        labelColumn = model->config().value(QStringLiteral("label_column")).toString();
    lo.labelColumn = labelColumn.isEmpty() ? QStringLiteral("label") : labelColumn;
    lo.probeImages = false;
    const Dataset ds = loadDataset(o.data, lo, progress);

    const QString split = o.split.isEmpty() ? QStringLiteral("all") : o.split.toLower();
    std::vector<const DatasetItem *> items;
    QMap<QString, qint64> splitCounts;
    for (const DatasetItem &it : ds.items) {
        splitCounts[it.split.isEmpty() ? InferenceTr::tr("(none)") : it.split] += 1;
        if (split == QLatin1String("all") || it.split == split)
            items.push_back(&it);
    }
    if (items.empty()) {
        QStringList have;
        for (auto i = splitCounts.cbegin(); i != splitCounts.cend(); ++i)
            have.append(QStringLiteral("%1 %2").arg(i.key()).arg(i.value()));
        throw Error(InferenceTr::tr("%1 has no rows in split '%2' (it has: %3); choose the split train, val, test or all")
                        .arg(o.data, split, have.isEmpty() ? InferenceTr::tr("no rows") : have.join(QStringLiteral(", "))));
    }
    r.considered = qint64(items.size());

    r.table.source = o.data;
    r.table.classes = classes;
    r.table.attributeNames = ds.attributeNames;

    // Keep the usable rows; missing images and unseen labels are counted here.
    std::vector<const DatasetItem *> usable;
    for (const DatasetItem *it : items) {
        if (!classes.contains(it->label)) {
            ++r.unseen;
            r.unseenLabels[it->label.isEmpty() ? InferenceTr::tr("(empty)") : it->label] += 1;
            continue;
        }
        usable.push_back(it);
    }

    // face-resnet: the aligned chip of each image, made (or found, by content hash) as training made them.
    QHash<const DatasetItem *, QString> chipOf;
    QSet<const DatasetItem *> noFaceItems;
    const FaceAlignment alignment = model->faceAlignment();
    if (alignment.enabled) {
        QStringList paths;
        std::vector<const DatasetItem *> present;
        for (const DatasetItem *it : usable) {
            if (!it->exists || !QFileInfo::exists(it->path))
                continue; // counted as missing below
            present.push_back(it);
            paths.append(it->path);
        }
        FaceChipOptions fo;
        QString note;
        fo.detector = faceOptionsFor(o.faceMethod, &note);
        if (!note.isEmpty())
            r.warnings.append(note);
        r.faceMethod = faceMethodName(fo.detector.method);
        const QJsonObject config = model->config();
        r.trainFaceMethod = config.value(QStringLiteral("face_method")).toString(QStringLiteral("hog"));
        r.borrowedLandmarks = config.value(QStringLiteral("borrow_landmarks")).toBool(true);
        if (r.borrowedLandmarks)
            r.warnings.append(InferenceTr::tr("this run was trained on masked copies aligned with their unmasked original's landmarks, "
                                 "which real masked photos do not have; here every face is found on the image itself"));
        fo.size = alignment.size;
        fo.padding = alignment.padding;
        // The run's folders when they are still there (chips then come back by content hash);
        // otherwise the cache folder's.
        fo.folder = !alignment.chipFolder.isEmpty() && QDir().mkpath(alignment.chipFolder) ? alignment.chipFolder : QString();
        fo.landmarkCache = QFileInfo::exists(alignment.landmarkCache) ? alignment.landmarkCache : QString();
        fo.threads = o.threads;
        FaceChipSummary summary;
        std::vector<char> found;
        const std::vector<QString> chips = prepareFaceChips(paths, fo, &summary, progress, {}, &found);
        for (size_t i = 0; i < present.size(); ++i) {
            if (chips[i].isEmpty())
                continue; // unreadable: the decode below says so
            if (!found[i]) {
                noFaceItems.insert(present[i]);
                ++r.noFace;
                if (r.noFacePaths.size() < 1000)
                    r.noFacePaths.append(present[i]->path);
                continue;
            }
            chipOf.insert(present[i], chips[i]);
        }
    }

    const int batchSize = std::max(1, o.batchSize);
    const InputSpec spec = model->input();
    const size_t plane = size_t(3) * spec.size * spec.size;
    const QString stage = InferenceTr::tr("Evaluating %1 on %2 (%3)").arg(QFileInfo(o.runDir).fileName(), QFileInfo(o.data).fileName(), split);
    reportProgress(progress, {stage, 0, qint64(usable.size()), -1});
    QElapsedTimer clock; // the ETA: the mean time per image so far, times the images left
    clock.start();
    auto addUnreadable = [&](const QString &path, const QString &why) {
        ++r.unreadable;
        if (r.unreadablePaths.size() < 1000)
            r.unreadablePaths.append(QStringLiteral("%1: %2").arg(path, why));
    };
    for (size_t start = 0; start < usable.size(); start += size_t(batchSize)) {
        const size_t end = std::min(usable.size(), start + size_t(batchSize));
        std::vector<float> pixels;
        pixels.reserve((end - start) * plane);
        std::vector<float> flipped;
        std::vector<const DatasetItem *> batch;
        for (size_t i = start; i < end; ++i) {
            const DatasetItem *it = usable[i];
            if (!it->exists || !QFileInfo::exists(it->path)) {
                addUnreadable(it->path, InferenceTr::tr("missing"));
                continue;
            }
            QString file = it->path;
            if (alignment.enabled) {
                if (noFaceItems.contains(it))
                    continue; // counted above
                file = chipOf.value(it);
                if (file.isEmpty()) {
                    addUnreadable(it->path, InferenceTr::tr("cannot be decoded"));
                    continue;
                }
            }
            // Decoded as the training pipeline decodes (cv::imread, colour).
            const cv::Mat img = cv::imread(QFile::encodeName(file).toStdString(), cv::IMREAD_COLOR);
            if (img.empty()) {
                addUnreadable(it->path, InferenceTr::tr("cannot be decoded"));
                continue;
            }
            const std::vector<float> one = preprocessImage(img, spec);
            pixels.insert(pixels.end(), one.begin(), one.end());
            if (o.flip) {
                cv::Mat mirror;
                cv::flip(img, mirror, 1);
                const std::vector<float> m = preprocessImage(mirror, spec);
                flipped.insert(flipped.end(), m.begin(), m.end());
            }
            batch.push_back(it);
        }
        auto probs = model->predictTensors(pixels, int(batch.size()));
        if (o.flip && !batch.empty()) {
            // The mirrors as a batch of their own (same count, same order): each scores exactly as
            // its mirrored file evaluated without flip would.
            const auto mirrored = model->predictTensors(flipped, int(batch.size()));
            for (size_t i = 0; i < batch.size(); ++i)
                probs[i] = meanProbabilities({probs[i], mirrored[i]});
        }
        for (size_t i = 0; i < batch.size(); ++i) {
            Prediction p;
            p.path = batch[i]->path;
            p.label = int(classes.indexOf(batch[i]->label));
            p.probs = probs[i];
            p.predicted = int(std::max_element(p.probs.begin(), p.probs.end()) - p.probs.begin());
            for (const QString &a : ds.attributeNames)
                p.attributes.append(batch[i]->attributes.value(a));
            r.table.rows.push_back(std::move(p));
        }
        const double perImage = double(clock.elapsed()) / 1000.0 / double(end);
        reportProgress(progress, {stage, qint64(end), qint64(usable.size()), perImage * double(usable.size() - end)});
    }

    if (r.unseen > 0) {
        QStringList parts;
        for (auto i = r.unseenLabels.cbegin(); i != r.unseenLabels.cend(); ++i)
            parts.append(QStringLiteral("%1 (%2)").arg(i.key()).arg(i.value()));
        r.warnings.append(InferenceTr::tr("%1 row(s) have a label the model never saw and were skipped: %2; the model knows %3")
                              .arg(r.unseen).arg(parts.join(QStringLiteral(", ")), classes.join(QStringLiteral(", "))));
    }
    // Rows the reader itself dropped (duplicates, malformed rows, empty labels); missing images
    // are counted above with the unreadable ones.
    QMap<QString, qint64> byKind;
    qint64 dropped = 0;
    for (const DatasetProblem &pr : ds.problems) {
        if (pr.kind == ProblemKind::DuplicateRow || pr.kind == ProblemKind::BadRow || pr.kind == ProblemKind::UnknownLabel) {
            byKind[problemKindName(pr.kind)] += 1;
            ++dropped;
        }
    }
    if (dropped > 0) {
        QStringList kinds;
        for (auto i = byKind.cbegin(); i != byKind.cend(); ++i)
            kinds.append(QStringLiteral("%1 %2").arg(i.key()).arg(i.value()));
        r.warnings.append(InferenceTr::tr("reading %1 reported %2 problem(s) (%3); those rows are not evaluated")
                              .arg(o.data).arg(dropped).arg(kinds.join(QStringLiteral(", "))));
    }
    if (r.unreadable > 0)
        r.warnings.append(InferenceTr::tr("%1 image(s) could not be read and were skipped").arg(r.unreadable));
    if (r.noFace > 0)
        r.warnings.append(InferenceTr::tr("%1 image(s) were skipped: no face found, so no landmarks for the aligned face chip this "
                             "run needs (face-resnet, faceres; training fed such images whole; first: %2)")
                              .arg(r.noFace).arg(r.noFacePaths.mid(0, 5).join(QStringLiteral(", "))));
    if (r.table.rows.empty())
        throw Error(InferenceTr::tr("Nothing to evaluate in %1 (split %2): %3 row(s), %4 unreadable, %5 with unseen labels")
                        .arg(o.data, split).arg(r.considered).arg(r.unreadable).arg(r.unseen));
    return r;
}

} // namespace maskbench
