#include "core/model/layers.h"

#include <atomic>

namespace maskbench::model {

KerasBatchNorm2dImpl::KerasBatchNorm2dImpl(int64_t channels, BatchNormSpec s) : spec(s)
{
    TORCH_CHECK(channels > 0, "KerasBatchNorm2d: channels must be positive");
    if (spec.scale)
        weight = register_parameter("weight", torch::ones({channels}));
    bias = register_parameter("bias", torch::zeros({channels}));
    running_mean = register_buffer("running_mean", torch::zeros({channels}));
    running_var = register_buffer("running_var", torch::ones({channels}));
}

bool KerasBatchNorm2dImpl::usesBatchStatistics() const
{
    return is_training() && bias.requires_grad();
}

torch::Tensor KerasBatchNorm2dImpl::forward(const torch::Tensor &x)
{
    // Keras: moving = moving * momentum + batch * (1 - momentum); torch: (1 - m) * running + m * batch.
    // Keras updates the moving variance with the unbiased batch variance, as torch does.
    return torch::batch_norm(x, weight, bias, running_mean, running_var, usesBatchStatistics(),
                             1.0 - spec.kerasMomentum, spec.epsilon, /*cudnn_enabled=*/true);
}

ConvBnImpl::ConvBnImpl(int64_t in, int64_t out, std::array<int64_t, 2> kernel, int64_t stride, bool same)
{
    TORCH_CHECK(!same || stride == 1, "ConvBn: 'same' padding is only mirrored for stride 1");
    TORCH_CHECK(kernel[0] % 2 == 1 && kernel[1] % 2 == 1, "ConvBn: odd kernels only");
    const std::vector<int64_t> pad = same ? std::vector<int64_t>{kernel[0] / 2, kernel[1] / 2} : std::vector<int64_t>{0, 0};
    conv = register_module("conv", torch::nn::Conv2d(torch::nn::Conv2dOptions(in, out, {kernel[0], kernel[1]})
                                                         .stride(stride).padding(pad).bias(false)));
    bn = register_module("bn", KerasBatchNorm2d(out, BatchNormSpec{1e-3, false, 0.99}));
}

torch::Tensor ConvBnImpl::forward(const torch::Tensor &x)
{
    // In place: BN's backward needs its input, not its output, and relu's needs only its result.
    return bn->forward(conv->forward(x)).relu_();
}

namespace {
std::atomic<bool> g_channelsLast{true};
}

void setChannelsLast(bool on)
{
    g_channelsLast = on;
}

bool channelsLast()
{
    return g_channelsLast;
}

torch::Tensor toActivationFormat(const torch::Tensor &x)
{
    if (x.dim() != 4)
        return x;
    return x.contiguous(g_channelsLast ? torch::MemoryFormat::ChannelsLast : torch::MemoryFormat::Contiguous);
}

int64_t countParameters(const torch::nn::Module &m, bool onlyTrainable)
{
    int64_t n = 0;
    for (const auto &p : m.parameters())
        if (!onlyTrainable || p.requires_grad())
            n += p.numel();
    return n;
}

int64_t countBnStatistics(const torch::nn::Module &m)
{
    int64_t n = 0;
    for (const auto &b : m.named_buffers())
        if (b.key().find("running_") != std::string::npos)
            n += b.value().numel();
    return n;
}

void setTrainable(torch::nn::Module &m, bool on)
{
    for (auto &p : m.parameters())
        p.set_requires_grad(on);
}

void applyActivationFormat(torch::nn::Module &m)
{
    torch::NoGradGuard noGrad;
    const auto format = g_channelsLast ? torch::MemoryFormat::ChannelsLast : torch::MemoryFormat::Contiguous;
    for (auto &p : m.parameters())
        if (p.dim() == 4)
            p.set_data(p.data().contiguous(format));
}

} // namespace maskbench::model
