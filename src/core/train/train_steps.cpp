#include "core/train/trainer_p.h"

namespace maskbench::train_detail {

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
        throw Error(TrainerTr::tr("Unknown optimizer \"%1\": use rmsprop, adam or sgd").arg(c.optimizer));
    }
    // Groups built without options take the defaults above; the backbone group (first of two) then
    // gets its own rate.
    if (optimizer->param_groups().size() == 2)
        optimizer->param_groups().front().options().set_lr(c.learningRate * c.backboneLrScale);
    return optimizer;
}

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
    throw Error(TrainerTr::tr("Unknown mixed precision \"%1\": use off, fp16 or bf16").arg(mode));
}

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

Tensors toTensors(Batch &b, const PipelineOptions &o, const torch::Device &device)
{
    // from_blob borrows the batch's buffer: clone before the buffer goes away (STYLE rule 10).
    torch::Tensor x = torch::from_blob(b.pixels.data(), {b.count, 3, o.height, o.width}, torch::kFloat).clone();
    torch::Tensor y = torch::from_blob(b.labels.data(), {b.count}, torch::kInt).to(torch::kLong);
    return {x.to(device), y.to(device)};
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
        throw Error(TrainerTr::tr("No image could be read to cache features"));
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
        throw Error(TrainerTr::tr("No validation image could be read"));
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
        throw Error(TrainerTr::tr("No validation image could be read"));
    return {lossSum / double(seen), double(correct) / double(seen)};
}

void Run::evaluateTest(const QString &bestPath)
{
    QElapsedTimer t;
    t.start();
    InferenceOptions io;
    io.runDir = m_dir;
    io.checkpoint = bestPath;
    io.data = m_c.data;
    io.split = QStringLiteral("test");
    io.labelColumn = m_c.labelColumn;
    io.batchSize = m_c.batchSize;
    io.threads = m_c.threads;
    io.device = QString::fromStdString(m_device.str());
    io.faceMethod = m_c.faceMethod;
    const InferenceResult r = runInference(io);
    for (const QString &w : r.warnings)
        log(w, TrainEvent::Warning);
    for (const QString &p : r.unreadablePaths)
        noteSkipped(p);
    if (r.table.rows.empty())
        throw Error(TrainerTr::tr("No test image of %1 could be predicted (%2 unreadable, %3 without a face)").arg(m_c.data).arg(r.unreadable).arg(r.noFace));
    const QString out = QDir(m_dir).filePath(QStringLiteral("test_predictions.csv"));
    writePredictions(r.table, out);
    qint64 correct = 0;
    for (const Prediction &p : r.table.rows)
        correct += p.predicted == p.label;
    m_result.testImages = qint64(r.table.rows.size());
    m_result.testGiven = r.given();
    m_result.testAccuracy = double(correct) / double(r.table.rows.size());
    log(TrainerTr::tr("test split, best checkpoint: accuracy %1 on %2 of %3 images (coverage %4%) in %5 s; predictions in %6")
            .arg(m_result.testAccuracy, 0, 'f', 4).arg(m_result.testImages).arg(m_result.testGiven)
            .arg(100.0 * r.coverage(), 0, 'f', 1).arg(t.nsecsElapsed() / 1e9, 0, 'f', 1).arg(out));
}

} // namespace maskbench::train_detail
