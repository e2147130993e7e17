// Pretrained weights: read a torch.save'd dict of tensors, match it against a classifier, copy.

#include "core/model/pretrained_load.h"

#include "core/common/error.h"
#include "core/model/keras_h5.h"
#include "core/model/torch_error.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

#include <QRegularExpression>

#include <algorithm>
#include <map>

namespace maskbench {
namespace {

// This file's messages: looked up under "Weights" and extracted there by lupdate.
struct WeightsTr
{
    Q_DECLARE_TR_FUNCTIONS(Weights)
};

QString shapeText(const torch::Tensor &t)
{
    QStringList dims;
    for (int64_t d : t.sizes())
        dims.append(QString::number(d));
    return QStringLiteral("[%1]").arg(dims.join(QStringLiteral(", ")));
}

bool isHeadKey(const std::string &k) { return k.rfind("head.", 0) == 0; }

struct WeightsFile
{
    std::map<std::string, torch::Tensor> tensors;
    QStringList nonTensors;
    QString model, source, input, notes;
};

WeightsFile readWeightsFile(const QString &path, const QString &model)
{
    if (isHdf5File(path)) {
        model::KerasConversion k = model::convertKerasWeights(path, model);
        WeightsFile w;
        w.tensors = std::move(k.tensors);
        w.nonTensors = k.unused;
        w.model = model;
        w.source = k.source;
        w.input = k.input;
        w.notes = k.notes;
        return w;
    }
    QFile f(path);
    if (!f.exists())
        throw Error(WeightsTr::tr("Weights file %1 does not exist").arg(path));
    if (!f.open(QIODevice::ReadOnly))
        throw Error(WeightsTr::tr("Cannot read the weights file %1: %2").arg(path, f.errorString()));
    const QByteArray bytes = f.readAll();
    if (bytes.size() < 4 || !bytes.startsWith("PK"))
        throw Error(WeightsTr::tr("%1 is not a weights file: expected a torch.save zip archive (as tools/export_weights.py "
                       "writes) or a Keras .h5 weights file; a legacy torch.save or a TorchScript model must be "
                       "converted with tools/export_weights.py first").arg(path));
    c10::IValue value;
    try {
        value = torch::pickle_load(std::vector<char>(bytes.begin(), bytes.end()));
    } catch (const c10::Error &e) {
        throw Error(WeightsTr::tr("%1 is not a readable weights file: %2")
                        .arg(path, torchErrorLine(e)));
    }
    if (!value.isGenericDict())
        throw Error(WeightsTr::tr("%1 holds a %2, not a dict of tensors (save a plain dict, not an OrderedDict or a module)")
                        .arg(path, QString::fromStdString(value.tagKind())));
    WeightsFile w;
    for (const auto &item : value.toGenericDict()) {
        if (!item.key().isString())
            throw Error(WeightsTr::tr("%1: the dict has a key that is not a string").arg(path));
        const std::string key = item.key().toStringRef();
        const c10::IValue &v = item.value();
        const QString qkey = QString::fromStdString(key);
        if (key.rfind("__", 0) == 0 && v.isString()) {
            const QString s = QString::fromStdString(v.toStringRef());
            if (key == "__model__")
                w.model = s;
            else if (key == "__source__")
                w.source = s;
            else if (key == "__input__")
                w.input = s;
            else if (key == "__notes__")
                w.notes = s;
            continue;
        }
        if (!v.isTensor()) {
            w.nonTensors.append(WeightsTr::tr("%1: a %2, not a tensor").arg(qkey, QString::fromStdString(v.tagKind())));
            continue;
        }
        const torch::Tensor t = v.toTensor();
        if (!t.is_floating_point()) {
            w.nonTensors.append(WeightsTr::tr("%1: %2 tensor, not floating point").arg(qkey, QString::fromStdString(std::string(c10::toString(t.scalar_type())))));
            continue;
        }
        w.tensors[key] = t;
    }
    return w;
}

} // namespace

QString WeightsReport::describe(int maxPerList) const
{
    QStringList lines;
    lines << WeightsTr::tr("Weights %1 (sha256 %2)").arg(file, sha256.left(16));
    if (!source.isEmpty())
        lines << WeightsTr::tr("  source: %1").arg(source);
    if (!input.isEmpty())
        lines << WeightsTr::tr("  input: %1").arg(input);
    if (!notes.isEmpty())
        lines << WeightsTr::tr("  notes: %1").arg(notes);
    if (!modelMatches())
        lines << WeightsTr::tr("  made for model %1, not %2").arg(fileModel, model);
    lines << WeightsTr::tr("  %1: %2 of the model's %3 tensors loaded from the file's %4")
                 .arg(model).arg(loaded).arg(modelTensors).arg(fileTensors);
    auto list = [&](const QString &title, const QStringList &keys) {
        if (keys.isEmpty())
            return;
        lines << title.arg(keys.size());
        for (int i = 0; i < keys.size() && i < maxPerList; ++i)
            lines << QStringLiteral("    ") + keys[i];
        if (keys.size() > maxPerList)
            lines << WeightsTr::tr("    ... and %1 more").arg(keys.size() - maxPerList);
    };
    list(WeightsTr::tr("  missing in the file (%1):"), missing);
    list(WeightsTr::tr("  unexpected in the file (%1):"), unexpected);
    list(WeightsTr::tr("  shape differs (%1):"), misshaped);
    list(WeightsTr::tr("  head tensors skipped (%1), the head starts from its initialisation:"), skippedHead);
    if (headInitialised > 0 && skippedHead.isEmpty())
        lines << WeightsTr::tr("  head: not in the file, %1 tensors start from their initialisation").arg(headInitialised);
    lines << (ok() ? WeightsTr::tr("  result: OK") : WeightsTr::tr("  result: does not match; nothing was loaded"));
    return lines.join(QLatin1Char('\n'));
}

QJsonObject WeightsReport::toJson() const
{
    return QJsonObject{{QStringLiteral("path"), QFileInfo(file).absoluteFilePath()},
                       {QStringLiteral("sha256"), sha256},
                       {QStringLiteral("source"), source},
                       {QStringLiteral("input"), input},
                       {QStringLiteral("loaded_tensors"), loaded},
                       {QStringLiteral("model_tensors"), modelTensors},
                       {QStringLiteral("skipped_head"), QJsonArray::fromStringList(skippedHead)},
                       {QStringLiteral("head_initialised"), headInitialised}};
}

WeightsReport checkPretrainedWeights(const QString &file, const ModelConfig &config)
{
    try {
        model::Classifier net(resolved(config));
        return model::loadPretrainedWeights(*net, file, /*strict=*/false, /*apply=*/false);
    } catch (const c10::Error &e) {
        throw Error(WeightsTr::tr("Checking %1 failed inside LibTorch: %2")
                        .arg(file, torchErrorLine(e)));
    }
}

namespace model {

std::vector<std::pair<std::string, torch::Tensor>> namedTensors(const torch::nn::Module &m)
{
    std::vector<std::pair<std::string, torch::Tensor>> out;
    for (const auto &p : m.named_parameters(/*recurse=*/true))
        out.emplace_back(p.key(), p.value());
    for (const auto &b : m.named_buffers(/*recurse=*/true))
        out.emplace_back(b.key(), b.value());
    return out;
}

WeightsReport loadPretrainedWeights(ClassifierImpl &net, const QString &file, bool strict, bool apply)
{
    WeightsFile w = readWeightsFile(file, net.config().name);
    WeightsReport r;
    r.file = file;
    r.sha256 = fileSha256(file);
    r.model = net.config().name;
    r.fileModel = w.model;
    r.source = w.source;
    r.input = w.input;
    r.notes = w.notes;
    r.fileTensors = int(w.tensors.size());
    r.unexpected = w.nonTensors;

    const auto mine = namedTensors(net);
    r.modelTensors = int(mine.size());
    std::vector<std::pair<torch::Tensor, torch::Tensor>> copies; // model tensor <- file tensor
    std::map<std::string, bool> seen;
    for (const auto &[key, t] : mine) {
        seen[key] = true;
        const QString qkey = QString::fromStdString(key);
        const auto it = w.tensors.find(key);
        const bool head = isHeadKey(key);
        if (it == w.tensors.end()) {
            if (head)
                ++r.headInitialised;
            else
                r.missing.append(qkey);
            continue;
        }
        if (it->second.sizes() != t.sizes()) {
            const QString what = WeightsTr::tr("%1: file %2, model %3").arg(qkey, shapeText(it->second), shapeText(t));
            if (head) {
                r.skippedHead.append(what + WeightsTr::tr(" (another class count or head)"));
                ++r.headInitialised;
            } else {
                r.misshaped.append(what);
            }
            continue;
        }
        copies.emplace_back(t, it->second);
    }
    for (const auto &[key, t] : w.tensors) {
        if (seen.count(key))
            continue;
        const QString qkey = QString::fromStdString(key);
        if (isHeadKey(key))
            r.skippedHead.append(WeightsTr::tr("%1 %2: not in this model's head").arg(qkey, shapeText(t)));
        else
            r.unexpected.append(qkey + QLatin1Char(' ') + shapeText(t));
    }
    r.loaded = int(copies.size());
    if (strict && !r.ok())
        throw Error(WeightsTr::tr("The weights in %1 do not fit %2:\n%3").arg(file, r.model, r.describe()));
    if (apply && r.ok()) {
        torch::NoGradGuard noGrad;
        for (auto &[dst, src] : copies)
            dst.copy_(src.to(dst.device(), dst.scalar_type()));
    } else if (!r.ok()) {
        r.loaded = 0;
    }
    return r;
}

namespace {

// MaskBench's InceptionV3 conv2d_bn units in Keras creation order (tools/export_weights.py's
// inception_units(): the stem, then mixed0 .. mixed10 branch by branch).
QStringList inceptionUnits()
{
    static const QStringList units = [] {
        const QStringList a{"branch1x1", "branch5x5_1", "branch5x5_2", "branch3x3dbl_1", "branch3x3dbl_2",
                            "branch3x3dbl_3", "branch_pool"};
        const QStringList b{"branch3x3", "branch3x3dbl_1", "branch3x3dbl_2", "branch3x3dbl_3"};
        const QStringList c{"branch1x1", "branch7x7_1", "branch7x7_2", "branch7x7_3", "branch7x7dbl_1",
                            "branch7x7dbl_2", "branch7x7dbl_3", "branch7x7dbl_4", "branch7x7dbl_5", "branch_pool"};
        const QStringList d{"branch3x3_1", "branch3x3_2", "branch7x7x3_1", "branch7x7x3_2", "branch7x7x3_3",
                            "branch7x7x3_4"};
        const QStringList e{"branch1x1", "branch3x3", "branch3x3_1", "branch3x3_2", "branch3x3dbl_1",
                            "branch3x3dbl_2", "branch3x3dbl_3a", "branch3x3dbl_3b", "branch_pool"};
        const std::vector<std::pair<QString, const QStringList *>> blocks{
            {"mixed0", &a}, {"mixed1", &a}, {"mixed2", &a}, {"mixed3", &b}, {"mixed4", &c}, {"mixed5", &c},
            {"mixed6", &c}, {"mixed7", &c}, {"mixed8", &d}, {"mixed9", &e}, {"mixed10", &e}};
        QStringList u;
        for (int i = 1; i <= 5; ++i)
            u << QStringLiteral("stem_conv%1").arg(i);
        for (const auto &[block, branches] : blocks)
            for (const QString &br : *branches)
                u << block + QLatin1Char('.') + br;
        return u;
    }();
    return units;
}

// "conv2d" -> 0, "conv2d_7" -> 7: Keras numbers layers per session; the order is what matters.
int kerasIndex(const QString &layer)
{
    const int us = layer.lastIndexOf(QLatin1Char('_'));
    bool ok = false;
    const int n = us < 0 ? 0 : layer.mid(us + 1).toInt(&ok);
    return ok ? n : 0;
}

} // namespace

KerasConversion convertKerasWeights(const QString &h5File, const QString &modelName, bool unitInput)
{
    const QString model = canonicalModelName(modelName);
    if (model != QLatin1String("resnet50v2") && model != QLatin1String("inceptionv3"))
        throw Error(WeightsTr::tr("%1 is a Keras .h5 weights file; MaskBench maps Keras weights onto resnet50v2 and "
                       "inceptionv3, not %2").arg(h5File, model));
    const KerasWeightsH5 h5 = readKerasH5(h5File);
    std::map<QString, const KerasArray *> kw;
    for (const auto &[key, a] : h5.arrays)
        kw[key] = &a;
    std::map<QString, bool> used;
    KerasConversion out;

    auto tensor = [&](const QString &key) -> torch::Tensor {
        const auto it = kw.find(key);
        if (it == kw.end())
            return {};
        used[key] = true;
        const KerasArray &a = *it->second;
        return torch::from_blob(const_cast<float *>(a.values.data()), a.shape, torch::kFloat32).clone();
    };
    auto put = [&](const QString &key, const torch::Tensor &t) {
        if (t.defined())
            out.tensors[key.toStdString()] = t.contiguous();
    };
    auto conv = [&](const QString &key, const QString &layer, bool bias) {
        const torch::Tensor k = tensor(layer + QStringLiteral("/kernel"));
        if (k.defined() && k.dim() != 4)
            out.unused << WeightsTr::tr("%1/kernel: a convolution kernel of %2 dimensions, not 4").arg(layer).arg(k.dim());
        else if (k.defined())
            put(key + QStringLiteral(".weight"), k.permute({3, 2, 0, 1}));
        if (bias)
            put(key + QStringLiteral(".bias"), tensor(layer + QStringLiteral("/bias")));
    };
    auto bn = [&](const QString &key, const QString &layer, bool scale) {
        if (scale)
            put(key + QStringLiteral(".weight"), tensor(layer + QStringLiteral("/gamma")));
        put(key + QStringLiteral(".bias"), tensor(layer + QStringLiteral("/beta")));
        put(key + QStringLiteral(".running_mean"), tensor(layer + QStringLiteral("/moving_mean")));
        put(key + QStringLiteral(".running_var"), tensor(layer + QStringLiteral("/moving_variance")));
    };

    QString top;
    if (model == QLatin1String("resnet50v2")) {
        conv(QStringLiteral("backbone.conv1_conv"), QStringLiteral("conv1_conv"), true);
        const int blocks[] = {3, 4, 6, 3};
        for (int stage = 2; stage <= 5; ++stage) {
            for (int b = 1; b <= blocks[stage - 2]; ++b) {
                const QString blk = QStringLiteral("conv%1_block%2").arg(stage).arg(b);
                const QString key = QStringLiteral("backbone.") + blk;
                bn(key + QStringLiteral(".preact_bn"), blk + QStringLiteral("_preact_bn"), true);
                if (b == 1)
                    conv(key + QStringLiteral(".conv0"), blk + QStringLiteral("_0_conv"), true);
                conv(key + QStringLiteral(".conv1"), blk + QStringLiteral("_1_conv"), false);
                bn(key + QStringLiteral(".bn1"), blk + QStringLiteral("_1_bn"), true);
                conv(key + QStringLiteral(".conv2"), blk + QStringLiteral("_2_conv"), false);
                bn(key + QStringLiteral(".bn2"), blk + QStringLiteral("_2_bn"), true);
                conv(key + QStringLiteral(".conv3"), blk + QStringLiteral("_3_conv"), true);
            }
        }
        bn(QStringLiteral("backbone.post_bn"), QStringLiteral("post_bn"), true);
        top = QStringLiteral("probs");
    } else {
        static const QRegularExpression convRe(QStringLiteral("^conv2d(_\\d+)?$"));
        static const QRegularExpression bnRe(QStringLiteral("^batch_normalization(_\\d+)?$"));
        QStringList convs, bns;
        for (const auto &[key, a] : h5.arrays) {
            const QString layer = key.section(QLatin1Char('/'), 0, 0);
            if (convRe.match(layer).hasMatch() && !convs.contains(layer))
                convs << layer;
            if (bnRe.match(layer).hasMatch() && !bns.contains(layer))
                bns << layer;
        }
        auto byIndex = [](const QString &x, const QString &y) { return kerasIndex(x) < kerasIndex(y); };
        std::sort(convs.begin(), convs.end(), byIndex);
        std::sort(bns.begin(), bns.end(), byIndex);
        const QStringList units = inceptionUnits();
        if (convs.size() != units.size() || bns.size() != units.size())
            throw Error(WeightsTr::tr("%1: expected %2 conv2d and %2 batch_normalization layers in Keras InceptionV3 weights, "
                           "found %3 and %4").arg(h5File).arg(units.size()).arg(convs.size()).arg(bns.size()));
        for (int i = 0; i < units.size(); ++i) {
            conv(QStringLiteral("backbone.%1.conv").arg(units[i]), convs[i], false);
            bn(QStringLiteral("backbone.%1.bn").arg(units[i]), bns[i], false);
        }
        top = QStringLiteral("predictions");
    }
    const torch::Tensor topKernel = tensor(top + QStringLiteral("/kernel"));
    if (topKernel.defined() && topKernel.dim() == 2) {
        put(QStringLiteral("head.output.weight"), topKernel.t());
        put(QStringLiteral("head.output.bias"), tensor(top + QStringLiteral("/bias")));
    } else if (topKernel.defined()) {
        out.unused << WeightsTr::tr("%1/kernel: a dense kernel of %2 dimensions, not 2").arg(top).arg(topKernel.dim());
    }
    for (const auto &[key, a] : h5.arrays) {
        if (used.count(key))
            continue;
        QStringList dims;
        for (int64_t d : a.shape)
            dims << QString::number(d);
        out.unused << WeightsTr::tr("%1 [%2] (Keras): not part of MaskBench's %3").arg(key, dims.join(QStringLiteral(", ")), model);
    }

    out.source = WeightsTr::tr("Keras %1 from %2 (Keras %3)")
                     .arg(model, QFileInfo(h5File).fileName(),
                          h5.kerasVersion.isEmpty() ? WeightsTr::tr("version not recorded") : h5.kerasVersion);
    if (unitInput) {
        // Keras' preprocess_input feeds x/127.5 - 1, that is (x/255 - 0.5) / 0.5; fold it in:
        // conv((x - m) / s) = conv_{W/s}(x) - sum W m / s, in double as the exporter does.
        const bool resnet = model == QLatin1String("resnet50v2");
        const std::string wkey = resnet ? "backbone.conv1_conv.weight" : "backbone.stem_conv1.conv.weight";
        const std::string other = resnet ? "backbone.conv1_conv.bias" : "backbone.stem_conv1.bn.running_mean";
        if (out.tensors.count(wkey) && out.tensors.count(other) && out.tensors[wkey].dim() == 4 &&
            out.tensors[wkey].size(1) == 3) {
            const auto opts = torch::TensorOptions().dtype(torch::kFloat64);
            const torch::Tensor m = torch::full({1, 3, 1, 1}, 0.5, opts), s = torch::full({1, 3, 1, 1}, 0.5, opts);
            const torch::Tensor w = out.tensors[wkey].to(torch::kFloat64);
            const torch::Tensor shift = (w * m / s).sum({1, 2, 3});
            out.tensors[wkey] = (w / s).to(torch::kFloat32).contiguous();
            const torch::Tensor o = out.tensors[other].to(torch::kFloat64);
            out.tensors[other] = (resnet ? o - shift : o + shift).to(torch::kFloat32).contiguous();
        }
        out.input = QStringLiteral("unit: x/255 (source mean (0.5, 0.5, 0.5) std (0.5, 0.5, 0.5) folded into the first conv)");
        if (resnet)
            out.notes = WeightsTr::tr("Input fold is inexact in the 3-pixel border of conv1 (zero padding).");
    } else {
        out.input = QStringLiteral("source: (x/255 - mean) / std with mean (0.5, 0.5, 0.5) std (0.5, 0.5, 0.5)");
    }
    return out;
}

void saveWeightsFile(const std::vector<std::pair<std::string, torch::Tensor>> &tensors,
                     const QMap<QString, QString> &meta, const QString &path)
{
    c10::Dict<c10::IValue, c10::IValue> dict(c10::StringType::get(), c10::AnyType::get());
    for (const auto &[key, t] : tensors)
        dict.insert(key, t.detach().to(torch::kCPU, torch::kFloat32).contiguous().clone());
    for (auto it = meta.begin(); it != meta.end(); ++it)
        dict.insert(QStringLiteral("__%1__").arg(it.key()).toStdString(), it.value().toStdString());
    const std::vector<char> bytes = torch::pickle_save(c10::IValue(dict));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes.data(), qint64(bytes.size())) != qint64(bytes.size()) || !f.flush())
        throw Error(WeightsTr::tr("Cannot write the weights file %1: %2").arg(path, f.errorString()));
}

} // namespace model

int convertKerasWeightsFile(const QString &h5File, const QString &model, const QString &out, bool unitInput)
{
    try {
        model::KerasConversion k = model::convertKerasWeights(h5File, model, unitInput);
        if (!k.unused.isEmpty())
            throw Error(WeightsTr::tr("%1 holds weights MaskBench's %2 does not have:\n  %3")
                            .arg(h5File, canonicalModelName(model), k.unused.mid(0, 20).join(QStringLiteral("\n  "))));
        std::vector<std::pair<std::string, torch::Tensor>> tensors(k.tensors.begin(), k.tensors.end());
        QMap<QString, QString> meta{{QStringLiteral("model"), canonicalModelName(model)},
                                    {QStringLiteral("source"), k.source},
                                    {QStringLiteral("input"), k.input}};
        if (!k.notes.isEmpty())
            meta.insert(QStringLiteral("notes"), k.notes);
        model::saveWeightsFile(tensors, meta, out);
        return int(tensors.size());
    } catch (const c10::Error &e) {
        throw Error(WeightsTr::tr("Converting %1 failed inside LibTorch: %2").arg(h5File, torchErrorLine(e)));
    }
}

} // namespace maskbench
