#pragma once
// Keras-faithful building blocks (torch; include only from model/ and train/ sources).
//
// KerasBatchNorm2d mirrors keras.layers.BatchNormalization: optional gamma (scale=False drops it,
// as InceptionV3 does), beta, moving mean and variance; Keras momentum 0.99 is torch momentum
// 0.01. As in TF2 Keras, a BN layer whose parameters do not train runs in inference mode even
// when the model is in train(): freezing a backbone also freezes its statistics.
// Checkpoint keys: weight (gamma, absent when scale=False), bias (beta), running_mean, running_var.

#include <torch/torch.h>

namespace maskbench::model {

struct BatchNormSpec
{
    double epsilon = 1e-3;      // Keras default; ResNetV2 uses 1.001e-5
    bool scale = true;          // gamma
    double kerasMomentum = 0.99;
};

class KerasBatchNorm2dImpl : public torch::nn::Module
{
public:
    KerasBatchNorm2dImpl(int64_t channels, BatchNormSpec spec);
    torch::Tensor forward(const torch::Tensor &x);
    // Training statistics are used only in train() while beta is trainable (Keras semantics).
    bool usesBatchStatistics() const;

    torch::Tensor weight; // undefined when !spec.scale
    torch::Tensor bias;
    torch::Tensor running_mean;
    torch::Tensor running_var;
    BatchNormSpec spec;
};
TORCH_MODULE(KerasBatchNorm2d);

// Conv2D (no bias) + BatchNormalization(scale=False, eps 1e-3) + ReLU: InceptionV3's conv2d_bn.
// 'same' padding is only ever used with stride 1 there, where Keras pads symmetrically
// (kernel/2 each side) exactly like torch's padding; strided convolutions are 'valid'.
class ConvBnImpl : public torch::nn::Module
{
public:
    ConvBnImpl(int64_t in, int64_t out, std::array<int64_t, 2> kernel, int64_t stride = 1, bool same = true);
    torch::Tensor forward(const torch::Tensor &x);

    torch::nn::Conv2d conv{nullptr};
    KerasBatchNorm2d bn{nullptr};
};
TORCH_MODULE(ConvBn);

// Counts parameters, excluding or including BN moving statistics.
int64_t countParameters(const torch::nn::Module &m, bool onlyTrainable = false);
int64_t countBnStatistics(const torch::nn::Module &m);
void setTrainable(torch::nn::Module &m, bool on);

// Activation memory format of ResNet50V2 and InceptionV3: channels_last (NHWC) by default, so that
// oneDNN's convolutions need no NCHW <-> blocked reorders of every activation; NCHW on request
// (bench_train_step compares both in one process). Parameters, checkpoints and outputs' values are
// the same either way (outputs come back in whatever strides the last layer produced).
void setChannelsLast(bool on);
bool channelsLast();
// x in the preferred activation format (a no-op when it already is).
torch::Tensor toActivationFormat(const torch::Tensor &x);
// Stores m's 4-D parameters (convolution kernels) in the preferred format too, so that oneDNN
// does not reorder them on every call. Values, names and shapes stay the same. makeClassifier calls
// it for ResNet50V2 and InceptionV3 after initialising (random fills follow storage order).
void applyActivationFormat(torch::nn::Module &m);

} // namespace maskbench::model
