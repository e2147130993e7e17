#include "core/model/classifier.h"

#include "core/common/error.h"

#include <QCoreApplication>

namespace maskbench::model {
namespace {
// This file's messages: looked up under "Model" and extracted there by lupdate.
struct ModelTr
{
    Q_DECLARE_TR_FUNCTIONS(Model)
};
}

std::shared_ptr<BackboneImpl> makeBackbone(const std::string &name)
{
    if (name == "resnet50v2")
        return std::make_shared<ResNet50V2Impl>();
    if (name == "inceptionv3")
        return std::make_shared<InceptionV3Impl>();
    if (name == "levi-hassner")
        return std::make_shared<LeviHassnerImpl>();
    if (name == "face-resnet")
        return std::make_shared<FaceResNetImpl>();
    if (name == "faceres")
        return std::make_shared<FaceResBackboneImpl>();
    TORCH_CHECK(false, "makeBackbone: unknown model ", name);
}

HeadImpl::HeadImpl(int64_t features, bool globalPool, std::vector<int64_t> hidden, double dropout, int64_t outputs)
    : m_globalPool(globalPool)
{
    TORCH_CHECK(features > 0 && outputs > 0, "Head: features and outputs must be positive");
    TORCH_CHECK(dropout >= 0 && dropout < 1, "Head: dropout must be in [0, 1)");
    int64_t in = features;
    for (size_t i = 0; i < hidden.size(); ++i) {
        m_hidden.push_back(register_module("dense_" + std::to_string(i + 1), torch::nn::Linear(in, hidden[i])));
        in = hidden[i];
    }
    m_dropout = register_module("dropout", torch::nn::Dropout(dropout));
    m_output = register_module("output", torch::nn::Linear(in, outputs));
}

torch::Tensor HeadImpl::forward(torch::Tensor x)
{
    x = m_globalPool ? x.mean({2, 3}) : x.flatten(1);
    for (auto &dense : m_hidden)
        x = m_dropout->forward(torch::relu(dense->forward(x)));
    return m_output->forward(x);
}

ClassifierImpl::ClassifierImpl(const ModelConfig &config) : m_config(config)
{
    TORCH_CHECK(config.inputSize > 0, "Classifier: config must be resolved");
    m_backbone = register_module("backbone", makeBackbone(config.name.toStdString()));

    // Feature-map size by shape inference on one zero image (eval mode: no statistics change).
    int64_t features = 0;
    {
        torch::NoGradGuard noGrad;
        m_backbone->eval();
        const torch::Tensor probe = m_backbone->forward(torch::zeros({1, 3, config.inputSize, config.inputSize}));
        const bool gap = config.head == QLatin1String("gap") || config.head == QLatin1String("keras-top");
        features = gap ? probe.size(1) : probe.numel();
        m_backbone->train();
    }
    const bool gap = config.head == QLatin1String("gap") || config.head == QLatin1String("keras-top");
    std::vector<int64_t> hidden;
    int64_t outputs = outputUnits(config.classes);
    if (config.head == QLatin1String("keras-top"))
        outputs = config.classes; // Keras' softmax top, also for two classes
    else if (config.head == QLatin1String("levi"))
        hidden = {config.hiddenUnits, config.hiddenUnits};
    else
        hidden = {config.hiddenUnits};
    m_head = register_module("head", Head(features, gap, hidden, config.dropout, outputs));
}

torch::Tensor ClassifierImpl::forward(torch::Tensor x)
{
    return m_head->forward(m_backbone->forward(x));
}

void ClassifierImpl::applyPolicy(const QString &policyName)
{
    const QString policy = policyName.trimmed().toLower();
    if (m_config.name == QLatin1String("faceres") && policy != QLatin1String("frozen"))
        throw Error(ModelTr::tr("faceres trains only with its graph frozen (stage frozen:N): FaceRes runs as a tfjs graph whose "
                       "weights are not trainable here; \"%1\" is not supported").arg(policyName));
    std::string from;
    if (policy == QLatin1String("frozen"))
        from = "";
    else if (policy == QLatin1String("finetune") || policy == QLatin1String("fine-tune"))
        from = m_backbone->fineTuneStage();
    else if (policy == QLatin1String("full") || policy == QLatin1String("scratch"))
        from = m_backbone->stages().front().name;
    else if (policy.startsWith(QLatin1String("from:")))
        from = policy.mid(5).toStdString();
    else
        throw Error(ModelTr::tr("Unknown training stage \"%1\": use frozen, finetune, full or from:STAGE").arg(policyName));

    bool trainable = false;
    bool found = from.empty();
    QStringList names;
    for (const BackboneStage &stage : m_backbone->stages()) {
        names.append(QString::fromStdString(stage.name));
        if (!from.empty() && stage.name == from) {
            trainable = true;
            found = true;
        }
        for (const auto &m : stage.modules)
            setTrainable(*m, trainable);
    }
    if (!found)
        throw Error(ModelTr::tr("Unknown stage \"%1\" for %2; its stages are: %3")
                        .arg(QString::fromStdString(from), m_config.name, names.join(QStringLiteral(", "))));
    setTrainable(*m_head, true);
}

std::vector<torch::Tensor> ClassifierImpl::trainableParameters() const
{
    std::vector<torch::Tensor> out;
    for (const auto &p : parameters())
        if (p.requires_grad())
            out.push_back(p);
    return out;
}

Classifier makeClassifier(const ModelConfig &config)
{
    Classifier model(resolved(config));
    // The one initialisation loop (Keras defaults).
    torch::NoGradGuard noGrad;
    for (const auto &m : model->modules(/*include_self=*/false)) {
        if (auto *conv = m->as<torch::nn::Conv2d>()) {
            torch::nn::init::xavier_uniform_(conv->weight);
            if (conv->bias.defined())
                torch::nn::init::zeros_(conv->bias);
        } else if (auto *linear = m->as<torch::nn::Linear>()) {
            torch::nn::init::xavier_uniform_(linear->weight);
            if (linear->bias.defined())
                torch::nn::init::zeros_(linear->bias);
        } else if (auto *bn = m->as<KerasBatchNorm2d>()) {
            if (bn->weight.defined())
                bn->weight.fill_(1.0);
            bn->bias.zero_();
            bn->running_mean.zero_();
            bn->running_var.fill_(1.0);
        } else if (auto *scale = m->as<detail::ChannelScale>()) {
            scale->weight.fill_(1.0);
            scale->bias.zero_();
        }
    }
    if (model->config().name == QLatin1String("face-resnet") && model->config().pretrained)
        loadFaceApiWeights(static_cast<FaceResNetImpl &>(model->backbone()), faceApiModelFile());
    // After initialisation: random fills follow storage order, so the same seed must see NCHW.
    if (model->config().name == QLatin1String("resnet50v2") || model->config().name == QLatin1String("inceptionv3"))
        applyActivationFormat(model->backbone());
    return model;
}

} // namespace maskbench::model

