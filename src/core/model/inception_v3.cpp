// InceptionV3, counted from keras_applications/inception_v3.py. Branch names follow the Keras
// variable names (branch1x1, branch5x5, branch3x3dbl, branch_pool, ...), numbered in order.

#include "core/model/backbones.h"

namespace maskbench::model {
namespace detail {

using K = std::array<int64_t, 2>;

torch::Tensor avgPoolSame(const torch::Tensor &x)
{
    // Keras AveragePooling2D((3,3), strides=1, padding='same') averages real cells only.
    return torch::avg_pool2d(x, {3, 3}, {1, 1}, {1, 1}, /*ceil_mode=*/false, /*count_include_pad=*/false);
}

torch::Tensor maxPoolValid(const torch::Tensor &x)
{
    return torch::max_pool2d(x, {3, 3}, {2, 2});
}

// mixed0..mixed2: 1x1 | 1x1-5x5 | 1x1-3x3-3x3 | avgpool-1x1.
class InceptionAImpl : public BlockImpl
{
public:
    InceptionAImpl(int64_t in, int64_t poolFeatures)
    {
        branch1x1 = register_module("branch1x1", ConvBn(in, 64, K{1, 1}));
        branch5x5_1 = register_module("branch5x5_1", ConvBn(in, 48, K{1, 1}));
        branch5x5_2 = register_module("branch5x5_2", ConvBn(48, 64, K{5, 5}));
        branch3x3dbl_1 = register_module("branch3x3dbl_1", ConvBn(in, 64, K{1, 1}));
        branch3x3dbl_2 = register_module("branch3x3dbl_2", ConvBn(64, 96, K{3, 3}));
        branch3x3dbl_3 = register_module("branch3x3dbl_3", ConvBn(96, 96, K{3, 3}));
        branch_pool = register_module("branch_pool", ConvBn(in, poolFeatures, K{1, 1}));
    }
    torch::Tensor forward(torch::Tensor x) override
    {
        return torch::cat({branch1x1(x), branch5x5_2(branch5x5_1(x)),
                           branch3x3dbl_3(branch3x3dbl_2(branch3x3dbl_1(x))), branch_pool(avgPoolSame(x))}, 1);
    }
    ConvBn branch1x1{nullptr}, branch5x5_1{nullptr}, branch5x5_2{nullptr}, branch3x3dbl_1{nullptr},
        branch3x3dbl_2{nullptr}, branch3x3dbl_3{nullptr}, branch_pool{nullptr};
};
TORCH_MODULE(InceptionA);

// mixed3: 3x3/2 | 1x1-3x3-3x3/2 | maxpool 3/2.
class ReductionAImpl : public BlockImpl
{
public:
    explicit ReductionAImpl(int64_t in)
    {
        branch3x3 = register_module("branch3x3", ConvBn(in, 384, K{3, 3}, 2, false));
        branch3x3dbl_1 = register_module("branch3x3dbl_1", ConvBn(in, 64, K{1, 1}));
        branch3x3dbl_2 = register_module("branch3x3dbl_2", ConvBn(64, 96, K{3, 3}));
        branch3x3dbl_3 = register_module("branch3x3dbl_3", ConvBn(96, 96, K{3, 3}, 2, false));
    }
    torch::Tensor forward(torch::Tensor x) override
    {
        return torch::cat({branch3x3(x), branch3x3dbl_3(branch3x3dbl_2(branch3x3dbl_1(x))), maxPoolValid(x)}, 1);
    }
    ConvBn branch3x3{nullptr}, branch3x3dbl_1{nullptr}, branch3x3dbl_2{nullptr}, branch3x3dbl_3{nullptr};
};
TORCH_MODULE(ReductionA);

// mixed4..mixed7: factorised 7x7 with c7 channels inside the branches.
class InceptionCImpl : public BlockImpl
{
public:
    InceptionCImpl(int64_t in, int64_t c7)
    {
        branch1x1 = register_module("branch1x1", ConvBn(in, 192, K{1, 1}));
        branch7x7_1 = register_module("branch7x7_1", ConvBn(in, c7, K{1, 1}));
        branch7x7_2 = register_module("branch7x7_2", ConvBn(c7, c7, K{1, 7}));
        branch7x7_3 = register_module("branch7x7_3", ConvBn(c7, 192, K{7, 1}));
        branch7x7dbl_1 = register_module("branch7x7dbl_1", ConvBn(in, c7, K{1, 1}));
        branch7x7dbl_2 = register_module("branch7x7dbl_2", ConvBn(c7, c7, K{7, 1}));
        branch7x7dbl_3 = register_module("branch7x7dbl_3", ConvBn(c7, c7, K{1, 7}));
        branch7x7dbl_4 = register_module("branch7x7dbl_4", ConvBn(c7, c7, K{7, 1}));
        branch7x7dbl_5 = register_module("branch7x7dbl_5", ConvBn(c7, 192, K{1, 7}));
        branch_pool = register_module("branch_pool", ConvBn(in, 192, K{1, 1}));
    }
    torch::Tensor forward(torch::Tensor x) override
    {
        torch::Tensor b7 = branch7x7_3(branch7x7_2(branch7x7_1(x)));
        torch::Tensor d7 = branch7x7dbl_5(branch7x7dbl_4(branch7x7dbl_3(branch7x7dbl_2(branch7x7dbl_1(x)))));
        return torch::cat({branch1x1(x), b7, d7, branch_pool(avgPoolSame(x))}, 1);
    }
    ConvBn branch1x1{nullptr}, branch7x7_1{nullptr}, branch7x7_2{nullptr}, branch7x7_3{nullptr},
        branch7x7dbl_1{nullptr}, branch7x7dbl_2{nullptr}, branch7x7dbl_3{nullptr}, branch7x7dbl_4{nullptr},
        branch7x7dbl_5{nullptr}, branch_pool{nullptr};
};
TORCH_MODULE(InceptionC);

// mixed8: 1x1-3x3/2 | 1x1-1x7-7x1-3x3/2 | maxpool 3/2.
class ReductionBImpl : public BlockImpl
{
public:
    explicit ReductionBImpl(int64_t in)
    {
        branch3x3_1 = register_module("branch3x3_1", ConvBn(in, 192, K{1, 1}));
        branch3x3_2 = register_module("branch3x3_2", ConvBn(192, 320, K{3, 3}, 2, false));
        branch7x7x3_1 = register_module("branch7x7x3_1", ConvBn(in, 192, K{1, 1}));
        branch7x7x3_2 = register_module("branch7x7x3_2", ConvBn(192, 192, K{1, 7}));
        branch7x7x3_3 = register_module("branch7x7x3_3", ConvBn(192, 192, K{7, 1}));
        branch7x7x3_4 = register_module("branch7x7x3_4", ConvBn(192, 192, K{3, 3}, 2, false));
    }
    torch::Tensor forward(torch::Tensor x) override
    {
        return torch::cat({branch3x3_2(branch3x3_1(x)),
                           branch7x7x3_4(branch7x7x3_3(branch7x7x3_2(branch7x7x3_1(x)))), maxPoolValid(x)}, 1);
    }
    ConvBn branch3x3_1{nullptr}, branch3x3_2{nullptr}, branch7x7x3_1{nullptr}, branch7x7x3_2{nullptr},
        branch7x7x3_3{nullptr}, branch7x7x3_4{nullptr};
};
TORCH_MODULE(ReductionB);

// mixed9, mixed10: expanded filter bank outputs (1x3 and 3x1 side by side).
class InceptionEImpl : public BlockImpl
{
public:
    explicit InceptionEImpl(int64_t in)
    {
        branch1x1 = register_module("branch1x1", ConvBn(in, 320, K{1, 1}));
        branch3x3 = register_module("branch3x3", ConvBn(in, 384, K{1, 1}));
        branch3x3_1 = register_module("branch3x3_1", ConvBn(384, 384, K{1, 3}));
        branch3x3_2 = register_module("branch3x3_2", ConvBn(384, 384, K{3, 1}));
        branch3x3dbl_1 = register_module("branch3x3dbl_1", ConvBn(in, 448, K{1, 1}));
        branch3x3dbl_2 = register_module("branch3x3dbl_2", ConvBn(448, 384, K{3, 3}));
        branch3x3dbl_3a = register_module("branch3x3dbl_3a", ConvBn(384, 384, K{1, 3}));
        branch3x3dbl_3b = register_module("branch3x3dbl_3b", ConvBn(384, 384, K{3, 1}));
        branch_pool = register_module("branch_pool", ConvBn(in, 192, K{1, 1}));
    }
    torch::Tensor forward(torch::Tensor x) override
    {
        torch::Tensor b3 = branch3x3(x);
        torch::Tensor d3 = branch3x3dbl_2(branch3x3dbl_1(x));
        return torch::cat({branch1x1(x), branch3x3_1(b3), branch3x3_2(b3), branch3x3dbl_3a(d3), branch3x3dbl_3b(d3),
                           branch_pool(avgPoolSame(x))}, 1);
    }
    ConvBn branch1x1{nullptr}, branch3x3{nullptr}, branch3x3_1{nullptr}, branch3x3_2{nullptr},
        branch3x3dbl_1{nullptr}, branch3x3dbl_2{nullptr}, branch3x3dbl_3a{nullptr}, branch3x3dbl_3b{nullptr},
        branch_pool{nullptr};
};
TORCH_MODULE(InceptionE);

} // namespace detail

InceptionV3Impl::InceptionV3Impl()
{
    using detail::K;
    m_stem[0] = add("stem", "stem_conv1", ConvBn(3, 32, K{3, 3}, 2, false));
    m_stem[1] = add("stem", "stem_conv2", ConvBn(32, 32, K{3, 3}, 1, false));
    m_stem[2] = add("stem", "stem_conv3", ConvBn(32, 64, K{3, 3}));
    m_stem[3] = add("stem", "stem_conv4", ConvBn(64, 80, K{1, 1}, 1, false));
    m_stem[4] = add("stem", "stem_conv5", ConvBn(80, 192, K{3, 3}, 1, false));
    auto push = [this](const std::string &name, auto block) { m_mixed.push_back(add(name, name, block).ptr()); };
    push("mixed0", detail::InceptionA(192, 32));
    push("mixed1", detail::InceptionA(256, 64));
    push("mixed2", detail::InceptionA(288, 64));
    push("mixed3", detail::ReductionA(288));
    push("mixed4", detail::InceptionC(768, 128));
    push("mixed5", detail::InceptionC(768, 160));
    push("mixed6", detail::InceptionC(768, 160));
    push("mixed7", detail::InceptionC(768, 192));
    push("mixed8", detail::ReductionB(768));
    push("mixed9", detail::InceptionE(1280));
    push("mixed10", detail::InceptionE(2048));
    m_fineTuneStage = "mixed9";
}

torch::Tensor InceptionV3Impl::forward(torch::Tensor x)
{
    x = m_stem[2](m_stem[1](m_stem[0](toActivationFormat(x))));
    x = detail::maxPoolValid(x);
    x = detail::maxPoolValid(m_stem[4](m_stem[3](x)));
    for (auto &block : m_mixed)
        x = block->forward(x);
    return x;
}

} // namespace maskbench::model
