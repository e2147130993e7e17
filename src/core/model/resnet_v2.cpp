// ResNet50V2, counted from keras_applications/resnet_common.py (block2, stack2, ResNet).

#include "core/model/backbones.h"

namespace maskbench::model {
namespace detail {

constexpr double kResNetBnEpsilon = 1.001e-5;

// Keras block2: BN-relu pre-activation feeds both the 1x1 projection shortcut (first block of a
// stack) and the residual branch; an identity shortcut takes the block input itself, max-pooled
// 1x1/2 when the block is strided. The 3x3 conv is preceded by an explicit ZeroPadding2D(1).
class PreactBlockImpl : public BlockImpl
{
public:
    PreactBlockImpl(int64_t in, int64_t filters, int64_t stride, bool convShortcut)
        : m_stride(stride)
    {
        TORCH_CHECK(in > 0 && filters > 0 && stride >= 1, "PreactBlock: bad shape");
        const BatchNormSpec bnSpec{kResNetBnEpsilon, true, 0.99};
        preact_bn = register_module("preact_bn", KerasBatchNorm2d(in, bnSpec));
        if (convShortcut)
            conv0 = register_module("conv0", torch::nn::Conv2d(torch::nn::Conv2dOptions(in, 4 * filters, 1).stride(stride)));
        conv1 = register_module("conv1", torch::nn::Conv2d(torch::nn::Conv2dOptions(in, filters, 1).bias(false)));
        bn1 = register_module("bn1", KerasBatchNorm2d(filters, bnSpec));
        conv2 = register_module("conv2", torch::nn::Conv2d(torch::nn::Conv2dOptions(filters, filters, 3).stride(stride).bias(false)));
        bn2 = register_module("bn2", KerasBatchNorm2d(filters, bnSpec));
        conv3 = register_module("conv3", torch::nn::Conv2d(torch::nn::Conv2dOptions(filters, 4 * filters, 1)));
    }

    torch::Tensor forward(torch::Tensor x) override
    {
        // relu_ and add_ in place on fresh results: no autograd node saves the overwritten tensor.
        const torch::Tensor preact = preact_bn->forward(x).relu_();
        torch::Tensor shortcut;
        if (conv0)
            shortcut = conv0->forward(preact);
        else
            shortcut = m_stride > 1 ? torch::max_pool2d(x, {1, 1}, {m_stride, m_stride}) : x;
        torch::Tensor y = bn1->forward(conv1->forward(preact)).relu_();
        y = torch::constant_pad_nd(y, {1, 1, 1, 1}, 0);
        y = bn2->forward(conv2->forward(y)).relu_();
        return conv3->forward(y).add_(shortcut);
    }

    KerasBatchNorm2d preact_bn{nullptr}, bn1{nullptr}, bn2{nullptr};
    torch::nn::Conv2d conv0{nullptr}, conv1{nullptr}, conv2{nullptr}, conv3{nullptr};

private:
    int64_t m_stride;
};
TORCH_MODULE(PreactBlock);

} // namespace detail

ResNet50V2Impl::ResNet50V2Impl()
{
    m_conv1 = add("stem", "conv1_conv", torch::nn::Conv2d(torch::nn::Conv2dOptions(3, 64, 7).stride(2)));
    struct StackSpec
    {
        const char *name;
        int64_t filters;
        int blocks;
        int64_t lastStride;
    };
    // stack2(x, filters, blocks, stride1): block1 with projection, plain blocks, last block strided.
    const StackSpec stacks[] = {{"conv2", 64, 3, 2}, {"conv3", 128, 4, 2}, {"conv4", 256, 6, 2}, {"conv5", 512, 3, 1}};
    int64_t in = 64;
    for (const StackSpec &s : stacks) {
        for (int b = 1; b <= s.blocks; ++b) {
            const int64_t stride = b == s.blocks ? s.lastStride : 1;
            auto block = add(s.name, std::string(s.name) + "_block" + std::to_string(b),
                             detail::PreactBlock(in, s.filters, stride, b == 1));
            m_blocks.push_back(block.ptr());
            in = 4 * s.filters;
        }
    }
    m_postBn = add("conv5", "post_bn", KerasBatchNorm2d(in, BatchNormSpec{detail::kResNetBnEpsilon, true, 0.99}));
    m_fineTuneStage = "conv5";
}

torch::Tensor ResNet50V2Impl::forward(torch::Tensor x)
{
    x = m_conv1->forward(toActivationFormat(torch::constant_pad_nd(x, {3, 3, 3, 3}, 0)));
    // No BN/relu before the pool in V2, so Keras' zero padding (not -inf) can win the max.
    x = torch::max_pool2d(torch::constant_pad_nd(x, {1, 1, 1, 1}, 0), {3, 3}, {2, 2});
    for (auto &block : m_blocks)
        x = block->forward(x);
    return m_postBn->forward(x).relu_();
}

} // namespace maskbench::model