namespace maskbench {

ModelSummary summarizeModel(const ModelConfig &config, const QString &policy, int forwardBatch)
{
    using namespace model;
    Classifier net = makeClassifier(config);
    net->applyPolicy(policy);
    ModelSummary s;
    s.name = net->config().name;
    s.inputSize = net->config().inputSize;
    s.policy = policy;
    s.parameters = countParameters(*net);
    s.bnStatistics = countBnStatistics(*net);
    s.trainable = countParameters(*net, true);
    s.frozen = s.parameters - s.trainable;
    s.backboneParameters = countParameters(net->backbone());
    s.headParameters = countParameters(*net->head());
    for (const BackboneStage &st : net->backbone().stages())
        s.stages.append(QString::fromStdString(st.name));
    net->train();
    for (const auto &m : net->modules(false)) {
        if (const auto *bn = m->as<KerasBatchNorm2d>()) {
            ++s.bnLayers;
            s.bnLayersUpdating += bn->usesBatchStatistics();
        }
    }
    if (forwardBatch > 0) {
        torch::NoGradGuard noGrad;
        net->eval();
        const torch::Tensor y = net->forward(torch::zeros({forwardBatch, 3, s.inputSize, s.inputSize}));
        for (int64_t d : y.sizes())
            s.outputShape.append(d);
    }
    return s;
}

} // namespace maskbench
