#pragma once
// The three backbones (torch; include only from model/ and train/ sources). Each maps an NCHW
// float image batch to a feature map and lists its stages, input to output, so that freezing can
// be expressed as "trainable from stage S on" (model_config.h lists the policies).
//
// Checkpoint keys are the registered names below; they are part of the file format.

// layers.h (torch) before faceres.h (Qt): Qt's "slots" macro breaks torch's headers when it comes
// first, and not every target that includes this header builds with QT_NO_KEYWORDS.
#include "core/model/layers.h"
// clang-format off
#include "core/model/faceres.h"
// clang-format on

#include <QString>

#include <string>
#include <vector>

namespace maskbench::model {

namespace detail {
// A residual or Inception block: one tensor in, one out.
class BlockImpl : public torch::nn::Module
{
public:
    virtual torch::Tensor forward(torch::Tensor x) = 0;
};
} // namespace detail

struct BackboneStage
{
    std::string name;
    std::vector<std::shared_ptr<torch::nn::Module>> modules;
};

class BackboneImpl : public torch::nn::Module
{
public:
    virtual torch::Tensor forward(torch::Tensor x) = 0;
    const std::vector<BackboneStage> &stages() const { return m_stages; }
    // First stage that trains under the "finetune" policy.
    const std::string &fineTuneStage() const { return m_fineTuneStage; }

protected:
    // Registers a submodule under its checkpoint name and files it under a stage.
    template <typename M>
    M add(const std::string &stage, const std::string &name, M module)
    {
        register_module(name, module);
        if (m_stages.empty() || m_stages.back().name != stage)
            m_stages.push_back({stage, {}});
        m_stages.back().modules.push_back(module.ptr());
        return module;
    }
    std::vector<BackboneStage> m_stages;
    std::string m_fineTuneStage;
};

// ResNet50V2 (He et al. 2016, "Identity Mappings"), as keras_applications.resnet_common
// ResNet50V2: ZeroPadding 3 + conv1 7x7/2 (bias) + ZeroPadding 1 + MaxPool 3/2, stacks conv2..conv5
// of 3, 4, 6, 3 pre-activation bottleneck blocks (stride in the last block of conv2..conv4),
// post_bn + relu. BN epsilon 1.001e-5. Output 2048 x 7 x 7 at 224.
//
// Keras layer -> checkpoint key: conv1_conv -> conv1_conv; convS_blockB_preact_bn ->
// convS_blockB.preact_bn; convS_blockB_0_conv -> convS_blockB.conv0 (shortcut);
// convS_blockB_{1,2,3}_conv -> .conv1/.conv2/.conv3; convS_blockB_{1,2}_bn -> .bn1/.bn2;
// post_bn -> post_bn. Stages: stem, conv2, conv3, conv4, conv5 (conv5 holds post_bn).
// "finetune" = conv5: Keras' last 38 layers of ResNet50V2 with its 1000-class top are conv5's
// 34 layers, post_bn, post_relu, avg_pool and probs, so the backbone part is exactly conv5+post_bn.
class ResNet50V2Impl : public BackboneImpl
{
public:
    ResNet50V2Impl();
    torch::Tensor forward(torch::Tensor x) override;

private:
    torch::nn::Conv2d m_conv1{nullptr};
    std::vector<std::shared_ptr<detail::BlockImpl>> m_blocks;
    KerasBatchNorm2d m_postBn{nullptr};
};

// InceptionV3 (Szegedy et al. 2016) as keras_applications.inception_v3: 94 conv2d_bn units
// (conv without bias, BN scale=False eps 1e-3, relu), the stem, mixed0..mixed10. Keras'
// AveragePooling2D(3, 1, 'same') ignores the padded cells (count_include_pad=false here).
// Output 2048 x 8 x 8 at 299.
//
// Stages: stem, mixed0 .. mixed10. "finetune" = mixed9 + mixed10: in Keras' layer list (311
// layers without top, sorted by depth) everything up to the mixed8 concatenation is layers
// 0..248, and layers 249..310 are exactly the 62 layers of mixed9 and mixed10 (2 x (9 conv2d_bn
// x 3 layers + 1 average pool + 3 concatenations)), the study's "freeze the first 249 layers".
// Keras conv2d_bn units are numbered conv2d_1..94 in creation order; here each is named by its
// block and branch, e.g. mixed4.branch7x7dbl_3 (.conv, .bn).
class InceptionV3Impl : public BackboneImpl
{
public:
    InceptionV3Impl();
    torch::Tensor forward(torch::Tensor x) override;

private:
    ConvBn m_stem[5] = {nullptr, nullptr, nullptr, nullptr, nullptr};
    std::vector<std::shared_ptr<detail::BlockImpl>> m_mixed;
};

// Levi & Hassner (2015), "Age and Gender Classification using Convolutional Neural Networks":
// conv1 96x7x7/4, conv2 256x5x5 (pad 2), conv3 384x3x3 (pad 1), each relu + max-pool 3/2 (Caffe's
// ceil rounding), LRN (size 5, alpha 1e-4, beta 0.75) after the first two. Its two 512-unit
// fully connected layers are the "levi" head. Output 384 x 7 x 7 at 227.
class LeviHassnerImpl : public BackboneImpl
{
public:
    LeviHassnerImpl();
    torch::Tensor forward(torch::Tensor x) override;

private:
    torch::nn::Conv2d m_conv1{nullptr}, m_conv2{nullptr}, m_conv3{nullptr};
};

namespace detail {
// Per-channel affine y = x * weight + bias: dlib's affine layer (its frozen batch norm), which
// face-api calls a scale layer. Keys: weight, bias (tfjs: .../scale/weights, .../scale/biases).
class ChannelScaleImpl : public torch::nn::Module
{
public:
    explicit ChannelScaleImpl(int64_t channels);
    torch::Tensor forward(const torch::Tensor &x);
    torch::Tensor weight, bias;
};
TORCH_MODULE(ChannelScale);

// Convolution with bias, then ChannelScale. Keys: conv (weight, bias), scale.
class ConvScaleImpl : public torch::nn::Module
{
public:
    ConvScaleImpl(int64_t in, int64_t out, int64_t kernel, int64_t stride, int64_t padding);
    torch::Tensor forward(const torch::Tensor &x);
    torch::nn::Conv2d conv{nullptr};
    ChannelScale scale{nullptr};
};
TORCH_MODULE(ConvScale);
} // namespace detail

// dlib's face-recognition ResNet (dlib_face_recognition_resnet_model_v1, "metric learning" net of
// dnn_face_recognition_ex.cpp) as ported to TensorFlow.js by face-api (FaceRecognitionNet): input
// 150x150 RGB, already normalised as face-api does, (pixel - mean RGB (122.782, 117.001, 104.298))
// / 255 (kFaceApiMeanRgb); output the 128-D descriptor as N x 128 x 1 x 1.
//   conv32_down  7x7/2 'valid' conv + scale + relu, then max-pool 3/2 'valid'   (150 -> 72 -> 35)
//   conv32_1..3, conv64_1..3, conv128_1..2, conv256_1..2: residual blocks, two 3x3 'same' convs
//     (conv1 + relu, conv2), + input, relu
//   conv64_down, conv128_down, conv256_down, conv256_down_out: downsampling residual blocks: conv1
//     3x3/2 'valid', conv2 3x3 'same'; shortcut avg-pool 2/2 'valid', its channels zero-padded;
//     where the conv path comes out one row/column short of the pooled shortcut (8 -> 3 vs 4,
//     4 -> 1 vs 2) face-api appends a zero row and column to the conv path: mirrored here.
//   global average pool (256) -> fc 256 -> 128, no bias.
// Checkpoint keys follow face-api's weight names with '/' -> '.', filters -> weight,
// weights/biases -> weight/bias: conv64_1.conv2.conv.weight, conv64_1.conv2.scale.bias, fc.weight.
// Stages: stem (conv32_down), conv32, conv64, conv128, conv256_down, conv256 (conv256_1, conv256_2),
// conv256_out (conv256_down_out), descriptor (fc). "finetune" = from conv256: the last two residual
// blocks, the last downsampling block and fc train; everything before stays frozen.
class FaceResNetImpl : public BackboneImpl
{
public:
    FaceResNetImpl();
    torch::Tensor forward(torch::Tensor x) override;
    // The 128-D descriptor, N x 128 (what face-api's computeFaceDescriptor returns).
    torch::Tensor descriptor(torch::Tensor x);

private:
    struct Block
    {
        detail::ConvScale conv1{nullptr}, conv2{nullptr};
        bool down = false;
    };
    detail::ConvScale m_conv32Down{nullptr};
    std::vector<Block> m_blocks;
    torch::nn::Linear m_fc{nullptr};
};

// Loads face-api's face_recognition_model weights (tfjs manifest + shards) into the network: every
// tensor must be present with the right shape, and nothing may be left over; throws
// maskbench::Error naming the file and the mismatched keys otherwise.
void loadFaceApiWeights(FaceResNetImpl &net, const QString &manifestPath);

// HSE FaceRes (model/faceres.h) as a frozen feature extractor: the tfjs graph runs through
// tfjs::runGraph under NoGradGuard and has no torch parameters, so nothing of it is in a
// checkpoint and only the "frozen" policy applies (ClassifierImpl::applyPolicy refuses the others).
// Input: the pipeline's RGB in 0..1 (scale 1/255, no mean), N x 3 x S x S; it is taken back to
// 0..255 as human feeds the graph, and resized to the graph's 224 with tfjs' resizeBilinear
// (alignCorners false) when S differs. Output: the 1024-D descriptor (global_pooling/Mean) as
// N x 1024 x 1 x 1. One stage, "graph", with no modules. Throws Error (faceResModelFile()) when
// scripts/fetch-human-models.sh has not run.
class FaceResBackboneImpl : public BackboneImpl
{
public:
    FaceResBackboneImpl();
    torch::Tensor forward(torch::Tensor x) override;

private:
    std::shared_ptr<const FaceRes> m_faceRes;
    std::string m_descriptorOutput;
};

std::shared_ptr<BackboneImpl> makeBackbone(const std::string &canonicalName);

} // namespace maskbench::model
