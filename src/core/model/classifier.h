#pragma once
// A backbone plus a head, built from a ModelConfig (torch; include only from model/ and train/
// sources). Checkpoint keys: backbone.<backbone keys>, head.dense_1, head.dense_2, head.output.
//
// Weights are initialised once, in one loop (Keras defaults: Glorot-uniform kernels, zero biases,
// BN gamma 1 / beta 0 / mean 0 / variance 1). Flatten runs over C x H x W (torch order); Keras
// flattens H x W x C, so importing Keras weights would need dense_1's rows permuted.

#include "core/model/backbones.h"
#include "core/model/model_config.h"

namespace maskbench::model {

class HeadImpl : public torch::nn::Module
{
public:
    HeadImpl(int64_t features, bool globalPool, std::vector<int64_t> hidden, double dropout, int64_t outputs);
    torch::Tensor forward(torch::Tensor x);

private:
    bool m_globalPool;
    std::vector<torch::nn::Linear> m_hidden;
    torch::nn::Dropout m_dropout{nullptr};
    torch::nn::Linear m_output{nullptr};
};
TORCH_MODULE(Head);

class ClassifierImpl : public torch::nn::Module
{
public:
    explicit ClassifierImpl(const ModelConfig &config); // config must be resolved()
    torch::Tensor forward(torch::Tensor x);

    // Sets requires_grad per the policy (model_config.h). Throws maskbench::Error on a bad policy.
    void applyPolicy(const QString &policy);
    std::vector<torch::Tensor> trainableParameters() const;
    const ModelConfig &config() const { return m_config; }
    BackboneImpl &backbone() { return *m_backbone; }
    Head &head() { return m_head; }

private:
    ModelConfig m_config;
    std::shared_ptr<BackboneImpl> m_backbone;
    Head m_head{nullptr};
};
TORCH_MODULE(Classifier);

// Builds the classifier and runs the one weight-initialisation loop.
Classifier makeClassifier(const ModelConfig &config);

} // namespace maskbench::model
