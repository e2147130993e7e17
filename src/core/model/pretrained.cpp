// Pretrained weights: read a torch.save'd dict of tensors, match it against a classifier, copy.

#include "model/pretrained_load.h"

#include "common/error.h"
#include "model/torch_error.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

#include <map>

namespace maskbench {
namespace {

QString tr(const char *s) { return QCoreApplication::translate("Weights", s); }

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

WeightsFile readWeightsFile(const QString &path)
{
    QFile f(path);
    if (!f.exists())
        throw Error(tr("Weights file %1 does not exist").arg(path));
    if (!f.open(QIODevice::ReadOnly))
        throw Error(tr("Cannot read the weights file %1: %2").arg(path, f.errorString()));
    const QByteArray bytes = f.readAll();
    if (bytes.size() < 4 || !bytes.startsWith("PK"))
        throw Error(tr("%1 is not a weights file: expected a torch.save zip archive (as tools/export_weights.py "
                       "writes); a legacy torch.save, a TorchScript model or a Keras .h5 must be converted with "
                       "tools/export_weights.py first").arg(path));
    c10::IValue value;
    try {
        value = torch::pickle_load(std::vector<char>(bytes.begin(), bytes.end()));
    } catch (const c10::Error &e) {
        throw Error(tr("%1 is not a readable weights file: %2")
                        .arg(path, torchErrorLine(e)));
    }
    if (!value.isGenericDict())
        throw Error(tr("%1 holds a %2, not a dict of tensors (save a plain dict, not an OrderedDict or a module)")
                        .arg(path, QString::fromStdString(value.tagKind())));
    WeightsFile w;
    for (const auto &item : value.toGenericDict()) {
        if (!item.key().isString())
            throw Error(tr("%1: the dict has a key that is not a string").arg(path));
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
            w.nonTensors.append(tr("%1: a %2, not a tensor").arg(qkey, QString::fromStdString(v.tagKind())));
            continue;
        }
        const torch::Tensor t = v.toTensor();
        if (!t.is_floating_point()) {
            w.nonTensors.append(tr("%1: %2 tensor, not floating point").arg(qkey, QString::fromStdString(std::string(c10::toString(t.scalar_type())))));
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
    lines << tr("Weights %1 (sha256 %2)").arg(file, sha256.left(16));
    if (!source.isEmpty())
        lines << tr("  source: %1").arg(source);
    if (!input.isEmpty())
        lines << tr("  input: %1").arg(input);
    if (!notes.isEmpty())
        lines << tr("  notes: %1").arg(notes);
    if (!modelMatches())
        lines << tr("  made for model %1, not %2").arg(fileModel, model);
    lines << tr("  %1: %2 of the model's %3 tensors loaded from the file's %4")
                 .arg(model).arg(loaded).arg(modelTensors).arg(fileTensors);
    auto list = [&](const QString &title, const QStringList &keys) {
        if (keys.isEmpty())
            return;
        lines << title.arg(keys.size());
        for (int i = 0; i < keys.size() && i < maxPerList; ++i)
            lines << QStringLiteral("    ") + keys[i];
        if (keys.size() > maxPerList)
            lines << tr("    ... and %1 more").arg(keys.size() - maxPerList);
    };
    list(tr("  missing in the file (%1):"), missing);
    list(tr("  unexpected in the file (%1):"), unexpected);
    list(tr("  shape differs (%1):"), misshaped);
    list(tr("  head tensors skipped (%1), the head starts from its initialisation:"), skippedHead);
    if (headInitialised > 0 && skippedHead.isEmpty())
        lines << tr("  head: not in the file, %1 tensors start from their initialisation").arg(headInitialised);
    lines << (ok() ? tr("  result: OK") : tr("  result: does not match; nothing was loaded"));
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

QString fileSha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(tr("Cannot read %1: %2").arg(path, f.errorString()));
    QCryptographicHash h(QCryptographicHash::Sha256);
    if (!h.addData(&f))
        throw Error(tr("Cannot read %1: %2").arg(path, f.errorString()));
    return QString::fromLatin1(h.result().toHex());
}

WeightsReport checkPretrainedWeights(const QString &file, const ModelConfig &config)
{
    try {
        model::Classifier net(resolved(config));
        return model::loadPretrainedWeights(*net, file, /*strict=*/false, /*apply=*/false);
    } catch (const c10::Error &e) {
        throw Error(tr("Checking %1 failed inside LibTorch: %2")
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
    WeightsFile w = readWeightsFile(file);
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
            const QString what = tr("%1: file %2, model %3").arg(qkey, shapeText(it->second), shapeText(t));
            if (head) {
                r.skippedHead.append(what + tr(" (another class count or head)"));
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
            r.skippedHead.append(tr("%1 %2: not in this model's head").arg(qkey, shapeText(t)));
        else
            r.unexpected.append(qkey + QLatin1Char(' ') + shapeText(t));
    }
    r.loaded = int(copies.size());
    if (strict && !r.ok())
        throw Error(tr("The weights in %1 do not fit %2:\n%3").arg(file, r.model, r.describe()));
    if (apply && r.ok()) {
        torch::NoGradGuard noGrad;
        for (auto &[dst, src] : copies)
            dst.copy_(src.to(dst.device(), dst.scalar_type()));
    } else if (!r.ok()) {
        r.loaded = 0;
    }
    return r;
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
        throw Error(tr("Cannot write the weights file %1: %2").arg(path, f.errorString()));
}

} // namespace model
} // namespace maskbench
